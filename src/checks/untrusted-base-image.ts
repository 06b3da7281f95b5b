import type { Finding } from "../findings.ts";
import { globMatch } from "../policy/glob.ts";
import { describeMissing, describeUse, externalImageUses } from "./image-uses.ts";
import { makeFinding, type Check } from "./types.ts";

export const untrustedBaseImage: Check = {
  id: "untrusted-base-image",
  title: "Base image is not from a trusted source",
  severity: "high",
  rationale: "Everything in a base image ships in yours; an image from an unvetted publisher or registry is unreviewed code in production.",
  remediation:
    "Build from images your organisation trusts (a curated ECR repository or official images) and list them under checks.untrusted-base-image.trusted.",
  references: ["CIS Docker Benchmark 4.2", "NIST SP 800-190 §4.1.5", "hadolint DL3026"],
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const trusted = options.trusted ?? [];
    const findings: Finding[] = [];
    for (const use of externalImageUses(dockerfile)) {
      const location = { file, line: use.line };
      const key = `${file}|${use.kind}|${use.written}`;
      if (use.missing.length > 0) {
        findings.push(
          makeFinding(untrustedBaseImage, {
            rule: "unresolved-variable",
            message: `${describeUse(use)}: ${describeMissing(use)}, so the image cannot be checked against the trusted list.`,
            location,
            key,
          }),
        );
        continue;
      }
      const repository = use.reference!.repository;
      if (trusted.some((pattern) => globMatch(pattern, repository))) continue;
      findings.push(
        makeFinding(untrustedBaseImage, {
          rule: "not-trusted",
          message:
            trusted.length === 0
              ? `${describeUse(use)}: ${repository} is not on a trusted list (the policy lists no trusted patterns yet).`
              : `${describeUse(use)}: ${repository} matches none of the ${trusted.length} trusted pattern${trusted.length === 1 ? "" : "s"}.`,
          location,
          key,
        }),
      );
    }
    return findings;
  },
};
