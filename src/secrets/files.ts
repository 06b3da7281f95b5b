/**
 * Credentials in the text of a file of an image: the format rules, the rules for credential files
 * known by name (.aws/credentials, .netrc, kubeconfig, ...), and credential-named keys in any
 * configuration syntax whose value looks like a generated credential.
 */

import { redact, secretDigest } from "./redact.ts";
import type { SecretMatch, SecretScanner } from "./scanner.ts";
import type { Severity } from "../findings.ts";

export interface FileSecret {
  rule: string;
  title: string;
  severity: Severity;
  /** Redacted. */
  evidence: string;
  /** Identifies the credential (a hash) so that every place it appears is one finding. */
  digest: string;
  line: number;
  /** For name-based matches: the key that holds it. */
  key?: string;
}

/**
 * Every credential in a file's text (decoded as latin1, so byte offsets and lines hold). `continues`:
 * the text is a window that the next one overlaps by more than this many characters, so a
 * credential that runs up to its end and starts within them may be cut short here: it is left to
 * the next window, which reads it whole.
 */
export function scanFileText(text: string, path: string, scanner: SecretScanner, continues = 0): FileSecret[] {
  const matches = scanner.scan(text, { path, values: "file" });
  const cut = (match: SecretMatch) => continues > 0 && match.index + match.secret.length === text.length && match.index >= text.length - continues;
  return matches
    .filter((match) => !cut(match))
    .map((match) => {
      const found: FileSecret = {
        rule: match.rule,
        title: match.title,
        severity: match.severity,
        evidence: redact(match.secret),
        digest: secretDigest(Buffer.from(match.secret, "latin1")),
        line: match.line,
      };
      if (match.key !== undefined) found.key = match.key;
      return found;
    });
}
