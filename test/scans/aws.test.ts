import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runGate, type GateOptions } from "../../src/gate.ts";
import type { Clock } from "../../src/scans/poll.ts";
import { AwsStandIn, basicFinding, digestOf, ecrRef, packageFinding } from "../helpers/aws-stand-in.ts";

const standIn = new AwsStandIn();

beforeAll(async () => {
  await standIn.start();
  Object.assign(process.env, standIn.env());
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.reset());

/** A clock whose sleeps take no time: waiting tests run in milliseconds. */
function fakeClock(): Clock & { slept: number } {
  const clock = {
    time: 0,
    slept: 0,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
      clock.slept += ms;
    },
  };
  return clock;
}

function policy(yaml: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "image-gate-policy-")), "policy.yaml");
  writeFileSync(file, `version: 1\nextends: default\n${yaml}`);
  return file;
}

const ENHANCED = "vulnerabilities:\n  sources: [ecr]\n  max: { critical: 0, high: 0 }\n  fixable-only: false\n  wait: 5m\n";

async function gate(options: Partial<GateOptions> & { policy: string }) {
  const clock = fakeClock();
  const outcome = await runGate({ ecrImage: ecrRef("app"), clock, settleMs: 5000, ...options });
  return { ...outcome, clock };
}

const cves = (report: Awaited<ReturnType<typeof runGate>>["report"]) =>
  report.findings.filter((finding) => finding.check === "vulnerability" && finding.rule === "cve");

