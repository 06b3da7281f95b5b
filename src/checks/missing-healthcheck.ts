import { finalStage, stageChain, type DockerfileModel } from "../dockerfile/model.ts";
import type { Location } from "../findings.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

interface Verdict {
  rule: "no-healthcheck" | "healthcheck-disabled";
  message: string;
  location: Location;
}

function fromDockerfile(dockerfile: DockerfileModel): Verdict | undefined {
  const file = dockerfile.path;
  const healthchecks = stageChain(dockerfile).flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === "HEALTHCHECK"));
  const last = healthchecks[healthchecks.length - 1];
  if (!last) return { rule: "no-healthcheck", message: "The final stage defines no HEALTHCHECK.", location: { file, line: finalStage(dockerfile).line } };
  if (/^none$/i.test(last.args.trim())) {
    return {
      rule: "healthcheck-disabled",
      message: "HEALTHCHECK NONE disables the health check the base image may define.",
      location: { file, line: last.line },
    };
  }
  return undefined;
}

export const missingHealthcheck: Check = defineCheck({
  id: "missing-healthcheck",
  title: "No HEALTHCHECK",
  severity: "low",
  rationale: "Without a health check a hung process keeps receiving traffic; the orchestrator only sees that it has not exited.",
  remediation:
    "Add HEALTHCHECK CMD <probe> to the final stage, or turn this check off when the ECS task definition or Kubernetes probes define health instead.",
  references: ["CIS Docker Benchmark 4.6", "Dockle CIS-DI-0006", "Trivy DS-0026"],
  rules: {
    "no-healthcheck": "No HEALTHCHECK",
    "healthcheck-disabled": "HEALTHCHECK NONE",
  },
  imageNeeds: { config: ["healthcheck"] },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile ? fromDockerfile(evidence.dockerfile) : undefined;
    let verdict = dockerfile;
    if (evidence.image) {
      // The image config is the truth: a base image's health check counts, and so does its absence.
      const test = evidence.image.config.healthcheck?.test ?? [];
      const location = { config: "Healthcheck" };
      if (evidence.image.config.healthcheck === undefined || test.length === 0)
        verdict = { rule: "no-healthcheck", message: "The image config has no Healthcheck.", location };
      else if (test[0] === "NONE") verdict = { rule: "healthcheck-disabled", message: "The image config disables the health check (NONE).", location };
      else verdict = undefined;
    }
    if (!verdict) return [];
    const finding = makeFinding(missingHealthcheck, { ...verdict, key: `${evidence.dockerfile?.path ?? ""}|healthcheck` });
    if (evidence.image && dockerfile) finding.locations = [verdict.location, dockerfile.location];
    return [finding];
  },
});
