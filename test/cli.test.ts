import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, systemNode, workspace } from "./helpers/cli.ts";
import { fake } from "./helpers/fake-secrets.ts";
import { ROOT } from "./helpers/paths.ts";

const GOOD = ["FROM node:20.18-alpine", "USER node", 'HEALTHCHECK CMD ["node", "-e", "0"]', 'CMD ["node", "server.js"]'].join("\n");
const ROOT_USER = ["FROM node:20.18-alpine", "USER root"].join("\n");

/** A run that could not judge: exit 2, one line on stderr naming the problem, no stack trace. */
function expectUsageError(result: ReturnType<typeof runCli>, pattern: RegExp) {
  expect(result.code).toBe(2);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^image-gate: error: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe("");
}

describe("exit codes", () => {
  it("0 when the gate passes, 1 when something blocks", () => {
    const dir = workspace({ Dockerfile: GOOD, "root.Dockerfile": ROOT_USER });
    expect(runCli(["Dockerfile"], { cwd: dir }).code).toBe(0);
    const failing = runCli(["root.Dockerfile"], { cwd: dir });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("✖ FAIL  root-user");
    expect(failing.stdout).toContain("root.Dockerfile:2");
    expect(failing.stdout).toContain("Result: FAIL · 1 blocking");
  });

  it("uses ./Dockerfile when no input is named, as docker build does", () => {
    expect(runCli([], { cwd: workspace({ Dockerfile: ROOT_USER }) }).code).toBe(1);
  });

  it("audit mode reports everything and exits 0", () => {
    const dir = workspace({ Dockerfile: ROOT_USER });
    const audit = runCli(["--mode", "audit", "--format", "json"], { cwd: dir });
    expect(audit.code).toBe(0);
    const report = JSON.parse(audit.stdout);
    expect(report).toMatchObject({ verdict: "fail", mode: "audit", summary: { blocking: 1 } });
    const fromPolicy = runCli([], { cwd: workspace({ Dockerfile: ROOT_USER, ".image-gate.yaml": "version: 1\nextends: default\nmode: audit\n" }) });
    expect(fromPolicy.code).toBe(0);
    expect(fromPolicy.stdout).toContain("audit mode");
  });

  it("--build-arg changes what is judged", () => {
    const dir = workspace({ Dockerfile: ["ARG RUN_AS=10001", "FROM alpine:3.19", "ARG RUN_AS", "USER ${RUN_AS}", "HEALTHCHECK CMD true"].join("\n") });
    expect(runCli([], { cwd: dir }).code).toBe(0);
    expect(runCli(["--build-arg", "RUN_AS=0"], { cwd: dir }).code).toBe(1);
    expect(runCli(["--build-arg", "RUN_AS"], { cwd: dir, env: { RUN_AS: "root" } }).code).toBe(1);
  });

  it("reads the policy from .image-gate.yaml or --policy", () => {
    // strict reads tag lists from registries; this test stays on the machine (base-image-tags.test.ts covers that on loopback).
    const dir = workspace({ Dockerfile: GOOD, "strict.yaml": "version: 1\nextends: strict\nchecks:\n  outdated-base-image: { action: off }\n" });
    const strict = runCli(["--policy", "strict.yaml", "--format", "json"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).findings.map((finding: { check: string; rule: string }) => `${finding.check}/${finding.rule}`)).toEqual([
      "untrusted-base-image/not-trusted",
      "mutable-tag/not-digest-pinned",
    ]);
    expect(runCli(["--policy", "default"], { cwd: dir }).code).toBe(0);
  });
});

