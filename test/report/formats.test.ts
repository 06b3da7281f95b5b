import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake-secrets.ts";
import { fixtureRef } from "../helpers/images.ts";
import { ROOT } from "../helpers/paths.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, "python3");

const work = mkdtempSync(path.join(os.tmpdir(), "image-gate-formats-"));
const DOCKERFILE = ["FROM node:20.18-alpine", "EXPOSE 22", `ENV API_TOKEN=${fake.githubPat("formats")}`, "USER root"].join("\n");
writeFileSync(path.join(work, "Dockerfile"), DOCKERFILE);
writeFileSync(
  path.join(work, ".image-gate.yaml"),
  "version: 1\nextends: default\nexceptions:\n  - { check: ssh-port-exposed, reason: 'bastion image, SEC-7', expires: 2099-01-01 }\n",
);

// Inspector results with EPSS and an exploit, and CISA's catalog (as a policy names it) listing one of them.
writeFileSync(
  path.join(work, "inspector.json"),
  JSON.stringify({
    findings: [
      {
        findingArn: "arn:aws:inspector2:eu-west-1:123456789012:finding/0a1b",
        type: "PACKAGE_VULNERABILITY",
        severity: "MEDIUM",
        status: "ACTIVE",
        fixAvailable: "YES",
        exploitAvailable: "YES",
        epss: { score: 0.9312 },
        packageVulnerabilityDetails: {
          vulnerabilityId: "CVE-2023-4863",
          vulnerablePackages: [{ name: "libwebp", version: "1.2.4", fixedInVersion: "1.3.2" }],
        },
      },
      {
        findingArn: "arn:aws:inspector2:eu-west-1:123456789012:finding/2c3d",
        type: "PACKAGE_VULNERABILITY",
        severity: "LOW",
        status: "ACTIVE",
        fixAvailable: "NO",
        exploitAvailable: "NO",
        epss: { score: 0.0004 },
        packageVulnerabilityDetails: { vulnerabilityId: "CVE-2024-0002", vulnerablePackages: [{ name: "tzdata", version: "2024a" }] },
      },
    ],
  }),
);
writeFileSync(
  path.join(work, "kev.json"),
  JSON.stringify({ catalogVersion: "2025.01.01", vulnerabilities: [{ cveID: "CVE-2023-4863", dateAdded: "2023-09-13", dueDate: "2023-10-04" }] }),
);
writeFileSync(path.join(work, "kev-policy.yaml"), "version: 1\nextends: default\nvulnerabilities:\n  kev-catalog: kev.json\n");

