import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { fake } from "./helpers/fake-secrets.ts";
import { fixtureRef } from "./helpers/images.ts";
import { BUILD_DIR, ROOT } from "./helpers/paths.ts";
import { FIXTURE_TOOLS, requireTools } from "./helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

const ACTION = path.join(BUILD_DIR, "action.js");
const metadata = YAML.parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
};

/**
 * Runs the bundled action as the runner does: `node dist/action.js` with INPUT_* for every input
 * (defaults included), GITHUB_OUTPUT and (unless `summary: false` is asked of the harness) GITHUB_STEP_SUMMARY.
 */
function runAction(inputs: Record<string, string>, files: Record<string, string> = {}, harness: { stepSummary?: boolean; dir?: string } = {}) {
  const dir = harness.dir ?? mkdtempSync(path.join(os.tmpdir(), "image-gate-action-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const output = path.join(dir, "github-output");
  const summary = path.join(dir, "step-summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/root",
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: path.join(dir, "runner-temp"),
  };
  if (harness.stepSummary !== false) env.GITHUB_STEP_SUMMARY = summary;
  for (const [name, spec] of Object.entries(metadata.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? "";
  const result = spawnSync(process.execPath, [ACTION], { cwd: dir, env, encoding: "utf8", timeout: 60_000 });
  const outputs: Record<string, string> = {};
  const text = readFileSync(output, "utf8");
  const written = [...text.matchAll(/^(\w+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)];
  for (const match of written) outputs[match[1]!] = match[3]!;
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    outputWrites: written.length,
    summary: readFileSync(summary, "utf8"),
    dir,
  };
}

const OUTPUTS = ["blocking", "critical", "findings", "high", "low", "medium", "report", "verdict"];

describe("action.yml", () => {
  it("runs the bundled dist/ on node24 and declares the SPEC's inputs and outputs, each described", () => {
    expect(metadata.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(Object.keys(metadata.inputs).sort()).toEqual([
      "baseline",
      "build-args",
      "dockerfile",
      "ecr-image",
      "image",
      "mode",
      "platform",
      "policy",
      "reports",
      "scan-results",
      "summary",
      "timeout",
    ]);
    expect(metadata.inputs.timeout!.default).toBe("30m");
    expect(Object.keys(metadata.outputs).sort()).toEqual(OUTPUTS);
    expect((metadata as unknown as { branding: { icon: string; color: string } }).branding).toEqual({ icon: "shield", color: "green" });
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
    expect(result.outputs).toMatchObject({ verdict: "fail", blocking: "2", findings: "5", critical: "1", high: "2", medium: "1", low: "1" });
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
    expect(result.stdout).toMatch(/^::error::image-gate could not run: "nope\.yaml": no such policy file, and not a preset/m);
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

  it("runs once when the runner starts it, and not at all when a tool imports it", () => {
    const result = runAction({}, { Dockerfile: dockerfile });
    expect(result.stdout.match(/^Result: /gm)?.length).toBe(1);
    expect(result.outputWrites).toBe(OUTPUTS.length);
    expect(Object.keys(result.outputs).sort()).toEqual(OUTPUTS);

    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-import-"));
    const output = path.join(dir, "github-output");
    writeFileSync(output, "");
    writeFileSync(path.join(dir, "Dockerfile"), dockerfile);
    const imported = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `const m = await import(${JSON.stringify(ACTION)}); console.log("run:", typeof m.run);`],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "", GITHUB_OUTPUT: output, INPUT_DOCKERFILE: "Dockerfile" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(imported.stdout).toBe("run: function\n");
    expect(readFileSync(output, "utf8")).toBe("");
  });

  it("without GITHUB_STEP_SUMMARY warns, and the verdict, outputs and annotations still stand", () => {
    const clean = runAction({}, { Dockerfile: "FROM node:20.18-alpine\nUSER node\nHEALTHCHECK CMD true\n" }, { stepSummary: false });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^::warning::image-gate: no job summary written: GITHUB_STEP_SUMMARY is not set/m);
    expect(clean.stdout).not.toMatch(/could not run/);
    expect(clean.outputs.verdict).toBe("pass");
    const failing = runAction({}, { Dockerfile: dockerfile }, { stepSummary: false });
    expect(failing.code).toBe(1);
    expect(failing.outputs).toMatchObject({ verdict: "fail", blocking: "2" });
    expect(failing.stdout).toMatch(/^::error title=root-user\/user-root,file=Dockerfile,line=4::/m);
    expect(failing.stdout).toMatch(/^::error::image-gate: 2 blocking findings/m);
  });

  it("takes build-args (multi-line) and platform as the flags do", () => {
    const files = { Dockerfile: "ARG BASE=alpine:3.19\nFROM ${BASE}\nARG TARGETARCH\nUSER 1000\nHEALTHCHECK CMD true\n" };
    const result = runAction({ "build-args": "# pinned base\nBASE=node:20.18-alpine\n\n", platform: "linux/arm64", reports: "json=out.json" }, files);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(result.dir, "out.json"), "utf8"));
    expect(report.targets.dockerfile.baseImages).toEqual(["docker.io/library/node:20.18-alpine"]);
    const badPlatform = runAction({ platform: "arm64" }, files);
    expect(badPlatform.stdout).toMatch(/^::error::image-gate could not run: --platform: "arm64" is not of the form os\/arch/m);
    const badArg = runAction({ "build-args": "1BASE=x" }, files);
    expect(badArg.stdout).toMatch(/^::error::image-gate could not run: input build-args: "1BASE" is not a valid ARG name$/m);
  });

  it("with a baseline, blocks only what is new", () => {
    const first = runAction({ reports: "json=baseline.json" }, { Dockerfile: dockerfile });
    expect(first.code).toBe(1);
    const again = runAction({ baseline: "baseline.json" }, {}, { dir: first.dir });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ verdict: "pass", blocking: "0", findings: "5" });
    expect(again.summary).toContain("**5** known from the baseline");
    // A new credential is new: it blocks, while the five known findings still do not.
    const worse = runAction({ baseline: "baseline.json" }, { Dockerfile: `${dockerfile}\nENV SECOND_TOKEN=${fake.githubPat("second")}` }, { dir: first.dir });
    expect(worse.code).toBe(1);
    expect(worse.outputs).toMatchObject({ verdict: "fail", blocking: "1", findings: "6" });
    expect(worse.stdout).toMatch(/^::error title=secret\/github-pat,file=Dockerfile,line=5::/m);
    const missing = runAction({ baseline: "nope.json" }, {}, { dir: first.dir });
    expect(missing.stdout).toMatch(/^::error::image-gate could not run: nope\.json: cannot read the baseline report \(no such file\)$/m);
  });
});

describe("the action under @github/local-action (the tool action authors run actions with)", () => {
  /** `npx @github/local-action run . src/main.ts .env`, as the README's development section says. */
  function localAction(env: Record<string, string>) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-local-action-"));
    const envFile = path.join(dir, ".env");
    writeFileSync(
      envFile,
      Object.entries({ RUNNER_TEMP: path.join(dir, "runner-temp"), ...env })
        .map(([key, value]) => `${key}=${value}`)
        .join("\n"),
    );
    const npx = path.join(path.dirname(process.execPath), "npx");
    const result = spawnSync(existsSync(npx) ? npx : "npx", ["@github/local-action", "run", ".", "src/main.ts", envFile], {
      cwd: ROOT,
      env: { ...process.env, npm_config_yes: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
      encoding: "utf8",
      timeout: 180_000,
    });
    const outputs: Record<string, string> = {};
    const sets = [...result.stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)];
    for (const match of sets) outputs[match[1]!] = match[2]!;
    return { ...result, outputs, sets: sets.length, dir };
  }

  it("runs the gate once and the tool sees every output", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-local-dockerfile-"));
    writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine\nUSER root\n");
    const summary = path.join(dir, "summary.md");
    const result = localAction({ INPUT_DOCKERFILE: path.join(dir, "Dockerfile"), GITHUB_STEP_SUMMARY: summary });
    expect(result.stderr).not.toMatch(/Error|__IMAGE_GATE/);
    expect(result.stdout.match(/^Result: /gm)?.length).toBe(1);
    expect(result.sets).toBe(OUTPUTS.length);
    expect(result.outputs).toMatchObject({ verdict: "fail", blocking: "2", findings: "4", critical: "0", high: "2", medium: "1", low: "1" });
    expect(result.stdout).toMatch(/Action Outputs[\s\S]*'verdict'\s*│\s*'fail'/);
    expect(readFileSync(summary, "utf8")).toContain("## image-gate: ❌ **FAIL**");
    expect(JSON.parse(readFileSync(result.outputs.report!, "utf8")).verdict).toBe("fail");
  });

  it("without a job summary file it warns and still sets the outputs", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-local-dockerfile-"));
    writeFileSync(path.join(dir, "Dockerfile"), "FROM node:20.18-alpine\nUSER node\nHEALTHCHECK CMD true\n");
    const result = localAction({ INPUT_DOCKERFILE: path.join(dir, "Dockerfile") });
    expect(result.stdout).toMatch(/::warning::image-gate: no job summary written: GITHUB_STEP_SUMMARY is not set/);
    expect(result.stdout).not.toMatch(/could not run/);
    expect(result.outputs).toMatchObject({ verdict: "pass", blocking: "0" });
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
