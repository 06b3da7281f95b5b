import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  walkLayer
} from "./chunks/chunk-LOYGOACF.js";
import {
  GateError,
  defaultScanner
} from "./chunks/chunk-A6QDF7GZ.js";
import "./chunks/chunk-ENLSQBIW.js";

// src/image/layer-worker.ts
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { parentPort } from "node:worker_threads";
var READ_CHUNK = 256 * 1024;
var PROGRESS_STEP = 4 * 1024 * 1024;
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
function serveWalks(port) {
  const scanner = defaultScanner();
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
      const source = "port" in bytes ? forwardedStream(bytes.port) : createReadStream(bytes.file, { start: bytes.start, end: bytes.end, highWaterMark: READ_CHUNK });
      const scan = await walkLayer(source, info, task.limits, scanner);
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
if (parentPort) serveWalks(parentPort);
