import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/heap.ts
import v8 from "node:v8";
import vm from "node:vm";
function favourSmallHeap() {
  v8.setFlagsFromString("--optimize-for-size");
}
function shrinkHeapBeforeWalk() {
  v8.setFlagsFromString("--expose-gc");
  const collect = vm.runInNewContext("gc");
  v8.setFlagsFromString("--no-expose-gc");
  collect?.({ type: "major", flavor: "last-resort" });
}

export {
  favourSmallHeap,
  shrinkHeapBeforeWalk
};
