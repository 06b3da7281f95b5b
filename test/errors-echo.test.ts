/**
 * Every error path that quotes input, fed credentials: the one-line message names the problem
 * and never prints the credential (parse errors, policy errors, bad flags and inputs, JSON files,
 * registry references with userinfo).
 */

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dockerConfigCredential } from "../src/image/credentials.ts";
import { runCli, workspace } from "./helpers/cli.ts";
import { fake } from "./helpers/fake-secrets.ts";

const token = fake.githubPat("echo");
const awsSecret = fake.awsSecretKey("echo");
const password = fake.password("echo");

/** What must never appear: the values, and any long piece of them. */
function expectNoCredential(text: string): void {
  for (const value of [token, awsSecret, password]) {
    expect(text).not.toContain(value);
    expect(text).not.toContain(value.slice(4, 14));
  }
}

const cases: Array<[string, string[], Record<string, string | Buffer>]> = [
  ["a Dockerfile line that is not an instruction", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19\nENV A=1 \\\n  B=2\nAWS_SECRET_ACCESS_KEY=${awsSecret}\n` }],
  ["an unknown instruction holding a token", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19\n${token} x\n` }],
  ["an EXPOSE that is not a port", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19\nEXPOSE DB_PASSWORD=${password}\n` }],
  ["a STOPSIGNAL that is not a signal", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19\nSTOPSIGNAL ${token}\n` }],
  ["an ENV item without a value", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19\nENV A=1 ${token}\n` }],
  ["a HEALTHCHECK option", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19\nHEALTHCHECK --retries=${token} CMD true\n` }],
  ["a FROM with too many words", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19 DB_PASSWORD=${password} AS x y\n` }],
  ["a stage name", ["Dockerfile"], { Dockerfile: `FROM alpine:3.19 AS ${token}!\n` }],
  ["an image reference", ["Dockerfile"], { Dockerfile: `FROM registry.acme.io/app:${token}!\n` }],
  ["a policy value of the wrong type", ["--policy", "p.yaml", "Dockerfile"], { "p.yaml": `version: 1\nmode: ${token}\n`, Dockerfile: "FROM alpine:3.19\n" }],
  [
    "a policy key",
    ["--policy", "p.yaml", "Dockerfile"],
    { "p.yaml": `version: 1\nchecks:\n  secret: { action: fail, ${token}: 1 }\n`, Dockerfile: "FROM alpine:3.19\n" },
  ],
  [
    "a policy size",
    ["--policy", "p.yaml", "Dockerfile"],
    { "p.yaml": `version: 1\nlimits: { max-file-size: "DB_PASSWORD=${password}" }\n`, Dockerfile: "FROM alpine:3.19\n" },
  ],
  ["invalid policy YAML", ["--policy", "p.yaml", "Dockerfile"], { "p.yaml": `version: 1\ntoken: "${token}\n  x: [\n`, Dockerfile: "FROM alpine:3.19\n" }],
  ["a policy name", ["--policy", `DB_PASSWORD=${password}`, "Dockerfile"], { Dockerfile: "FROM alpine:3.19\n" }],
  ["--mode", ["--mode", token, "Dockerfile"], { Dockerfile: "FROM alpine:3.19\n" }],
  ["--format", ["--format", `AWS_SECRET_ACCESS_KEY=${awsSecret}`, "Dockerfile"], { Dockerfile: "FROM alpine:3.19\n" }],
  ["--report", ["--report", `DB_PASSWORD=${password}`, "Dockerfile"], { Dockerfile: "FROM alpine:3.19\n" }],
  ["--build-arg name", ["--build-arg", `${token}!=1`, "Dockerfile"], { Dockerfile: "FROM alpine:3.19\n" }],
  ["--platform", ["--platform", `linux/${token}!`, "Dockerfile"], { Dockerfile: "FROM alpine:3.19\n" }],
  ["an unknown flag", [`--token=${token}`, "Dockerfile"], { Dockerfile: "FROM alpine:3.19\n" }],
  ["--image with an unknown transport", ["--image", `DB_PASSWORD=${password}`], {}],
  ["--image docker:// with userinfo", ["--image", `docker://ci:${password}@registry.acme.io/app:1`], {}],
  ["--image docker:// with a token as userinfo", ["--image", `docker://${token}@registry.acme.io/app:1`], {}],
  ["--ecr-image with userinfo", ["--ecr", "--ecr-image", `AWS:${password}@123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1`], {}],
  ["--ecr-image that is not ECR", ["--ecr", "--ecr-image", `registry.acme.io/${token}`], {}],
  ["scan results that are not JSON", ["--scan-results", "results.json"], { "results.json": `AWS_SECRET_ACCESS_KEY=${awsSecret}\n` }],
  ["scan results that are broken JSON", ["--scan-results", "results.json"], { "results.json": `{"imageScanFindings": {"token": "${token}" oops}}` }],
  [
    "a policy regex that backtracks",
    ["--policy", "p.yaml", "Dockerfile"],
    { "p.yaml": `version: 1\nchecks:\n  secret:\n    rules:\n      - { id: acme, title: "${password}", regex: "(a+)+$" }\n`, Dockerfile: "FROM alpine:3.19\n" },
  ],
];

describe("errors that quote input never print a credential", () => {
  it.each(cases)("%s", (_label, args, files) => {
    const dir = workspace(files);
    const result = runCli(args, { cwd: dir, env: { DOCKER_CONFIG: path.join(dir, ".docker") } });
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^image-gate: error: /);
    expect(lines[0]!.length).toBeLessThan(600);
    expectNoCredential(result.stdout + result.stderr);
  });

  it("a Docker config that is not JSON is named without quoting it", async () => {
    const dir = workspace({});
    mkdirSync(path.join(dir, ".docker"));
    const auth = Buffer.from(`me:${password}`).toString("base64");
    writeFileSync(path.join(dir, ".docker", "config.json"), `{"auths": {"ghcr.io": {"auth": "${auth}" x}}}`);
    const previous = process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = path.join(dir, ".docker");
    try {
      const error = await dockerConfigCredential("ghcr.io").then(
        () => undefined,
        (failure: unknown) => failure as Error,
      );
      expect(error?.message).toMatch(/config\.json: cannot read the Docker config \(not valid JSON/);
      expectNoCredential(error!.message);
      expect(error!.message).not.toContain(auth.slice(0, 12));
    } finally {
      if (previous === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = previous;
    }
  });

  it("says where credentials for a registry belong", () => {
    const result = runCli(["--image", `docker://ci:${password}@registry.acme.io/app:1`], { cwd: workspace({}) });
    expect(result.stderr).toContain("docker://registry.acme.io/app:1");
    expect(result.stderr).toMatch(/Credentials belong in the Docker config/);
  });
});