describe("ECR enhanced scanning", () => {
  it("reads every page (100 a page whatever maxResults says) and counts findings itself", async () => {
    const findings = Array.from({ length: 250 }, (_, index) =>
      packageFinding(`CVE-2024-${1000 + index}`, index < 3 ? "HIGH" : "LOW", `pkg${index}`, "1.0", { fixedIn: "1.1" }),
    );
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "COMPLETE" }], findings });
    const { report, exitCode } = await gate({ policy: policy(ENHANCED) });
    expect(cves(report)).toHaveLength(250);
    expect(report.summary.vulnerabilities!.bySeverity.high).toEqual({ counted: 3, reported: 3, allowed: 0, blocking: true });
    expect(report.summary.vulnerabilities!.bySeverity.low).toMatchObject({ counted: 247, allowed: null, blocking: false });
    expect(exitCode).toBe(1);
    const pages = standIn.calls.filter((call) => call.operation === "DescribeImageScanFindings" && call.body.nextToken);
    expect(pages.map((call) => call.body.nextToken)).toContain("page-200");
  });

  it("resolves the tag to a digest once and records it", async () => {
    standIn.ecr.set("app", { repository: "app", tags: ["v1", "latest"], digest: digestOf("v1"), statuses: [{ status: "COMPLETE" }], findings: [] });
    const { report } = await gate({ policy: policy(ENHANCED), ecrImage: ecrRef("app", "v1") });
    expect(report.targets.ecrImage).toMatchObject({ repository: "app", tag: "v1", region: "eu-west-1", digest: digestOf("v1") });
    expect(standIn.calls.filter((call) => call.operation === "DescribeImages")).toHaveLength(1);
    const scans = standIn.calls.filter((call) => call.operation === "DescribeImageScanFindings");
    expect(scans.every((call) => (call.body.imageId as { imageDigest: string }).imageDigest === digestOf("v1"))).toBe(true);
  });

  it("treats continuous scanning (ACTIVE) as results, after they settle", async () => {
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["latest"],
      digest: digestOf("app"),
      statuses: [{ status: "ACTIVE", description: "Continuous scan is selected for image." }],
      findings: [packageFinding("CVE-2024-0001", "CRITICAL", "openssl", "3.0.11", { fixedIn: "3.0.13" })],
      lateFindings: [packageFinding("CVE-2024-0002", "LOW", "zlib", "1.2")],
    });
    const { report } = await gate({ policy: policy(ENHANCED) });
    // The first read had a late finding, the next ones agreed without it.
    expect(cves(report).map((finding) => finding.id)).toEqual(["CVE-2024-0001"]);
    expect(cves(report)[0]).toMatchObject({ severity: "critical", package: "openssl", blocking: true });
    expect(cves(report)[0]!.message).toBe("CVE-2024-0001 in openssl@3.0.11 (fixed in 3.0.13); reported by ECR enhanced scanning.");
  });

  it("waits for a scan that is not registered yet, then in progress, then complete", async () => {
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["latest"],
      digest: digestOf("app"),
      scanNotFound: 2,
      statuses: [{ status: "PENDING" }, { status: "IN_PROGRESS" }, { status: "COMPLETE" }],
      findings: [packageFinding("CVE-2024-0003", "MEDIUM", "curl", "7.88")],
    });
    const events: string[] = [];
    const { report, clock } = await gate({ policy: policy(ENHANCED), progress: (event) => event.changed && events.push(event.state) });
    expect(cves(report)).toHaveLength(1);
    expect(events).toEqual(["scan not registered yet", "scan PENDING", "scan IN_PROGRESS"]);
    expect(clock.slept).toBeGreaterThan(0);
  });

  it("a scan that never finishes is unavailable when the wait runs out: exit 2 by default, a warning with on-unavailable: warn", async () => {
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "IN_PROGRESS" }], findings: [] });
    await expect(gate({ policy: policy(`${ENHANCED}  wait: 30s\n`.replace("  wait: 5m\n", "")) })).rejects.toThrow(
      /ECR scan of app@sha256:[0-9a-f]{64}: scan results unavailable: the scan did not finish within the policy's wait \(\d+ s; last state: scan IN_PROGRESS\)/,
    );
    const { report, exitCode } = await gate({ policy: policy(`${ENHANCED.replace("  wait: 5m\n", "")}  wait: 30s\n  on-unavailable: warn\n`) });
    expect(exitCode).toBe(0);
    const warning = report.findings.find((finding) => finding.rule === "scan-unavailable")!;
    expect(warning).toMatchObject({ check: "vulnerability", blocking: false });
    expect(report.summary.vulnerabilities!.sources[0]).toMatchObject({ status: "unavailable" });
  });

  it.each([
    ["FAILED", /the scan FAILED: scanner crashed/],
    ["UNSUPPORTED_IMAGE", /UNSUPPORTED_IMAGE/],
    ["SCAN_ELIGIBILITY_EXPIRED", /push it again to rescan/],
    ["FINDINGS_UNAVAILABLE", /FINDINGS_UNAVAILABLE/],
    ["LIMIT_EXCEEDED", /quota/],
    ["SOMETHING_NEW", /unknown scan status SOMETHING_NEW/],
  ])("status %s is never read as clean", async (status, reason) => {
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["latest"],
      digest: digestOf("app"),
      statuses: [{ status, description: "scanner crashed" }],
      findings: [],
    });
    await expect(gate({ policy: policy(ENHANCED) })).rejects.toThrow(reason);
  });

  it("rides out throttling through the SDK's own retries", async () => {
    standIn.throttle.set("DescribeImageScanFindings", 2);
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["latest"],
      digest: digestOf("app"),
      statuses: [{ status: "COMPLETE" }],
      findings: [packageFinding("CVE-2024-0004", "LOW", "bash", "5.2")],
    });
    const { report } = await gate({ policy: policy(ENHANCED) });
    expect(cves(report)).toHaveLength(1);
  });

  it("access denied is unavailable, with the reason and no credentials in it", async () => {
    standIn.deny.add("DescribeImageScanFindings");
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "COMPLETE" }], findings: [] });
    const error = await gate({ policy: policy(ENHANCED) }).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(
      /access denied \(AccessDeniedException: User: arn:aws:iam::123456789012:user\/ci is not authorized to perform: DescribeImageScanFindings\)/,
    );
    expect((error as Error).message).not.toContain("stand-in-secret");
  });

  it("a missing tag or repository is exit 2 naming it", async () => {
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "COMPLETE" }], findings: [] });
    await expect(gate({ policy: policy(ENHANCED), ecrImage: ecrRef("app", "nope") })).rejects.toThrow(/tag nope not found in ECR repository app/);
    await expect(gate({ policy: policy(ENHANCED), ecrImage: ecrRef("other") })).rejects.toThrow(/ECR repository other not found in account 123456789012/);
  });
});

