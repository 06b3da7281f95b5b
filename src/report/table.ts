/** The report for people: grouped by check, most severe first, with places and remediation. */

import { describeSuppression, type DecidedFinding } from "../findings.ts";
import { compareFindings, describeBinarySkipped, describeNotScanned, exploitCells, formatLocation, type Report } from "./model.ts";

export interface TableOptions {
  color: boolean;
  /** Findings shown per check before "… and N more". */
  perCheck?: number;
}

const CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], cyan: [36, 39] } as const;
type Style = keyof typeof CODES;

export function renderTable(report: Report, options: TableOptions): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text);
  const perCheck = options.perCheck ?? 25;
  const lines: string[] = [];
  const target = [
    report.targets.dockerfile ? `Dockerfile ${report.targets.dockerfile.path}` : "",
    report.targets.image ? `image ${report.targets.image.reference} (${report.targets.image.platform}, ${report.targets.image.layers} layers)` : "",
    report.targets.ecrImage
      ? `ECR ${report.targets.ecrImage.repository}${report.targets.ecrImage.digest ? `@${report.targets.ecrImage.digest.slice(0, 19)}…` : ""}`
      : "",
    report.targets.scanResults ? `scan results ${report.targets.scanResults.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" + ");
  const header = [target, `policy ${report.policy.chain.join(" → ")}`, report.mode, report.baseline ? `baseline ${report.baseline.path}` : ""].filter(Boolean);
  lines.push(paint("bold", `image-gate ${report.tool.version}`) + paint("dim", ` · ${header.join(" · ")}`));
  if (report.policy.warning) lines.push(paint("yellow", `! ${report.policy.warning}`));
  lines.push("");

  const groups = new Map<string, DecidedFinding[]>();
  for (const finding of [...report.findings].sort(compareFindings)) {
    const list = groups.get(finding.check) ?? [];
    list.push(finding);
    groups.set(finding.check, list);
  }
  if (groups.size === 0) lines.push(paint("green", "No findings."), "");

  for (const [checkId, findings] of groups) {
    const check = report.checks.find((candidate) => candidate.id === checkId);
    const blocking = findings.some((finding) => finding.blocking);
    const open = findings.filter((finding) => !finding.suppressed);
    const label = blocking ? paint("red", "✖ FAIL") : open.length > 0 ? paint("yellow", "! WARN") : paint("dim", "· SUPPRESSED");
    lines.push(
      `${label}  ${paint("bold", checkId)} ${paint("dim", `· ${check?.title ?? ""} · ${findings.length} finding${findings.length === 1 ? "" : "s"}`)}`,
    );
    // Vulnerability findings get KEV and EPSS columns, so exploited ones stand out in a long list.
    const exploitColumns = findings.some((finding) => finding.vulnerability);
    if (exploitColumns) lines.push(paint("dim", `  ${"SEVERITY".padEnd(8)} KEV ${"EPSS".padEnd(5)} WHERE`));
    for (const finding of findings.slice(0, perCheck)) {
      const severity = finding.severity.toUpperCase().padEnd(8);
      const tint: Style = finding.severity === "critical" || finding.severity === "high" ? "red" : finding.severity === "medium" ? "yellow" : "dim";
      const evidence = finding.evidence ? paint("dim", ` [${finding.evidence}]`) : "";
      const cells = exploitCells(finding);
      const columns = exploitColumns ? `${cells.kev === "KEV" ? paint("red", "KEV") : cells.kev.padEnd(3)} ${cells.epss.padEnd(5)} ` : "";
      const known = finding.baseline ? paint("dim", " (baseline)") : "";
      lines.push(`  ${paint(tint, severity)} ${columns}${paint("cyan", formatLocation(finding.location))}  ${finding.message}${evidence}${known}`);
      const primary = JSON.stringify(finding.location);
      for (const other of finding.locations ?? []) {
        if (JSON.stringify(other) !== primary) lines.push(`           ${paint("dim", `also at ${formatLocation(other)}`)}`);
      }
      if (finding.suppressed) {
        lines.push(`           ${paint("dim", describeSuppression(finding.suppressed))}`);
      }
    }
    if (findings.length > perCheck) lines.push(paint("dim", `  … and ${findings.length - perCheck} more (all of them are in --format json)`));
    if (open.length > 0 && check) lines.push(`  ${paint("dim", "fix:")} ${check.remediation}`);
    lines.push("");
  }

  const notApplicable = report.checks.filter((check) => check.notApplicable !== undefined);
  if (notApplicable.length > 0) {
    lines.push(paint("bold", "Not applicable to this input:"));
    for (const check of notApplicable) lines.push(`  ${paint("dim", "-")} ${check.id}: ${check.notApplicable}`);
    lines.push("");
  }

  const vulnerabilities = report.summary.vulnerabilities;
  if (vulnerabilities) {
    lines.push(paint("bold", `Vulnerabilities${vulnerabilities.fixableOnly ? " (fixable only are counted)" : ""}:`));
    for (const source of vulnerabilities.sources) {
      lines.push(
        `  ${source.status === "complete" ? paint("green", "✓") : paint("yellow", "!")} ${source.label}${source.status === "complete" ? `: ${source.vulnerabilities} reported` : `: unavailable, ${source.reason ?? ""}`}`,
      );
      for (const note of source.notes ?? []) lines.push(`      ${paint("dim", note)}`);
    }
    const exploits = vulnerabilities.exploits;
    const epss = exploits.epssAtOrAbove === null ? "" : ` · ${exploits.epssAtOrAbove} with EPSS ≥ ${exploits.block.epss}`;
    const unknown = exploits.kevUnknown > 0 ? ` · KEV status unknown for ${exploits.kevUnknown}` : "";
    const blocked = exploits.blockedByPolicy > 0 ? ` · ${paint("red", `${exploits.blockedByPolicy} blocking by vulnerabilities.block`)}` : "";
    lines.push(`  exploits: ${exploits.kev} in CISA KEV · ${exploits.exploitAvailable} with a known exploit${epss}${unknown}${blocked}`);
    const rows = Object.entries(vulnerabilities.bySeverity).filter(([, row]) => row.reported > 0 || row.allowed !== null);
    for (const [severity, row] of rows) {
      const allowed = row.allowed === null ? "no limit" : `max ${row.allowed}`;
      const state = row.blocking ? paint("red", "over the limit") : paint("green", "ok");
      lines.push(`  ${severity.padEnd(9)} ${String(row.counted).padStart(5)} counted (${row.reported} reported), ${allowed}: ${state}`);
    }
    lines.push("");
  }

  const { blocking, warnings, suppressed, baseline } = report.summary;
  const verdict = report.verdict === "fail" ? paint("red", "FAIL") : paint("green", "PASS");
  const audit = report.mode === "audit" ? paint("yellow", " (audit mode: reported only, exit 0)") : "";
  const binary = describeBinarySkipped(report.summary.notScanned);
  if (binary) lines.push(paint("dim", `${binary[0]!.toUpperCase()}${binary.slice(1)}.`));
  const notScanned = describeNotScanned(report.summary.notScanned);
  lines.push(
    `${paint("bold", "Result:")} ${verdict}${audit} · ${blocking} blocking · ${warnings} warning${warnings === 1 ? "" : "s"} · ${suppressed} suppressed${baseline !== undefined ? ` · ${baseline} known from the baseline` : ""}${notScanned ? ` · ${paint("yellow", notScanned)}` : ""}`,
  );
  return `${lines.join("\n")}\n`;
}
