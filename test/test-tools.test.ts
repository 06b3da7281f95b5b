import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.ts";
import { isCi, toolShortfall, type TestToolName } from "./helpers/test-tools.ts";

/** Tests that run Debian tools skip on a developer's machine without them, naming them, and fail in CI. */
describe("a missing test tool", () => {
  const has = (present: TestToolName[]) => (name: TestToolName) => present.includes(name);

  it("is nothing to say about when every tool is there", () => {
    expect(toolShortfall(["buildah", "skopeo"], { ci: true, has: has(["buildah", "skopeo"]) })).toBeUndefined();
  });

  it("skips locally with a note naming the tool and its package", () => {
    const note = toolShortfall(["buildah", "busybox", "htpasswd"], { ci: false, has: has(["buildah"]) });
    expect(note).toBe(
      "needs busybox (its static build is the test images' base), htpasswd (writes the registry's password file): apt-get install busybox-static apache2-utils, or run npm test as root",
    );
  });

  it("fails in CI, naming the tool and its package", () => {
    expect(() => toolShortfall(["docker-registry", "skopeo"], { ci: true, has: has(["skopeo"]) })).toThrow(
      /^CI=true and these tests need docker-registry \(is the real OCI registry the tests talk to\), which is missing: install it with apt-get install docker-registry/,
    );
  });

  it.each([
    ["true", true],
    ["1", true],
    ["TRUE", true],
    ["false", false],
    ["0", false],
    ["", false],
    [undefined, false],
  ])("CI=%s is CI: %s", (value, expected) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(expected);
  });

  it("makes the pretest script fail in CI and only warn elsewhere", () => {
    // A PATH with a shell and Node but none of the tools.
    const bin = mkdtempSync(path.join(os.tmpdir(), "image-gate-no-tools-"));
    symlinkSync("/bin/sh", path.join(bin, "sh"));
    const run = (ci: string) =>
      spawnSync(process.execPath, [path.join(ROOT, "scripts", "ensure-test-tools.mjs")], { encoding: "utf8", env: { PATH: bin, CI: ci } });
    try {
      const local = run("false");
      expect(local.status, local.stderr).toBe(0);
      expect(local.stderr).toMatch(
        /^Missing buildah, skopeo, busybox, docker-registry, htpasswd, openssl, dash, python3: the tests that need them will be skipped\./,
      );
      const ci = run("true");
      expect(ci.status).toBe(1);
      expect(ci.stderr).toMatch(/^The integration tests need buildah, .*python3; install .* with apt-get as root \(CI=true: they must run, not be skipped\)\./);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
