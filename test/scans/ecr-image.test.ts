import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { LookupFunction } from "node:net";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.ts";
import type { Clock } from "../../src/scans/poll.ts";
import { AwsStandIn, digestOf, packageFinding } from "../helpers/aws-stand-in.ts";
import { fixtureRef } from "../helpers/images.ts";
import { makeCa, push, startRegistry, type RunningRegistry } from "../helpers/registry.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

/**
 * `--image docker://` on an ECR host: the digest the registry resolved the tag to is the one
 * whose scan is read. The tag is never resolved a second time through DescribeImages, because
 * it may have moved in between (here: the stand-in's ECR says the tag now names another image).
 * The ECR host name resolves to loopback inside this test only (the registry client's lookup),
 * and the registry listens on a free port: nothing on the machine changes.
 */
const ECR_HOST = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
const standIn = new AwsStandIn();
let registry: RunningRegistry;
let pushedDigest: string;
const savedEnv = { ...process.env };
const defaultCAs = tls.getCACertificates("default");

const lookup = ((hostname: string, options: unknown, callback?: unknown) => {
  const done = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
  const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
  if (hostname !== ECR_HOST) return done(new Error(`unexpected lookup of ${hostname}`));
  return all ? done(null, [{ address: "127.0.0.1", family: 4 }]) : done(null, "127.0.0.1", 4);
}) as unknown as LookupFunction;

const clock: Clock = { now: () => 0, sleep: async () => undefined };

beforeAll(async () => {
  await standIn.start();
  const ca = makeCa();
  registry = await startRegistry({ auth: { htpasswd: { user: "AWS", password: standIn.registryPassword } }, tls: ca.issue([ECR_HOST]) });
  await push(`${fixtureRef("accounts", "oci")}:latest`, `docker://${registry.host}/app:1.0`, { creds: `AWS:${standIn.registryPassword}`, tlsVerify: false });
  const inspected = execFileSync(
    "skopeo",
    ["inspect", "--tls-verify=false", "--creds", `AWS:${standIn.registryPassword}`, "--format", "{{.Digest}}", `docker://${registry.host}/app:1.0`],
    { encoding: "utf8" },
  );
  pushedDigest = inspected.trim();
  const dockerConfig = mkdtempSync(path.join(os.tmpdir(), "image-gate-docker-config-"));
  writeFileSync(path.join(dockerConfig, "config.json"), "{}");
  Object.assign(process.env, standIn.env(), { DOCKER_CONFIG: dockerConfig });
  tls.setDefaultCACertificates([...defaultCAs, readFileSync(ca.caCert, "utf8")]);
}, 180_000);

afterAll(async () => {
  process.env = savedEnv;
  tls.setDefaultCACertificates(defaultCAs);
  await registry?.stop();
  await standIn.stop();
});

beforeEach(() => {
  standIn.reset();
  // What the gate pulled and judged, and its scan.
  standIn.ecr.set("pulled", {
    repository: "app",
    tags: [],
    digest: pushedDigest,
    findings: [packageFinding("CVE-2024-8001", "CRITICAL", "openssl", "3.0.11")],
  });
  // The tag has moved on since: a clean image now carries it.
  standIn.ecr.set("moved", { repository: "app", tags: ["1.0"], digest: digestOf("moved"), findings: [] });
});

function policy(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "image-gate-policy-")), "policy.yaml");
  writeFileSync(file, "version: 1\nextends: default\nvulnerabilities:\n  sources: [ecr]\n");
  return file;
}

describe("--image docker:// in ECR: the scan of exactly the digest that was read", () => {
  it("reads the scan of the digest the registry resolved, never the tag's current digest", async () => {
    const image = `docker://${ECR_HOST}:${registry.port}/app:1.0`;
    const { report, exitCode } = await runGate({ image, policy: policy(), registry: { lookup }, clock, settleMs: 0 });
    expect(report.targets.image!.digest).toBe(pushedDigest);
    expect(report.targets.ecrImage).toMatchObject({ repository: "app", tag: "1.0", digest: pushedDigest });
    const described = standIn.callsOf("DescribeImages").map((call) => call.body.imageIds);
    expect(described.length).toBeGreaterThan(0);
    expect(described.every((ids) => JSON.stringify(ids) === JSON.stringify([{ imageDigest: pushedDigest }]))).toBe(true);
    expect(standIn.callsOf("DescribeImageScanFindings").every((call) => (call.body.imageId as { imageDigest: string }).imageDigest === pushedDigest)).toBe(
      true,
    );
    expect(report.findings.filter((finding) => finding.check === "vulnerability").map((finding) => finding.id)).toEqual(["CVE-2024-8001"]);
    expect(exitCode).toBe(1);
  });

  it("the same with --ecr-image naming the same tag; another tag is resolved on its own", async () => {
    const image = `docker://${ECR_HOST}:${registry.port}/app:1.0`;
    const same = await runGate({ image, ecrImage: `${ECR_HOST}:${registry.port}/app:1.0`, policy: policy(), registry: { lookup }, clock, settleMs: 0 });
    expect(same.report.targets.ecrImage!.digest).toBe(pushedDigest);
    standIn.ecr.get("moved")!.tags = ["1.0", "latest"];
    standIn.calls.length = 0;
    const other = await runGate({ image, ecrImage: `${ECR_HOST}:${registry.port}/app:latest`, policy: policy(), registry: { lookup }, clock, settleMs: 0 });
    expect(other.report.targets.ecrImage!.digest).toBe(digestOf("moved"));
    expect(standIn.callsOf("DescribeImages").map((call) => call.body.imageIds)).toEqual([[{ imageTag: "latest" }]]);
  });
});
