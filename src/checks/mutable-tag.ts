import * as z from "zod/mini";
import type { Finding } from "../findings.ts";
import { describeMissing, describeUse, externalImageUses } from "./image-uses.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

const OPTIONS = {
  "require-digest": z.optional(z.boolean().check(z.describe("Every external image must be pinned with @sha256:<digest>"))),
};

export const mutableTag: Check<typeof OPTIONS> = defineCheck({
  id: "mutable-tag",
  title: "Base image is not pinned",
  severity: "medium",
  rationale: "A tag such as latest can point to different content tomorrow, so the same Dockerfile builds a different, unreviewed image.",
  remediation: "Pin every base image to a version tag and, for reproducible builds, a digest: FROM node:20.11-alpine@sha256:<digest>.",
  references: ["NIST SP 800-190 §4.2.2", "CIS Docker Benchmark 4.2", "hadolint DL3006/DL3007"],
  rules: {
    "implicit-latest": "No tag: implicitly latest",
    "latest-tag": "The latest tag",
    "not-digest-pinned": "Not pinned by digest",
    "unresolved-variable": "Reference holds a variable without a value",
  },
  options: OPTIONS,
  presets: {
    default: {
      action: "fail",
      options: { "require-digest": false },
      why: "Untagged and :latest references fail; other tags pass until require-digest is set.",
    },
    strict: { action: "fail", options: { "require-digest": true }, why: "Every external image is pinned by digest." },
  },
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings: Finding[] = [];
    for (const use of externalImageUses(dockerfile)) {
      const location = { file, line: use.line };
      const key = `${file}|${use.kind}|${use.written}`;
      if (use.missing.length > 0) {
        findings.push(
          makeFinding(mutableTag, {
            rule: "unresolved-variable",
            message: `${describeUse(use)}: ${describeMissing(use)}, so the image cannot be known and is treated as mutable.`,
            location,
            key,
          }),
        );
        continue;
      }
      const reference = use.reference!;
      if (reference.digest) continue;
      if (reference.implicitLatest) {
        findings.push(
          makeFinding(mutableTag, {
            rule: "implicit-latest",
            message: `${describeUse(use)} has no tag, so it means ${reference.repository}:latest, which moves.`,
            location,
            key,
          }),
        );
      } else if (reference.tag === "latest") {
        findings.push(
          makeFinding(mutableTag, {
            rule: "latest-tag",
            message: `${describeUse(use)} uses the latest tag, which moves.`,
            location,
            key,
          }),
        );
      } else if (options["require-digest"]) {
        findings.push(
          makeFinding(mutableTag, {
            rule: "not-digest-pinned",
            message: `${describeUse(use)} is not pinned by digest; the policy requires @sha256:<digest>.`,
            location,
            key,
            severity: "low",
          }),
        );
      }
    }
    return findings;
  },
});
