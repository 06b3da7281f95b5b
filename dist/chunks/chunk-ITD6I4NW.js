import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/image/warm-threads.ts
import os from "node:os";
import { Worker } from "node:worker_threads";
function layerWorkerUrl() {
  if (import.meta.url.endsWith(".ts")) return void 0;
  return new URL("../layer-worker.js", import.meta.url);
}
function defaultLayerConcurrency() {
  return Math.min(4, os.availableParallelism());
}
var warm = [];
function warmLayerThreads(url, count, prepare) {
  while (warm.length < count) {
    const worker = new Worker(url, { workerData: { prepare } });
    worker.unref();
    worker.once("error", () => {
      const index = warm.indexOf(worker);
      if (index !== -1) warm.splice(index, 1);
    });
    warm.push(worker);
  }
}
function threadedImageArgument(argv) {
  const at = argv.findIndex((arg) => arg === "--image" || arg.startsWith("--image="));
  if (at === -1) return void 0;
  return threadedImage(argv[at] === "--image" ? argv[at + 1] : argv[at].slice("--image=".length));
}
function threadedImage(reference) {
  const image = reference?.trim();
  return image === void 0 || image === "" || image.startsWith("docker-daemon:") ? void 0 : image;
}
function warmLayerThreadsFor(argv) {
  warmLayerThreadsForImage(threadedImageArgument(argv));
}
function warmLayerThreadsForImage(reference) {
  const url = layerWorkerUrl();
  if (url !== void 0 && threadedImage(reference) !== void 0) warmLayerThreads(url, defaultLayerConcurrency() - 1, true);
}
function takeWarmLayerThread() {
  const started = warm.findIndex((worker) => worker.threadId >= 0);
  return started === -1 ? void 0 : warm.splice(started, 1)[0];
}
function keepWarmLayerThreads(count) {
  for (const worker of warm.splice(Math.max(0, count))) void worker.terminate();
}
async function discardWarmLayerThreads() {
  await Promise.all(warm.splice(0).map((worker) => worker.terminate()));
}

export {
  layerWorkerUrl,
  defaultLayerConcurrency,
  warmLayerThreads,
  warmLayerThreadsFor,
  warmLayerThreadsForImage,
  takeWarmLayerThread,
  keepWarmLayerThreads,
  discardWarmLayerThreads
};
