import { describe, expect, it } from "vitest";
import { GateError } from "../../src/errors.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { workspace } from "../helpers/cli.ts";

const load = (files: Record<string, string>, spec?: string) => {
  const dir = workspace(files);
  return loadPolicy(spec, dir);
};

describe("loadPolicy: finding the policy", () => {
  it("uses the default preset when there is no policy file", () => {
    const policy = load({});
    expect(policy.name).toBe("preset:default");
    expect(policy.checks["root-user"]!.action).toBe("fail");
    expect(policy.checks["untrusted-base-image"]!.action).toBe("warn");
    expect(policy.checks["missing-healthcheck"]!.action).toBe("warn");
    expect(policy.vulnerabilities).toMatchObject({ sources: [], max: { critical: 0, high: 0 }, fixableOnly: true, onUnavailable: "fail", waitMs: 600_000 });
  });

  it("finds .image-gate.yaml (or .yml) in the working directory", () => {
    expect(load({ ".image-gate.yml": "version: 1\nmode: audit\n" })).toMatchObject({ name: ".image-gate.yml", mode: "audit" });
  });

  it("takes a preset name or a path", () => {
    const strict = load({}, "strict");
    expect(strict.chain).toEqual(["preset:strict"]);
    expect(strict.checks["mutable-tag"]).toMatchObject({ action: "fail", options: { "require-digest": true } });
    expect(strict.checks["missing-healthcheck"]!.action).toBe("fail");
    expect(strict.vulnerabilities.fixableOnly).toBe(false);
    expect(load({ "p.json": '{"version": 1}' }, "p.json").name).toBe("p.json");
  });

  it("fails with a clear line for an unknown policy", () => {
    expect(() => load({}, "stirct")).toThrow(/^"stirct": no such policy file, and not a preset \(presets: default, strict\)$/);
  });
});

describe("loadPolicy: merge semantics (SPEC §4)", () => {
  it("without extends, unlisted checks only warn and counts are unlimited", () => {
    const policy = load({ ".image-gate.yaml": "version: 1\nchecks:\n  secret: { action: fail }\n" });
    expect(policy.checks.secret!.action).toBe("fail");
    expect(policy.checks["root-user"]!.action).toBe("warn");
    expect(policy.checks["mutable-tag"]!.action).toBe("warn");
    expect(policy.vulnerabilities.max).toEqual({});
  });

  it("with extends, maps merge key by key, lists replace and exceptions add up", () => {
    const policy = load({
      "base.yaml": [
        "version: 1",
        "checks:",
        "  untrusted-base-image: { action: fail, trusted: ['docker.io/library/*', 'ghcr.io/acme/**'] }",
        "  root-user: { action: fail, severity: critical }",
        "vulnerabilities: { max: { critical: 0, high: 2 } }",
        "exceptions:",
        "  - { check: secret, path: '/usr/share/doc/**', reason: test vectors, expires: 2099-01-01 }",
      ].join("\n"),
      ".image-gate.yaml": [
        "version: 1",
        "extends: ./base.yaml",
        "checks:",
        "  untrusted-base-image: { trusted: ['123456789012.dkr.ecr.*.amazonaws.com/**'] }",
        "  root-user: { action: warn }",
        "vulnerabilities: { max: { high: 5 } }",
        "exceptions:",
        "  - { check: mutable-tag, reason: migrating, expires: 2099-01-01 }",
      ].join("\n"),
    });
    expect(policy.chain).toEqual([".image-gate.yaml", "base.yaml"]);
    expect(policy.checks["untrusted-base-image"]).toMatchObject({ action: "fail", options: { trusted: ["123456789012.dkr.ecr.*.amazonaws.com/**"] } });
    expect(policy.checks["root-user"]).toMatchObject({ action: "warn", severity: "critical" });
    expect(policy.vulnerabilities.max).toEqual({ critical: 0, high: 5 });
    expect(policy.exceptions.map((exception) => [exception.check, exception.file, exception.line])).toEqual([
      ["secret", "base.yaml", 7],
      ["mutable-tag", ".image-gate.yaml", 8],
    ]);
  });

  it("extends a preset and overrides it", () => {
    const policy = load({ ".image-gate.yaml": "version: 1\nextends: default\nchecks:\n  missing-healthcheck: { action: off }\n" });
    expect(policy.checks["missing-healthcheck"]!.action).toBe("off");
    expect(policy.checks["root-user"]!.action).toBe("fail");
  });

  it("refuses extends cycles", () => {
    expect(() => load({ "a.yaml": "version: 1\nextends: ./b.yaml\n", "b.yaml": "version: 1\nextends: ./a.yaml\n" }, "a.yaml")).toThrow(
      /extends ".\/a.yaml" makes a cycle/,
    );
  });
});

