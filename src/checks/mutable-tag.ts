import type { ImageUse } from "../dockerfile/model.ts";
import { pinnedReference, unpinnableReason } from "../dockerfile/pin-edit.ts";
import type { Finding, Severity } from "../findings.ts";
import type { BaseImageEvidence } from "../image/base-image-registry.ts";
import { movingTagName, parseVersionTag, PRECISIONS, type Precision } from "../image/tag-version.ts";
import * as z from "zod/mini";
import { describeMissing, describeUse, externalImageUses } from "./image-uses.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

/** What a version tag of each precision leaves open, for messages. */
const FLOATS: Record<Precision, string> = { major: "every minor and patch release", minor: "every patch release", patch: "" };

const OPTIONS = {
  "require-digest": z.optional(z.boolean().check(z.describe("Every external image must be pinned with @sha256:<digest>"))),
  "tag-precision": z.optional(
    z.enum(PRECISIONS).check(z.describe("Version tags must name at least this part: with patch, node:20 and node:20.11 float (rule floating-version)")),
  ),
};

export const mutableTag: Check<typeof OPTIONS> = defineCheck({
  id: "mutable-tag",
  title: "Base image is not pinned",
  severity: "medium",
  rationale: "A tag such as latest can point to different content tomorrow, so the same Dockerfile builds a different, unreviewed image.",
  remediation:
    "Pin every base image to a version tag and, for reproducible builds, a digest: FROM node:20.11-alpine@sha256:<digest> (image-gate pin appends the digests and keeps them fresh).",
  references: ["NIST SP 800-190 §4.2.2", "CIS Docker Benchmark 4.2", "hadolint DL3006/DL3007"],
  rules: {
    "implicit-latest": "No tag: implicitly latest",
    "latest-tag": "The latest tag",
    "moving-tag": "A tag that moves by convention (edge, sid, nightly, lts, …)",
    "floating-version": "A version tag less precise than the policy's tag-precision",
    "not-digest-pinned": "Not pinned by digest",
    "unresolved-variable": "Reference holds a variable without a value",
  },
  options: OPTIONS,
  presets: {
    default: {
      action: "fail",
      options: { "require-digest": false },
      why: "Untagged, `latest` and conventionally moving tags (`edge`, `sid-slim`, `lts-alpine`) fail: they change under you. Version tags pass until `require-digest` or `tag-precision` is set; neither preset sets `tag-precision`, since a digest makes a floating tag reproducible and `image-gate pin` keeps it fresh.",
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
      const add = (rule: string, message: string, severity?: Severity) => {
        const finding = makeFinding(mutableTag, { rule, message, location, key, ...(severity ? { severity } : {}) });
        findings.push(withPinSuggestion(finding, use, evidence.baseImages));
      };
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
      const tag = reference.tag ?? "latest";
      const moving = movingTagName(tag);
      const version = parseVersionTag(tag);
      const required = options["tag-precision"];
      if (reference.implicitLatest) {
        add("implicit-latest", `${describeUse(use)} has no tag, so it means ${reference.repository}:latest, which moves.`);
      } else if (tag === "latest") {
        add("latest-tag", `${describeUse(use)} uses the latest tag, which moves.`);
      } else if (moving !== undefined) {
        add(
          "moving-tag",
          `${describeUse(use)} uses ${tag}, a tag that follows ${moving === "latest" ? "the latest release" : `"${moving}"`} and moves by convention.`,
        );
      } else if (version && required && PRECISIONS.indexOf(version.precision) < PRECISIONS.indexOf(required)) {
        add(
          "floating-version",
          `${describeUse(use)} floats: ${tag} names the version only to the ${version.precision}, so it moves with ${FLOATS[version.precision]}; the policy's tag-precision is ${required}.`,
          "low",
        );
      } else if (options["require-digest"]) {
        add("not-digest-pinned", `${describeUse(use)} is not pinned by digest; the policy requires @sha256:<digest>.`, "low");
      }
    }
    return findings;
  },
});

/** Adds what `image-gate pin` would write: in the message, and as a fix when the digest is known. */
function withPinSuggestion(finding: Finding, use: ImageUse, baseImages: BaseImageEvidence | undefined): Finding {
  const reference = use.reference!;
  const digest = baseImages?.digests[`${reference.repository}:${reference.tag ?? "latest"}`];
  const reason = unpinnableReason(use);
  if (reason !== undefined) return finding;
  if (digest === undefined) {
    finding.message += ` Pin it with image-gate pin, which appends the digest the tag points to now.`;
    return finding;
  }
  const pinned = pinnedReference(use.written, digest);
  finding.message += ` Pin it: ${use.written} → ${pinned} (image-gate pin).`;
  const span = use.span!;
  finding.fix = {
    description: `Pin ${use.written} to the digest it points to now`,
    file: (finding.location as { file: string }).file,
    region: { startLine: span.startLine, startColumn: span.startCharacter + 1, endLine: span.endLine, endColumn: span.endCharacter + 1 },
    replacement: pinned,
  };
  return finding;
}
