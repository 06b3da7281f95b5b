/**
 * Checks declare what they need from an image (`imageNeeds`); the gate merges the needs of the
 * checks the policy turns on, and the layer walker reads exactly that: no rule of its own, no
 * I/O for a check that is off, every layer still read once and verified. Observed through the
 * image model, in this thread, on the layer threads of the built CLI, and through docker save.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHECKS } from "../../src/checks/index.ts";
import { imageNeedsOf, imageNeedsOfEnabledChecks } from "../../src/checks/image-needs.ts";
import { runGate } from "../../src/gate.ts";
import { LayerThreads } from "../../src/image/layer-threads.ts";
import { DEFAULT_LIMITS, emptyScan, walkLayer } from "../../src/image/layer-walker.ts";
import { loadImage } from "../../src/image/load.ts";
import type { ImageModel, LayerEntry, LayerScan } from "../../src/image/model.ts";
import { mergeImageNeeds, readPlan, VERIFY_ONLY, type ImageNeeds, type MergedImageNeeds } from "../../src/image/needs.ts";
import { loadPolicy } from "../../src/policy/load.ts";
import { defaultScanner, type SecretScanner } from "../../src/secrets/scanner.ts";
import { runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake-secrets.ts";
import { EVERY_CHECK_NEEDS } from "../helpers/image-needs.ts";
import { DAEMON_ARCHIVES, fixtureRef, STAND_IN_DOCKER_DIR } from "../helpers/images.ts";
import { ociLayout, tarOf } from "../helpers/oci-layout.ts";
import { BUILD_DIR, ROOT } from "../helpers/paths.ts";

const token = fake.githubPat("needs");
const PASSWD = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n";
const SUDOERS = "root ALL=(ALL) ALL\napp ALL=(ALL) NOPASSWD: ALL\n";

/** A layer holding account databases, sudo's rules, dpkg checksums, an odd config file and a credential. */
async function sampleLayer(): Promise<Buffer> {
  return tarOf([
    { name: "etc/", type: "directory" },
    { name: "etc/passwd", content: PASSWD },
    { name: "etc/group", content: "root:x:0:\napp:x:1000:\n" },
    { name: "etc/shadow", content: "root:*:19000::::::\napp:!:19000::::::\n" },
    { name: "etc/sudoers", content: SUDOERS },
    { name: "var/lib/dpkg/info/base.md5sums", content: `${"0".repeat(32)}  usr/bin/true\n` },
    { name: "srv/odd.conf", content: "answer = 42\n" },
    { name: "srv/deploy.env", content: `GITHUB_TOKEN=${token}\n` },
    { name: "usr/bin/sudo", content: "\x7fELF\x02\x01\x01\x00binary", mode: 0o4755 },
  ]);
}

const policies = mkdtempSync(path.join(os.tmpdir(), "image-gate-needs-"));
let written = 0;

/** A policy file: the default preset with the given checks off, and the given check lines (`root-user: { passwordless-sudo: false }`). */
function policyWithOff(off: string[], lines: string[] = []): string {
  const file = path.join(policies, `policy-${++written}.yaml`);
  const checks = [...off.map((id) => `  ${id}: { action: off }`), ...lines.map((line) => `  ${line}`)];
  writeFileSync(file, ["version: 1", "extends: default", checks.length > 0 ? "checks:" : "checks: {}", ...checks, ""].join("\n"));
  return file;
}

const needsWithOff = (off: string[], lines: string[] = []): MergedImageNeeds => imageNeedsOfEnabledChecks(loadPolicy(policyWithOff(off, lines), ROOT).checks);

/** Every check's needs with the default preset's options. */
const declaredNeeds = (): ImageNeeds[] => CHECKS.map((check) => imageNeedsOf(check, check.presets.default.options ?? {}) ?? {});

/** A scanner that fails the test if anything asks it anything: proof that no content was scanned. */
const untouchableScanner = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`the credential scanner was used (${String(property)}) although no enabled check needs it`);
    },
  },
) as unknown as SecretScanner;

async function walkWith(needs: MergedImageNeeds, scanner?: SecretScanner): Promise<LayerScan> {
  return walkLayer(Readable.from([await sampleLayer()]), { index: 0, label: "layer 1" }, DEFAULT_LIMITS, { plan: readPlan(needs), scanner });
}

