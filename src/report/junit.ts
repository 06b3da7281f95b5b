/**
 * JUnit XML for AWS CodeBuild report groups (file-format JUNITXML): one test case per check. A
 * check with blocking findings fails, with the findings in the failure; warnings and suppressed
 * findings go to system-out; a check that is off is skipped.
 */

import { describeSuppression } from "../findings.ts";
import { describeBinarySkipped, describeNotScanned, formatLocation, type Report } from "./model.ts";

/** What XML 1.0 cannot carry: control characters (but tab, LF, CR), lone surrogates, U+FFFE and U+FFFF. */
// oxlint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const NOT_XML_CHARACTER = /[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for XML and drops characters XML 1.0 cannot carry. */
function xml(text: string): string {
  return text.replace(NOT_XML_CHARACTER, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderJunit(report: Report): string {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const check of report.checks) {
    const findings = report.findings.filter((finding) => finding.check === check.id);
    const blocking = findings.filter((finding) => finding.blocking);
    const others = findings.filter((finding) => !finding.blocking);
    const line = (finding: (typeof findings)[number]) =>
      `[${finding.severity}] ${formatLocation(finding.location)}: ${finding.message}${finding.evidence ? ` (${finding.evidence})` : ""}${finding.suppressed ? ` (${describeSuppression(finding.suppressed)})` : ""}${finding.baseline ? " (baseline)" : ""}`;
    let body = "";
    if (check.action === "off") {
      skipped++;
      body += `\n      <skipped message="turned off by the policy"/>`;
    } else if (check.notApplicable !== undefined) {
      skipped++;
      body += `\n      <skipped message="${xml(`not applicable to this input: ${check.notApplicable}`)}"/>`;
    } else if (blocking.length > 0 && report.mode === "enforce") {
      failures++;
      body += `\n      <failure message="${xml(`${blocking.length} blocking finding${blocking.length === 1 ? "" : "s"}: ${blocking[0]!.message}`)}" type="${xml(check.id)}">${xml(
        [...blocking.map(line), "", `Fix: ${check.remediation}`].join("\n"),
      )}</failure>`;
    }
    const out = [...(report.mode === "audit" ? blocking.map((finding) => `would block: ${line(finding)}`) : []), ...others.map(line)];
    if (out.length > 0) body += `\n      <system-out>${xml(out.join("\n"))}</system-out>`;
    cases.push(
      `    <testcase classname="image-gate.${xml(check.id)}" name="${xml(`${check.id}: ${check.title}`)}" time="0">${body}${body ? "\n    " : ""}</testcase>`,
    );
  }
  const attributes = `tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  const notScanned = describeNotScanned(report.summary.notScanned);
  const binary = describeBinarySkipped(report.summary.notScanned);
  // The suite's properties carry what was not scanned, as the other formats' verdict lines do.
  const properties = [
    ["policy", report.policy.chain.join(" -> ")],
    ...(report.policy.warning ? [["policy-warning", report.policy.warning]] : []),
    ...(report.baseline ? [["baseline", report.baseline.path]] : []),
    ["verdict", report.verdict],
    ...(notScanned ? [["not-scanned", notScanned]] : []),
    ...(binary ? [["binary-skipped", binary]] : []),
  ].map(([name, value]) => `      <property name="${xml(name!)}" value="${xml(value!)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="image-gate" ${attributes}>`,
    `  <testsuite name="${xml(`image-gate (${report.policy.name})`)}" ${attributes} timestamp="${report.generatedAt.replace(/\.\d+Z$/, "")}">`,
    "    <properties>",
    ...properties,
    "    </properties>",
    ...cases,
    ...(report.policy.warning ? [`    <system-out>${xml(`warning: ${report.policy.warning}`)}</system-out>`] : []),
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
