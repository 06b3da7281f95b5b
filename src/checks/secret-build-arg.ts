import type { Finding } from "../findings.ts";
import { isPlaceholderValue, isSecretName } from "../secrets/names.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

export const secretBuildArg: Check = defineCheck({
  id: "secret-build-arg",
  title: "Credential expected as a build argument",
  severity: "medium",
  rationale:
    "Values given with --build-arg are recorded in the image history (docker history shows them), so a credential passed this way ships with the image.",
  remediation: "Replace the ARG with a BuildKit secret: RUN --mount=type=secret,id=<name> ... and docker build --secret id=<name>,env=<VAR>.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "hadolint DL3064", "Trivy DS-0031"],
  rules: {
    "secret-named-arg": "Credential-named ARG without a value",
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings: Finding[] = [];
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ARG") continue;
      for (const property of instruction.properties ?? []) {
        if (!isSecretName(property.name)) continue;
        // An ARG with a real default is a plaintext secret, reported by the secret check.
        if (property.written !== null && !isPlaceholderValue(property.written)) continue;
        findings.push(
          makeFinding(secretBuildArg, {
            rule: "secret-named-arg",
            message: `ARG ${property.name} expects a credential as a build argument; its value would be stored in the image history.`,
            location: { file, line: instruction.line },
            key: `${file}|${property.name}`,
          }),
        );
      }
    }
    return findings;
  },
});
