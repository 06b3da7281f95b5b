import { downloadsOf, type Download } from "../dockerfile/downloads.ts";
import type { Finding } from "../findings.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

/** How a URL reads in a message: credentials in it hidden, long ones shortened. */
export function shownUrl(url: string): string {
  const hidden = url.replace(/\/\/[^/@\s]*@/, "//…@");
  return hidden.length > 120 ? `${hidden.slice(0, 117)}…` : hidden;
}

function describe(download: Download): string {
  const use = download.unverifiedUse!;
  const url = shownUrl(download.urls[0] ?? "");
  const how = use.kind === "put on PATH" && use.by.includes(" into ") ? `into ${use.by.split(" into ")[1]} (on PATH)` : `${use.kind} by ${use.by}`;
  if (download.pipedInto !== undefined) {
    return `${download.tool} pipes ${url} straight into ${download.pipedInto}, so it is ${use.kind} before anything can verify it.`;
  }
  if (download.tool === "ADD") {
    const into = download.file ? ` into ${download.file}` : "";
    return `ADD fetches ${url}${into} without a checksum (ADD --checksum=sha256:<digest>${/\.git\b|^git@/.test(url) ? ", or a Git URL pinned to a commit id" : ""}).`;
  }
  const file = download.file ? ` to ${download.file}` : "";
  const where = use.line === download.line ? "" : ` (line ${use.line})`;
  const what = use.kind === "put on PATH" && use.by.includes(" into ") ? `it lands ${how}` : `it is ${how}${where}`;
  return `${download.tool} downloads ${url}${file} and ${what} without a checksum or signature check first.`;
}

export const unverifiedDownload: Check = defineCheck({
  id: "unverified-download",
  title: "Download used without verification",
  severity: "medium",
  rationale:
    "A file fetched at build time and then run, unpacked, installed or put on PATH without checking its checksum or signature ships whatever the server (or anyone on the way) sent.",
  remediation:
    'Verify before use: pin the expected digest and check it (echo "<sha256>  file" | sha256sum -c -, or ADD --checksum=sha256:<digest> <url>), or verify the publisher\'s signature (gpg --verify, cosign verify-blob, minisign -V).',
  references: ["CIS Docker Benchmark 4.9", "NIST SP 800-190 §4.1.5", "SLSA Build L3 (hermetic inputs)", "hadolint DL3020"],
  rules: {
    "no-checksum": "A download executed, unpacked, installed or put on PATH without a checksum or signature check first",
  },
  presets: {
    default: {
      action: "warn",
      why: "Common in Dockerfiles that are otherwise fine: a team should see them before they block. Replaces `add-remote-url` (still accepted in policies, with a warning).",
    },
    strict: { action: "fail", why: "A regulated image verifies everything it downloads." },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings: Finding[] = [];
    for (const download of downloadsOf(dockerfile)) {
      if (!download.unverifiedUse || download.checksummed) continue;
      findings.push(
        makeFinding(unverifiedDownload, {
          rule: "no-checksum",
          message: describe(download),
          location: { file, line: download.line },
          key: `${file}|${download.tool}|${shownUrl(download.urls[0] ?? "")}|${download.file ?? download.pipedInto ?? ""}`,
        }),
      );
    }
    return findings;
  },
});
