/**
 * An error the user can act on: one line naming the file and, where it applies, the line or
 * field. The shells print `message` and exit 2; stack traces only with --debug.
 */
export class GateError extends Error {
  override readonly name = "GateError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Formats "file:line: problem" (line omitted when unknown). */
export function where(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** The first line of any thrown value, for wrapping third-party errors into a GateError. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/, 1)[0] ?? "";
}
