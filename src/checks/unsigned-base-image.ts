import type { Finding } from "../findings.ts";
import { judgeSignatureEvidence, SIGNATURE_RULES } from "./signature-verdicts.ts";
import { resolveSignerFiles, SIGNER_OPTIONS, SIGNER_PRESETS, signersProblem } from "./signer-options.ts";
import { defineCheck, makeFinding, type Check } from "./types.ts";

export const unsignedBaseImage: Check<typeof SIGNER_OPTIONS> = defineCheck({
  id: "unsigned-base-image",
  title: "Base image is not signed by a trusted signer",
  severity: "high",
  rules: SIGNATURE_RULES,
  options: SIGNER_OPTIONS,
  presets: SIGNER_PRESETS,
  network: true,
  resolveFiles: resolveSignerFiles,
  problemWhenOn: signersProblem("unsigned-base-image"),
  rationale: "A base image whose signature you do not check can be swapped in its registry, and everything built on it inherits the swap.",
  remediation:
    "Build from base images their publisher signs (Chainguard, Docker Hardened Images, your own signed ECR base images) and list the publisher under checks.unsigned-base-image.signers.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.2, 4.5"],
  run(evidence) {
    const findings: Finding[] = [];
    for (const base of evidence.baseImageSignatures ?? []) {
      const location = { file: base.file, line: base.line };
      const key = `${base.file}|${base.written}`;
      if (base.unresolved !== undefined) {
        findings.push(
          makeFinding(unsignedBaseImage, {
            rule: "no-signature",
            message: `FROM ${base.written}: ${base.unresolved}, so the image cannot be resolved and its signature cannot be checked.`,
            location,
            key: `${key}|no-signature`,
          }),
        );
        continue;
      }
      findings.push(...judgeSignatureEvidence(unsignedBaseImage, base, `FROM ${base.written} (${base.image})`, location, key));
    }
    return findings;
  },
});
