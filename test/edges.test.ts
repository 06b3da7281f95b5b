/**
 * The edges where people meet the gate (issue 15): --baseline in every format, the warning of a
 * policy that extends no preset, exception paths relative to the policy file, the report header of
 * a run without a Dockerfile, docker-archive:PATH:NAME:TAG, archive digests, -f, terminal progress
 * and the one-line Node.js notice.
 */

import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fake } from "./helpers/fake-secrets.ts";
import { runCli, systemNode, workspace } from "./helpers/cli.ts";
import { basicFinding, digestOf } from "./helpers/aws-stand-in.ts";
import { FIXTURES, fixtureRef } from "./helpers/images.ts";
import { push, startRegistry } from "./helpers/registry.ts";
import { BUILT_CLI, ROOT } from "./helpers/paths.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "./helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

const insecure = readFileSync(path.join(ROOT, "examples", "insecure", "Dockerfile"), "utf8");

interface JsonReport {
  verdict: string;
  policy: { name: string; warning?: string };
  baseline?: { path: string; fingerprints: number };
  summary: { blocking: number; baseline?: number; findings: number };
  targets: { image?: { digest?: string; configDigest: string }; scanResults?: string[] };
  findings: Array<{ check: string; rule: string; fingerprint: string; blocking: boolean; baseline?: boolean; suppressed?: unknown }>;
}

