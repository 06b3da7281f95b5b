/**
 * The policy decides: turns findings into blocking, warning or suppressed, and a verdict.
 * Checks never see thresholds or exceptions; this is the only place they apply.
 */

import { expiredExceptionFinding } from "../checks/expired-exception.ts";
import { locationPath, type DecidedFinding, type Finding } from "../findings.ts";
import { globMatch } from "./glob.ts";
import type { PolicyException, ResolvedPolicy } from "./load.ts";

export interface Decision {
  findings: DecidedFinding[];
  verdict: "pass" | "fail";
}

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An exception applies through the whole of its `expires` day (UTC). */
export function isExpired(exception: PolicyException, now: Date): boolean {
  return exception.expires < isoDay(now);
}

/** True when the exception covers the finding. */
export function exceptionMatches(exception: PolicyException, finding: Finding): boolean {
  if (exception.check !== finding.check) return false;
  if (exception.id !== undefined) {
    const id = exception.id.toLowerCase();
    if (id !== finding.rule.toLowerCase() && id !== finding.id?.toLowerCase()) return false;
  }
  if (exception.package !== undefined && exception.package !== finding.package) return false;
  if (exception.path !== undefined) {
    const paths = [finding.location, ...(finding.locations ?? [])].map(locationPath).filter((value): value is string => value !== undefined);
    if (!paths.some((value) => globMatch(exception.path!, value))) return false;
  }
  return true;
}

/** Applies actions, severity overrides and exceptions; reports expired exceptions. */
export function decide(findings: Finding[], policy: ResolvedPolicy, now: Date): Decision {
  const active = policy.exceptions.filter((exception) => !isExpired(exception, now));
  const expired = policy.exceptions.filter((exception) => isExpired(exception, now));
  const all = [...findings, ...expired.map(expiredExceptionFinding)];

  const decided: DecidedFinding[] = [];
  for (const finding of all) {
    const settings = policy.checks[finding.check];
    const action = settings?.action ?? "warn";
    if (action === "off") continue;
    const result: DecidedFinding = { ...finding, action, blocking: false };
    if (settings?.severity) result.severity = settings.severity;
    const exception = active.find((candidate) => exceptionMatches(candidate, finding));
    if (exception) {
      result.suppressed = { reason: exception.reason, expires: exception.expires, source: { file: exception.file, ...(exception.line !== undefined ? { line: exception.line } : {}) } };
    }
    result.blocking = action === "fail" && !result.suppressed;
    decided.push(result);
  }
  return { findings: decided, verdict: decided.some((finding) => finding.blocking) ? "fail" : "pass" };
}
