import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { signerSettings } from "../../src/checks/signer-options.ts";
import { runCli, systemNode } from "../helpers/cli.ts";
import { startRegistry, type RunningRegistry } from "../helpers/registry.ts";
import { RegistryDouble } from "../helpers/registry-double.ts";
import {
  cosignSign,
  ecKeyPair,
  GITHUB_ISSUER,
  keylessInstance,
  policyDir,
  pushCosignSignature,
  pushIndex,
  Pusher,
  simpleSigningPayload,
} from "../helpers/supply-chain.ts";
import { REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...REGISTRY_TOOLS);

let cncf: RunningRegistry;
let double: RegistryDouble;
const publisher = ecKeyPair();
beforeAll(async () => {
  cncf = await startRegistry({ auth: "none" });
  double = await new RegistryDouble().start();
}, 60_000);
afterAll(async () => {
  await cncf?.stop();
  await double?.stop();
});

describe("unsigned-base-image", () => {
  it("resolves each FROM through its registry and reports the unsigned one on its line, with the base-image signers", async () => {
    const signedRepo = new Pusher(cncf.host, "base/signed");
    const signed = await pushIndex(signedRepo, "3.20");
    await pushCosignSignature(signedRepo, signed.index, [
      { payload: simpleSigningPayload(signed.index), signature: cosignSign(simpleSigningPayload(signed.index), publisher.privateKey) },
    ]);
    await pushIndex(new Pusher(cncf.host, "base/unsigned"), "1");
    const dir = policyDir({
      "publisher.pub": publisher.publicPem,
      "policy.yaml": "version: 1\nchecks:\n  unsigned-base-image:\n    action: fail\n    signers: [ { cosign-key: publisher.pub } ]\n",
      Dockerfile: `ARG TOOLS\nFROM ${cncf.host}/base/unsigned:1 AS build\nRUN true\nFROM \${TOOLS} AS tools\nFROM ${cncf.host}/base/signed:3.20\nCOPY --from=build /etc/passwd /x\nUSER 1000\n`,
    });
    const { report } = await runGate({ dockerfile: "Dockerfile", policy: "policy.yaml", cwd: dir });
    const findings = report.findings.filter((finding) => finding.check === "unsigned-base-image");
    expect(findings.map((finding) => [finding.rule, finding.location])).toEqual([
      ["no-signature", { file: "Dockerfile", line: 2 }],
      ["no-signature", { file: "Dockerfile", line: 4 }],
    ]);
    expect(findings[0]!.message).toContain(`FROM ${cncf.host}/base/unsigned:1 (${cncf.host}/base/unsigned@sha256:`);
    expect(findings[1]!.message).toContain("TOOLS has no value");
  });

  it("reports a base image signed by someone else as untrusted-signer", async () => {
    const repo = new Pusher(cncf.host, "base/stranger");
    const image = await pushIndex(repo, "1");
    const stranger = ecKeyPair();
    await pushCosignSignature(repo, image.amd64, [
      { payload: simpleSigningPayload(image.amd64), signature: cosignSign(simpleSigningPayload(image.amd64), stranger.privateKey) },
    ]);
    const dir = policyDir({
      "publisher.pub": publisher.publicPem,
      "policy.yaml": "version: 1\nchecks:\n  unsigned-base-image: { action: warn, signers: [ { cosign-key: publisher.pub } ] }\n",
      Dockerfile: `FROM ${cncf.host}/base/stranger:1\nUSER 1000\n`,
    });
    const { report } = await runGate({ dockerfile: "Dockerfile", policy: "policy.yaml", cwd: dir });
    const findings = report.findings.filter((finding) => finding.check === "unsigned-base-image");
    expect(findings.map((finding) => [finding.rule, finding.blocking])).toEqual([["untrusted-signer", false]]);
  });

  it("reports a base image whose signature names another digest as invalid-signature", async () => {
    const repo = new Pusher(cncf.host, "base/copied");
    const image = await pushIndex(repo, "1");
    const payload = simpleSigningPayload(image.arm64);
    await pushCosignSignature(repo, image.amd64, [{ payload, signature: cosignSign(payload, publisher.privateKey) }]);
    const dir = policyDir({
      "publisher.pub": publisher.publicPem,
      "policy.yaml": "version: 1\nchecks:\n  unsigned-base-image: { action: fail, signers: [ { cosign-key: publisher.pub } ] }\n",
      Dockerfile: `FROM ${cncf.host}/base/copied:1\nUSER 1000\n`,
    });
    const { report } = await runGate({ dockerfile: "Dockerfile", policy: "policy.yaml", cwd: dir });
    const findings = report.findings.filter((finding) => finding.check === "unsigned-base-image");
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.blocking])).toEqual([["invalid-signature", "critical", true]]);
    expect(findings[0]!.message).toContain(`the signed payload names ${image.arm64}, not ${image.amd64}`);
  });
});

