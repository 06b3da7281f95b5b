import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadPolicy } from "../src/policy/load.ts";
import { runCli } from "./helpers/cli.ts";
import { ROOT } from "./helpers/paths.ts";
import { requireTools } from "./helpers/require-tools.ts";

requireTools("dash");

const load = (file: string) => YAML.parse(readFileSync(path.join(ROOT, file), "utf8"));
const action = load("action.yml") as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}

/** The options the CLI documents in --help (long names). */
function cliOptions(): Set<string> {
  const help = runCli(["--help"]).stdout;
  return new Set([...help.matchAll(/--([a-z][a-z-]*)/g)].map((match) => match[1]!));
}

describe("the GitHub workflow example, as copied", () => {
  const workflow = load("examples/github/workflow.yml") as { jobs: Record<string, Job>; env: Record<string, string> };
  const gateSteps = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.includes("/image-gate@")));

  it("uses only inputs and outputs the action has, pins the action to the package's version, and gives each gate its own policy", () => {
    expect(gateSteps.length).toBe(2);
    for (const step of gateSteps) {
      expect(step.uses).toBe(`OWNER/image-gate@v${version}`);
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
      expect(step.with?.policy).toBeTypeOf("string");
    }
    expect(new Set(gateSteps.map((step) => step.with!.policy)).size).toBe(2);
    const text = readFileSync(path.join(ROOT, "examples/github/workflow.yml"), "utf8");
    for (const match of text.matchAll(/steps\.gate\.outputs\.([\w-]+)/g)) expect(Object.keys(action.outputs)).toContain(match[1]);
    // Every other action is pinned to a full version too.
    const unpinned = Object.values(workflow.jobs)
      .flatMap((job) => job.steps.map((step) => step.uses))
      .filter((uses): uses is string => uses !== undefined && !/@v\d+\.\d+\.\d+$/.test(uses));
    expect(unpinned).toEqual([]);
  });

  it("builds, gates, pushes to ECR with OIDC, and gates the pushed image in a job that needs the push", () => {
    const build = workflow.jobs.build!;
    expect(build.permissions["id-token"]).toBe("write");
    expect(build.permissions["security-events"]).toBe("write");
    const uses = build.steps.map((step) => step.uses ?? step.run ?? "");
    const order = ["docker/build-push-action", "/image-gate@", "aws-actions/configure-aws-credentials", "aws-actions/amazon-ecr-login", "docker push"];
    const positions = order.map((part) => uses.findIndex((entry) => entry.includes(part)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(build.steps.some((step) => step.uses?.startsWith("github/codeql-action/upload-sarif"))).toBe(true);
    const push = build.steps.find((step) => step.id === "push")!;
    expect(build.outputs?.digest).toBe("${{ steps.push.outputs.digest }}");
    expect(push.run).toContain('echo "digest=');

    const pushed = workflow.jobs["gate-pushed-image"]!;
    expect(pushed.needs).toBe("build");
    expect(pushed.permissions["id-token"]).toBe("write");
    const gate = pushed.steps.find((step) => step.uses?.includes("/image-gate@"))!;
    expect(gate.with!.image).toBe("docker://${{ env.ECR_REGISTRY }}/${{ env.ECR_REPOSITORY }}@${{ needs.build.outputs.digest }}");
    expect(gate.with!["ecr-image"]).toBe("${{ env.ECR_REGISTRY }}/${{ env.ECR_REPOSITORY }}@${{ needs.build.outputs.digest }}");
    expect(pushed.steps.findIndex((step) => step.uses?.startsWith("aws-actions/configure-aws-credentials"))).toBeLessThan(pushed.steps.indexOf(gate));
  });

  it("ships the two policy files it names: the local one reads no scan source, the ECR one extends it and reads ECR", () => {
    const dir = path.join(ROOT, "examples", "github");
    const [local, ecr] = gateSteps.map((step) => loadPolicy(String(step.with!.policy), dir));
    expect(local!.vulnerabilities.sources).toEqual([]);
    expect(local!.chain).toEqual([".image-gate.yaml", "preset:default"]);
    expect(ecr!.vulnerabilities.sources).toEqual(["ecr"]);
    expect(ecr!.chain).toEqual([".image-gate-ecr.yaml", ".image-gate.yaml", "preset:default"]);
    // The local policy is what a run without --policy picks up there.
    expect(loadPolicy(undefined, dir).name).toBe(".image-gate.yaml");
  });
});

