import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { GateError } from "../../src/errors.ts";
import { runGate } from "../../src/gate.ts";
import { loadImage as loadOnly, type ImageLoadOptions } from "../../src/image/load.ts";
import { EVERY_CHECK_NEEDS } from "../helpers/image-needs.ts";
import { fake } from "../helpers/fake-secrets.ts";
import { ociLayout, tarOf } from "../helpers/oci-layout.ts";

/** Reads what every check needs, as the gate does with every check on. */
const loadImage = (reference: string, options: ImageLoadOptions = {}) => loadOnly(reference, { needs: EVERY_CHECK_NEEDS, ...options });

const token = fake.githubPat("layers");
const key = fake.privateKey("layers-key");

const secretFindings = async (dir: string) => {
  const { report } = await runGate({ image: `oci:${dir}`, policy: "default" });
  return report.findings.filter((finding) => finding.check === "secret").map((finding) => [finding.rule, finding.location]);
};

describe("whiteouts and visibility", () => {
  it("a file deleted by a whiteout still ships, marked deleted", async () => {
    const dir = await ociLayout({
      layers: [
        {
          entries: [
            { name: "app/", type: "directory" },
            { name: "app/deploy.env", content: `GITHUB_TOKEN=${token}\n` },
          ],
        },
        { entries: [{ name: "app/.wh.deploy.env" }] },
      ],
    });
    const image = await loadImage(`oci:${dir}`);
    expect(image.fileHits.map((hit) => [hit.path, hit.layer, hit.deleted])).toEqual([["/app/deploy.env", 0, true]]);
    expect(await secretFindings(dir)).toEqual([["github-pat", { layer: image.config.diffIds[0], path: "/app/deploy.env", deleted: true }]]);
  });

  it("an opaque directory hides everything below it from lower layers, not its own layer", async () => {
    const dir = await ociLayout({
      layers: [
        {
          entries: [
            { name: "keys/", type: "directory" },
            { name: "keys/old/id_rsa", content: key },
            { name: "keys/keep.txt", content: "x" },
          ],
        },
        { entries: [{ name: "keys/", type: "directory" }, { name: "keys/.wh..wh..opq" }, { name: "keys/new.txt", content: "y" }] },
      ],
    });
    const image = await loadImage(`oci:${dir}`);
    const visible = (p: string) => image.files.filter((file) => file.path === p).map((file) => file.deleted);
    expect(visible("/keys/old/id_rsa")).toEqual([true]);
    expect(visible("/keys/keep.txt")).toEqual([true]);
    expect(visible("/keys/new.txt")).toEqual([false]);
    expect(visible("/keys")).toEqual([false, false]);
    expect(image.fileHits.map((hit) => [hit.path, hit.deleted])).toEqual([["/keys/old/id_rsa", true]]);
  });

  it("a directory replaced by a file, and a file overwritten by a later layer, are no longer visible", async () => {
    const dir = await ociLayout({
      layers: [
        {
          entries: [
            { name: "etc/app/", type: "directory" },
            { name: "etc/app/conf", content: "a" },
            { name: "srv/data", content: "v1" },
          ],
        },
        {
          entries: [
            { name: "etc/app", content: "now a file" },
            { name: "srv/data", content: "v2" },
          ],
        },
      ],
    });
    const image = await loadImage(`oci:${dir}`);
    const states = image.files.map((file) => `${file.layer}:${file.path}:${file.deleted}`);
    expect(states).toContain("0:/etc/app/conf:true");
    expect(states).toContain("0:/srv/data:true");
    expect(states).toContain("1:/srv/data:false");
  });

  it("a whiteout applies to lower layers only, never to its own layer", async () => {
    const dir = await ociLayout({ layers: [{ entries: [{ name: "a/.wh.x" }, { name: "a/x", content: "same layer" }] }] });
    const image = await loadImage(`oci:${dir}`);
    expect(image.files.find((file) => file.path === "/a/x")!.deleted).toBe(false);
  });
});

describe("hardlinks", () => {
  it("a hardlink to a file in an earlier layer holds that file's content", async () => {
    const dir = await ociLayout({
      layers: [
        {
          entries: [
            { name: "data/", type: "directory" },
            { name: "data/token.txt", content: `token ${token}\n` },
          ],
        },
        { entries: [{ name: "srv/link.txt", type: "link", linkname: "data/token.txt" }] },
        { entries: [{ name: "data/.wh.token.txt" }] },
      ],
    });
    const image = await loadImage(`oci:${dir}`);
    expect(image.fileHits.map((hit) => [hit.path, hit.layer, hit.deleted])).toEqual([
      ["/data/token.txt", 0, true],
      ["/srv/link.txt", 1, false],
    ]);
  });

  it("a hardlink within a layer, and its setuid bit, count", async () => {
    const dir = await ociLayout({
      layers: [
        {
          entries: [
            { name: "usr/bin/tool", content: "#!/bin/sh\necho hi\n", mode: 0o755 },
            { name: "usr/bin/tool-suid", type: "link", linkname: "usr/bin/tool", mode: 0o4755 },
            { name: "app/key.pem", content: key },
            { name: "app/key-copy.pem", type: "link", linkname: "./app/key.pem" },
          ],
        },
      ],
    });
    const { report } = await runGate({ image: `oci:${dir}`, policy: "default" });
    const at = (check: string) => report.findings.filter((finding) => finding.check === check).map((finding) => (finding.location as { path: string }).path);
    expect(at("setuid-files")).toEqual(["/usr/bin/tool-suid"]);
    // One key, two names: one finding that lists both.
    const secrets = report.findings.filter((finding) => finding.check === "secret");
    expect(secrets).toHaveLength(1);
    expect(secrets[0]!.locations?.map((location) => (location as { path: string }).path).sort()).toEqual(["/app/key-copy.pem", "/app/key.pem"]);
  });
});

