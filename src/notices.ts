/**
 * One-line notices about the environment (not findings, not errors), such as an old Node.js.
 * The CLI prints them on stderr; the Action turns them into workflow notices.
 */

type NoticeHandler = (message: string) => void;

let handler: NoticeHandler = (message) => process.stderr.write(`image-gate: note: ${message}\n`);
const given = new Set<string>();

/** Where notices go from now on. */
export function setNoticeHandler(next: NoticeHandler): void {
  handler = next;
}

/** Gives a notice, once per run however often it is asked for. */
export function notice(message: string): void {
  if (given.has(message)) return;
  given.add(message);
  handler(message);
}
