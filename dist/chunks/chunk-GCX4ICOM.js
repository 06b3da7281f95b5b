import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/scans/ecr-status.ts
var WAIT = /* @__PURE__ */ new Set(["PENDING", "IN_PROGRESS"]);
var READY = /* @__PURE__ */ new Set(["COMPLETE", "ACTIVE"]);
function ecrStatusVerdict(status, description) {
  const detail = description ? `: ${description}` : "";
  if (status === void 0) return { state: "unavailable", reason: "the results carry no scan status" };
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

export {
  ecrStatusVerdict
};
