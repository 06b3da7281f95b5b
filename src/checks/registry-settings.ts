import * as z from "zod/mini";
import type { Finding } from "../findings.ts";
import type { RepositorySettings } from "../supply-chain/model.ts";
import { defineCheck, makeFinding, type Check } from "./types.ts";

/** ECR's WILDCARD filters: `*` matches any run of characters, everything else itself. */
export function ecrWildcardMatch(filter: string, text: string): boolean {
  const pattern = filter
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${pattern}$`).test(text);
}

function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function cli(settings: RepositorySettings, command: string, args: string[]): string {
  return `aws ecr ${command} ${args.join(" ")} --region ${settings.region}`;
}

function mutableTags(settings: RepositorySettings): { problem: string; fix: string } | undefined {
  const base = ["--registry-id", settings.account, "--repository-name", shellQuote(settings.name)];
  const immutable = cli(settings, "put-image-tag-mutability", [...base, "--image-tag-mutability", "IMMUTABLE"]);
  const tag = settings.tag;
  const matching = tag === undefined ? [] : settings.exclusionFilters.filter((entry) => ecrWildcardMatch(entry.filter, tag));
  switch (settings.tagMutability) {
    case "IMMUTABLE":
      return undefined;
    case "IMMUTABLE_WITH_EXCLUSION": {
      if (matching.length === 0) return undefined;
      const remaining = settings.exclusionFilters.filter((entry) => !matching.includes(entry));
      const fix =
        remaining.length === 0
          ? immutable
          : cli(settings, "put-image-tag-mutability", [
              ...base,
              "--image-tag-mutability",
              "IMMUTABLE_WITH_EXCLUSION",
              "--image-tag-mutability-exclusion-filters",
              ...remaining.map((entry) => shellQuote(`filterType=${entry.filterType},filter=${entry.filter}`)),
            ]);
      return {
        problem: `tags are immutable except those matching ${matching.map((entry) => `"${entry.filter}"`).join(", ")}, which the judged tag "${tag}" does: it can be overwritten`,
        fix,
      };
    }
    case "MUTABLE_WITH_EXCLUSION":
      if (matching.length > 0) return undefined;
      return {
        problem: `tags are mutable except those matching ${settings.exclusionFilters.map((entry) => `"${entry.filter}"`).join(", ") || "no filter"}${tag === undefined ? "" : `, and the judged tag "${tag}" matches none`}`,
        fix: immutable,
      };
    default:
      return { problem: `imageTagMutability is ${settings.tagMutability}: any tag can be pushed over`, fix: immutable };
  }
}

/** The registry's rules with this repository added to a scan-on-push rule: the full --rules value, since the API replaces all rules. */
function rulesWithRepository(settings: RepositorySettings): string {
  const frequency = "SCAN_ON_PUSH";
  const rules = settings.registryRules.map((rule) => ({
    scanFrequency: rule.scanFrequency,
    repositoryFilters: rule.repositoryFilters.map((entry) => ({ ...entry })),
  }));
  const target = rules.find((rule) => rule.scanFrequency === frequency || (settings.scanType === "ENHANCED" && rule.scanFrequency === "CONTINUOUS_SCAN"));
  const filter = { filter: settings.name, filterType: "WILDCARD" };
  if (target) target.repositoryFilters.push(filter);
  else rules.push({ scanFrequency: frequency, repositoryFilters: [filter] });
  return JSON.stringify(rules);
}

function scanOnPush(settings: RepositorySettings): { problem: string; fix: string } | undefined {
  const fix = cli(settings, "put-registry-scanning-configuration", ["--scan-type", settings.scanType, "--rules", shellQuote(rulesWithRepository(settings))]);
  if (settings.scanType === "ENHANCED") {
    const covering = settings.registryRules.filter(
      (rule) =>
        (rule.scanFrequency === "SCAN_ON_PUSH" || rule.scanFrequency === "CONTINUOUS_SCAN") &&
        rule.repositoryFilters.some((entry) => ecrWildcardMatch(entry.filter, settings.name)),
    );
    if (covering.length > 0) return undefined;
    const filters = settings.registryRules.flatMap((rule) => rule.repositoryFilters.map((entry) => `"${entry.filter}"`));
    return { problem: `enhanced scanning is on, but no scanning rule's filter (${filters.join(", ") || "none"}) covers the repository ${settings.name}`, fix };
  }
  if (settings.scanFrequency === "SCAN_ON_PUSH" || settings.scanFrequency === "CONTINUOUS_SCAN") return undefined;
  return {
    problem: `basic scanning, and the repository's effective scan frequency is ${settings.scanFrequency ?? "not reported"}${settings.scanOnPush === false ? " (scanOnPush false)" : ""}: pushed images are not scanned`,
    fix,
  };
}

