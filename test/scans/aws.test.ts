import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ScanStatus } from "@aws-sdk/client-ecr";
import { ScanStatusReason } from "@aws-sdk/client-inspector2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DecidedFinding } from "../../src/findings.ts";
import { runGate, type GateOptions } from "../../src/gate.ts";
import type { Clock } from "../../src/poll.ts";
import { ACCOUNT, AwsStandIn, basicFinding, digestOf, ecrRef, findingArn, ociIndex, packageFinding } from "../helpers/aws-stand-in.ts";

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
const INSPECTOR = "vulnerabilities:\n  sources: [inspector]\n  max: { critical: 0 }\n  fixable-only: false\n";
const BOTH = "vulnerabilities:\n  sources: [ecr, inspector]\n  max: { critical: 0, high: 0 }\n  fixable-only: false\n";

async function gate(options: Partial<GateOptions> & { policy: string }) {
  const clock = fakeClock();
  const outcome = await runGate({ ecrImage: ecrRef("app"), clock, settleMs: 5000, ...options });
  return { ...outcome, clock };
}

type Report = Awaited<ReturnType<typeof runGate>>["report"];
const cves = (report: Report): DecidedFinding[] => report.findings.filter((finding) => finding.check === "vulnerability" && finding.rule === "cve");
const byId = (report: Report) => Object.fromEntries(cves(report).map((finding) => [finding.id, finding]));
const app = (fields: Partial<Parameters<AwsStandIn["ecr"]["set"]>[1]> = {}) =>
  standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), findings: [], ...fields });

