import { describe, expect, it } from "vitest";
import { decide } from "../../src/policy/decide.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { runCli, workspace } from "../helpers/cli.ts";
import { fixtureRef } from "../helpers/images.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

const load = (policy: string) => loadPolicy(".image-gate.yaml", workspace({ ".image-gate.yaml": policy }));

describe("policy keys for what the build pulls in", () => {
  it("presets: default keeps outdated-base-image off (no registry requests), strict turns it on; the download checks warn, then fail", () => {
    const dir = workspace({});
    const defaults = loadPolicy("default", dir).checks;
    const strict = loadPolicy("strict", dir).checks;
    expect(defaults["outdated-base-image"]).toMatchObject({ action: "off" });
    expect(strict["outdated-base-image"]).toMatchObject({ action: "warn", options: { newer: "patch", "on-unavailable": "warn" } });
    for (const id of ["unverified-download", "insecure-download", "unpinned-packages"]) {
      expect([id, defaults[id]!.action, strict[id]!.action]).toEqual([id, "warn", "fail"]);
    }
    expect(defaults["mutable-tag"]!.options["tag-precision"]).toBeUndefined();
  });

  it("reads tag-precision, newer, ranges and on-unavailable; ranges merge key by key over what they extend", () => {
    const dir = workspace({
      "base.yaml":
        'version: 1\nchecks:\n  outdated-base-image:\n    action: warn\n    ranges: { "docker.io/library/node": ">=20 <23", "docker.io/library/python": "^3.12" }\n',
      ".image-gate.yaml": [
        "version: 1",
        "extends: base.yaml",
        "checks:",
        "  mutable-tag: { action: fail, tag-precision: minor }",
        "  outdated-base-image:",
        "    newer: minor",
        "    on-unavailable: fail",
        '    ranges: { "docker.io/library/node": ">=22" }',
      ].join("\n"),
    });
    const policy = loadPolicy(undefined, dir);
    expect(policy.checks["mutable-tag"]).toMatchObject({ action: "fail", options: { "tag-precision": "minor" } });
    expect(policy.checks["outdated-base-image"]).toMatchObject({
      action: "warn",
      options: { newer: "minor", "on-unavailable": "fail", ranges: { "docker.io/library/node": ">=22", "docker.io/library/python": "^3.12" } },
    });
  });

  it.each([
    [
      "checks:\n  mutable-tag: { tag-precision: exact }\n",
      /^\.image-gate\.yaml:3: checks\.mutable-tag\.tag-precision: expected "major" or "minor" or "patch", got string "exact"$/,
    ],
    [
      "checks:\n  outdated-base-image: { newer: newest }\n",
      /^\.image-gate\.yaml:3: checks\.outdated-base-image\.newer: expected "major" or "minor" or "patch", got string "newest"$/,
    ],
    [
      "checks:\n  outdated-base-image: { on-unavailable: ignore }\n",
      /^\.image-gate\.yaml:3: checks\.outdated-base-image\.on-unavailable: expected "warn" or "fail", got string "ignore"$/,
    ],
    [
      'checks:\n  outdated-base-image:\n    ranges: { "docker.io/library/node": "twenty" }\n',
      /^\.image-gate\.yaml:4: checks\.outdated-base-image\.ranges\.docker\.io\/library\/node: expected a semver range such as ">=20\.11 <23"$/,
    ],
    [
      'checks:\n  outdated-base-image:\n    ranges: { "node": ">=20" }\n',
      /^\.image-gate\.yaml:4: checks\.outdated-base-image\.ranges: "node" is not a normalized repository; write it with its registry and without a tag, such as docker\.io\/library\/node$/,
    ],
    ["checks:\n  outdated-base-image: { newr: minor }\n", /^\.image-gate\.yaml:3: checks\.outdated-base-image\.newr: unknown key \(did you mean "newer"\?\)$/],
    [
      "checks:\n  mutable-tag: { tag-precison: patch }\n",
      /^\.image-gate\.yaml:3: checks\.mutable-tag\.tag-precison: unknown key \(did you mean "tag-precision"\?\)$/,
    ],
  ])("refuses %j with the field and what was expected", (checks, message) => {
    expect(() => load(`version: 1\n${checks}`)).toThrow(message);
  });
});