const OPTIONS = {
  require: z.optional(
    z.array(z.enum(["tag-immutability", "scan-on-push", "kms-encryption"])).check(z.describe("Which repository settings are required (default: all three)")),
  ),
};

export const registrySettings: Check<typeof OPTIONS> = defineCheck({
  id: "registry-settings",
  title: "ECR repository lets images change or ship unscanned",
  severity: "medium",
  rules: {
    "mutable-tags": "Tags of the repository can be overwritten",
    "scan-on-push-off": "Pushed images are not scanned",
    "no-kms-encryption": "The repository is not encrypted with KMS",
  },
  options: OPTIONS,
  presets: {
    default: { action: "off", why: "Calls AWS: turn it on in your own policy." },
    strict: { action: "fail", why: "The repository behind --ecr-image must keep tags immutable, scan on push and encrypt with KMS." },
  },
  network: true,
  rationale:
    "A repository whose tags can be overwritten lets a later push replace what was reviewed; one that does not scan on push ships images nobody scanned; KMS keeps the encryption key under your control and its use in CloudTrail.",
  remediation: "Run the AWS CLI command in the finding: tag immutability and scanning are changed in place; encryption is chosen when a repository is created.",
  references: ["NIST SP 800-190 §4.2.2, §4.2.3", "CIS AWS Foundations (ECR)", "AWS Security Hub ECR.1, ECR.2"],
  run(evidence, options) {
    const settings = evidence.repositorySettings;
    if (!settings) return [];
    const required = options.require ?? ["tag-immutability", "scan-on-push", "kms-encryption"];
    const findings: Finding[] = [];
    const add = (rule: string, problem: string, fix: string) =>
      findings.push(
        makeFinding(registrySettings, {
          rule,
          message: `ECR repository ${settings.name} (account ${settings.account}, ${settings.region}): ${problem}. Fix: ${fix}`,
          location: { image: settings.repository },
          key: `${settings.account}|${settings.region}|${settings.name}|${rule}`,
        }),
      );
    if (required.includes("tag-immutability")) {
      const problem = mutableTags(settings);
      if (problem) add("mutable-tags", problem.problem, problem.fix);
    }
    if (required.includes("scan-on-push")) {
      const problem = scanOnPush(settings);
      if (problem) add("scan-on-push-off", problem.problem, problem.fix);
    }
    if (required.includes("kms-encryption") && settings.encryptionType !== "KMS" && settings.encryptionType !== "KMS_DSSE") {
      add(
        "no-kms-encryption",
        `encrypted with ${settings.encryptionType} (S3-managed keys), not KMS; encryption cannot be changed on an existing repository`,
        `create a KMS-encrypted repository and push there: ${cli(settings, "create-repository", ["--repository-name", shellQuote(`${settings.name}-kms`), "--image-tag-mutability", "IMMUTABLE", "--encryption-configuration", "encryptionType=KMS"])} (or set encryptionType=KMS in a repository creation template for new repositories)`,
      );
    }
    return findings;
  },
});