/** Microsoft's SARIF validator, one run for all the files: the errors it reports (each line names its file). */
function sarifErrors(...files: string[]): string[] {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "sarif-multitool"), ["validate", ...files], { encoding: "utf8", timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`;
  // Every file was read: the validator counts them.
  expect(output).toMatch(new RegExp(`\\b${files.length} files? scanned`));
  return output.split("\n").filter((line) => /: error /i.test(line));
}

function write(name: string, args: string[], format: string): string {
  const file = path.join(work, name);
  const result = runCli([...args, "--report", `${format}=${file}`, "--format", "json"], { cwd: work });
  expect([0, 1]).toContain(result.code);
  return file;
}

let bothSarif: string | undefined;
/** SARIF for the Dockerfile with the secrets image: two tests read it, so it is written once. */
const sarifOfBoth = () => (bothSarif ??= write("both.sarif", ["Dockerfile", "--image", fixtureRef("secrets", "oci")], "sarif"));

describe("sarif", () => {
  it("is valid SARIF 2.1.0 for a Dockerfile with an image, an image alone, and scan results alone", () => {
    const both = sarifOfBoth();
    const imageOnly = write("image.sarif", ["--image", fixtureRef("hardening", "oci")], "sarif");
    writeFileSync(
      path.join(work, "scan.json"),
      JSON.stringify({
        imageScanStatus: { status: "COMPLETE" },
        imageScanFindings: {
          imageScanCompletedAt: 1_700_000_000,
          findings: [{ name: "CVE-2024-0001", severity: "HIGH", attributes: [{ key: "package_name", value: "openssl" }] }],
        },
      }),
    );
    const scanOnly = write("scan.sarif", ["--scan-results", "scan.json"], "sarif");
    expect(sarifErrors(both, imageOnly, scanOnly)).toEqual([]);
  });

  it("has stable rule ids with help and security-severity, results on Dockerfile lines, fingerprints, suppressions", () => {
    const sarif = JSON.parse(readFileSync(sarifOfBoth(), "utf8"));
    const run = sarif.runs[0];
    expect(sarif.version).toBe("2.1.0");
    expect(run.tool.driver.rules.map((candidate: { id: string }) => candidate.id)).toContain("secret/private-key");
    for (const candidate of run.tool.driver.rules) {
      expect(candidate.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(candidate.help.text.length).toBeGreaterThan(10);
      expect(candidate.properties.tags).toContain("security");
      expect(Number(candidate.properties["security-severity"])).toBeGreaterThan(0);
    }
    const token = run.results.find(
      (result: { ruleId: string; message: { text: string } }) => result.ruleId === "secret/github-pat" && result.message.text.includes("in ENV"),
    );
    expect(token.locations[0].physicalLocation.artifactLocation.uri).toBe("Dockerfile");
    expect(token.locations[0].physicalLocation.region.startLine).toBe(3);
    expect(token.partialFingerprints["imageGateFinding/v1"]).toMatch(/^[0-9a-f]{32}$/);
    // An image file has no place in the repository: anchored on the final FROM line, its real place in the message.
    const deleted = run.results.find((result: { message: { text: string } }) => result.message.text.includes("/root/.ssh/id_rsa"));
    expect(deleted.locations[0].physicalLocation.region.startLine).toBe(1);
    const dockerfileOnly = JSON.parse(readFileSync(write("dockerfile.sarif", ["Dockerfile"], "sarif"), "utf8")).runs[0];
    const suppressed = dockerfileOnly.results.find((result: { ruleId: string }) => result.ruleId.startsWith("ssh-port-exposed/"));
    expect(suppressed.suppressions[0]).toMatchObject({ kind: "external", status: "accepted" });
    expect(JSON.stringify(sarif)).not.toContain(fake.githubPat("formats"));
  });

  it("fingerprints do not move when lines do", () => {
    const before = JSON.parse(readFileSync(write("a.sarif", ["Dockerfile"], "sarif"), "utf8")).runs[0].results.map(
      (result: { partialFingerprints: Record<string, string> }) => result.partialFingerprints,
    );
    writeFileSync(path.join(work, "Moved.Dockerfile"), `# a comment\n\n${DOCKERFILE}`);
    const moved = JSON.parse(readFileSync(write("b.sarif", ["Moved.Dockerfile"], "sarif"), "utf8")).runs[0].results.map(
      (result: { partialFingerprints: Record<string, string> }) => result.partialFingerprints,
    );
    expect(moved.length).toBe(before.length);
    expect(new Set(moved.map((fingerprint: Record<string, string>) => fingerprint["imageGateFinding/v1"])).size).toBe(before.length);
  });
});

describe("junit", () => {
  it("parses as XML, one test case per check, failures carry the findings", () => {
    const file = write("gate.xml", ["Dockerfile"], "junit");
    const summary = spawnSync(
      "python3",
      [
        "-c",
        "import sys, xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); s=r.find('testsuite'); print(r.get('tests'), r.get('failures'), len(s.findall('testcase'))); [print(c.get('name').split(':')[0], 'FAIL' if c.find('failure') is not None else 'SKIP' if c.find('skipped') is not None else 'PASS') for c in s.findall('testcase')]",
        file,
      ],
      { encoding: "utf8" },
    );
    expect(summary.status, summary.stderr).toBe(0);
    const [counts, ...cases] = summary.stdout.trim().split("\n");
    const [tests, failures, testcases] = counts!.split(" ").map(Number);
    expect(tests).toBe(testcases);
    expect(failures).toBe(2);
    expect(cases).toContain("root-user FAIL");
    expect(cases).toContain("secret FAIL");
    expect(cases).toContain("sudo PASS");
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain("USER root");
    expect(xml).not.toContain(fake.githubPat("formats"));
  });
});

