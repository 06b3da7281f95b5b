/**
 * Named tests a rule can ask of a candidate value, so that rules stay data: a rule lists the
 * names, and this table says what each means.
 */

import { isCredentialLiteral, isPlaceholderValue, isPublicMaterial, looksLikeSecret } from "./names.ts";

/** AWS documentation keys all end in EXAMPLE (or EXAMPLEKEY); a real key never spells that out. */
const DOCUMENTED_EXAMPLES = new Set(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]);

/** Literal `\n` escapes and whitespace removed: what remains of a PEM body. */
function pemBodyLooksReal(body: string): boolean {
  const lines = body
    .replace(/\\n/g, "\n")
    .split(/\n/)
    .map((line) => line.trim().replace(/^["']|["',]$/g, ""))
    .filter((line) => line !== "" && !/^[A-Za-z-]+:/.test(line)); // Proc-Type:, DEK-Info:, Comment:
  const joined = lines.join("");
  if (joined.length < 64) return false;
  const base64 = joined.replace(/[^A-Za-z0-9+/=]/g, "").length;
  return base64 / joined.length > 0.95 && /[0-9]/.test(joined) && /[A-Z]/.test(joined) && /[a-z]/.test(joined);
}

/** Words people write where a URL's password goes in documentation. */
const URL_PASSWORD_PLACEHOLDERS = /^(?:password|passwd|pass|pwd|secret|token|changeme|\*+|x+|%s|<[^>]*>|\{[^}]*\}|\[[^\]]*\]|\$.*)$/i;

/** A crypt(3) hash as `usermod -p` takes it: not the password, but it is what unlocks the account. */
const CRYPT_HASH = /^\$(?:1|2[abxy]?|5|6|y|gy|7|apr1|md5|sha1)\$[./A-Za-z0-9$=,-]{8,}$/;

export const VALUE_CHECKS = {
  /** Not one of the vendors' documentation keys. */
  "not-documented-example": (secret: string) => !DOCUMENTED_EXAMPLES.has(secret) && !/EXAMPLE(?:KEY)?$/.test(secret),
  /** Upper case, lower case and digits: a random token, not an identifier. */
  "mixed-case": (secret: string) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret),
  /** A PEM block whose body is a real base64 key, not a header alone or a placeholder. */
  "pem-body": pemBodyLooksReal,
  /** Not a placeholder, a variable, a template or a path. */
  "not-placeholder": (secret: string) => !isPlaceholderValue(secret) && !isPublicMaterial(secret),
  /** A literal, however weak, that is not a placeholder (what a Dockerfile ships as a default). */
  literal: (secret: string) => isCredentialLiteral(secret),
  /** Long enough and varied enough to be a generated credential. */
  "looks-random": (secret: string) => looksLikeSecret(secret),
  /** Not a word people write in place of a URL's password. */
  "url-password": (secret: string) => !URL_PASSWORD_PLACEHOLDERS.test(secret) && !isPlaceholderValue(secret),
  /** Base64 of `user:password` with a real password. */
  "docker-auth": (secret: string) => {
    const decoded = Buffer.from(secret, "base64").toString("utf8");
    return /^[^:\s]+:[^\s]{3,}$/.test(decoded) && !isPlaceholderValue(decoded.split(":")[1] ?? "");
  },
  /** An AWS secret key: 40 characters of mixed case with digits or / +. */
  "aws-secret-shape": (secret: string) => /[0-9/+]/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret),
  /** `--secret id=npm,src=...` is BuildKit's secret mount syntax, the remedy rather than the leak. */
  "not-buildkit-secret": (secret: string) => !/^(?:id|type|src|source|env|target|required|mode|uid|gid)=/i.test(secret),
  /** A crypt(3) hash, or a literal that is not a placeholder. */
  "crypt-or-literal": (secret: string) => CRYPT_HASH.test(secret) || isCredentialLiteral(secret),
} satisfies Record<string, (secret: string) => boolean>;

export type ValueCheck = keyof typeof VALUE_CHECKS;