describe("hostile and broken archives end in a clear GateError", () => {
  const expectGateError = async (dir: string, message: RegExp) => {
    await expect(loadImage(`oci:${dir}`)).rejects.toThrow(GateError);
    await expect(loadImage(`oci:${dir}`)).rejects.toThrow(message);
  };

  it("a name that climbs out of the root", async () => {
    await expectGateError(
      await ociLayout({ layers: [{ entries: [{ name: "../../etc/passwd", content: "root::0:0::/:/bin/sh\n" }] }] }),
      /climbs out of the root/,
    );
    await expectGateError(await ociLayout({ layers: [{ entries: [{ name: "app/../../../x", content: "x" }] }] }), /climbs out of the root/);
  });

  it("truncated and corrupt gzip", async () => {
    const gz = zlib.gzipSync(await tarOf([{ name: "a.txt", content: "x".repeat(100_000) }]));
    await expectGateError(await ociLayout({ layers: [{ raw: gz.subarray(0, gz.length - 200) }] }), /layer 1 .*(?:unexpected end|corrupt gzip)/i);
    const corrupt = Buffer.from(gz);
    corrupt.fill(0x41, 40, 120);
    await expectGateError(await ociLayout({ layers: [{ raw: corrupt }] }), /layer 1 .*corrupt gzip or tar data/);
  });

  it("a tar with a corrupt header and a tar cut short", async () => {
    const plain = await tarOf([
      { name: "a.txt", content: "hello" },
      { name: "b.txt", content: "x".repeat(5000) },
    ]);
    const broken = Buffer.from(plain);
    broken.fill(0x20, 512 + 512, 512 + 512 + 100);
    await expectGateError(await ociLayout({ layers: [{ raw: broken, rawTar: broken, compression: "none" }] }), /not a valid tar archive/);
    const short = plain.subarray(0, 1024 + 2048);
    await expectGateError(await ociLayout({ layers: [{ raw: short, rawTar: short, compression: "none" }] }), /not a valid tar archive/);
  });

  it("a blob swapped for other content, and a layer that does not match its diff_id", async () => {
    // The blob is verified through the diff_id the config names (one hash per layer, see layer-walker.ts).
    const tampered = zlib.gzipSync(await tarOf([{ name: "evil.txt", content: "swapped" }]));
    await expectGateError(
      await ociLayout({ layers: [{ entries: [{ name: "a.txt", content: "original" }], tamper: tampered }] }),
      /does not match the image config's diff_id/,
    );
    await expectGateError(
      await ociLayout({ layers: [{ entries: [{ name: "a.txt", content: "x" }], diffId: `sha256:${"0".repeat(64)}` }] }),
      /does not match the image config's diff_id/,
    );
  });

  it("a blob compressed again holds the same layer: read, and named by its manifest digest", async () => {
    const entries = [{ name: "a.txt", content: "original ".repeat(1000) }];
    const recompressed = zlib.gzipSync(await tarOf(entries), { level: 1 });
    const dir = await ociLayout({ layers: [{ entries, tamper: recompressed }] });
    const image = await loadImage(`oci:${dir}`);
    expect(image.files.map((file) => file.path)).toEqual(["/a.txt"]);
    const manifest = JSON.parse(
      readFileSync(path.join(dir, "blobs", "sha256", JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")).manifests[0].digest.slice(7)), "utf8"),
    );
    expect(image.layers[0]!.digest).toBe(manifest.layers[0].digest);
  });

  it("missing blobs and malformed documents", async () => {
    const dir = await ociLayout({ layers: [{ entries: [{ name: "a", content: "a" }] }] });
    writeFileSync(path.join(dir, "index.json"), "{ not json");
    await expectGateError(dir, /index\.json: not valid JSON/);
    const other = await ociLayout({ layers: [{ entries: [{ name: "a", content: "a" }] }] });
    writeFileSync(
      path.join(other, "index.json"),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [{ mediaType: "application/vnd.oci.image.manifest.v1+json", digest: `sha256:${"a".repeat(64)}`, size: 1 }],
      }),
    );
    await expectGateError(other, /is missing/);
    const nulls = await ociLayout({ layers: [{ entries: [{ name: "a", content: "a" }] }] });
    writeFileSync(path.join(nulls, "index.json"), JSON.stringify({ schemaVersion: 2, manifests: null }));
    await expectGateError(nulls, /index\.json lists no images/);
  });
});

