import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings.ts";
import { decide, exceptionMatches, isExpired, stopsOnUnavailable, unavailableScanCause, type RunScope } from "../../src/policy/decide.ts";
import type { ScanResult } from "../../src/scans/model.ts";
import { loadPolicy, type PolicyException } from "../../src/policy/load.ts";
import { workspace } from "../helpers/cli.ts";

const finding = (fields: Partial<Finding> & Pick<Finding, "check" | "rule">): Finding => ({
  severity: "high",
  message: "m",
  location: { file: "Dockerfile", line: 1 },
  fingerprint: `${fields.check}-${fields.rule}`,
  ...fields,
});

const policyFrom = (text: string) => loadPolicy(".image-gate.yaml", workspace({ ".image-gate.yaml": text }));
const now = new Date("2026-11-23T12:00:00Z");

describe("decide", () => {
  it("fail blocks, warn never blocks, off drops the finding", () => {
    const policy = policyFrom("version: 1\nchecks:\n  root-user: { action: fail }\n  sudo: { action: off }\n");
    const decision = decide(
      [
        finding({ check: "root-user", rule: "no-user" }),
        finding({ check: "mutable-tag", rule: "latest-tag" }),
        finding({ check: "sudo", rule: "sudo-command" }),
      ],
      policy,
      now,
    );
    expect(decision.findings.map((item) => [item.check, item.action, item.blocking])).toEqual([
      ["root-user", "fail", true],
      ["mutable-tag", "warn", false],
    ]);
    expect(decision.verdict).toBe("fail");
  });

  it("overrides severity per check", () => {
    const policy = policyFrom("version: 1\nchecks:\n  mutable-tag: { action: warn, severity: low }\n");
    expect(decide([finding({ check: "mutable-tag", rule: "latest-tag", severity: "medium" })], policy, now).findings[0]!.severity).toBe("low");
  });

  it("a live exception suppresses and keeps the finding in the report", () => {
    const policy = policyFrom(
      "version: 1\nchecks:\n  secret: { action: fail }\nexceptions:\n  - check: secret\n    path: '/usr/share/doc/**'\n    reason: public test vectors\n    expires: 2026-11-23\n",
    );
    const docs = finding({ check: "secret", rule: "private-key", location: { layer: "sha256:1", path: "/usr/share/doc/x/key.pem", deleted: false } });
    const app = finding({ check: "secret", rule: "private-key", location: { layer: "sha256:1", path: "/app/key.pem", deleted: false } });
    const decision = decide([docs, app], policy, now);
    expect(decision.findings.map((item) => [item.location, item.blocking, item.suppressed?.reason])).toEqual([
      [docs.location, false, "public test vectors"],
      [app.location, true, undefined],
    ]);
    expect(decision.findings[0]!.suppressed!.source).toEqual({ file: ".image-gate.yaml", line: 5 });
  });

  it("an expired exception no longer applies and is itself reported", () => {
    const policy = policyFrom(
      "version: 1\nchecks:\n  root-user: { action: fail }\nexceptions:\n  - check: root-user\n    reason: legacy image\n    expires: 2026-11-22\n",
    );
    const decision = decide([finding({ check: "root-user", rule: "no-user" })], policy, now);
    expect(decision.verdict).toBe("fail");
    expect(decision.findings.map((item) => [item.check, item.blocking, item.location])).toEqual([
      ["root-user", true, { file: "Dockerfile", line: 1 }],
      ["expired-exception", false, { file: ".image-gate.yaml", line: 5 }],
    ]);
    expect(decision.findings[1]!.message).toBe("The exception for root-user expired on 2026-11-22; it no longer applies.");
  });

  it("expired exceptions can be made blocking", () => {
    const policy = policyFrom("version: 1\nchecks:\n  expired-exception: { action: fail }\nexceptions:\n  - { check: sudo, reason: x, expires: 2020-01-01 }\n");
    expect(decide([], policy, now).verdict).toBe("fail");
  });
});

