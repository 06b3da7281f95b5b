import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_DIR, ROOT, SCHEMA_BUILD } from "./helpers/paths.ts";

function files(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

describe("committed build output is fresh", () => {
  it("dist/ is exactly what npm run build makes from src/", () => {
    const built = files(BUILD_DIR).sort();
    const committed = files(path.join(ROOT, "dist")).sort();
    expect(committed).toEqual(built);
    for (const name of built) {
      const same = readFileSync(path.join(BUILD_DIR, name)).equals(readFileSync(path.join(ROOT, "dist", name)));
      expect(same, `dist/${name} differs from a fresh build: run npm run build and commit dist/`).toBe(true);
    }
  });

  it("policies/schema.json is generated from the policy schema", () => {
    expect(readFileSync(path.join(ROOT, "policies", "schema.json"), "utf8")).toBe(readFileSync(SCHEMA_BUILD, "utf8"));
  });
});
