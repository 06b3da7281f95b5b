/** Collects scan results from every source the run asks for. Loaded only when a run needs scans. */

import path from "node:path";
import type { EcrReference } from "./ecr-reference.ts";
import { readScanResults } from "./files.ts";
import type { ScanResult, ScanSource } from "./model.ts";
import type { Clock, Progress } from "./poll.ts";

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
}

export interface Gathered {
  results: ScanResult[];
  /** The digest the ECR tag resolved to. */
  digest?: string;
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
  let digest: string | undefined;
  if (options.ecr && (options.sources.has("ecr") || options.sources.has("inspector"))) {
    // The AWS SDK is large: it loads only for runs that talk to AWS.
    const aws = await import("./aws.ts");
    const awsOptions = {
      reference: options.ecr,
      waitMs: options.waitMs,
      startScan: options.startScan,
      clock: options.clock,
      ...(options.progress ? { progress: options.progress } : {}),
      ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
    };
    digest = await aws.resolveEcrDigest(awsOptions);
    const [ecr, inspector] = await Promise.all([
      options.sources.has("ecr") ? aws.readEcrScan(awsOptions, digest) : undefined,
      options.sources.has("inspector") ? aws.readInspectorFindings(awsOptions, digest) : undefined,
    ]);
    if (ecr) results.push(ecr);
    if (inspector) results.push(inspector);
  }
  return digest === undefined ? { results } : { results, digest };
}
