import { createHash } from "node:crypto";

/** Core vocabulary shared by checks, the policy engine and the reporters. */

export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe; used for sorting. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/** A place in a Dockerfile (1-based line). */
export interface DockerfileLocation {
  file: string;
  line: number;
  endLine?: number;
}

/** A file inside an image layer; `path` is absolute inside the image. */
export interface LayerLocation {
  layer: string;
  path: string;
  deleted: boolean;
}

/** A field of the image configuration, such as `User` or `Env`. */
export interface ConfigLocation {
  config: string;
}

/** Where a policy file said something (used for exception findings). */
export interface PolicyLocation {
  file: string;
  line?: number;
}

/** Where a scan result came from (registry scan, results file). */
export interface ScanLocation {
  scan: string;
  package?: string;
  /** The platform image of a multi-platform index the finding is in. */
  platform?: string;
}

/** An image or repository in a registry (signatures, attestations, repository settings). */
export interface ImageLocation {
  image: string;
}

export type Location = DockerfileLocation | LayerLocation | ConfigLocation | PolicyLocation | ScanLocation | ImageLocation;

/** A proposed edit that resolves a finding: replace a region of a file (SARIF `fixes`). */
export interface FindingFix {
  description: string;
  file: string;
  /** 1-based lines and columns; `endColumn` is the column after the last replaced character. */
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  /** The text the region becomes. */
  replacement: string;
}

/** What a check reports: a fact, with no knowledge of the policy. */
export interface Finding {
  check: string;
  rule: string;
  severity: Severity;
  message: string;
  location: Location;
  /** Every place the same fact was seen, when there is more than one. */
  locations?: Location[];
  /** Redacted evidence; never holds a secret in full. */
  evidence?: string;
  /** Identifier matched by exceptions besides the rule, such as a CVE id. */
  id?: string;
  /** Package name for vulnerability findings (exceptions may be scoped to it). */
  package?: string;
  /** Vulnerability findings: whether a fixed version exists (unknown counts as fixable). */
  fixable?: boolean;
  /** Vulnerability findings: what the scanners said (SPEC §5). */
  vulnerability?: VulnerabilityFacts;
  /** Stable across runs and line moves: what makes this fact this fact. */
  fingerprint: string;
  /** An edit that resolves it, when the check knows one. */
  fix?: FindingFix;
  /** Advice that never blocks, whatever the check's action (a registry that could not be read under `on-unavailable: warn`). */
  advisory?: boolean;
}

/** The facts of one vulnerability finding, merged over every source that reported it. `null`: no source said. */
export interface VulnerabilityFacts {
  id: string;
  package: string;
  version?: string;
  fixedIn?: string;
  fixAvailable: boolean | "partial" | "unknown";
  score?: number;
  /** EPSS probability (0–1). */
  epss: number | null;
  /** In CISA's Known Exploited Vulnerabilities catalog (the entry), checked and not in it (false). */
  kev: { dateAdded?: string; dueDate?: string; action?: string; source: "inspector" | "kev-catalog" } | false | null;
  exploitAvailable: boolean | null;
  lastKnownExploitAt?: string;
  /** `suppressed`: every source that reported it says an Amazon Inspector suppression rule matched it. */
  status: "active" | "suppressed";
  vendorSeverity: string;
  sources: string[];
  platform?: string;
  imageDigest?: string;
  link?: string;
}

export type Action = "fail" | "warn" | "off";

/** Who suppressed a finding: a policy exception (reason, expiry, where it is written) or an Amazon Inspector suppression rule. */
export type Suppression = { reason: string; expires: string; source: PolicyLocation } | { reason: string; source: "inspector-suppression-rule" };

/** What `vulnerabilities.block` rule made a finding block whatever `max` says. */
export type BlockRule = "kev" | "exploit-available" | "epss";

/** A finding after the policy has judged it. */
export interface DecidedFinding extends Finding {
  action: Exclude<Action, "off">;
  blocking: boolean;
  suppressed?: Suppression;
  /** Vulnerability findings: counted against the policy's per-severity max. */
  counted?: boolean;
  /** Vulnerability findings: the `vulnerabilities.block` rules that make it block. */
  blockedBy?: BlockRule[];
  /** Known from --baseline (an earlier report had this fingerprint): reported, never blocking. */
  baseline?: true;
}

export function isDockerfileLocation(location: Location): location is DockerfileLocation {
  return "file" in location && "line" in location && typeof (location as DockerfileLocation).line === "number";
}

export function isLayerLocation(location: Location): location is LayerLocation {
  return "layer" in location;
}

export function isConfigLocation(location: Location): location is ConfigLocation {
  return "config" in location;
}

/** The path a finding concerns (layer path or Dockerfile path), for exception scoping. */
export function locationPath(location: Location): string | undefined {
  if (isLayerLocation(location)) return location.path;
  if ("file" in location) return location.file;
  return undefined;
}

/** How a suppression reads in a report: "until 2027-01-31: reason", or Inspector's rule. */
export function describeSuppression(suppressed: Suppression): string {
  return "expires" in suppressed ? `suppressed until ${suppressed.expires}: ${suppressed.reason}` : `suppressed by an Amazon Inspector suppression rule`;
}

/** A short, stable hash of the parts that identify a fact. */
export function fingerprintOf(...parts: Array<string | number | undefined>): string {
  return createHash("sha256")
    .update(parts.map((part) => String(part ?? "")).join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}
