import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/scans/normalize.ts
var ShapeError = class extends Error {
};
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function field(object, name, where, check, required = false) {
  const value = object[name];
  if (value === void 0 || value === null) {
    if (required) throw new ShapeError(`${where}.${name}: missing`);
    return void 0;
  }
  if (!check(value)) throw new ShapeError(`${where}.${name}: unexpected ${Array.isArray(value) ? "list" : typeof value}`);
  return value;
}
var isString = (value) => typeof value === "string";
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var isArray = (value) => Array.isArray(value);
function objects(object, name, where) {
  const list = field(object, name, where, isArray) ?? [];
  return list.map((item, index) => {
    if (!isObject(item)) throw new ShapeError(`${where}.${name}[${index}]: expected an object`);
    return item;
  });
}
function fixState(value) {
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
function fromBasicFinding(finding, where) {
  const attributes = /* @__PURE__ */ new Map();
  for (const attribute of objects(finding, "attributes", where)) {
    const key = field(attribute, "key", where, isString);
    const value = field(attribute, "value", where, isString);
    if (key !== void 0 && value !== void 0) attributes.set(key, value);
  }
  const score = Number(attributes.get("CVSS3_SCORE") ?? attributes.get("CVSS2_SCORE"));
  const vulnerability = {
    id: field(finding, "name", where, isString, true),
    vendorSeverity: field(finding, "severity", where, isString) ?? "UNDEFINED",
    package: attributes.get("package_name") ?? attributes.get("PACKAGE_NAME") ?? "(unknown package)",
    fixAvailable: "unknown",
    source: "ecr-basic"
  };
  const version = attributes.get("package_version") ?? attributes.get("PACKAGE_VERSION");
  if (version !== void 0) vulnerability.version = version;
  if (Number.isFinite(score)) vulnerability.score = score;
  const uri = field(finding, "uri", where, isString);
  if (uri !== void 0) vulnerability.link = uri;
  const description = field(finding, "description", where, isString);
  if (description !== void 0) vulnerability.title = description.split("\n", 1)[0].slice(0, 200);
  return vulnerability;
}
function fromPackageFinding(finding, where, source) {
  const details = field(finding, "packageVulnerabilityDetails", where, isObject);
  if (!details) throw new ShapeError(`${where}.packageVulnerabilityDetails: missing`);
  const id = field(details, "vulnerabilityId", `${where}.packageVulnerabilityDetails`, isString, true);
  const severity = field(finding, "severity", where, isString) ?? field(details, "vendorSeverity", where, isString) ?? "UNDEFINED";
  const fix = fixState(field(finding, "fixAvailable", where, isString));
  const score = field(finding, "inspectorScore", where, isNumber) ?? field(finding, "score", where, isNumber);
  const link = field(details, "sourceUrl", where, isString);
  const title = field(finding, "title", where, isString);
  const packages = objects(details, "vulnerablePackages", `${where}.packageVulnerabilityDetails`);
  const result = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [index, pkg] of packages.entries()) {
    const at = `${where}.packageVulnerabilityDetails.vulnerablePackages[${index}]`;
    const name = field(pkg, "name", at, isString, true);
    const version = field(pkg, "version", at, isString);
    const key = `${name}\0${version ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fixedIn = field(pkg, "fixedInVersion", at, isString);
    const vulnerability = { id, vendorSeverity: severity, package: name, fixAvailable: fix, source };
    if (version !== void 0) vulnerability.version = version;
    if (fixedIn !== void 0 && fixedIn !== "NotAvailable" && fixedIn !== "") {
      vulnerability.fixedIn = fixedIn;
      if (fix === "unknown") vulnerability.fixAvailable = true;
    }
    if (score !== void 0) vulnerability.score = score;
    if (link !== void 0) vulnerability.link = link;
    if (title !== void 0) vulnerability.title = title.slice(0, 200);
    result.push(vulnerability);
  }
  if (result.length === 0)
    result.push({ id, vendorSeverity: severity, package: "(unknown package)", fixAvailable: fix, source, ...score !== void 0 ? { score } : {} });
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

export {
  ShapeError,
  objects,
  fromBasicFinding,
  fromPackageFinding,
  normalizeSeverity
};
