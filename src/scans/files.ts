/**
 * `--scan-results FILE`: the JSON the AWS CLI prints for `aws ecr describe-image-scan-findings`
 * (basic or enhanced) or `aws inspector2 list-findings`, for pipelines that fetch results
 * themselves and for air-gapped runs. Validated like the API's answers: an unfinished scan or a
 * partial file is unavailable, a malformed one is exit 2 naming the file and the field.
 */

import { GateError, jsonProblem } from "../errors.ts";
import { readInputFile } from "../input-file.ts";
import type { ScanResult, Vulnerability } from "./model.ts";
import { ecrStatusVerdict } from "./ecr-status.ts";
import { fromBasicFinding, fromPackageFinding } from "./normalize.ts";
import { parseShape, ShapeError } from "../aws/shape.ts";
import { imageScanFindingsPageSchema, listFindingsPageSchema } from "./schemas.ts";

const MAX_RESULTS_BYTES = 256 * 1024 * 1024;

/** Reads one results file; malformed input is a GateError naming the file and the field. */
export async function readScanResults(file: string, label: string): Promise<ScanResult> {
  const bytes = await readInputFile(file, { label, noun: "the scan results", kind: "scan results", maxBytes: MAX_RESULTS_BYTES });
  const text = bytes.toString("utf8");
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
function parseScanResults(data: unknown, label: string): ScanResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new GateError(`${label}: expected the JSON of aws ecr describe-image-scan-findings or aws inspector2 list-findings`);
  }
  const document = data as Record<string, unknown>;
  if ("imageScanFindings" in document || "imageScanStatus" in document) return fromEcrDocument(document, label);
  if (Array.isArray(document.findings)) return fromInspectorDocument(document, label);
  throw new GateError(`${label}: neither ECR scan findings (imageScanFindings) nor Inspector findings (findings) in this JSON`);
}

const PARTIAL = "the file holds one page of several (nextToken is set); save every page (the AWS CLI does unless --no-paginate)";

function closedNote(closed: number): string[] {
  return closed > 0 ? [`${closed} CLOSED finding${closed === 1 ? "" : "s"} not counted`] : [];
}

function fromEcrDocument(data: Record<string, unknown>, label: string): ScanResult {
  const document = parseShape(imageScanFindingsPageSchema, data, "");
  const unavailable = (reason: string): ScanResult => ({ source: "file", label, status: "unavailable", reason, vulnerabilities: [] });
  const status = document.imageScanStatus?.status;
  const verdict = ecrStatusVerdict(status, document.imageScanStatus?.description);
  if (verdict.state !== "ready") return unavailable(verdict.reason);
  if (document.nextToken) return unavailable(PARTIAL);
  const block = document.imageScanFindings;
  if (!block) return unavailable(`the scan is ${status} but the file holds no findings block (imageScanFindings)`);
  if (block.imageScanCompletedAt === undefined)
    return unavailable(
      `the scan is ${status} but has no completion time (imageScanFindings.imageScanCompletedAt): its findings were not all written when this file was saved`,
    );
  const vulnerabilities: Vulnerability[] = [];
  let closed = 0;
  for (const [index, finding] of (block.enhancedFindings ?? []).entries()) {
    const found = fromPackageFinding(finding, "ecr-enhanced", `imageScanFindings.enhancedFindings[${index}]`);
    if (found.length === 0) closed++;
    vulnerabilities.push(...found);
  }
  for (const finding of block.findings ?? []) vulnerabilities.push(fromBasicFinding(finding));
  const notes = closedNote(closed);
  return {
    source: "file",
    label,
    status: "complete",
    scanType: (block.enhancedFindings ?? []).length > 0 ? "enhanced" : "basic",
    vulnerabilities,
    ...(document.imageId?.imageDigest ? { imageDigest: document.imageId.imageDigest } : {}),
    ...(notes.length ? { notes } : {}),
  };
}

function fromInspectorDocument(data: Record<string, unknown>, label: string): ScanResult {
  const document = parseShape(listFindingsPageSchema, data, "");
  if (document.nextToken) return { source: "file", label, status: "unavailable", reason: PARTIAL, vulnerabilities: [] };
  const vulnerabilities: Vulnerability[] = [];
  let closed = 0;
  for (const [index, finding] of (document.findings ?? []).entries()) {
    if (finding.type !== undefined && finding.type !== "PACKAGE_VULNERABILITY") continue;
    // CLOSED findings are history; SUPPRESSED ones are kept and reported as suppressed by Inspector.
    const found = fromPackageFinding(finding, "inspector", `findings[${index}]`);
    if (found.length === 0) closed++;
    vulnerabilities.push(...found);
  }
  const notes = closedNote(closed);
  return { source: "file", label, status: "complete", scanType: "inspector", vulnerabilities, ...(notes.length ? { notes } : {}) };
}