describe("--baseline REPORT.json", () => {
  it("marks known findings in every format, never blocks on them, and judges new ones as usual", () => {
    const dir = workspace({ Dockerfile: insecure });
    const first = runCli(["Dockerfile", "--report", "json=baseline.json"], { cwd: dir });
    expect(first.code).toBe(1);
    const known = JSON.parse(readFileSync(path.join(dir, "baseline.json"), "utf8")) as JsonReport;

    const again = runCli(
      [
        "Dockerfile",
        "--baseline",
        "baseline.json",
        "-f",
        "json",
        "--report",
        "sarif=out.sarif",
        "--report",
        "junit=out.xml",
        "--report",
        "markdown=out.md",
        "--report",
        "table=out.txt",
      ],
      { cwd: dir },
    );
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as JsonReport;
    expect(report.verdict).toBe("pass");
    expect(report.baseline).toEqual({ path: "baseline.json", fingerprints: known.findings.length });
    expect(report.summary).toMatchObject({ blocking: 0, baseline: known.findings.length });
    expect(report.findings.every((finding) => finding.baseline === true && !finding.blocking)).toBe(true);
    const sarif = JSON.parse(readFileSync(path.join(dir, "out.sarif"), "utf8")) as { runs: Array<{ results: Array<{ baselineState: string }> }> };
    expect(new Set(sarif.runs[0]!.results.map((result) => result.baselineState))).toEqual(new Set(["unchanged"]));
    expect(readFileSync(path.join(dir, "out.xml"), "utf8")).toContain("(baseline)");
    expect(readFileSync(path.join(dir, "out.xml"), "utf8")).toContain('<property name="baseline" value="baseline.json"/>');
    expect(readFileSync(path.join(dir, "out.md"), "utf8")).toContain(`**${known.findings.length}** known from the baseline`);
    expect(readFileSync(path.join(dir, "out.txt"), "utf8")).toMatch(/Result: PASS · 0 blocking · \d+ warnings · 0 suppressed · \d+ known from the baseline/);

    // Worse than the baseline: the new credential blocks and is "new" in SARIF; the old ones stay unchanged.
    writeFileSync(path.join(dir, "Dockerfile"), `${insecure}\nENV RELEASE_TOKEN=${fake.githubPat("baseline-new")}\n`);
    const worse = runCli(["Dockerfile", "--baseline", "baseline.json", "-f", "sarif"], { cwd: dir });
    expect(worse.code).toBe(1);
    const states = (JSON.parse(worse.stdout) as { runs: Array<{ results: Array<{ ruleId: string; baselineState: string; level: string }> }> }).runs[0]!.results;
    expect(states.filter((result) => result.baselineState === "new")).toEqual([expect.objectContaining({ ruleId: "secret/github-pat", level: "error" })]);
    expect(states.filter((result) => result.baselineState === "unchanged").length).toBe(known.findings.length);
    expect(worse.stdout).not.toContain(fake.githubPat("baseline-new"));
  });

  it("a baseline vulnerability is not counted against max: only new ones are", () => {
    const scan = (ids: string[]) => ({
      registryId: "123456789012",
      repositoryName: "app",
      imageId: { imageDigest: digestOf("app") },
      imageScanStatus: { status: "COMPLETE", description: "The scan was completed successfully." },
      imageScanFindings: { imageScanCompletedAt: 1_700_000_000, findings: ids.map((id) => basicFinding(id, "HIGH", "openssl", "3.0.9")) },
    });
    const policy = "version: 1\nextends: default\nvulnerabilities: { max: { high: 1 } }\n";
    const dir = workspace({
      "old.json": JSON.stringify(scan(["CVE-2023-1000", "CVE-2023-1001"])),
      "new.json": JSON.stringify(scan(["CVE-2023-1000", "CVE-2023-1001", "CVE-2024-7"])),
      "p.yaml": policy,
    });
    expect(runCli(["--scan-results", "old.json", "--policy", "p.yaml", "--mode", "audit", "--report", "json=base.json"], { cwd: dir }).code).toBe(0);
    const same = runCli(["--scan-results", "old.json", "--policy", "p.yaml", "--baseline", "base.json"], { cwd: dir });
    expect(same.code).toBe(0);
    const oneNew = JSON.parse(
      runCli(["--scan-results", "new.json", "--policy", "p.yaml", "--baseline", "base.json", "-f", "json"], { cwd: dir }).stdout,
    ) as JsonReport;
    expect(oneNew.verdict).toBe("pass"); // one new high, max 1
  });

  it.each([
    ["missing.json", undefined, /^image-gate: error: missing\.json: cannot read the baseline report \(no such file\)$/m],
    ["bad.json", "{ not json", /^image-gate: error: bad\.json: the baseline is not valid JSON \(.*\); give a report written with --format json/],
    ["sarif.json", JSON.stringify({ version: "2.1.0", runs: [] }), /^image-gate: error: sarif\.json: not an image-gate JSON report \(version: /],
    [
      "nofp.json",
      JSON.stringify({ version: 1, tool: { name: "image-gate" }, findings: [{ check: "x" }] }),
      /^image-gate: error: nofp\.json: not an image-gate JSON report \(findings\[0\]\.fingerprint: /,
    ],
  ])("a baseline that is not a report is exit 2 with one line: %s", (name, content, message) => {
    const dir = workspace({ Dockerfile: "FROM alpine:3.19\nUSER 1000\n", ...(content !== undefined ? { [name]: content } : {}) });
    const result = runCli(["Dockerfile", "--baseline", name], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n").length).toBe(1);
  });
});

describe("a policy without extends", () => {
  it("says in every format that the checks it does not list only warn", () => {
    const dir = workspace({ Dockerfile: insecure, "p.yaml": "version: 1\nchecks:\n  root-user: { action: fail }\n" });
    const formats = ["table", "json", "sarif", "junit", "markdown"];
    const outputs = Object.fromEntries(formats.map((format) => [format, runCli(["Dockerfile", "--policy", "p.yaml", "-f", format], { cwd: dir }).stdout]));
    const warning = (JSON.parse(outputs.json!) as JsonReport).policy.warning!;
    expect(warning).toMatch(
      /^policy p\.yaml extends no preset, so the \d+ checks it does not list \(secret, untrusted-base-image, mutable-tag, vulnerability and \d+ more\) only warn; add "extends: default"/,
    );
    expect(outputs.table).toContain(`! ${warning}`);
    expect(outputs.markdown).toContain(`> ⚠️ ${warning}`);
    expect(outputs.junit).toContain('<property name="policy-warning"');
    const run = (JSON.parse(outputs.sarif!) as { runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> })
      .runs[0]!;
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toBe(warning);
    // The secret in the file only warns under this policy: exactly what the warning says.
    expect(runCli(["Dockerfile", "--policy", "p.yaml"], { cwd: dir }).code).toBe(1);

    const extending = workspace({ Dockerfile: insecure, "p.yaml": "version: 1\nextends: default\n" });
    const json = JSON.parse(runCli(["Dockerfile", "--policy", "p.yaml", "-f", "json"], { cwd: extending }).stdout) as JsonReport;
    expect(json.policy.warning).toBeUndefined();
    expect(runCli(["Dockerfile", "--policy", "p.yaml"], { cwd: extending }).stdout).not.toContain("extends no preset");
  });
});

describe("exception paths are relative to the policy file's directory", () => {
  it("suppresses the same findings wherever the gate is started from", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-paths-"));
    mkdirSync(path.join(dir, "ci"));
    mkdirSync(path.join(dir, "docker"));
    writeFileSync(path.join(dir, "docker", "app.Dockerfile"), `FROM alpine:3.19\nENV API_TOKEN=${fake.githubPat("paths")}\nUSER 1000\nHEALTHCHECK CMD true\n`);
    writeFileSync(
      path.join(dir, "ci", "policy.yaml"),
      "version: 1\nextends: default\nexceptions:\n  - { check: secret, path: ../docker/*.Dockerfile, reason: test vectors, expires: 2099-01-01 }\n",
    );
    writeFileSync(
      path.join(dir, ".image-gate.yaml"),
      "version: 1\nextends: default\nexceptions:\n  - { check: secret, path: docker/app.Dockerfile, reason: test vectors, expires: 2099-01-01 }\n",
    );
    const suppressed = (args: string[], cwd: string) => {
      const report = JSON.parse(runCli([...args, "-f", "json"], { cwd }).stdout) as JsonReport;
      return report.findings.filter((finding) => finding.check === "secret").map((finding) => finding.suppressed !== undefined);
    };
    expect(suppressed(["docker/app.Dockerfile", "--policy", "ci/policy.yaml"], dir)).toEqual([true]);
    expect(suppressed(["app.Dockerfile", "--policy", "../ci/policy.yaml"], path.join(dir, "docker"))).toEqual([true]);
    expect(suppressed(["../docker/app.Dockerfile", "--policy", "policy.yaml"], path.join(dir, "ci"))).toEqual([true]);
    expect(suppressed(["docker/app.Dockerfile"], dir)).toEqual([true]);
    expect(suppressed(["app.Dockerfile", "--policy", "../.image-gate.yaml"], path.join(dir, "docker"))).toEqual([true]);
    // A path that names another file still does not match.
    writeFileSync(
      path.join(dir, "ci", "other.yaml"),
      "version: 1\nextends: default\nexceptions:\n  - { check: secret, path: docker/*.Dockerfile, reason: x, expires: 2099-01-01 }\n",
    );
    expect(suppressed(["docker/app.Dockerfile", "--policy", "ci/other.yaml"], dir)).toEqual([false]);
  });
});

describe("the report header", () => {
  it("names what was judged when there is no Dockerfile", () => {
    const scan = {
      registryId: "123456789012",
      repositoryName: "app",
      imageId: { imageDigest: digestOf("app") },
      imageScanStatus: { status: "COMPLETE", description: "The scan was completed successfully." },
      imageScanFindings: { imageScanCompletedAt: 1_700_000_000, findings: [basicFinding("CVE-2023-1000", "LOW", "zlib", "1.2")] },
    };
    const dir = workspace({ "scan.json": JSON.stringify(scan) });
    const table = runCli(["--scan-results", "scan.json"], { cwd: dir }).stdout;
    expect(table.split("\n")[0]).toBe(
      "image-gate " + JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version + " · scan results scan.json · policy preset:default · enforce",
    );
    expect(runCli(["--scan-results", "scan.json", "-f", "markdown"], { cwd: dir }).stdout).toContain("Judged: scan results `scan.json`");
    const image = runCli(["--image", fixtureRef("clean", "oci")]).stdout.split("\n")[0]!;
    expect(image).toMatch(/^image-gate \S+ · image oci:\S+ \(linux\/amd64, \d+ layers\) · policy preset:default · enforce$/);
  });

  it("--help lists -f, -h and -v beside their long names", () => {
    const help = runCli(["--help"]).stdout;
    expect(help).toMatch(/^ {2}-f, --format FMT /m);
    expect(help).toMatch(/^ {2}-h, --help /m);
    expect(help).toMatch(/^ {2}-v, --version /m);
    expect(help).toMatch(/^ {2}--baseline REPORT\.json /m);
    const dir = workspace({ Dockerfile: "FROM alpine:3.19\nUSER 1000\n" });
    expect(JSON.parse(runCli(["-f", "json", "Dockerfile"], { cwd: dir }).stdout).verdict).toBe("pass");
  });
});

describe("docker-archive:PATH:NAME:TAG", () => {
  /** A `docker save` of two images: the classic archives of two fixtures merged, as `docker save a b` writes them. */
  function twoImageArchive(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-multi-"));
    const tree = path.join(dir, "tree");
    mkdirSync(tree);
    const entries: unknown[] = [];
    for (const image of ["secrets", "clean"] as const) {
      execFileSync("tar", ["-xf", path.join(FIXTURES, image, "docker-archive.tar"), "-C", tree]);
      entries.push(...(JSON.parse(readFileSync(path.join(tree, "manifest.json"), "utf8")) as unknown[]));
    }
    writeFileSync(path.join(tree, "manifest.json"), JSON.stringify(entries));
    const archive = path.join(dir, "two.tar");
    execFileSync("tar", ["-cf", archive, "-C", tree, "."]);
    return archive;
  }

  it("selects NAME:TAG (normalized as Docker does), NAME (latest) or @INDEX; names none and the error lists the tags", () => {
    const archive = twoImageArchive();
    const secrets = (ref: string) => {
      const result = runCli(["--image", `docker-archive:${archive}:${ref}`, "-f", "json", "--mode", "audit"]);
      expect(result.stderr).toBe("");
      return (JSON.parse(result.stdout) as JsonReport).findings.filter((finding) => finding.check === "secret").length;
    };
    expect(secrets("image-gate-test/secrets:latest")).toBeGreaterThan(0);
    expect(secrets("docker.io/image-gate-test/secrets:latest")).toBeGreaterThan(0);
    expect(secrets("image-gate-test/clean:latest")).toBe(0);
    expect(secrets("image-gate-test/clean")).toBe(0);
    expect(secrets("@0")).toBeGreaterThan(0);
    expect(secrets("@1")).toBe(0);
    const none = runCli(["--image", `docker-archive:${archive}`]);
    expect(none.code).toBe(2);
    const tags =
      "docker.io/image-gate-test/secrets:latest, localhost/image-gate-test/secrets:latest, docker.io/image-gate-test/clean:latest, localhost/image-gate-test/clean:latest";
    expect(none.stderr).toBe(
      `image-gate: error: ${archive}: holds 2 images (${tags}); name one as docker-archive:PATH:NAME:TAG or docker-archive:PATH:@INDEX\n`,
    );
    const wrong = runCli(["--image", `docker-archive:${archive}:image-gate-test/clean:2`]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`image-gate: error: ${archive}: no image tagged "image-gate-test/clean:2" (tags: ${tags})\n`);
    expect(secrets("localhost/image-gate-test/clean:latest")).toBe(0);
    expect(runCli(["--image", `docker-archive:${archive}:@2`]).stderr).toMatch(/no image @2 \(the archive holds 2, from @0\)/);
  });
});

describe("targets.image.digest for archives", () => {
  it("is the manifest digest when the archive holds manifests (Docker 25+, OCI), beside configDigest; a classic docker save has none", () => {
    const index = JSON.parse(readFileSync(path.join(FIXTURES, "clean", "oci", "index.json"), "utf8")) as { manifests: Array<{ digest: string }> };
    const manifestDigest = index.manifests[0]!.digest;
    const targets = (ref: string) => (JSON.parse(runCli(["--image", ref, "-f", "json"]).stdout) as JsonReport).targets.image!;
    const docker25 = targets(fixtureRef("clean", "docker25"));
    expect(docker25.digest).toBe(manifestDigest);
    expect(docker25.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(docker25.configDigest).not.toBe(manifestDigest);
    expect(targets(fixtureRef("clean", "oci-archive")).digest).toBe(manifestDigest);
    const classic = targets(fixtureRef("clean", "docker-archive"));
    expect(classic.digest).toBeUndefined();
    expect(classic.configDigest).toBe(docker25.configDigest);
  });
});

describe("progress", () => {
  /** Runs the CLI on a pseudo-terminal (util-linux script), as a person at a terminal would. */
  function onTerminal(args: string[], env: Record<string, string | undefined>): string {
    const command = [process.execPath, BUILT_CLI, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(" ");
    const result = spawnSync("script", ["-qec", `${command} >/dev/null`, "/dev/null"], {
      env: { ...process.env, CI: undefined, ...env },
      encoding: "utf8",
      timeout: 60_000,
    });
    return result.stdout;
  }

  it("draws one redrawn line of layers, megabytes and throughput on a terminal, and nothing in CI logs", () => {
    const args = ["--image", fixtureRef("large", "oci"), "--mode", "audit"];
    const live = onTerminal(args, {});
    const redraw = `\r${String.fromCharCode(27)}[2K`;
    const lines = live.split(redraw).filter(Boolean);
    expect(lines[0]).toMatch(/^image-gate: reading: 0\/\d+ layers · [\d.]+ MB/);
    expect(lines.at(-1)).toMatch(/^image-gate: reading: (\d+)\/\1 layers · [\d.]+ MB/);
    expect(live).not.toMatch(/layers[^\r]*\n/); // redrawn in place, never a new line per update
    expect(live.endsWith(redraw)).toBe(true); // and cleared before the report
    expect(onTerminal(args, { CI: "true" })).not.toContain("layers");
    const piped = runCli(args);
    expect(piped.stderr).toBe("");
  });

  it("names the registry while it pulls layers", async () => {
    const registry = await startRegistry({ auth: "none" });
    try {
      await push(`${fixtureRef("clean", "oci")}:latest`, `docker://${registry.host}/team/clean:1`);
      const live = onTerminal(["--image", `docker://${registry.host}/team/clean:1`], {});
      const lines = live.split(`\r${String.fromCharCode(27)}[2K`).filter(Boolean);
      expect(lines.at(-1)).toMatch(new RegExp(`^image-gate: pulling from ${registry.host.replace(/[.]/g, "\\.")}: (\\d+)/\\1 layers · [\\d.]+ MB`));
    } finally {
      await registry.stop();
    }
  });
});

describe("Node.js older than 22 and the AWS SDK", () => {
  const node = systemNode();
  const major = node ? Number(execFileSync(node, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" })) : 0;

  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  it.runIf(major > 0 && major < 22)("prints one short line once instead of the SDK's multi-line warning", async () => {
    const port = await closedPort();
    const env = {
      AWS_ACCESS_KEY_ID: fake.awsAccessKeyId("node20"),
      AWS_SECRET_ACCESS_KEY: fake.awsSecretKey("node20"),
      AWS_REGION: "eu-west-1",
      AWS_ENDPOINT_URL_ECR: `http://127.0.0.1:${port}`,
      AWS_MAX_ATTEMPTS: "1",
    };
    const args = ["--ecr-image", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1", "--ecr"];
    const old = runCli(args, { node: node!, env });
    expect(old.code).toBe(2);
    expect(old.stderr).not.toContain("NodeVersionSupportWarning");
    const notes = old.stderr.split("\n").filter((line) => line.startsWith("image-gate: note:"));
    expect(notes).toEqual([expect.stringMatching(/^image-gate: note: Node\.js v20\.\S+ is past its end of life .* use Node\.js 22 or 24$/)]);
    const current = runCli(args, { env });
    expect(current.stderr).not.toContain("note:");
    expect(current.stderr).not.toContain("NodeVersionSupportWarning");
  });
});
