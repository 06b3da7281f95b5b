import { describe, expect, it } from "vitest";
import { ImageReferenceError, parseImageReference } from "../../src/reference/image.ts";

describe("parseImageReference", () => {
  it.each([
    ["node", "docker.io/library/node", undefined, true, "docker.io/library/node:latest"],
    ["node:20", "docker.io/library/node", "20", false, "docker.io/library/node:20"],
    ["library/node:20", "docker.io/library/node", "20", false, "docker.io/library/node:20"],
    ["docker.io/node:20", "docker.io/library/node", "20", false, "docker.io/library/node:20"],
    ["index.docker.io/bitnami/redis:7", "docker.io/bitnami/redis", "7", false, "docker.io/bitnami/redis:7"],
    ["bitnami/redis", "docker.io/bitnami/redis", undefined, true, "docker.io/bitnami/redis:latest"],
    ["localhost:5000/team/app:1.2", "localhost:5000/team/app", "1.2", false, "localhost:5000/team/app:1.2"],
    ["localhost/app", "localhost/app", undefined, true, "localhost/app:latest"],
    ["public.ecr.aws/docker/library/node:20-alpine", "public.ecr.aws/docker/library/node", "20-alpine", false, "public.ecr.aws/docker/library/node:20-alpine"],
    [
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node:20",
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node",
      "20",
      false,
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node:20",
    ],
    ["[::1]:5000/app:x", "[::1]:5000/app", "x", false, "[::1]:5000/app:x"],
  ])("%s normalizes to %s", (input, repository, tag, implicitLatest, normalized) => {
    const reference = parseImageReference(input);
    expect(reference.repository).toBe(repository);
    expect(reference.tag).toBe(tag);
    expect(reference.implicitLatest).toBe(implicitLatest);
    expect(reference.normalized).toBe(normalized);
  });

  it("keeps digests, with or without a tag", () => {
    const digest = `sha256:${"a".repeat(64)}`;
    const pinned = parseImageReference(`node@${digest}`);
    expect(pinned).toMatchObject({ repository: "docker.io/library/node", digest, implicitLatest: false });
    expect(pinned.normalized).toBe(`docker.io/library/node@${digest}`);
    const both = parseImageReference(`node:20@${digest}`);
    expect(both).toMatchObject({ tag: "20", digest, normalized: `docker.io/library/node:20@${digest}` });
  });

  it.each([
    ["Node:20", /lower-case/],
    ["node:-bad", /invalid tag/],
    ["node@sha256:abc", /malformed/],
    [`node@sha256:${"A".repeat(64)}`, /64 lower-case hex/],
    ["", /empty/],
    ["a b", /whitespace/],
    ["ghcr.io/", /bad path component/],
    ["exa_mple.com/app", /bad path component|invalid registry/],
  ])("rejects %j", (input, message) => {
    expect(() => parseImageReference(input)).toThrow(ImageReferenceError);
    expect(() => parseImageReference(input)).toThrow(message);
  });
});
