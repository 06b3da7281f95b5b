import { redactText } from "./secrets/redact.ts";

/**
 * An error the user can act on: one line naming the file and, where it applies, the line or
 * field. The shells print `message` and exit 2; stack traces only with --debug.
 */
export class GateError extends Error {
  override readonly name = "GateError";
  constructor(message: string, options?: { cause?: unknown }) {
    // The last line of defence for messages that quote input: known credential formats and URL
    // userinfo are redacted, and no message runs on for pages.
    const safe = redactText(message.length > 4096 ? message.slice(0, 4096) : message, { formatsOnly: true });
    super(safe.length > 1000 ? `${safe.slice(0, 999)}…` : safe, options);
  }
}

/** Formats "file:line: problem" (line omitted when unknown). */
export function where(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

/**
 * The first line of any thrown value, for wrapping third-party errors into a GateError: at most
 * 200 characters, with anything that looks like a credential redacted (third-party messages quote
 * their input: JSON parsers, registries, helpers, the AWS SDK).
 */
export function firstLine(error: unknown, max = 200): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = (text.split(/\r?\n/, 1)[0] ?? "").slice(0, 4096);
  const safe = redactText(line);
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/**
 * What is wrong with JSON that failed to parse, without the excerpt of the input that V8 quotes
 * (`Unexpected token 'A', "AWS_SECRET"... is not valid JSON`): the problem and its position.
 */
export function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  const problem = message
    .replace(/, ".*"(?:\.\.\.)? is not valid JSON$/s, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/^Unexpected token '(.)'$/s, (_match, token: string) => `unexpected character ${/[\x21-\x7e]/.test(token) ? `'${token}'` : "(not printable)"}`)
    .slice(0, 80);
  const at = position ? (position[2] ? ` at line ${position[2]}, column ${position[3]}` : ` at offset ${position[1]}`) : "";
  return `${problem.charAt(0).toLowerCase()}${problem.slice(1)}${at}`;
}
