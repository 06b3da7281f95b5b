import type { DockerfileInstruction, DockerfileModel } from "../dockerfile/model.ts";
import { lineInScript, runScripts } from "../dockerfile/shell.ts";
import type { Finding } from "../findings.ts";
import { isPlaceholderValue, isSecretName } from "../secrets/names.ts";
import { redact } from "../secrets/redact.ts";
import { findSecretAssignments, SecretScanner } from "../secrets/scanner.ts";
import { makeFinding, type Check } from "./types.ts";

let scanner: SecretScanner | undefined;
/** One scanner for the process: compiling the keyword filter is the expensive part. */
export function sharedScanner(): SecretScanner {
  scanner ??= new SecretScanner();
  return scanner;
}

function instructionAt(dockerfile: DockerfileModel, line: number): DockerfileInstruction | undefined {
  return dockerfile.instructions.find((instruction) => instruction.line <= line && line <= instruction.endLine);
}

export const secret: Check = {
  id: "secret",
  title: "Plaintext credential",
  severity: "critical",
  rationale: "Anyone who can pull the image, or read the repository, can read a credential written into it; deleting it in a later step does not remove it.",
  remediation:
    "Remove the credential, rotate it, and pass secrets at build time with RUN --mount=type=secret (BuildKit) and at run time from AWS Secrets Manager or SSM Parameter Store.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "Dockle CIS-DI-0010"],
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings: Finding[] = [];
    const reported = new Set<string>();

    // Token formats anywhere in the file: instructions, heredocs, comments.
    for (const match of sharedScanner().scan(dockerfile.text)) {
      reported.add(match.secret);
      const instruction = instructionAt(dockerfile, match.line);
      const where = instruction ? `in ${instruction.keyword}` : "in a comment";
      findings.push(
        makeFinding(secret, {
          rule: match.rule.id,
          severity: match.rule.severity,
          message: `${match.rule.title} ${where}.`,
          location: { file, line: match.line },
          evidence: redact(match.secret),
          key: `${file}|${redact(match.secret)}`,
        }),
      );
    }

    const credentialVariable = (kind: string, name: string, value: string, line: number) => {
      if ([...reported].some((known) => value.includes(known))) return;
      reported.add(value);
      findings.push(
        makeFinding(secret, {
          rule: "credential-variable",
          severity: "high",
          message: `${kind} ${name} holds a plaintext value.`,
          location: { file, line },
          evidence: redact(value),
          key: `${file}|${kind}|${name}|${redact(value)}`,
        }),
      );
    };

    for (const instruction of dockerfile.instructions) {
      for (const property of instruction.properties ?? []) {
        if (property.written === null || property.value === null) continue;
        if (!isSecretName(property.name)) continue;
        // A value that is only a reference to another variable holds no credential itself.
        if (isPlaceholderValue(property.written) || isPlaceholderValue(property.value)) continue;
        credentialVariable(instruction.keyword, property.name, property.value, instruction.line);
      }
      for (const script of runScripts(instruction)) {
        for (const assignment of findSecretAssignments(script.text)) {
          const line = lineInScript(script, assignment.index);
          credentialVariable("RUN sets", assignment.name, assignment.value, line);
        }
      }
    }
    return findings;
  },
};
