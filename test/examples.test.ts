import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { ROOT } from "./helpers/paths.ts";

const load = (file: string) => YAML.parse(readFileSync(path.join(ROOT, file), "utf8"));
const actionInputs = Object.keys(load("action.yml").inputs);

describe("examples are complete enough to paste", () => {
  it("the GitHub workflow uses only the action's inputs, uploads SARIF, and asks for the permissions it needs", () => {
    const workflow = load("examples/github/workflow.yml");
    const steps = Object.values(
      workflow.jobs as Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }>; permissions: Record<string, string> }>,
    );
    const gateSteps = steps.flatMap((job) => job.steps).filter((step) => step.uses?.includes("image-gate@"));
    expect(gateSteps.length).toBe(2);
    for (const step of gateSteps) for (const input of Object.keys(step.with ?? {})) expect(actionInputs).toContain(input);
    const local = workflow.jobs["gate-local-image"];
    expect(local.permissions["security-events"]).toBe("write");
    expect(local.steps.some((step: { uses?: string }) => step.uses?.startsWith("github/codeql-action/upload-sarif"))).toBe(true);
    expect(local.steps.some((step: { uses?: string }) => step.uses?.startsWith("docker/build-push-action"))).toBe(true);
    const ecr = workflow.jobs["gate-ecr-image"];
    expect(ecr.permissions["id-token"]).toBe("write");
    expect(ecr.steps.some((step: { uses?: string }) => step.uses?.startsWith("aws-actions/configure-aws-credentials"))).toBe(true);
  });

  it("the CodeBuild buildspec builds, pushes, gates and hands the JUnit file to a report group", () => {
    const buildspec = load("examples/codebuild/buildspec.yml");
    const commands: string[] = buildspec.phases.build.commands;
    expect(commands.some((command) => command.startsWith("docker push"))).toBe(true);
    expect(commands.some((command) => command.includes("npx --yes image-gate") && command.includes("--report junit=reports/image-gate.xml"))).toBe(true);
    expect(buildspec.reports["image-gate"]).toMatchObject({ files: ["image-gate.xml"], "base-directory": "reports", "file-format": "JUNITXML" });
  });
});
