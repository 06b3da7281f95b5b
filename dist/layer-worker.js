import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  readPlan
} from "./chunks/chunk-FIMDBGEE.js";
import {
  ImageBudget,
  MAX_CAPTURED_PER_IMAGE,
  walkLayer
} from "./chunks/chunk-R2ZWK3FF.js";
import {
  FileChunks
} from "./chunks/chunk-OK32SZ4Y.js";
import {
  openInputFile
} from "./chunks/chunk-LOFLENB6.js";
import {
  GateError,
  defaultScanner
} from "./chunks/chunk-MSQ75MTB.js";
import "./chunks/chunk-TC3M7ZW5.js";
import "./chunks/chunk-PE4PBRI4.js";
import "./chunks/chunk-ENLSQBIW.js";

// src/image/layer-worker.ts
import { Readable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";
var PROGRESS_STEP = 4 * 1024 * 1024;
var FOUND_BATCH = 2048;
function forwardedStream(port) {
  const stream = new Readable({
    read() {
      port.postMessage("more");
    },
    destroy(error, callback) {
      port.close();
      callback(error);
    }
  });
  let ended = false;
  port.on("message", (message) => {
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
function fileRange(range) {
  return new FileChunks(
    async () => (await openInputFile(range.file, { label: range.label ?? range.file, noun: "the blob", kind: "a blob file" })).handle,
    range.start,
    range.end
  );
}
function readingFor(needs, cache) {
  const key = JSON.stringify(needs);
  if (cache.key !== key || !cache.reading) {
    const plan = readPlan(needs);
    cache.reading = { plan, scanner: needs.credentials ? defaultScanner() : void 0 };
    cache.key = key;
  }
  return cache.reading;
}
function serveWalks(port) {
  const cache = {};
  port.on("message", (task) => {
    void walk(task).then((reply) => port.postMessage(reply));
  });
  async function walk(task) {
    const { bytes } = task;
    const info = { ...task.info };
    let unreported = 0;
    const report = () => {
      if (unreported > 0) port.postMessage({ id: task.id, read: unreported });
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
      let found = [];
      const send = () => {
        if (found.length > 0) port.postMessage({ id: task.id, found });
        found = [];
      };
      const add = (item) => {
        found.push(item);
        if (found.length >= FOUND_BATCH) send();
      };
      const sink = {
        entry: (entry) => add({ entry }),
        whiteout: (whiteout) => add({ whiteout }),
        opaque: (opaque) => add({ opaque })
      };
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
        stack: error instanceof Error ? error.stack : void 0
      };
    }
  }
}
if (parentPort) {
  serveWalks(parentPort);
  if (workerData?.prepare) setImmediate(() => defaultScanner());
}
