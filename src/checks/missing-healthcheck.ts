import { finalStage, stageChain } from "../dockerfile/model.ts";
import { makeFinding, type Check } from "./types.ts";

export const missingHealthcheck: Check = {
  id: "missing-healthcheck",
  title: "No HEALTHCHECK",
  severity: "low",
  rationale: "Without a health check a hung process keeps receiving traffic; the orchestrator only sees that it has not exited.",
  remediation:
    "Add HEALTHCHECK CMD <probe> to the final stage, or turn this check off when the ECS task definition or Kubernetes probes define health instead.",
  references: ["CIS Docker Benchmark 4.6", "Dockle CIS-DI-0006", "Trivy DS-0026"],
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const healthchecks = stageChain(dockerfile).flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === "HEALTHCHECK"));
    const last = healthchecks[healthchecks.length - 1];
    if (!last) {
      const stage = finalStage(dockerfile);
      return [
        makeFinding(missingHealthcheck, {
          rule: "no-healthcheck",
          message: "The final stage defines no HEALTHCHECK.",
          location: { file, line: stage.line },
          key: `${file}|no-healthcheck`,
        }),
      ];
    }
    if (/^none$/i.test(last.args.trim())) {
      return [
        makeFinding(missingHealthcheck, {
          rule: "healthcheck-disabled",
          message: "HEALTHCHECK NONE disables the health check the base image may define.",
          location: { file, line: last.line },
          key: `${file}|healthcheck-disabled`,
        }),
      ];
    }
    return [];
  },
};
