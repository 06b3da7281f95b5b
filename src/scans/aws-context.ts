/**
 * What the ECR and Inspector readers share: the SDK clients of one run, its wait and cancellation,
 * error wording, and the retry of throttled calls inside the policy's wait.
 */

import { ECRClient } from "@aws-sdk/client-ecr";
import { Inspector2Client } from "@aws-sdk/client-inspector2";
import type { EcrReference } from "../reference/ecr.ts";
import { replaceAwsNodeWarning } from "../aws/node-support.ts";
import { isTransient, partitionOf, REQUEST_TIMEOUTS } from "../aws/sdk.ts";
import { isAbort, readUntilSettled, type Clock, type Progress, type Read, type SettledOutcome } from "../poll.ts";

/** Everything one run's AWS readers share. */
export interface AwsContext {
  reference: EcrReference;
  waitMs: number;
  /** Start a basic scan when none is registered (manual-scan repositories). */
  startScan: boolean;
  clock: Clock;
  progress?: Progress;
  /** Pause between the reads that must agree before results count (default 5 s). */
  settleMs: number;
  /** Aborts every SDK call and timer of the run (another source is definitely unavailable, or the run is over). */
  signal: AbortSignal;
  ecr: ECRClient;
  inspector: Inspector2Client;
  /** Inspector finding details (CISA KEV, exploit observed, EPSS) by finding ARN, shared by ECR enhanced and Inspector readers. */
  findingDetails: Map<string, Promise<FindingDetail | undefined>>;
}

/** What BatchGetFindingDetails says about one finding; `unavailable` when it could not be read. */
export type FindingDetail =
  | { state: "found"; kev: { dateAdded?: string; dueDate?: string; action?: string } | false; epss?: number; exploitLastSeen?: string }
  | { state: "unavailable"; reason: string };

/** The clients and shared state for one run against one ECR image. */
export function awsContext(options: Omit<AwsContext, "ecr" | "inspector" | "findingDetails">): AwsContext {
  replaceAwsNodeWarning();
  const region = options.reference.region;
  return {
    ...options,
    ecr: new ECRClient({ region, requestHandler: REQUEST_TIMEOUTS }),
    inspector: new Inspector2Client({ region, requestHandler: REQUEST_TIMEOUTS }),
    findingDetails: new Map(),
  };
}

/**
 * Runs one AWS call, and again after throttling or a server error (the SDK has already retried
 * a few times), with a growing pause, until the policy's wait is spent; then the last error is
 * thrown. Aborts end it at once.
 */
export async function retryTransient<T>(context: AwsContext, what: string, call: () => Promise<T>): Promise<T> {
  const started = context.clock.now();
  let pause = 1000;
  let previous: string | undefined;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (isAbort(error) || !isTransient(error)) throw error;
      const elapsedMs = context.clock.now() - started;
      if (elapsedMs >= context.waitMs) throw error;
      const state = `throttled or failing (${(error as Error).name}), retrying`;
      context.progress?.({ what, state, elapsedMs, changed: state !== previous });
      previous = state;
      await context.clock.sleep(Math.min(pause, context.waitMs - elapsedMs), context.signal);
      pause = Math.min(15_000, pause * 2);
    }
  }
}

/** Inspector's resource id for an ECR image: the repository ARN, then the digest. */
export function ecrImageResourceId(reference: EcrReference, digest: string): string {
  return `arn:${partitionOf(reference.region)}:ecr:${reference.region}:${reference.account}:repository/${reference.repository}/${digest}`;
}

/** Reads a scan source until two finished reads agree, within the run's wait, clock, progress and cancellation. */
export function readSettled<T>(context: AwsContext, what: string, read: () => Promise<Read<T>>): Promise<SettledOutcome<T>> {
  return readUntilSettled({
    what,
    waitMs: context.waitMs,
    clock: context.clock,
    settleMs: context.settleMs,
    signal: context.signal,
    ...(context.progress ? { progress: context.progress } : {}),
    read,
  });
}
