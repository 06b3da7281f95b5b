/** The report: one versioned structure that every format renders. */

import { CHECKS } from "../checks/index.ts";
import {
  isConfigLocation,
  isDockerfileLocation,
  isLayerLocation,
  SEVERITIES,
  severityRank,
  type DecidedFinding,
  type Location,
  type Severity,
} from "../findings.ts";
import type { ResolvedPolicy } from "../policy/load.ts";
import type { ScanResult } from "../scans/model.ts";
import type { BaseImageRecord } from "../supply-chain/model.ts";

const REPORT_VERSION = 1;

export interface Targets {
  /** --scan-results files, as given. */
  scanResults?: string[];
  dockerfile?: {
    path: string;
    stages: number;
    baseImages: string[];
    /** Line of the final stage's FROM, where image findings are anchored in SARIF. */ finalFromLine: number;
  };
  image?: {
    reference: string;
    transport: string;
    /** The digest the reference resolved to (for a registry tag: what a later deploy can pin). */
    digest?: string;
    /** The platform manifest analysed, when the reference resolved to an index. */
    manifestDigest?: string;
    /** The image ID: digest of its config. */
    configDigest: string;
    platform: string;
    layers: number;
    user: string;
    /** The base image the image records (annotations, labels or provenance), when missing-attestations read it. */
    base?: BaseImageRecord;
  };
  ecrImage?: {
    reference: string;
    registry: string;
    region: string;
    repository: string;
    tag?: string;
    /** What the tag resolved to; every scan read after used this digest. */
    digest?: string;
    /** The digest is a multi-platform index: its platform images whose scans were gated, and those left out (`platforms: selected`). */
    index?: boolean;
    platforms?: Array<{ platform?: string; digest: string }>;
    skippedPlatforms?: Array<{ platform?: string; digest: string }>;
    base?: BaseImageRecord;
  };
}

export interface VulnerabilitySummary {
  sources: Array<{
    source: string;
    label: string;
    status: "complete" | "unavailable";
    reason?: string;
    cancelled?: boolean;
    scanType?: string;
    platform?: string;
    imageDigest?: string;
    vulnerabilities: number;
    notes?: string[];
  }>;
  fixableOnly: boolean;
  /** Exploit intelligence over the reported vulnerability findings, and the policy's `block` rules. */
  exploits: {
    kev: number;
    kevUnknown: number;
    exploitAvailable: number;
    /** Findings at or above `block.epss` (null when the policy sets none). */
    epssAtOrAbove: number | null;
    /** Findings that block because of `block` (not counted past `max`). */
    blockedByPolicy: number;
    block: { kev: boolean; exploitAvailable: boolean; epss: number | null };
  };
  /** Per severity: how many count against the policy, how many are allowed (null: unlimited), and whether they block. */
  bySeverity: Record<Severity, { counted: number; reported: number; allowed: number | null; blocking: boolean }>;
}

export interface CheckSummary {
  id: string;
  title: string;
  severity: Severity;
  action: "fail" | "warn" | "off";
  rationale: string;
  remediation: string;
  references: string[];
  /** Every rule the check can report (id → title). */
  rules: Record<string, string>;
  findings: number;
  blocking: number;
  /** Set when the check was on but this input gives it nothing to judge, and why. */
  notApplicable?: string;
}

/** What an image read left out: past the policy's limits, and binary files not scanned as text. */
export interface NotScanned {
  /** Files scanned only in part (limits.max-file-size), and their bytes left unread. */
  files: number;
  fileBytes: number;
  /** Layers read only up to limits.max-layer-size. */
  layers: number;
  /** Entries (files, links, whiteouts) not kept past limits.max-entries. */
  entries: number;
  /** Foreign layers whose blobs are not in the image. */
  foreignLayers: number;
  /** Binary files (executables, archives, media) not scanned for credentials, and their bytes. */
  binaryFiles: number;
  binaryBytes: number;
}

export interface Summary {
  findings: number;
  blocking: number;
  warnings: number;
  suppressed: number;
  bySeverity: Record<Severity, number>;
  /** Findings known from --baseline (present when a baseline was given): reported, never blocking. */
  baseline?: number;
  /** Present when the run read vulnerability scan results. */
  vulnerabilities?: VulnerabilitySummary;
  /** Present when the run read an image: what it did not scan. */
  notScanned?: NotScanned;
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: string; version: string };
  /** When the run judged (ISO 8601, UTC): the clock the run was given, so renderers stay pure. */
  generatedAt: string;
  verdict: "pass" | "fail";
  mode: "enforce" | "audit";
  policy: {
    name: string;
    chain: string[];
    /** Said in every format when the policy extends no preset (its unlisted checks only warn) or uses deprecated check names. */
    warning?: string;
  };
  /** The --baseline report: where it was and how many fingerprints it held. */
  baseline?: { path: string; fingerprints: number };
  targets: Targets;
  summary: Summary;
  checks: CheckSummary[];
  findings: DecidedFinding[];
}

