import { describe, expect, it } from "vitest";
import { compareVersionTags, movingTagName, parseVersionTag } from "../../src/image/tag-version.ts";

const read = (tag: string) => {
  const parsed = parseVersionTag(tag);
  return (
    parsed && { version: parsed.version.version, precision: parsed.precision, variant: parsed.variant, prerelease: parsed.prerelease, build: parsed.build }
  );
};

describe("version tags (SPEC §3: [v]VERSION[-SUFFIX], semver loose parsing and coercion)", () => {
  it.each([
    ["20", { version: "20.0.0", precision: "major", variant: "", prerelease: false, build: 0 }],
    ["1.25", { version: "1.25.0", precision: "minor", variant: "", prerelease: false, build: 0 }],
    ["v1.2.3", { version: "1.2.3", precision: "patch", variant: "", prerelease: false, build: 0 }],
    ["20-alpine", { version: "20.0.0", precision: "major", variant: "alpine", prerelease: false, build: 0 }],
    ["20.11.1-alpine3.19", { version: "20.11.1", precision: "patch", variant: "alpine3.19", prerelease: false, build: 0 }],
    ["3.12-slim-bookworm", { version: "3.12.0", precision: "minor", variant: "slim-bookworm", prerelease: false, build: 0 }],
    ["7.4-rc", { version: "7.4.0-rc", precision: "minor", variant: "", prerelease: true, build: 0 }],
    ["1.22rc1-alpine", { version: "1.22.0-rc.1", precision: "minor", variant: "alpine", prerelease: true, build: 0 }],
    ["3.13.0b2", { version: "3.13.0-b.2", precision: "patch", variant: "", prerelease: true, build: 0 }],
    ["2.0.0-beta.3-slim", { version: "2.0.0-beta.3", precision: "patch", variant: "slim", prerelease: true, build: 0 }],
    ["1.2.3-preview", { version: "1.2.3-preview", precision: "patch", variant: "", prerelease: true, build: 0 }],
    ["21.0.2_13-jdk-jammy", { version: "21.0.2", precision: "patch", variant: "jdk-jammy", prerelease: false, build: 13 }],
    ["20.04", { version: "20.4.0", precision: "minor", variant: "", prerelease: false, build: 0 }],
  ])("%s", (tag, expected) => {
    expect(read(tag)).toEqual(expected);
  });

  it.each(["latest", "bookworm", "jammy-20240111", "sha-1a2b3c", "1a2b3c4", "8u402-b06", "edge", "lts-alpine", "1.2_3", "20-"])(
    "%s is not a version tag",
    (tag) => {
      expect(parseVersionTag(tag)).toBeUndefined();
    },
  );

  it("orders by version, then the rebuild number; pre-releases come before their release", () => {
    const tags = ["20.11.1", "20.11.0", "21.0.2_14", "21.0.2_13", "20.11.1-rc.1", "20.11.1-rc.2"].map((tag) => parseVersionTag(tag)!);
    expect(tags.sort(compareVersionTags).map((tag) => tag.tag)).toEqual(["20.11.0", "20.11.1-rc.1", "20.11.1-rc.2", "20.11.1", "21.0.2_13", "21.0.2_14"]);
  });
});

describe("tags that move by convention", () => {
  it.each([
    ["edge", "edge"],
    ["sid-slim", "sid"],
    ["edge-alpine", "edge"],
    ["latest-py3", "latest"],
    ["3-latest", "latest"],
    ["lts-alpine", "lts"],
    ["stable-slim", "stable"],
    ["nightly", "nightly"],
    ["canary", "canary"],
    ["current", "current"],
  ])("%s follows %s", (tag, name) => {
    expect(movingTagName(tag)).toBe(name);
  });

  it.each(["latest", "mainline", "sidecar", "stable1", "20-alpine", "bookworm", "edgeless"])("%s is not one of them", (tag) => {
    expect(movingTagName(tag)).toBeUndefined();
  });
});