describe("supply-chain checks in the policy", () => {
  it("are off in the default preset and when a policy does not list them; strict turns on registry-settings and missing-attestations", () => {
    const ids = ["unsigned-image", "unsigned-base-image", "missing-attestations", "registry-settings"];
    const preset = loadPolicy("default", process.cwd());
    expect(ids.map((id) => preset.checks[id]!.action)).toEqual(["off", "off", "off", "off"]);
    const unlisted = loadPolicy(`${policyDir({ "p.yaml": "version: 1\n" })}/p.yaml`, process.cwd());
    expect(ids.map((id) => unlisted.checks[id]!.action)).toEqual(["off", "off", "off", "off"]);
    const strict = loadPolicy("strict", process.cwd());
    expect(ids.map((id) => strict.checks[id]!.action)).toEqual(["off", "off", "fail", "fail"]);
  });

  it("make no registry request when off, nor by default", async () => {
    const pusher = new Pusher(double.host, "quiet/app");
    await pushIndex(pusher, "1");
    for (const policy of [undefined, `${policyDir({ "p.yaml": "version: 1\nextends: default\nchecks:\n  missing-attestations: { action: off }\n" })}/p.yaml`]) {
      double.requests.length = 0;
      await runGate({ image: `docker://${double.host}/quiet/app:1`, ...(policy ? { policy } : {}) });
      expect(double.requests.filter((line) => /referrers|sha256-/.test(line))).toEqual([]);
    }
  });

  it("need signers to turn a signature check on, and name files relative to the policy", () => {
    const dir = policyDir({ "p.yaml": "version: 1\nchecks:\n  unsigned-image: { action: fail }\n" });
    expect(() => loadPolicy(`${dir}/p.yaml`, process.cwd())).toThrow(
      /checks\.unsigned-image\.signers: list at least one signer \(cosign-key, keyless or notation\)/,
    );
    const two = policyDir({
      "p.yaml": "version: 1\nchecks:\n  unsigned-image:\n    signers:\n      - cosign-key: a.pub\n        keyless: { issuer: x, identity: y }\n",
    });
    expect(() => loadPolicy(`${two}/p.yaml`, process.cwd())).toThrow(
      /p\.yaml:5: checks\.unsigned-image\.signers\[0\]: a signer is exactly one of cosign-key, keyless or notation/,
    );
    const typo = policyDir({ "p.yaml": "version: 1\nchecks:\n  unsigned-image:\n    signers:\n      - keyless: { issuer: x, identity: y, identiy: z }\n" });
    expect(() => loadPolicy(`${typo}/p.yaml`, process.cwd())).toThrow(/unknown key \(did you mean "identity"\?\)/);
    const policyDirectory = policyDir({ "p.yaml": "version: 1\nchecks:\n  unsigned-image: { action: warn, signers: [ { cosign-key: keys/c.pub } ] }\n" });
    const resolved = loadPolicy(`${policyDirectory}/p.yaml`, "/");
    expect(resolved.checks["unsigned-image"]!.options.signers).toEqual([{ "cosign-key": `${policyDirectory}/keys/c.pub` }]);
    expect(signerSettings(resolved.checks["unsigned-image"]!.options, policyDirectory).signers[0]).toEqual({
      kind: "cosign-key",
      file: `${policyDirectory}/keys/c.pub`,
      shown: "keys/c.pub",
    });
  });

  it("stop with one line naming the file when a signer's key cannot be read", async () => {
    const pusher = new Pusher(cncf.host, "policy/missing-key");
    await pushIndex(pusher, "1");
    const dir = policyDir({
      "p.yaml": "version: 1\nchecks:\n  unsigned-image: { action: fail, signers: [ { cosign-key: nowhere.pub } ] }\n",
      "bad.pub": "not a key",
    });
    await expect(runGate({ image: `docker://${cncf.host}/policy/missing-key:1`, policy: `${dir}/p.yaml` })).rejects.toThrow(
      /\/nowhere\.pub: cannot read the cosign public key \(no such file\)/,
    );
    writeFileSync(`${dir}/p.yaml`, "version: 1\nchecks:\n  unsigned-image: { action: fail, signers: [ { cosign-key: bad.pub } ] }\n");
    await expect(runGate({ image: `docker://${cncf.host}/policy/missing-key:1`, policy: `${dir}/p.yaml` })).rejects.toThrow(/bad\.pub: not a PEM public key/);
  });
});

describe("the published CLI", () => {
  it("gates on signatures on the machine's Node (keyless and key), exit 0 signed, 1 unsigned, 2 unreadable trust root", async () => {
    const sigstore = await keylessInstance();
    const identity = "https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0";
    const pusher = new Pusher(cncf.host, "cli/app");
    const image = await pushIndex(pusher, "1.0");
    const payload = simpleSigningPayload(image.index);
    const signed = await sigstore.sign(identity, payload);
    await pushCosignSignature(pusher, image.index, [
      {
        payload,
        signature: signed.signature,
        annotations: { "dev.sigstore.cosign/certificate": signed.certificatePem, "dev.sigstore.cosign/bundle": signed.rekorBundle },
      },
    ]);
    await pushIndex(new Pusher(cncf.host, "cli/unsigned"), "1.0");
    const dir = policyDir({
      "trusted_root.json": sigstore.trustedRoot,
      "broken_root.json": "{ not json",
      ".image-gate.yaml": `version: 1\nchecks:\n  unsigned-image:\n    action: fail\n    trusted-root: trusted_root.json\n    signers:\n      - keyless: { issuer: "${GITHUB_ISSUER}", identity: "https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*" }\n`,
    });
    const node = systemNode();
    const ok = runCli(["--image", `docker://${cncf.host}/cli/app:1.0`, "--format", "json"], { cwd: dir, ...(node ? { node } : {}) });
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    const failed = runCli(["--image", `docker://${cncf.host}/cli/unsigned:1.0`], { cwd: dir, ...(node ? { node } : {}) });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("The image is not signed: no signature found for index");
    writeFileSync(
      `${dir}/.image-gate.yaml`,
      `version: 1\nchecks:\n  unsigned-image:\n    action: fail\n    trusted-root: broken_root.json\n    signers: [ { keyless: { issuer: x, identity: y } } ]\n`,
    );
    const broken = runCli(["--image", `docker://${cncf.host}/cli/app:1.0`], { cwd: dir, ...(node ? { node } : {}) });
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split("\n")).toHaveLength(1);
    expect(broken.stderr).toContain("image-gate: error: broken_root.json: not a Sigstore trusted root");
  });
});
