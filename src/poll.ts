/**
 * Waiting for a scan, written for the states ECR and Inspector really go through (the SDK's
 * waiter never finishes for continuous scans). The clock is injectable so tests wait in
 * milliseconds; progress goes to one callback (the CLI draws it on a TTY, logs state changes in CI).
 * Every wait takes an AbortSignal: when another source is definitely unavailable the run stops at
 * once, and no timer outlives the verdict.
 */

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The error a cancelled wait (or SDK call) rejects with. */
function abortError(signal?: AbortSignal): Error {
  const error = new Error(typeof signal?.reason === "string" ? signal.reason : "cancelled");
  error.name = "AbortError";
  return error;
}

/** True for a rejection caused by an AbortSignal (ours or the SDK's). */
export function isAbort(error: unknown): boolean {
  return (error as Error | undefined)?.name === "AbortError";
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError(signal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** What a poll step saw: the value it waited for, or the state it is still in. */
export type Step<T> = { done: true; value: T } | { done: false; state: string };

export interface ProgressEvent {
  /** Which wait this is ("ECR scan of repo@sha256:…"). */
  what: string;
  state: string;
  elapsedMs: number;
  /** True when the state differs from the previous report. */
  changed: boolean;
}

export type Progress = (event: ProgressEvent) => void;

export interface PollOptions<T> {
  what: string;
  /** Total time allowed, in milliseconds. */
  waitMs: number;
  clock: Clock;
  progress?: Progress;
  signal?: AbortSignal;
  step: () => Promise<Step<T>>;
  /** First pause between steps; it grows to `maxIntervalMs`. */
  intervalMs?: number;
  maxIntervalMs?: number;
}

export type PollOutcome<T> = { done: true; value: T } | { done: false; lastState: string; waitedMs: number };

/** Repeats `step` with a growing pause until it is done or `waitMs` has passed. */
export async function pollUntil<T>(options: PollOptions<T>): Promise<PollOutcome<T>> {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3000;
  const maxInterval = options.maxIntervalMs ?? 15000;
  let previous: string | undefined;
  for (;;) {
    throwIfAborted(options.signal);
    const step = await options.step();
    if (step.done) return step;
    const elapsedMs = clock.now() - started;
    options.progress?.({ what: options.what, state: step.state, elapsedMs, changed: step.state !== previous });
    previous = step.state;
    if (elapsedMs >= options.waitMs) return { done: false, lastState: step.state, waitedMs: elapsedMs };
    await clock.sleep(Math.min(interval, Math.max(0, options.waitMs - elapsedMs)), options.signal);
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}

/** One complete read of a source: finished (with what makes it comparable), still in progress, or definitely unavailable. */
export type Read<T> = { state: "finished"; value: T; signature: string } | { state: "wait"; reason: string } | { state: "unavailable"; reason: string };

export type SettledOutcome<T> = { ok: true; value: T } | { ok: false; reason: string; timedOut?: { waitedMs: number; lastState: string } };

/**
 * Reads until two finished reads, a pause apart, agree: right after a scan reports COMPLETE (or
 * ACTIVE) findings can still be arriving. A read that is not finished (the scan restarted, a page
 * came without a finished status) starts the agreement over; past `waitMs` that is unavailable.
 * The confirming read after a finished one is made even when the wait has just run out.
 */
export async function readUntilSettled<T>(options: {
  what: string;
  waitMs: number;
  clock: Clock;
  read: () => Promise<Read<T>>;
  settleMs: number;
  progress?: Progress;
  signal?: AbortSignal;
  intervalMs?: number;
  maxIntervalMs?: number;
  /** How many times two finished reads may disagree before the results count as unsettled. */
  maxDisagreements?: number;
}): Promise<SettledOutcome<T>> {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3000;
  const maxInterval = options.maxIntervalMs ?? 15000;
  let previousState: string | undefined;
  let previous: { signature: string } | undefined;
  let disagreements = 0;
  for (;;) {
    throwIfAborted(options.signal);
    const read = await options.read();
    if (read.state === "unavailable") return { ok: false, reason: read.reason };
    const elapsedMs = clock.now() - started;
    if (read.state === "finished") {
      if (previous?.signature === read.signature) return { ok: true, value: read.value };
      if (previous) {
        disagreements++;
        options.progress?.({ what: options.what, state: "findings still arriving", elapsedMs, changed: previousState !== "findings still arriving" });
        previousState = "findings still arriving";
        if (disagreements >= (options.maxDisagreements ?? 6)) return { ok: false, reason: "findings kept changing between reads" };
      }
      previous = { signature: read.signature };
      await clock.sleep(options.settleMs, options.signal);
      continue;
    }
    previous = undefined;
    options.progress?.({ what: options.what, state: read.reason, elapsedMs, changed: read.reason !== previousState });
    previousState = read.reason;
    if (elapsedMs >= options.waitMs) return { ok: false, reason: read.reason, timedOut: { waitedMs: elapsedMs, lastState: read.reason } };
    await clock.sleep(Math.min(interval, Math.max(0, options.waitMs - elapsedMs)), options.signal);
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}
