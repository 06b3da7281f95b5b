/**
 * `--scan-results FILE`: the JSON the AWS CLI prints for `aws ecr describe-image-scan-findings`
 * (basic or enhanced) or `aws inspector2 list-findings`, for pipelines that fetch results
 * themselves and for air-gapped runs.
 */

import { readFile, stat } from "node:fs/promises";
import { GateError, firstLine, jsonProblem } from "../errors.ts";
import type { ScanResult, Vulnerability } from "./model.ts";
import { ecrStatusVerdict } from "./ecr-status.ts";
import { fromBasicFinding, fromPackageFinding, objects, ShapeError } from "./normalize.ts";

const MAX_RESULTS_BYTES = 256 * 1024 * 1024;

type Json = Record<string, unknown>;

/** Reads one results file; malformed input is a GateError naming the file and the field. */
export async function readScanResults(file: string, label: string): Promise<ScanResult> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new GateError(`${label}: is a directory, not scan results`);
    if (info.size > MAX_RESULTS_BYTES) throw new GateError(`${label}: ${info.size} bytes is too large for scan results`);
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GateError(`${label}: cannot read the scan results (${code === "ENOENT" ? "no such file" : (code ?? firstLine(error))})`);
  }
  let data: unknown;
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

/** Recognizes the document by its shape and normalizes it. */
export function parseScanResults(data: unknown, label: string): ScanResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new GateError(`${label}: expected the JSON of aws ecr describe-image-scan-findings or aws inspector2 list-findings`);
  }
  const document = data as Json;
  if ("imageScanFindings" in document || "imageScanStatus" in document) return fromEcrDocument(document, label);
  if (Array.isArray(document.findings)) return fromInspectorDocument(document, label);
  throw new GateError(`${label}: neither ECR scan findings (imageScanFindings) nor Inspector findings (findings) in this JSON`);
}

function fromEcrDocument(document: Json, label: string): ScanResult {
  const status = document.imageScanStatus as Json | undefined;
  const verdict = ecrStatusVerdict(
    typeof status?.status === "string" ? status.status : undefined,
    typeof status?.description === "string" ? status.description : undefined,
  );
  if (verdict.state !== "ready") return { source: "file", label, status: "unavailable", reason: verdict.reason, vulnerabilities: [] };
  if (typeof document.nextToken === "string" && document.nextToken !== "") {
    return {
      source: "file",
      label,
      status: "unavailable",
      reason: "the file holds one page of several (nextToken is set); save every page (the AWS CLI does unless --no-paginate)",
      vulnerabilities: [],
    };
  }
  const findings = (document.imageScanFindings ?? {}) as Json;
  const vulnerabilities: Vulnerability[] = [];
  const enhanced = objects(findings, "enhancedFindings", "imageScanFindings");
  enhanced.forEach((finding, index) => vulnerabilities.push(...fromPackageFinding(finding, `imageScanFindings.enhancedFindings[${index}]`, "ecr-enhanced")));
  const basic = objects(findings, "findings", "imageScanFindings");
  basic.forEach((finding, index) => vulnerabilities.push(fromBasicFinding(finding, `imageScanFindings.findings[${index}]`)));
  return { source: "file", label, status: "complete", scanType: enhanced.length > 0 ? "enhanced" : "basic", vulnerabilities };
}

function fromInspectorDocument(document: Json, label: string): ScanResult {
  if (typeof document.nextToken === "string" && document.nextToken !== "") {
    return {
      source: "file",
      label,
      status: "unavailable",
      reason: "the file holds one page of several (nextToken is set); save every page",
      vulnerabilities: [],
    };
  }
  const vulnerabilities: Vulnerability[] = [];
  objects(document, "findings", "").forEach((finding, index) => {
    // Closed or suppressed findings are history, not risk; the gate counts what is active.
    if (typeof finding.status === "string" && finding.status !== "ACTIVE") return;
    if (typeof finding.type === "string" && finding.type !== "PACKAGE_VULNERABILITY") return;
    vulnerabilities.push(...fromPackageFinding(finding, `findings[${index}]`, "inspector"));
  });
  return { source: "file", label, status: "complete", scanType: "inspector", vulnerabilities };
}
