import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { LookupFunction } from "node:net";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecidedFinding } from "../../src/findings.ts";
import { runGate } from "../../src/gate.ts";
import { runCli, runCliAsync } from "../helpers/cli.ts";
import { AwsStandIn } from "../helpers/aws-stand-in.ts";
import { FIXTURES, fixtureRef } from "../helpers/images.ts";
import { ROOT } from "../helpers/paths.ts";
import {
  makeCa,
  push,
  pushTwoPlatformIndex,
  REGISTRY_PASSWORD,
  REGISTRY_USER,
  startFlakyProxy,
  startRegistry,
  startTokenServer,
  type RunningRegistry,
} from "../helpers/registry.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

const CREDS = `${REGISTRY_USER}:${REGISTRY_PASSWORD}`;

/** A Docker config with credentials for these hosts, as `docker login` writes it. */
function dockerConfig(entries: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-docker-config-"));
  const auths = Object.fromEntries(Object.entries(entries).map(([host, creds]) => [host, { auth: Buffer.from(creds).toString("base64") }]));
  writeFileSync(path.join(dir, "config.json"), JSON.stringify({ auths }));
  return dir;
}

const findingsOf = (stdout: string) =>
  (JSON.parse(stdout) as { findings: DecidedFinding[] }).findings.map(({ check, rule, location, message, evidence }) => ({
    check,
    rule,
    location,
    message,
    evidence,
  }));

let plain: RunningRegistry;
let config: string;

beforeAll(async () => {
  plain = await startRegistry({ auth: { htpasswd: { user: REGISTRY_USER, password: REGISTRY_PASSWORD } } });
  await push(`${fixtureRef("secrets", "oci")}:latest`, `docker://${plain.host}/team/secrets:1.0`, { creds: CREDS });
  await push(fixtureRef("accounts", "oci") + ":latest", `docker://${plain.host}/team/accounts:latest`, { creds: CREDS });
  pushTwoPlatformIndex(`docker://${plain.host}/team/multi:1`, CREDS, path.join(FIXTURES, "rootfs"));
  config = dockerConfig({ [plain.host]: CREDS });
}, 180_000);
afterAll(() => plain?.stop());

