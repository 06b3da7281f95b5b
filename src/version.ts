/**
 * The version reports carry: package.json's. Run from source it is read from package.json; the
 * build replaces this module with the value inlined (scripts/build.mjs).
 */

import { readFileSync } from "node:fs";

export const TOOL_VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