describe("ECR basic scanning", () => {
  it("reads basic findings, and starts a scan for a manual-scan repository when asked", async () => {
    standIn.scanType = "BASIC";
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["latest"],
      digest: digestOf("app"),
      scanNotFound: 99,
      statuses: [{ status: "IN_PROGRESS" }, { status: "COMPLETE" }],
      findings: [basicFinding("CVE-2023-5678", "HIGH", "openssl", "3.0.9")],
    });
    const { report } = await gate({ policy: policy(`${ENHANCED}  start-scan: true\n`) });
    expect(standIn.calls.filter((call) => call.operation === "StartImageScan")).toHaveLength(1);
    expect(cves(report)[0]).toMatchObject({ id: "CVE-2023-5678", package: "openssl", severity: "high", blocking: true });
    expect(report.summary.vulnerabilities!.sources[0]).toMatchObject({ scanType: "basic", status: "complete" });
  });

  it("UNDEFINED severities count as high unless the policy says otherwise", async () => {
    standIn.scanType = "BASIC";
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["latest"],
      digest: digestOf("app"),
      statuses: [{ status: "COMPLETE" }],
      findings: [basicFinding("CVE-2023-0001", "UNDEFINED", "libx", "1")],
    });
    expect(cves((await gate({ policy: policy(ENHANCED) })).report)[0]).toMatchObject({ severity: "high", blocking: true });
    const relaxed = await gate({ policy: policy(`${ENHANCED}  unknown-severity: low\n`) });
    expect(cves(relaxed.report)[0]).toMatchObject({ severity: "low", blocking: false });
  });
});

describe("Amazon Inspector", () => {
  const INSPECTOR = "vulnerabilities:\n  sources: [inspector]\n  max: { critical: 0 }\n  fixable-only: false\n";

  it("waits for coverage, asks for ACTIVE findings only, and reads every page", async () => {
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "COMPLETE" }], findings: [] });
    const findings = [
      ...Array.from({ length: 120 }, (_, index) => packageFinding(`CVE-2025-${2000 + index}`, "MEDIUM", `lib${index}`, "2.0")),
      packageFinding("CVE-2020-9999", "CRITICAL", "oldlib", "0.1", { status: "CLOSED" }),
    ];
    standIn.inspector.set("app", {
      repository: "app",
      digest: digestOf("app"),
      coverage: ["missing", { statusCode: "ACTIVE", reason: "PENDING_INITIAL_SCAN" }, { statusCode: "ACTIVE", reason: "SUCCESSFUL" }],
      findings,
    });
    const { report, exitCode } = await gate({ policy: policy(INSPECTOR) });
    expect(cves(report)).toHaveLength(120);
    expect(report.findings.some((finding) => finding.id === "CVE-2020-9999")).toBe(false);
    expect(exitCode).toBe(0);
    const request = standIn.calls.find((call) => call.operation === "/findings/list")!.body.filterCriteria as Record<string, unknown>;
    expect(request.findingStatus).toEqual([{ comparison: "EQUALS", value: "ACTIVE" }]);
    expect(request.ecrImageHash).toEqual([{ comparison: "EQUALS", value: digestOf("app") }]);
  });

  it("an image Inspector no longer covers is unavailable, never clean", async () => {
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "COMPLETE" }], findings: [] });
    standIn.inspector.set("app", {
      repository: "app",
      digest: digestOf("app"),
      coverage: [{ statusCode: "INACTIVE", reason: "SCAN_ELIGIBILITY_EXPIRED" }],
      findings: [],
    });
    await expect(gate({ policy: policy(INSPECTOR) })).rejects.toThrow(/Inspector does not cover the image \(INACTIVE: SCAN_ELIGIBILITY_EXPIRED\)/);
  });

  it("the same CVE from ECR enhanced scanning and Inspector is one finding", async () => {
    const both = [packageFinding("CVE-2024-7777", "HIGH", "glibc", "2.36", { fixedIn: "2.36-9" })];
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "COMPLETE" }], findings: both });
    standIn.inspector.set("app", { repository: "app", digest: digestOf("app"), coverage: [{ statusCode: "ACTIVE", reason: "SUCCESSFUL" }], findings: both });
    const { report } = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr, inspector]\n") });
    expect(cves(report)).toHaveLength(1);
    expect(cves(report)[0]!.message).toContain("reported by ECR enhanced scanning and Amazon Inspector");
  });
});

