import { describe, expect, it } from "vitest";
import { Environment, EnvironmentBuilder, VariableNames } from "../../src/dockerfile/environment.ts";
import { parseDockerfile } from "../../src/dockerfile/parse.ts";

describe("shared stage environments", () => {
  it("agree with plain copies, for chains and fans of stages", () => {
    const names = new VariableNames();
    const empty = Environment.empty(names);
    const plain: Array<Map<string, string>> = [];
    const shared: Environment[] = [];
    let state = 12345;
    const random = (limit: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) % limit;
    for (let stage = 0; stage < 300; stage++) {
      const parent = stage === 0 ? undefined : random(stage);
      const copy = new Map(parent === undefined ? [] : plain[parent]!);
      const builder = new EnvironmentBuilder(parent === undefined ? empty : shared[parent]!);
      for (let set = random(40); set > 0; set--) {
        const name = `V${random(500)}`;
        const value = `${stage}-${set}`;
        copy.set(name, value);
        builder.set(name, value);
        expect(builder.get(name)).toBe(value);
      }
      plain.push(copy);
      shared.push(builder.snapshot());
      // Later changes to a builder never leak into a snapshot another stage shares.
      builder.set("V0", "after");
    }
    shared.forEach((environment, index) => {
      expect(environment.toRecord()).toEqual(Object.fromEntries([...plain[index]!].sort((a, b) => names.find(a[0])! - names.find(b[0])!)));
      expect(environment.size).toBe(plain[index]!.size);
    });
  });

  it("gives each stage of a Dockerfile its parent's variables and its own", () => {
    const model = parseDockerfile("FROM alpine AS a\nENV A=1 B=2\nFROM a AS b\nENV B=3 C=${A}\nFROM a\nENV D=4\n", "Dockerfile");
    expect(model.stages.map((stage) => stage.env)).toEqual([
      { A: "1", B: "2" },
      { A: "1", B: "3", C: "1" },
      { A: "1", B: "2", D: "4" },
    ]);
  });
});
