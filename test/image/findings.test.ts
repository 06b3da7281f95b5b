import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DecidedFinding } from "../../src/findings.ts";
import { runGate } from "../../src/gate.ts";
import { runCli } from "../helpers/cli.ts";
import { DAEMON_ARCHIVES, FIXTURE_SECRETS, fixtureRef, STAND_IN_DOCKER_DIR } from "../helpers/images.ts";
import { ROOT } from "../helpers/paths.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

const summary = (findings: DecidedFinding[], check: string) =>
  findings
    .filter((finding) => finding.check === check)
    .map((finding) => {
      const location = finding.location as { path?: string; config?: string; deleted?: boolean };
      return `${finding.rule} ${location.path ?? `config.${location.config}`}${location.deleted ? " (deleted)" : ""}`;
    })
    .sort();

const gate = async (image: Parameters<typeof fixtureRef>[0], dockerfile?: string) => {
  const options: Parameters<typeof runGate>[0] = { image: fixtureRef(image, "oci"), policy: "default" };
  if (dockerfile) options.dockerfile = dockerfile;
  return (await runGate(options)).report;
};

describe("secrets image: what actually ships", () => {
  it("finds live and deleted credential files, config Env and build args in the history", async () => {
    const report = await gate("secrets");
    expect(summary(report.findings, "secret")).toEqual([
      "aws-access-key-id /root/.aws/credentials (deleted)",
      "aws-secret-access-key /root/.aws/credentials (deleted)",
      "credential-assignment /app/.env",
      "github-pat config.Env[1]",
      "npm-access-token /home/app/.npmrc",
      "npm-access-token config.history[7].created_by",
      "private-key /root/.ssh/id_rsa (deleted)",
    ]);
    const key = report.findings.find((finding) => finding.rule === "private-key")!;
    // Copied in one layer, rewritten by chmod in the next, removed in a third: both copies ship.
    expect(key.locations?.map((location) => (location as { deleted: boolean }).deleted)).toEqual([true, true]);
    const deploy = report.findings.find((finding) => finding.rule === "github-pat")!;
    expect(deploy.locations?.map((location) => (location as { config: string }).config)).toEqual(["Env[1]", "history[7].created_by", "history[8].created_by"]);
    expect(report.verdict).toBe("fail");
  });

  it("with the Dockerfile too: the build args that leaked are named at their ARG lines", async () => {
    const report = await gate("secrets", path.join(ROOT, "test/images/secrets/Dockerfile"));
    expect(report.findings.filter((finding) => finding.check === "secret-build-arg").map((finding) => (finding.location as { line: number }).line)).toEqual([
      2, 3,
    ]);
  });

  it("never prints a credential, in any format", () => {
    for (const format of ["table", "json"]) {
      const result = runCli(["--image", fixtureRef("secrets", "oci"), "--format", format, "test/images/secrets/Dockerfile"], { cwd: ROOT });
      expect(result.code).toBe(1);
      for (const value of Object.values(FIXTURE_SECRETS)) {
        const needle = value.includes("\n") ? value.split("\n")[1]! : value;
        expect(result.stdout).not.toContain(needle);
        expect(result.stderr).not.toContain(needle);
      }
    }
  });
});

describe("accounts image: the image's own /etc/passwd decides", () => {
  it("a user name that maps to uid 0 is root, and the account problems are found", async () => {
    const report = await gate("accounts");
    expect(summary(report.findings, "root-user")).toEqual(["passwd-uid-0 config.User"]);
    expect(summary(report.findings, "duplicate-ids")).toEqual(["uid-0-alias /etc/passwd"]);
    expect(summary(report.findings, "empty-password")).toEqual(["empty-passwd-field /etc/passwd", "empty-shadow-hash /etc/shadow"]);
  });

  it("one fact, one finding: the Dockerfile's USER root and the image's root user are listed together", async () => {
    const dockerfile = path.join(mkdtempSync(path.join(os.tmpdir(), "image-gate-df-")), "Dockerfile");
    writeFileSync(dockerfile, "FROM localhost/image-gate-test/base:1\nUSER root\n");
    const report = await gate("accounts", dockerfile);
    const root = report.findings.filter((finding) => finding.check === "root-user");
    expect(root).toHaveLength(1);
    expect(root[0]!.location).toEqual({ config: "User" });
    expect(root[0]!.locations).toEqual([{ config: "User" }, { file: dockerfile, line: 2 }]);
  });

  it("the image's facts win: a Dockerfile without USER over a non-root image is not root", async () => {
    const dockerfile = path.join(mkdtempSync(path.join(os.tmpdir(), "image-gate-df-")), "Dockerfile");
    writeFileSync(dockerfile, "FROM localhost/image-gate-test/clean:latest\n");
    const report = await gate("clean", dockerfile);
    expect(report.findings.filter((finding) => finding.check === "root-user")).toEqual([]);
  });
});

describe("hardening image", () => {
  it("finds setuid, world-writable, sudo, SSH and package caches, and nothing in scratch space", async () => {
    const report = await gate("hardening");
    expect(summary(report.findings, "setuid-files")).toEqual(["setuid /opt/tool/helper"]);
    expect(summary(report.findings, "world-writable-files")).toEqual(["world-writable-directory /data/open", "world-writable-file /opt/tool/config"]);
    expect(summary(report.findings, "sudo")).toEqual(["sudo-installed /usr/bin/sudo"]);
    expect(summary(report.findings, "ssh-port-exposed")).toEqual(["expose-22 config.ExposedPorts"]);
    expect(summary(report.findings, "package-cache")).toEqual(["apt-lists /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages"]);
    expect(report.verdict).toBe("pass");
  });
});

describe("clean image: precision", () => {
  it("text that only mentions credentials is not a finding", async () => {
    const report = await gate("clean", path.join(ROOT, "test/images/clean/Dockerfile"));
    expect(report.findings.map((finding) => finding.check).sort()).toEqual(["missing-healthcheck", "untrusted-base-image"]);
  });
});

describe("docker-daemon: docker save streamed through a stand-in docker", () => {
  const env = { PATH: `${STAND_IN_DOCKER_DIR}:${process.env.PATH}`, IMAGE_GATE_TEST_ARCHIVES: DAEMON_ARCHIVES };
  const findingsOf = (ref: string) => {
    const result = runCli(["--image", ref, "--format", "json"], { cwd: ROOT, env });
    expect(result.stderr).toBe("");
    return (JSON.parse(result.stdout) as { findings: DecidedFinding[] }).findings.map(({ check, rule, location, message }) => ({
      check,
      rule,
      location,
      message,
    }));
  };

  it("reads classic and Docker 25+ archives from the stream, with the same findings as the files", () => {
    const fromFile = findingsOf(fixtureRef("secrets", "docker-archive"));
    expect(findingsOf("docker-daemon:classic/secrets")).toEqual(fromFile);
    expect(findingsOf("docker-daemon:docker25/secrets")).toEqual(fromFile);
  });

  it("an image the daemon does not have, or no docker at all, is exit 2 with the reason", () => {
    const missing = runCli(["--image", "docker-daemon:nope/nothing"], { cwd: ROOT, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^image-gate: error: docker-daemon:nope\/nothing: docker save failed \(Error response from daemon: reference does not exist\)\n$/,
    );
    const nodocker = runCli(["--image", "docker-daemon:classic/secrets"], { cwd: ROOT, env: { PATH: path.dirname(process.execPath) } });
    expect(nodocker.code).toBe(2);
    expect(nodocker.stderr).toMatch(/the docker command is not on PATH/);
  });
});
