import { downloadsOf } from "../dockerfile/downloads.ts";
import type { Finding } from "../findings.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";
import { shownUrl } from "./unverified-download.ts";

/** Loopback hosts: a build talking to itself, not the network. */
function isLoopback(host: string): boolean {
  const name = host
    .replace(/:\d+$/, "")
    .replace(/^\[(.*)\]$/, "$1")
    .toLowerCase();
  return name === "localhost" || name === "::1" || name.startsWith("127.");
}

export const insecureDownload: Check = defineCheck({
  id: "insecure-download",
  title: "Download over plain HTTP",
  severity: "medium",
  rationale:
    "Anything fetched over plain http:// can be read and replaced by anyone on the network path; unlike signed package repositories, a bare download has nothing else that vouches for it.",
  remediation:
    "Download over https:// (and verify a checksum or signature); package-manager repositories may stay on http only because their metadata is signed.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.9", "Trivy DS-0005"],
  rules: {
    "plain-http": "A download over plain http:// (signed package repositories excepted)",
  },
  presets: {
    default: { action: "warn", why: "Hardening: reported so a team can move the download to https before it blocks." },
    strict: { action: "fail", why: "Everything a regulated build fetches travels over TLS." },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const download of downloadsOf(dockerfile)) {
      for (const url of download.urls) {
        const match = /^http:\/\/([^/?#]*)/i.exec(url);
        if (!match || isLoopback(match[1]!.replace(/^[^@]*@/, ""))) continue;
        const shown = shownUrl(url);
        if (seen.has(`${download.line}|${shown}`)) continue;
        seen.add(`${download.line}|${shown}`);
        // A checksum checked before use keeps the content honest; the request is still exposed.
        const verified = download.checksummed || download.verified === true;
        const verb = download.tool === "ADD" ? "ADD fetches" : `${download.tool} downloads`;
        findings.push(
          makeFinding(insecureDownload, {
            rule: "plain-http",
            message: `${verb} ${shown} over plain HTTP${verified ? "; its checksum is verified, so the content is safe but anyone on the path sees and can block what the build fetches" : ""}.`,
            location: { file, line: download.line },
            key: `${file}|plain-http|${shown}`,
            ...(verified ? { severity: "low" as const } : {}),
          }),
        );
      }
    }
    return findings;
  },
});
