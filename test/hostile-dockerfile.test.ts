/**
 * Dockerfiles and policies of hostile shapes, generated at test time: each is read in linear time
 * and bounded memory (the CLI's peak memory is measured), with exit 0/1 judged correctly or exit 2
 * and one clear line. Its own file so that it runs beside the other slow files.
 */

import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCKERFILE_SHAPES, runMeasured } from "./helpers/hostile-files.ts";
import { DOCKERFILE_MEMORY, expectMeasured, expectOneLine, scratchDirs } from "./helpers/hostile-measure.ts";

const { workDir } = scratchDirs();

describe("Dockerfiles of hostile shapes are read in linear time and bounded memory", () => {
  const judge = (text: string) => {
    const dir = workDir("dockerfile");
    writeFileSync(path.join(dir, "Dockerfile"), text);
    const result = runMeasured(["Dockerfile", "--format", "json"], { cwd: dir });
    // Judged as usual: alpine:3.19 with USER 1000 passes the default preset (hardening checks only warn).
    expectMeasured(result, { code: 0, memory: DOCKERFILE_MEMORY });
    return JSON.parse(result.stdout) as { findings: Array<{ check: string; message: string }> };
  };

  // Each shape's report, kept so that a later test reads it rather than judging the same megabyte again.
  const reports = new Map<string, ReturnType<typeof judge>>();
  const reportOf = (name: string) => reports.get(name) ?? judge(DOCKERFILE_SHAPES[name]!());

  it.each(Object.entries(DOCKERFILE_SHAPES))("%s", (name, make) => {
    const report = judge(make());
    reports.set(name, report);
    expect(report.findings.filter((finding) => finding.check === "root-user")).toEqual([]);
  });

  it("65k `curl | sh` lines: the first thousand findings are listed, the rest folded into one", () => {
    const curl = reportOf("a megabyte of short RUN lines, each a finding").findings.filter((finding) => finding.check === "curl-pipe-shell");
    expect(curl).toHaveLength(1001);
    expect(curl.filter((finding) => /and 64000 more like the 1000 above/.test(finding.message))).toHaveLength(1);
  });

  it("a Dockerfile with more stages than the parser takes is refused with the line", () => {
    const dir = workDir("stages");
    writeFileSync(
      path.join(dir, "Dockerfile"),
      `FROM alpine AS s0\n${Array.from({ length: 17_000 }, (_, index) => `FROM s${index} AS s${index + 1}\n`).join("")}`,
    );
    const result = runMeasured(["Dockerfile"], { cwd: dir });
    expectMeasured(result, { code: 2, memory: DOCKERFILE_MEMORY });
    expectOneLine(result, /Dockerfile:16385: more than 16384 stages/);
  });
});

describe("policy globs match in linear time", () => {
  it("patterns built to backtrack finish at once, and a pattern past the length limit is an error", () => {
    const dir = workDir("globs");
    writeFileSync(path.join(dir, "Dockerfile"), `FROM ${"a/".repeat(60)}b:1\nUSER 1000\n`);
    const hostile = ["**/".repeat(300) + "x", `docker.io/${"*".repeat(900)}x`, `docker.io/${"*a".repeat(450)}x`];
    writeFileSync(
      path.join(dir, "policy.yaml"),
      `version: 1\nextends: default\nchecks:\n  untrusted-base-image:\n    action: fail\n    trusted:\n${hostile.map((pattern) => `      - "${pattern}"`).join("\n")}\nexceptions:\n  - check: secret\n    path: "${"*".repeat(1000)}x"\n    reason: test\n    expires: 2099-01-01\n`,
    );
    const result = runMeasured(["Dockerfile", "--policy", "policy.yaml", "--format", "json"], { cwd: dir });
    expectMeasured(result, { code: 1, memory: DOCKERFILE_MEMORY, deadline: 30_000 });
    expect(JSON.parse(result.stdout).findings.map((finding: { check: string }) => finding.check)).toContain("untrusted-base-image");

    writeFileSync(path.join(dir, "long.yaml"), `version: 1\nchecks:\n  untrusted-base-image:\n    trusted: ["docker.io/${"a".repeat(1100)}"]\n`);
    const long = runMeasured(["Dockerfile", "--policy", "long.yaml"], { cwd: dir });
    expectMeasured(long, { code: 2, memory: DOCKERFILE_MEMORY, deadline: 30_000 });
    expectOneLine(long, /long\.yaml:4: checks\.untrusted-base-image\.trusted\[0\]: too long: a pattern has at most 1024 characters/);
  });
});
