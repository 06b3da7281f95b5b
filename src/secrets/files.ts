/**
 * Credentials in files of an image: the token rules, the rules for credential files known by
 * name (.aws/credentials, .netrc, kubeconfig, ...), and credential assignments in .env files.
 */

import { redact } from "./redact.ts";
import { findSecretAssignments, lineIndex, type SecretScanner } from "./scanner.ts";
import type { Severity } from "../findings.ts";

export interface FileSecret {
  rule: string;
  title: string;
  severity: Severity;
  /** Redacted. */
  evidence: string;
  line: number;
}

/** Names that hold credentials by convention; their content is read even when it looks binary. */
const CREDENTIAL_FILE =
  /\/(?:id_(?:rsa|dsa|ecdsa|ed25519)|\.npmrc|\.netrc|_netrc|\.pgpass|\.pypirc|\.git-credentials|\.dockercfg|\.env|[^/]+\.env|credentials(?:\.json)?|config\.json|auth\.json|kubeconfig|[^/]+\.(?:pem|key))$|\/\.aws\/config$|\/\.kube\/config$/;

/** `.env`, `prod.env`, but not `.env.example` and friends. */
const ENV_FILE = /\/(?:\.env|[^/]+\.env|\.env\.(?:local|production|prod|staging|development|dev|test))$/;

export function isCredentialFileName(path: string): boolean {
  return CREDENTIAL_FILE.test(path);
}

/** Every credential in a file's text (decoded as latin1, so byte offsets and lines hold). */
export function scanFileText(text: string, path: string, scanner: SecretScanner): FileSecret[] {
  const found: FileSecret[] = scanner.scan(text, path).map((match) => ({
    rule: match.rule.id,
    title: match.rule.title,
    severity: match.rule.severity,
    evidence: redact(match.secret),
    line: match.line,
  }));
  if (ENV_FILE.test(path)) {
    const lineOf = lineIndex(text);
    const known = new Set(found.map((hit) => hit.evidence));
    for (const assignment of findSecretAssignments(text)) {
      const evidence = redact(assignment.value);
      if (known.has(evidence)) continue;
      known.add(evidence);
      found.push({
        rule: "env-file-credential",
        title: `Credential in an env file (${assignment.name})`,
        severity: "high",
        evidence,
        line: lineOf(assignment.index),
      });
    }
  }
  return found;
}