describe("loadPolicy: every error names the file, line and field", () => {
  it.each([
    ["", /^\.image-gate\.yaml: the policy is empty/],
    ["- a\n- b\n", /^\.image-gate\.yaml:1: expected a mapping/],
    ["checks: {}\n", /^\.image-gate\.yaml:1: version: required/],
    ["version: 2\n", /^\.image-gate\.yaml:1: version: expected 1, got number 2/],
    ["version: 1\nchecks:\n  root-usr: { action: fail }\n", /^\.image-gate\.yaml:3: checks\.root-usr: unknown key \(did you mean "root-user"\?\)$/],
    [
      "version: 1\nchecks:\n  root-user: { action: block }\n",
      /^\.image-gate\.yaml:3: checks\.root-user\.action: expected "fail" or "warn" or "off", got string "block"$/,
    ],
    [
      "version: 1\nchecks:\n  mutable-tag: { require-digest: yes please }\n",
      /^\.image-gate\.yaml:3: checks\.mutable-tag\.require-digest: expected boolean, got string "yes please"$/,
    ],
    ["version: 1\nchecks:\n  root-user: { trusted: [] }\n", /^\.image-gate\.yaml:3: checks\.root-user\.trusted: unknown key/],
    ["version: 1\nvulnerabilities:\n  max: { critical: -1 }\n", /^\.image-gate\.yaml:3: vulnerabilities\.max\.critical: expected a count of 0 or more$/],
    ["version: 1\nvulnerabilities:\n  wait: forever\n", /^\.image-gate\.yaml:3: vulnerabilities\.wait: expected a duration/],
    ["version: 1\nmode: enforced\n", /^\.image-gate\.yaml:2: mode: expected "enforce" or "audit"/],
    [
      "version: 1\nexceptions:\n  - check: secret\n    reason: ok\n    expires: 2026-02-30\n",
      /^\.image-gate\.yaml:5: exceptions\[0\]\.expires: not a real calendar date$/,
    ],
    [
      "version: 1\nexceptions:\n  - check: secret\n    reason: ok\n    expires: next year\n",
      /^\.image-gate\.yaml:5: exceptions\[0\]\.expires: expected a date as YYYY-MM-DD$/,
    ],
    ["version: 1\nexceptions:\n  - check: secret\n    expires: 2027-01-01\n", /^\.image-gate\.yaml:3: exceptions\[0\]\.reason: required/],
    [
      "version: 1\nexceptions:\n  - check: secret\n    reason: '  '\n    expires: 2027-01-01\n",
      /^\.image-gate\.yaml:4: exceptions\[0\]\.reason: an exception needs a reason$/,
    ],
    ["version: 1\nexceptions:\n  - check: secrets\n    reason: x\n    expires: 2027-01-01\n", /^\.image-gate\.yaml:3: exceptions\[0\]\.check: expected/],
    [
      "version: 1\nexceptions:\n  - check: secret\n    reason: x\n    expires: 2027-01-01\n    paths: /x\n",
      /^\.image-gate\.yaml:6: exceptions\[0\]\.paths: unknown key \(did you mean "path"\?\)$/,
    ],
    ["version: 1\nchecks: { secret: { action: fail }\n", /^\.image-gate\.yaml:\d+: invalid YAML: /],
    ["version: 1\nversion: 1\n", /^\.image-gate\.yaml:2: invalid YAML: duplicate key$/],
    [
      "version: 1\nchecks:\n  untrusted-base-image: { trusted: [node] }\n",
      /^\.image-gate\.yaml:3: checks\.untrusted-base-image\.trusted\[0\]: "node" has no registry host/,
    ],
    ["version: 1\nextends: ./missing.yaml\n", /^\.image-gate\.yaml:2: extends ".\/missing.yaml": no such file, and not a preset/],
  ])("%j", (text, message) => {
    expect(() => load({ ".image-gate.yaml": text })).toThrow(GateError);
    expect(() => load({ ".image-gate.yaml": text })).toThrow(message);
  });

  it("refuses binary junk", () => {
    expect(() => loadPolicy("p.yaml", workspace({ "p.yaml": "\u0000\u0001\u0002" }))).toThrow(/^p\.yaml: binary content/);
  });
});

