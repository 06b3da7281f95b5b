import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  warmLayerThreadsForImage
} from "./chunks/chunk-ITD6I4NW.js";
import {
  favourSmallHeap
} from "./chunks/chunk-TC3M7ZW5.js";
import "./chunks/chunk-ENLSQBIW.js";

// src/action.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
async function run() {
  const main = await import("./chunks/main-UF2Z73P2.js");
  await main.run();
}
function startedAsProgram() {
  const started = process.argv[1];
  if (started === void 0) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (startedAsProgram()) {
  favourSmallHeap();
  warmLayerThreadsForImage(process.env.INPUT_IMAGE);
  await run();
}
export {
  run
};
