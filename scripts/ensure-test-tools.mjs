#!/usr/bin/env node
// Installs the Debian tools the integration tests use, when they are missing: a real image
// builder (buildah), skopeo, a static busybox for tiny base images, the CNCF distribution
// registry and htpasswd. Runs before `npm test` so a clean CI checkout needs nothing else.

import { execFileSync, spawnSync } from "node:child_process";

const TOOLS = [
  { command: "buildah", pkg: "buildah" },
  { command: "skopeo", pkg: "skopeo" },
  {
    command: "busybox",
    pkg: "busybox-static",
    check: () =>
      spawnSync("sh", ["-c", "file -L $(command -v busybox) 2>/dev/null | grep -q static || ldd $(command -v busybox) 2>&1 | grep -q 'not a dynamic'"])
        .status === 0,
  },
  { command: "docker-registry", pkg: "docker-registry" },
  { command: "htpasswd", pkg: "apache2-utils" },
];

const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const missing = TOOLS.filter((tool) => !has(tool.command) || (tool.check && !tool.check()));
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.map((tool) => tool.pkg))];
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !has("apt-get")) {
  console.error(`The integration tests need: ${packages.join(", ")}. Install them with apt-get (as root), then run npm test again.`);
  process.exit(1);
}
console.error(`Installing test tools with apt-get: ${packages.join(" ")}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: ["ignore", "ignore", "inherit"], env });
