/**
 * How the gate uses the AWS SDK v3, for every AWS call it makes (scan reading, ECR login): request
 * timeouts, which errors are worth another try, and error wording without credentials in it.
 */

import { firstLine } from "../errors.ts";

/** Connection and request deadlines for every SDK client the gate makes. */
export const REQUEST_TIMEOUTS = { connectionTimeout: 10_000, requestTimeout: 60_000 };

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

/** The AWS partition of a region, for ARNs. */
export function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}
