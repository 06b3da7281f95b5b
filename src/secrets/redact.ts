import { createHash } from "node:crypto";
import { defaultScanner } from "./scanner.ts";

/**
 * The only form in which a secret may leave the scanner: a short prefix, the length and a hash,
 * so two reports can be compared without either holding the secret.
 */
export function redact(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  const hash = createHash("sha256").update(secret).digest("hex").slice(0, 8);
  return `${secret.slice(0, shown)}… (${secret.length} chars, sha256:${hash})`;
}

/** Identifies a credential's bytes, for grouping every place it appears into one finding (never printed). */
export function secretDigest(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
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

/**
 * Replaces what looks like a credential in text with its redacted form: every format the secret
 * check knows, the value of every credential-named assignment (`DB_PASSWORD=…`, `token: …`), and
 * the userinfo of URLs (`https://user:…@host`).
 */
export function redactText(text: string, options: { formatsOnly?: boolean } = {}): string {
  const matches = defaultScanner().scan(text, { values: "literal", formatsOnly: options.formatsOnly === true });
  let out = "";
  let last = 0;
  for (const match of matches) {
    if (match.index < last) continue;
    out += text.slice(last, match.index) + redact(match.secret);
    last = match.index + match.secret.length;
  }
  out += text.slice(last);
  // Userinfo with a password the rules call a placeholder is still not for printing.
  return out.replace(/(\/\/)[^\s/@:]{1,128}:[^\s/@]{1,128}@/g, "$1…@");
}

/**
 * How an error message quotes input: the first line only, credentials redacted, control
 * characters replaced, at most `max` characters, in double quotes.
 */
export function quoteInput(text: string, max = 60): string {
  const line = (text.split(/\r?\n/, 1)[0] ?? "").slice(0, 4096);
  const safe = redactText(line).replace(/[^\x20-\x7e\u00a0-\uffff]/g, "?");
  return `"${safe.length > max ? `${safe.slice(0, max - 1)}…` : safe}"`;
}
