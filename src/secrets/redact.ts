import { createHash } from "node:crypto";

/**
 * The only form in which a secret may leave the scanner: a short prefix, the length and a hash,
 * so two reports can be compared without either holding the secret.
 */
export function redact(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  const hash = createHash("sha256").update(secret).digest("hex").slice(0, 8);
  return `${secret.slice(0, shown)}… (${secret.length} chars, sha256:${hash})`;
}

/**
 * Replaces every occurrence of the known secrets in a text. A second line of defence applied
 * to everything the gate prints, in case a message ever quotes input that holds a secret.
 */
export function scrubSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4 || !out.includes(secret)) continue;
    out = out.split(secret).join(redact(secret));
  }
  return out;
}
