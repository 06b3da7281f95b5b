/**
 * Turns ECR basic, ECR enhanced and Amazon Inspector findings (validated by ./schemas.ts, as the
 * SDK returns them or as the AWS CLI prints them: the same field names) into one Vulnerability shape.
 */

import type { Vulnerability } from "./model.ts";
import { ShapeError } from "../aws/shape.ts";
import type { BasicFinding, PackageFinding } from "./schemas.ts";

function fixState(value: string | undefined): Vulnerability["fixAvailable"] {
  switch ((value ?? "").toUpperCase()) {
    case "YES":
      return true;
    case "NO":
      return false;
    case "PARTIAL":
      return "partial";
    default:
      return "unknown";
  }
}

function exploitState(value: string | undefined): boolean | undefined {
  switch ((value ?? "").toUpperCase()) {
    case "YES":
      return true;
    case "NO":
      return false;
    default:
      return undefined;
  }
}

/**
 * A finding's status as the gate reads it: CLOSED findings are history (`closed`: dropped),
 * SUPPRESSED ones matched an Inspector suppression rule. Anything else, including a status this
 * code does not know or none at all, is active: fail closed.
 */
export function findingStatus(status: string | undefined): "active" | "suppressed" | "closed" {
  switch ((status ?? "").toUpperCase()) {
    case "CLOSED":
      return "closed";
    case "SUPPRESSED":
      return "suppressed";
    default:
      return "active";
  }
}

/** A basic-scan finding: `name` is the CVE, package details are in `attributes` (Clair-era and AWS-native keys). */
export function fromBasicFinding(finding: BasicFinding): Vulnerability {
  const attributes = new Map<string, string>();
  for (const attribute of finding.attributes ?? []) if (attribute.value !== undefined) attributes.set(attribute.key, attribute.value);
  const score = Number(attributes.get("CVSS3_SCORE") ?? attributes.get("CVSS2_SCORE"));
  const vulnerability: Vulnerability = {
    id: finding.name,
    vendorSeverity: finding.severity ?? "UNDEFINED",
    package: attributes.get("package_name") ?? attributes.get("PACKAGE_NAME") ?? "(unknown package)",
    fixAvailable: "unknown",
    source: "ecr-basic",
    status: "active",
  };
  const version = attributes.get("package_version") ?? attributes.get("PACKAGE_VERSION");
  if (version !== undefined) vulnerability.version = version;
  if (Number.isFinite(score)) vulnerability.score = score;
  if (finding.uri !== undefined) vulnerability.link = finding.uri;
  if (finding.description !== undefined) vulnerability.title = finding.description.split("\n", 1)[0]!.slice(0, 200);
  return vulnerability;
}

/**
 * An ECR enhanced or Inspector finding: one vulnerability per vulnerable package. CLOSED findings
 * give none (the caller counts them); the exploit facts the finding itself carries (exploitAvailable,
 * EPSS, last known exploit) come along.
 */
export function fromPackageFinding(finding: PackageFinding, source: "ecr-enhanced" | "inspector", where: string): Vulnerability[] {
  const status = findingStatus(finding.status);
  if (status === "closed") return [];
  const details = finding.packageVulnerabilityDetails;
  if (!details) throw new ShapeError(`${where}.packageVulnerabilityDetails: missing`);
  const id = details.vulnerabilityId;
  const severity = finding.severity ?? details.vendorSeverity ?? "UNDEFINED";
  const fix = fixState(finding.fixAvailable);
  const score = finding.inspectorScore ?? finding.score;
  const common: Omit<Vulnerability, "package"> = { id, vendorSeverity: severity, fixAvailable: fix, source, status };
  if (score !== undefined) common.score = score;
  if (details.sourceUrl !== undefined) common.link = details.sourceUrl;
  if (finding.title !== undefined) common.title = finding.title.slice(0, 200);
  if (finding.findingArn !== undefined) common.findingArn = finding.findingArn;
  const exploit = exploitState(finding.exploitAvailable);
  if (exploit !== undefined) common.exploitAvailable = exploit;
  if (finding.exploitabilityDetails?.lastKnownExploitAt !== undefined) common.lastKnownExploitAt = finding.exploitabilityDetails.lastKnownExploitAt;
  if (finding.epss?.score !== undefined) common.epss = finding.epss.score;

  const result: Vulnerability[] = [];
  const seen = new Set<string>();
  for (const pkg of details.vulnerablePackages ?? []) {
    const name = pkg.name ?? "(unknown package)";
    const key = `${name}\u0000${pkg.version ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const vulnerability: Vulnerability = { ...common, package: name };
    if (pkg.version !== undefined) vulnerability.version = pkg.version;
    const fixedIn = pkg.fixedInVersion;
    if (fixedIn !== undefined && fixedIn !== "NotAvailable" && fixedIn !== "") {
      vulnerability.fixedIn = fixedIn;
      if (fix === "unknown") vulnerability.fixAvailable = true;
    }
    result.push(vulnerability);
  }
  if (result.length === 0) result.push({ ...common, package: "(unknown package)" });
  return result;
}

/** Vendor severity to the five the policy counts; UNDEFINED/UNTRIAGED and the like go to `unknown`. */
export function normalizeSeverity(vendor: string, unknown: "critical" | "high" | "medium" | "low" | "info"): "critical" | "high" | "medium" | "low" | "info" {
  switch (vendor.toUpperCase()) {
    case "CRITICAL":
      return "critical";
    case "HIGH":
      return "high";
    case "MEDIUM":
    case "MODERATE":
      return "medium";
    case "LOW":
      return "low";
    case "INFORMATIONAL":
    case "INFO":
    case "NEGLIGIBLE":
      return "info";
    default:
      return unknown;
  }
}

/** Identity of a result set for "two reads agree": the findings and their status, not their order, never the per-page counts. */
export function signatureOf(vulnerabilities: Vulnerability[]): string {
  return vulnerabilities
    .map((item) => `${item.id}|${item.package}|${item.version ?? ""}|${item.vendorSeverity}|${item.status}|${item.fixedIn ?? ""}`)
    .sort()
    .join("\n");
}
