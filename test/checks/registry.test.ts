import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../../src/checks/index.ts";
import { PRESET_NAMES } from "../../src/checks/types.ts";
import { parsePolicyText } from "../../src/policy/load.ts";
import { presetYaml } from "../../src/policy/presets.ts";
import { policySchema } from "../../src/policy/schema.ts";
import { renderSarif } from "../../src/report/sarif.ts";
import { runGate } from "../../src/gate.ts";
import { ROOT } from "../helpers/paths.ts";
import { workspace } from "../helpers/cli.ts";

describe("the registry of checks: everything about a check lives in its definition", () => {
  it.each(CHECKS.map((check) => [check.id, check] as const))("%s declares its rules and a stance in every preset", (_id, check) => {
    expect(check.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(Object.keys(check.rules).length).toBeGreaterThan(0);
    for (const rule of Object.keys(check.rules)) expect(rule).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const name of PRESET_NAMES) {
      const stance = check.presets[name];
      expect(stance, `${check.id} has no stance in the ${name} preset`).toBeDefined();
      expect(["fail", "warn", "off"]).toContain(stance.action);
      // The stance's options are the check's own keys, and the policy schema accepts them.
      const parsed = policySchema.safeParse({ version: 1, checks: { [check.id]: { action: stance.action, ...stance.options } } });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it("policies/*.yaml are generated from the stances (npm run build regenerates them)", () => {
    for (const name of PRESET_NAMES) {
      expect(readFileSync(path.join(ROOT, "policies", `${name}.yaml`), "utf8")).toBe(presetYaml(name));
      expect(() => parsePolicyText(presetYaml(name), `preset:${name}`, undefined)).not.toThrow();
    }
  });

  it("a check's own options are validated with the check's schema, with the field path", () => {
    expect(() => parsePolicyText("version: 1\nchecks:\n  mutable-tag: { require-digest: maybe }\n", "p.yaml", undefined)).toThrow(
      /^p\.yaml:3: checks\.mutable-tag\.require-digest: expected boolean, got string "maybe"$/,
    );
    expect(() => parsePolicyText("version: 1\nchecks:\n  mutable-tag: { require-digests: true }\n", "p.yaml", undefined)).toThrow(
      /checks\.mutable-tag\.require-digests: unknown key \(did you mean "require-digest"\?\)/,
    );
  });

  it("SARIF lists every rule of every check that ran, not only those that fired", async () => {
    const dir = workspace({ Dockerfile: "FROM alpine:3.20\nUSER 1000\n" });
    const { report } = await runGate({ dockerfile: "Dockerfile", cwd: dir, policy: "default" });
    const sarif = JSON.parse(renderSarif(report)) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } } }> };
    const ids = sarif.runs[0]!.tool.driver.rules.map((rule) => rule.id);
    for (const check of CHECKS.filter((candidate) => report.checks.find((summary) => summary.id === candidate.id)?.action !== "off")) {
      for (const rule of Object.keys(check.rules)) expect(ids).toContain(`${check.id}/${rule}`);
    }
  });
});
