import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliAsync } from "../helpers/cli.ts";
import { AwsStandIn, basicFinding, digestOf, ecrRef, packageFinding } from "../helpers/aws-stand-in.ts";

function files(entries: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-scans-"));
  for (const [name, content] of Object.entries(entries))
    writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return dir;
}

const ecrDocument = (key: "findings" | "enhancedFindings", findings: unknown[], status = "COMPLETE", extra: Record<string, unknown> = {}) => ({
  registryId: "123456789012",
  repositoryName: "app",
  imageId: { imageDigest: digestOf("app") },
  imageScanStatus: { status, description: status === "FAILED" ? "The scan failed." : "The scan was completed successfully." },
  imageScanFindings: { imageScanCompletedAt: 1_700_000_000, findingSeverityCounts: { HIGH: 1 }, [key]: findings },
  ...extra,
});

const json = (result: ReturnType<typeof runCli>) =>
  JSON.parse(result.stdout) as {
    findings: Array<{ check: string; rule: string; id?: string; severity: string; blocking: boolean }>;
    summary: { vulnerabilities: { sources: Array<{ label: string; scanType: string }> } };
  };

describe("--scan-results: offline results files", () => {
  const dir = files({
    "basic.json": ecrDocument("findings", [
      basicFinding("CVE-2023-1000", "HIGH", "openssl", "3.0.9"),
      basicFinding("CVE-2023-1001", "INFORMATIONAL", "tzdata", "2023c"),
    ]),
    "enhanced.json": ecrDocument("enhancedFindings", [packageFinding("CVE-2024-2000", "CRITICAL", "glibc", "2.36", { fixedIn: "2.36-9", score: 9.8 })]),
    "inspector.json": {
      findings: [
        packageFinding("CVE-2024-2000", "CRITICAL", "glibc", "2.36", { fixedIn: "2.36-9" }),
        packageFinding("CVE-2019-0001", "HIGH", "old", "1", { status: "CLOSED" }),
      ],
    },
    "inspector-statuses.json": {
      findings: [
        packageFinding("CVE-2024-6001", "CRITICAL", "openssl", "3.0.11", { status: "SUPPRESSED" }),
        packageFinding("CVE-2024-6002", "CRITICAL", "zlib", "1.2", { status: "CLOSED" }),
        packageFinding("CVE-2024-6003", "LOW", "bash", "5.2", { epss: 0.71, exploitAvailable: "YES" }),
        // Another finding type, as an unfiltered `aws inspector2 list-findings` prints it: not a package vulnerability.
        {
          findingArn: "arn:aws:inspector2:eu-west-1:123456789012:finding/net",
          type: "NETWORK_REACHABILITY",
          severity: "MEDIUM",
          status: "ACTIVE",
          networkReachabilityDetails: { protocol: "TCP", openPortRange: { begin: 22, end: 22 } },
        },
      ],
    },
    "unfinished.json": { ...ecrDocument("enhancedFindings", []), imageScanFindings: { findingSeverityCounts: {}, enhancedFindings: [] } },
    "cli-v2.json": {
      ...ecrDocument("enhancedFindings", [packageFinding("CVE-2024-6004", "HIGH", "curl", "8.0", { fixedIn: "8.1" })]),
      imageScanFindings: {
        imageScanCompletedAt: "2025-06-09T07:08:40.144000+00:00",
        findingSeverityCounts: { HIGH: 1 },
        enhancedFindings: [packageFinding("CVE-2024-6004", "HIGH", "curl", "8.0", { fixedIn: "8.1" })],
      },
    },
    "failed.json": ecrDocument("findings", [], "FAILED"),
    "paged.json": ecrDocument("enhancedFindings", [], "COMPLETE", { nextToken: "abc" }),
    "broken.json": "{ not json",
    "other.json": { hello: "world" },
    "wrong.json": ecrDocument("enhancedFindings", [{ severity: "HIGH", packageVulnerabilityDetails: { vulnerablePackages: [] } }]),
    ".image-gate.yaml": "version: 1\nextends: default\nvulnerabilities:\n  fixable-only: false\n",
  });

  it("reads ECR basic, ECR enhanced and Inspector JSON, with no Dockerfile or image", () => {
    const basic = runCli(["--scan-results", "basic.json", "--format", "json"], { cwd: dir });
    expect(basic.code).toBe(1);
    expect(json(basic).findings.map((finding) => [finding.id, finding.severity, finding.blocking])).toEqual([
      ["CVE-2023-1000", "high", true],
      ["CVE-2023-1001", "info", false],
    ]);
    const both = runCli(["--scan-results", "enhanced.json", "--scan-results", "inspector.json", "--format", "json"], { cwd: dir });
    const report = json(both);
    expect(report.findings.filter((finding) => finding.check === "vulnerability").map((finding) => finding.id)).toEqual(["CVE-2024-2000"]);
    expect(report.summary.vulnerabilities.sources.map((source) => [source.label, source.scanType])).toEqual([
      ["enhanced.json", "enhanced"],
      ["inspector.json", "inspector"],
    ]);
  });

  it("Inspector JSON: SUPPRESSED findings are reported as suppressed by Inspector, CLOSED ones are not counted, EPSS and exploits are kept", () => {
    const result = runCli(["--scan-results", "inspector-statuses.json", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const found = Object.fromEntries(
      report.findings.filter((finding: { check: string }) => finding.check === "vulnerability").map((finding: { id: string }) => [finding.id, finding]),
    );
    expect(Object.keys(found).sort()).toEqual(["CVE-2024-6001", "CVE-2024-6003"]);
    expect(found["CVE-2024-6001"]).toMatchObject({ blocking: false, suppressed: { source: "inspector-suppression-rule" } });
    expect(found["CVE-2024-6003"].vulnerability).toMatchObject({ epss: 0.71, exploitAvailable: true, kev: null, sources: ["inspector"] });
    expect(report.summary.vulnerabilities.sources[0].notes).toEqual([
      "1 CLOSED finding not counted",
      "CISA KEV status unknown for 2 findings: this source does not report it; set vulnerabilities.kev-catalog to CISA's catalog",
    ]);
  });

  it("AWS CLI v2 timestamps (ISO text) are read like the SDK's", () => {
    const result = runCli(["--scan-results", "cli-v2.json", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings[0]).toMatchObject({ id: "CVE-2024-6004", vulnerability: { fixedIn: "8.1" } });
  });

  it("a COMPLETE scan saved before its completion time is unavailable, never clean", () => {
    const result = runCli(["--scan-results", "unfinished.json"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unfinished\.json: scan results unavailable: the scan is COMPLETE but has no completion time/);
  });

  it("a FAILED scan or a partial file is unavailable: exit 2 with the reason", () => {
    const failed = runCli(["--scan-results", "failed.json"], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe(
      "image-gate: error: failed.json: scan results unavailable: the scan FAILED: The scan failed. (vulnerabilities.on-unavailable is fail)\n",
    );
    const paged = runCli(["--scan-results", "paged.json"], { cwd: dir });
    expect(paged.code).toBe(2);
    expect(paged.stderr).toMatch(/paged\.json: scan results unavailable: the file holds one page of several/);
  });

  it.each([
    ["broken.json", /^image-gate: error: broken\.json: not valid JSON/],
    ["other.json", /^image-gate: error: other\.json: neither ECR scan findings \(imageScanFindings\) nor Inspector findings/],
    ["wrong.json", /^image-gate: error: wrong\.json: imageScanFindings\.enhancedFindings\[0\]\.packageVulnerabilityDetails\.vulnerabilityId: missing/],
    ["missing.json", /^image-gate: error: missing\.json: cannot read the scan results \(no such file\)/],
  ])("%s is exit 2 with one line", (file, pattern) => {
    const result = runCli(["--scan-results", file], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("the CLI against the stand-in AWS endpoint", () => {
  const standIn = new AwsStandIn();
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());

  it("--ecr with --ecr-image: real HTTP through AWS_ENDPOINT_URL_ECR, the digest recorded, one log line per state change", async () => {
    standIn.reset();
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["1.4.2"],
      digest: digestOf("cli"),
      statuses: [{ status: "IN_PROGRESS" }, { status: "COMPLETE" }],
      findings: [packageFinding("CVE-2024-4242", "HIGH", "openssl", "3.0.11", { fixedIn: "3.0.13" })],
    });
    const dir = files({ ".image-gate.yaml": "version: 1\nextends: default\n" });
    const result = await runCliAsync(["--ecr", "--ecr-image", ecrRef("app", "1.4.2"), "--format", "json"], { cwd: dir, env: standIn.env() });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.targets.ecrImage).toMatchObject({ repository: "app", tag: "1.4.2", digest: digestOf("cli") });
    expect(report.findings.filter((finding: { check: string }) => finding.check === "vulnerability").map((finding: { id: string }) => finding.id)).toEqual([
      "CVE-2024-4242",
    ]);
    expect(result.stderr).toMatch(/^image-gate: ECR enhanced scan of app@sha256:[0-9a-f]{12}…: scan IN_PROGRESS \(0 s\)\n$/);
  }, 60_000);

  it("--ecr without an ECR image, or with a non-ECR one, is exit 2", () => {
    const dir = files({});
    expect(runCli(["--ecr", "--scan-results", "x.json"], { cwd: dir }).stderr).toMatch(/ECR scan results need the ECR image: give --ecr-image/);
    expect(runCli(["--ecr-image", "ghcr.io/acme/app:1", "--ecr"], { cwd: dir }).stderr).toMatch(/--ecr-image: "ghcr\.io\/acme\/app:1" is not an ECR image/);
  });

  it("no AWS credentials is unavailable, said plainly", async () => {
    standIn.reset();
    const dir = files({});
    const env = { ...standIn.env(), AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } as Record<string, string | undefined>;
    const result = await runCliAsync(["--ecr", "--ecr-image", `${ecrRef("app")}@${digestOf("x")}`.replace(":latest@", "@")], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no AWS credentials found/);
  }, 60_000);
});
