import type { Finding } from "../findings.ts";
import { layerLocation, octalMode } from "./image-files.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

export const setuidFiles: Check = defineCheck({
  id: "setuid-files",
  title: "setuid or setgid file",
  severity: "medium",
  rationale: "A setuid or setgid program runs with its owner's privileges, so any bug in it is a privilege escalation inside the container.",
  remediation: "Strip the bits in the final stage: RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + (keep only what the workload needs).",
  references: ["CIS Docker Benchmark 4.8", "NIST SP 800-190 §4.1.2", "Dockle CIS-DI-0008"],
  rules: {
    setuid: "setuid file",
    setgid: "setgid file",
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
      if (file.deleted || (file.type !== "file" && file.type !== "hardlink") || (file.mode & 0o6000) === 0) continue;
      const bits = [(file.mode & 0o4000) !== 0 ? `setuid (uid ${file.uid})` : "", (file.mode & 0o2000) !== 0 ? `setgid (gid ${file.gid})` : ""]
        .filter(Boolean)
        .join(" and ");
      findings.push(
        makeFinding(setuidFiles, {
          rule: (file.mode & 0o4000) !== 0 ? "setuid" : "setgid",
          severity: (file.mode & 0o4000) !== 0 && file.uid === 0 ? "medium" : "low",
          message: `${file.path} is ${bits}, mode ${octalMode(file.mode)}.`,
          location: layerLocation(file),
          key: `${file.path}|${octalMode(file.mode)}`,
        }),
      );
    }
    return findings;
  },
});
