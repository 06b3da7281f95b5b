import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/heap.ts
import v8 from "node:v8";
import vm from "node:vm";
function favourSmallHeap() {
  v8.setFlagsFromString("--optimize-for-size");
  v8.setFlagsFromString("--no-concurrent-recompilation");
}
function shrinkHeapBeforeWalk() {
  collector()?.({ type: "major", flavor: "last-resort" });
}
var collect;
function collector() {
  if (collect === void 0) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") ?? null;
    v8.setFlagsFromString("--no-expose-gc");
  }
  return collect ?? void 0;
}
var SPENT_CHUNKS_BYTES = 8 * 1024 * 1024;
function collectSpentChunks() {
  if (v8.getHeapStatistics().external_memory > SPENT_CHUNKS_BYTES) collector()?.({ type: "minor" });
}

export {
  favourSmallHeap,
  shrinkHeapBeforeWalk,
  collectSpentChunks
};