describe("the walker holds no rule of its own", () => {
  it("captures exactly the files the needs name, and nothing without them", async () => {
    const odd = await walkWith(mergeImageNeeds([{ files: [{ path: String.raw`^\/srv\/odd\.conf$`, why: "a test check reads it" }] }]));
    expect(Object.keys(odd.captured)).toEqual(["/srv/odd.conf"]);
    expect(odd.captured["/srv/odd.conf"]).toBe("answer = 42\n");
    expect(odd.hits).toEqual([]);

    const nothing = await walkWith(VERIFY_ONLY, untouchableScanner);
    expect(nothing.captured).toEqual({});
    expect(nothing.hits).toEqual([]);
    expect(nothing.entries).toEqual([]);
    expect(nothing.binary).toEqual({ files: 0, bytes: 0 });
    // Still read in full and hashed.
    expect(nothing.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(nothing.diffId).toBe(nothing.digest);
    expect(nothing.uncompressedSize).toBeGreaterThan(0);
  });

  it("every check's declared file patterns compile and name why they are read", () => {
    const declared = declaredNeeds().flatMap((needs) => needs.files ?? []);
    expect(declared.length).toBeGreaterThan(0);
    for (const file of declared) {
      expect(() => new RegExp(file.path)).not.toThrow();
      expect(file.why.length).toBeGreaterThan(10);
      for (const opened of file.open ?? []) expect(opened).toMatch(/^\/[^*?]+$/);
    }
    // A path opened in the final filesystem is listed under a name, or no check could find it.
    expect(declared.filter((file) => file.open !== undefined && file.name === undefined)).toEqual([]);
    // The model lists files under the names the checks read them by.
    expect(new Set(declared.map((file) => file.name).filter(Boolean))).toEqual(new Set(["passwd", "group", "shadow", "sudoers", "dpkg-md5sums"]));
    // Needs are plain data: they survive a structured clone (the way they reach a layer thread) unchanged.
    const needs = declaredNeeds();
    expect(structuredClone(needs)).toEqual(needs);
  });
});

describe("a check the policy turns off costs no I/O", () => {
  it("merges the enabled checks' needs: secret off asks for no scan; the account checks off ask for no account files", () => {
    const all = needsWithOff([]);
    expect(all.credentials).toBe(true);
    expect(all.entries).toBe(true);
    const paths = (needs: MergedImageNeeds) => needs.files.map((file) => file.path).join(" ");
    expect(paths(all)).toMatch(/passwd/);
    expect(paths(all)).toMatch(/sudoers/);
    expect(paths(all)).toMatch(/md5sums/);

    const noSecret = needsWithOff(["secret"]);
    expect(noSecret.credentials).toBe(false);
    expect(paths(noSecret)).not.toMatch(/md5sums/);
    expect(paths(noSecret)).toMatch(/passwd/);

    const noAccounts = needsWithOff(["root-user", "duplicate-ids", "empty-password"]);
    expect(paths(noAccounts)).not.toMatch(/passwd|group|shadow|sudoers/);
    expect(noAccounts.credentials).toBe(true);

    const configOnly = needsWithOff(CHECKS.map((check) => check.id).filter((id) => !["missing-healthcheck", "ssh-port-exposed"].includes(id)));
    expect(configOnly).toEqual({ files: [], credentials: false, entries: false, config: ["exposedPorts", "healthcheck"] });
  });

  it("secret off: no file is scanned, no hit, no dpkg checksums read; the account files are still read", async () => {
    const dir = await ociLayout({ layers: [{ rawTar: await sampleLayer() }] });
    const everything = await loadImage(`oci:${dir}`, { needs: needsWithOff([]) });
    expect(everything.fileHits.map((hit) => hit.path)).toEqual(["/srv/deploy.env"]);
    expect(everything.binary.files).toBeGreaterThan(0);
    expect(everything.read.passwd!.final).toEqual({ "/etc/passwd": PASSWD });

    const image = await loadImage(`oci:${dir}`, { needs: needsWithOff(["secret"]), scanner: untouchableScanner });
    expect(image.fileHits).toEqual([]);
    expect(image.binary).toEqual({ files: 0, bytes: 0 });
    expect(image.read.passwd!.final).toEqual({ "/etc/passwd": PASSWD });
    expect(image.read.sudoers!.final).toEqual({ "/etc/sudoers": SUDOERS });
    expect(image.read["dpkg-md5sums"]).toBeUndefined();
    expect(image.files.map((file) => file.path)).toContain("/usr/bin/sudo");
  });

  it("root-user, duplicate-ids and empty-password off: no account database or sudoers file is captured", async () => {
    const dir = await ociLayout({ layers: [{ rawTar: await sampleLayer() }] });
    const image = await loadImage(`oci:${dir}`, { needs: needsWithOff(["root-user", "duplicate-ids", "empty-password"]) });
    expect(Object.keys(image.read)).toEqual(["dpkg-md5sums"]);
    expect(image.read["dpkg-md5sums"]!.versions.map((version) => version.path)).toEqual(["/var/lib/dpkg/info/base.md5sums"]);
    expect(image.fileHits.map((hit) => hit.path)).toEqual(["/srv/deploy.env"]);
  });

  it("only config checks on: the layers are read once and verified, nothing else is kept, and the run says so", async () => {
    const dir = await ociLayout({ layers: [{ rawTar: await sampleLayer() }, { entries: [{ name: "srv/more.env", content: `TOKEN=${token}\n` }] }] });
    const off = CHECKS.map((check) => check.id).filter((id) => !["missing-healthcheck", "ssh-port-exposed"].includes(id));
    const image = await loadImage(`oci:${dir}`, { needs: needsWithOff(off), scanner: untouchableScanner });
    expect(image.files).toEqual([]);
    expect(image.fileHits).toEqual([]);
    expect(image.read).toEqual({});
    // Every layer read in full: hashed and unpacked (the tampered case below shows the digests are still checked).
    expect(image.layers.map((layer) => [layer.digest.length, layer.uncompressedSize > 0])).toEqual([
      [71, true],
      [71, true],
    ]);

    const result = runCli(["--image", `oci:${dir}`, "--policy", policyWithOff(off), "--format", "json"], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no enabled check reads the image's files; its layers are read only to verify their digests/);
    expect(JSON.parse(result.stdout).targets.image.layers).toBe(2);
  });

  it("only config checks on, a tampered layer still fails closed (exit 2)", async () => {
    const dir = await ociLayout({ layers: [{ entries: [{ name: "a.txt", content: "x" }], diffId: `sha256:${"0".repeat(64)}` }] });
    const off = CHECKS.map((check) => check.id).filter((id) => id !== "missing-healthcheck");
    const result = runCli(["--image", `oci:${dir}`, "--policy", policyWithOff(off)], { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not match the image config's diff_id/);
  });

  it("the default policy reads what every check needs (results unchanged)", async () => {
    expect(needsWithOff([])).toEqual(imageNeedsOfEnabledChecks(loadPolicy("default", ROOT).checks));
    const { report } = await runGate({ image: fixtureRef("accounts", "oci"), policy: "default" });
    expect(report.findings.map((finding) => `${finding.check}/${finding.rule}`)).toContain("root-user/passwd-uid-0");
    expect(EVERY_CHECK_NEEDS.credentials && EVERY_CHECK_NEEDS.entries).toBe(true);
  });
});

describe("a check's needs follow its options", () => {
  const paths = (needs: MergedImageNeeds) => needs.files.map((file) => file.path).join(" ");
  const sudoOff = ["root-user: { passwordless-sudo: false }"];

  it("root-user with passwordless-sudo: false asks for /etc/passwd only, and the walk captures nothing else of the accounts", async () => {
    // The other account checks off, so root-user alone decides what is read of the accounts.
    const others = ["duplicate-ids", "empty-password"];
    const on = needsWithOff(others);
    expect(paths(on)).toMatch(/sudoers/);
    expect(paths(on)).toMatch(/group/);
    expect(paths(on)).toMatch(/shadow/);
    const off = needsWithOff(others, sudoOff);
    expect(paths(off)).not.toMatch(/sudoers|group|shadow/);
    expect(paths(off)).toMatch(/passwd/);

    const walked = await walkWith(off, defaultScanner());
    expect(Object.keys(walked.captured).sort()).toEqual(["/etc/passwd", "/var/lib/dpkg/info/base.md5sums"]);
    const dir = await ociLayout({ layers: [{ rawTar: await sampleLayer() }] });
    const image = await loadImage(`oci:${dir}`, { needs: off });
    expect(Object.keys(image.read).sort()).toEqual(["dpkg-md5sums", "passwd"]);
    expect(image.read.passwd!.final).toEqual({ "/etc/passwd": PASSWD });
  });

  it("the gate follows the option: the same image's passwordless sudo is judged by default and not read with the option off", async () => {
    const dir = await ociLayout({ layers: [{ rawTar: await sampleLayer() }] });
    const rules = async (policy: string) =>
      (await runGate({ image: `oci:${dir}`, policy, cwd: ROOT })).report.findings
        .filter((finding) => finding.check === "root-user")
        .map((finding) => finding.rule);
    expect(await rules(policyWithOff([]))).toEqual(["passwordless-sudo"]);
    expect(await rules(policyWithOff([], sudoOff))).toEqual([]);
    // A config user that is root is still judged: the option turns off the sudo rule, not the check.
    const rootDir = await ociLayout({ layers: [{ rawTar: await sampleLayer() }], config: { User: "root" } });
    const { report } = await runGate({ image: `oci:${rootDir}`, policy: policyWithOff([], sudoOff), cwd: ROOT });
    expect(report.findings.filter((finding) => finding.check === "root-user").map((finding) => finding.rule)).toEqual(["config-user-root"]);
  });
});

describe("needs travel to the layer threads and through docker save", () => {
  const sink = (scan: LayerScan) => ({
    entry: (entry: LayerEntry) => scan.entries.push(entry),
    whiteout: (whiteout: string) => scan.whiteouts.push(whiteout),
    opaque: (dir: string) => scan.opaqueDirs.push(dir),
  });

  it("a layer thread of the built CLI reads what the needs say, and nothing else", async () => {
    const dir = await ociLayout({ layers: [{ rawTar: await sampleLayer() }] });
    const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as { manifests: Array<{ digest: string }> };
    const manifest = JSON.parse(readFileSync(path.join(dir, "blobs", "sha256", index.manifests[0]!.digest.slice(7)), "utf8")) as {
      layers: Array<{ digest: string }>;
    };
    const blob = path.join(dir, "blobs", "sha256", manifest.layers[0]!.digest.slice(7));
    const threads = new LayerThreads(new URL(`file://${path.join(BUILD_DIR, "layer-worker.js")}`), 1);
    try {
      const walk = async (needs: MergedImageNeeds) => {
        const scan = emptyScan(0, "");
        const walked = await threads.walk({ file: blob }, { index: 0, label: "layer 1" }, DEFAULT_LIMITS, needs, sink(scan));
        return { ...walked, entries: scan.entries };
      };
      const all = await walk(EVERY_CHECK_NEEDS);
      expect(Object.keys(all.captured).sort()).toEqual(["/etc/group", "/etc/passwd", "/etc/shadow", "/etc/sudoers", "/var/lib/dpkg/info/base.md5sums"]);
      expect(all.hits.map((hit) => hit.path)).toEqual(["/srv/deploy.env"]);
      expect(all.entries.length).toBeGreaterThan(0);

      const odd = await walk(mergeImageNeeds([{ files: [{ path: String.raw`^\/srv\/odd\.conf$`, why: "a test check reads it" }] }]));
      expect(Object.keys(odd.captured)).toEqual(["/srv/odd.conf"]);
      expect(odd.hits).toEqual([]);
      expect(odd.binary).toEqual({ files: 0, bytes: 0 });

      const nothing = await walk(VERIFY_ONLY);
      expect(nothing.captured).toEqual({});
      expect(nothing.entries).toEqual([]);
      expect(nothing.hits).toEqual([]);
      expect(nothing.digest).toBe(manifest.layers[0]!.digest);
    } finally {
      await threads.close();
    }
  });

  it("the built CLI with secret off scans no content on its threads (no binary files counted)", () => {
    const reference = fixtureRef("secrets", "oci");
    const run = (policy: string) => JSON.parse(runCli(["--image", reference, "--policy", policy, "--format", "json"], { cwd: ROOT }).stdout);
    const on = run("default");
    const off = run(policyWithOff(["secret"]));
    expect(on.summary.notScanned.binaryFiles).toBeGreaterThan(0);
    expect(on.findings.some((finding: { check: string }) => finding.check === "secret")).toBe(true);
    expect(off.summary.notScanned.binaryFiles).toBe(0);
    expect(off.findings.filter((finding: { check: string }) => finding.check !== "secret")).toEqual(
      on.findings.filter((finding: { check: string }) => finding.check !== "secret"),
    );
  });

  describe("docker-daemon", () => {
    const saved = { PATH: process.env.PATH, archives: process.env.IMAGE_GATE_TEST_ARCHIVES };
    beforeEach(() => {
      process.env.PATH = `${STAND_IN_DOCKER_DIR}:${process.env.PATH}`;
      process.env.IMAGE_GATE_TEST_ARCHIVES = DAEMON_ARCHIVES;
    });
    afterEach(() => {
      process.env.PATH = saved.PATH;
      if (saved.archives === undefined) delete process.env.IMAGE_GATE_TEST_ARCHIVES;
      else process.env.IMAGE_GATE_TEST_ARCHIVES = saved.archives;
    });

    it("a docker save stream is read as the needs say", async () => {
      const load = (needs: MergedImageNeeds, scanner?: SecretScanner): Promise<ImageModel> =>
        loadImage("docker-daemon:classic/secrets", { needs, ...(scanner ? { scanner } : {}) });
      const all = await load(EVERY_CHECK_NEEDS);
      expect(all.fileHits.length).toBeGreaterThan(0);
      expect(all.read.passwd!.final["/etc/passwd"]).toBeDefined();
      const noSecret = await load(needsWithOff(["secret"]), untouchableScanner);
      expect(noSecret.fileHits).toEqual([]);
      expect(noSecret.binary).toEqual({ files: 0, bytes: 0 });
      expect(noSecret.read.passwd).toEqual(all.read.passwd);
      const noAccounts = await load(needsWithOff(["root-user", "duplicate-ids", "empty-password"]));
      expect(noAccounts.read.passwd).toBeUndefined();
      expect(noAccounts.fileHits).toEqual(all.fileHits);
    });
  });
});
