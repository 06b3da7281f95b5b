import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checksTable, presetsTable } from "../src/docs/readme-tables.ts";
import { loadPolicy } from "../src/policy/load.ts";
import { ROOT } from "./helpers/paths.ts";
import { workspace } from "./helpers/cli.ts";

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const block = (name: string) => new RegExp(`<!-- generated:${name} -->\\n([\\s\\S]*?)\\n<!-- /generated:${name} -->`).exec(readme)?.[1];

describe("README", () => {
  it("opens with exactly the two newcomer commands", () => {
    const first = /```[a-z]*\n([\s\S]*?)```/
      .exec(readme)![1]!
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
    expect(first).toEqual(["npm ci && npx image-gate examples/Dockerfile", "npm ci && npm test"]);
  });

  it("documents every check as the checks describe themselves (npm run build regenerates it)", () => {
    expect(block("checks")).toBe(checksTable());
  });

  it("shows what each preset does, check by check", () => {
    const dir = workspace({});
    expect(block("presets")).toBe(presetsTable({ default: loadPolicy("default", dir), strict: loadPolicy("strict", dir) }));
  });
});
