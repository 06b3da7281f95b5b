import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-MSQ75MTB.js";

// src/image/stream-guard.ts
import { Readable } from "node:stream";
function guardStream(source, options) {
  return new GuardedStream(source, options);
}
var GuardedStream = class extends Readable {
  constructor(source, options) {
    super({ highWaterMark: 256 * 1024 });
    this.source = source;
    this.options = options;
    this.sourceIterator = source[Symbol.asyncIterator]();
    if (options.deadline !== void 0) {
      this.deadlineTimer = setTimeout(
        () => this.fail({ kind: "deadline", ms: Date.now() - this.started, received: this.received }),
        Math.max(0, options.deadline - Date.now())
      );
    }
    options.signal?.addEventListener("abort", this.onAbort, { once: true });
  }
  source;
  options;
  sourceIterator;
  waiting = false;
  received = 0;
  started = Date.now();
  idleTimer;
  deadlineTimer;
  onAbort = () => this.destroy(new GateError("cancelled"));
  fail(problem) {
    this.destroy(new GateError(this.options.describe(problem)));
  }
  _read() {
    if (this.waiting) return;
    this.waiting = true;
    this.idleTimer = setTimeout(() => this.fail({ kind: "idle", ms: this.options.idleMs }), this.options.idleMs);
    this.sourceIterator.next().then(
      (next) => {
        this.waiting = false;
        clearTimeout(this.idleTimer);
        if (this.destroyed) return;
        const expected = this.options.expectedSize;
        if (next.done) {
          if (expected !== void 0 && this.received < expected) return this.fail({ kind: "too-short", expected, received: this.received });
          this.clearTimers();
          this.push(null);
          return;
        }
        this.received += next.value.length;
        if (expected !== void 0 && this.received > expected) return this.fail({ kind: "too-long", expected });
        this.push(next.value);
      },
      (error) => {
        this.waiting = false;
        clearTimeout(this.idleTimer);
        if (!this.destroyed) this.destroy(error);
      }
    );
  }
  clearTimers() {
    clearTimeout(this.idleTimer);
    clearTimeout(this.deadlineTimer);
    this.options.signal?.removeEventListener("abort", this.onAbort);
  }
  _destroy(error, callback) {
    this.clearTimers();
    this.source.destroy();
    callback(error);
  }
};

export {
  guardStream
};
