/**
 * The built-in presets: the YAML files in policies/ (the files are the source). Run from source
 * (vitest, tsx, @github/local-action) they are read beside the sources; the build replaces this
 * module with the same texts inlined (scripts/build.mjs), so dist/ reads no files at run time.
 */

import { readdirSync, readFileSync } from "node:fs";

function readPresets(): Record<string, string> {
  const dir = new URL("../../policies/", import.meta.url);
  const presets: Record<string, string> = {};
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith(".yaml"))
    .sort())
    presets[name.slice(0, -".yaml".length)] = readFileSync(new URL(name, dir), "utf8");
  return presets;
}

export const PRESETS: Readonly<Record<string, string>> = readPresets();