describe("add-remote-url, now unverified-download", () => {
  it("keeps working in policies as a deprecated alias, with a warning that names the file and line", () => {
    const policy = load(
      [
        "version: 1",
        "extends: default",
        "checks:",
        "  add-remote-url: { action: fail }",
        "exceptions:",
        "  - { check: add-remote-url, id: unverified-download, reason: vendored tool, expires: 2099-01-01 }",
      ].join("\n"),
    );
    expect(policy.checks["unverified-download"]!.action).toBe("fail");
    expect(policy.checks["add-remote-url"]).toBeUndefined();
    expect(policy.exceptions[0]).toMatchObject({ check: "unverified-download", id: "no-checksum" });
    expect(policy.warnings).toEqual([
      ".image-gate.yaml:4: checks.add-remote-url is deprecated; it now configures unverified-download (rename the key)",
      ".image-gate.yaml:6: exception check add-remote-url is deprecated; it now applies to unverified-download",
    ]);
    // The exception still suppresses what it suppressed before.
    const finding = {
      check: "unverified-download",
      rule: "no-checksum",
      severity: "medium" as const,
      message: "m",
      location: { file: "Dockerfile", line: 2 },
      fingerprint: "f",
    };
    expect(decide([finding], policy, new Date("2026-01-01")).findings[0]).toMatchObject({ blocking: false, suppressed: { reason: "vendored tool" } });
  });

  it("the new name wins when a policy names both", () => {
    const policy = load("version: 1\nchecks:\n  add-remote-url: { action: fail }\n  unverified-download: { action: off }\n");
    expect(policy.checks["unverified-download"]!.action).toBe("off");
  });

  it("every report says so (the table's warning line, policy.warning in JSON); the run itself is unaffected", () => {
    const dir = workspace({
      Dockerfile: "FROM alpine:3.19\nADD https://example.com/tool.tgz /opt/\nUSER 1000\n",
      ".image-gate.yaml": "version: 1\nextends: default\nchecks:\n  add-remote-url: { action: fail }\n",
    });
    const warning = ".image-gate.yaml:4: checks.add-remote-url is deprecated; it now configures unverified-download (rename the key)";
    const json = runCli(["--format", "json"], { cwd: dir });
    expect(json.code).toBe(1);
    expect(json.stderr).toBe("");
    const report = JSON.parse(json.stdout);
    expect(report.policy.warning).toBe(warning);
    expect(
      report.findings
        .filter((finding: { blocking: boolean }) => finding.blocking)
        .map((finding: { check: string; rule: string }) => `${finding.check}/${finding.rule}`),
    ).toEqual(["unverified-download/no-checksum"]);
    expect(runCli([], { cwd: dir }).stdout).toContain(`! ${warning}`);
  });
});

describe("outdated-base-image on inputs without base images", () => {
  it("is not applicable to an image alone, or to a Dockerfile built from scratch (and asks no registry)", async () => {
    const dir = workspace({
      Dockerfile: "FROM scratch\nCOPY app /app\nUSER 1000\n",
      ".image-gate.yaml": "version: 1\nextends: default\nchecks:\n  outdated-base-image: { action: warn }\n",
    });
    const imageOnly = JSON.parse(runCli(["--image", fixtureRef("clean", "oci"), "--format", "json"], { cwd: dir }).stdout);
    expect(imageOnly.checks.find((check: { id: string }) => check.id === "outdated-base-image").notApplicable).toBe("no Dockerfile to read base images from");
    const scratch = JSON.parse(runCli(["--format", "json"], { cwd: dir }).stdout);
    expect(scratch.checks.find((check: { id: string }) => check.id === "outdated-base-image").notApplicable).toBe(
      "the Dockerfile has no base image from a registry",
    );
  });
});

describe("a policy without extends", () => {
  it("does not run outdated-base-image unless it lists it (it reaches registries), and does not count it among the checks that only warn", () => {
    const policy = load("version: 1\nchecks:\n  root-user: { action: fail }\n");
    expect(policy.checks["outdated-base-image"]!.action).toBe("off");
    expect(policy.unlistedChecks).not.toContain("outdated-base-image");
    expect(load("version: 1\nchecks:\n  outdated-base-image: {}\n").checks["outdated-base-image"]!.action).toBe("warn");
  });
});
