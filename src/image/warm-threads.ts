/**
 * Layer threads started ahead of need. A thread takes 70 ms to start on an idle core (Node's worker
 * bootstrap and the walker's code), twice that while the gate loads its own modules beside it, and
 * four times that once the layer walks have both cores busy, and a thread that starts late holds
 * up the run's end (it walks one of the largest layers). So the command line starts them before anything else loads, as soon as its
 * arguments name an image (`warmLayerThreadsFor`), and the gate tops them up once it knows the
 * policy (load.ts); the next LayerThreads takes them. Unreferenced while they wait: they keep no
 * process alive, and those no walk took are stopped.
 *
 * A small module on purpose: the command line imports it before the rest of the gate.
 */

import os from "node:os";
import { Worker } from "node:worker_threads";

/** What a thread is told when it starts. */
export interface WorkerStart {
  /** Build the credential scanner now, before any task asks for it. */
  prepare: boolean;
}

/**
 * The worker script beside the built bundle (dist/layer-worker.js; this module is bundled into
 * dist/chunks/). Run from source (the tests import src/), there is none: layers are walked in the
 * calling thread, by the same walkLayer.
 */
export function layerWorkerUrl(): URL | undefined {
  if (import.meta.url.endsWith(".ts")) return undefined;
  return new URL("../layer-worker.js", import.meta.url);
}

/** Layers walked at once unless the caller says otherwise: one per core, at most four. */
export function defaultLayerConcurrency(): number {
  return Math.min(4, os.availableParallelism());
}

const warm: Worker[] = [];

/** Starts threads until `count` wait. */
export function warmLayerThreads(url: URL, count: number, prepare: boolean): void {
  while (warm.length < count) {
    const worker = new Worker(url, { workerData: { prepare } satisfies WorkerStart });
    worker.unref();
    // One that cannot start is left out; LayerThreads starts its own and reports that one's error.
    worker.once("error", () => {
      const index = warm.indexOf(worker);
      if (index !== -1) warm.splice(index, 1);
    });
    warm.push(worker);
  }
}

/**
 * The image a command line names whose layers would be walked on threads: `--image REF` or
 * `--image=REF`, unless it is read from the Docker daemon (its `docker save` stream is walked in
 * the gate's own thread).
 */
export function threadedImageArgument(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((arg) => arg === "--image" || arg.startsWith("--image="));
  if (at === -1) return undefined;
  return threadedImage(argv[at] === "--image" ? argv[at + 1] : argv[at]!.slice("--image=".length));
}

/** An image reference whose layers would be walked on threads: given, and not the Docker daemon's. */
export function threadedImage(reference: string | undefined): string | undefined {
  const image = reference?.trim();
  return image === undefined || image === "" || image.startsWith("docker-daemon:") ? undefined : image;
}

/**
 * The command line's early start: the threads a run with these arguments would walk layers on.
 * Started before the policy is read, they prepare the built-in credential rules as if the secret
 * check were on, as it is in both presets; a policy with rules of its own walks every layer in the
 * gate's thread, and the threads are stopped unused.
 */
export function warmLayerThreadsFor(argv: readonly string[]): void {
  warmLayerThreadsForImage(threadedImageArgument(argv));
}

/** The same for an image reference given another way (the Action's `image` input). */
export function warmLayerThreadsForImage(reference: string | undefined): void {
  const url = layerWorkerUrl();
  if (url !== undefined && threadedImage(reference) !== undefined) warmLayerThreads(url, defaultLayerConcurrency() - 1, true);
}

/** A started thread, if one waits. */
export function takeWarmLayerThread(): Worker | undefined {
  const started = warm.findIndex((worker) => worker.threadId >= 0);
  return started === -1 ? undefined : warm.splice(started, 1)[0];
}

/** Stops the started threads beyond `count` at once: an image of one layer needs none, and an idle thread still holds its heap. */
export function keepWarmLayerThreads(count: number): void {
  for (const worker of warm.splice(Math.max(0, count))) void worker.terminate();
}

/** Stops the started threads nobody took (a run that needed fewer, or ended before its walk). */
export async function discardWarmLayerThreads(): Promise<void> {
  await Promise.all(warm.splice(0).map((worker) => worker.terminate()));
}
