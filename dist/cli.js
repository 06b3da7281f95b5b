#!/usr/bin/env node
import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  favourSmallHeap,
  warmLayerThreadsFor
} from "./chunks/chunk-F3H42OMS.js";
import "./chunks/chunk-ENLSQBIW.js";

// src/cli.ts
favourSmallHeap();
warmLayerThreadsFor(process.argv.slice(2));
var { main } = await import("./chunks/cli-main-HHTZW773.js");
process.exitCode = await main(process.argv.slice(2));
if (process.exitCode === 2) setTimeout(() => process.exit(2), 2e3).unref();
