/**
 * The policy file's schema: the single source for validation and for the published
 * policies/schema.json that editors use. Unknown keys are errors everywhere, because a typo
 * must never silently weaken a gate. (zod/mini: the same schemas in a twentieth of the bundle.)
 */

import * as z from "zod/mini";
import { CHECK_ALIASES, CHECKS } from "../checks/index.ts";
import { SEVERITIES } from "../findings.ts";
import { globLength } from "../glob.ts";

const action = () =>
  z.optional(z.enum(["fail", "warn", "off"]).check(z.describe("fail: blocking; warn: reported, never blocking; off: the check does not run")));
const severity = () => z.enum(SEVERITIES);

const baseCheck = () => ({
  action: action(),
  severity: z.optional(severity().check(z.describe("Overrides the severity of this check's findings"))),
});

/** Each check's keys: action and severity, and the options the check itself declares. */
const checks = z.strictObject({
  ...Object.fromEntries(CHECKS.map((check) => [check.id, z.optional(z.strictObject({ ...baseCheck(), ...check.options }).check(z.describe(check.title)))])),
  // Old names keep working, with a warning, as the check that replaced them.
  ...Object.fromEntries(
    Object.entries(CHECK_ALIASES).map(([alias, target]) => [alias, z.optional(z.strictObject(baseCheck()).check(z.describe(`Deprecated: use ${target}`)))]),
  ),
});

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"),
  z.refine((text: string) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "not a real calendar date"),
);

const duration = z.string().check(z.regex(/^\d+(?:ms|s|m|h)$/, 'expected a duration such as "30s", "10m" or "1h"'));
const positiveDuration = z.string().check(z.regex(/^0*[1-9]\d*(?:ms|s|m|h)$/, 'expected a duration above zero such as "30s", "2m" or "1h"'));

const count = () => z.optional(z.int().check(z.gte(0, "expected a count of 0 or more")));

const vulnerabilitiesSchema = z.strictObject({
  sources: z.optional(z.array(z.enum(["ecr", "inspector", "file"])).check(z.describe("Where scan results come from; empty: none"))),
  max: z.optional(
    z
      .strictObject({ critical: count(), high: count(), medium: count(), low: count(), info: count() })
      .check(z.describe("Allowed count per severity; omitted severities are unlimited")),
  ),
  "fixable-only": z.optional(z.boolean().check(z.describe("Count only findings that have a fix"))),
  "on-unavailable": z.optional(z.enum(["fail", "warn"]).check(z.describe("What to do when scan results are unavailable"))),
  wait: z.optional(duration.check(z.describe("How long to wait for a pending scan"))),
  "unknown-severity": z.optional(severity().check(z.describe("Severity for vendor severities such as UNDEFINED or UNTRIAGED (default high)"))),
  "start-scan": z.optional(
    z.boolean().check(z.describe("Start a basic ECR scan when the image has none (manual-scan repositories; needs ecr:StartImageScan)")),
  ),
  block: z.optional(
    z
      .strictObject({
        kev: z.optional(z.boolean().check(z.describe("Block findings listed in CISA's Known Exploited Vulnerabilities catalog"))),
        "exploit-available": z.optional(z.boolean().check(z.describe("Block findings for which the scanner knows a public exploit"))),
        epss: z.optional(
          z
            .number()
            .check(
              z.gte(0, "expected an EPSS probability from 0 to 1"),
              z.lte(1, "expected an EPSS probability from 0 to 1"),
              z.describe("Block findings whose EPSS probability is at or above this"),
            ),
        ),
      })
      .check(z.describe("These block a finding whatever max and fixable-only say (an exception still suppresses it)")),
  ),
  "kev-catalog": z.optional(
    z
      .string()
      .check(
        z.minLength(1),
        z.describe("CISA's KEV JSON feed (known_exploited_vulnerabilities.json), relative to this file: for sources that do not say (ECR basic, files)"),
      ),
  ),
  "inspector-suppressions": z.optional(
    z
      .enum(["honor", "ignore"])
      .check(z.describe("honor: findings an Amazon Inspector suppression rule matched are suppressed; ignore: they count. Either way they are reported")),
  ),
  platforms: z.optional(
    z.enum(["all", "selected"]).check(z.describe("For a multi-platform index in ECR: gate every platform image (all), or only --platform's (selected)")),
  ),
});

const byteSize = z.string().check(z.regex(/^\d+(?:\.\d+)?(?:B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/, 'expected a size such as "10MiB" or "2GiB"'));

const limitsSchema = z.strictObject({
  "max-file-size": z.optional(byteSize.check(z.describe("Bytes of each file scanned for credentials; the rest is reported by unscanned-content"))),
  "max-layer-size": z.optional(
    byteSize.check(
      z.describe("Unpacked bytes of each layer read; the rest is reported by unscanned-content (a registry blob past it is not an image: exit 2)"),
    ),
  ),
  "max-entries": z.optional(
    z
      .int()
      .check(
        z.gte(1, "expected a count of 1 or more"),
        z.describe("Entries (files, links, whiteouts) kept per image for the image checks; the rest are reported by unscanned-content"),
      ),
  ),
  "idle-timeout": z.optional(
    positiveDuration.check(z.describe("A registry or docker save that sends nothing for this long while the gate waits is exit 2 (default 30s)")),
  ),
  "read-timeout": z.optional(
    positiveDuration.check(z.describe("Each registry request must be done within this, plus a second per 64 KiB a blob's descriptor declares (default 2m)")),
  ),
});

const exceptionSchema = z.strictObject({
  check: z.enum([...CHECKS.map((check) => check.id), ...Object.keys(CHECK_ALIASES)] as [string, ...string[]]),
  id: z.optional(z.string().check(z.minLength(1), z.describe("A rule id, or a CVE id for vulnerabilities"))),
  path: z.optional(z.string().check(z.minLength(1), globLength(), z.describe("Glob over the finding's path (layer path or Dockerfile path)"))),
  package: z.optional(z.string().check(z.minLength(1), z.describe("Package name, for vulnerabilities"))),
  reason: z.string().check(z.refine((text: string) => text.trim() !== "", "an exception needs a reason")),
  expires: isoDate.check(z.describe("Last day (UTC) on which the exception applies")),
});

export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  extends: z.optional(z.string().check(z.minLength(1), z.describe("A preset name (default, strict) or a path relative to this file"))),
  mode: z.optional(z.enum(["enforce", "audit"])),
  checks: z.optional(checks),
  vulnerabilities: z.optional(vulnerabilitiesSchema),
  limits: z.optional(limitsSchema),
  exceptions: z.optional(z.array(exceptionSchema)),
});

export type PolicyDocument = z.infer<typeof policySchema>;
export type ExceptionDocument = z.infer<typeof exceptionSchema>;
export type VulnerabilitiesDocument = z.infer<typeof vulnerabilitiesSchema>;

/** The JSON schema published as policies/schema.json (used by the build, not at run time). */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return { $schema: schema.$schema, title: "image-gate assurance policy", ...schema };
}
