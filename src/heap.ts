/**
 * Called first by the shells (CLI and Action): asks V8 to favour a small heap over speed. The gate's memory bounds (200 MB for any image, 300 MB for any Dockerfile it
 * accepts) are about what it keeps, but left to itself V8 grows the heap with the garbage of a
 * busy parse far past that: a 1 MB Dockerfile of short RUN lines peaked at 430 MB on Node 24,
 * 260 MB with this. Reading image layers costs the same CPU either way (measured on a 1 GB layer).
 */

import v8 from "node:v8";
import vm from "node:vm";

/**
 * Asks V8 to favour a small heap over speed; call before the run allocates anything large.
 *
 * Also: isolates made after this call (the layer threads; the gate's own isolate already has its
 * compiler threads) optimize hot functions on their own thread, not on V8's background threads. On
 * two cores already busy with two walks and their inflaters, background compile jobs were 9 % of a
 * run's samples, and compiling in line costs less in all: tools bench image 0.95-0.96 x CPU,
 * 0.97-0.99 x wall, 4-6 MiB less at peak; text 0.97 x CPU, 0.95 x wall (paired runs; both
 * isolates in line, as only a command-line flag can make them: 0.96 x CPU, 7-12 MiB less).
 */
export function favourSmallHeap(): void {
  v8.setFlagsFromString("--optimize-for-size");
  v8.setFlagsFromString("--no-concurrent-recompilation");
}

/**
 * Once, before the layers are walked: a last-resort collection, the kind after which V8 shrinks
 * the young generation back to its starting size (no other collection does, and no flag set while
 * running can). Loading the gate's modules grows it to 8 MB, and a walk that starts with it that
 * large lets spent zlib chunks pile up between collections (30 MB on the tools bench image): peak
 * 148 -> 125 MiB there (paired medians), for 10-20 ms of collecting while the layer threads start.
 * The collector is reached through a context of its own, so no `gc` is left on the global object.
 */
export function shrinkHeapBeforeWalk(): void {
  collector()?.({ type: "major", flavor: "last-resort" });
}

type Collect = (options?: { type?: string; flavor?: string }) => void;
/** Null once it turned out not to be reachable (another thread had the flag off again in between). */
let collect: Collect | null | undefined;

/** V8's collector, reached through a context of its own, once per thread. */
function collector(): Collect | undefined {
  if (collect === undefined) {
    v8.setFlagsFromString("--expose-gc");
    collect = (vm.runInNewContext("gc") as Collect | undefined) ?? null;
    v8.setFlagsFromString("--no-expose-gc");
  }
  return collect ?? undefined;
}

/** Array buffers held (live, or spent and not yet collected) past which collectSpentChunks collects. */
export const SPENT_CHUNKS_BYTES = 8 * 1024 * 1024;

/**
 * Called every few megabytes of a walk's tar: a young-generation collection when more than
 * SPENT_CHUNKS_BYTES of array buffers are held. Each chunk of a layer is a buffer of its own, freed
 * only when a collection finds it dead, and V8 collects when its heap fills, not its buffers: where
 * the walk allocates little else (a large file skipped unread, such as apt's package index, or a
 * large binary), spent chunks piled up until the run's peak, or were promoted and left for full
 * collections. Looked at every 2 MiB of tar: tools bench image 0.95 x wall and 0.96 x CPU, peak
 * 9 MiB lower; text 0.94 x wall, peak 8-10 MiB lower (paired runs). A lower limit collected too
 * often (4 MiB: text 1.13 x wall), and at 12 MiB V8 made some of them full collections.
 */
export function collectSpentChunks(): void {
  if (v8.getHeapStatistics().external_memory > SPENT_CHUNKS_BYTES) collector()?.({ type: "minor" });
}
