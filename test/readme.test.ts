import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { checksTable, imageNeedsTable, presetsTable } from "../src/docs/readme-tables.ts";
import { loadPolicy } from "../src/policy/load.ts";
import { ROOT } from "./helpers/paths.ts";
import { systemNode, workspace } from "./helpers/cli.ts";

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const block = (name: string) => new RegExp(`<!-- generated:${name} -->\\n([\\s\\S]*?)\\n<!-- /generated:${name} -->`).exec(readme)?.[1];

describe("README", () => {
  it("opens with exactly the two newcomer commands", () => {
    const first = /```[a-z]*\n([\s\S]*?)```/
      .exec(readme)![1]!
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
    expect(first).toEqual(["node dist/cli.js examples/Dockerfile", "npm ci && npm test"]);
    // The second is what CI runs.
    expect(readFileSync(path.join(ROOT, ".ci", "run"), "utf8")).toMatch(/^npm ci && npm test$/m);
  });

  it("the first command runs the gate with nothing installed: the committed dist/ has no runtime dependencies", () => {
    // A copy of what a clone holds, without node_modules, run with the machine's own Node (20 here).
    const clone = mkdtempSync(path.join(os.tmpdir(), "image-gate-clone-"));
    for (const entry of ["dist", "examples", "policies", "package.json"]) cpSync(path.join(ROOT, entry), path.join(clone, entry), { recursive: true });
    const result = spawnSync(systemNode() ?? process.execPath, ["dist/cli.js", "examples/Dockerfile"], {
      cwd: clone,
      env: { PATH: "/usr/bin:/bin", NODE_PATH: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Result: PASS · 0 blocking · 2 warnings/m);
  });

  it("pins image-gate to the package's version everywhere it shows how to run it", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const pins = [...readme.matchAll(/image-gate(?:@|#)v?(\d+\.\d+\.\d+)/g)].map((match) => match[1]);
    expect(pins.length).toBeGreaterThan(5);
    expect(new Set(pins)).toEqual(new Set([version]));
    expect(readme).not.toMatch(/image-gate@v?\d+(?![.\d])/); // no floating major in usage
    expect(readme).not.toMatch(/npx (?:--yes )?image-gate(?!@)/); // never a bare, unpinned package name
  });

  it("shows the .env.example it ships for @github/local-action, with inputs the action has", () => {
    const example = readFileSync(path.join(ROOT, ".env.example"), "utf8");
    const settings = example.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
    expect(readme).toContain(["```sh", ...settings, "```"].join("\n"));
    expect(readme).toContain("npx @github/local-action run . src/main.ts .env");
    const inputs = Object.keys((YAML.parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, unknown> }).inputs);
    for (const line of settings.filter((entry) => entry.startsWith("INPUT_"))) {
      expect(inputs.map((name) => `INPUT_${name.toUpperCase()}`)).toContain(line.split("=")[0]);
    }
  });

  it("documents every check as the checks describe themselves (npm run build regenerates it)", () => {
    expect(block("checks")).toBe(checksTable());
  });

  it("says what each check reads of an image, from the checks' own needs", () => {
    expect(block("image-needs")).toBe(imageNeedsTable());
  });

  it("shows what each preset does, check by check", () => {
    const dir = workspace({});
    expect(block("presets")).toBe(presetsTable({ default: loadPolicy("default", dir), strict: loadPolicy("strict", dir) }));
  });
});
