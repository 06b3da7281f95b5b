/**
 * The GitHub job summary (also fine as a PR comment): verdict, what was judged, a row per check,
 * then the findings, most severe first. It stays under the runner's 1 MiB step-summary limit
 * however many findings there are: past a budget the rest are counted, not listed.
 */

import { describeSuppression } from "../findings.ts";
import { describeBinarySkipped, describeNotScanned, exploitCells, formatLocation, type Report } from "./model.ts";

const MAX_BYTES = 900 * 1024;
const MAX_ROWS = 500;

/** Markdown table cell text: no pipes or newlines, and nothing that renders as HTML. */
function cell(text: string): string {
  return text
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

const ICON: Record<string, string> = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦", info: "⬜" };

export function renderMarkdown(report: Report): string {
  const parts: string[] = [];
  const verdict = report.verdict === "fail" ? "❌ **FAIL**" : "✅ **PASS**";
  const audit = report.mode === "audit" ? " (audit mode: reported only, the job does not fail)" : "";
  parts.push(`## image-gate: ${verdict}${audit}`, "");
  const { summary } = report;
  const notScanned = describeNotScanned(summary.notScanned);
  parts.push(
    `**${summary.blocking}** blocking · **${summary.warnings}** warning${summary.warnings === 1 ? "" : "s"} · **${summary.suppressed}** suppressed${summary.baseline !== undefined ? ` · **${summary.baseline}** known from the baseline` : ""}${notScanned ? ` · ⚠️ ${notScanned}` : ""} · policy \`${report.policy.chain.join(" → ")}\``,
    "",
  );
  if (report.policy.warning) parts.push(`> ⚠️ ${cell(report.policy.warning)}`, "");
  const binary = describeBinarySkipped(summary.notScanned);
  if (binary) parts.push(`${binary[0]!.toUpperCase()}${binary.slice(1)}.`, "");
  const targets = [
    report.targets.dockerfile ? `Dockerfile \`${report.targets.dockerfile.path}\`` : "",
    report.targets.image
      ? `image \`${report.targets.image.reference}\` (${report.targets.image.platform}${report.targets.image.digest ? `, \`${report.targets.image.digest}\`` : ""})`
      : "",
    report.targets.ecrImage
      ? `ECR \`${report.targets.ecrImage.repository}\`${report.targets.ecrImage.digest ? ` @ \`${report.targets.ecrImage.digest}\`` : ""}`
      : "",
    report.targets.scanResults ? `scan results ${report.targets.scanResults.map((file) => `\`${cell(file)}\``).join(", ")}` : "",
    report.baseline ? `baseline \`${cell(report.baseline.path)}\`` : "",
  ].filter(Boolean);
  if (targets.length > 0) parts.push(`Judged: ${targets.join(" · ")}`, "");

  const withFindings = report.checks.filter((check) => check.findings > 0);
  if (withFindings.length > 0) {
    parts.push("| check | result | findings | blocking |", "|---|---|---:|---:|");
    for (const check of withFindings) {
      const result =
        check.blocking > 0 ? "❌ fail" : report.findings.some((finding) => finding.check === check.id && !finding.suppressed) ? "⚠️ warn" : "🔕 suppressed";
      parts.push(`| \`${check.id}\` | ${result} | ${check.findings} | ${check.blocking} |`);
    }
    parts.push("");
  }
  const quiet = report.checks.filter((check) => check.findings === 0 && check.action !== "off" && check.notApplicable === undefined).length;
  if (quiet > 0) parts.push(`✅ ${quiet} other check${quiet === 1 ? "" : "s"} found nothing.`, "");
  for (const check of report.checks.filter((entry) => entry.notApplicable !== undefined))
    parts.push(`➖ \`${check.id}\`: not applicable to this input: ${check.notApplicable}`, "");

  const vulnerabilities = summary.vulnerabilities;
  if (vulnerabilities) {
    parts.push(
      `### Vulnerabilities${vulnerabilities.fixableOnly ? " (fixable only are counted)" : ""}`,
      "",
      "| severity | counted | reported | allowed | |",
      "|---|---:|---:|---:|---|",
    );
    for (const [severity, row] of Object.entries(vulnerabilities.bySeverity)) {
      if (row.reported === 0 && row.allowed === null) continue;
      parts.push(
        `| ${ICON[severity] ?? ""} ${severity} | ${row.counted} | ${row.reported} | ${row.allowed ?? "no limit"} | ${row.blocking ? "❌ over" : "✅"} |`,
      );
    }
    const exploits = vulnerabilities.exploits;
    const epss = exploits.epssAtOrAbove === null ? "" : ` · **${exploits.epssAtOrAbove}** with EPSS ≥ ${exploits.block.epss}`;
    const unknown = exploits.kevUnknown > 0 ? ` · KEV status unknown for ${exploits.kevUnknown}` : "";
    const blocked = exploits.blockedByPolicy > 0 ? ` · ❌ **${exploits.blockedByPolicy}** blocking by \`vulnerabilities.block\`` : "";
    parts.push("", `Exploits: **${exploits.kev}** in CISA KEV · **${exploits.exploitAvailable}** with a known exploit${epss}${unknown}${blocked}`);
    for (const source of vulnerabilities.sources) {
      parts.push(
        "",
        `- ${cell(source.label)}: ${source.status === "complete" ? `${source.vulnerabilities} reported` : `**unavailable**, ${cell(source.reason ?? "")}`}`,
      );
      for (const note of source.notes ?? []) parts.push(`  - ${cell(note)}`);
    }
    parts.push("");
  }

  if (report.findings.length > 0) {
    // KEV and EPSS get their own column when vulnerabilities are listed.
    const exploitColumn = report.findings.some((finding) => finding.vulnerability);
    parts.push("### Findings", "", `| | check | where |${exploitColumn ? " KEV · EPSS |" : ""} finding |`, `|---|---|---|${exploitColumn ? "---|" : ""}---|`);
    let size = Buffer.byteLength(parts.join("\n"));
    let shown = 0;
    for (const finding of report.findings) {
      const state = finding.suppressed ? "🔕" : finding.blocking ? "❌" : finding.baseline ? "📌" : "⚠️";
      const cells = exploitCells(finding);
      const exploit = exploitColumn ? ` ${finding.vulnerability ? `${cells.kev === "KEV" ? "**KEV**" : cells.kev} · ${cells.epss}` : ""} |` : "";
      const row = `| ${state} ${ICON[finding.severity] ?? ""} | \`${finding.check}\` | ${cell(formatLocation(finding.location))} |${exploit} ${cell(finding.message)}${finding.evidence ? ` \`${cell(finding.evidence)}\`` : ""}${finding.suppressed ? ` _(${cell(describeSuppression(finding.suppressed))})_` : ""}${finding.baseline ? " _(baseline)_" : ""} |`;
      const bytes = Buffer.byteLength(row) + 1;
      if (shown >= MAX_ROWS || size + bytes > MAX_BYTES) break;
      parts.push(row);
      size += bytes;
      shown++;
    }
    if (shown < report.findings.length) parts.push("", `…and ${report.findings.length - shown} more findings: the full list is in the JSON report.`);
    parts.push("");
  }
  return `${parts.join("\n")}\n`;
}
