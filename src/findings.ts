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
}

/** An image or repository in a registry (signatures, attestations, repository settings). */
export interface ImageLocation {
  image: string;
}

export type Location = DockerfileLocation | LayerLocation | ConfigLocation | PolicyLocation | ScanLocation | ImageLocation;

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
  /** Stable across runs and line moves: what makes this fact this fact. */
  fingerprint: string;
}

export type Action = "fail" | "warn" | "off";

/** A finding after the policy has judged it. */
export interface DecidedFinding extends Finding {
  action: Exclude<Action, "off">;
  blocking: boolean;
  suppressed?: { reason: string; expires: string; source: PolicyLocation };
  /** Vulnerability findings: counted against the policy's per-severity max. */
  counted?: boolean;
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

/** A short, stable hash of the parts that identify a fact. */
export function fingerprintOf(...parts: Array<string | number | undefined>): string {
  return createHash("sha256")
    .update(parts.map((part) => String(part ?? "")).join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}
