/** The vitest side of test-tools.ts: skip (locally) or fail (in CI) a test file whose tools are missing. */

import path from "node:path";
import { TestRunner } from "vitest";
import { hasTool, isCi, toolShortfall, type TestToolName } from "./test-tools.ts";

export { FIXTURE_TOOLS, REGISTRY_TOOLS } from "./test-tools.ts";

/**
 * Call at the top of a test file (before its hooks) that runs these tools: in CI a missing tool
 * fails the file, naming it; on a developer's machine the whole file is skipped (its beforeAll
 * hooks, which start registries and build images, do not run) with a warning naming the tool and
 * its package.
 */
export function requireTools(...names: TestToolName[]): void {
  const note = toolShortfall(names, { ci: isCi(), has: hasTool });
  if (note === undefined) return;
  const file = TestRunner.getCurrentSuite().file;
  file.mode = "skip";
  console.warn(`${path.relative(process.cwd(), file.filepath)} skipped: ${note}`);
}
