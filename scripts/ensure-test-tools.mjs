#!/usr/bin/env node
// Installs the Debian tools the integration tests use, when they are missing (the list and why each
// is needed: test/helpers/test-tools.ts). Runs before `npm test` so a clean CI checkout needs
// nothing else. Without root (or apt-get) it cannot install: in CI that is an error; on a
// developer's machine the tests that need a missing tool are skipped, each saying which tool.

import { execFileSync, spawnSync } from "node:child_process";
import { TEST_TOOLS, hasTool, isCi } from "../test/helpers/test-tools.ts";

const missing = Object.keys(TEST_TOOLS).filter((name) => !hasTool(name));
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.map((name) => TEST_TOOLS[name].pkg))];
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasAptGet = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
if (!isRoot || !hasAptGet) {
  const what = missing.map((name) => TEST_TOOLS[name].command).join(", ");
  if (isCi()) {
    console.error(`The integration tests need ${what}; install ${packages.join(" ")} with apt-get as root (CI=true: they must run, not be skipped).`);
    process.exit(1);
  }
  console.error(`Missing ${what}: the tests that need them will be skipped. Install ${packages.join(" ")} with apt-get (as root) to run them.`);
  process.exit(0);
}
console.error(`Installing test tools with apt-get: ${packages.join(" ")}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: ["ignore", "ignore", "inherit"], env });
