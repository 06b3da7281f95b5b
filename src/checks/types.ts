/** The shape every check has: metadata beside a pure `run` over evidence. */

import type { DockerfileModel } from "../dockerfile/model.ts";
import type { BaseImageEvidence } from "../image/base-image-registry.ts";
import type { ImageModel } from "../image/model.ts";
import type { ImageNeeds } from "../image/needs.ts";
import type { ScanResult } from "../scans/model.ts";
import type { AttestationEvidence, BaseImageSignatures, RepositorySettings, SignatureEvidence } from "../supply-chain/model.ts";
import type * as z from "zod/mini";
import { fingerprintOf, type Action, type Finding, type Location, type Severity } from "../findings.ts";

/** Everything the sources found; checks read it and never do I/O. */
export interface Evidence {
  dockerfile?: DockerfileModel;
  image?: ImageModel;
  /** Vulnerability scan results (ECR, Inspector, results files). */
  scans?: ScanResult[];
  /** Tag lists and current digests of the images the Dockerfile pulls (only when a check that needs them is on). */
  baseImages?: BaseImageEvidence;
  /** unsigned-image: the judged image's signatures, verified against the policy's signers. */
  signatures?: SignatureEvidence;
  /** unsigned-base-image: each base image's signatures, resolved through its registry. */
  baseImageSignatures?: BaseImageSignatures[];
  /** missing-attestations: the in-toto statements attached to the image. */
  attestations?: AttestationEvidence;
  /** registry-settings: the ECR repository behind --ecr-image. */
  repositorySettings?: RepositorySettings;
}

/** The presets every check takes a stance in (policies/<name>.yaml is generated from these stances). */
export const PRESET_NAMES = ["default", "strict"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** A check's own policy keys beside `action` and `severity`: zod schemas, validated and documented from here. */
export type OptionsShape = Record<string, z.ZodMiniType>;

/** The values of a check's own policy keys, as the policy (after merging) gives them; absent keys are undefined. */
export type OptionsOf<S extends OptionsShape> = { [K in keyof S]?: z.infer<S[K]> };

/** What a preset does with a check: its action, the option values it sets, and why (shown in the README). */
export interface Stance<S extends OptionsShape = OptionsShape> {
  action: Action;
  options?: OptionsOf<S>;
  why?: string;
}

/** Run-wide settings a check needs to read evidence the same way as the policy (not thresholds). */
export interface CheckContext {
  /** vulnerability: the severity for vendor severities outside the five (UNDEFINED, UNTRIAGED). */
  unknownSeverity: Severity;
}

/** Everything about a check lives in its definition: metadata, rules, options, preset stances and `run`. */
export interface Check<S extends OptionsShape = OptionsShape> {
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
  /** Every rule id the check can report, with a short title: stable forever (the SARIF catalog lists them all). */
  rules: Readonly<Record<string, string>>;
  /** True when the policy may add rules of its own to this check (their ids are the policy's). */
  openRules?: boolean;
  /** The check's own policy keys (beside action and severity). */
  options?: S;
  /** The check's stance in each built-in preset. */
  presets: Readonly<Record<PresetName, Stance<S>>>;
  /**
   * What the check reads of an image's layers and config (files by path pattern, a credential
   * scan of contents, the entry list): the gate reads only what the enabled checks declare, so a
   * check the policy turns off costs no I/O. A function of the check's merged options when an
   * option turns off a part that reads something. Plain data either way: it travels to the layer threads.
   */
  imageNeeds?: ImageNeeds | ((options: OptionsOf<S>) => ImageNeeds);
  /** Reaches a registry or AWS: runs only when a policy (or its preset) lists it, never by default. */
  network?: boolean;
  /**
   * Rewrites one policy layer's options before layers merge, so file paths the check reads are
   * resolved against the directory of the policy that wrote them (`absolute` does that).
   */
  resolveFiles?(options: OptionsOf<S>, absolute: (file: string) => string): OptionsOf<S>;
  /** A problem with the merged options when the check is on (for example: nothing to verify against): the option's key and what is wrong. */
  problemWhenOn?(options: OptionsOf<S>): { field: string; message: string } | undefined;
  run(evidence: Evidence, options: OptionsOf<S>, context: CheckContext): Finding[];
}

/** Declares a check; the identity function gives `run` the types of the check's own options. */
export function defineCheck<S extends OptionsShape = Record<string, never>>(check: Check<S>): Check<S> {
  return check;
}

/** Builds a finding for a check; `key` is what makes the fact unique (not the line, which moves). */
export function makeFinding(
  check: Pick<Check, "id" | "severity" | "rules" | "openRules">,
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
  // A rule the check does not declare would be missing from the SARIF catalog and the docs.
  if (!check.openRules && !Object.hasOwn(check.rules, fields.rule))
    throw new Error(`check ${check.id} reports rule "${fields.rule}", which it does not declare`);
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
