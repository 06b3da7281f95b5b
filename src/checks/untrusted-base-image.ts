import * as z from "zod/mini";
import type { Finding } from "../findings.ts";
import { globLength, globMatch } from "../glob.ts";
import { describeMissing, describeUse, externalImageUses } from "./image-uses.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";
import { quoteInput } from "../secrets/redact.ts";

/** A pattern must name a registry host, or it could never match a normalized repository. */
function namesRegistryHost(pattern: string): boolean {
  const host = pattern.split("/")[0]!;
  return pattern.includes("/") ? /[.:*?]/.test(host) || host === "localhost" : /^\*\*?$/.test(pattern);
}

const OPTIONS = {
  trusted: z.optional(
    z
      .array(
        z.string().check(
          z.minLength(1),
          globLength(),
          z.refine(namesRegistryHost, {
            error: (issue) => `${quoteInput(String(issue.input))} has no registry host; patterns match normalized repositories such as docker.io/library/node`,
          }),
        ),
      )
      .check(z.describe("Globs over the normalized repository, host included: * within a segment, ** across segments")),
  ),
};

export const untrustedBaseImage: Check<typeof OPTIONS> = defineCheck({
  id: "untrusted-base-image",
  title: "Base image is not from a trusted source",
  severity: "high",
  rationale: "Everything in a base image ships in yours; an image from an unvetted publisher or registry is unreviewed code in production.",
  remediation:
    "Build from images your organisation trusts (a curated ECR repository or official images) and list them under checks.untrusted-base-image.trusted.",
  references: ["CIS Docker Benchmark 4.2", "NIST SP 800-190 §4.1.5", "hadolint DL3026"],
  rules: {
    "not-trusted": "Base image matches no trusted pattern",
    "unresolved-variable": "Base image holds a variable without a value",
  },
  options: OPTIONS,
  presets: {
    default: {
      action: "warn",
      options: { trusted: [] },
      why: "The gate cannot know your organisation's registries: list them under `trusted` and set `action: fail` in your own policy.",
    },
    strict: { action: "fail", why: "Only images from the trusted list may be built on." },
  },
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
});
