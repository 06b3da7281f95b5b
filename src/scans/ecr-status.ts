/**
 * What an ECR scan status means for a gate. Only COMPLETE and ACTIVE (continuous scanning) are
 * results; PENDING, IN_PROGRESS and a scan not registered yet mean wait; everything else,
 * including a status this code has never seen, means the results are unavailable.
 */

export type StatusVerdict = { state: "ready" } | { state: "wait"; reason: string } | { state: "unavailable"; reason: string };

const WAIT = new Set(["PENDING", "IN_PROGRESS"]);
const READY = new Set(["COMPLETE", "ACTIVE"]);

export function ecrStatusVerdict(status: string | undefined, description?: string): StatusVerdict {
  const detail = description ? `: ${description}` : "";
  if (status === undefined) return { state: "unavailable", reason: "the results carry no scan status" };
  if (READY.has(status)) return { state: "ready" };
  if (WAIT.has(status)) return { state: "wait", reason: `scan ${status}` };
  switch (status) {
    case "FAILED":
      return { state: "unavailable", reason: `the scan FAILED${detail}` };
    case "UNSUPPORTED_IMAGE":
      return { state: "unavailable", reason: `the image is not supported by the scanner (UNSUPPORTED_IMAGE)${detail}` };
    case "SCAN_ELIGIBILITY_EXPIRED":
      return { state: "unavailable", reason: `continuous scanning of this image has expired (SCAN_ELIGIBILITY_EXPIRED); push it again to rescan${detail}` };
    case "FINDINGS_UNAVAILABLE":
      return { state: "unavailable", reason: `findings are unavailable (FINDINGS_UNAVAILABLE)${detail}` };
    case "LIMIT_EXCEEDED":
      return { state: "unavailable", reason: `the basic scan quota is exhausted (LIMIT_EXCEEDED)${detail}` };
    case "IMAGE_ARCHIVED":
      return { state: "unavailable", reason: `the image is archived (IMAGE_ARCHIVED)${detail}` };
    default:
      return { state: "unavailable", reason: `unknown scan status ${status}${detail}` };
  }
}
