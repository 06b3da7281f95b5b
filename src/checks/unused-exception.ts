import { defineCheck, makeFinding, type Check } from "./types.ts";

/**
 * Reported by the policy engine, not from evidence: an exception that matched no finding in a run
 * that could have produced one. The problem it accepted is gone (or it was mistyped), so it only
 * waits to hide the next finding that happens to match it.
 */
export const unusedException: Check = defineCheck({
  id: "unused-exception",
  title: "Policy exception matched nothing",
  severity: "low",
  rationale: "A stale exception is a standing risk acceptance nobody reviews: the next finding that matches it is suppressed without a decision.",
  remediation: "Delete the exception, or correct its check, id, package or path if it was meant to match a finding that is still reported.",
  references: ["NIST SP 800-190 §4.1.1"],
  rules: {
    unused: "Exception that matched no finding",
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "warn", why: "A stale exception is hygiene, not a risk of the image: it is reported, not blocking." },
  },
  run() {
    return [];
  },
});

/** The finding that reports one exception no finding of this run matched. */
export function unusedExceptionFinding(exception: {
  check: string;
  id?: string;
  path?: string;
  package?: string;
  expires: string;
  file: string;
  line?: number;
}) {
  const scope = [exception.id, exception.package ? `package ${exception.package}` : "", exception.path].filter(Boolean).join(" ");
  return makeFinding(unusedException, {
    rule: "unused",
    message: `The exception for ${exception.check}${scope ? ` ${scope}` : ""} (expires ${exception.expires}) matched no finding in this run; remove it if the problem is gone.`,
    location: { file: exception.file, ...(exception.line !== undefined ? { line: exception.line } : {}) },
    key: `${exception.file}|${exception.check}|${scope}`,
  });
}
