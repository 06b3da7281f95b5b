/**
 * Files read as text whatever their first bytes look like, as data beside the rules and allow
 * rules: names that hold credentials by convention. A key with a stray control byte, or a `.env`
 * saved as UTF-16, still holds what its name says, and missing it costs more than reading a few odd
 * bytes. The image reader asks the scanner (`readsAsText`), so the rule lives here, not there.
 */

export interface TextFileRule {
  id: string;
  /** Why these files are read as text. */
  description: string;
  /** Regular expression over the absolute in-image path (`/home/app/.npmrc`; an archive member as `/<its name in the archive>`). */
  path: string;
}

const raw = String.raw;

export const BUILTIN_TEXT_FILES: TextFileRule[] = [
  {
    id: "credential-file-names",
    description:
      "Names that hold credentials by convention (SSH and TLS keys, .npmrc, .netrc, .pgpass, .pypirc, .git-credentials, .env, credentials, Docker and kube configs): read even when they look binary",
    path: raw`\/(?:id_(?:rsa|dsa|ecdsa|ed25519)|\.npmrc|\.netrc|_netrc|\.pgpass|\.pypirc|\.git-credentials|\.dockercfg|\.env|[^/]+\.env|credentials(?:\.json)?|config\.json|auth\.json|kubeconfig|[^/]+\.(?:pem|key))$|\/\.aws\/config$|\/\.kube\/config$`,
  },
];
