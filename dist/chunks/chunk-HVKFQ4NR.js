import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/scans/poll.ts
function abortError(signal) {
  const error = new Error(typeof signal?.reason === "string" ? signal.reason : "cancelled");
  error.name = "AbortError";
  return error;
}
function isAbort(error) {
  return error?.name === "AbortError";
}
function throwIfAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}
async function pollUntil(options) {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3e3;
  const maxInterval = options.maxIntervalMs ?? 15e3;
  let previous;
  for (; ; ) {
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
async function readUntilSettled(options) {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3e3;
  const maxInterval = options.maxIntervalMs ?? 15e3;
  let previousState;
  let previous;
  let disagreements = 0;
  for (; ; ) {
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
    previous = void 0;
    options.progress?.({ what: options.what, state: read.reason, elapsedMs, changed: read.reason !== previousState });
    previousState = read.reason;
    if (elapsedMs >= options.waitMs) return { ok: false, reason: read.reason, timedOut: { waitedMs: elapsedMs, lastState: read.reason } };
    await clock.sleep(Math.min(interval, Math.max(0, options.waitMs - elapsedMs)), options.signal);
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}

// src/scans/ecr-status.ts
var WAIT = /* @__PURE__ */ new Set(["PENDING", "IN_PROGRESS"]);
var READY = /* @__PURE__ */ new Set(["COMPLETE", "ACTIVE"]);
function ecrStatusVerdict(status, description) {
  const detail = description ? `: ${description}` : "";
  if (status === void 0) return { state: "unavailable", reason: "the results carry no scan status" };
  if (READY.has(status)) return { state: "ready" };
  if (WAIT.has(status)) return { state: "wait", reason: `scan ${status}` };
  switch (status) {
    case "FAILED":
      return { state: "unavailable", reason: `the scan FAILED${detail}` };
    case "UNSUPPORTED_IMAGE":
      return { state: "unavailable", reason: `the image is not supported by the scanner (UNSUPPORTED_IMAGE)${detail}` };
    case "SCAN_ELIGIBILITY_EXPIRED":
      return { state: "unavailable", reason: `continuous scanning of this image has expired (SCAN_ELIGIBILITY_EXPIRED); push it again to rescan${detail}` };
    case "FINDINGS_UNAVAILABLE":
      return { state: "unavailable", reason: `findings are unavailable (FINDINGS_UNAVAILABLE)${detail}` };
    case "LIMIT_EXCEEDED":
      return { state: "unavailable", reason: `the basic scan quota is exhausted (LIMIT_EXCEEDED)${detail}` };
    case "IMAGE_ARCHIVED":
      return { state: "unavailable", reason: `the image is archived (IMAGE_ARCHIVED)${detail}` };
    default:
      return { state: "unavailable", reason: `unknown scan status ${status}${detail}` };
  }
}

export {
  isAbort,
  pollUntil,
  readUntilSettled,
  ecrStatusVerdict
};