describe("the CodeBuild buildspec, as copied", () => {
  const buildspec = load("examples/codebuild/buildspec.yml") as {
    env: { variables: Record<string, string>; shell?: string };
    phases: Record<string, { commands?: string[] }>;
    reports: Record<string, unknown>;
  };
  const commands = Object.values(buildspec.phases).flatMap((phase) => phase.commands ?? []);

  it("every command is valid POSIX sh (CodeBuild's default shell): dash -n", () => {
    expect(buildspec.env.shell).toBeUndefined();
    expect(commands.length).toBeGreaterThan(4);
    const refused = commands
      .map((command) => ({ command, result: spawnSync("dash", ["-n", "-c", command], { encoding: "utf8" }) }))
      .filter(({ result }) => result.status !== 0 || result.stderr !== "")
      .map(({ command, result }) => `${command}: ${result.stderr}`);
    expect(refused).toEqual([]);
    // dash -n catches syntax only; bash-only expansions such as ${VAR:0:12} fail at run time, so run the one that sets IMAGE_TAG.
    const tag = commands.find((command) => command.startsWith("IMAGE_TAG="))!;
    const run = spawnSync("dash", ["-c", `${tag}; printf %s "$IMAGE_TAG"`], {
      env: { PATH: process.env.PATH ?? "", CODEBUILD_RESOLVED_SOURCE_VERSION: "0123456789abcdef0123" },
      encoding: "utf8",
    });
    expect(run.stdout).toBe("0123456789ab");
  });

  it("installs image-gate from the repository at the package's version and uses only flags the CLI has", () => {
    expect(buildspec.env.variables.IMAGE_GATE).toBe(`github:OWNER/image-gate#v${version}`);
    const gate = commands.find((command) => command.includes('npx --yes "$IMAGE_GATE"'))!;
    expect(gate).toBeDefined();
    const options = cliOptions();
    const used = [...gate.matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)].map((match) => match[1]!).filter((flag) => flag !== "yes");
    expect(used).toEqual(expect.arrayContaining(["image", "ecr-image", "ecr", "report"]));
    expect(used.filter((flag) => !options.has(flag))).toEqual([]);
    expect(gate).toContain("--report junit=reports/image-gate.xml");
    expect(buildspec.reports["image-gate"]).toMatchObject({ files: ["image-gate.xml"], "base-directory": "reports", "file-format": "JUNITXML" });
    expect(buildspec.phases.install!).toMatchObject({ "runtime-versions": { nodejs: 22 } });
  });
});

describe("the release workflow", () => {
  const release = load(".github/workflows/release.yml") as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };

  it("on a version tag: runs .ci/run, publishes with provenance, moves the major tag", () => {
    expect(release.on.push.tags).toEqual(["v[0-9]+.[0-9]+.[0-9]+"]);
    expect(release.permissions).toMatchObject({ contents: "write", "id-token": "write" });
    const runs = Object.values(release.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ""));
    const at = (text: string) => runs.findIndex((run) => run.includes(text));
    expect(at(".ci/run")).toBeGreaterThanOrEqual(0);
    expect(at("npm publish --provenance")).toBeGreaterThan(at(".ci/run"));
    expect(at('git push --force origin "refs/tags/$major"')).toBeGreaterThan(at("npm publish --provenance"));
    expect(runs.filter((run) => run !== "" && spawnSync("bash", ["-n", "-c", run]).status !== 0)).toEqual([]);
    const major = spawnSync("bash", ["-c", 'GITHUB_REF_NAME=v1.2.3; echo "${GITHUB_REF_NAME%%.*}"'], { encoding: "utf8" });
    expect(major.stdout).toBe("v1\n");
  });
});
