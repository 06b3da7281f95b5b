import { intersects, maxSatisfying, satisfies, validRange } from "semver";
import * as z from "zod/mini";
import type { ImageUse } from "../dockerfile/model.ts";
import type { Finding, Severity } from "../findings.ts";
import type { TagListing } from "../image/base-image-registry.ts";
import { compareVersionTags, parseVersionTag, PRECISIONS, type Precision, type VersionTag } from "../image/tag-version.ts";
import { describeUse, externalImageUses } from "./image-uses.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

/** Rule per level of newer release, and how much each matters. */
const LEVELS: Array<{ level: Precision; rule: string; severity: Severity }> = [
  { level: "patch", rule: "patch-behind", severity: "medium" },
  { level: "minor", rule: "minor-behind", severity: "low" },
  { level: "major", rule: "major-behind", severity: "low" },
];

/** A ranges key must be a normalized repository: host first, no tag or digest. */
function isNormalizedRepository(repository: string): boolean {
  const host = repository.split("/")[0]!;
  return repository.includes("/") && (/[.:]/.test(host) || host === "localhost") && !/[:@]/.test(repository.slice(host.length));
}

const OPTIONS = {
  newer: z.optional(z.enum(PRECISIONS).check(z.describe("Report newer releases at or above this level: patch (default), minor or major"))),
  ranges: z.optional(
    z
      .record(
        z.string().check(z.minLength(1)),
        z.string().check(z.refine((text: string) => validRange(text, { loose: true }) !== null, 'expected a semver range such as ">=20.11 <23"')),
      )
      .check(
        z.refine((ranges: Record<string, string>) => Object.keys(ranges).every(isNormalizedRepository), {
          error: (issue) =>
            `"${Object.keys(issue.input as Record<string, string>).find((key) => !isNormalizedRepository(key))}" is not a normalized repository; write it with its registry and without a tag, such as docker.io/library/node`,
        }),
        z.describe("A semver range per normalized repository (docker.io/library/node); a tag outside it is out-of-range"),
      ),
  ),
  "on-unavailable": z.optional(z.enum(["warn", "fail"]).check(z.describe("The registry's tag list could not be read: warn (default) or fail (exit 2)"))),
};

export const outdatedBaseImage: Check<typeof OPTIONS> = defineCheck({
  id: "outdated-base-image",
  title: "Base image has newer releases",
  severity: "medium",
  rationale:
    "A base image tag that is behind its registry's newest release of the same line ships the vulnerabilities the newer release fixed; patch releases are mostly security fixes.",
  remediation:
    "Move the FROM to the newest release the finding names (same variant), or keep a floating tag pinned by digest and refresh it with image-gate pin on a schedule; set ranges for the versions you support.",
  references: ["CIS Docker Benchmark 4.4", "NIST SP 800-190 §4.1.1", "NIST SP 800-190 §4.2.2"],
  network: true,
  rules: {
    "patch-behind": "A newer patch release of the same minor and variant",
    "minor-behind": "A newer minor release of the same major and variant",
    "major-behind": "A newer major release of the same variant",
    "out-of-range": "A tag outside the policy's semver range for the repository",
    "tags-unavailable": "The repository's tag list could not be read (advice; never blocks)",
  },
  options: OPTIONS,
  presets: {
    default: {
      action: "off",
      why: "It reads every base image's tag list from its registry; a run without a policy stays offline and fast.",
    },
    strict: {
      action: "warn",
      options: { newer: "patch", "on-unavailable": "warn" },
      why: "Warns rather than fails: a newer major is a migration to plan, not a defect, and a blocking verdict would change with the registry instead of with the code. To enforce versions, set `ranges` and `action: fail`.",
    },
  },
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    const registry = evidence.baseImages;
    if (!dockerfile || !registry) return [];
    const file = dockerfile.path;
    const newer = options.newer ?? "patch";
    const ranges = options.ranges ?? {};
    const findings: Finding[] = [];
    for (const use of externalImageUses(dockerfile)) {
      if (use.kind !== "from" || !use.reference) continue;
      const reference = use.reference;
      const listing = registry.tags[reference.repository];
      const range = ranges[reference.repository];
      const location = { file, line: use.line };
      const add = (rule: string, severity: Severity, message: string) =>
        findings.push(makeFinding(outdatedBaseImage, { rule, severity, message, location, key: `${file}|${use.written}` }));

      if (listing && "unavailable" in listing) {
        const finding = makeFinding(outdatedBaseImage, {
          rule: "tags-unavailable",
          severity: "info",
          message: `${describeUse(use)}: the tags of ${reference.repository} could not be read, so its freshness is unknown: ${listing.unavailable}`,
          location,
          key: `${file}|${use.written}`,
        });
        finding.advisory = true;
        findings.push(finding);
      }
      const tags = listing && "tags" in listing ? parsedTags(listing) : undefined;
      const current = reference.tag !== undefined ? parseVersionTag(reference.tag) : undefined;

      if (range !== undefined && validRange(range, { loose: true }) !== null) {
        const verdict = rangeVerdict(use, current, tags, range);
        if (verdict) add("out-of-range", "medium", verdict);
      }
      if (!current || !tags) continue;
      const sameLine = tags.filter((tag) => tag.variant === current.variant && (current.prerelease || !tag.prerelease));
      for (const { level, rule, severity } of LEVELS) {
        if (PRECISIONS.indexOf(level) > PRECISIONS.indexOf(newer)) continue;
        const newest = newestAt(level, current, sameLine);
        if (!newest) continue;
        const repository = use.resolved.replace(/@.*$/, "").replace(/:[^:/]+$/, "");
        add(rule, severity, `${describeUse(use)} is a ${level} release behind: ${newestText(level, current, newest, repository)}.`);
      }
    }
    return findings;
  },
});

