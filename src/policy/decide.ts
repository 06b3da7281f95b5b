/**
 * The policy decides: turns findings into blocking, warning or suppressed, and a verdict.
 * Checks never see thresholds or exceptions; this is the only place they apply.
 */

import { expiredExceptionFinding } from "../checks/expired-exception.ts";
import path from "node:path";
import { unusedExceptionFinding } from "../checks/unused-exception.ts";
import { isLayerLocation, locationPath, SEVERITIES, type BlockRule, type DecidedFinding, type Finding } from "../findings.ts";
import { globMatch } from "../glob.ts";
import type { ScanResult } from "../scans/model.ts";
import type { PolicyException, ResolvedPolicy } from "./load.ts";

export interface Decision {
  findings: DecidedFinding[];
  verdict: "pass" | "fail";
}

/**
 * What the run could have found, so that an exception which matched nothing is reported only when
 * a finding was possible: its check ran, the run had the input it judges (a Dockerfile, an image),
 * and for vulnerabilities every scan source answered.
 */
export interface RunScope {
  dockerfile: boolean;
  image: boolean;
  /** Scan results were read and all of them are complete. */
  scansComplete: boolean;
}

/** True when an exception could have matched a finding in a run of this scope. */
function couldMatch(exception: PolicyException, policy: ResolvedPolicy, scope: RunScope): boolean {
  if (exception.check === "expired-exception" || exception.check === "unused-exception") return false;
  if ((policy.checks[exception.check]?.action ?? "warn") === "off") return false;
  if (exception.check === "vulnerability") return scope.scansComplete;
  if (!scope.dockerfile && !scope.image) return false;
  // Absolute paths are in-image paths, relative ones name files beside the policy (a Dockerfile).
  if (exception.path !== undefined) return exception.path.startsWith("/") ? scope.image : scope.dockerfile;
  return true;
}

/** `YYYY-MM-DD` of a date in UTC. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An exception applies through the whole of its `expires` day (UTC). */
export function isExpired(exception: PolicyException, now: Date): boolean {
  return exception.expires < isoDay(now);
}

/**
 * The paths an exception's `path` glob is matched against: in-image paths as they are (absolute),
 * and files of the run (Dockerfiles, given relative to `cwd`) relative to the exception's policy
 * directory, so one policy suppresses the same findings wherever the gate is started from.
 */
function exceptionPaths(exception: PolicyException, finding: Finding, cwd: string): string[] {
  const paths: string[] = [];
  for (const location of [finding.location, ...(finding.locations ?? [])]) {
    const value = locationPath(location);
    if (value === undefined) continue;
    if (isLayerLocation(location)) paths.push(value);
    else paths.push(path.relative(exception.dir, path.resolve(cwd, value)).split(path.sep).join("/"));
  }
  return paths;
}

/** True when the exception covers the finding; `cwd` is what the finding's file paths are relative to. */
export function exceptionMatches(exception: PolicyException, finding: Finding, cwd: string = process.cwd()): boolean {
  if (exception.check !== finding.check) return false;
  if (exception.id !== undefined) {
    const id = exception.id.toLowerCase();
    if (id !== finding.rule.toLowerCase() && id !== finding.id?.toLowerCase()) return false;
  }
  if (exception.package !== undefined && exception.package !== finding.package) return false;
  if (exception.path !== undefined) {
    if (!exceptionPaths(exception, finding, cwd).some((value) => globMatch(exception.path!, value))) return false;
  }
  return true;
}

export interface DecideOptions {
  /** Fingerprints from --baseline: findings with one of them are marked and never block. */
  baseline?: ReadonlySet<string>;
  /** What the findings' file paths are relative to (default: the process's working directory). */
  cwd?: string;
  /** What the run could have found: exceptions that matched nothing in it are reported (unused-exception). */
  scope?: RunScope;
}

/**
 * Applies actions, severity overrides, exceptions and the baseline; reports expired exceptions,
 * and (given the run's scope) exceptions that matched nothing.
 */
