/**
 * Deadlines for bytes that come from outside (a registry, `docker save`): a stream that goes
 * silent, never ends, or sends more than it announced is ended with a GateError instead of
 * hanging the gate. Silence is measured only while the reader is waiting for bytes, so a reader
 * that is busy (scanning a large file) never makes a healthy source look stalled.
 */

import { Readable } from "node:stream";
import { GateError } from "../errors.ts";

export type StreamProblem =
  | { kind: "idle"; ms: number }
  | { kind: "deadline"; ms: number; received: number }
  | { kind: "too-long"; expected: number }
  | { kind: "too-short"; expected: number; received: number };

export interface StreamGuardOptions {
  /** Longest wait for the next byte while the reader wants one. */
  idleMs: number;
  /** When the whole stream must have ended (Date.now() time), if it must. */
  deadline?: number;
  /** The exact byte count the source declared, if it did. */
  expectedSize?: number;
  /** The one-line message for each way the stream can fail. */
  describe: (problem: StreamProblem) => string;
  /** Ends the stream when the run is cancelled. */
  signal?: AbortSignal;
}

/** Wraps `source`: bytes pass through unchanged; silence, lateness and excess become errors. */
export function guardStream(source: Readable, options: StreamGuardOptions): Readable {
  return new GuardedStream(source, options);
}

class GuardedStream extends Readable {
  private readonly sourceIterator: AsyncIterator<Buffer>;
  private waiting = false;
  private received = 0;
  private readonly started = Date.now();
  private idleTimer: NodeJS.Timeout | undefined;
  private deadlineTimer: NodeJS.Timeout | undefined;
  private readonly onAbort = () => this.destroy(new GateError("cancelled"));

  constructor(
    private readonly source: Readable,
    private readonly options: StreamGuardOptions,
  ) {
    super({ highWaterMark: 256 * 1024 });
    this.sourceIterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    if (options.deadline !== undefined) {
      this.deadlineTimer = setTimeout(
        () => this.fail({ kind: "deadline", ms: Date.now() - this.started, received: this.received }),
        Math.max(0, options.deadline - Date.now()),
      );
    }
    options.signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  private fail(problem: StreamProblem): void {
    this.destroy(new GateError(this.options.describe(problem)));
  }

  override _read(): void {
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
          if (expected !== undefined && this.received < expected) return this.fail({ kind: "too-short", expected, received: this.received });
          this.clearTimers();
          this.push(null);
          return;
        }
        this.received += next.value.length;
        // Past the declared size nothing more is read: the rest could be endless.
        if (expected !== undefined && this.received > expected) return this.fail({ kind: "too-long", expected });
        this.push(next.value);
      },
      (error: unknown) => {
        this.waiting = false;
        clearTimeout(this.idleTimer);
        if (!this.destroyed) this.destroy(error as Error);
      },
    );
  }

  private clearTimers(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.deadlineTimer);
    this.options.signal?.removeEventListener("abort", this.onAbort);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.clearTimers();
    this.source.destroy();
    callback(error);
  }
}
