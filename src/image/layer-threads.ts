/**
 * Layers walked on worker threads. A layer walk is a chain of CPU work (blob hash, inflate, tar
 * parsing, diff_id hash, content scanning) over one stream, so one thread can never use more than
 * about one core; an image's layers are independent, so each is walked on its own thread and
 * layers use every core (zlib's inflate runs on libuv's pool beside them). The walk is the same
 * walkLayer the main thread would run; results come back as structured clones, in layer order.
 *
 * Files (OCI layout blobs, members of an archive) are read by the worker itself; other streams (a
 * registry download) are forwarded chunk by chunk over a MessagePort, a few chunks ahead of what
 * the worker has read, so memory stays bounded whatever the layer's size.
 */

import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import type { LayerSource } from "./blob-store.ts";
import { GateError, firstLine } from "../errors.ts";
import type { LayerInfo, WalkLimits } from "./layer-walker.ts";
import type { MergedImageNeeds } from "./needs.ts";
import type { LayerEntry, LayerScan } from "./model.ts";
import type { EntrySink } from "./walk-budget.ts";
import { takeWarmLayerThread } from "./warm-threads.ts";

/** Where a layer's bytes are: a file or a byte range of one (`end` inclusive), or a stream to forward. */
/** A file (or a byte range of one; `label` names it in errors), or a stream the main thread forwards. */
export type FileRange = { file: string; start?: number; end?: number; label?: string };
export type LayerBytes = FileRange | { stream: () => LayerSource };

/** main → worker: walk one layer (functions stay behind: `progress` says whether to report bytes read). */
export interface WalkTask {
  id: number;
  info: Omit<LayerInfo, "onBytes">;
  limits: WalkLimits;
  /** What the enabled checks need from the layer: plain data, compiled on the thread. */
  needs: MergedImageNeeds;
  bytes: FileRange | { port: MessagePort };
  progress: boolean;
}

/** worker → main: blob bytes read so far (progress), then the walk's result or its error (GateErrors stay GateErrors). */
/** Entries, whiteouts and opaque directories as a thread finds them, sent on in batches (walk-budget.ts keeps them). */
export type FoundItem = { entry: LayerEntry } | { whiteout: string } | { opaque: string };

export type WalkReply =
  | { id: number; read: number }
  | { id: number; found: FoundItem[] }
  | { id: number; scan: LayerScan }
  | { id: number; error: string; gate: boolean; stack: string | undefined };

/** main → worker over a task's port: the forwarded stream. */
export type ForwardedChunk = { chunk: Uint8Array } | { end: true } | { error: string; gate: boolean };

/** Chunks sent ahead of the worker's reads: enough to keep it busy, few enough to bound memory. */
const CHUNKS_AHEAD = 4;

/** Sends a stream's chunks over a port, at most CHUNKS_AHEAD ahead of the reader's requests. */
function forward(source: LayerSource, port: MessagePort): () => void {
  const state = { credit: CHUNKS_AHEAD, stopped: false, wake: undefined as (() => void) | undefined };
  port.on("message", () => {
    state.credit++;
    state.wake?.();
  });
  /** Resolves once the worker has asked for another chunk, or the walk is over. */
  const granted = async (): Promise<void> => {
    while (state.credit === 0 && !state.stopped) await new Promise<void>((resolve) => (state.wake = resolve));
  };
  const send = (message: ForwardedChunk, transfer: ArrayBuffer[] = []) => {
    if (!state.stopped) port.postMessage(message, transfer);
  };
  void (async () => {
    try {
      for await (const chunk of source as AsyncIterable<Uint8Array>) {
        await granted();
        if (state.stopped) return;
        state.credit--;
        // A copy the worker owns: the source's buffer may be pooled or still referenced.
        const copy = new Uint8Array(chunk);
        send({ chunk: copy }, [copy.buffer]);
      }
      send({ end: true });
    } catch (error) {
      // Our own messages (already redacted) travel whole; anything else is cut to one short line.
      const gate = error instanceof GateError;
      send({ error: firstLine(error, gate ? 2000 : 200), gate });
    }
  })();
  return () => {
    state.stopped = true;
    state.wake?.();
    source.destroy();
    port.close();
  };
}

/** A fixed number of worker threads, each walking one layer at a time. */
export class LayerThreads {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private nextId = 0;
  private readonly url: URL;
  private readonly size: number;

  constructor(url: URL, size: number) {
    this.url = url;
    this.size = Math.max(1, size);
  }

  /** Walks one layer on a free thread. Rejects with the walk's GateError for bad input. */
  async walk(bytes: LayerBytes, info: LayerInfo, limits: WalkLimits, needs: MergedImageNeeds, sink: EntrySink): Promise<LayerScan> {
    const worker = await this.acquire();
    let healthy = true;
    try {
      return await this.run(worker, bytes, info, limits, needs, sink, () => (healthy = false));
    } finally {
      if (healthy) this.release(worker);
      else this.discard(worker);
    }
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private acquire(): Promise<Worker> {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.all.size < this.size) {
      const worker = takeWarmLayerThread() ?? new Worker(this.url);
      worker.ref();
      this.all.add(worker);
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  private discard(worker: Worker): void {
    this.all.delete(worker);
    void worker.terminate();
    const next = this.waiting.shift();
    if (next) void this.acquire().then(next);
  }

  private run(
    worker: Worker,
    bytes: LayerBytes,
    info: LayerInfo,
    limits: WalkLimits,
    needs: MergedImageNeeds,
    sink: EntrySink,
    broken: () => void,
  ): Promise<LayerScan> {
    const id = ++this.nextId;
    return new Promise<LayerScan>((resolve, reject) => {
      const forwarding: { stop?: () => void } = {};
      const settle = () => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        forwarding.stop?.();
      };
      const onMessage = (reply: WalkReply) => {
        if (reply.id !== id) return;
        if ("read" in reply) {
          info.onBytes?.(reply.read);
          return;
        }
        if ("found" in reply) {
          for (const item of reply.found) {
            if ("entry" in item) sink.entry(item.entry);
            else if ("whiteout" in item) sink.whiteout(item.whiteout);
            else sink.opaque(item.opaque);
          }
          return;
        }
        settle();
        if ("scan" in reply) {
          resolve(reply.scan);
          return;
        }
        const error = reply.gate ? new GateError(reply.error) : new Error(reply.error);
        if (reply.stack) error.stack = reply.stack;
        reject(error);
      };
      // A thread that dies (out of memory, a bug) is not reused; the walk fails with what it said.
      const onError = (error: Error) => {
        settle();
        broken();
        reject(new Error(`${info.label}: the layer thread failed (${firstLine(error)})`, { cause: error }));
      };
      const onExit = (code: number) => {
        settle();
        broken();
        reject(new Error(`${info.label}: the layer thread stopped (exit code ${code})`));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      const { onBytes, ...plain } = info;
      const task: Omit<WalkTask, "bytes"> = { id, info: plain, limits, needs, progress: onBytes !== undefined };
      if ("file" in bytes) {
        worker.postMessage({ ...task, bytes } satisfies WalkTask, []);
        return;
      }
      let source: LayerSource;
      try {
        source = bytes.stream();
      } catch (error) {
        settle();
        reject(error);
        return;
      }
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ ...task, bytes: { port: port2 } } satisfies WalkTask, [port2]);
      forwarding.stop = forward(source, port1);
    });
  }
}