export function decide(findings: Finding[], policy: ResolvedPolicy, now: Date, options: DecideOptions = {}): Decision {
  const active = policy.exceptions.filter((exception) => !isExpired(exception, now));
  const expired = policy.exceptions.filter((exception) => isExpired(exception, now));
  const used = new Set<PolicyException>();
  for (const finding of findings) for (const exception of active) if (exceptionMatches(exception, finding, options.cwd)) used.add(exception);
  const { scope } = options;
  const unused = scope ? active.filter((exception) => !used.has(exception) && couldMatch(exception, policy, scope)) : [];
  const all = [...findings, ...expired.map(expiredExceptionFinding), ...unused.map(unusedExceptionFinding)];

  const decided: DecidedFinding[] = [];
  for (const finding of all) {
    const settings = policy.checks[finding.check];
    const action = settings?.action ?? "warn";
    if (action === "off") continue;
    const result: DecidedFinding = { ...finding, action, blocking: false };
    if (settings?.severity) result.severity = settings.severity;
    const exception = active.find((candidate) => exceptionMatches(candidate, finding, options.cwd));
    if (exception) {
      result.suppressed = {
        reason: exception.reason,
        expires: exception.expires,
        source: { file: exception.file, ...(exception.line !== undefined ? { line: exception.line } : {}) },
      };
    } else if (finding.vulnerability?.status === "suppressed" && policy.vulnerabilities.inspectorSuppressions === "honor") {
      // An Inspector suppression rule is the account's decision; `inspector-suppressions: ignore` makes these count.
      result.suppressed = { reason: "an Amazon Inspector suppression rule matched it", source: "inspector-suppression-rule" };
    }
    if (options.baseline?.has(finding.fingerprint)) result.baseline = true;
    result.blocking = action === "fail" && !result.suppressed && !result.baseline && !finding.advisory;
    decided.push(result);
  }
  countVulnerabilities(decided, policy);
  return { findings: decided, verdict: decided.some((finding) => finding.blocking) ? "fail" : "pass" };
}

/** The `vulnerabilities.block` rules a finding meets. */
function blockRules(finding: DecidedFinding, policy: ResolvedPolicy): BlockRule[] {
  const facts = finding.vulnerability;
  if (!facts) return [];
  const { block } = policy.vulnerabilities;
  const rules: BlockRule[] = [];
  if (block.kev && facts.kev) rules.push("kev");
  if (block.exploitAvailable && facts.exploitAvailable === true) rules.push("exploit-available");
  if (block.epss !== undefined && facts.epss !== null && facts.epss >= block.epss) rules.push("epss");
  return rules;
}

const BLOCK_WORDS: Record<BlockRule, (finding: DecidedFinding, policy: ResolvedPolicy) => string> = {
  kev: () => "it is in CISA KEV (vulnerabilities.block.kev)",
  "exploit-available": () => "a public exploit is known (vulnerabilities.block.exploit-available)",
  epss: (finding, policy) => `its EPSS ${finding.vulnerability?.epss} is at or above ${policy.vulnerabilities.block.epss} (vulnerabilities.block.epss)`,
};

/**
 * SPEC §4 counting: findings of a severity beyond its `max` all block (so the report shows all
 * of them); within the limit none does. Suppressed findings, baseline findings (known problems
 * only the new ones are judged against), and with fixable-only the ones without a fix, are
 * reported but not counted. Unavailable-scan findings are warnings (a policy
 * that fails on unavailable results stops the run before it gets here).
 */
function countVulnerabilities(findings: DecidedFinding[], policy: ResolvedPolicy): void {
  const { max, fixableOnly } = policy.vulnerabilities;
  const vulnerabilities = findings.filter((finding) => finding.check === "vulnerability");
  for (const finding of vulnerabilities) {
    finding.blocking = false;
    if (finding.rule === "cve") finding.counted = !finding.suppressed && !finding.baseline && (!fixableOnly || finding.fixable !== false);
  }
  for (const severity of SEVERITIES) {
    const counted = vulnerabilities.filter((finding) => finding.counted && finding.severity === severity);
    const limit = max[severity];
    if (limit === undefined || counted.length <= limit) continue;
    for (const finding of counted) finding.blocking = finding.action === "fail";
  }
  // Exploited or likely-exploited vulnerabilities block whatever max and fixable-only say; an exception still suppresses them.
  for (const finding of vulnerabilities) {
    if (finding.rule !== "cve" || finding.suppressed || finding.baseline) continue;
    const rules = blockRules(finding, policy);
    if (rules.length === 0) continue;
    finding.blockedBy = rules;
    if (finding.action !== "fail") continue;
    finding.blocking = true;
    finding.message = `${finding.message} Blocks because ${rules.map((rule) => BLOCK_WORDS[rule](finding, policy)).join(" and ")}.`;
  }
}

/**
 * True when a source the run could not read ends it (exit 2) instead of being reported: the
 * policy's `on-unavailable` is `fail` and the run enforces (audit never fails the pipeline).
 */
export function stopsOnUnavailable(onUnavailable: unknown, mode: "enforce" | "audit"): boolean {
  return onUnavailable === "fail" && mode === "enforce";
}

/** The unavailable scan result a stopped run names: the cause, not a source that was cancelled because of it. */
export function unavailableScanCause(results: ScanResult[]): ScanResult | undefined {
  const unavailable = results.filter((result) => result.status === "unavailable");
  return unavailable.find((result) => !result.cancelled) ?? unavailable[0];
}
