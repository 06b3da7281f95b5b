import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { LookupFunction } from "node:net";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecidedFinding } from "../../src/findings.ts";
import { runGate } from "../../src/gate.ts";
import { parseImageReference } from "../../src/image/reference.ts";
import { RegistryClient } from "../../src/image/registry.ts";
import { AwsStandIn } from "../helpers/aws-stand-in.ts";
import { runCliAsync } from "../helpers/cli.ts";
import { fixtureRef } from "../helpers/images.ts";
import { makeCa, push, REGISTRY_PASSWORD, REGISTRY_USER, startRegistry, type RunningRegistry } from "../helpers/registry.ts";
import { retag, startTagListDouble } from "../helpers/tag-registry.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

/** Tags of team/node in the loopback registry: versions, variants, pre-releases, moving names. */
const NODE_TAGS = [
  "20",
  "20.11",
  "20.11.0",
  "20.11.1",
  "20.12.0",
  "20-alpine",
  "20.11.0-alpine",
  "20.11.1-alpine",
  "22",
  "22.1.0",
  "23.0.0-rc.1",
  "latest",
  "lts-alpine",
];

let registry: RunningRegistry;
const emptyDockerConfig = mkdtempSync(path.join(os.tmpdir(), "image-gate-docker-config-"));
writeFileSync(path.join(emptyDockerConfig, "config.json"), "{}");

beforeAll(async () => {
  registry = await startRegistry({ auth: "none" });
  await push(`${fixtureRef("clean", "oci")}:latest`, `docker://${registry.host}/team/node:20.11.0`);
  for (const tag of NODE_TAGS) if (tag !== "20.11.0") await retag(registry.host, "team/node", "20.11.0", tag);
}, 180_000);
afterAll(() => registry?.stop());

/** A working directory with a Dockerfile and a policy. */
function workspace(dockerfile: string, policy: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-tags-"));
  writeFileSync(path.join(dir, "Dockerfile"), dockerfile);
  writeFileSync(path.join(dir, ".image-gate.yaml"), policy);
  return dir;
}

const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: DecidedFinding[] }).findings;

