/**
 * Waiting for a scan, written for the states ECR and Inspector really go through (the SDK's
 * waiter never finishes for continuous scans). The clock is injectable so tests wait in
 * milliseconds; progress goes to one callback (the CLI draws it on a TTY, logs state changes in CI).
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
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
  step: () => Promise<Step<T>>;
  /** First pause between steps; it grows to `maxIntervalMs`. */
  intervalMs?: number;
  maxIntervalMs?: number;
}

export type PollOutcome<T> = { done: true; value: T } | { done: false; lastState: string; waitedMs: number };

export async function pollUntil<T>(options: PollOptions<T>): Promise<PollOutcome<T>> {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3000;
  const maxInterval = options.maxIntervalMs ?? 15000;
  let previous: string | undefined;
  for (;;) {
    const step = await options.step();
    if (step.done) return step;
    const elapsedMs = clock.now() - started;
    options.progress?.({ what: options.what, state: step.state, elapsedMs, changed: step.state !== previous });
    previous = step.state;
    if (elapsedMs >= options.waitMs) return { done: false, lastState: step.state, waitedMs: elapsedMs };
    await clock.sleep(Math.min(interval, Math.max(0, options.waitMs - elapsedMs)));
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}

/**
 * Reads until two reads a pause apart agree: right after a scan reports COMPLETE (or ACTIVE)
 * findings can still be arriving. Gives up (settled: false) after `rounds` disagreements.
 */
export async function settle<T>(options: {
  what: string;
  read: () => Promise<T>;
  signature: (value: T) => string;
  clock: Clock;
  pauseMs?: number;
  rounds?: number;
  progress?: Progress;
}): Promise<{ value: T; settled: boolean }> {
  const pause = options.pauseMs ?? 5000;
  let value = await options.read();
  for (let round = 0; round < (options.rounds ?? 6); round++) {
    await options.clock.sleep(pause);
    const again = await options.read();
    if (options.signature(again) === options.signature(value)) return { value: again, settled: true };
    options.progress?.({ what: options.what, state: "findings still arriving", elapsedMs: 0, changed: true });
    value = again;
  }
  return { value, settled: false };
}
