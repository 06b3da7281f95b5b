/**
 * What Amazon Inspector's coverage of an image means for a gate (ListCoverage → scanStatus).
 * Only a successful scan makes findings complete: ACTIVE/SUCCESSFUL, or the scan-on-push reason
 * (scanned once on push, not monitored since), each with a lastScannedAt. A scan in progress or
 * pending waits; PENDING_DISABLE, every other INACTIVE reason and any reason this code does not
 * know mean the findings are unavailable, never "no vulnerabilities".
 */

import type { CoveredResource } from "./schemas.ts";

export type CoverageVerdict = { state: "ready"; lastScannedAt: string } | { state: "wait"; reason: string } | { state: "unavailable"; reason: string };

/** Inspector's documented reasons (ScanStatusReason), in words a pipeline log can act on. */
const REASONS: Record<string, string> = {
  ACCESS_DENIED: "Inspector is denied access to the image (resource access policy)",
  ACCESS_DENIED_TO_ENCRYPTION_KEY: "the KMS key policy does not let Inspector read the image",
  AGENTLESS_INSTANCE_COLLECTION_TIME_LIMIT_EXCEEDED: "agentless collection took too long",
  AGENTLESS_INSTANCE_STORAGE_LIMIT_EXCEEDED: "agentless collection exceeded its storage limit",
  DEEP_INSPECTION_COLLECTION_TIME_LIMIT_EXCEEDED: "package collection took too long",
  DEEP_INSPECTION_DAILY_SSM_INVENTORY_LIMIT_EXCEEDED: "the daily SSM inventory quota is exhausted",
  DEEP_INSPECTION_NO_INVENTORY: "no package inventory was collected",
  DEEP_INSPECTION_PACKAGE_COLLECTION_LIMIT_EXCEEDED: "the package collection limit was exceeded",
  EC2_INSTANCE_STOPPED: "the instance is stopped",
  EXCLUDED_BY_TAG: "the image is excluded from scanning by a tag",
  IMAGE_ARCHIVED: "the image is archived in ECR and no longer scanned",
  IMAGE_SIZE_EXCEEDED: "the image is too large to scan",
  INTEGRATION_CONNECTION_LOST: "Inspector lost its connection to the source",
  INTERNAL_ERROR: "Inspector had an internal error scanning the image",
  NO_INVENTORY: "no software inventory was found to scan",
  NO_RESOURCES_FOUND: "no resources were found",
  NO_SCAN_CONFIGURATION_ASSOCIATED: "no scan configuration is associated",
  PENDING_DISABLE: "Inspector scanning is being disabled for this resource",
  RESOURCE_STOPPED: "the resource is stopped",
  RESOURCE_TERMINATED: "the image was deleted; its findings are being cleaned up",
  RESOURCE_UNMANAGED: "the resource is not managed",
  SCAN_ELIGIBILITY_EXPIRED: "the rescan duration has lapsed, so Inspector no longer monitors the image and closes its findings; push it again to rescan",
  SCAN_FREQUENCY_MANUAL: "the repository's scan frequency is manual, so Inspector does not scan the image",
  STALE_INVENTORY: "the inventory is stale",
  UNMANAGED_EC2_INSTANCE: "the instance is not managed by SSM",
  UNSUPPORTED_CODE_ARTIFACTS: "unsupported code artifacts",
  UNSUPPORTED_CONFIG_FILE: "unsupported configuration file",
  UNSUPPORTED_LANGUAGE: "unsupported language",
  UNSUPPORTED_MEDIA_TYPE: "the image's media type is not supported",
  UNSUPPORTED_OS: "the image's operating system, architecture or manifest type is not supported",
  UNSUPPORTED_RUNTIME: "unsupported runtime",
};

/** Reasons that mean "the scan is under way": wait for them. */
const WAITING = new Set(["SCAN_IN_PROGRESS", "PENDING_INITIAL_SCAN", "PENDING_REVIVAL_SCAN"]);

/** The gate's reading of one image's coverage (undefined: Inspector does not list the image yet). */
export function coverageVerdict(resource: CoveredResource | undefined): CoverageVerdict {
  if (!resource) return { state: "wait", reason: "not covered by Inspector yet" };
  const code = resource.scanStatus?.statusCode;
  const reason = resource.scanStatus?.reason;
  if (code === undefined || reason === undefined) return { state: "unavailable", reason: "Inspector's coverage of the image carries no scan status" };
  const status = `${code}/${reason}`;
  const scanned = resource.lastScannedAt;
  if (reason === "SCAN_FREQUENCY_SCAN_ON_PUSH" && (code === "ACTIVE" || code === "INACTIVE")) {
    // Scanned once when pushed (scan-on-push repositories): complete once that scan has happened.
    return scanned ? { state: "ready", lastScannedAt: scanned } : { state: "wait", reason: `Inspector coverage ${status}, not scanned yet` };
  }
  if (code === "ACTIVE" && reason === "SUCCESSFUL") {
    return scanned ? { state: "ready", lastScannedAt: scanned } : { state: "wait", reason: `Inspector coverage ${status} without a lastScannedAt yet` };
  }
  if (code === "ACTIVE" && (WAITING.has(reason) || (reason.startsWith("PENDING_") && reason !== "PENDING_DISABLE"))) {
    return { state: "wait", reason: `Inspector coverage ${status}` };
  }
  if (code !== "ACTIVE" && code !== "INACTIVE") return { state: "unavailable", reason: `unknown Inspector coverage status ${status}` };
  const known = REASONS[reason];
  if (known === undefined && !WAITING.has(reason) && reason !== "SUCCESSFUL") {
    return { state: "unavailable", reason: `unknown Inspector coverage reason ${status}` };
  }
  return { state: "unavailable", reason: `Inspector does not cover the image (${status}${known ? `: ${known}` : ""})` };
}
