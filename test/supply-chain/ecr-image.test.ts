import { readFileSync } from "node:fs";
import type { LookupFunction } from "node:net";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.ts";
import { AwsStandIn } from "../helpers/aws-stand-in.ts";
import { fixtureRef } from "../helpers/images.ts";
import { makeCa, startRegistry, type RunningRegistry } from "../helpers/registry.ts";
import { cosignSign, ecKeyPair, policyDir, pushCosignSignature, pushIndex, Pusher, sha256, simpleSigningPayload, statement } from "../helpers/supply-chain.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

const ECR_HOST = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

let standIn: AwsStandIn;
let registry: RunningRegistry;
let caPem: string;
const savedEnv = { ...process.env };
const defaultCAs = tls.getCACertificates("default");
// The ECR name resolves to loopback for the registry client only; nothing on the machine changes.
const lookup = ((hostname: string, options: unknown, callback?: unknown) => {
  const done = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
  const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
  if (hostname !== ECR_HOST) return done(new Error(`unexpected lookup of ${hostname}`));
  return all ? done(null, [{ address: "127.0.0.1", family: 4 }]) : done(null, "127.0.0.1", 4);
}) as unknown as LookupFunction;

beforeAll(async () => {
  standIn = await new AwsStandIn().start();
  const ca = makeCa();
  caPem = readFileSync(ca.caCert, "utf8");
  registry = await startRegistry({ auth: { htpasswd: { user: "AWS", password: standIn.registryPassword } }, tls: ca.issue([ECR_HOST]) });
  Object.assign(process.env, standIn.env());
  tls.setDefaultCACertificates([...defaultCAs, caPem]);
}, 60_000);
afterAll(async () => {
  process.env = savedEnv;
  tls.setDefaultCACertificates(defaultCAs);
  await registry?.stop();
  await standIn?.stop();
});

describe("--ecr-image: the pushed copy's signatures, attestations and repository", () => {
  it("judges the ECR image (logged in through GetAuthorizationToken) while the layers come from the local archive", async () => {
    const pusher = new Pusher(`${ECR_HOST}:${registry.port}`, "app", { tls: { ca: caPem, servername: ECR_HOST }, creds: `AWS:${standIn.registryPassword}` });
    const provenance = { buildDefinition: { resolvedDependencies: [{ uri: "pkg:docker/alpine@3.20", digest: { sha256: sha256("alpine").slice(7) } }] } };
    const image = await pushIndex(pusher, "1.0", (platform) => [
      statement(platform, "https://spdx.dev/Document"),
      statement(platform, "https://slsa.dev/provenance/v1", provenance),
    ]);
    const key = ecKeyPair();
    await pushCosignSignature(pusher, image.index, [
      { payload: simpleSigningPayload(image.index), signature: cosignSign(simpleSigningPayload(image.index), key.privateKey) },
    ]);
    standIn.scanType = "BASIC";
    standIn.repositories.set("app", { name: "app", imageTagMutability: "MUTABLE", encryptionType: "KMS", scanFrequency: "SCAN_ON_PUSH", scanOnPush: true });
    const policy = `${policyDir({
      "release.pub": key.publicPem,
      "policy.yaml": [
        "version: 1",
        "checks:",
        "  unsigned-image: { action: fail, signers: [ { cosign-key: release.pub } ] }",
        "  missing-attestations: { action: fail }",
        "  registry-settings: { action: fail }",
        "",
      ].join("\n"),
    })}/policy.yaml`;
    const { report } = await runGate({
      image: fixtureRef("clean", "docker-archive"),
      ecrImage: `${ECR_HOST}:${registry.port}/app:1.0`,
      policy,
      registry: { lookup },
    });
    const supplyChain = report.findings.filter((finding) => ["unsigned-image", "missing-attestations", "registry-settings"].includes(finding.check));
    expect(supplyChain.map((finding) => [finding.check, finding.rule])).toEqual([["registry-settings", "mutable-tags"]]);
    expect(report.targets.image?.base).toEqual({ source: "provenance", name: "docker.io/library/alpine:3.20", digest: sha256("alpine") });
    expect(report.checks.filter((check) => check.notApplicable !== undefined)).toEqual([]);
    expect(standIn.calls.some((call) => call.operation === "GetAuthorizationToken")).toBe(true);
  }, 120_000);
});