const CHECK_ORDER = new Map(CHECKS.map((check, index) => [check.id, index]));

function locationKey(location: Location): string {
  if (isDockerfileLocation(location)) return `${location.file}\u0000${String(location.line).padStart(8, "0")}`;
  if (isLayerLocation(location)) return `~${location.path}`;
  if (isConfigLocation(location)) return `~~${location.config}`;
  return JSON.stringify(location);
}

/** Most severe first; then by check, then by place. Stable for identical input. */
export function compareFindings(a: DecidedFinding, b: DecidedFinding): number {
  return (
    Number(b.blocking) - Number(a.blocking) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    (CHECK_ORDER.get(a.check) ?? 999) - (CHECK_ORDER.get(b.check) ?? 999) ||
    compareText(locationKey(a.location), locationKey(b.location)) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/**
 * Code-unit order: the same report on every machine, whatever its locale, and no collator to load
 * (the first localeCompare loads ICU's, 10-40 ms at the end of every run).
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildReport(input: {
  toolVersion: string;
  now: Date;
  verdict: "pass" | "fail";
  policy: ResolvedPolicy;
  mode: "enforce" | "audit";
  targets: Targets;
  findings: DecidedFinding[];
  scans?: ScanResult[];
  notScanned?: NotScanned;
  /** Check id → why this input gives the check nothing to judge. */
  notApplicable?: Record<string, string>;
  baseline?: { path: string; fingerprints: ReadonlySet<string> };
}): Report {
  const findings = [...input.findings].sort(compareFindings);
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) if (!finding.suppressed) bySeverity[finding.severity]++;
  const checks: CheckSummary[] = CHECKS.map((check) => {
    const own = findings.filter((finding) => finding.check === check.id);
    const settings = input.policy.checks[check.id];
    const summary: CheckSummary = {
      id: check.id,
      title: check.title,
      severity: settings?.severity ?? check.severity,
      action: settings?.action ?? "warn",
      rationale: check.rationale,
      remediation: check.remediation,
      references: check.references,
      rules: { ...check.rules },
      findings: own.length,
      blocking: own.filter((finding) => finding.blocking).length,
    };
    const reason = input.notApplicable?.[check.id];
    if (reason !== undefined && summary.action !== "off") summary.notApplicable = reason;
    return summary;
  });
  const summary: Summary = {
    findings: findings.length,
    blocking: findings.filter((finding) => finding.blocking).length,
    warnings: findings.filter((finding) => !finding.blocking && !finding.suppressed).length,
    suppressed: findings.filter((finding) => finding.suppressed).length,
    bySeverity,
  };
  if (input.baseline) summary.baseline = findings.filter((finding) => finding.baseline).length;
  if (input.scans) summary.vulnerabilities = vulnerabilitySummary(findings, input.scans, input.policy);
  const policy: Report["policy"] = { name: input.policy.name, chain: input.policy.chain };
  // Deprecated names the policy still uses are said the same way, in every format.
  const warnings = [unlistedChecksWarning(input.policy), ...input.policy.warnings].filter((text): text is string => text !== undefined);
  if (warnings.length > 0) policy.warning = warnings.join("; ");
  if (input.notScanned) summary.notScanned = input.notScanned;
  return {
    version: REPORT_VERSION,
    tool: { name: "image-gate", version: input.toolVersion },
    generatedAt: input.now.toISOString(),
    verdict: input.verdict,
    mode: input.mode,
    policy,
    ...(input.baseline ? { baseline: { path: input.baseline.path, fingerprints: input.baseline.fingerprints.size } } : {}),
    targets: input.targets,
    summary,
    checks,
    findings,
  };
}

/** A policy that extends no preset starts from nothing: say which checks therefore only warn. */
function unlistedChecksWarning(policy: ResolvedPolicy): string | undefined {
  const unlisted = policy.unlistedChecks;
  if (unlisted.length === 0) return undefined;
  const named = unlisted.length <= 4 ? unlisted.join(", ") : `${unlisted.slice(0, 4).join(", ")} and ${unlisted.length - 4} more`;
  return `policy ${policy.name} extends no preset, so the ${unlisted.length} check${unlisted.length === 1 ? "" : "s"} it does not list (${named}) only warn; add "extends: default" to start from a preset`;
}

