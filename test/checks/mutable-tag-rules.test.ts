import { describe, expect, it } from "vitest";
import { mutableTag } from "../../src/checks/mutable-tag.ts";
import { parseDockerfile } from "../../src/dockerfile/parse.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

const DIGEST = `sha256:${"c".repeat(64)}`;
const CONTEXT = { unknownSeverity: "high" as const };

describe("mutable-tag: moving-tag", () => {
  it.each([
    "alpine:edge",
    "debian:sid-slim",
    "python:latest-py3",
    "tensorflow/tensorflow:nightly",
    "node:lts-alpine",
    "nginx:stable-alpine",
    "ubuntu:rolling",
    "x/app:main",
    "x/app:3-latest",
  ])("%s moves by convention and fails like latest", (reference) => {
    const findings = check(mutableTag, [`FROM ${reference}`]);
    expect(rulesAt(findings)).toEqual(["moving-tag@1"]);
    expect(findings[0]!.severity).toBe("medium");
  });

  it("a moving tag pinned by digest is not mutable", () => {
    expect(check(mutableTag, [`FROM alpine:edge@${DIGEST}`])).toEqual([]);
  });

  it.each(["nginx:mainline", "node:20-bookworm", "debian:bookworm-slim", "redis:7.2"])("%s is not a moving tag", (reference) => {
    expect(check(mutableTag, [`FROM ${reference}`])).toEqual([]);
  });
});

describe("mutable-tag: floating-version with tag-precision", () => {
  it.each([
    ["node:20", "patch", "floating-version@1"],
    ["node:20-alpine", "patch", "floating-version@1"],
    ["node:20.11", "patch", "floating-version@1"],
    ["node:20.11-alpine", "minor", ""],
    ["node:20.11.1-alpine", "patch", ""],
    ["node:20", "major", ""],
    ["debian:bookworm", "patch", ""],
    ["python:3.13.0rc1-slim", "patch", ""],
  ] as const)("%s with tag-precision %s", (reference, precision, expected) => {
    expect(rulesAt(check(mutableTag, [`FROM ${reference}`], { "tag-precision": precision }))).toEqual(expected ? [expected] : []);
  });

  it("says what floats, at low severity; without tag-precision version tags pass", () => {
    const [finding] = check(mutableTag, ["FROM node:20-alpine"], { "tag-precision": "patch" });
    expect(finding!.message).toBe(
      "FROM node:20-alpine floats: 20-alpine names the version only to the major, so it moves with every minor and patch release; the policy's tag-precision is patch. Pin it with image-gate pin, which appends the digest the tag points to now.",
    );
    expect(finding!.severity).toBe("low");
    expect(check(mutableTag, ["FROM node:20-alpine"])).toEqual([]);
  });

  it("with require-digest too, one finding per reference, the most telling rule", () => {
    expect(
      rulesAt(
        check(mutableTag, ["FROM node:20", "FROM node:20.11.1", "FROM alpine:edge", "FROM alpine"], { "tag-precision": "patch", "require-digest": true }),
      ),
    ).toEqual(["floating-version@1", "not-digest-pinned@2", "moving-tag@3", "implicit-latest@4"]);
  });
});

describe("mutable-tag: the pin suggestion", () => {
  const run = (text: string, digests: Record<string, string>) =>
    mutableTag.run({ dockerfile: parseDockerfile(text, "Dockerfile"), baseImages: { tags: {}, digests } }, { "require-digest": true }, CONTEXT);

  it("with the digest known (the run read the registry), the message and a fix say what image-gate pin writes", () => {
    const [finding] = run("# base\nFROM --platform=$BUILDPLATFORM node:20 AS build\n", { "docker.io/library/node:20": DIGEST });
    expect(finding!.message).toBe(
      `FROM node:20 is not pinned by digest; the policy requires @sha256:<digest>. Pin it: node:20 → node:20@${DIGEST} (image-gate pin).`,
    );
    expect(finding!.fix).toEqual({
      description: "Pin node:20 to the digest it points to now",
      file: "Dockerfile",
      region: { startLine: 2, startColumn: 32, endLine: 2, endColumn: 39 },
      replacement: `node:20@${DIGEST}`,
    });
  });

  it("an untagged reference keeps its spelling; COPY --from and RUN --mount references get fixes too", () => {
    const findings = run("FROM alpine\nCOPY --from=nginx:1.25 /etc/nginx /etc/nginx\nRUN --mount=type=bind,from=busybox:1.36,target=/b true\n", {
      "docker.io/library/alpine:latest": DIGEST,
      "docker.io/library/nginx:1.25": DIGEST,
      "docker.io/library/busybox:1.36": DIGEST,
    });
    expect(findings.map((finding) => [finding.rule, finding.fix?.replacement, finding.fix?.region])).toEqual([
      ["implicit-latest", `alpine@${DIGEST}`, { startLine: 1, startColumn: 6, endLine: 1, endColumn: 12 }],
      ["not-digest-pinned", `nginx:1.25@${DIGEST}`, { startLine: 2, startColumn: 13, endLine: 2, endColumn: 23 }],
      ["not-digest-pinned", `busybox:1.36@${DIGEST}`, { startLine: 3, startColumn: 28, endLine: 3, endColumn: 40 }],
    ]);
  });

  it("without the digest (an offline run) the message points to image-gate pin and there is no fix; a variable reference gets neither", () => {
    const [offline] = run("FROM node:20\n", {});
    expect(offline!.message).toMatch(/Pin it with image-gate pin, which appends the digest the tag points to now\.$/);
    expect(offline!.fix).toBeUndefined();
    const [variable] = mutableTag.run(
      { dockerfile: parseDockerfile("ARG V=20\nFROM node:${V}\n", "Dockerfile"), baseImages: { tags: {}, digests: { "docker.io/library/node:20": DIGEST } } },
      { "require-digest": true },
      CONTEXT,
    );
    expect(variable!.message).not.toContain("Pin it");
    expect(variable!.fix).toBeUndefined();
  });
});
