/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per check and rule id (stable forever), with
 * help and security-severity; results on the Dockerfile line, image findings anchored on the
 * final FROM line (or the image as a logical location when no Dockerfile was given);
 * partialFingerprints so alerts follow a fact across runs instead of duplicating.
 */

import { describeSuppression, isDockerfileLocation, severityRank, type DecidedFinding, type Severity } from "../findings.ts";
import { describeNotScanned, formatLocation, type Report } from "./model.ts";

/** GitHub maps security-severity to its levels: >= 9 critical, >= 7 high, >= 4 medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };

/** GitHub's limits per run. */
const MAX_RESULTS = 25_000;
const MAX_LOCATIONS = 1_000;

type SarifLevel = "error" | "warning" | "note";

function level(finding: DecidedFinding): SarifLevel {
  if (finding.suppressed) return "note";
  return finding.blocking ? "error" : finding.action === "fail" || finding.severity === "critical" || finding.severity === "high" ? "warning" : "note";
}

function ruleName(id: string): string {
  return id.replace(/(^|[-/])([a-z0-9])/g, (_match, _sep: string, char: string) => char.toUpperCase());
}

/** Exploit intelligence of a vulnerability result, as SARIF result properties (KEV, EPSS, exploit, platform image). */
function vulnerabilityProperties(finding: DecidedFinding): Record<string, unknown> {
  const facts = finding.vulnerability!;
  return {
    kev: facts.kev === null ? null : Boolean(facts.kev),
    ...(facts.kev && facts.kev.dateAdded ? { kevDateAdded: facts.kev.dateAdded } : {}),
    ...(facts.kev && facts.kev.dueDate ? { kevDueDate: facts.kev.dueDate } : {}),
    epss: facts.epss,
    exploitAvailable: facts.exploitAvailable,
    ...(facts.fixedIn ? { fixedIn: facts.fixedIn } : {}),
    ...(facts.platform ? { platform: facts.platform } : {}),
    ...(facts.imageDigest ? { imageDigest: facts.imageDigest } : {}),
    ...(finding.blockedBy?.length ? { blockedBy: finding.blockedBy } : {}),
  };
}

export function renderSarif(report: Report): string {
  const dockerfile = report.targets.dockerfile;
  const findings = report.findings.slice(0, MAX_RESULTS);
  // The whole catalog of the checks that ran (so code scanning knows every rule), plus any rule a
  // policy added that fired.
  const catalog = report.checks.filter((check) => check.action !== "off").flatMap((check) => Object.keys(check.rules).map((rule) => `${check.id}/${rule}`));
  const ruleIds = [...new Set([...catalog, ...findings.map((finding) => `${finding.check}/${finding.rule}`)])].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const [checkId] = id.split("/");
    const check = report.checks.find((candidate) => candidate.id === checkId)!;
    const ruleId = id.slice(checkId!.length + 1);
    const fired = findings.filter((finding) => `${finding.check}/${finding.rule}` === id);
    const worst = fired.reduce<Severity>(
      (current, finding) => (severityRank(finding.severity) > severityRank(current) ? finding.severity : current),
      fired.length > 0 ? "info" : check.severity,
    );
    const references = check.references.length > 0 ? `\n\nReferences: ${check.references.join("; ")}.` : "";
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: check.rules[ruleId] ?? `${check.title} (${ruleId})` },
      fullDescription: { text: check.rationale },
      help: {
        text: `${check.remediation}${references}`,
        markdown: `**${check.title}**\n\n${check.rationale}\n\n**Fix:** ${check.remediation}${references}`,
      },
      defaultConfiguration: { level: check.action === "fail" ? "error" : "warning" },
      properties: {
        tags: ["security", "container", check.id],
        "security-severity": SECURITY_SEVERITY[worst],
        precision: "high",
        "problem.severity": check.action === "fail" ? "error" : "warning",
      },
    };
  });

  const anchor = dockerfile
    ? { physicalLocation: { artifactLocation: { uri: dockerfile.path, uriBaseId: "%SRCROOT%" }, region: { startLine: dockerfile.finalFromLine } } }
    : report.targets.image
      ? { logicalLocations: [{ fullyQualifiedName: report.targets.image.reference, kind: "resource" }] }
      : { logicalLocations: [{ fullyQualifiedName: report.targets.ecrImage?.reference ?? "scan results", kind: "resource" }] };

  const results = findings.map((finding) => {
    const places = [finding.location, ...(finding.locations ?? [])];
    const inDockerfile = places.filter(isDockerfileLocation);
    const located = inDockerfile.length > 0;
    const locations = located
      ? [...new Map(inDockerfile.map((place) => [`${place.file}:${place.line}`, place])).values()].slice(0, MAX_LOCATIONS).map((place) => ({
          physicalLocation: { artifactLocation: { uri: place.file, uriBaseId: "%SRCROOT%" }, region: { startLine: place.line } },
        }))
      : [anchor];
    // Image findings name their real place in the message, since SARIF can only point into the repository.
    const where = located ? "" : ` [${formatLocation(finding.location)}]`;
    const result: Record<string, unknown> = {
      ruleId: `${finding.check}/${finding.rule}`,
      ruleIndex: ruleIndex.get(`${finding.check}/${finding.rule}`),
      level: level(finding),
      message: { text: `${finding.message}${where}${finding.evidence ? ` Evidence: ${finding.evidence}.` : ""}` },
      locations,
      partialFingerprints: { "imageGateFinding/v1": finding.fingerprint },
      properties: {
        severity: finding.severity,
        blocking: finding.blocking,
        ...(finding.id ? { id: finding.id } : {}),
        ...(finding.package ? { package: finding.package } : {}),
        ...(finding.vulnerability ? vulnerabilityProperties(finding) : {}),
      },
    };
    // A known edit (mutable-tag's pin) becomes a fix that code scanning can offer.
    if (finding.fix) {
      result.fixes = [
        {
          description: { text: finding.fix.description },
          artifactChanges: [
            {
              artifactLocation: { uri: finding.fix.file, uriBaseId: "%SRCROOT%" },
              replacements: [{ deletedRegion: { ...finding.fix.region }, insertedContent: { text: finding.fix.replacement } }],
            },
          ],
        },
      ];
    }
    // With a baseline, code scanning can show only what is new.
    if (report.baseline) result.baselineState = finding.baseline ? "unchanged" : "new";
    if (finding.suppressed)
      result.suppressions = [
        {
          kind: "external",
          status: "accepted",
          justification:
            "expires" in finding.suppressed ? `${finding.suppressed.reason} (until ${finding.suppressed.expires})` : describeSuppression(finding.suppressed),
        },
      ];
    return result;
  });

  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "image-gate", version: report.tool.version, semanticVersion: report.tool.version, rules } },
        automationDetails: { id: "image-gate/" },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.policy.warning ? { toolExecutionNotifications: [{ level: "warning", message: { text: report.policy.warning } }] } : {}),
          },
        ],
        results,
        properties: {
          verdict: report.verdict,
          mode: report.mode,
          policy: report.policy.name,
          ...(report.policy.warning ? { policyWarning: report.policy.warning } : {}),
          ...(report.baseline ? { baseline: report.baseline.path } : {}),
          truncated: report.findings.length > MAX_RESULTS ? report.findings.length - MAX_RESULTS : 0,
          ...(report.summary.notScanned ? { notScanned: report.summary.notScanned } : {}),
          ...(describeNotScanned(report.summary.notScanned) ? { notScannedSummary: describeNotScanned(report.summary.notScanned) } : {}),
        },
        ...(dockerfile ? { originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root (the working directory of the run)." } } } } : {}),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
