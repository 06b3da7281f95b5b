/**
 * The Debian tools the integration tests run (a real image builder, registry, shell...), and what
 * a test does when one is missing: in CI (CI=true) it fails, naming the tool, so a runner without
 * it can never turn integration tests into silent passes; on a developer's machine it is skipped
 * with a note that names the tool and its package. scripts/ensure-test-tools.mjs installs them.
 *
 * Plain erasable TypeScript: scripts/ensure-test-tools.mjs imports this file with Node's type stripping.
 */

import { spawnSync } from "node:child_process";

/** One tool: the command on PATH, the Debian package that has it, and a stricter test where the command alone is not enough. */
export interface TestTool {
  command: string;
  pkg: string;
  why: string;
  usable?: () => boolean;
}

export const TEST_TOOLS = {
  buildah: { command: "buildah", pkg: "buildah", why: "builds the test images" },
  skopeo: { command: "skopeo", pkg: "skopeo", why: "pushes test images to the local registry" },
  busybox: {
    command: "busybox",
    pkg: "busybox-static",
    why: "its static build is the test images' base",
    usable: () =>
      spawnSync("sh", ["-c", "file -L $(command -v busybox) 2>/dev/null | grep -q static || ldd $(command -v busybox) 2>&1 | grep -q 'not a dynamic'"])
        .status === 0,
  },
  "docker-registry": { command: "docker-registry", pkg: "docker-registry", why: "is the real OCI registry the tests talk to" },
  htpasswd: { command: "htpasswd", pkg: "apache2-utils", why: "writes the registry's password file" },
  openssl: { command: "openssl", pkg: "openssl", why: "makes the registry's test certificates" },
  dash: { command: "dash", pkg: "dash", why: "runs the README's shell examples as /bin/sh does" },
  python3: { command: "python3", pkg: "python3", why: "reads JUnit reports with an XML parser that is not ours" },
} satisfies Record<string, TestTool>;

export type TestToolName = keyof typeof TEST_TOOLS;

const found = new Map<string, boolean>();

/** Whether a tool is on PATH (and usable), asked once per process. */
export function hasTool(name: TestToolName): boolean {
  let known = found.get(name);
  if (known === undefined) {
    const tool: TestTool = TEST_TOOLS[name];
    known = spawnSync("sh", ["-c", `command -v ${tool.command}`], { stdio: "ignore" }).status === 0 && (tool.usable?.() ?? true);
    found.set(name, known);
  }
  return known;
}

/** Whether this run is CI's: there every integration test must run. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

/**
 * What to do about the tools a test needs: undefined when all are there; otherwise, in CI, throws
 * (a failure naming what is missing), and elsewhere returns the note to skip with.
 */
export function toolShortfall(names: readonly TestToolName[], options: { ci: boolean; has: (name: TestToolName) => boolean }): string | undefined {
  const missing = names.filter((name) => !options.has(name));
  if (missing.length === 0) return undefined;
  const what = missing.map((name) => `${TEST_TOOLS[name].command} (${TEST_TOOLS[name].why})`).join(", ");
  const packages = [...new Set(missing.map((name) => TEST_TOOLS[name].pkg))].join(" ");
  if (options.ci)
    throw new Error(`CI=true and these tests need ${what}, which is missing: install it with apt-get install ${packages} (npm test's pretest does, as root)`);
  return `needs ${what}: apt-get install ${packages}, or run npm test as root`;
}

/** The tools the built test images need (test/helpers/images.ts builds them once per run). */
export const FIXTURE_TOOLS: readonly TestToolName[] = ["buildah", "busybox"];
/** The tools a test on the local registry needs (test/helpers/registry.ts). */
export const REGISTRY_TOOLS: readonly TestToolName[] = ["docker-registry", "htpasswd", "openssl", "skopeo", "buildah"];