describe("loadPolicy: vulnerabilities.block, kev-catalog, inspector-suppressions, platforms", () => {
  it("defaults: the default preset blocks CISA KEV, honors Inspector suppression rules and gates every platform; strict adds known exploits", () => {
    expect(load({}).vulnerabilities).toMatchObject({ block: { kev: true, exploitAvailable: false }, inspectorSuppressions: "honor", platforms: "all" });
    expect(load({}).vulnerabilities.block.epss).toBeUndefined();
    expect(load({}, "strict").vulnerabilities.block).toEqual({ kev: true, exploitAvailable: true });
    expect(load({ ".image-gate.yaml": "version: 1\n" }).vulnerabilities).toMatchObject({ block: { kev: false, exploitAvailable: false }, platforms: "all" });
  });

  it("block merges key by key over what it extends; kev-catalog is relative to the policy that names it", () => {
    const dir = workspace({
      "base.yaml": "version: 1\nextends: default\nvulnerabilities:\n  block: { epss: 0.7 }\n  kev-catalog: feeds/kev.json\n",
      ".image-gate.yaml":
        "version: 1\nextends: base.yaml\nvulnerabilities:\n  block: { exploit-available: true }\n  platforms: selected\n  inspector-suppressions: ignore\n",
    });
    const policy = loadPolicy(undefined, dir);
    expect(policy.vulnerabilities.block).toEqual({ kev: true, exploitAvailable: true, epss: 0.7 });
    expect(policy.vulnerabilities.kevCatalog).toEqual({ file: `${dir}/feeds/kev.json`, label: "feeds/kev.json" });
    expect(policy.vulnerabilities).toMatchObject({ platforms: "selected", inspectorSuppressions: "ignore" });
  });

  it.each([
    ["vulnerabilities:\n  block: { epss: 1.5 }\n", /^\.image-gate\.yaml:3: vulnerabilities\.block\.epss: expected an EPSS probability from 0 to 1$/],
    ["vulnerabilities:\n  block: { kev: yes-please }\n", /^\.image-gate\.yaml:3: vulnerabilities\.block\.kev: expected boolean, got string "yes-please"$/],
    ["vulnerabilities:\n  block: { kevs: true }\n", /^\.image-gate\.yaml:3: vulnerabilities\.block\.kevs: unknown key \(did you mean "kev"\?\)$/],
    ["vulnerabilities:\n  platform: all\n", /^\.image-gate\.yaml:3: vulnerabilities\.platform: unknown key \(did you mean "platforms"\?\)$/],
    ["vulnerabilities:\n  platforms: some\n", /^\.image-gate\.yaml:3: vulnerabilities\.platforms: expected "all" or "selected", got string "some"$/],
    [
      "vulnerabilities:\n  inspector-suppressions: obey\n",
      /^\.image-gate\.yaml:3: vulnerabilities\.inspector-suppressions: expected "honor" or "ignore", got string "obey"$/,
    ],
  ])("%s is exit 2 naming the field", (yaml, pattern) => {
    expect(() => load({ ".image-gate.yaml": `version: 1\n${yaml}` })).toThrow(GateError);
    expect(() => load({ ".image-gate.yaml": `version: 1\n${yaml}` })).toThrow(pattern);
  });
});
