/**
 * The Action's entry (action.yml runs dist/action.js). The runner starts this file as a program:
 * then it runs the gate, once. A tool that imports it instead (@github/local-action, a test)
 * gets `run` to call itself, and nothing runs on import, so the gate never runs twice.
 */

import { favourSmallHeap } from "./heap.ts";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { warmLayerThreadsForImage } from "./image/warm-threads.ts";

/** Runs the Action (main.ts, loaded on the first call). */
export async function run(): Promise<void> {
  const main = await import("./main.ts");
  await main.run();
}

/** True when node was started with this file (`node dist/action.js`), false when it was imported. */
function startedAsProgram(): boolean {
  const started = process.argv[1];
  if (started === undefined) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedAsProgram()) {
  // Before anything large is allocated: the memory bounds hold for the heap V8 keeps, not only what the gate keeps.
  favourSmallHeap();
  // The layer threads start before the rest of the gate loads, as the command line's do (cli.ts).
  warmLayerThreadsForImage(process.env.INPUT_IMAGE);
  await run();
}
