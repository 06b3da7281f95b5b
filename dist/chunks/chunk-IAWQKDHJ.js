import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  ShapeError
} from "./chunk-BUOUAKQC.js";

// src/scans/normalize.ts
function fixState(value) {
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
function exploitState(value) {
  switch ((value ?? "").toUpperCase()) {
    case "YES":
      return true;
    case "NO":
      return false;
    default:
      return void 0;
  }
}
function findingStatus(status) {
  switch ((status ?? "").toUpperCase()) {
    case "CLOSED":
      return "closed";
    case "SUPPRESSED":
      return "suppressed";
    default:
      return "active";
  }
}
function fromBasicFinding(finding) {
  const attributes = /* @__PURE__ */ new Map();
  for (const attribute of finding.attributes ?? []) if (attribute.value !== void 0) attributes.set(attribute.key, attribute.value);
  const score = Number(attributes.get("CVSS3_SCORE") ?? attributes.get("CVSS2_SCORE"));
  const vulnerability = {
    id: finding.name,
    vendorSeverity: finding.severity ?? "UNDEFINED",
    package: attributes.get("package_name") ?? attributes.get("PACKAGE_NAME") ?? "(unknown package)",
    fixAvailable: "unknown",
    source: "ecr-basic",
    status: "active"
  };
  const version = attributes.get("package_version") ?? attributes.get("PACKAGE_VERSION");
  if (version !== void 0) vulnerability.version = version;
  if (Number.isFinite(score)) vulnerability.score = score;
  if (finding.uri !== void 0) vulnerability.link = finding.uri;
  if (finding.description !== void 0) vulnerability.title = finding.description.split("\n", 1)[0].slice(0, 200);
  return vulnerability;
}
function fromPackageFinding(finding, source, where) {
  const status = findingStatus(finding.status);
  if (status === "closed") return [];
  const details = finding.packageVulnerabilityDetails;
  if (!details) throw new ShapeError(`${where}.packageVulnerabilityDetails: missing`);
  const id = details.vulnerabilityId;
  const severity = finding.severity ?? details.vendorSeverity ?? "UNDEFINED";
  const fix = fixState(finding.fixAvailable);
  const score = finding.inspectorScore ?? finding.score;
  const common = { id, vendorSeverity: severity, fixAvailable: fix, source, status };
  if (score !== void 0) common.score = score;
  if (details.sourceUrl !== void 0) common.link = details.sourceUrl;
  if (finding.title !== void 0) common.title = finding.title.slice(0, 200);
  if (finding.findingArn !== void 0) common.findingArn = finding.findingArn;
  const exploit = exploitState(finding.exploitAvailable);
  if (exploit !== void 0) common.exploitAvailable = exploit;
  if (finding.exploitabilityDetails?.lastKnownExploitAt !== void 0) common.lastKnownExploitAt = finding.exploitabilityDetails.lastKnownExploitAt;
  if (finding.epss?.score !== void 0) common.epss = finding.epss.score;
  const result = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pkg of details.vulnerablePackages ?? []) {
    const name = pkg.name ?? "(unknown package)";
    const key = `${name}\0${pkg.version ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const vulnerability = { ...common, package: name };
    if (pkg.version !== void 0) vulnerability.version = pkg.version;
    const fixedIn = pkg.fixedInVersion;
    if (fixedIn !== void 0 && fixedIn !== "NotAvailable" && fixedIn !== "") {
      vulnerability.fixedIn = fixedIn;
      if (fix === "unknown") vulnerability.fixAvailable = true;
    }
    result.push(vulnerability);
  }
  if (result.length === 0) result.push({ ...common, package: "(unknown package)" });
  return result;
}
function normalizeSeverity(vendor, unknown) {
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
function signatureOf(vulnerabilities) {
  return vulnerabilities.map((item) => `${item.id}|${item.package}|${item.version ?? ""}|${item.vendorSeverity}|${item.status}|${item.fixedIn ?? ""}`).sort().join("\n");
}

export {
  fromBasicFinding,
  fromPackageFinding,
  normalizeSeverity,
  signatureOf
};