function vulnerabilitySummary(findings: DecidedFinding[], scans: ScanResult[], policy: ResolvedPolicy): VulnerabilitySummary {
  const cves = findings.filter((finding) => finding.check === "vulnerability" && finding.rule === "cve");
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((severity) => {
      const ofSeverity = cves.filter((finding) => finding.severity === severity);
      const counted = ofSeverity.filter((finding) => finding.counted).length;
      const allowed = policy.vulnerabilities.max[severity] ?? null;
      // Over the limit, not blocking for another reason (vulnerabilities.block is summarized apart).
      return [
        severity,
        { counted, reported: ofSeverity.length, allowed, blocking: allowed !== null && counted > allowed && ofSeverity.some((finding) => finding.blocking) },
      ];
    }),
  ) as VulnerabilitySummary["bySeverity"];
  const { block } = policy.vulnerabilities;
  const facts = cves.map((finding) => finding.vulnerability).filter((value) => value !== undefined);
  return {
    sources: scans.map((scan) => ({
      source: scan.source,
      label: scan.label,
      status: scan.status,
      ...(scan.reason !== undefined ? { reason: scan.reason } : {}),
      ...(scan.cancelled ? { cancelled: true } : {}),
      ...(scan.scanType !== undefined ? { scanType: scan.scanType } : {}),
      ...(scan.platform !== undefined ? { platform: scan.platform } : {}),
      ...(scan.imageDigest !== undefined ? { imageDigest: scan.imageDigest } : {}),
      vulnerabilities: scan.vulnerabilities.length,
      ...(scan.notes?.length ? { notes: scan.notes } : {}),
    })),
    fixableOnly: policy.vulnerabilities.fixableOnly,
    exploits: {
      kev: facts.filter((fact) => fact.kev).length,
      kevUnknown: facts.filter((fact) => fact.kev === null).length,
      exploitAvailable: facts.filter((fact) => fact.exploitAvailable === true).length,
      epssAtOrAbove: block.epss === undefined ? null : facts.filter((fact) => fact.epss !== null && fact.epss >= block.epss!).length,
      blockedByPolicy: cves.filter((finding) => finding.blocking && finding.blockedBy?.length).length,
      block: { kev: block.kev, exploitAvailable: block.exploitAvailable, epss: block.epss ?? null },
    },
    bySeverity,
  };
}

/** KEV and EPSS of a vulnerability finding as two short cells ("KEV", "0.97"); blanks for other findings. */
export function exploitCells(finding: DecidedFinding): { kev: string; epss: string } {
  const facts = finding.vulnerability;
  if (!facts) return { kev: "", epss: "" };
  return { kev: facts.kev ? "KEV" : facts.kev === null ? "?" : "-", epss: facts.epss === null ? "-" : facts.epss.toFixed(2) };
}

/** A location as people read it: `Dockerfile:12`, `/etc/app/key.pem (layer 3, deleted)`, `config.User`. */
export function formatLocation(location: Location): string {
  if (isDockerfileLocation(location)) return `${location.file}:${location.line}`;
  if (isLayerLocation(location))
    return `${location.path} (layer ${location.layer.replace(/^sha256:/, "").slice(0, 12)}${location.deleted ? ", deleted in a later layer" : ""})`;
  if (isConfigLocation(location)) return `config.${location.config}`;
  if ("image" in location) return location.image;
  if ("scan" in location) return `${location.scan}${location.package ? ` ${location.package}` : ""}${location.platform ? ` (${location.platform})` : ""}`;
  return location.line !== undefined ? `${location.file}:${location.line}` : location.file;
}

const MiB = 1024 * 1024;
const amount = (bytes: number) => (bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`);
/** 12345 -> 12,345 (as en-US writes it, without loading ICU's number formats). */
const thousands = (count: number) => String(count).replace(/\B(?=(?:\d{3})+$)/g, ",");
const plural = (count: number, one: string, many = `${one}s`) => `${thousands(count)} ${count === 1 ? one : many}`;

/**
 * "not scanned: 136.0 MiB of 1 file past limits.max-file-size, …" for the verdict line of every
 * format; undefined when everything within the limits was read.
 */
export function describeNotScanned(notScanned: NotScanned | undefined): string | undefined {
  if (!notScanned) return undefined;
  const parts: string[] = [];
  if (notScanned.files > 0) parts.push(`${amount(notScanned.fileBytes)} of ${plural(notScanned.files, "file")} past limits.max-file-size`);
  if (notScanned.layers > 0) parts.push(`the rest of ${plural(notScanned.layers, "layer")} past limits.max-layer-size`);
  if (notScanned.entries > 0) parts.push(`${plural(notScanned.entries, "entry", "entries")} past limits.max-entries`);
  if (notScanned.foreignLayers > 0) parts.push(`${plural(notScanned.foreignLayers, "foreign layer")} not in the image`);
  return parts.length > 0 ? `not scanned: ${parts.join(", ")}` : undefined;
}

/** "1,204 binary files (310.5 MiB) were not scanned for credentials"; undefined when there were none. */
export function describeBinarySkipped(notScanned: NotScanned | undefined): string | undefined {
  if (!notScanned || notScanned.binaryFiles === 0) return undefined;
  return `${plural(notScanned.binaryFiles, "binary file")} (${amount(notScanned.binaryBytes)}: executables, archives, media) were not scanned for credentials`;
}
