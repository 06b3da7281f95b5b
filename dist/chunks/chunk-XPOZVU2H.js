import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  array,
  date,
  looseObject,
  nullable,
  number,
  optional,
  pipe,
  record,
  string,
  transform,
  union,
  unknown
} from "./chunk-XSNBVYEM.js";
import {
  NEVER,
  _gte,
  _lte,
  _minLength,
  _regex
} from "./chunk-NHUMKS5O.js";

// src/scans/schemas.ts
var ShapeError = class extends Error {
};
var optional2 = (schema) => optional(
  pipe(
    nullable(schema),
    transform((value) => value === null ? void 0 : value)
  )
);
var timestamp = pipe(
  union([date(), number(), string()]),
  transform((value, context) => {
    const date2 = value instanceof Date ? value : typeof value === "number" ? new Date(value * 1e3) : new Date(value);
    if (Number.isNaN(date2.getTime())) {
      context.issues.push({ code: "custom", message: "not a valid timestamp", input: value });
      return NEVER;
    }
    return date2.toISOString();
  })
);
var text = string();
var vulnerablePackageSchema = looseObject({
  name: optional2(text),
  version: optional2(text),
  epoch: optional2(number()),
  release: optional2(text),
  arch: optional2(text),
  packageManager: optional2(text),
  filePath: optional2(text),
  fixedInVersion: optional2(text),
  remediation: optional2(text)
});
var packageFindingSchema = looseObject({
  findingArn: optional2(text),
  awsAccountId: optional2(text),
  type: optional2(text),
  title: optional2(text),
  description: optional2(text),
  severity: optional2(text),
  status: optional2(text),
  fixAvailable: optional2(text),
  exploitAvailable: optional2(text),
  inspectorScore: optional2(number()),
  score: optional2(number()),
  epss: optional2(looseObject({ score: optional2(number().check(_gte(0), _lte(1))) })),
  exploitabilityDetails: optional2(looseObject({ lastKnownExploitAt: optional2(timestamp) })),
  // Present on package vulnerability findings (the only type the gate reads); Inspector's other types lack it.
  packageVulnerabilityDetails: optional2(
    looseObject({
      vulnerabilityId: text.check(_minLength(1)),
      source: optional2(text),
      sourceUrl: optional2(text),
      vendorSeverity: optional2(text),
      vulnerablePackages: optional2(array(vulnerablePackageSchema))
    })
  ),
  resources: optional2(
    array(
      looseObject({
        type: optional2(text),
        id: optional2(text),
        details: optional2(
          looseObject({
            awsEcrContainerImage: optional2(
              looseObject({
                imageHash: optional2(text),
                repositoryName: optional2(text),
                registry: optional2(text),
                platform: optional2(text),
                architecture: optional2(text)
              })
            )
          })
        )
      })
    )
  )
});
var basicFindingSchema = looseObject({
  name: text.check(_minLength(1)),
  description: optional2(text),
  uri: optional2(text),
  severity: optional2(text),
  attributes: optional2(array(looseObject({ key: text, value: optional2(text) })))
});
var imageScanStatusSchema = looseObject({ status: optional2(text), description: optional2(text) });
var imageScanFindingsPageSchema = looseObject({
  registryId: optional2(text),
  repositoryName: optional2(text),
  imageId: optional2(looseObject({ imageDigest: optional2(text), imageTag: optional2(text) })),
  imageScanStatus: optional2(imageScanStatusSchema),
  imageScanFindings: optional2(
    looseObject({
      imageScanCompletedAt: optional2(timestamp),
      vulnerabilitySourceUpdatedAt: optional2(timestamp),
      findingSeverityCounts: optional2(record(string(), number())),
      findings: optional2(array(basicFindingSchema)),
      enhancedFindings: optional2(array(packageFindingSchema))
    })
  ),
  nextToken: optional2(text)
});
var describeImagesSchema = looseObject({
  imageDetails: optional2(
    array(
      looseObject({
        registryId: optional2(text),
        repositoryName: optional2(text),
        imageDigest: text.check(_regex(/^sha256:[0-9a-f]{64}$/, "expected sha256:<64 hex>")),
        imageTags: optional2(array(text)),
        imagePushedAt: optional2(timestamp),
        imageManifestMediaType: optional2(text),
        artifactMediaType: optional2(text)
      })
    )
  ),
  nextToken: optional2(text)
});
var batchGetImageSchema = looseObject({
  images: optional2(
    array(
      looseObject({
        registryId: optional2(text),
        repositoryName: optional2(text),
        imageId: optional2(looseObject({ imageDigest: optional2(text), imageTag: optional2(text) })),
        imageManifest: optional2(text),
        imageManifestMediaType: optional2(text)
      })
    )
  ),
  failures: optional2(
    array(
      looseObject({
        imageId: optional2(looseObject({ imageDigest: optional2(text), imageTag: optional2(text) })),
        failureCode: optional2(text),
        failureReason: optional2(text)
      })
    )
  )
});
var authorizationTokenSchema = looseObject({
  authorizationData: optional2(array(looseObject({ authorizationToken: optional2(text), expiresAt: optional2(timestamp), proxyEndpoint: optional2(text) })))
});
var registryScanningConfigurationSchema = looseObject({
  registryId: optional2(text),
  scanningConfiguration: optional2(looseObject({ scanType: optional2(text), rules: optional2(array(unknown())) }))
});
var coveredResourceSchema = looseObject({
  resourceType: optional2(text),
  resourceId: optional2(text),
  accountId: optional2(text),
  scanType: optional2(text),
  scanStatus: optional2(looseObject({ statusCode: optional2(text), reason: optional2(text) })),
  lastScannedAt: optional2(timestamp),
  scanMode: optional2(text)
});
var listCoveragePageSchema = looseObject({ coveredResources: optional2(array(coveredResourceSchema)), nextToken: optional2(text) });
var listFindingsPageSchema = looseObject({ findings: optional2(array(packageFindingSchema)), nextToken: optional2(text) });
var findingDetailsSchema = looseObject({
  findingDetails: optional2(
    array(
      looseObject({
        findingArn: optional2(text),
        cisaData: optional2(looseObject({ dateAdded: optional2(timestamp), dateDue: optional2(timestamp), action: optional2(text) })),
        exploitObserved: optional2(looseObject({ firstSeen: optional2(timestamp), lastSeen: optional2(timestamp) })),
        epssScore: optional2(number().check(_gte(0), _lte(1)))
      })
    )
  ),
  errors: optional2(array(looseObject({ findingArn: optional2(text), errorCode: optional2(text), errorMessage: optional2(text) })))
});
var kevCatalogSchema = looseObject({
  catalogVersion: optional2(text),
  vulnerabilities: array(
    looseObject({
      cveID: text.check(_regex(/^CVE-\d{4}-\d{4,}$/, "expected a CVE id")),
      dateAdded: optional2(text),
      dueDate: optional2(text),
      requiredAction: optional2(text)
    })
  )
});
function pathText(path) {
  return path.map((part) => typeof part === "number" ? `[${part}]` : `.${String(part)}`).join("");
}
function parseShape(schema, data, what) {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = pathText(issue.path);
  let value = data;
  for (const part of issue.path) value = value !== null && typeof value === "object" ? value[part] : void 0;
  const problem = issue.code === "invalid_type" ? value === void 0 ? "missing" : `expected ${issue.expected}, got ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}` : issue.message;
  throw new ShapeError(`${what === "" ? field.replace(/^\./, "") || "document" : `${what}${field}`}: ${problem}`);
}

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
function normalizeSeverity(vendor, unknown2) {
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
      return unknown2;
  }
}
function signatureOf(vulnerabilities) {
  return vulnerabilities.map((item) => `${item.id}|${item.package}|${item.version ?? ""}|${item.vendorSeverity}|${item.status}|${item.fixedIn ?? ""}`).sort().join("\n");
}

export {
  ShapeError,
  imageScanFindingsPageSchema,
  describeImagesSchema,
  batchGetImageSchema,
  authorizationTokenSchema,
  registryScanningConfigurationSchema,
  listCoveragePageSchema,
  listFindingsPageSchema,
  findingDetailsSchema,
  kevCatalogSchema,
  parseShape,
  fromBasicFinding,
  fromPackageFinding,
  normalizeSeverity,
  signatureOf
};
