/**
 * Called first by the shells (CLI and Action): asks V8 to favour a small heap over speed. The gate's memory bounds (200 MB for any image, 300 MB for any Dockerfile it
 * accepts) are about what it keeps, but left to itself V8 grows the heap with the garbage of a
 * busy parse far past that: a 1 MB Dockerfile of short RUN lines peaked at 430 MB on Node 24,
 * 260 MB with this. Reading image layers costs the same CPU either way (measured on a 1 GB layer).
 */

import v8 from "node:v8";

/** Asks V8 to favour a small heap over speed; call before the run allocates anything large. */
export function favourSmallHeap(): void {
  v8.setFlagsFromString("--optimize-for-size");
}
