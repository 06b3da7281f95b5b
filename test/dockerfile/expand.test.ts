import { describe, expect, it } from "vitest";
import { expandWord } from "../../src/dockerfile/expand.ts";

const vars: Record<string, string> = { NAME: "app", EMPTY: "", VERSION: "20" };
const lookup = (name: string) => vars[name];

describe("expandWord", () => {
  it.each([
    ["$NAME", "app", []],
    ["${NAME}", "app", []],
    ["node:${VERSION}-alpine", "node:20-alpine", []],
    ["${MISSING:-fallback}", "fallback", []],
    ["${EMPTY:-fallback}", "fallback", []],
    ["${EMPTY-fallback}", "", []],
    ["${MISSING-fallback}", "fallback", []],
    ["${NAME:+set}", "set", []],
    ["${MISSING:+set}", "", []],
    ["${MISSING}", "", ["MISSING"]],
    ["$MISSING:$NAME", ":app", ["MISSING"]],
    ["${MISSING:?required}", "", ["MISSING"]],
    ["${MISSING:-${NAME}}", "app", []],
    ["'$NAME'", "$NAME", []],
    ['"$NAME x"', "app x", []],
    ["\\$NAME", "$NAME", []],
    ["a\\ b", "a b", []],
    ["$", "$", []],
    ["${}", "${}", []],
    ["${NAME#a}", "app", []],
  ])("%s → %j", (input, value, missing) => {
    expect(expandWord(input, lookup)).toEqual({ value, missing });
  });

  it("honours a different escape character", () => {
    expect(expandWord("C:\\path`$NAME", lookup, "`")).toEqual({ value: "C:\\path$NAME", missing: [] });
  });
});
