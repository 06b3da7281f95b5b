import { describe, expect, it } from "vitest";
import { finalStage, stageChain } from "../../src/dockerfile/model.ts";
import { decodeText, parseDockerfile } from "../../src/dockerfile/parse.ts";
import { GateError } from "../../src/errors.ts";

const parse = (text: string, buildArgs: Record<string, string> = {}) => parseDockerfile(text, "Dockerfile", { buildArgs });

describe("parseDockerfile: stages and references", () => {
  it("resolves a global ARG into FROM, with --build-arg overriding the default", () => {
    const text = "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine AS build\nFROM build\n";
    expect(parse(text).imageUses[0]!.reference!.normalized).toBe("docker.io/library/node:20-alpine");
    expect(parse(text, { NODE_VERSION: "22" }).imageUses[0]!.reference!.normalized).toBe("docker.io/library/node:22-alpine");
    const model = parse(text);
    expect(model.stages[1]!.base.stageRef).toBe(0);
    expect(model.stages[1]!.parent).toBe(0);
  });

  it("leaves a FROM with an unset ARG unresolved and names the variable", () => {
    const model = parse("ARG BASE\nFROM ${BASE}:1.0\n");
    expect(model.imageUses[0]!.missing).toEqual(["BASE"]);
    expect(model.imageUses[0]!.reference).toBeUndefined();
  });

  it("ignores build args the Dockerfile does not declare", () => {
    const model = parse("FROM node:${V}\n", { V: "20" });
    expect(model.imageUses[0]!.missing).toEqual(["V"]);
  });

  it("knows scratch, stage names (case-insensitive), stage indexes and COPY --from images", () => {
    const model = parse(
      [
        "FROM golang:1.22 AS Builder",
        "RUN go build -o /out/app .",
        "FROM scratch",
        "COPY --from=builder /out/app /app",
        "COPY --from=0 /etc/passwd /etc/passwd",
        "COPY --from=nginx:1.25 /etc/nginx/nginx.conf /etc/nginx/",
        "RUN --mount=type=bind,from=alpine:3.19,target=/src true",
      ].join("\n"),
    );
    expect(model.stages.map((stage) => stage.name)).toEqual(["builder", undefined]);
    const [golang, scratch, byName, byIndex, nginx, alpine] = model.imageUses;
    expect(golang!.reference!.repository).toBe("docker.io/library/golang");
    expect(scratch!.scratch).toBe(true);
    expect(byName!.stageRef).toBe(0);
    expect(byIndex!.stageRef).toBe(0);
    expect(nginx).toMatchObject({ kind: "copy-from", reference: { repository: "docker.io/library/nginx", tag: "1.25" } });
    expect(alpine).toMatchObject({ kind: "mount-from", reference: { repository: "docker.io/library/alpine" } });
  });

  it("reads FROM --platform and the automatic platform args", () => {
    const model = parseDockerfile("FROM --platform=$BUILDPLATFORM tonistiigi/xx:${TARGETARCH}\n", "Dockerfile", { platform: "linux/arm64" });
    expect(model.imageUses[0]!.reference!.tag).toBe("arm64");
    expect(model.instructions[0]!.flags).toEqual([{ name: "platform", value: "$BUILDPLATFORM" }]);
  });
});

