import { makeFinding, defineCheck, type Check } from "./types.ts";

/**
 * Reported by the policy engine, not from evidence: an exception whose expiry date has passed
 * no longer suppresses anything, and the team should renew or remove it.
 */
export const expiredException: Check = defineCheck({
  id: "expired-exception",
  title: "Policy exception has expired",
  severity: "low",
  rationale: "An exception is a time-boxed risk acceptance; once it expires the finding it covered counts again and the acceptance needs a fresh decision.",
  remediation: "Fix the finding and delete the exception, or review the risk again and set a new expires date with an updated reason.",
  references: ["NIST SP 800-190 §4.1.1"],
  rules: {
    expired: "Exception past its expiry date",
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run() {
    return [];
  },
});

/** The finding that reports one expired exception. */
export function expiredExceptionFinding(exception: { check: string; id?: string; path?: string; expires: string; file: string; line?: number }) {
  const scope = [exception.id, exception.path].filter(Boolean).join(" ");
  return makeFinding(expiredException, {
    rule: "expired",
    message: `The exception for ${exception.check}${scope ? ` ${scope}` : ""} expired on ${exception.expires}; it no longer applies.`,
    location: { file: exception.file, ...(exception.line !== undefined ? { line: exception.line } : {}) },
    key: `${exception.file}|${exception.check}|${scope}|${exception.expires}`,
  });
}
