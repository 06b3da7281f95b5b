import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-MSQ75MTB.js";

// src/run-control.ts
import { setMaxListeners } from "node:events";
var DEFAULT_RUN_TIMEOUT = "30m";
var CLEANUP_WAIT_MS = 5e3;
var endings = /* @__PURE__ */ new WeakMap();
function waitOnCancel(signal, ending) {
  const list = endings.get(signal) ?? [];
  list.push(ending);
  endings.set(signal, list);
}
var RunActivity = class {
  ongoing = /* @__PURE__ */ new Map();
  next = 0;
  current = "starting";
  /** Moves the run to its next phase ("reading the image …"). */
  phase(what) {
    this.current = what;
  }
  /** Marks `what` as under way inside the phase; call the returned function when it is over. */
  begin(what) {
    const id = this.next++;
    this.ongoing.set(id, what);
    return () => {
      this.ongoing.delete(id);
    };
  }
  /** The narrowest work under way (the phase when nothing narrower runs), in one line. */
  describe() {
    const inner = [...this.ongoing.values()];
    if (inner.length === 0) return this.current;
    const shown = inner.slice(-3);
    return `${shown.join("; ")}${inner.length > shown.length ? ` (and ${inner.length - shown.length} more)` : ""}`;
  }
};
function parseRunTimeout(text) {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
  const ms = match ? Number(match[1]) * { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[match[2]] : 0;
  if (!match || ms <= 0) throw new GateError(`--timeout (action input timeout): expected a duration such as 30m, 90s or 1h, got "${text.slice(0, 40)}"`);
  return ms;
}
async function withRunDeadline(timeout, work) {
  const ms = parseRunTimeout(timeout);
  const controller = new AbortController();
  setMaxListeners(256, controller.signal);
  const activity = new RunActivity();
  let timer;
  let timedOut = false;
  const expired = new Promise((_resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      const error = new GateError(`timed out after ${timeout.trim()} (--timeout) while ${activity.describe()}`);
      controller.abort();
      let wait;
      void Promise.race([
        Promise.allSettled(endings.get(controller.signal) ?? []),
        new Promise((resolve) => wait = setTimeout(resolve, CLEANUP_WAIT_MS))
      ]).then(() => {
        clearTimeout(wait);
        reject(error);
      });
    }, ms);
  });
  const running = work({ signal: controller.signal, activity }).then(
    (value) => timedOut ? expired : value,
    (error) => timedOut ? expired : Promise.reject(error)
  );
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
function cancellableClock(signal) {
  return {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve, reject) => {
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
    })
  };
}

export {
  DEFAULT_RUN_TIMEOUT,
  waitOnCancel,
  withRunDeadline,
  cancellableClock
};
