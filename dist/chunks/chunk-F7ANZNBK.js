import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/scans/poll.ts
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
async function pollUntil(options) {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3e3;
  const maxInterval = options.maxIntervalMs ?? 15e3;
  let previous;
  for (; ; ) {
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
async function settle(options) {
  const pause = options.pauseMs ?? 5e3;
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

export {
  realClock,
  pollUntil,
  settle
};
