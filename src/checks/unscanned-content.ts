import type { Finding } from "../findings.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

const MiB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`);

export const unscannedContent: Check = defineCheck({
  id: "unscanned-content",
  title: "Content not scanned",
  severity: "medium",
  rationale: "A gate that stops reading at a size limit must say so: whatever lies past the limit was not checked for credentials.",
  remediation:
    "Keep large data out of the image (mount it at run time), or raise limits.max-file-size / limits.max-layer-size / limits.max-entries in the policy if the content must be checked.",
  references: ["NIST SP 800-190 §4.1.4"],
  rules: {
    "file-too-large": "File larger than limits.max-file-size",
    "layer-too-large": "Layer larger than limits.max-layer-size",
    "entries-limit": "Image holds more entries than limits.max-entries",
    "foreign-layer": "Foreign layer not in the image",
  },
  // Reports what the other checks' reads left out; it reads nothing itself.
  imageNeeds: {},
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings: Finding[] = [];
    for (const item of image.unscanned) {
      const layer = `layer ${item.layer + 1}`;
      const message =
        item.reason === "file-too-large"
          ? `${item.path} is ${size(item.size)}; only the first ${size(item.scanned)} were scanned for credentials.`
          : item.reason === "layer-too-large"
            ? `${layer} unpacks to more than ${size(item.scanned)}; the rest of it was not read.`
            : item.reason === "foreign-layer"
              ? `${layer} is a foreign layer that is not in the image; it could not be read.`
              : item.reason === "archive-not-scanned"
                ? `${item.path}: archive content not scanned for credentials (${item.detail ?? "unreadable"}).`
                : `${layer}: ${item.entries ?? "some"} entries (files, links, whiteouts) were not kept: the image holds more than ${item.limit ?? "limits.max-entries"} (limits.max-entries), so their paths, modes and owners were not checked; their contents were still scanned for credentials.`;
      findings.push(
        makeFinding(unscannedContent, {
          rule: item.reason,
          message,
          location: { layer: item.layerDigest, path: item.path ?? "/", deleted: item.deleted },
          key: `${item.layerDigest}|${item.path ?? ""}|${item.reason}`,
        }),
      );
    }
    return findings;
  },
});
