import { describe, expect, it } from "vitest";
import { outdatedBaseImage } from "../../src/checks/outdated-base-image.ts";
import type { OptionsOf } from "../../src/checks/types.ts";
import { parseDockerfile } from "../../src/dockerfile/parse.ts";
import type { Finding } from "../../src/findings.ts";
import type { TagListing } from "../../src/image/base-image-registry.ts";

const NODE_TAGS = [
  "latest",
  "lts",
  "20",
  "20.11",
  "20.11.0",
  "20.11.1",
  "20.12",
  "20.12.0",
  "20.12.2",
  "20-alpine",
  "20.11.0-alpine",
  "20.11.1-alpine",
  "20.12.2-alpine",
  "22",
  "22.1.0",
  "22.3.0",
  "22.3.0-alpine",
  "23.0.0-rc.1",
  "24.0.0-rc.1-alpine",
  "20.13.0-rc.2",
  "bookworm",
];

type Options = OptionsOf<NonNullable<typeof outdatedBaseImage.options>>;
const CONTEXT = { unknownSeverity: "high" as const };

function run(from: string, options: Options = {}, tags: Record<string, TagListing> = { "docker.io/library/node": { tags: NODE_TAGS } }): Finding[] {
  const dockerfile = parseDockerfile(`FROM ${from}\nUSER 1000\n`, "Dockerfile");
  return outdatedBaseImage.run({ dockerfile, baseImages: { tags, digests: {} } }, options, CONTEXT);
}
const summary = (findings: Finding[]) => findings.map((finding) => `${finding.rule}: ${finding.message}`);

