/** The shape every check has: metadata beside a pure `run` over evidence. */

import type { DockerfileModel } from "../dockerfile/model.ts";
import type { ImageModel } from "../image/model.ts";
import type { ScanResult } from "../scans/model.ts";
import type { AttestationEvidence, BaseImageSignatures, RepositorySettings, SignatureEvidence } from "../supply-chain/model.ts";
import { fingerprintOf, type Finding, type Location, type Severity } from "../findings.ts";

/** Everything the sources found; checks read it and never do I/O. */
export interface Evidence {
  dockerfile?: DockerfileModel;
  image?: ImageModel;
  /** Vulnerability scan results (ECR, Inspector, results files). */
  scans?: ScanResult[];
  /** unsigned-image: the judged image's signatures, verified against the policy's signers. */
  signatures?: SignatureEvidence;
  /** unsigned-base-image: each base image's signatures, resolved through its registry. */
  baseImageSignatures?: BaseImageSignatures[];
  /** missing-attestations: the in-toto statements attached to the image. */
  attestations?: AttestationEvidence;
  /** registry-settings: the ECR repository behind --ecr-image. */
  repositorySettings?: RepositorySettings;
}

/** Per-check settings from the policy that shape what a check looks for (not thresholds). */
export interface CheckOptions {
  /** untrusted-base-image: glob patterns over normalized repositories. */
  trusted?: string[];
  /** mutable-tag: every external image must carry a digest. */
  requireDigest?: boolean;
  /** vulnerability: the severity for vendor severities outside the five (UNDEFINED, UNTRIAGED). */
  unknownSeverity?: Severity;
  /** missing-attestations and registry-settings: which of their rules apply. */
  require?: string[];
}

export interface Check {
  /** Stable kebab-case name: the policy key, SARIF rule id prefix and JUnit test case. */
  id: string;
  title: string;
  /** Default severity of its findings (rules may differ; the policy may override). */
  severity: Severity;
  /** One line: why this matters. */
  rationale: string;
  remediation: string;
  /** CIS Docker Benchmark, NIST SP 800-190 and similar. */
  references: string[];
  /** Reaches a registry or AWS: runs only when the policy lists it (never by default), and `action: off` makes no request. */
  network?: boolean;
  run(evidence: Evidence, options: CheckOptions): Finding[];
}

/** Builds a finding for a check; `key` is what makes the fact unique (not the line, which moves). */
export function makeFinding(
  check: Check,
  fields: {
    rule: string;
    message: string;
    location: Location;
    key: string;
    severity?: Severity;
    evidence?: string;
    id?: string;
    package?: string;
    fixable?: boolean;
  },
): Finding {
  const finding: Finding = {
    check: check.id,
    rule: fields.rule,
    severity: fields.severity ?? check.severity,
    message: fields.message,
    location: fields.location,
    fingerprint: fingerprintOf(check.id, fields.rule, fields.key),
  };
  if (fields.evidence !== undefined) finding.evidence = fields.evidence;
  if (fields.id !== undefined) finding.id = fields.id;
  if (fields.package !== undefined) finding.package = fields.package;
  if (fields.fixable !== undefined) finding.fixable = fields.fixable;
  return finding;
}

/**
 * Collects a check's Dockerfile findings, one per rule, line and thing found: the same flag written
 * twice on one line is one finding. Its fingerprint leaves the line out, so it survives moves.
 */
export function dockerfileFindings(
  check: Check,
  file: string,
): { add: (rule: string, message: string, line: number, what: string) => void; findings: Finding[] } {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  return {
    findings,
    add(rule, message, line, what) {
      const key = `${rule}|${line}|${what}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(makeFinding(check, { rule, message, location: { file, line }, key: `${file}|${rule}|${what}` }));
    },
  };
}