describe("parseDockerfile: USER and ENV", () => {
  it("substitutes ARG and ENV into USER and inherits USER through FROM <stage>", () => {
    const model = parse(
      ["FROM alpine:3.19 AS base", "ARG APP_UID=10001", "ENV RUN_AS=${APP_UID}", "USER ${RUN_AS}:${APP_GID:-10001}", "FROM base AS final", "RUN id"].join("\n"),
    );
    const final = finalStage(model);
    expect(final.user).toMatchObject({ value: "10001:10001", stage: 0, line: 4 });
    expect(stageChain(model).map((stage) => stage.index)).toEqual([0, 1]);
    expect(final.env.RUN_AS).toBe("10001");
  });

  it("lets ENV win over an ARG of the same name, whatever the order", () => {
    const model = parse(["FROM alpine:3.19", "ENV U=app", "ARG U=root", "USER $U"].join("\n"));
    expect(finalStage(model).user!.value).toBe("app");
  });

  it("does not carry a stage's ARGs into the next stage", () => {
    const model = parse(["FROM alpine:3.19 AS a", "ARG U=app", "FROM a", "USER ${U}"].join("\n"));
    expect(finalStage(model).user).toMatchObject({ value: "", missing: ["U"] });
  });

  it("brings a global ARG into a stage only when the stage declares it", () => {
    const model = parse(["ARG U=app", "FROM alpine:3.19", "USER $U", "ARG U", "USER $U"].join("\n"));
    const users = model.instructions.filter((instruction) => instruction.keyword === "USER");
    expect(users).toHaveLength(2);
    expect(finalStage(model).user!.value).toBe("app");
  });

  it("evaluates all pairs of one ENV against the environment before it", () => {
    const model = parse(["FROM alpine:3.19", "ENV A=1", "ENV A=2 B=$A"].join("\n"));
    expect(finalStage(model).env).toEqual({ A: "2", B: "1" });
  });
});