describe("markdown", () => {
  it("is a job summary: verdict, per-check table, findings with places", () => {
    const text = readFileSync(write("summary.md", ["Dockerfile"], "markdown"), "utf8");
    expect(text).toMatch(/^## image-gate: ❌ \*\*FAIL\*\*/);
    expect(text).toContain("| `secret` | ❌ fail | 1 | 1 |");
    expect(text).toContain("| `ssh-port-exposed` | 🔕 suppressed | 1 | 0 |");
    expect(text).toMatch(/🔕 .*`ssh-port-exposed` \| Dockerfile:2 \|.*suppressed until 2099-01-01: bastion image, SEC-7/);
    expect(text).not.toContain(fake.githubPat("formats"));
  });
});

describe("exploit intelligence in every format", () => {
  const args = ["--policy", "kev-policy.yaml", "--scan-results", "inspector.json"];

  it("table: KEV and EPSS columns, and the exploit summary", () => {
    const result = runCli([...args, "--format", "table"], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/SEVERITY KEV EPSS {2}WHERE/);
    expect(result.stdout).toMatch(
      /MEDIUM {3}KEV 0\.93 {2}inspector libwebp@1\.2\.4 {2}CVE-2023-4863 in libwebp@1\.2\.4 \(fixed in 1\.3\.2\); in CISA KEV since 2023-09-13, due 2023-10-04; EPSS 0\.9312; exploit available;/,
    );
    expect(result.stdout).toMatch(/LOW {6}- {3}0\.00 {2}inspector tzdata@2024a/);
    expect(result.stdout).toContain("exploits: 1 in CISA KEV · 1 with a known exploit · 1 blocking by vulnerabilities.block");
  });

  it("json: the vulnerability fields, and why it blocks", () => {
    const report = JSON.parse(runCli([...args, "--format", "json"], { cwd: work }).stdout);
    const kev = report.findings.find((finding: { id?: string }) => finding.id === "CVE-2023-4863");
    expect(kev).toMatchObject({
      blocking: true,
      blockedBy: ["kev"],
      vulnerability: {
        id: "CVE-2023-4863",
        package: "libwebp",
        version: "1.2.4",
        fixedIn: "1.3.2",
        fixAvailable: true,
        epss: 0.9312,
        kev: { dateAdded: "2023-09-13", dueDate: "2023-10-04", source: "kev-catalog" },
        exploitAvailable: true,
        sources: ["inspector"],
        status: "active",
      },
    });
    expect(kev.message).toContain("Blocks because it is in CISA KEV (vulnerabilities.block.kev).");
    expect(report.summary.vulnerabilities.exploits).toEqual({
      kev: 1,
      kevUnknown: 0,
      exploitAvailable: 1,
      epssAtOrAbove: null,
      blockedByPolicy: 1,
      block: { kev: true, exploitAvailable: false, epss: null },
    });
  });

  it("sarif: KEV, EPSS and exploit availability as result properties, still valid SARIF", () => {
    const file = write("exploit-props.sarif", args, "sarif");
    expect(sarifErrors(file)).toEqual([]);
    const run = JSON.parse(readFileSync(file, "utf8")).runs[0];
    const result = run.results.find((candidate: { properties: { id?: string } }) => candidate.properties.id === "CVE-2023-4863");
    expect(result.properties).toMatchObject({
      kev: true,
      kevDateAdded: "2023-09-13",
      kevDueDate: "2023-10-04",
      epss: 0.9312,
      exploitAvailable: true,
      blockedBy: ["kev"],
    });
    expect(result.level).toBe("error");
  }, 180_000);

  it("markdown: the exploit summary and a KEV · EPSS column", () => {
    const text = readFileSync(write("exploits.md", args, "markdown"), "utf8");
    expect(text).toContain("Exploits: **1** in CISA KEV · **1** with a known exploit · ❌ **1** blocking by `vulnerabilities.block`");
    expect(text).toContain("| | check | where | KEV · EPSS | finding |");
    expect(text).toMatch(/\| `vulnerability` \| inspector libwebp@1\.2\.4 \| \*\*KEV\*\* · 0\.93 \| CVE-2023-4863/);
  });

  it("junit: the failure names the KEV entry", () => {
    const xml = readFileSync(write("exploits.xml", args, "junit"), "utf8");
    expect(xml).toContain("in CISA KEV since 2023-09-13, due 2023-10-04");
  });
});
