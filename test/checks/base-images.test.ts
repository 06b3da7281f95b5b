import { describe, expect, it } from "vitest";
import { mutableTag } from "../../src/checks/mutable-tag.ts";
import { untrustedBaseImage } from "../../src/checks/untrusted-base-image.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

const digest = `sha256:${"0123456789abcdef".repeat(4)}`;

describe("mutable-tag", () => {
  it("flags untagged and latest references, not stages or scratch", () => {
    const findings = check(mutableTag, [
      "FROM node AS build",
      "FROM alpine:latest AS tools",
      "FROM build",
      "FROM scratch",
      "COPY --from=tools /bin/sh /sh",
      "COPY --from=busybox /bin/ls /ls",
    ]);
    expect(rulesAt(findings)).toEqual(["implicit-latest@1", "latest-tag@2", "implicit-latest@6"]);
    expect(findings[0]!.message).toContain("docker.io/library/node:latest");
  });

  it("accepts version tags unless the policy requires digests", () => {
    const lines = ["FROM node:20.11-alpine"];
    expect(check(mutableTag, lines)).toEqual([]);
    expect(rulesAt(check(mutableTag, lines, { "require-digest": true }))).toEqual(["not-digest-pinned@1"]);
  });

  it("never flags a digest-pinned reference, even with latest", () => {
    expect(check(mutableTag, [`FROM node:latest@${digest}`, `FROM alpine@${digest}`], { "require-digest": true })).toEqual([]);
  });

  it("treats a FROM with a missing ARG as mutable and names the variable", () => {
    const findings = check(mutableTag, ["ARG BASE_IMAGE", "FROM ${BASE_IMAGE}"]);
    expect(rulesAt(findings)).toEqual(["unresolved-variable@2"]);
    expect(findings[0]!.message).toContain("BASE_IMAGE has no value");
    expect(check(mutableTag, ["ARG BASE_IMAGE", "FROM ${BASE_IMAGE}"], {}, { buildArgs: { BASE_IMAGE: "node:20" } })).toEqual([]);
  });
});

describe("untrusted-base-image", () => {
  const trusted = ["123456789012.dkr.ecr.*.amazonaws.com/**", "public.ecr.aws/docker/library/*"];

  it("matches normalized repositories against trusted globs", () => {
    const findings = check(
      untrustedBaseImage,
      [
        "FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node:20 AS build",
        "FROM public.ecr.aws/docker/library/nginx:1.25",
        "COPY --from=build /app /app",
        "COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/",
      ],
      { trusted },
    );
    expect(rulesAt(findings)).toEqual(["not-trusted@4"]);
    expect(findings[0]!.message).toContain("docker.io/library/busybox");
  });

  it("does not let look-alike hosts or paths through", () => {
    const findings = check(
      untrustedBaseImage,
      [
        "FROM 123456789012.dkr.ecr.evil.io/x.amazonaws.com/y:1",
        "FROM public.ecr.aws/docker/library/node/evil:1",
        "FROM public.ecr.aws/docker/library-x/node:1",
        "FROM 210987654321.dkr.ecr.eu-west-1.amazonaws.com/base:1",
      ],
      { trusted },
    );
    expect(rulesAt(findings)).toEqual(["not-trusted@1", "not-trusted@2", "not-trusted@3", "not-trusted@4"]);
  });

  it("reports every external image when no trusted pattern is set, never scratch or stages", () => {
    const findings = check(untrustedBaseImage, ["FROM golang:1.22 AS build", "FROM scratch", "COPY --from=build /x /x"]);
    expect(rulesAt(findings)).toEqual(["not-trusted@1"]);
    expect(findings[0]!.message).toContain("no trusted patterns");
  });

  it("judges an ARG-based FROM after substitution, and an unresolved one as untrusted", () => {
    const lines = ["ARG REGISTRY=123456789012.dkr.ecr.us-east-1.amazonaws.com", "FROM ${REGISTRY}/base/python:3.12"];
    expect(check(untrustedBaseImage, lines, { trusted })).toEqual([]);
    expect(rulesAt(check(untrustedBaseImage, lines, { trusted }, { buildArgs: { REGISTRY: "docker.io" } }))).toEqual(["not-trusted@2"]);
    expect(rulesAt(check(untrustedBaseImage, ["ARG REGISTRY", "FROM ${REGISTRY}/python:3.12"], { trusted }))).toEqual(["unresolved-variable@2"]);
  });
});