describe("outdated-base-image", () => {
  it("names the newest patch, minor and major release of the same variant, one finding per level", () => {
    expect(summary(run("node:20.11.0"))).toEqual([
      "patch-behind: FROM node:20.11.0 is a patch release behind: node:20.11.1 is the newest 20.11 release.",
      "minor-behind: FROM node:20.11.0 is a minor release behind: node:20.12.2 is the newest 20.x release.",
      "major-behind: FROM node:20.11.0 is a major release behind: node:22.3.0 is the newest release.",
    ]);
    expect(run("node:20.11.0").map((finding) => [finding.severity, finding.location])).toEqual([
      ["medium", { file: "Dockerfile", line: 1 }],
      ["low", { file: "Dockerfile", line: 1 }],
      ["low", { file: "Dockerfile", line: 1 }],
    ]);
  });

  it("compares a variant only with the same variant, and never proposes a pre-release to a release", () => {
    expect(summary(run("node:20.11.0-alpine"))).toEqual([
      "patch-behind: FROM node:20.11.0-alpine is a patch release behind: node:20.11.1-alpine is the newest alpine 20.11 release.",
      "minor-behind: FROM node:20.11.0-alpine is a minor release behind: node:20.12.2-alpine is the newest alpine 20.x release.",
      "major-behind: FROM node:20.11.0-alpine is a major release behind: node:22.3.0-alpine is the newest alpine release.",
    ]);
    // 23.0.0-rc.1 and 20.13.0-rc.2 are newer but pre-releases; nothing is newer than 22.3.0 itself.
    expect(run("node:22.3.0")).toEqual([]);
  });

  it("a pre-release is told about its release and newer pre-releases", () => {
    // The current tag is a pre-release, so pre-releases may be proposed (a newer major's too).
    expect(summary(run("node:20.13.0-rc.1"))).toEqual([
      "patch-behind: FROM node:20.13.0-rc.1 is a patch release behind: node:20.13.0-rc.2 is the newest 20.13 release.",
      "major-behind: FROM node:20.13.0-rc.1 is a major release behind: node:23.0.0-rc.1 is the newest release.",
    ]);
    expect(summary(run("node:23.0.0-rc.0"))).toEqual([
      "patch-behind: FROM node:23.0.0-rc.0 is a patch release behind: node:23.0.0-rc.1 is the newest 23.0 release.",
    ]);
  });

  it("a floating tag is only judged at the levels it names, and proposals keep its precision", () => {
    expect(summary(run("node:20"))).toEqual(["major-behind: FROM node:20 is a major release behind: node:22 is the newest release."]);
    expect(summary(run("node:20.11"))).toEqual([
      "minor-behind: FROM node:20.11 is a minor release behind: node:20.12 is the newest 20.x release.",
      "major-behind: FROM node:20.11 is a major release behind: node:22.3.0 is the newest release.",
    ]);
    // No 22-alpine tag: the newest alpine release is named in full.
    expect(summary(run("node:20-alpine"))).toEqual([
      "major-behind: FROM node:20-alpine is a major release behind: node:22.3.0-alpine is the newest alpine release.",
    ]);
  });

  it("newer: minor and newer: major leave out the levels below", () => {
    expect(run("node:20.11.0", { newer: "minor" }).map((finding) => finding.rule)).toEqual(["minor-behind", "major-behind"]);
    expect(run("node:20.11.0", { newer: "major" }).map((finding) => finding.rule)).toEqual(["major-behind"]);
  });

  it("tags that are not versions, digests and the newest release have nothing to report", () => {
    expect(run("node:bookworm")).toEqual([]);
    expect(run("node:lts")).toEqual([]);
    expect(run("node")).toEqual([]);
    expect(run(`node@sha256:${"a".repeat(64)}`)).toEqual([]);
    expect(summary(run(`node:20.12.0@sha256:${"a".repeat(64)}`))).toEqual([
      `patch-behind: FROM node:20.12.0@sha256:${"a".repeat(64)} is a patch release behind: node:20.12.2 is the newest 20.12 release.`,
      `major-behind: FROM node:20.12.0@sha256:${"a".repeat(64)} is a major release behind: node:22.3.0 is the newest release.`,
    ]);
  });

  it("ranges: out-of-range for versions outside the policy's semver range, with one inside it named", () => {
    const ranges = { "docker.io/library/node": ">=20.12 <23" };
    expect(summary(run("node:20.11.1", { newer: "major", ranges }))).toEqual([
      "out-of-range: FROM node:20.11.1: 20.11.1 is outside the policy's range for docker.io/library/node (>=20.12 <23); 22.3.0 is in range.",
      "major-behind: FROM node:20.11.1 is a major release behind: node:22.3.0 is the newest release.",
    ]);
    // A floating tag is what it floats to now: 20 is 20.12.2, in range; 20.11 is 20.11.1, out of it.
    expect(run("node:20", { newer: "major", ranges }).map((finding) => finding.rule)).toEqual(["major-behind"]);
    expect(run("node:20.11", { newer: "major", ranges }).map((finding) => finding.rule)).toEqual(["out-of-range", "major-behind"]);
    expect(run("node:22.3.0", { ranges })).toEqual([]);
    expect(summary(run("node:lts", { ranges }))).toEqual([
      "out-of-range: FROM node:lts: lts is not a version tag, so it cannot be shown to be in the policy's range for docker.io/library/node (>=20.12 <23).",
    ]);
    expect(run(`node@sha256:${"b".repeat(64)}`, { ranges }).map((finding) => finding.rule)).toEqual(["out-of-range"]);
    // Another repository's range does not apply.
    expect(run("node:20.11.1", { newer: "major", ranges: { "docker.io/library/python": ">=3.12" } }).map((finding) => finding.rule)).toEqual(["major-behind"]);
  });

  it("a tag list that could not be read is an advisory finding that never blocks; ranges are still judged", () => {
    const findings = run(
      "node:20.11.1",
      { ranges: { "docker.io/library/node": ">=22" } },
      { "docker.io/library/node": { unavailable: "docker://docker.io/library/node:20.11.1: host not found (ENOTFOUND)" } },
    );
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.advisory ?? false])).toEqual([
      ["tags-unavailable", "info", true],
      ["out-of-range", "medium", false],
    ]);
    expect(findings[0]!.message).toBe(
      "FROM node:20.11.1: the tags of docker.io/library/node could not be read, so its freshness is unknown: docker://docker.io/library/node:20.11.1: host not found (ENOTFOUND)",
    );
  });

  it("judges FROM lines only (not COPY --from), each stage, with ARG values", () => {
    const dockerfile = parseDockerfile(
      ["ARG NODE=20.11.0", "FROM node:${NODE} AS build", "FROM node:22.3.0", "COPY --from=node:20.11.0 /x /y", "COPY --from=build /a /b"].join("\n"),
      "Dockerfile",
    );
    const findings = outdatedBaseImage.run(
      { dockerfile, baseImages: { tags: { "docker.io/library/node": { tags: NODE_TAGS } }, digests: {} } },
      { newer: "minor" },
      CONTEXT,
    );
    expect(findings.map((finding) => `${finding.rule}@${(finding.location as { line: number }).line}`)).toEqual(["minor-behind@2", "major-behind@2"]);
    expect(findings[0]!.message).toBe("FROM node:${NODE} (= node:20.11.0) is a minor release behind: node:20.12.2 is the newest 20.x release.");
  });

  it("says nothing without registry evidence (the gate gathers it only when the check is on)", () => {
    const dockerfile = parseDockerfile("FROM node:20.11.0\n", "Dockerfile");
    expect(outdatedBaseImage.run({ dockerfile }, {}, CONTEXT)).toEqual([]);
  });
});
