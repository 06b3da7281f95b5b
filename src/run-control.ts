/**
 * The whole run's deadline (--timeout), the last line of defence against a source that stalls in
 * a way no narrower deadline catches: what the run is doing is tracked as it goes, so the error
 * can say where it stopped, and one AbortSignal ends every request and child process still open.
 */

import { setMaxListeners } from "node:events";
import { GateError } from "./errors.ts";
import type { Clock } from "./poll.ts";

export const DEFAULT_RUN_TIMEOUT = "30m";
/** How long a run past its deadline waits for what it started to end (SIGTERM, then SIGKILL). */
const CLEANUP_WAIT_MS = 5000;

/** Endings a cancelled run waits for, by the signal that cancelled them. */
const endings = new WeakMap<AbortSignal, Array<Promise<unknown>>>();

/** Called from an abort listener: the run, once cancelled, waits for `ending` (a child process going away) before it reports. */
export function waitOnCancel(signal: AbortSignal, ending: Promise<unknown>): void {
  const list = endings.get(signal) ?? [];
  list.push(ending);
  endings.set(signal, list);
}

/** What the run is doing right now: its phase and, inside it, what is being read. */
export class RunActivity {
  private readonly ongoing = new Map<number, string>();
  private next = 0;
  private current = "starting";

  /** Moves the run to its next phase ("reading the image …"). */
  phase(what: string): void {
    this.current = what;
  }

  /** Marks `what` as under way inside the phase; call the returned function when it is over. */
  begin(what: string): () => void {
    const id = this.next++;
    this.ongoing.set(id, what);
    return () => {
      this.ongoing.delete(id);
    };
  }

  /** The narrowest work under way (the phase when nothing narrower runs), in one line. */
  describe(): string {
    const inner = [...this.ongoing.values()];
    if (inner.length === 0) return this.current;
    const shown = inner.slice(-3);
    return `${shown.join("; ")}${inner.length > shown.length ? ` (and ${inner.length - shown.length} more)` : ""}`;
  }
}

/** "30m", "90s", "1h", "500ms" as milliseconds; the error names both places a run timeout is set. */
function parseRunTimeout(text: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
  const ms = match ? Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"] : 0;
  if (!match || ms <= 0) throw new GateError(`--timeout (action input timeout): expected a duration such as 30m, 90s or 1h, got "${text.slice(0, 40)}"`);
  return ms;
}

/** Runs `work` under the run's deadline; past it, the run is cancelled and the error says what it was doing. */
export async function withRunDeadline<T>(timeout: string, work: (control: { signal: AbortSignal; activity: RunActivity }) => Promise<T>): Promise<T> {
  const ms = parseRunTimeout(timeout);
  const controller = new AbortController();
  // Every open request and stream listens: several layers at once, each with its own.
  setMaxListeners(256, controller.signal);
  const activity = new RunActivity();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      const error = new GateError(`timed out after ${timeout.trim()} (--timeout) while ${activity.describe()}`);
      // End what is still open first, so no child process outlives the run that started it.
      controller.abort();
      let wait: NodeJS.Timeout | undefined;
      void Promise.race([
        Promise.allSettled(endings.get(controller.signal) ?? []),
        new Promise((resolve) => (wait = setTimeout(resolve, CLEANUP_WAIT_MS))),
      ]).then(() => {
        clearTimeout(wait);
        reject(error);
      });
    }, ms);
  });
  // Once the deadline has passed, how the work ends (often "cancelled") is of no interest: the deadline is the answer.
  const running = work({ signal: controller.signal, activity }).then(
    (value) => (timedOut ? expired : value),
    (error: unknown) => (timedOut ? expired : Promise.reject(error as Error)),
  );
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
    // Whatever is still open (a request, `docker save`, a pause between polls) ends now.
    controller.abort();
  }
}

/** The real clock, with pauses that end (with an error) when the run is cancelled, so no poll outlives it. */
export function cancellableClock(signal: AbortSignal): Clock {
  return {
    now: () => Date.now(),
    sleep: (ms) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) return reject(new GateError("cancelled"));
        const onAbort = () => {
          clearTimeout(timer);
          reject(new GateError("cancelled"));
        };
        const timer = setTimeout(() => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        }, ms);
        signal.addEventListener("abort", onAbort, { once: true });
      }),
  };
}
