import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  ecrStatusVerdict
} from "./chunk-GCX4ICOM.js";
import {
  ShapeError,
  fromBasicFinding,
  fromPackageFinding,
  objects
} from "./chunk-7PFP2BQY.js";
import {
  GateError,
  firstLine,
  jsonProblem
} from "./chunk-A6QDF7GZ.js";
import "./chunk-ENLSQBIW.js";

// src/scans/gather.ts
import path from "node:path";

// src/scans/files.ts
import { readFile, stat } from "node:fs/promises";
var MAX_RESULTS_BYTES = 256 * 1024 * 1024;
async function readScanResults(file, label) {
  let text;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new GateError(`${label}: is a directory, not scan results`);
    if (info.size > MAX_RESULTS_BYTES) throw new GateError(`${label}: ${info.size} bytes is too large for scan results`);
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = error.code;
    throw new GateError(`${label}: cannot read the scan results (${code === "ENOENT" ? "no such file" : code ?? firstLine(error)})`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${label}: not valid JSON (${jsonProblem(error)})`);
  }
  try {
    return parseScanResults(data, label);
  } catch (error) {
    if (error instanceof ShapeError) throw new GateError(`${label}: ${error.message}`);
    throw error;
  }
}
function parseScanResults(data, label) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new GateError(`${label}: expected the JSON of aws ecr describe-image-scan-findings or aws inspector2 list-findings`);
  }
  const document = data;
  if ("imageScanFindings" in document || "imageScanStatus" in document) return fromEcrDocument(document, label);
  if (Array.isArray(document.findings)) return fromInspectorDocument(document, label);
  throw new GateError(`${label}: neither ECR scan findings (imageScanFindings) nor Inspector findings (findings) in this JSON`);
}
function fromEcrDocument(document, label) {
  const status = document.imageScanStatus;
  const verdict = ecrStatusVerdict(
    typeof status?.status === "string" ? status.status : void 0,
    typeof status?.description === "string" ? status.description : void 0
  );
  if (verdict.state !== "ready") return { source: "file", label, status: "unavailable", reason: verdict.reason, vulnerabilities: [] };
  if (typeof document.nextToken === "string" && document.nextToken !== "") {
    return {
      source: "file",
      label,
      status: "unavailable",
      reason: "the file holds one page of several (nextToken is set); save every page (the AWS CLI does unless --no-paginate)",
      vulnerabilities: []
    };
  }
  const findings = document.imageScanFindings ?? {};
  const vulnerabilities = [];
  const enhanced = objects(findings, "enhancedFindings", "imageScanFindings");
  enhanced.forEach((finding, index) => vulnerabilities.push(...fromPackageFinding(finding, `imageScanFindings.enhancedFindings[${index}]`, "ecr-enhanced")));
  const basic = objects(findings, "findings", "imageScanFindings");
  basic.forEach((finding, index) => vulnerabilities.push(fromBasicFinding(finding, `imageScanFindings.findings[${index}]`)));
  return { source: "file", label, status: "complete", scanType: enhanced.length > 0 ? "enhanced" : "basic", vulnerabilities };
}
function fromInspectorDocument(document, label) {
  if (typeof document.nextToken === "string" && document.nextToken !== "") {
    return {
      source: "file",
      label,
      status: "unavailable",
      reason: "the file holds one page of several (nextToken is set); save every page",
      vulnerabilities: []
    };
  }
  const vulnerabilities = [];
  objects(document, "findings", "").forEach((finding, index) => {
    if (typeof finding.status === "string" && finding.status !== "ACTIVE") return;
    if (typeof finding.type === "string" && finding.type !== "PACKAGE_VULNERABILITY") return;
    vulnerabilities.push(...fromPackageFinding(finding, `findings[${index}]`, "inspector"));
  });
  return { source: "file", label, status: "complete", scanType: "inspector", vulnerabilities };
}

// src/scans/gather.ts
async function gatherScans(options) {
  const results = [];
  if (options.sources.has("file")) {
    if (options.files.length === 0) {
      results.push({
        source: "file",
        label: "scan results file",
        status: "unavailable",
        reason: "the policy expects a results file but no --scan-results was given",
        vulnerabilities: []
      });
    }
    for (const file of options.files) {
      const shown = path.relative(options.cwd, path.resolve(options.cwd, file)) || file;
      results.push(await readScanResults(path.resolve(options.cwd, file), shown.startsWith("..") ? file : shown));
    }
  }
  let digest;
  if (options.ecr && (options.sources.has("ecr") || options.sources.has("inspector"))) {
    const aws = await import("./aws-55YR33GE.js");
    const awsOptions = {
      reference: options.ecr,
      waitMs: options.waitMs,
      startScan: options.startScan,
      clock: options.clock,
      ...options.progress ? { progress: options.progress } : {},
      ...options.settleMs !== void 0 ? { settleMs: options.settleMs } : {}
    };
    digest = await aws.resolveEcrDigest(awsOptions);
    const [ecr, inspector] = await Promise.all([
      options.sources.has("ecr") ? aws.readEcrScan(awsOptions, digest) : void 0,
      options.sources.has("inspector") ? aws.readInspectorFindings(awsOptions, digest) : void 0
    ]);
    if (ecr) results.push(ecr);
    if (inspector) results.push(inspector);
  }
  return digest === void 0 ? { results } : { results, digest };
}
export {
  gatherScans
};