describe("policy: exceptions and fixable-only", () => {
  const findings = [
    packageFinding("CVE-2024-1111", "CRITICAL", "openssl", "3.0.11", { fixedIn: "3.0.13" }),
    packageFinding("CVE-2024-2222", "CRITICAL", "libxml2", "2.9", {}),
    packageFinding("CVE-2024-3333", "HIGH", "curl", "7.88", { fixedIn: "7.88.1" }),
  ];
  beforeEach(() => {
    standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "COMPLETE" }], findings });
  });

  it("fixable-only counts only findings with a fix; the others are reported, not counted", async () => {
    const { report } = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n  max: { critical: 0, high: 1 }\n  fixable-only: true\n") });
    const byId = Object.fromEntries(cves(report).map((finding) => [finding.id, finding]));
    expect(byId["CVE-2024-1111"]).toMatchObject({ counted: true, blocking: true });
    expect(byId["CVE-2024-2222"]).toMatchObject({ counted: false, blocking: false });
    expect(byId["CVE-2024-3333"]).toMatchObject({ counted: true, blocking: false });
    expect(report.summary.vulnerabilities!.bySeverity.critical).toEqual({ counted: 1, reported: 2, allowed: 0, blocking: true });
  });

  it("a live exception by CVE (scoped to a package) suppresses; an expired one does not and is reported", async () => {
    const yaml = [
      "vulnerabilities:\n  sources: [ecr]\n  max: { critical: 0, high: 0 }\n  fixable-only: false",
      "exceptions:",
      "  - { check: vulnerability, id: CVE-2024-1111, package: openssl, reason: 'not reachable, SEC-41', expires: 2099-01-01 }",
      "  - { check: vulnerability, id: cve-2024-2222, reason: 'vendor fix pending', expires: 2099-01-01 }",
      "  - { check: vulnerability, id: CVE-2024-3333, reason: 'old acceptance', expires: 2020-01-01 }",
    ].join("\n");
    const { report, exitCode } = await gate({ policy: policy(`${yaml}\n`) });
    const byId = Object.fromEntries(cves(report).map((finding) => [finding.id, finding]));
    expect(byId["CVE-2024-1111"]).toMatchObject({ blocking: false, counted: false, suppressed: { reason: "not reachable, SEC-41" } });
    expect(byId["CVE-2024-2222"]!.suppressed).toBeDefined();
    expect(byId["CVE-2024-3333"]).toMatchObject({ blocking: true });
    expect(report.findings.some((finding) => finding.check === "expired-exception")).toBe(true);
    expect(exitCode).toBe(1);
  });

  it("within the limit nothing blocks; over it, every finding of that severity does", async () => {
    const within = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n  max: { critical: 2, high: 1 }\n  fixable-only: false\n") });
    expect(within.exitCode).toBe(0);
    const over = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n  max: { critical: 1, high: 5 }\n  fixable-only: false\n") });
    expect(
      cves(over.report)
        .filter((finding) => finding.blocking)
        .map((finding) => finding.id)
        .sort(),
    ).toEqual(["CVE-2024-1111", "CVE-2024-2222"]);
  });

  it("audit mode reports unavailable results instead of stopping", async () => {
    standIn.deny.add("GetRegistryScanningConfiguration");
    const { exitCode, report } = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n"), mode: "audit" });
    expect(exitCode).toBe(0);
    expect(report.findings.find((finding) => finding.rule === "scan-unavailable")!.message).toMatch(/access denied/);
  });
});
