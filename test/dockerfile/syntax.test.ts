import { readFileSync } from "node:fs";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { describe, expect, it } from "vitest";
import type { DockerfileModel } from "../../src/dockerfile/model.ts";
import { parseDockerfile } from "../../src/dockerfile/parse.ts";
import { ROOT } from "../helpers/paths.ts";

/** Everything a check can read from a model, as plain data. */
function plain(model: DockerfileModel): unknown {
  return {
    escape: model.escape,
    instructions: model.instructions,
    imageUses: model.imageUses,
    globalArgs: model.globalArgs,
    stages: model.stages.map((stage) => ({ ...stage, instructions: stage.instructions.length, environment: stage.environment.toRecord() })),
  };
}

const TRICKY = [
  // Continuations with comments and blank lines inside, and a comment at the top level.
  "FROM alpine:3.19 AS base\n# a comment\nRUN apk add \\\n# inside\n\n    curl \\\n  git\nENV A=1 \\\n    B=2\n",
  // Heredocs: plain, tabbed, quoted, two on one line, in ONBUILD, and a body that looks like instructions.
  'FROM debian:12\nRUN <<EOF\nFROM evil\nUSER root\nEOF\nRUN <<-"END" bash\n\tapt-get update\n\tEND\nCOPY <<one <<two /dst/\nx\none\ny\ntwo\nONBUILD RUN <<EOF\necho hi\nEOF\nUSER 1000\n',
  // The backtick escape directive, with continuations.
  "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n    b\nENV DIR=C:\\app\nWORKDIR $DIR\nUSER ContainerUser\n",
  // Leading whitespace before instructions, flags, JSON forms, stages by name and index.
  'ARG V=3.19\n  FROM --platform=$BUILDPLATFORM alpine:${V} AS b\n\tRUN --mount=type=cache,target=/c ["sh", "-c", "echo $V"]\nFROM b\nCOPY --from=0 --chown=1:1 /a /b\nUSER 1:1\n',
  // An unterminated heredoc runs to the end of the file.
  "FROM alpine\nRUN <<EOF\necho never closed\nUSER 1000\n",
];

describe("parsing in chunks", () => {
  const corpus = [
    ...["clean", "secrets", "large", "hardening", "accounts"].map((name) => readFileSync(path.join(ROOT, "test/images", name, "Dockerfile"), "utf8")),
    readFileSync(path.join(ROOT, "examples/Dockerfile"), "utf8"),
    readFileSync(path.join(ROOT, "examples/insecure/Dockerfile"), "utf8"),
    ...TRICKY,
  ];

  it.each(corpus.map((text, index) => [index, text]))("gives the same model as one whole-file parse (%i)", (_index, text) => {
    const whole = parseDockerfile(text, "Dockerfile", { chunkBytes: Number.POSITIVE_INFINITY });
    for (const chunkBytes of [1, 16, 64]) {
      expect(plain(parseDockerfile(text, "Dockerfile", { chunkBytes }))).toEqual(plain(whole));
    }
  });

  it("finds the same instructions and lines as dockerfile-ast itself", () => {
    for (const text of corpus) {
      const lines = DockerfileParser.parse(text)
        .getInstructions()
        .map((instruction) => [instruction.getKeyword(), instruction.getRange().start.line + 1, instruction.getRange().end.line + 1]);
      const model = parseDockerfile(text, "Dockerfile", { chunkBytes: 1 });
      expect(model.instructions.map((instruction) => [instruction.keyword, instruction.line, instruction.endLine])).toEqual(lines);
    }
  });

  it("keeps dockerfile-ast's answers for flags and arguments", () => {
    const instruction = DockerfileParser.parse("FROM a\nRUN x--y --mount=type=cache,target=/c --network=none echo hi\n").getInstructions()[1]!;
    const flags = (instruction as unknown as { getFlags(): Array<{ getName(): string }> }).getFlags().map((flag) => flag.getName());
    expect(flags).toEqual(["mount", "network"]);
    // As the library always did: as many words leave the front as there are flags.
    expect(instruction.getArguments().map((argument) => argument.getValue())).toEqual(["--network=none", "echo", "hi"]);
    expect(instruction.getRawArgumentsContent()).toBe("--network=none echo hi");
    // Asked again, the same (the word list is remembered, and copied for each caller).
    expect(instruction.getArguments().map((argument) => argument.getValue())).toEqual(["--network=none", "echo", "hi"]);
  });
});