describe("ECR enhanced scanning", () => {
  it("reads every page (100 a page whatever maxResults says) with the SDK's paginator and counts findings itself", async () => {
    const findings = Array.from({ length: 250 }, (_, index) =>
      packageFinding(`CVE-2024-${1000 + index}`, index < 3 ? "HIGH" : "LOW", `pkg${index}`, "1.0", { fixedIn: "1.1" }),
    );
    app({ findings });
    const { report, exitCode } = await gate({ policy: policy(ENHANCED) });
    expect(cves(report)).toHaveLength(250);
    expect(report.summary.vulnerabilities!.bySeverity.high).toEqual({ counted: 3, reported: 3, allowed: 0, blocking: true });
    expect(report.summary.vulnerabilities!.bySeverity.low).toMatchObject({ counted: 247, allowed: null, blocking: false });
    expect(exitCode).toBe(1);
    const pages = standIn.callsOf("DescribeImageScanFindings").filter((call) => call.body.nextToken);
    expect(pages.map((call) => call.body.nextToken)).toContain("page-200");
  });

  it("resolves the tag to a digest once and records it", async () => {
    app({ tags: ["v1", "latest"], digest: digestOf("v1") });
    const { report } = await gate({ policy: policy(ENHANCED), ecrImage: ecrRef("app", "v1") });
    expect(report.targets.ecrImage).toMatchObject({ repository: "app", tag: "v1", region: "eu-west-1", digest: digestOf("v1") });
    expect(standIn.callsOf("DescribeImages")).toHaveLength(1);
    const scans = standIn.callsOf("DescribeImageScanFindings");
    expect(scans.every((call) => (call.body.imageId as { imageDigest: string }).imageDigest === digestOf("v1"))).toBe(true);
  });

  it("treats continuous scanning (ACTIVE) as results, after they settle", async () => {
    app({
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
    app({
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
    app({ statuses: [{ status: "IN_PROGRESS" }] });
    await expect(gate({ policy: policy(ENHANCED.replace("wait: 5m", "wait: 30s")) })).rejects.toThrow(
      /ECR enhanced scan of app@sha256:[0-9a-f]{64}: scan results unavailable: the scan did not finish within the policy's wait \(\d+ s; last state: scan IN_PROGRESS\)/,
    );
    const { report, exitCode } = await gate({ policy: policy(`${ENHANCED.replace("wait: 5m", "wait: 30s")}  on-unavailable: warn\n`) });
    expect(exitCode).toBe(0);
    const warning = report.findings.find((finding) => finding.rule === "scan-unavailable")!;
    expect(warning).toMatchObject({ check: "vulnerability", blocking: false });
    expect(report.summary.vulnerabilities!.sources[0]).toMatchObject({ status: "unavailable" });
  });

  it.each([
    ...Object.values(ScanStatus)
      .filter((status) => !["COMPLETE", "ACTIVE", "PENDING", "IN_PROGRESS"].includes(status))
      .map((status) => [status, new RegExp(status === "FAILED" ? "the scan FAILED: scanner crashed" : status)] as const),
    ["SOMETHING_NEW", /unknown scan status SOMETHING_NEW/] as const,
  ])("status %s is never read as clean", async (status, reason) => {
    app({ statuses: [{ status, description: "scanner crashed" }], findings: [] });
    await expect(gate({ policy: policy(ENHANCED) })).rejects.toThrow(reason);
    // Definitely unavailable: no waiting.
    expect(standIn.callsOf("DescribeImageScanFindings")).toHaveLength(1);
  });

  it("a status that flips between reads (a rescan) starts the read over instead of agreeing on two empty reads", async () => {
    const critical = packageFinding("CVE-2024-9001", "CRITICAL", "openssl", "3.0.11");
    app({
      findings: [critical],
      scans: [
        { status: "COMPLETE" },
        // The scan restarted: pages without a findings block, which a gate must never read as "0 vulnerabilities".
        { status: "IN_PROGRESS", findingsBlock: false },
        { status: "IN_PROGRESS", findingsBlock: false },
        { status: "COMPLETE" },
      ],
    });
    const events: string[] = [];
    const { report, exitCode } = await gate({ policy: policy(ENHANCED), progress: (event) => event.changed && events.push(event.state) });
    expect(exitCode).toBe(1);
    expect(cves(report).map((finding) => finding.id)).toEqual(["CVE-2024-9001"]);
    expect(events).toContain("scan IN_PROGRESS");
    expect(standIn.callsOf("DescribeImageScanFindings")).toHaveLength(5);
  });

  it("a status that flips for good is unavailable past the wait, never clean", async () => {
    app({
      findings: [packageFinding("CVE-2024-9002", "CRITICAL", "openssl", "3.0.11")],
      scans: [{ status: "COMPLETE" }, { status: "PENDING", findingsBlock: false }],
    });
    await expect(gate({ policy: policy(ENHANCED) })).rejects.toThrow(
      /scan results unavailable: the scan did not finish within the policy's wait .*scan PENDING/,
    );
  });

  it("a status that changes between the pages of one read is not counted, though two such reads agree", async () => {
    // 100 low findings on the first page, 50 critical ones on the second, which arrives while the scan has restarted.
    const findings = Array.from({ length: 150 }, (_, index) =>
      packageFinding(`CVE-2023-${2000 + index}`, index < 100 ? "LOW" : "CRITICAL", `lib${index}`, "1"),
    );
    const flipped = { status: "COMPLETE", laterPages: { status: "IN_PROGRESS", findingsBlock: false } };
    app({ findings, scans: [flipped, flipped, { status: "COMPLETE" }] });
    const { report, exitCode } = await gate({ policy: policy(ENHANCED) });
    expect(exitCode).toBe(1);
    expect(cves(report)).toHaveLength(150);
    expect(report.summary.vulnerabilities!.bySeverity.critical).toMatchObject({ counted: 50, blocking: true });
    const reads = standIn.callsOf("DescribeImageScanFindings").filter((call) => !call.body.nextToken);
    expect(reads).toHaveLength(4);
  });

  it("COMPLETE before the findings exist (no completion time, empty block) waits for them (aws/aws-sdk#289)", async () => {
    const critical = packageFinding("CVE-2024-9003", "CRITICAL", "glibc", "2.36");
    app({
      findings: [critical],
      scans: [{ status: "COMPLETE", completedAt: null, findings: [] }, { status: "COMPLETE", completedAt: null, findings: [] }, { status: "COMPLETE" }],
    });
    const events: string[] = [];
    const { report, exitCode } = await gate({ policy: policy(ENHANCED), progress: (event) => event.changed && events.push(event.state) });
    expect(exitCode).toBe(1);
    expect(cves(report).map((finding) => finding.id)).toEqual(["CVE-2024-9003"]);
    expect(events).toContain("scan COMPLETE without a completion time: findings not written yet");
  });

  it("enhanced results count only once Inspector's coverage says the image's scan succeeded, with a lastScannedAt", async () => {
    const critical = packageFinding("CVE-2024-9004", "CRITICAL", "glibc", "2.36");
    app({
      findings: [critical],
      // ECR says COMPLETE (with a completion time!) but empty, while Inspector is still scanning.
      scans: [{ status: "COMPLETE", findings: [] }, { status: "COMPLETE", findings: [] }, { status: "COMPLETE", findings: [] }, { status: "COMPLETE" }],
      coverage: [
        { statusCode: "ACTIVE", reason: "PENDING_INITIAL_SCAN" },
        { statusCode: "ACTIVE", reason: "SCAN_IN_PROGRESS" },
        { statusCode: "ACTIVE", reason: "SUCCESSFUL", lastScannedAt: null },
        { statusCode: "ACTIVE", reason: "SUCCESSFUL" },
      ],
    });
    const { report, exitCode } = await gate({ policy: policy(ENHANCED) });
    expect(exitCode).toBe(1);
    expect(cves(report).map((finding) => finding.id)).toEqual(["CVE-2024-9004"]);
    const coverage = standIn.callsOf("/coverage/list")[0]!.body.filterCriteria as Record<string, unknown>;
    expect(coverage.resourceId).toEqual([{ comparison: "EQUALS", value: `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/app/${digestOf("app")}` }]);
    expect(coverage.accountId).toEqual([{ comparison: "EQUALS", value: ACCOUNT }]);
  });

  it("enhanced results without inspector2:ListCoverage are unavailable, saying which permission is missing", async () => {
    app({ findings: [] });
    standIn.deny.add("/coverage/list");
    await expect(gate({ policy: policy(ENHANCED) })).rejects.toThrow(
      /enhanced results need Inspector's coverage of the image \(inspector2:ListCoverage\): access denied/,
    );
  });

  it("SUPPRESSED enhanced findings are reported as suppressed by Inspector (or counted with inspector-suppressions: ignore); CLOSED ones never count", async () => {
    app({
      findings: [
        packageFinding("CVE-2024-1001", "CRITICAL", "openssl", "3.0.11", { status: "SUPPRESSED" }),
        packageFinding("CVE-2024-1002", "CRITICAL", "zlib", "1.2", { status: "CLOSED" }),
        packageFinding("CVE-2024-1003", "LOW", "bash", "5.2"),
      ],
    });
    const honored = await gate({ policy: policy(ENHANCED) });
    expect(honored.exitCode).toBe(0);
    expect(Object.keys(byId(honored.report)).sort()).toEqual(["CVE-2024-1001", "CVE-2024-1003"]);
    expect(byId(honored.report)["CVE-2024-1001"]).toMatchObject({
      blocking: false,
      counted: false,
      suppressed: { source: "inspector-suppression-rule" },
      vulnerability: { status: "suppressed" },
    });
    expect(honored.report.summary.vulnerabilities!.sources[0]!.notes).toContain("1 CLOSED finding not counted");
    const ignored = await gate({ policy: policy(`${ENHANCED}  inspector-suppressions: ignore\n`) });
    expect(ignored.exitCode).toBe(1);
    expect(byId(ignored.report)["CVE-2024-1001"]).toMatchObject({ blocking: true, counted: true, vulnerability: { status: "suppressed" } });
    expect(byId(ignored.report)["CVE-2024-1001"]!.suppressed).toBeUndefined();
  });

  it("access denied is unavailable, with the reason and no credentials in it", async () => {
    standIn.deny.add("DescribeImageScanFindings");
    app();
    const error = await gate({ policy: policy(ENHANCED) }).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(
      /access denied \(AccessDeniedException: User: arn:aws:iam::123456789012:user\/ci is not authorized to perform: DescribeImageScanFindings\)/,
    );
    expect((error as Error).message).not.toContain("stand-in-secret");
  });

  it("an answer that does not have the model's shape is unavailable, naming the field, never read as zero", async () => {
    const broken = packageFinding("CVE-2024-0005", "HIGH", "openssl", "3.0.11");
    delete (broken.packageVulnerabilityDetails as Record<string, unknown>).vulnerabilityId;
    app({ findings: [broken] });
    await expect(gate({ policy: policy(ENHANCED) })).rejects.toThrow(
      /scan results unavailable: unexpected answer from ECR: DescribeImageScanFindings page 1\.imageScanFindings\.enhancedFindings\[0\]\.packageVulnerabilityDetails\.vulnerabilityId: missing/,
    );
  });

  it("a missing tag or repository is exit 2 naming it", async () => {
    app();
    await expect(gate({ policy: policy(ENHANCED), ecrImage: ecrRef("app", "nope") })).rejects.toThrow(/tag nope not found in ECR repository app/);
    await expect(gate({ policy: policy(ENHANCED), ecrImage: ecrRef("other") })).rejects.toThrow(/ECR repository other not found in account 123456789012/);
  });
});

describe("throttling", () => {
  it("rides out throttling on every API, past the SDK's own retries, as a retry of the poll step", async () => {
    const amd64 = digestOf("throttled-amd64");
    const made = ociIndex([{ platform: "linux/amd64", digest: amd64 }]);
    const finding = packageFinding("CVE-2024-0004", "LOW", "bash", "5.2");
    standIn.ecr.set("index", {
      repository: "app",
      tags: ["latest"],
      digest: made.digest,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifest: made.manifest,
      findings: [],
    });
    standIn.ecr.set("amd64", { repository: "app", tags: [], digest: amd64, findings: [finding] });
    // More throttles than the SDK's three attempts: each operation fails once all the way up to the gate.
    for (const operation of [
      "DescribeImages",
      "BatchGetImage",
      "GetRegistryScanningConfiguration",
      "DescribeImageScanFindings",
      "/coverage/list",
      "/findings/list",
      "/findings/details/batch/get",
    ])
      standIn.throttle.set(operation, 4);
    const { report } = await gate({ policy: policy(BOTH) });
    expect(report.summary.vulnerabilities!.sources.map((source) => [source.source, source.status])).toEqual([
      ["ecr", "complete"],
      ["inspector", "complete"],
    ]);
    expect(cves(report).map((item) => item.id)).toEqual(["CVE-2024-0004"]);
    expect(cves(report)[0]!.vulnerability!.kev).toBe(false);
    expect([...standIn.throttle.values()].every((left) => left === 0)).toBe(true);
  }, 120_000);
});

describe("multi-platform images (an OCI index, as buildx pushes it)", () => {
  const amd64 = digestOf("amd64");
  const arm64 = digestOf("arm64");
  beforeEach(() => {
    const made = ociIndex([
      { platform: "linux/amd64", digest: amd64 },
      { platform: "linux/arm64/v8", digest: arm64 },
    ]);
    standIn.ecr.set("index", {
      repository: "app",
      tags: ["1.0"],
      digest: made.digest,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifest: made.manifest,
      findings: [],
    });
    standIn.ecr.set("amd64", {
      repository: "app",
      tags: [],
      digest: amd64,
      findings: [packageFinding("CVE-2024-2001", "HIGH", "openssl", "3.0.11", { fixedIn: "3.0.13" })],
    });
    standIn.ecr.set("arm64", {
      repository: "app",
      tags: [],
      digest: arm64,
      findings: [
        packageFinding("CVE-2024-2001", "HIGH", "openssl", "3.0.11", { fixedIn: "3.0.13" }),
        packageFinding("CVE-2024-2002", "CRITICAL", "musl", "1.2"),
      ],
    });
  });
  const indexDigest = () => standIn.ecr.get("index")!.digest;

  it("gates every platform image by default, never the index or its attestation manifests, and says which platform each finding is in", async () => {
    const { report, exitCode } = await gate({ policy: policy(BOTH), ecrImage: ecrRef("app", "1.0") });
    expect(exitCode).toBe(1);
    const read = new Set(standIn.callsOf("DescribeImageScanFindings").map((call) => (call.body.imageId as { imageDigest: string }).imageDigest));
    expect(read).toEqual(new Set([amd64, arm64]));
    const batch = standIn.callsOf("BatchGetImage")[0]!.body;
    expect(batch).toMatchObject({ imageIds: [{ imageDigest: indexDigest() }] });
    expect(batch.acceptedMediaTypes).toContain("application/vnd.oci.image.index.v1+json");
    const hashes = new Set(
      standIn.callsOf("/findings/list").map((call) => (call.body.filterCriteria as { ecrImageHash: Array<{ value: string }> }).ecrImageHash[0]!.value),
    );
    expect(hashes).toEqual(new Set([amd64, arm64]));
    expect(report.targets.ecrImage).toMatchObject({
      digest: indexDigest(),
      index: true,
      platforms: [
        { platform: "linux/amd64", digest: amd64 },
        { platform: "linux/arm64/v8", digest: arm64 },
      ],
    });
    // One finding per platform image: the same CVE in both platforms is two facts, merged across ECR and Inspector within each.
    expect(
      cves(report).map((finding) => [finding.id, finding.vulnerability!.platform, finding.vulnerability!.imageDigest, finding.vulnerability!.sources]),
    ).toEqual([
      ["CVE-2024-2002", "linux/arm64/v8", arm64, ["ecr-enhanced", "inspector"]],
      ["CVE-2024-2001", "linux/amd64", amd64, ["ecr-enhanced", "inspector"]],
      ["CVE-2024-2001", "linux/arm64/v8", arm64, ["ecr-enhanced", "inspector"]],
    ]);
    expect(cves(report)[0]!.message).toContain("; linux/arm64/v8 image;");
    expect(report.summary.vulnerabilities!.sources.map((source) => source.label)).toEqual([
      `ECR enhanced scan of app@${amd64} (linux/amd64)`,
      `ECR enhanced scan of app@${arm64} (linux/arm64/v8)`,
      `Amazon Inspector findings for app@${amd64} (linux/amd64)`,
      `Amazon Inspector findings for app@${arm64} (linux/arm64/v8)`,
    ]);
  });

  it("platforms: selected gates only --platform's image (or linux/amd64 by default) and records the others as skipped", async () => {
    const selected = await gate({ policy: policy(`${ENHANCED}  platforms: selected\n`), ecrImage: ecrRef("app", "1.0"), platform: "linux/arm64" });
    expect(cves(selected.report).map((finding) => [finding.id, finding.vulnerability!.platform])).toEqual([
      ["CVE-2024-2002", "linux/arm64/v8"],
      ["CVE-2024-2001", "linux/arm64/v8"],
    ]);
    expect(selected.report.targets.ecrImage).toMatchObject({ platforms: [{ platform: "linux/arm64/v8" }], skippedPlatforms: [{ platform: "linux/amd64" }] });
    standIn.calls.length = 0;
    const defaulted = await gate({ policy: policy(`${ENHANCED}  platforms: selected\n`), ecrImage: ecrRef("app", "1.0") });
    expect(cves(defaulted.report).map((finding) => finding.vulnerability!.platform)).toEqual(["linux/amd64"]);
    await expect(gate({ policy: policy(`${ENHANCED}  platforms: selected\n`), ecrImage: ecrRef("app", "1.0"), platform: "linux/s390x" })).rejects.toThrow(
      /has no image for platform linux\/s390x \(platforms: linux\/amd64, linux\/arm64\/v8\)/,
    );
  });

  it("an index whose manifest does not match its digest is exit 2", async () => {
    const entry = standIn.ecr.get("index")!;
    entry.manifest = entry.manifest!.replace("linux", "Linux");
    await expect(gate({ policy: policy(ENHANCED), ecrImage: ecrRef("app", "1.0") })).rejects.toThrow(/the manifest ECR returned does not match its digest/);
  });

  it("a digest that names an index is gated through its platform images too (ECR answers UNSUPPORTED_IMAGE for the index itself)", async () => {
    await expect(gate({ policy: policy(ENHANCED), ecrImage: `${ecrRef("app", "1.0").replace(":1.0", "")}@${indexDigest()}` })).resolves.toMatchObject({
      exitCode: 1,
    });
    expect(standIn.callsOf("DescribeImageScanFindings").some((call) => (call.body.imageId as { imageDigest: string }).imageDigest === indexDigest())).toBe(
      false,
    );
  });
});

describe("cross-account images", () => {
  const OTHER = "210987654321";

  it("passes registryId everywhere, filters Inspector by account, and says the scan type could not be determined", async () => {
    standIn.registryScanTypes.set(OTHER, "BASIC");
    standIn.ecr.set("theirs", {
      registryId: OTHER,
      repository: "shared/base",
      tags: ["1"],
      digest: digestOf("theirs"),
      findings: [basicFinding("CVE-2023-3001", "HIGH", "openssl", "3.0.9")],
      inspectorFindings: [packageFinding("CVE-2023-3001", "HIGH", "openssl", "3.0.9")],
    });
    // The caller's own registry has a repository of the same name: reading it would be reading the wrong image.
    standIn.ecr.set("mine", { repository: "shared/base", tags: ["1"], digest: digestOf("mine"), findings: [] });
    const { report, exitCode } = await gate({ policy: policy(BOTH), ecrImage: ecrRef("shared/base", "1", OTHER) });
    expect(exitCode).toBe(1);
    for (const operation of ["DescribeImages", "DescribeImageScanFindings"]) {
      expect(standIn.callsOf(operation).length).toBeGreaterThan(0);
      expect(standIn.callsOf(operation).every((call) => call.body.registryId === OTHER)).toBe(true);
    }
    expect(
      standIn
        .callsOf("/findings/list")
        .every((call) => JSON.stringify((call.body.filterCriteria as Record<string, unknown>).awsAccountId) === `[{"comparison":"EQUALS","value":"${OTHER}"}]`),
    ).toBe(true);
    expect((standIn.callsOf("/coverage/list")[0]!.body.filterCriteria as Record<string, unknown>).accountId).toEqual([{ comparison: "EQUALS", value: OTHER }]);
    const ecr = report.summary.vulnerabilities!.sources.find((source) => source.source === "ecr")!;
    expect(ecr).toMatchObject({ scanType: "unknown", status: "complete", label: `ECR scan of shared/base@${digestOf("theirs")}` });
    expect(ecr.notes![0]).toMatch(/the scan type \(basic or enhanced\) could not be determined: the image is in account 210987654321's registry/);
    expect(report.targets.ecrImage!.digest).toBe(digestOf("theirs"));
    expect(cves(report).map((finding) => [finding.id, finding.vulnerability!.sources])).toEqual([["CVE-2023-3001", ["ecr-basic", "inspector"]]]);
  });

  it("another account's enhanced scan is still held to a completion time", async () => {
    standIn.registryScanTypes.set(OTHER, "ENHANCED");
    standIn.ecr.set("theirs", {
      registryId: OTHER,
      repository: "base",
      tags: ["1"],
      digest: digestOf("theirs-enhanced"),
      findings: [packageFinding("CVE-2023-3002", "CRITICAL", "glibc", "2.36")],
      scans: [{ status: "COMPLETE", completedAt: null, findings: [] }, { status: "COMPLETE" }],
    });
    const { report } = await gate({ policy: policy(ENHANCED), ecrImage: ecrRef("base", "1", OTHER) });
    expect(cves(report).map((finding) => finding.id)).toEqual(["CVE-2023-3002"]);
  });
});

describe("Amazon Inspector", () => {
  it("waits for coverage, asks for ACTIVE and SUPPRESSED findings of exactly this image and account, and reads every page", async () => {
    const findings = [
      ...Array.from({ length: 120 }, (_, index) => packageFinding(`CVE-2025-${2000 + index}`, "MEDIUM", `lib${index}`, "2.0")),
      packageFinding("CVE-2020-9999", "CRITICAL", "oldlib", "0.1", { status: "CLOSED" }),
      packageFinding("CVE-2021-8888", "CRITICAL", "quiet", "0.2", { status: "SUPPRESSED" }),
    ];
    app({ findings, coverage: ["missing", { statusCode: "ACTIVE", reason: "PENDING_INITIAL_SCAN" }, { statusCode: "ACTIVE", reason: "SUCCESSFUL" }] });
    const { report, exitCode } = await gate({ policy: policy(INSPECTOR) });
    expect(cves(report)).toHaveLength(121);
    expect(report.findings.some((finding) => finding.id === "CVE-2020-9999")).toBe(false);
    expect(byId(report)["CVE-2021-8888"]).toMatchObject({ suppressed: { source: "inspector-suppression-rule" }, blocking: false });
    expect(exitCode).toBe(0);
    const request = standIn.callsOf("/findings/list")[0]!.body.filterCriteria as Record<string, unknown>;
    expect(request.findingStatus).toEqual([
      { comparison: "EQUALS", value: "ACTIVE" },
      { comparison: "EQUALS", value: "SUPPRESSED" },
    ]);
    expect(request.ecrImageHash).toEqual([{ comparison: "EQUALS", value: digestOf("app") }]);
    expect(request.awsAccountId).toEqual([{ comparison: "EQUALS", value: ACCOUNT }]);
    expect(standIn.callsOf("/findings/list").some((call) => call.body.nextToken === "page-100")).toBe(true);
  });

  // Every documented reason (the SDK's own enum) with both status codes, plus one the gate does not know.
  const cases = [...Object.values(ScanStatusReason), "SOMETHING_NEW"].flatMap((reason) => ["ACTIVE", "INACTIVE"].map((code) => [code, reason] as const));
  const isReady = ([code, reason]: readonly [string, string]) => (code === "ACTIVE" && reason === "SUCCESSFUL") || reason === "SCAN_FREQUENCY_SCAN_ON_PUSH";
  const isWaiting = ([code, reason]: readonly [string, string]) =>
    code === "ACTIVE" && ["SCAN_IN_PROGRESS", "PENDING_INITIAL_SCAN", "PENDING_REVIVAL_SCAN"].includes(reason);
  const coverageGate = (statusCode: string, reason: string) => {
    app({ findings: [packageFinding("CVE-2025-0001", "CRITICAL", "openssl", "3.0.11")], coverage: [{ statusCode, reason }] });
    return gate({ policy: policy(`${INSPECTOR}  wait: 1m\n`) });
  };

  it.each(cases.filter(isReady))("coverage %s/%s with a lastScannedAt: the findings count", async (statusCode, reason) => {
    await expect(coverageGate(statusCode, reason)).resolves.toMatchObject({ exitCode: 1 });
  });

  it.each(cases.filter(isWaiting))("coverage %s/%s: the gate waits, and past the wait it is unavailable", async (statusCode, reason) => {
    await expect(coverageGate(statusCode, reason)).rejects.toThrow(
      new RegExp(`Inspector did not finish scanning the image within the policy's wait .*last state: Inspector coverage ACTIVE/${reason}`),
    );
    expect(standIn.callsOf("/coverage/list").length).toBeGreaterThan(2);
    expect(standIn.callsOf("/findings/list")).toHaveLength(0);
  });

  it.each(cases.filter((entry) => !isReady(entry) && !isWaiting(entry)))("coverage %s/%s: unavailable at once, never clean", async (statusCode, reason) => {
    await expect(coverageGate(statusCode, reason)).rejects.toThrow(
      reason === "SOMETHING_NEW"
        ? /unknown Inspector coverage reason .*SOMETHING_NEW/
        : new RegExp(`Inspector does not cover the image \\(${statusCode}/${reason}`),
    );
    expect(standIn.callsOf("/coverage/list")).toHaveLength(1);
    expect(standIn.callsOf("/findings/list")).toHaveLength(0);
  });

  it("a coverage filter the service did not apply is capped at ten pages and never mistaken for the image", async () => {
    app({ coverage: ["missing"] });
    standIn.unrelatedCoverage = 5000;
    await expect(gate({ policy: policy(`${INSPECTOR}  wait: 10s\n`) })).rejects.toThrow(/not covered by Inspector yet/);
    const polls = standIn.callsOf("/coverage/list").filter((call) => !call.body.nextToken).length;
    expect(standIn.callsOf("/coverage/list").length).toBe(polls * 10);
  });

  it("a finding for another image is unavailable, never counted", async () => {
    app({ findings: [packageFinding("CVE-2025-0002", "LOW", "x", "1")] });
    standIn.ecr.set("other", { repository: "app", tags: [], digest: digestOf("other"), findings: [packageFinding("CVE-2025-0003", "LOW", "y", "1")] });
    // A service that ignores the image filter: every image's findings come back.
    standIn.ignoreFindingsFilter = true;
    await expect(gate({ policy: policy(INSPECTOR) })).rejects.toThrow(/Inspector returned a finding for another image/);
  });

  it("the same CVE from ECR enhanced scanning and Inspector is one finding, with the highest severity, both sources and the best fix data", async () => {
    app({
      findings: [packageFinding("CVE-2024-7777", "HIGH", "glibc", "2.36", { fixAvailable: "NO" })],
      inspectorFindings: [packageFinding("CVE-2024-7777", "CRITICAL", "glibc", "2.36", { fixedIn: "2.36-9", epss: 0.31 })],
    });
    const { report } = await gate({ policy: policy(BOTH) });
    expect(cves(report)).toHaveLength(1);
    expect(cves(report)[0]).toMatchObject({
      severity: "critical",
      fixable: true,
      vulnerability: { fixedIn: "2.36-9", fixAvailable: true, epss: 0.31, sources: ["ecr-enhanced", "inspector"] },
    });
    expect(cves(report)[0]!.message).toContain("reported by ECR enhanced scanning and Amazon Inspector");
    // One finding ARN, asked about once, though both sources carry it.
    expect(standIn.callsOf("/findings/details/batch/get").flatMap((call) => call.body.findingArns as string[])).toEqual([findingArn("CVE-2024-7777", "glibc")]);
  });
});

describe("exploit intelligence", () => {
  it("reads CISA KEV through BatchGetFindingDetails ten ARNs at a time, and a KEV finding blocks whatever max says", async () => {
    const findings = Array.from({ length: 25 }, (_, index) => packageFinding(`CVE-2025-${3000 + index}`, "LOW", `pkg${index}`, "1.0"));
    app({ findings });
    standIn.details.set(findingArn("CVE-2025-3007", "pkg7"), {
      cisaData: { dateAdded: Date.UTC(2025, 2, 1) / 1000, dateDue: Date.UTC(2025, 2, 22) / 1000, action: "Apply mitigations per vendor instructions." },
      exploitObserved: { firstSeen: Date.UTC(2025, 1, 20) / 1000, lastSeen: Date.UTC(2025, 2, 5) / 1000 },
      epssScore: 0.94,
    });
    const { report, exitCode } = await gate({ policy: policy(INSPECTOR) });
    const calls = standIn.callsOf("/findings/details/batch/get").map((call) => (call.body.findingArns as string[]).length);
    expect(calls).toEqual([10, 10, 5]);
    expect(exitCode).toBe(1);
    const kev = byId(report)["CVE-2025-3007"]!;
    expect(kev).toMatchObject({ severity: "low", blocking: true, counted: true, blockedBy: ["kev"] });
    expect(kev.vulnerability).toMatchObject({
      kev: { dateAdded: "2025-03-01", dueDate: "2025-03-22", source: "inspector" },
      epss: 0.94,
      exploitAvailable: true,
      lastKnownExploitAt: "2025-03-05T00:00:00.000Z",
    });
    expect(kev.message).toBe(
      "CVE-2025-3007 in pkg7@1.0 (no fix available); in CISA KEV since 2025-03-01, due 2025-03-22; EPSS 0.94; exploit available (last seen 2025-03-05); reported by Amazon Inspector. Blocks because it is in CISA KEV (vulnerabilities.block.kev).",
    );
    expect(byId(report)["CVE-2025-3008"]).toMatchObject({ blocking: false, vulnerability: { kev: false, epss: null, exploitAvailable: false } });
    expect(report.summary.vulnerabilities!.exploits).toMatchObject({ kev: 1, kevUnknown: 0, exploitAvailable: 1, blockedByPolicy: 1 });
  });

  it("exploit-available and epss block when the policy says so; an exception still suppresses", async () => {
    app({
      findings: [
        packageFinding("CVE-2025-4001", "LOW", "a", "1", { exploitAvailable: "YES", lastKnownExploitAt: Date.UTC(2025, 0, 2) / 1000 }),
        packageFinding("CVE-2025-4002", "MEDIUM", "b", "1", { epss: 0.62 }),
        packageFinding("CVE-2025-4003", "MEDIUM", "c", "1", { epss: 0.49 }),
        packageFinding("CVE-2025-4004", "LOW", "d", "1", { exploitAvailable: "YES" }),
      ],
    });
    // EPSS and the last known exploit are Inspector's fields (ECR's enhanced findings carry exploitAvailable only).
    const yaml = `${BOTH}  block: { exploit-available: true, epss: 0.5 }\nexceptions:\n  - { check: vulnerability, id: CVE-2025-4004, reason: 'not reachable', expires: 2099-01-01 }\n`;
    const { report } = await gate({ policy: policy(yaml) });
    const found = byId(report);
    expect(found["CVE-2025-4001"]).toMatchObject({ blocking: true, blockedBy: ["exploit-available"] });
    expect(found["CVE-2025-4001"]!.message).toContain("exploit available (last seen 2025-01-02)");
    expect(found["CVE-2025-4002"]).toMatchObject({ blocking: true, blockedBy: ["epss"] });
    expect(found["CVE-2025-4002"]!.message).toContain("Blocks because its EPSS 0.62 is at or above 0.5 (vulnerabilities.block.epss).");
    expect(found["CVE-2025-4003"]).toMatchObject({ blocking: false });
    expect(found["CVE-2025-4004"]).toMatchObject({ blocking: false, suppressed: { reason: "not reachable" } });
    // The default preset blocks KEV only: the same findings pass there.
    const defaults = await gate({ policy: policy(BOTH) });
    expect(defaults.exitCode).toBe(0);
  });

  it("details that cannot be read leave KEV unknown (never 'not listed'), say so, and never block by themselves", async () => {
    app({ findings: [packageFinding("CVE-2025-5001", "LOW", "a", "1"), packageFinding("CVE-2025-5002", "LOW", "b", "1")] });
    standIn.details.set(findingArn("CVE-2025-5001", "a"), { errorCode: "FINDING_DETAILS_NOT_FOUND", errorMessage: "Finding details not found" });
    const partial = await gate({ policy: policy(ENHANCED) });
    expect(byId(partial.report)["CVE-2025-5001"]!.vulnerability!.kev).toBeNull();
    expect(byId(partial.report)["CVE-2025-5002"]!.vulnerability!.kev).toBe(false);
    expect(partial.report.summary.vulnerabilities!.sources[0]!.notes).toEqual([
      "CISA KEV and exploit details unavailable for 1 finding (BatchGetFindingDetails: FINDING_DETAILS_NOT_FOUND: Finding details not found)",
    ]);
    standIn.deny.add("/findings/details/batch/get");
    const denied = await gate({ policy: policy(ENHANCED) });
    expect(denied.exitCode).toBe(0);
    expect(denied.report.summary.vulnerabilities!.exploits.kevUnknown).toBe(2);
    expect(denied.report.summary.vulnerabilities!.sources[0]!.notes![0]).toMatch(/unavailable for 2 findings \(BatchGetFindingDetails: access denied/);
  });

  it("vulnerabilities.kev-catalog marks basic findings from CISA's catalog; a missing or malformed catalog is exit 2", async () => {
    standIn.scanType = "BASIC";
    app({ findings: [basicFinding("CVE-2023-4863", "MEDIUM", "libwebp", "1.2.4"), basicFinding("CVE-2023-0001", "LOW", "x", "1")] });
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-kev-"));
    writeFileSync(
      path.join(dir, "kev.json"),
      JSON.stringify({
        title: "CISA Catalog of Known Exploited Vulnerabilities",
        catalogVersion: "2025.03.01",
        count: 1,
        vulnerabilities: [
          {
            cveID: "CVE-2023-4863",
            vendorProject: "Google",
            product: "Chromium WebP",
            vulnerabilityName: "Google Chromium WebP Heap-Based Buffer Overflow Vulnerability",
            dateAdded: "2023-09-13",
            shortDescription: "A heap buffer overflow.",
            requiredAction: "Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.",
            dueDate: "2023-10-04",
            knownRansomwareCampaignUse: "Unknown",
            notes: "",
            cwes: ["CWE-787"],
          },
        ],
      }),
    );
    const file = path.join(dir, "policy.yaml");
    writeFileSync(file, `version: 1\nextends: default\n${ENHANCED}  kev-catalog: kev.json\n`);
    const { report, exitCode } = await gate({ policy: file });
    expect(exitCode).toBe(1);
    expect(byId(report)["CVE-2023-4863"]).toMatchObject({
      blocking: true,
      blockedBy: ["kev"],
      vulnerability: { kev: { dateAdded: "2023-09-13", dueDate: "2023-10-04", source: "kev-catalog" } },
    });
    expect(byId(report)["CVE-2023-0001"]!.vulnerability!.kev).toBe(false);
    const without = await gate({ policy: policy(ENHANCED) });
    expect(without.exitCode).toBe(0);
    expect(without.report.summary.vulnerabilities!.sources[0]!.notes).toEqual([
      "CISA KEV status unknown for 2 findings: this source does not report it; set vulnerabilities.kev-catalog to CISA's catalog",
    ]);
    writeFileSync(file, `version: 1\nextends: default\n${ENHANCED}  kev-catalog: missing.json\n`);
    await expect(gate({ policy: file })).rejects.toThrow(/missing\.json: cannot read the KEV catalog \(no such file\)/);
    writeFileSync(path.join(dir, "kev.json"), JSON.stringify({ vulnerabilities: [{ cveID: 42 }] }));
    writeFileSync(file, `version: 1\nextends: default\n${ENHANCED}  kev-catalog: kev.json\n`);
    await expect(gate({ policy: file })).rejects.toThrow(/kev\.json: not CISA's KEV catalog: vulnerabilities\[0\]\.cveID: expected string/);
  });
});

describe("no hang: one source definitely unavailable stops the other at once", () => {
  it("Inspector access denied while ECR is still scanning: the ECR poll is cancelled, not waited out", async () => {
    app({ statuses: [{ status: "IN_PROGRESS" }] });
    standIn.deny.add("/coverage/list");
    const { clock } = { clock: fakeClock() };
    const started = Date.now();
    await expect(runGate({ ecrImage: ecrRef("app"), clock, settleMs: 5000, policy: policy(`${BOTH}  wait: 10m\n`) })).rejects.toThrow(
      /Amazon Inspector findings for app@sha256:[0-9a-f]{64}: scan results unavailable: cannot read Inspector's coverage of the image: access denied/,
    );
    // The ECR poll stopped long before its ten minutes (of fake time) were used up.
    expect(clock.slept).toBeLessThan(60_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe("policy: exceptions and fixable-only", () => {
  const findings = [
    packageFinding("CVE-2024-1111", "CRITICAL", "openssl", "3.0.11", { fixedIn: "3.0.13" }),
    packageFinding("CVE-2024-2222", "CRITICAL", "libxml2", "2.9", {}),
    packageFinding("CVE-2024-3333", "HIGH", "curl", "7.88", { fixedIn: "7.88.1" }),
  ];
  beforeEach(() => app({ findings }));

  it("fixable-only counts only findings with a fix; the others are reported, not counted", async () => {
    const { report } = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n  max: { critical: 0, high: 1 }\n  fixable-only: true\n") });
    const found = byId(report);
    expect(found["CVE-2024-1111"]).toMatchObject({ counted: true, blocking: true });
    expect(found["CVE-2024-2222"]).toMatchObject({ counted: false, blocking: false });
    expect(found["CVE-2024-3333"]).toMatchObject({ counted: true, blocking: false });
    expect(report.summary.vulnerabilities!.bySeverity.critical).toEqual({ counted: 1, reported: 2, allowed: 0, blocking: true });
  });

  it("a live exception by CVE (scoped to a package) suppresses; an expired one does not and is reported; one that matched nothing is reported as unused", async () => {
    const yaml = [
      "vulnerabilities:\n  sources: [ecr]\n  max: { critical: 0, high: 0 }\n  fixable-only: false",
      "exceptions:",
      "  - { check: vulnerability, id: CVE-2024-1111, package: openssl, reason: 'not reachable, SEC-41', expires: 2099-01-01 }",
      "  - { check: vulnerability, id: cve-2024-2222, reason: 'vendor fix pending', expires: 2099-01-01 }",
      "  - { check: vulnerability, id: CVE-2024-3333, reason: 'old acceptance', expires: 2020-01-01 }",
      "  - { check: vulnerability, id: CVE-2019-0001, reason: 'fixed long ago', expires: 2099-01-01 }",
    ].join("\n");
    const file = policy(`${yaml}\n`);
    const { report, exitCode } = await gate({ policy: file });
    const found = byId(report);
    expect(found["CVE-2024-1111"]).toMatchObject({ blocking: false, counted: false, suppressed: { reason: "not reachable, SEC-41" } });
    expect(found["CVE-2024-2222"]!.suppressed).toBeDefined();
    expect(found["CVE-2024-3333"]).toMatchObject({ blocking: true });
    expect(report.findings.some((finding) => finding.check === "expired-exception")).toBe(true);
    const unused = report.findings.filter((finding) => finding.check === "unused-exception");
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ severity: "low", blocking: false, rule: "unused", location: { file, line: 11 } });
    expect(unused[0]!.message).toBe(
      "The exception for vulnerability CVE-2019-0001 (expires 2099-01-01) matched no finding in this run; remove it if the problem is gone.",
    );
    expect(exitCode).toBe(1);
  });

  it("an exception is not called unused when a scan could not be read", async () => {
    standIn.deny.add("DescribeImageScanFindings");
    const yaml =
      "vulnerabilities:\n  sources: [ecr]\nexceptions:\n  - { check: vulnerability, id: CVE-2019-0001, reason: 'fixed long ago', expires: 2099-01-01 }\n";
    const { report } = await gate({ policy: policy(yaml), mode: "audit" });
    expect(report.findings.some((finding) => finding.check === "unused-exception")).toBe(false);
  });

  it("within the limit nothing blocks; over it, every finding of that severity does", async () => {
    const within = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n  max: { critical: 2, high: 1 }\n  fixable-only: false\n") });
    expect(within.exitCode).toBe(0);
    const over = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n  max: { critical: 1, high: 5 }\n  fixable-only: false\n") });
    expect(
      cves(over.report)
        .filter((finding) => finding.blocking)
        .map((finding) => finding.id!)
        .sort((a, b) => a.localeCompare(b)),
    ).toEqual(["CVE-2024-1111", "CVE-2024-2222"]);
  });

  it("audit mode reports unavailable results instead of stopping", async () => {
    standIn.deny.add("GetRegistryScanningConfiguration");
    const { exitCode, report } = await gate({ policy: policy("vulnerabilities:\n  sources: [ecr]\n"), mode: "audit" });
    expect(exitCode).toBe(0);
    expect(report.findings.find((finding) => finding.rule === "scan-unavailable")!.message).toMatch(/access denied/);
  });
});
