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
 * run's samples, and compiling in line costs less in all: tools bench image 0.95 x CPU, 0.97 x
 * wall, 5 MiB less at peak (paired runs; both isolates in line, as a command-line flag can make
 * them: 0.96 x CPU, 7-12 MiB less).
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
  v8.setFlagsFromString("--expose-gc");
  const collect = vm.runInNewContext("gc") as ((options?: { type?: string; flavor?: string }) => void) | undefined;
  v8.setFlagsFromString("--no-expose-gc");
  collect?.({ type: "major", flavor: "last-resort" });
}
