#!/usr/bin/env node
/**
 * The command's entry. Before the rest of the gate loads (about 100 ms of modules), it asks V8 for
 * a small heap and, when the arguments name an image, starts the layer threads: a thread is then
 * ready by the time the gate has read the image's manifests, not 100-150 ms after the gate's own
 * thread started its layer (warm-threads.ts). Then the command runs (cli-main.ts).
 */

import { favourSmallHeap } from "./heap.ts";
import { warmLayerThreadsFor } from "./image/warm-threads.ts";

// Before anything large is allocated: the memory bounds hold for the heap V8 keeps, not only what the gate keeps.
favourSmallHeap();
warmLayerThreadsFor(process.argv.slice(2));
const { main } = await import("./cli-main.ts");
process.exitCode = await main(process.argv.slice(2));
// A run that could not finish has said why; whatever it leaves open (a poll between AWS calls) must not keep it alive.
if (process.exitCode === 2) setTimeout(() => process.exit(2), 2000).unref();