/** The tags of a listing that are versions (parsed once per listing). */
const parsedCache = new WeakMap<TagListing, VersionTag[]>();
function parsedTags(listing: { tags: string[] }): VersionTag[] {
  let parsed = parsedCache.get(listing);
  if (!parsed) {
    parsed = listing.tags.map(parseVersionTag).filter((tag): tag is VersionTag => tag !== undefined);
    parsedCache.set(listing, parsed);
  }
  return parsed;
}

/**
 * The newest tag newer than `current` at a level: a patch release of the same minor (`20.11.0` →
 * `20.11.1`), a minor of the same major, or a newer major. A tag names a level only as precisely
 * as it is written (`20` floats over every patch and minor, so it is only ever major-behind);
 * the proposal keeps the current tag's precision when the registry has one.
 */
function newestAt(level: Precision, current: VersionTag, candidates: VersionTag[]): VersionTag | undefined {
  if (PRECISIONS.indexOf(current.precision) < PRECISIONS.indexOf(level)) return undefined;
  const { major, minor } = current.version;
  const newer = candidates.filter((tag) => {
    const version = tag.version;
    if (PRECISIONS.indexOf(tag.precision) < PRECISIONS.indexOf(level)) return false;
    if (level === "patch")
      return version.major === major && version.minor === minor && compareVersionTags({ ...tag, precision: "patch" }, { ...current, precision: "patch" }) > 0;
    if (level === "minor") return version.major === major && version.minor > minor;
    return version.major > major;
  });
  if (newer.length === 0) return undefined;
  const samePrecision = newer.filter((tag) => tag.precision === current.precision);
  const pool = samePrecision.length > 0 ? samePrecision : newer;
  return pool.reduce((best, tag) =>
    compareVersionTags(tag, best) > 0 || (compareVersionTags(tag, best) === 0 && tag.prefixed === current.prefixed && best.prefixed !== current.prefixed)
      ? tag
      : best,
  );
}

function newestText(level: Precision, current: VersionTag, newest: VersionTag, repository: string): string {
  const { major, minor } = current.version;
  const line = level === "patch" ? `${major}.${minor}` : level === "minor" ? `${major}.x` : "";
  const variant = current.variant ? ` ${current.variant}` : "";
  const scope = level === "major" ? `the newest${variant} release` : `the newest${variant} ${line} release`;
  return `${repository}:${newest.tag} is ${scope}`;
}

/** Why the tag is outside the policy's range, or undefined when it is inside. */
function rangeVerdict(use: ImageUse, current: VersionTag | undefined, tags: VersionTag[] | undefined, range: string): string | undefined {
  const reference = use.reference!;
  const where = `the policy's range for ${reference.repository} (${range})`;
  if (reference.tag === undefined && reference.digest !== undefined)
    return `${describeUse(use)} is pinned by digest only, so it cannot be shown to be in ${where}.`;
  if (!current) return `${describeUse(use)}: ${reference.tag ?? "latest"} is not a version tag, so it cannot be shown to be in ${where}.`;
  const options = { loose: true, includePrerelease: current.prerelease };
  // A floating tag (`20`, `20.11`) is what it floats to: the newest release it covers.
  let version = current.version.version;
  if (current.precision !== "patch") {
    const covered = (tags ?? [])
      .filter((tag) => tag.variant === current.variant && (current.prerelease || !tag.prerelease))
      .filter((tag) => tag.version.major === current.version.major && (current.precision === "major" || tag.version.minor === current.version.minor))
      .map((tag) => tag.version.version);
    const newest = maxSatisfying(covered, "*", options);
    // Without the tag list, a floating tag gets the benefit of the doubt (the unread list is reported).
    if (newest === null) return intersects(floatingRange(current), range, options) ? undefined : `${describeUse(use)}: ${current.tag} is outside ${where}.`;
    version = newest;
  }
  if (satisfies(version, range, options)) return undefined;
  const inRange = (tags ?? [])
    .filter((tag) => tag.variant === current.variant && !tag.prerelease && satisfies(tag.version, range, { loose: true }))
    .sort(compareVersionTags)
    .pop();
  const suggestion = inRange ? `; ${inRange.tag} is in range` : "";
  const shown = version === current.version.version && current.precision === "patch" ? version : `${current.tag}, ${version} now`;
  return `${describeUse(use)}: ${shown} is outside ${where}${suggestion}.`;
}

/** The versions a floating tag covers: `20` is 20.x, `20.11` is 20.11.x. */
function floatingRange(tag: VersionTag): string {
  return tag.precision === "major" ? `${tag.version.major}.x` : `${tag.version.major}.${tag.version.minor}.x`;
}
