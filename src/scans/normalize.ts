/**
 * Turns ECR basic, ECR enhanced and Amazon Inspector findings (as the SDK returns them, or as
 * the AWS CLI prints them: the same field names) into one Vulnerability shape. Input is read
 * defensively: a field of the wrong type is an error that names where it is.
 */

import type { Vulnerability } from "./model.ts";

export class ShapeError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function field<T>(object: Json, name: string, where: string, check: (value: unknown) => value is T, required: true): T;
function field<T>(object: Json, name: string, where: string, check: (value: unknown) => value is T, required?: false): T | undefined;
function field<T>(object: Json, name: string, where: string, check: (value: unknown) => value is T, required = false): T | undefined {
  const value = object[name];
  if (value === undefined || value === null) {
    if (required) throw new ShapeError(`${where}.${name}: missing`);
    return undefined;
  }
  if (!check(value)) throw new ShapeError(`${where}.${name}: unexpected ${Array.isArray(value) ? "list" : typeof value}`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

/** A list of objects at `name`, each checked to be an object. */
export function objects(object: Json, name: string, where: string): Json[] {
  const list = field(object, name, where, isArray) ?? [];
  return list.map((item, index) => {
    if (!isObject(item)) throw new ShapeError(`${where}.${name}[${index}]: expected an object`);
    return item;
  });
}

function fixState(value: string | undefined): Vulnerability["fixAvailable"] {
  switch (value?.toUpperCase()) {
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

/** A basic-scan finding: `name` is the CVE, package details are in `attributes` (Clair-era and AWS-native keys). */
export function fromBasicFinding(finding: Json, where: string): Vulnerability {
  const attributes = new Map<string, string>();
  for (const attribute of objects(finding, "attributes", where)) {
    const key = field(attribute, "key", where, isString);
    const value = field(attribute, "value", where, isString);
    if (key !== undefined && value !== undefined) attributes.set(key, value);
  }
  const score = Number(attributes.get("CVSS3_SCORE") ?? attributes.get("CVSS2_SCORE"));
  const vulnerability: Vulnerability = {
    id: field(finding, "name", where, isString, true),
    vendorSeverity: field(finding, "severity", where, isString) ?? "UNDEFINED",
    package: attributes.get("package_name") ?? attributes.get("PACKAGE_NAME") ?? "(unknown package)",
    fixAvailable: "unknown",
    source: "ecr-basic",
  };
  const version = attributes.get("package_version") ?? attributes.get("PACKAGE_VERSION");
  if (version !== undefined) vulnerability.version = version;
  if (Number.isFinite(score)) vulnerability.score = score;
  const uri = field(finding, "uri", where, isString);
  if (uri !== undefined) vulnerability.link = uri;
  const description = field(finding, "description", where, isString);
  if (description !== undefined) vulnerability.title = description.split("\n", 1)[0]!.slice(0, 200);
  return vulnerability;
}

/**
 * An ECR enhanced or Inspector finding: one vulnerability per vulnerable package. The two
 * services share this shape (ECR enhanced scanning is Inspector underneath).
 */
export function fromPackageFinding(finding: Json, where: string, source: "ecr-enhanced" | "inspector"): Vulnerability[] {
  const details = field(finding, "packageVulnerabilityDetails", where, isObject);
  if (!details) throw new ShapeError(`${where}.packageVulnerabilityDetails: missing`);
  const id = field(details, "vulnerabilityId", `${where}.packageVulnerabilityDetails`, isString, true);
  const severity = field(finding, "severity", where, isString) ?? field(details, "vendorSeverity", where, isString) ?? "UNDEFINED";
  const fix = fixState(field(finding, "fixAvailable", where, isString));
  const score = field(finding, "inspectorScore", where, isNumber) ?? field(finding, "score", where, isNumber);
  const link = field(details, "sourceUrl", where, isString);
  const title = field(finding, "title", where, isString);
  const packages = objects(details, "vulnerablePackages", `${where}.packageVulnerabilityDetails`);
  const result: Vulnerability[] = [];
  const seen = new Set<string>();
  for (const [index, pkg] of packages.entries()) {
    const at = `${where}.packageVulnerabilityDetails.vulnerablePackages[${index}]`;
    const name = field(pkg, "name", at, isString, true);
    const version = field(pkg, "version", at, isString);
    const key = `${name}\u0000${version ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fixedIn = field(pkg, "fixedInVersion", at, isString);
    const vulnerability: Vulnerability = { id, vendorSeverity: severity, package: name, fixAvailable: fix, source };
    if (version !== undefined) vulnerability.version = version;
    if (fixedIn !== undefined && fixedIn !== "NotAvailable" && fixedIn !== "") {
      vulnerability.fixedIn = fixedIn;
      if (fix === "unknown") vulnerability.fixAvailable = true;
    }
    if (score !== undefined) vulnerability.score = score;
    if (link !== undefined) vulnerability.link = link;
    if (title !== undefined) vulnerability.title = title.slice(0, 200);
    result.push(vulnerability);
  }
  if (result.length === 0)
    result.push({ id, vendorSeverity: severity, package: "(unknown package)", fixAvailable: fix, source, ...(score !== undefined ? { score } : {}) });
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
