import type { Finding } from "../findings.ts";
import { layerLocation, octalMode } from "./image-files.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

/** Scratch space that is meant to be world-writable. */
const SCRATCH = /^\/(?:tmp|var\/tmp|dev\/shm|run\/lock|var\/lock)(?:\/|$)/;

export const worldWritableFiles: Check = defineCheck({
  id: "world-writable-files",
  title: "World-writable file or directory",
  severity: "medium",
  rationale: "Anything every user can write can be replaced by any process in the container, which turns a foothold into tampering with code or configuration.",
  remediation: "Give files to the user that needs them (COPY --chown, chmod o-w) instead of opening them to everyone; keep world-writable space under /tmp.",
  references: ["CIS Docker Benchmark 4.8", "NIST SP 800-190 §4.1.2"],
  rules: {
    "world-writable-file": "World-writable file",
    "world-writable-directory": "World-writable directory without the sticky bit",
  },
  imageNeeds: { entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings: Finding[] = [];
    for (const file of image.files) {
      if (file.deleted || (file.mode & 0o002) === 0 || SCRATCH.test(file.path)) continue;
      if (file.type === "directory" && (file.mode & 0o1000) !== 0) continue; // sticky: users cannot replace each other's files
      if (file.type !== "file" && file.type !== "hardlink" && file.type !== "directory") continue;
      const kind = file.type === "directory" ? "directory" : "file";
      findings.push(
        makeFinding(worldWritableFiles, {
          rule: `world-writable-${kind}`,
          message: `${file.path} is a world-writable ${kind} (mode ${octalMode(file.mode)}).`,
          location: layerLocation(file),
          key: file.path,
        }),
      );
    }
    return findings;
  },
});
