/**
 * Builds the CLI from src/ into a scratch directory once per test run, so that the CLI tests run
 * exactly what `npm run build` would ship, and the freshness test can compare it with dist/.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { BUILD_DIR, ROOT, SCHEMA_BUILD } from "./paths.ts";

export default function setup(): void {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(path.dirname(SCHEMA_BUILD), { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), BUILD_DIR, SCHEMA_BUILD], { cwd: ROOT, stdio: "inherit" });
}
