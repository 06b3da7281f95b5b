#!/usr/bin/env node
import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  warmLayerThreadsFor
} from "./chunks/chunk-ITD6I4NW.js";
import {
  favourSmallHeap
} from "./chunks/chunk-TC3M7ZW5.js";
import "./chunks/chunk-ENLSQBIW.js";

// src/cli.ts
favourSmallHeap();
warmLayerThreadsFor(process.argv.slice(2));
var { main } = await import("./chunks/cli-main-YXJQIEIA.js");
process.exitCode = await main(process.argv.slice(2));
if (process.exitCode === 2) setTimeout(() => process.exit(2), 2e3).unref();