describe("docker:// against a real distribution registry (plain HTTP on loopback, htpasswd)", () => {
  it("gives the same findings as the same image read from a docker-archive, and records the digest the tag pointed to", async () => {
    const remote = await runCliAsync(["--image", `docker://${plain.host}/team/secrets:1.0`, "--format", "json"], { cwd: ROOT, env: { DOCKER_CONFIG: config } });
    expect(remote.stderr).toBe("");
    const local = runCli(["--image", fixtureRef("secrets", "docker-archive"), "--format", "json"], { cwd: ROOT });
    expect(findingsOf(remote.stdout)).toEqual(findingsOf(local.stdout));
    const targets = JSON.parse(remote.stdout).targets.image;
    expect(targets).toMatchObject({ transport: "docker", reference: `docker://${plain.host}/team/secrets:1.0` });
    expect(targets.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Pinning by that digest gives the same image.
    const pinned = await runCliAsync(["--image", `docker://${plain.host}/team/secrets@${targets.digest}`, "--format", "json"], {
      cwd: ROOT,
      env: { DOCKER_CONFIG: config },
    });
    expect(findingsOf(pinned.stdout)).toEqual(findingsOf(remote.stdout));
  });

  it("picks linux/amd64 from a two-platform index by default, --platform otherwise, and says which manifest it read", async () => {
    const amd64 = await runCliAsync(["--image", `docker://${plain.host}/team/multi:1`, "--format", "json"], { cwd: ROOT, env: { DOCKER_CONFIG: config } });
    const report = JSON.parse(amd64.stdout);
    expect(report.targets.image).toMatchObject({ platform: "linux/amd64", user: "1000" });
    expect(report.targets.image.manifestDigest).toMatch(/^sha256:/);
    expect(report.targets.image.manifestDigest).not.toBe(report.targets.image.digest);
    const arm64 = await runCliAsync(["--image", `docker://${plain.host}/team/multi:1`, "--platform", "linux/arm64", "--format", "json"], {
      cwd: ROOT,
      env: { DOCKER_CONFIG: config },
    });
    expect(JSON.parse(arm64.stdout).targets.image).toMatchObject({ platform: "linux/arm64", user: "root" });
    expect(JSON.parse(arm64.stdout).findings.some((finding: { check: string }) => finding.check === "root-user")).toBe(true);
  });

  it.each([
    ["wrong credentials", { DOCKER_CONFIG: "wrong" }, "team/secrets:1.0", /authentication failed at 127\.0\.0\.1:\d+ \(401\) using auths in .*config\.json/],
    ["no credentials", { DOCKER_CONFIG: "empty" }, "team/secrets:1.0", /requires credentials and none were found/],
    ["a missing repository", { DOCKER_CONFIG: "" }, "team/nothing:1", /repository team\/nothing not found at 127\.0\.0\.1:\d+/],
    ["a missing tag", { DOCKER_CONFIG: "" }, "team/secrets:9.9", /tag "9\.9" not found in team\/secrets/],
  ])("%s is exit 2 with one clear line", async (_label, env, image, pattern) => {
    const dockerConfigDir =
      env.DOCKER_CONFIG === "wrong"
        ? dockerConfig({ [plain.host]: `${REGISTRY_USER}:not-the-password` })
        : env.DOCKER_CONFIG === "empty"
          ? dockerConfig({})
          : config;
    const result = await runCliAsync(["--image", `docker://${plain.host}/${image}`], { cwd: ROOT, env: { DOCKER_CONFIG: dockerConfigDir } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toContain(REGISTRY_PASSWORD);
  });

  it("a registry that drops the connection mid-blob is exit 2; one that answers 503 once is retried", async () => {
    const dropping = await startFlakyProxy(plain.port, { dropBlobsAfter: 64 * 1024 });
    const proxyConfig = dockerConfig({ [`127.0.0.1:${dropping.port}`]: CREDS });
    const dropped = await runCliAsync(["--image", `docker://127.0.0.1:${dropping.port}/team/secrets:1.0`], { cwd: ROOT, env: { DOCKER_CONFIG: proxyConfig } });
    await dropping.stop();
    expect(dropped.code).toBe(2);
    expect(dropped.stderr).toMatch(
      /^image-gate: error: docker:\/\/127\.0\.0\.1:\d+\/team\/secrets:1\.0: layer \d+ \(sha256:[0-9a-f]{64}\): (?:cannot read the layer|corrupt gzip or tar data) \(/,
    );
    const flaky = await startFlakyProxy(plain.port, { fail503: 1 });
    const retried = await runCliAsync(["--image", `docker://127.0.0.1:${flaky.port}/team/accounts:latest`, "--format", "json"], {
      cwd: ROOT,
      env: { DOCKER_CONFIG: dockerConfig({ [`127.0.0.1:${flaky.port}`]: CREDS }) },
    });
    await flaky.stop();
    expect(retried.stderr).toBe("");
    expect(JSON.parse(retried.stdout).targets.image.user).toBe("app");
  });
});

describe("Bearer tokens from a token service", () => {
  it("follows the WWW-Authenticate challenge to the realm with the Docker config's credentials", async () => {
    const tokens = await startTokenServer({ service: "image-gate-test", issuer: "image-gate-test-issuer", user: REGISTRY_USER, password: REGISTRY_PASSWORD });
    const registry = await startRegistry({
      auth: { token: { realm: tokens.realm, service: "image-gate-test", issuer: "image-gate-test-issuer", rootCert: tokens.rootCert } },
    });
    try {
      await push(fixtureRef("accounts", "oci") + ":latest", `docker://${registry.host}/team/accounts:2`, { creds: CREDS });
      const pulls = tokens.requests.length;
      const result = await runCliAsync(["--image", `docker://${registry.host}/team/accounts:2`, "--format", "json"], {
        cwd: ROOT,
        env: { DOCKER_CONFIG: dockerConfig({ [registry.host]: CREDS }) },
      });
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout).findings.some((finding: { rule: string }) => finding.rule === "passwd-uid-0")).toBe(true);
      const asked = tokens.requests.slice(pulls);
      expect(asked.map((url) => [url.searchParams.get("service"), url.searchParams.get("scope")])).toContainEqual([
        "image-gate-test",
        "repository:team/accounts:pull",
      ]);
      const refused = await runCliAsync(["--image", `docker://${registry.host}/team/accounts:2`], {
        cwd: ROOT,
        env: { DOCKER_CONFIG: dockerConfig({ [registry.host]: `${REGISTRY_USER}:nope` }) },
      });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/the token service 127\.0\.0\.1:\d+ refused auths in .*config\.json \(401\)/);
    } finally {
      await registry.stop();
      await tokens.stop();
    }
  }, 120_000);
});

describe("TLS", () => {
  it("speaks HTTPS to a registry with a certificate from NODE_EXTRA_CA_CERTS, and refuses an unknown CA", async () => {
    const ca = makeCa();
    const registry = await startRegistry({
      auth: { htpasswd: { user: REGISTRY_USER, password: REGISTRY_PASSWORD } },
      tls: ca.issue(["127.0.0.1", "localhost"]),
    });
    try {
      await push(fixtureRef("accounts", "oci") + ":latest", `docker://${registry.host}/team/accounts:tls`, { creds: CREDS, tlsVerify: false });
      const env = { DOCKER_CONFIG: dockerConfig({ [registry.host]: CREDS }), NODE_EXTRA_CA_CERTS: ca.caCert };
      const trusted = await runCliAsync(["--image", `docker://${registry.host}/team/accounts:tls`, "--format", "json"], { cwd: ROOT, env });
      expect(trusted.stderr).toBe("");
      expect(JSON.parse(trusted.stdout).targets.image.user).toBe("app");
      const untrusted = await runCliAsync(["--image", `docker://${registry.host}/team/accounts:tls`], {
        cwd: ROOT,
        env: { ...env, NODE_EXTRA_CA_CERTS: undefined },
      });
      expect(untrusted.code).toBe(2);
      expect(untrusted.stderr).toMatch(/127\.0\.0\.1:\d+: TLS error: .*add the registry's CA with NODE_EXTRA_CA_CERTS/);
    } finally {
      await registry.stop();
    }
  }, 120_000);
});

describe("ECR: registry login through GetAuthorizationToken", () => {
  const ECR_HOST = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

  it("logs in with the token the (stand-in) AWS endpoint gives and reads the image over TLS", async () => {
    // The ECR name resolves to loopback inside this test only (the registry client's lookup), and the
    // registry listens on a free port: nothing on the machine changes.
    const standIn = await new AwsStandIn().start();
    const ca = makeCa();
    const registry = await startRegistry({ auth: { htpasswd: { user: "AWS", password: standIn.registryPassword } }, tls: ca.issue([ECR_HOST]) });
    const savedEnv = { ...process.env };
    const lookup = ((hostname: string, options: unknown, callback?: unknown) => {
      const done = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
      const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
      if (hostname !== ECR_HOST) return done(new Error(`unexpected lookup of ${hostname}`));
      return all ? done(null, [{ address: "127.0.0.1", family: 4 }]) : done(null, "127.0.0.1", 4);
    }) as unknown as LookupFunction;
    const defaultCAs = tls.getCACertificates("default");
    try {
      await push(fixtureRef("accounts", "oci") + ":latest", `docker://${registry.host}/app:1.0`, {
        creds: `AWS:${standIn.registryPassword}`,
        tlsVerify: false,
      });
      Object.assign(process.env, standIn.env(), { DOCKER_CONFIG: dockerConfig({}) });
      tls.setDefaultCACertificates([...defaultCAs, readFileSync(ca.caCert, "utf8")]);
      const image = `docker://${ECR_HOST}:${registry.port}/app:1.0`;
      const { report } = await runGate({ image, policy: "default", registry: { lookup } });
      expect(report.targets.image).toMatchObject({ transport: "docker", user: "app" });
      expect(standIn.calls.some((call) => call.operation === "GetAuthorizationToken")).toBe(true);
      standIn.registryPassword = "a-different-token";
      const denied = runGate({ image, policy: "default", registry: { lookup } });
      await expect(denied).rejects.toThrow(
        /authentication failed at 123456789012\.dkr\.ecr\.eu-west-1\.amazonaws\.com:\d+ \(401\) using ECR GetAuthorizationToken/,
      );
      const error = (await denied.catch((reason: unknown) => reason)) as Error;
      expect(error.message).not.toContain("a-different-token");
    } finally {
      process.env = savedEnv;
      tls.setDefaultCACertificates(defaultCAs);
      await registry.stop();
      await standIn.stop();
    }
  }, 120_000);
});
