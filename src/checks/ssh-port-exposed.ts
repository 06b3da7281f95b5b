import { stageChain } from "../dockerfile/model.ts";
import type { Finding, Location } from "../findings.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

/** True when an EXPOSE entry (`22`, `22/tcp`, `20-25/tcp`) covers port 22. */
function exposesSsh(entry: string): boolean {
  const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(entry.trim());
  if (!match) return false;
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  return low <= 22 && 22 <= high;
}

export const sshPortExposed: Check = defineCheck({
  id: "ssh-port-exposed",
  title: "SSH port exposed",
  severity: "medium",
  rationale:
    "An SSH server in a container is a second, long-lived way in that bypasses the orchestrator's access controls and audit (use ECS Exec or kubectl exec).",
  remediation: "Remove EXPOSE 22 and the SSH server; use ECS Exec, kubectl exec or SSM Session Manager for access.",
  references: ["NIST SP 800-190 §4.1.2", "Trivy DS-0004"],
  rules: {
    "expose-22": "Port 22 exposed",
  },
  imageNeeds: { config: ["exposedPorts"] },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const dockerfileSightings: Array<{ entry: string; location: Location }> = [];
    if (evidence.dockerfile) {
      const file = evidence.dockerfile.path;
      for (const stage of stageChain(evidence.dockerfile)) {
        for (const instruction of stage.instructions) {
          if (instruction.keyword !== "EXPOSE") continue;
          const entry = (instruction.expanded ?? instruction.args)
            .split(/\s+/)
            .filter((item) => item !== "")
            .find(exposesSsh);
          if (entry) dockerfileSightings.push({ entry, location: { file, line: instruction.line } });
        }
      }
    }
    const key = `${evidence.dockerfile?.path ?? ""}|port-22`;
    if (evidence.image) {
      const port = evidence.image.config.exposedPorts.find(exposesSsh);
      if (!port) return [];
      const finding: Finding = makeFinding(sshPortExposed, {
        rule: "expose-22",
        message: `The image config exposes ${port}, the SSH port.`,
        location: { config: "ExposedPorts" },
        key,
      });
      if (dockerfileSightings.length > 0) finding.locations = [finding.location, ...dockerfileSightings.map((sighting) => sighting.location)];
      return [finding];
    }
    return dockerfileSightings.map((sighting) =>
      makeFinding(sshPortExposed, {
        rule: "expose-22",
        message: `EXPOSE ${sighting.entry} publishes the SSH port.`,
        location: sighting.location,
        key: `${key}|${sighting.entry}`,
      }),
    );
  },
});