describe("tag lists through the registry client", () => {
  it("reads every tag of a CNCF distribution registry, following its Link header page by page", async () => {
    const client = new RegistryClient(parseImageReference(`${registry.host}/team/node`));
    expect((await client.listTags(3)).sort()).toEqual([...NODE_TAGS].sort());
    expect((await client.listTags()).sort()).toEqual([...NODE_TAGS].sort());
  });

  it("pages Docker Hub style: a Bearer token for the repository, n and last, relative Link headers", async () => {
    const tags = Array.from({ length: 25 }, (_, index) => `1.${index}.0`);
    const hub = await startTagListDouble({ repository: "library/node", tags, maxPage: 10, bearer: true, link: "relative" });
    try {
      const listed = await new RegistryClient(parseImageReference(`${hub.host}/library/node`)).listTags(100);
      expect(listed.sort()).toEqual([...tags].sort());
      const lists = hub.requests.filter((request) => request.includes("/tags/list"));
      // The first ask is answered with the token challenge; then three pages of at most 10.
      const sorted = [...tags].sort();
      expect(lists).toEqual([
        "GET /v2/library/node/tags/list?n=100",
        "GET /v2/library/node/tags/list?n=100",
        `GET /v2/library/node/tags/list?last=${sorted[9]}&n=10`,
        `GET /v2/library/node/tags/list?last=${sorted[19]}&n=10`,
      ]);
      expect(hub.requests).toContain("GET /token?service=registry.docker.io&scope=repository%3Alibrary%2Fnode%3Apull");
    } finally {
      await hub.stop();
    }
  });

  it("follows an absolute Link on the same host, asks from the last tag when a full page has no Link, and refuses loops and other hosts", async () => {
    const tags = Array.from({ length: 7 }, (_, index) => `v0.0.${index}`);
    for (const link of ["absolute", "none"] as const) {
      const double = await startTagListDouble({ repository: "acme/tool", tags, maxPage: 3, link });
      try {
        expect((await new RegistryClient(parseImageReference(`${double.host}/acme/tool`)).listTags(3)).sort()).toEqual(tags);
      } finally {
        await double.stop();
      }
    }
    for (const [link, message] of [
      ["loop", /the tag list at 127\.0\.0\.1:\d+ pages in a loop/],
      ["foreign", /the tag list's next page points away from 127\.0\.0\.1:\d+/],
    ] as const) {
      const double = await startTagListDouble({ repository: "acme/tool", tags, maxPage: 3, link });
      try {
        await expect(new RegistryClient(parseImageReference(`${double.host}/acme/tool`)).listTags(3)).rejects.toThrow(message);
      } finally {
        await double.stop();
      }
    }
  });

  it("a missing repository is a clear error", async () => {
    await expect(new RegistryClient(parseImageReference(`${registry.host}/team/nothing`)).listTags()).rejects.toThrow(
      /repository team\/nothing not found at 127\.0\.0\.1:\d+/,
    );
  });
});

describe("outdated-base-image through the gate", () => {
  const rangePolicy = [
    "version: 1",
    "extends: default",
    "checks:",
    "  outdated-base-image:",
    "    action: warn",
    "    newer: patch",
    "    ranges:",
    // Ranges are keyed by the normalized repository; the host carries the port.
    '      "REGISTRY/team/node": ">=20.12 <23"',
  ].join("\n");

  it("reports the newest patch, minor and major release of the same variant, and a tag outside the policy's range", async () => {
    const dir = workspace(
      [`FROM ${registry.host}/team/node:20.11.0 AS build`, `FROM ${registry.host}/team/node:20.11.0-alpine`, "USER 1000"].join("\n"),
      rangePolicy.replace("REGISTRY", registry.host),
    );
    const result = await runCliAsync(["--format", "json"], { cwd: dir, env: { DOCKER_CONFIG: emptyDockerConfig } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const outdated = findingsOf(result.stdout).filter((finding) => finding.check === "outdated-base-image");
    // Sorted: findings of one severity on one line are ordered by fingerprint, which holds the (random) port.
    expect(outdated.map((finding) => `${finding.rule}@${(finding.location as { line: number }).line}: ${finding.message}`).sort()).toEqual(
      [
        `patch-behind@1: FROM ${registry.host}/team/node:20.11.0 is a patch release behind: ${registry.host}/team/node:20.11.1 is the newest 20.11 release.`,
        `out-of-range@1: FROM ${registry.host}/team/node:20.11.0: 20.11.0 is outside the policy's range for ${registry.host}/team/node (>=20.12 <23); 22.1.0 is in range.`,
        `patch-behind@2: FROM ${registry.host}/team/node:20.11.0-alpine is a patch release behind: ${registry.host}/team/node:20.11.1-alpine is the newest alpine 20.11 release.`,
        `out-of-range@2: FROM ${registry.host}/team/node:20.11.0-alpine: 20.11.0 is outside the policy's range for ${registry.host}/team/node (>=20.12 <23).`,
        `minor-behind@1: FROM ${registry.host}/team/node:20.11.0 is a minor release behind: ${registry.host}/team/node:20.12.0 is the newest 20.x release.`,
        `major-behind@1: FROM ${registry.host}/team/node:20.11.0 is a major release behind: ${registry.host}/team/node:22.1.0 is the newest release.`,
      ].sort(),
    );
    expect(outdated.every((finding) => !finding.blocking && finding.action === "warn")).toBe(true);
  }, 60_000);

  it("reads the tag list with the Docker config's credentials, like docker://", async () => {
    const secured = await startRegistry({ auth: { htpasswd: { user: REGISTRY_USER, password: REGISTRY_PASSWORD } } });
    try {
      const creds = `${REGISTRY_USER}:${REGISTRY_PASSWORD}`;
      await push(`${fixtureRef("clean", "oci")}:latest`, `docker://${secured.host}/team/base:1.0.0`, { creds });
      await push(`${fixtureRef("clean", "oci")}:latest`, `docker://${secured.host}/team/base:1.0.1`, { creds });
      const dir = workspace(
        `FROM ${secured.host}/team/base:1.0.0\nUSER 1000\n`,
        "version: 1\nextends: default\nchecks:\n  outdated-base-image: { action: fail }\n",
      );
      const config = mkdtempSync(path.join(os.tmpdir(), "image-gate-docker-config-"));
      writeFileSync(path.join(config, "config.json"), JSON.stringify({ auths: { [secured.host]: { auth: Buffer.from(creds).toString("base64") } } }));
      const withCredentials = await runCliAsync(["--format", "json"], { cwd: dir, env: { DOCKER_CONFIG: config } });
      expect(withCredentials.code).toBe(1);
      expect(findingsOf(withCredentials.stdout).map((finding) => `${finding.check}/${finding.rule}`)).toContain("outdated-base-image/patch-behind");
      // Without them the list cannot be read: a warning by default, never a pass in silence.
      const anonymous = await runCliAsync(["--format", "json"], { cwd: dir, env: { DOCKER_CONFIG: emptyDockerConfig } });
      expect(anonymous.code).toBe(0);
      const unavailable = findingsOf(anonymous.stdout).find((finding) => finding.check === "outdated-base-image");
      expect(unavailable).toMatchObject({ rule: "tags-unavailable", severity: "info", blocking: false, action: "fail" });
      expect(unavailable!.message).toMatch(/requires credentials and none were found/);
      expect(anonymous.stdout).not.toContain(REGISTRY_PASSWORD);
    } finally {
      await secured.stop();
    }
  }, 120_000);

  it("on-unavailable: fail stops the run with one line (exit 2); audit mode reports it instead", async () => {
    const dir = workspace(
      "FROM 127.0.0.1:9/team/node:20.11.0\nUSER 1000\n",
      "version: 1\nextends: default\nchecks:\n  outdated-base-image: { action: warn, on-unavailable: fail }\n",
    );
    const enforce = await runCliAsync([], { cwd: dir, env: { DOCKER_CONFIG: emptyDockerConfig } });
    expect(enforce.code).toBe(2);
    expect(enforce.stderr.trim().split("\n")).toHaveLength(1);
    expect(enforce.stderr).toMatch(
      /^image-gate: error: 127\.0\.0\.1:9: cannot connect \(connection refused\) \(the tag list of 127\.0\.0\.1:9\/team\/node; checks\.outdated-base-image\.on-unavailable is fail\)$/m,
    );
    const audit = await runCliAsync(["--mode", "audit", "--format", "json"], { cwd: dir, env: { DOCKER_CONFIG: emptyDockerConfig } });
    expect(audit.code).toBe(0);
    expect(findingsOf(audit.stdout).map((finding) => finding.rule)).toContain("tags-unavailable");
  }, 60_000);

  it("makes no request when the check is off (the default preset) and one tag list per repository when it is on (strict)", async () => {
    const hub = await startTagListDouble({ repository: "library/node", tags: ["20.11.0", "20.11.1", "22.0.0"], bearer: true });
    try {
      const dockerfile = [
        `FROM ${hub.host}/library/node:20.11.0 AS a`,
        `FROM ${hub.host}/library/node:22.0.0 AS b`,
        `FROM ${hub.host}/library/node:20.11.0`,
        "USER 1000",
      ].join("\n");
      for (const policy of ["version: 1\nextends: default\n", "version: 1\nextends: strict\nchecks:\n  outdated-base-image: { action: off }\n"]) {
        const off = await runCliAsync(["--format", "json"], { cwd: workspace(dockerfile, policy), env: { DOCKER_CONFIG: emptyDockerConfig } });
        expect(off.stderr).toBe("");
        expect(findingsOf(off.stdout).some((finding) => finding.check === "outdated-base-image")).toBe(false);
      }
      expect(hub.requests).toEqual([]);
      const strict = await runCliAsync(["--format", "json"], {
        cwd: workspace(dockerfile, "version: 1\nextends: strict\n"),
        env: { DOCKER_CONFIG: emptyDockerConfig },
      });
      expect(
        findingsOf(strict.stdout)
          .filter((finding) => finding.check === "outdated-base-image")
          .map((finding) => `${finding.rule}@${(finding.location as { line: number }).line}`),
      ).toEqual(["patch-behind@1", "patch-behind@3", "major-behind@1", "major-behind@3"]);
      // Three FROMs of one repository: its tag list is read once (after the token challenge).
      expect(hub.requests.filter((request) => request.includes("/tags/list?n=1000"))).toEqual([
        "GET /v2/library/node/tags/list?n=1000",
        "GET /v2/library/node/tags/list?n=1000",
      ]);
    } finally {
      await hub.stop();
    }
  }, 60_000);
});

describe("ECR: tag lists with the registry login from GetAuthorizationToken", () => {
  const ECR_HOST = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

  it("lists an ECR repository's tags through the same client as docker://", async () => {
    // As in the docker:// ECR test: the ECR name resolves to loopback inside this test only.
    const standIn = await new AwsStandIn().start();
    const ca = makeCa();
    const ecr = await startRegistry({ auth: { htpasswd: { user: "AWS", password: standIn.registryPassword } }, tls: ca.issue([ECR_HOST]) });
    const savedEnv = { ...process.env };
    const lookup = ((hostname: string, options: unknown, callback?: unknown) => {
      const done = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
      const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
      if (hostname !== ECR_HOST) return done(new Error(`unexpected lookup of ${hostname}`));
      return all ? done(null, [{ address: "127.0.0.1", family: 4 }]) : done(null, "127.0.0.1", 4);
    }) as unknown as LookupFunction;
    const defaultCAs = tls.getCACertificates("default");
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-ecr-tags-"));
    try {
      for (const tag of ["3.19.0", "3.19.1", "3.20.0"]) {
        await push(`${fixtureRef("clean", "oci")}:latest`, `docker://${ecr.host}/base/alpine:${tag}`, {
          creds: `AWS:${standIn.registryPassword}`,
          tlsVerify: false,
        });
      }
      writeFileSync(path.join(dir, "Dockerfile"), `FROM ${ECR_HOST}:${ecr.port}/base/alpine:3.19.0\nUSER 1000\n`);
      Object.assign(process.env, standIn.env(), { DOCKER_CONFIG: emptyDockerConfig });
      tls.setDefaultCACertificates([...defaultCAs, readFileSync(ca.caCert, "utf8")]);
      const { report } = await runGate({ dockerfile: "Dockerfile", cwd: dir, policy: "strict", registry: { lookup } });
      expect(report.findings.filter((finding) => finding.check === "outdated-base-image").map((finding) => finding.message)).toEqual([
        `FROM ${ECR_HOST}:${ecr.port}/base/alpine:3.19.0 is a patch release behind: ${ECR_HOST}:${ecr.port}/base/alpine:3.19.1 is the newest 3.19 release.`,
        `FROM ${ECR_HOST}:${ecr.port}/base/alpine:3.19.0 is a minor release behind: ${ECR_HOST}:${ecr.port}/base/alpine:3.20.0 is the newest 3.x release.`,
      ]);
      expect(standIn.calls.some((call) => call.operation === "GetAuthorizationToken")).toBe(true);
      // strict wants digests: the finding carries the pin, with the digest the tag points to now.
      const pin = report.findings.find((finding) => finding.check === "mutable-tag");
      expect(pin?.fix?.replacement).toMatch(new RegExp(`^${ECR_HOST}:${ecr.port}/base/alpine:3\\.19\\.0@sha256:[0-9a-f]{64}$`));
    } finally {
      process.env = savedEnv;
      tls.setDefaultCACertificates(defaultCAs);
      await ecr.stop();
      await standIn.stop();
    }
  }, 120_000);
});
