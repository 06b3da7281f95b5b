/**
 * Collects scan results from every source the run asks for. Loaded only when a run needs scans.
 * ECR and Inspector are read side by side, for every platform image of an index; when one of
 * them is definitely unavailable and the policy stops on that, the others are cancelled at once
 * (their SDK calls and timers abort), so the run ends in seconds whatever `wait` says.
 */

import path from "node:path";
import type { EcrReference } from "../reference/ecr.ts";
import { readScanResults } from "./files.ts";
import { applyKevCatalog, readKevCatalog } from "./kev.ts";
import type { ScanResult, ScanSource } from "./model.ts";
import { isAbort, type Clock, type Progress } from "../poll.ts";

export interface GatherOptions {
  sources: Set<ScanSource>;
  files: string[];
  cwd: string;
  ecr?: EcrReference;
  waitMs: number;
  startScan: boolean;
  clock: Clock;
  progress?: Progress;
  settleMs?: number;
  /** For an index: gate every platform image, or only the selected one. */
  platforms: "all" | "selected";
  /** The platform to gate with `platforms: selected` (--platform, or the platform --image read). */
  platform?: string;
  /** CISA's KEV JSON file (absolute) and how messages name it. */
  kevCatalog?: { file: string; label: string };
  /** Stop every other source as soon as one is unavailable (on-unavailable: fail, enforce mode). */
  stopOnUnavailable: boolean;
}

export interface Gathered {
  results: ScanResult[];
  /** The digest the ECR reference resolved to (the index, for a multi-platform tag). */
  digest?: string;
  /** For an index: the platform images gated, and those left out by `platforms: selected`. */
  index?: { images: Array<{ digest: string; platform?: string }>; skipped: Array<{ digest: string; platform?: string }> };
}

/** Says in the report when the KEV status of some findings is unknown and why, unless a note already explains it. */
function kevUnknownNote(result: ScanResult): string | undefined {
  const unknown = result.vulnerabilities.filter((vulnerability) => vulnerability.kev === undefined).length;
  if (unknown === 0 || (result.notes ?? []).some((note) => note.startsWith("CISA KEV"))) return undefined;
  return `CISA KEV status unknown for ${unknown} finding${unknown === 1 ? "" : "s"}: this source does not report it; set vulnerabilities.kev-catalog to CISA's catalog`;
}

export async function gatherScans(options: GatherOptions): Promise<Gathered> {
  const results: ScanResult[] = [];
  if (options.sources.has("file")) {
    if (options.files.length === 0) {
      results.push({
        source: "file",
        label: "scan results file",
        status: "unavailable",
        reason: "the policy expects a results file but no --scan-results was given",
        vulnerabilities: [],
      });
    }
    for (const file of options.files) {
      const shown = path.relative(options.cwd, path.resolve(options.cwd, file)) || file;
      results.push(await readScanResults(path.resolve(options.cwd, file), shown.startsWith("..") ? file : shown));
    }
  }
  const catalog = options.kevCatalog ? await readKevCatalog(options.kevCatalog.file, options.kevCatalog.label) : undefined;
  const gathered: Gathered = { results };
  if (options.ecr && (options.sources.has("ecr") || options.sources.has("inspector"))) {
    // The AWS SDK is large: it loads only for runs that talk to AWS.
    const aws = await import("./aws.ts");
    const controller = new AbortController();
    try {
      const context = aws.awsContext({
        reference: options.ecr,
        waitMs: options.waitMs,
        startScan: options.startScan,
        clock: options.clock,
        settleMs: options.settleMs ?? 5000,
        signal: controller.signal,
        ...(options.progress ? { progress: options.progress } : {}),
      });
      const target = await aws.resolveEcrTarget(context, { platforms: options.platforms, ...(options.platform ? { platform: options.platform } : {}) });
      gathered.digest = target.digest;
      if (target.index) gathered.index = { images: target.images, skipped: target.skipped };
      const stopOthers = (result: ScanResult): ScanResult => {
        if (result.status === "unavailable" && !result.cancelled && options.stopOnUnavailable) controller.abort("another scan source is unavailable");
        return result;
      };
      const reads: Array<Promise<ScanResult>> = [];
      if (options.sources.has("ecr")) {
        const configuration = aws.readScanningConfiguration(context);
        for (const image of target.images) {
          const read = configuration.then(
            (known) => aws.readEcrScan(context, known, image),
            (error: unknown): ScanResult => {
              if (!isAbort(error)) throw error;
              const label = `ECR scan of ${options.ecr!.repository}@${image.digest}`;
              return {
                source: "ecr",
                label,
                status: "unavailable",
                reason: "cancelled: another scan source is unavailable",
                cancelled: true,
                vulnerabilities: [],
              };
            },
          );
          reads.push(read.then(stopOthers));
        }
      }
      if (options.sources.has("inspector")) for (const image of target.images) reads.push(aws.readInspectorFindings(context, image).then(stopOthers));
      results.push(...(await Promise.all(reads)));
    } finally {
      // Whatever happened, nothing of this run keeps waiting: pending timers and requests end here.
      controller.abort("the scan sources are read");
    }
  }
  if (catalog) applyKevCatalog(results, catalog);
  for (const result of results) {
    if (result.status !== "complete") continue;
    const note = kevUnknownNote(result);
    if (note) result.notes = [...(result.notes ?? []), note];
  }
  return gathered;
}