describe("exceptionMatches", () => {
  const base: PolicyException = { check: "vulnerability", reason: "r", expires: "2099-01-01", file: "p", dir: process.cwd() };
  it("scopes by id (rule or CVE, any case), package and path", () => {
    const cve = finding({ check: "vulnerability", rule: "cve", id: "CVE-2024-12345", package: "openssl" });
    expect(exceptionMatches({ ...base, id: "cve-2024-12345" }, cve)).toBe(true);
    expect(exceptionMatches({ ...base, id: "CVE-2024-12345", package: "openssl" }, cve)).toBe(true);
    expect(exceptionMatches({ ...base, id: "CVE-2024-12345", package: "libssl3" }, cve)).toBe(false);
    expect(exceptionMatches({ ...base, id: "CVE-2024-99999" }, cve)).toBe(false);
    expect(exceptionMatches({ ...base, check: "secret" }, cve)).toBe(false);
    const pathFinding = finding({ check: "secret", rule: "github-pat", location: { file: "docker/app.Dockerfile", line: 3 } });
    expect(exceptionMatches({ ...base, check: "secret", path: "docker/*.Dockerfile" }, pathFinding)).toBe(true);
    expect(exceptionMatches({ ...base, check: "secret", id: "github-pat" }, pathFinding)).toBe(true);
  });

  it("treats expires as the last day the exception applies (UTC)", () => {
    expect(isExpired({ ...base, expires: "2026-11-23" }, now)).toBe(false);
    expect(isExpired({ ...base, expires: "2026-11-22" }, now)).toBe(true);
  });
});

describe("unused exceptions", () => {
  const text = [
    "version: 1",
    "checks:",
    "  secret: { action: fail }",
    "  sudo: { action: off }",
    "exceptions:",
    "  - { check: secret, path: '/opt/vendor/**', reason: vendor test vectors, expires: 2099-01-01 }",
    "  - { check: secret, path: 'test/fixtures/**', reason: fixtures, expires: 2099-01-01 }",
    "  - { check: sudo, reason: check is off, expires: 2099-01-01 }",
    "  - { check: vulnerability, id: CVE-2024-0001, reason: not reachable, expires: 2099-01-01 }",
    "  - { check: root-user, reason: legacy, expires: 2099-01-01 }",
  ].join("\n");
  const unused = (scope: RunScope | undefined, findings: Finding[] = []) =>
    decide(findings, policyFrom(text), now, scope ? { scope } : {})
      .findings.filter((item) => item.check === "unused-exception")
      .map((item) => item.message.replace(/^The exception for (.*?) \(expires.*$/, "$1"));

  it("are reported only when the run could have matched them", () => {
    expect(unused({ dockerfile: true, image: false, scansComplete: false })).toEqual(["secret test/fixtures/**", "root-user"]);
    expect(unused({ dockerfile: false, image: true, scansComplete: true })).toEqual(["secret /opt/vendor/**", "vulnerability CVE-2024-0001", "root-user"]);
    expect(unused(undefined)).toEqual([]);
  });

  it("an exception that suppressed a finding is used", () => {
    const used = unused({ dockerfile: true, image: true, scansComplete: true }, [
      finding({ check: "root-user", rule: "user-root" }),
      finding({ check: "vulnerability", rule: "cve", id: "CVE-2024-0001" }),
    ]);
    expect(used).toEqual(["secret /opt/vendor/**", "secret test/fixtures/**"]);
  });
});

describe("on-unavailable", () => {
  it("stops the run only when the policy says fail and the run enforces", () => {
    expect(stopsOnUnavailable("fail", "enforce")).toBe(true);
    expect(stopsOnUnavailable("fail", "audit")).toBe(false);
    expect(stopsOnUnavailable("warn", "enforce")).toBe(false);
    expect(stopsOnUnavailable(undefined, "enforce")).toBe(false);
  });

  it("names the unavailable source that caused the stop, not one cancelled because of it", () => {
    const result = (label: string, status: ScanResult["status"], cancelled?: boolean): ScanResult => ({
      source: "ecr",
      label,
      status,
      vulnerabilities: [],
      ...(cancelled ? { cancelled } : {}),
    });
    expect(unavailableScanCause([result("a", "complete")])).toBeUndefined();
    expect(unavailableScanCause([result("a", "unavailable", true), result("b", "unavailable"), result("c", "complete")])?.label).toBe("b");
    expect(unavailableScanCause([result("a", "unavailable", true)])?.label).toBe("a");
  });
});