describe("parseDockerfile: real-world syntax", () => {
  it("handles CRLF, lower-case instructions, continuations and comments inside them", () => {
    const model = parse("from alpine:3.19\r\nrun apk add --no-cache curl \\\r\n  # a comment\r\n  && echo done\r\nuser 1000\r\n");
    expect(model.instructions.map((instruction) => [instruction.keyword, instruction.line, instruction.endLine])).toEqual([
      ["FROM", 1, 1],
      ["RUN", 2, 4],
      ["USER", 5, 5],
    ]);
    expect(model.instructions[1]!.args).toContain("&& echo done");
    expect(model.instructions[1]!.args).not.toContain("a comment");
  });

  it("honours the escape parser directive", () => {
    const model = parse(
      ["# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "ENV DIR=C:\\app `", "    OTHER=x", "USER ContainerUser"].join("\n"),
    );
    expect(model.escape).toBe("`");
    expect(finalStage(model).env).toEqual({ DIR: "C:\\app", OTHER: "x" });
  });

  it("reads heredocs with their content and lines", () => {
    const model = parse(
      ["# syntax=docker/dockerfile:1", "FROM alpine:3.19", "RUN <<EOF", "set -e", "echo hello", "EOF", "COPY <<CONF /etc/app.conf", "key=value", "CONF"].join(
        "\n",
      ),
    );
    const run = model.instructions[1]!;
    expect(run.heredocs).toEqual([{ name: "EOF", content: "set -e\necho hello", line: 4 }]);
    expect(model.instructions[2]!.heredocs[0]).toMatchObject({ name: "CONF", content: "key=value", line: 8 });
  });

  it("reads exec form and flags", () => {
    const model = parse(["FROM alpine:3.19", 'RUN --mount=type=cache,target=/root/.cache ["sh", "-c", "echo  hi"]', 'CMD ["node", "server.js"]'].join("\n"));
    expect(model.instructions[1]!.json).toEqual(["sh", "-c", "echo  hi"]);
    expect(model.instructions[1]!.flags[0]).toEqual({ name: "mount", value: "type=cache,target=/root/.cache" });
    expect(model.instructions[2]!.json).toEqual(["node", "server.js"]);
  });

  it("keeps ONBUILD triggers out of the stage's own state", () => {
    const model = parse(["FROM alpine:3.19", "ONBUILD USER root", "USER app"].join("\n"));
    expect(finalStage(model).user!.value).toBe("app");
    expect(model.instructions[1]!.trigger).toEqual({ keyword: "USER", args: "root" });
  });
});

describe("parseDockerfile: malformed input is a GateError naming file and line", () => {
  it.each([
    ["", /^Dockerfile: the file is empty/],
    ["   \n\n# just a comment\n", /^Dockerfile: /],
    ["ARG X=1\n", /^Dockerfile: no FROM instruction/],
    ["RUN echo hi\nFROM alpine\n", /^Dockerfile:1: RUN before the first FROM/],
    ["FROM alpine\nFORM alpine\n", /^Dockerfile:2: unknown instruction "FORM"/],
    ["FROM\n", /^Dockerfile:1: FROM without an image/],
    ["FROM alpine AS\n", /^Dockerfile:1: FROM takes an image/],
    ["FROM Alpine:3\n", /^Dockerfile:1: "Alpine:3" is not a valid image reference/],
    ["FROM alpine AS a\nFROM alpine AS A\n", /^Dockerfile:2: duplicate stage name/],
    ["FROM alpine AS a\nCOPY --from=a /x /y\n", /^Dockerfile:2: COPY --from refers to its own stage/],
  ])("%j", (text, message) => {
    expect(() => parse(text)).toThrow(GateError);
    expect(() => parse(text)).toThrow(message);
  });

  // What BuildKit refuses to build (instructions/parse.go, dispatch of EXPOSE and STOPSIGNAL) is refused here too.
  it.each([
    ["FROM alpine\nADD foo\n", /^Dockerfile:2: ADD needs a source and a destination, but only one argument was given$/],
    ["FROM alpine\nCOPY --chown=1 a\n", /^Dockerfile:2: COPY needs a source and a destination/],
    ['FROM alpine\nCOPY ["a"]\n', /^Dockerfile:2: COPY needs a source and a destination/],
    ["FROM alpine\nCOPY a <<EOF\nx\nEOF\n", /^Dockerfile:2: COPY cannot take a heredoc as its destination/],
    ["FROM alpine\nCOPY --bogus=1 a b\n", /^Dockerfile:2: COPY has an unknown flag --bogus/],
    ["FROM --plat=linux/amd64 alpine\n", /^Dockerfile:1: FROM has an unknown flag --plat/],
    ["FROM alpine\nRUN --mnt=type=cache,target=/x true\n", /^Dockerfile:2: RUN has an unknown flag --mnt/],
    ["FROM alpine\nSTOPSIGNAL\n", /^Dockerfile:2: STOPSIGNAL needs exactly one argument/],
    ["FROM alpine\nSTOPSIGNAL SIGNOPE\n", /^Dockerfile:2: STOPSIGNAL "SIGNOPE" is not a signal/],
    ["FROM alpine\nSTOPSIGNAL 0\n", /^Dockerfile:2: STOPSIGNAL "0" is not a signal/],
    ["FROM alpine\nUSER\n", /^Dockerfile:2: USER needs exactly one argument, got none/],
    ["FROM alpine\nWORKDIR\n", /^Dockerfile:2: WORKDIR needs exactly one argument/],
    ["FROM alpine\nEXPOSE\n", /^Dockerfile:2: EXPOSE needs at least one port/],
    ["FROM alpine\nEXPOSE http\n", /^Dockerfile:2: EXPOSE "http" is not a port: "http" is not a number/],
    ["FROM alpine\nEXPOSE 80/tpc\n", /^Dockerfile:2: EXPOSE "80\/tpc" is not a port: unknown protocol "tpc"/],
    ["FROM alpine\nEXPOSE 70000\n", /^Dockerfile:2: EXPOSE "70000" is not a port: ports go from 0 to 65535/],
    ["FROM alpine\nEXPOSE 9000-8000\n", /^Dockerfile:2: EXPOSE "9000-8000" is not a port: the range 9000-8000 ends before it starts/],
    ["FROM alpine\nENV PORT=web\nEXPOSE $PORT\n", /^Dockerfile:3: EXPOSE "web" is not a port/],
    ["FROM alpine\nENV KEY\n", /^Dockerfile:2: ENV KEY has no value \(write KEY=VALUE\)/],
    ["FROM alpine\nENV a=1 b\n", /^Dockerfile:2: ENV: "b" has no "="/],
    ["FROM alpine\nLABEL =x\n", /^Dockerfile:2: LABEL names can not be blank/],
    ["FROM alpine\nARG =x\n", /^Dockerfile:2: ARG names can not be blank/],
    ['FROM alpine\nVOLUME [""]\n', /^Dockerfile:2: VOLUME paths can not be empty strings/],
    ["FROM alpine\nSHELL sh -c\n", /^Dockerfile:2: SHELL must be written as a JSON array/],
    ['FROM alpine\nCMD ["a", 1]\n', /^Dockerfile:2: CMD: a JSON array must hold strings only/],
    ["FROM alpine\nHEALTHCHECK\n", /^Dockerfile:2: HEALTHCHECK needs CMD <command> or NONE/],
    ["FROM alpine\nHEALTHCHECK NONE x\n", /^Dockerfile:2: HEALTHCHECK NONE takes no arguments/],
    ["FROM alpine\nHEALTHCHECK CURL x\n", /^Dockerfile:2: HEALTHCHECK type "CURL" is unknown/],
    ["FROM alpine\nHEALTHCHECK --interval=5 CMD true\n", /^Dockerfile:2: HEALTHCHECK --interval "5" is not a duration/],
    ["FROM alpine\nHEALTHCHECK --retries=-1 CMD true\n", /^Dockerfile:2: HEALTHCHECK --retries can not be negative/],
    ["FROM alpine\nHEALTHCHECK --timeout=1s\n", /^Dockerfile:2: HEALTHCHECK needs CMD <command> or NONE/],
    ["FROM alpine\nONBUILD ONBUILD RUN x\n", /^Dockerfile:2: ONBUILD ONBUILD is not allowed/],
    ["FROM alpine\nONBUILD FROM x\n", /^Dockerfile:2: FROM is not allowed as an ONBUILD trigger/],
    ["FROM alpine\nMAINTAINER\n", /^Dockerfile:2: MAINTAINER needs exactly one argument/],
  ])("refuses what Docker refuses: %j", (text, message) => {
    expect(() => parse(text)).toThrow(GateError);
    expect(() => parse(text)).toThrow(message);
  });

  it("accepts what Docker accepts, and leaves values a build argument may still set", () => {
    const accepted = [
      "FROM --platform=$BUILDPLATFORM alpine:3.19 AS build",
      "ARG PORT",
      "COPY --link --chmod=755 --exclude=*.md a b /dest/",
      "COPY <<EOF /etc/motd",
      "hello",
      "EOF",
      'ADD --checksum=sha256:abc ["https://x.io/a.tgz", "/a.tgz"]',
      "RUN --mount=type=secret,id=npm --network=none true",
      "EXPOSE 80 443/tcp 53/udp 8000-8010/TCP $PORT 127.0.0.1:8080:80",
      "STOPSIGNAL SIGTERM",
      "STOPSIGNAL 9",
      "STOPSIGNAL rtmin+3",
      "STOPSIGNAL $SIGNAL",
      "HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=3 CMD curl -f http://localhost/",
      'HEALTHCHECK CMD ["true"]',
      "ENV LEGACY value with spaces",
      'ENV a=1 b= c=""',
      "LABEL org.opencontainers.image.title=app",
      "VOLUME /data /logs",
      'SHELL ["/bin/sh", "-c"]',
      "CMD --help",
      "USER app:app",
      "WORKDIR /app",
      "ONBUILD RUN true",
    ].join("\n");
    expect(() => parse(accepted)).not.toThrow();
  });

  it("refuses binary content and invalid UTF-8", () => {
    expect(() => decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), "x")).toThrow(/x: binary content/);
    expect(() => decodeText(Buffer.from([0x46, 0x52, 0xff, 0xfe]), "x")).toThrow(/x: not valid UTF-8/);
    expect(decodeText(Buffer.from("\uFEFFFROM a", "utf8"), "x")).toBe("FROM a");
  });
});