describe("limits: bombs and huge files stream through, and what is past a limit is reported", () => {
  it("a decompression bomb stops at the layer limit; the blob digest is still verified", async () => {
    const bomb = zlib.gzipSync(await tarOf([{ name: "zeros.bin", content: Buffer.alloc(256 * 1024 * 1024) }]), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const dir = await ociLayout({ layers: [{ raw: bomb, rawTar: Buffer.alloc(0), diffId: `sha256:${"1".repeat(64)}` }] });
    const { report } = await runGate({ image: `oci:${dir}`, policy: writePolicy("limits:\n  max-layer-size: 8MiB\n") });
    const unscanned = report.findings.filter((finding) => finding.check === "unscanned-content");
    expect(unscanned.map((finding) => finding.rule)).toEqual(["layer-too-large"]);
    expect(unscanned[0]!.message).toMatch(/unpacks to more than 8\.0 MiB/);
    // Tampering is still caught even though the layer was not read to the end.
    const tampered = Buffer.from(bomb);
    tampered[tampered.length - 9]! ^= 0xff;
    const bad = await ociLayout({ layers: [{ raw: bomb, tamper: tampered, rawTar: Buffer.alloc(0), diffId: `sha256:${"1".repeat(64)}` }] });
    await expect(runGate({ image: `oci:${bad}`, policy: writePolicy("limits:\n  max-layer-size: 8MiB\n") })).rejects.toThrow(/does not match its digest/);
  });

  it("a file larger than the scan limit is scanned up to the limit and reported", async () => {
    const big = `${"lorem ipsum ".repeat(20_000)}\n`;
    const dir = await ociLayout({
      layers: [
        {
          entries: [
            { name: "srv/early.txt", content: `${token}\n${big}` },
            { name: "srv/late.txt", content: `${big}${token}\n` },
          ],
        },
      ],
    });
    const { report } = await runGate({ image: `oci:${dir}`, policy: writePolicy("limits:\n  max-file-size: 64KiB\n") });
    expect(report.findings.filter((finding) => finding.check === "secret").map((finding) => (finding.location as { path: string }).path)).toEqual([
      "/srv/early.txt",
    ]);
    expect(
      report.findings.filter((finding) => finding.check === "unscanned-content").map((finding) => [finding.rule, (finding.location as { path: string }).path]),
    ).toEqual([
      ["file-too-large", "/srv/early.txt"],
      ["file-too-large", "/srv/late.txt"],
    ]);
  });
});

describe("index selection", () => {
  const image = (architecture: string, user: string) => ({
    platform: { os: "linux", architecture },
    config: { User: user },
    layers: [{ entries: [{ name: "etc/passwd", content: "root:x:0:0::/:/bin/sh\n" }] }],
  });

  it("picks linux/amd64 by default, --platform otherwise, and skips attestations and nested indexes", async () => {
    const dir = await ociLayout([image("amd64", "1000"), image("arm64", "root")], { attestation: true, nested: true });
    expect((await loadImage(`oci:${dir}`)).config.user).toBe("1000");
    expect((await loadImage(`oci:${dir}`, { platform: "linux/arm64" })).config.user).toBe("root");
    expect((await loadImage(`oci:${dir}:latest`, { platform: "linux/arm64" })).platform).toBe("linux/arm64");
    await expect(loadImage(`oci:${dir}`, { platform: "linux/s390x" })).rejects.toThrow(
      /no image for platform linux\/s390x \(platforms: linux\/amd64, linux\/arm64\)/,
    );
  });

  it("asks for --platform when there is no linux/amd64 to default to", async () => {
    const dir = await ociLayout([image("arm64", "1000"), image("ppc64le", "1000")]);
    await expect(loadImage(`oci:${dir}`)).rejects.toThrow(/several platforms \(linux\/arm64, linux\/ppc64le\); choose one with --platform/);
  });

  it("names tags, and refuses an unknown one", async () => {
    const dir = await ociLayout([
      { ...image("amd64", "1000"), tag: "v1" },
      { ...image("amd64", "2000"), tag: "v2" },
    ]);
    expect((await loadImage(`oci:${dir}:v2`)).config.user).toBe("2000");
    await expect(loadImage(`oci:${dir}:v3`)).rejects.toThrow(/no image tagged "v3" \(tags: v1, v2\)/);
    await expect(loadImage(`oci:${dir}`)).rejects.toThrow(/holds 2 images \(tags: v1, v2\)/);
  });
});

/** A policy file extending default with extra YAML, returned as a path. */
function writePolicy(extra: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "image-gate-policy-")), "policy.yaml");
  writeFileSync(file, `version: 1\nextends: default\n${extra}`);
  return file;
}
