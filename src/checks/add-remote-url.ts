import { execForm } from "../dockerfile/parse.ts";
import type { Finding } from "../findings.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

const REMOTE = /^(?:https?|ftp):\/\/|^git@|^ssh:\/\/|\.git(?:#.*)?$/i;

export const addRemoteUrl: Check = defineCheck({
  id: "add-remote-url",
  title: "ADD downloads from a URL",
  severity: "medium",
  rationale: "ADD <url> fetches content at build time without verifying it, so whoever controls the URL (or the network) controls what ships.",
  remediation: "Download with a verified checksum (ADD --checksum=sha256:<digest> <url>, or curl then sha256sum -c), or COPY the file from the build context.",
  references: ["CIS Docker Benchmark 4.9", "NIST SP 800-190 §4.1.5", "hadolint DL3020", "Trivy DS-0005"],
  rules: {
    "unverified-download": "ADD of a remote URL without a checksum",
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings: Finding[] = [];
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ADD") continue;
      if (instruction.flags.some((flag) => flag.name === "checksum" && flag.value)) continue;
      const words = execForm(instruction.args) ?? instruction.args.split(/\s+/).filter((word) => word !== "");
      for (const source of words.slice(0, -1)) {
        if (!REMOTE.test(source)) continue;
        const shown = source.replace(/\/\/[^/@]*@/, "//…@").slice(0, 120);
        findings.push(
          makeFinding(addRemoteUrl, {
            rule: "unverified-download",
            message: `ADD fetches ${shown} without a checksum.`,
            location: { file, line: instruction.line },
            key: `${file}|${shown}`,
          }),
        );
      }
    }
    return findings;
  },
});
