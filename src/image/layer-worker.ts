/**
 * A worker thread that walks layers: the same walkLayer as in the main thread, fed either from a
 * file it reads itself (a blob in an OCI layout, a member of an archive) or from chunks the main
 * thread forwards over a MessagePort (a registry download). See layer-threads.ts.
 */

import { Readable } from "node:stream";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { GateError } from "../errors.ts";
import { defaultScanner } from "../secrets/scanner.ts";
import type { FileRange, ForwardedChunk, FoundItem, WalkReply, WalkTask } from "./layer-threads.ts";
import type { WorkerStart } from "./warm-threads.ts";
import { openInputFile } from "../input-file.ts";
import { FileChunks } from "./file-chunks.ts";
import { MAX_CAPTURED_PER_IMAGE, walkLayer, type LayerInfo, type LayerReading } from "./layer-walker.ts";
import { readPlan, type MergedImageNeeds } from "./needs.ts";
import { ImageBudget, type EntrySink } from "./walk-budget.ts";

/** Bytes read are reported in steps of this much (a progress line needs no more). */
const PROGRESS_STEP = 4 * 1024 * 1024;
/** Entries are sent on in batches of this many: the main thread keeps them, this one holds none. */
const FOUND_BATCH = 2048;

/** The forwarded bytes as a stream; every read asks the main thread for one more chunk. */
function forwardedStream(port: MessagePort): Readable {
  const stream = new Readable({
    read() {
      port.postMessage("more");
    },
    destroy(error, callback) {
      port.close();
      callback(error);
    },
  });
  let ended = false;
  port.on("message", (message: ForwardedChunk) => {
    if ("chunk" in message) stream.push(Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength));
    else if ("end" in message) {
      ended = true;
      stream.push(null);
    } else stream.destroy(message.gate ? new GateError(message.error) : new Error(message.error));
  });
  port.on("close", () => {
    if (!ended) stream.destroy(new Error("the stream was closed before its end"));
  });
  return stream;
}

/** A file's bytes, opened through the helper that refuses what is not a regular file (a FIFO would block). */
function fileRange(range: FileRange): FileChunks {
  return new FileChunks(
    async () => (await openInputFile(range.file, { label: range.label ?? range.file, noun: "the blob", kind: "a blob file" })).handle,
    range.start,
    range.end,
  );
}

/** The walker's reading for a task's needs: the plan compiled once per distinct needs, the scanner only when they ask for a scan. */
function readingFor(needs: MergedImageNeeds, cache: { key?: string; reading?: LayerReading }): LayerReading {
  const key = JSON.stringify(needs);
  if (cache.key !== key || !cache.reading) {
    const plan = readPlan(needs);
    // The built-in rules (the main thread walks layers itself for a policy with rules of its own):
    // built on the first task that scans, and served from then on to every layer this thread walks.
    cache.reading = { plan, scanner: needs.credentials ? defaultScanner() : undefined };
    cache.key = key;
  }
  return cache.reading;
}

function serveWalks(port: MessagePort): void {
  const cache: { key?: string; reading?: LayerReading } = {};
  port.on("message", (task: WalkTask) => {
    void walk(task).then((reply) => port.postMessage(reply));
  });
  async function walk(task: WalkTask): Promise<WalkReply> {
    const { bytes } = task;
    const info: LayerInfo = { ...task.info };
    let unreported = 0;
    const report = () => {
      if (unreported > 0) port.postMessage({ id: task.id, read: unreported } satisfies WalkReply);
      unreported = 0;
    };
    if (task.progress) {
      info.onBytes = (count) => {
        unreported += count;
        if (unreported >= PROGRESS_STEP) report();
      };
    }
    try {
      const source = "port" in bytes ? forwardedStream(bytes.port) : fileRange(bytes);
      let found: FoundItem[] = [];
      const send = () => {
        if (found.length > 0) port.postMessage({ id: task.id, found } satisfies WalkReply);
        found = [];
      };
      const add = (item: FoundItem) => {
        found.push(item);
        if (found.length >= FOUND_BATCH) send();
      };
      const sink: EntrySink = {
        entry: (entry) => add({ entry }),
        whiteout: (whiteout) => add({ whiteout }),
        opaque: (opaque) => add({ opaque }),
      };
      // Captured files within a budget of this layer's own; the main thread holds the image to its own (load.ts).
      const budget = new ImageBudget(task.limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
      const scan = await walkLayer(source, info, task.limits, readingFor(task.needs, cache), budget, sink);
      send();
      report();
      return { id: task.id, scan };
    } catch (error) {
      return {
        id: task.id,
        error: error instanceof Error ? error.message : String(error),
        gate: error instanceof GateError,
        stack: error instanceof Error ? error.stack : undefined,
      };
    }
  }
}

if (parentPort) {
  serveWalks(parentPort);
  // Started ahead of need for a run that scans contents: the rules are compiled while the gate still reads manifests.
  if ((workerData as WorkerStart | undefined)?.prepare) setImmediate(() => defaultScanner());
}
