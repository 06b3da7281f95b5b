/**
 * Once per test run: builds the CLI from src/ into a scratch directory (so the CLI tests run exactly
 * what `npm run build` would ship, and the freshness test can compare it with dist/), and builds
 * the test images with buildah (when it is missing: an error in CI, a warning and skipped tests elsewhere).
 *
 * Every temporary folder the tests, the CLI runs and the tools they start make goes into one
 * folder of this run (TMPDIR, which os.tmpdir() and the child processes read), removed at the end:
 * the suite leaves /tmp as it found it.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildFixtures } from "./images.ts";
import { BUILD_DIR, ROOT, SCHEMA_BUILD } from "./paths.ts";
import { FIXTURE_TOOLS, hasTool, isCi, toolShortfall } from "./test-tools.ts";

export default function setup(): () => void {
  // In CI a missing tool throws here, before anything is made; locally the tests that use the images skip, saying why.
  const shortfall = toolShortfall(FIXTURE_TOOLS, { ci: isCi(), has: hasTool });
  const runTemp = mkdtempSync(path.join(os.tmpdir(), "image-gate-tests-"));
  process.env.TMPDIR = runTemp;
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(path.dirname(SCHEMA_BUILD), { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), BUILD_DIR, SCHEMA_BUILD], { cwd: ROOT, stdio: "inherit" });
  if (shortfall === undefined) {
    const started = Date.now();
    buildFixtures();
    if (Date.now() - started > 1000) console.log(`test images built with buildah in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else console.warn(`test images not built: ${shortfall}`);
  return () => rmSync(runTemp, { recursive: true, force: true });
}
