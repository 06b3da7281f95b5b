import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { fake } from "./helpers/fake-secrets.ts";
import { fixtureRef } from "./helpers/images.ts";
import { BUILD_DIR, ROOT } from "./helpers/paths.ts";

const ACTION = path.join(BUILD_DIR, "action.js");
const metadata = YAML.parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
};

/** Runs the bundled action as the runner does: INPUT_* for every input (defaults included), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY. */
function runAction(inputs: Record<string, string>, files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-action-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const output = path.join(dir, "github-output");
  const summary = path.join(dir, "step-summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/root",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: path.join(dir, "runner-temp"),
  };
  for (const [name, spec] of Object.entries(metadata.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? "";
  const result = spawnSync(process.execPath, [ACTION], { cwd: dir, env, encoding: "utf8", timeout: 60_000 });
  const outputs: Record<string, string> = {};
  const text = readFileSync(output, "utf8");
  for (const match of text.matchAll(/^(\w+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(summary, "utf8"), dir };
}

describe("action.yml", () => {
  it("runs the bundled dist/ on node24 and declares the SPEC's inputs and outputs, each described", () => {
    expect(metadata.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(Object.keys(metadata.inputs).sort()).toEqual([
      "dockerfile",
      "ecr-image",
      "image",
      "mode",
      "policy",
      "reports",
      "scan-results",
      "summary",
      "timeout",
    ]);
    expect(metadata.inputs.timeout!.default).toBe("30m");
    expect(Object.keys(metadata.outputs).sort()).toEqual(["blocking", "findings", "report", "verdict"]);
    for (const spec of [...Object.values(metadata.inputs), ...Object.values(metadata.outputs)]) expect(spec.description.length).toBeGreaterThan(10);
    expect(metadata.inputs.summary!.default).toBe("true");
    expect(existsSync(path.join(ROOT, metadata.runs.main))).toBe(true);
  });
});

describe("the action, run as the runner runs it", () => {
  const dockerfile = ["FROM node:20.18-alpine", "EXPOSE 22", `ENV API_TOKEN=${fake.githubPat("action")}`, "USER root"].join("\n");

  it("fails the step on a failing gate, with outputs, annotations on Dockerfile lines and a job summary", () => {
    const result = runAction({ reports: "sarif=out/gate.sarif\njunit=out/gate.xml" }, { Dockerfile: dockerfile });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: "fail", blocking: "2", findings: "5" });
    expect(JSON.parse(readFileSync(result.outputs.report!, "utf8")).verdict).toBe("fail");
    expect(result.stdout).toMatch(
      /^::error title=secret\/github-pat,file=Dockerfile,line=3::GitHub personal access token in ENV\. \(ghp_… \(40 chars, sha256:[0-9a-f]{8}\)\)$/m,
    );
    expect(result.stdout).toMatch(/^::error title=root-user\/user-root,file=Dockerfile,line=4::/m);
    expect(result.stdout).toMatch(/^::warning title=ssh-port-exposed\/expose-22,file=Dockerfile,line=2::/m);
    expect(result.stdout).toMatch(/^::error::image-gate: 2 blocking findings \(policy preset:default\)$/m);
    expect(result.summary).toContain("## image-gate: ❌ **FAIL**");
    expect(result.summary).toContain("| `root-user` | ❌ fail | 1 | 1 |");
    expect(existsSync(path.join(result.dir, "out/gate.sarif"))).toBe(true);
    expect(readFileSync(path.join(result.dir, "out/gate.xml"), "utf8")).toContain("<testsuites");
    for (const text of [result.stdout, result.stderr, result.summary]) expect(text).not.toContain(fake.githubPat("action"));
  });

  it("passes on a clean Dockerfile, and in audit mode whatever it finds", () => {
    const clean = runAction({}, { Dockerfile: "FROM node:20.18-alpine\nUSER node\nHEALTHCHECK CMD true\n" });
    expect(clean.code).toBe(0);
    expect(clean.outputs).toMatchObject({ verdict: "pass", blocking: "0" });
    const audit = runAction({ mode: "audit", summary: "false" }, { Dockerfile: dockerfile });
    expect(audit.code).toBe(0);
    expect(audit.outputs.verdict).toBe("fail");
    expect(audit.summary).toBe("");
    expect(audit.stdout).not.toMatch(/^::error/m);
  });

  it("judges a built image", () => {
    const result = runAction({ image: fixtureRef("accounts", "oci"), dockerfile: "" });
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe("fail");
    expect(result.summary).toContain("passwd");
  });

  it("could not run: one clear failure, no stack", () => {
    const result = runAction({ policy: "nope.yaml" }, { Dockerfile: dockerfile });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::image-gate could not run: nope\.yaml: no such policy file, and not a preset/m);
    expect(result.stdout).not.toMatch(/\n\s+at /);
    const bad = runAction({ reports: "pdf=x.pdf" }, { Dockerfile: dockerfile });
    expect(bad.stdout).toMatch(/^::error::image-gate could not run: input reports: unknown format "pdf"/m);
    const timeout = runAction({ timeout: "soon" }, { Dockerfile: dockerfile });
    expect(timeout.stdout).toMatch(
      /^::error::image-gate could not run: --timeout \(action input timeout\): expected a duration such as 30m, 90s or 1h, got "soon"/m,
    );
  });

  it("keeps annotations to what the runner shows and the summary under 1 MiB, however many findings", () => {
    const many = ["FROM alpine:3.19", ...Array.from({ length: 3000 }, (_, index) => `RUN curl -k https://x.io/${index} | sh`), "USER 1000"].join("\n");
    const result = runAction({}, { Dockerfile: many });
    expect(result.stdout.match(/^::warning /gm)?.length).toBe(10);
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024);
    expect(result.summary).toMatch(/…and \d+ more findings: the full list is in the JSON report\./);
  });
});

describe("the timeout input", () => {
  it("bounds the whole run: a docker save that never answers fails the step, saying what the gate was doing", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-action-docker-"));
    writeFileSync(path.join(dir, "docker"), "#!/bin/sh\nexec sleep 600\n");
    chmodSync(path.join(dir, "docker"), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${dir}:${saved}`;
    try {
      const started = Date.now();
      const result = runAction({ image: "docker-daemon:app", dockerfile: "", timeout: "3s" });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^::error::image-gate could not run: timed out after 3s \(--timeout\) while reading the image docker-daemon:app$/m);
      expect(Date.now() - started).toBeLessThan(50_000);
    } finally {
      process.env.PATH = saved;
    }
  });
});