describe("the JSON report (SPEC §5)", () => {
  it("has the documented shape", () => {
    const dir = workspace({ Dockerfile: ["FROM node AS build", "FROM alpine:3.19", "EXPOSE 22", "USER root"].join("\n") });
    const result = runCli(["--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["version", "tool", "generatedAt", "verdict", "mode", "policy", "targets", "summary", "checks", "findings"]);
    expect(report).toMatchObject({
      version: 1,
      tool: { name: "image-gate" },
      verdict: "fail",
      mode: "enforce",
      policy: { name: "preset:default", chain: ["preset:default"] },
      targets: { dockerfile: { path: "Dockerfile", stages: 2, baseImages: ["docker.io/library/node:latest", "docker.io/library/alpine:3.19"] } },
      summary: { findings: 6, blocking: 2, warnings: 4, suppressed: 0 },
    });
    const root = report.findings.find((finding: { check: string }) => finding.check === "root-user");
    expect(root).toMatchObject({
      check: "root-user",
      rule: "user-root",
      severity: "high",
      blocking: true,
      action: "fail",
      location: { file: "Dockerfile", line: 4 },
    });
    expect(typeof root.message).toBe("string");
    expect(root.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    for (const finding of report.findings) expect(["critical", "high", "medium", "low", "info"]).toContain(finding.severity);
  });

  it("marks suppressed findings with their exception", () => {
    const dir = workspace({
      Dockerfile: ROOT_USER,
      ".image-gate.yaml": "version: 1\nextends: default\nexceptions:\n  - check: root-user\n    reason: legacy service, SEC-41\n    expires: 2099-12-31\n",
    });
    const result = runCli(["--format", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    const root = JSON.parse(result.stdout).findings.find((finding: { check: string }) => finding.check === "root-user");
    expect(root).toMatchObject({
      blocking: false,
      suppressed: { reason: "legacy service, SEC-41", expires: "2099-12-31", source: { file: ".image-gate.yaml", line: 4 } },
    });
  });

  it("reports an expired exception and no longer applies it", () => {
    const dir = workspace({
      Dockerfile: ROOT_USER,
      ".image-gate.yaml": "version: 1\nextends: default\nexceptions:\n  - check: root-user\n    reason: legacy service\n    expires: 2020-01-31\n",
    });
    const result = runCli([], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("expired-exception");
    expect(result.stdout).toContain("The exception for root-user expired on 2020-01-31");
  });

  it("--report writes a second format beside stdout, creating directories", () => {
    const dir = workspace({ Dockerfile: ROOT_USER });
    const result = runCli(["--report", "json=reports/gate.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Result: FAIL");
    expect(JSON.parse(readFileSync(path.join(dir, "reports", "gate.json"), "utf8")).verdict).toBe("fail");
  });
});

describe("bad input ends in exit 2 with one clear line", () => {
  it.each([
    ["a missing Dockerfile", {}, ["nope/Dockerfile"], /nope\/Dockerfile: cannot read the Dockerfile \(no such file\)/],
    ["an empty Dockerfile", { Dockerfile: "" }, [], /Dockerfile: the file is empty/],
    ["a Dockerfile without FROM", { Dockerfile: "# hello\nARG X=1\n" }, [], /Dockerfile: no FROM instruction/],
    ["binary junk", { Dockerfile: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff]) }, [], /Dockerfile: binary content/],
    ["an unknown instruction", { Dockerfile: "FROM alpine:3.19\nRUNN echo\n" }, [], /Dockerfile:2: unknown instruction "RUNN"/],
    [
      "a malformed policy",
      { Dockerfile: GOOD, ".image-gate.yaml": "version: 1\nchecks:\n  root-user: { action: maybe }\n" },
      [],
      /\.image-gate\.yaml:3: checks\.root-user\.action: expected/,
    ],
    ["an unknown flag", { Dockerfile: GOOD }, ["--polcy", "x"], /Unknown option '--polcy'/],
    ["an unknown format", { Dockerfile: GOOD }, ["--format", "xml"], /--format: unknown format "xml"/],
    ["a bad --report", { Dockerfile: GOOD }, ["--report", "json"], /--report: expected FORMAT=FILE/],
    ["a bad --mode", { Dockerfile: GOOD }, ["--mode", "permissive"], /--mode: expected enforce or audit/],
    ["a bad --platform", { Dockerfile: GOOD }, ["--platform", "amd64"], /--platform: "amd64" is not of the form os\/arch/],
    ["two Dockerfiles", { Dockerfile: GOOD }, ["a", "b"], /expected one Dockerfile, got 2 arguments/],
  ])("%s", (_label, files, args, pattern) => {
    expectUsageError(runCli(args as string[], { cwd: workspace(files) }), pattern);
  });

  it("a directory instead of a Dockerfile", () => {
    const dir = workspace({});
    mkdirSync(path.join(dir, "sub"));
    expectUsageError(runCli(["sub"], { cwd: dir }), /sub: is a directory/);
  });

  it("an unwritable report path", () => {
    const dir = workspace({ Dockerfile: GOOD, blocker: "a file, not a directory" });
    const result = runCli(["--report", "json=blocker/r.json"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^image-gate: error: blocker\/r\.json: cannot write the json report/);
  });

  it("--debug adds the stack trace", () => {
    const result = runCli(["--debug"], { cwd: workspace({ Dockerfile: "" }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe("secrets are never printed in full", () => {
  const secrets = [fake.githubPat("cli"), fake.awsAccessKeyId("cli"), fake.password("cli-db"), fake.password("cli-url"), fake.npmToken("cli")];
  const dockerfile = [
    "FROM node:20.18-alpine",
    `ENV GITHUB_TOKEN=${secrets[0]} AWS_ACCESS_KEY_ID=${secrets[1]}`,
    `ENV DB_PASSWORD=${secrets[2]}`,
    `RUN npm install --registry https://ci:${secrets[3]}@npm.acme.io/ && echo ${secrets[4]}`,
    "USER node",
  ].join("\n");

  it.each(["table", "json"])("in %s output, report files and errors", (format) => {
    const dir = workspace({ Dockerfile: dockerfile });
    const result = runCli(["--format", format, "--report", `json=out.json`, "--report", "table=out.txt"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    expect(result.code).toBe(1);
    const outputs = [result.stdout, result.stderr, readFileSync(path.join(dir, "out.json"), "utf8"), readFileSync(path.join(dir, "out.txt"), "utf8")];
    for (const output of outputs) for (const secret of secrets) expect(output).not.toContain(secret);
    expect(result.stdout).toContain("ghp_…");
  });

  it("in error messages that quote input", () => {
    const dir = workspace({ Dockerfile: `FROM alpine:3.19\n${secrets[0]} oops\n` });
    const result = runCli([], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain(secrets[0]);
  });
});

describe("portability", () => {
  const node = systemNode();
  it.runIf(node !== undefined && node !== process.execPath)("the built CLI runs on the machine's own Node", () => {
    const dir = workspace({ Dockerfile: ROOT_USER });
    const result = runCli(["--format", "json"], { cwd: dir, node: node! });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).verdict).toBe("fail");
  });

  it("the bundled examples behave as the README says", () => {
    expect(runCli(["examples/Dockerfile"], { cwd: ROOT }).code).toBe(0);
    expect(runCli(["examples/insecure/Dockerfile"], { cwd: ROOT }).code).toBe(1);
    expect(existsSync(path.join(ROOT, "examples", "Dockerfile"))).toBe(true);
  });
});
