/**
 * What the hostile-input test files share: the CLI's promised memory bounds, deadlines that only
 * catch hangs, and the checks every measured run gets (exit code, time, peak memory, one line).
 */

import { rmSync } from "node:fs";
import { afterAll, expect } from "vitest";
import { tempDir, type runMeasured } from "./hostile-files.ts";

export const MiB = 1024 * 1024;
/** What the README promises: any image under 200 MB, any Dockerfile the parser accepts under 300 MB. */
export const IMAGE_MEMORY = 200 * MiB;
export const DOCKERFILE_MEMORY = 300 * MiB;
/** Deadlines that catch hangs on a busy two-core machine, not performance targets. */
const DEADLINE_MS = 90_000;

export type Measured = ReturnType<typeof runMeasured>;

/** The exit code, a deadline that catches hangs and the peak memory of a measured CLI run. */
export function expectMeasured(result: Measured, expected: { code: number; memory: number; deadline?: number }): void {
  // stderr travels with the outcome, so a failure shows what the gate said.
  expect({ signal: result.signal, code: result.code, stderr: result.stderr.slice(0, 2000) }).toMatchObject({ signal: null, code: expected.code });
  expect(result.ms).toBeLessThan(expected.deadline ?? DEADLINE_MS);
  expect(result.maxRss).toBeGreaterThan(0);
  expect(result.maxRss).toBeLessThan(expected.memory);
}

/** One short `image-gate: error:` line that matches the pattern. */
export function expectOneLine(result: Measured, pattern: RegExp): void {
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^image-gate: error: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]!.length).toBeLessThan(400);
}

/** Temporary folders for one test file, removed after it: `workDir` makes one, `scratch` takes others' paths. */
export function scratchDirs(): { workDir: (prefix: string) => string; scratch: string[] } {
  const scratch: string[] = [];
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });
  return {
    scratch,
    workDir: (prefix) => {
      const dir = tempDir(prefix);
      scratch.push(dir);
      return dir;
    },
  };
}
