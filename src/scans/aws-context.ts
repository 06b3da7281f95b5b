/**
 * What the ECR and Inspector readers share: the SDK clients of one run, its wait and cancellation,
 * error wording, and the retry of throttled calls inside the policy's wait.
 */

import { ECRClient } from "@aws-sdk/client-ecr";
import { Inspector2Client } from "@aws-sdk/client-inspector2";
import { firstLine } from "../errors.ts";
import type { EcrReference } from "./ecr-reference.ts";
import { replaceAwsNodeWarning } from "./node-support.ts";
import { isAbort, type Clock, type Progress } from "./poll.ts";

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

export const REQUEST_TIMEOUTS = { connectionTimeout: 10_000, requestTimeout: 60_000 };

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

/** Error names that mean "you may not", as the services spell them. */
const ACCESS_DENIED = new Set(["AccessDeniedException", "AccessDenied", "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException"]);

/** Error names that mean "not now": worth another try inside the policy's wait once the SDK's own retries are spent. */
const TRANSIENT = new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "InternalServerException",
  "ServerException",
  "ServiceUnavailableException",
  "ServiceUnavailable",
  "InternalFailure",
]);

/** True for throttling and server-side failures: the poll step is retried (with backoff) instead of giving up. */
export function isTransient(error: unknown): boolean {
  const named = error as { name?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } } | undefined;
  if (!named || typeof named !== "object") return false;
  if (named.name && TRANSIENT.has(named.name)) return true;
  if (named.$retryable) return true;
  const status = named.$metadata?.httpStatusCode;
  return status === 429 || (status !== undefined && status >= 500 && status <= 599);
}

/** One line about an SDK or network failure, with no credentials in it. */
export function describeAwsError(error: unknown): string {
  const named = error as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const name = named.name ?? "Error";
  if (name === "CredentialsProviderError")
    return "no AWS credentials found (the SDK's default chain: environment, profile, web identity, container or instance role)";
  if (ACCESS_DENIED.has(name)) return `access denied (${name}: ${firstLine(named.message ?? "")})`;
  if (named.code && /^E[A-Z]+$/.test(named.code)) return `cannot reach the AWS endpoint (${named.code})`;
  if (name === "TimeoutError") return "the AWS endpoint did not answer in time";
  const status = named.$metadata?.httpStatusCode;
  return `${name}${status ? ` (HTTP ${status})` : ""}: ${firstLine(named.message ?? String(error)).slice(0, 300)}`;
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

/** The AWS partition of a region, for ARNs. */
export function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

/** Inspector's resource id for an ECR image: the repository ARN, then the digest. */
export function ecrImageResourceId(reference: EcrReference, digest: string): string {
  return `arn:${partitionOf(reference.region)}:ecr:${reference.region}:${reference.account}:repository/${reference.repository}/${digest}`;
}
