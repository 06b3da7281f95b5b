import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  ecrStatusVerdict,
  imageScanFindingsPageSchema,
  isAbort,
  kevCatalogSchema,
  listFindingsPageSchema
} from "./chunk-GAIJ4FNI.js";
import {
  fromBasicFinding,
  fromPackageFinding
} from "./chunk-IAWQKDHJ.js";
import {
  ShapeError,
  parseShape
} from "./chunk-BUOUAKQC.js";
import {
  readInputFile
} from "./chunk-LOFLENB6.js";
import {
  GateError,
  jsonProblem
} from "./chunk-MSQ75MTB.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";

// src/scans/gather.ts
import path from "node:path";

// src/scans/files.ts
var MAX_RESULTS_BYTES = 256 * 1024 * 1024;
async function readScanResults(file, label) {
  const bytes = await readInputFile(file, { label, noun: "the scan results", kind: "scan results", maxBytes: MAX_RESULTS_BYTES });
  const text = bytes.toString("utf8");
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
var PARTIAL = "the file holds one page of several (nextToken is set); save every page (the AWS CLI does unless --no-paginate)";
function closedNote(closed) {
  return closed > 0 ? [`${closed} CLOSED finding${closed === 1 ? "" : "s"} not counted`] : [];
}
function fromEcrDocument(data, label) {
  const document = parseShape(imageScanFindingsPageSchema, data, "");
  const unavailable = (reason) => ({ source: "file", label, status: "unavailable", reason, vulnerabilities: [] });
  const status = document.imageScanStatus?.status;
  const verdict = ecrStatusVerdict(status, document.imageScanStatus?.description);
  if (verdict.state !== "ready") return unavailable(verdict.reason);
  if (document.nextToken) return unavailable(PARTIAL);
  const block = document.imageScanFindings;
  if (!block) return unavailable(`the scan is ${status} but the file holds no findings block (imageScanFindings)`);
  if (block.imageScanCompletedAt === void 0)
    return unavailable(
      `the scan is ${status} but has no completion time (imageScanFindings.imageScanCompletedAt): its findings were not all written when this file was saved`
    );
  const vulnerabilities = [];
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
    ...document.imageId?.imageDigest ? { imageDigest: document.imageId.imageDigest } : {},
    ...notes.length ? { notes } : {}
  };
}
function fromInspectorDocument(data, label) {
  const document = parseShape(listFindingsPageSchema, data, "");
  if (document.nextToken) return { source: "file", label, status: "unavailable", reason: PARTIAL, vulnerabilities: [] };
  const vulnerabilities = [];
  let closed = 0;
  for (const [index, finding] of (document.findings ?? []).entries()) {
    if (finding.type !== void 0 && finding.type !== "PACKAGE_VULNERABILITY") continue;
    const found = fromPackageFinding(finding, "inspector", `findings[${index}]`);
    if (found.length === 0) closed++;
    vulnerabilities.push(...found);
  }
  const notes = closedNote(closed);
  return { source: "file", label, status: "complete", scanType: "inspector", vulnerabilities, ...notes.length ? { notes } : {} };
}

// src/scans/kev.ts
var MAX_CATALOG_BYTES = 64 * 1024 * 1024;
async function readKevCatalog(file, label) {
  const text = (await readInputFile(file, { label, noun: "the KEV catalog", kind: "CISA's KEV catalog", maxBytes: MAX_CATALOG_BYTES })).toString("utf8");
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${label}: not valid JSON (${jsonProblem(error)})`);
  }
  let catalog;
  try {
    catalog = parseShape(kevCatalogSchema, data, "");
  } catch (error) {
    if (error instanceof ShapeError) throw new GateError(`${label}: not CISA's KEV catalog: ${error.message}`);
    throw error;
  }
  const entries = /* @__PURE__ */ new Map();
  for (const item of catalog.vulnerabilities) {
    const entry = { source: "kev-catalog" };
    if (item.dateAdded !== void 0) entry.dateAdded = item.dateAdded;
    if (item.dueDate !== void 0) entry.dueDate = item.dueDate;
    if (item.requiredAction !== void 0) entry.action = item.requiredAction;
    entries.set(item.cveID.toUpperCase(), entry);
  }
  return entries;
}
function applyKevCatalog(results, catalog) {
  for (const result of results) {
    for (const vulnerability of result.vulnerabilities) {
      const entry = catalog.get(vulnerability.id.toUpperCase());
      if (entry && !vulnerability.kev) vulnerability.kev = entry;
      else if (!entry && vulnerability.kev === void 0) vulnerability.kev = false;
    }
  }
}

// src/scans/gather.ts
function kevUnknownNote(result) {
  const unknown = result.vulnerabilities.filter((vulnerability) => vulnerability.kev === void 0).length;
  if (unknown === 0 || (result.notes ?? []).some((note) => note.startsWith("CISA KEV"))) return void 0;
  return `CISA KEV status unknown for ${unknown} finding${unknown === 1 ? "" : "s"}: this source does not report it; set vulnerabilities.kev-catalog to CISA's catalog`;
}
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
  const catalog = options.kevCatalog ? await readKevCatalog(options.kevCatalog.file, options.kevCatalog.label) : void 0;
  const gathered = { results };
  if (options.ecr && (options.sources.has("ecr") || options.sources.has("inspector"))) {
    const aws = await import("./aws-H7F6AHVJ.js");
    const controller = new AbortController();
    try {
      const context = aws.awsContext({
        reference: options.ecr,
        waitMs: options.waitMs,
        startScan: options.startScan,
        clock: options.clock,
        settleMs: options.settleMs ?? 5e3,
        signal: controller.signal,
        ...options.progress ? { progress: options.progress } : {}
      });
      const target = await aws.resolveEcrTarget(context, { platforms: options.platforms, ...options.platform ? { platform: options.platform } : {} });
      gathered.digest = target.digest;
      if (target.index) gathered.index = { images: target.images, skipped: target.skipped };
      const stopOthers = (result) => {
        if (result.status === "unavailable" && !result.cancelled && options.stopOnUnavailable) controller.abort("another scan source is unavailable");
        return result;
      };
      const reads = [];
      if (options.sources.has("ecr")) {
        const configuration = aws.readScanningConfiguration(context);
        for (const image of target.images) {
          const read = configuration.then(
            (known) => aws.readEcrScan(context, known, image),
            (error) => {
              if (!isAbort(error)) throw error;
              const label = `ECR scan of ${options.ecr.repository}@${image.digest}`;
              return {
                source: "ecr",
                label,
                status: "unavailable",
                reason: "cancelled: another scan source is unavailable",
                cancelled: true,
                vulnerabilities: []
              };
            }
          );
          reads.push(read.then(stopOthers));
        }
      }
      if (options.sources.has("inspector")) for (const image of target.images) reads.push(aws.readInspectorFindings(context, image).then(stopOthers));
      results.push(...await Promise.all(reads));
    } finally {
      controller.abort("the scan sources are read");
    }
  }
  if (catalog) applyKevCatalog(results, catalog);
  for (const result of results) {
    if (result.status !== "complete") continue;
    const note = kevUnknownNote(result);
    if (note) result.notes = [...result.notes ?? [], note];
  }
  return gathered;
}
export {
  gatherScans
};
