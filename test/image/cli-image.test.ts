import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, systemNode } from "../helpers/cli.ts";
import { cachedLayout } from "../helpers/generated-layouts.ts";
import { fixtureRef } from "../helpers/images.ts";
import { ociLayout } from "../helpers/oci-layout.ts";
import { BUILT_CLI, ROOT } from "../helpers/paths.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

function expectExit2(args: string[], pattern: RegExp, cwd = ROOT) {
  const result = runCli(args, { cwd });
  expect(result.code).toBe(2);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^image-gate: error: /);
  expect(lines[0]).toMatch(pattern);
}

describe("--image on the command line", () => {
  it("judges an image alone, with no Dockerfile", () => {
    const result = runCli(["--image", fixtureRef("accounts", "docker-archive"), "--format", "json"], { cwd: ROOT });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.targets.dockerfile).toBeUndefined();
    expect(report.targets.image).toMatchObject({ transport: "docker-archive", platform: "linux/amd64", layers: 2, user: "app" });
    expect(report.targets.image.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("records the manifest digest for OCI sources", () => {
    const report = JSON.parse(runCli(["--image", fixtureRef("clean", "oci"), "--format", "json"], { cwd: ROOT }).stdout);
    expect(report.targets.image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    [["--image", "docker-archive:nope.tar"], /nope\.tar: cannot read the archive \(no such file\)/],
    [["--image", "docker-archive:README.md"], /README\.md: not a tar archive/],
    [["--image", "oci:src"], /src: not an OCI image layout/],
    [["--image", "oci:missing-dir"], /missing-dir: no such OCI layout directory/],
    [["--image", "tarball:x.tar"], /--image: "tarball:x\.tar" is not an image reference of a supported transport/],
    [["--image", "docker-archive:src"], /src: (?:cannot open the archive \(is a directory\)|is a directory)/],
  ])("%j is exit 2", (args, pattern) => expectExit2(args, pattern));

  it("a truncated archive and a corrupt layer are exit 2", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-bad-"));
    const archive = fixtureRef("clean", "docker-archive").slice("docker-archive:".length);
    const whole = spawnSync("sh", ["-c", `head -c $(( $(wc -c < ${archive}) * 6 / 10 )) ${archive} > ${dir}/cut.tar`]);
    expect(whole.status).toBe(0);
    expectExit2(["--image", `docker-archive:${dir}/cut.tar`], /cut\.tar: truncated tar archive/);
    const layout = await ociLayout({ layers: [{ raw: zlib.gzipSync(Buffer.from("not a tar at all, just words")) }] });
    expectExit2(["--image", `oci:${layout}`], /layer 1 \(sha256:[0-9a-f]{64}\): corrupt gzip or tar data/);
  });
});

/**
 * Writes a gzip layer from a shell pipeline straight to disk, so the test process never holds the
 * content (a child forked from a big parent would report the parent's memory as its own).
 */
function shellLayer(dir: string, name: string, script: string): { file: string; diffId: string } {
  const result = spawnSync(
    "bash",
    [
      "-c",
      `set -euo pipefail; mkfifo ${dir}/${name}.fifo; gzip -1 < ${dir}/${name}.fifo > ${dir}/${name}.gz & zipper=$!; { ${script}; } | tee ${dir}/${name}.fifo | sha256sum | cut -d' ' -f1 > ${dir}/${name}.diffid; wait $zipper`,
    ],
    { encoding: "utf8", timeout: 60_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  return { file: path.join(dir, `${name}.gz`), diffId: `sha256:${readFileSync(path.join(dir, `${name}.diffid`), "utf8").trim()}` };
}

/** An OCI layout around gzip layer files made on disk. */
function layoutOf(layers: Array<{ file: string; diffId: string }>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-oci-"));
  const blobs = path.join(dir, "blobs", "sha256");
  mkdirSync(blobs, { recursive: true });
  const put = (data: string) => {
    const digest = createHash("sha256").update(data).digest("hex");
    writeFileSync(path.join(blobs, digest), data);
    return { digest: `sha256:${digest}`, size: Buffer.byteLength(data) };
  };
  const descriptors = layers.map((layer) => {
    const digest = spawnSync("sha256sum", [layer.file], { encoding: "utf8" }).stdout.split(" ")[0]!;
    renameSync(layer.file, path.join(blobs, digest));
    return { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: `sha256:${digest}`, size: statSync(path.join(blobs, digest)).size };
  });
  const config = put(
    JSON.stringify({ os: "linux", architecture: "amd64", config: { User: "1000" }, rootfs: { type: "layers", diff_ids: layers.map((layer) => layer.diffId) } }),
  );
  const manifest = put(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
      layers: descriptors,
    }),
  );
  writeFileSync(
    path.join(dir, "index.json"),
    JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: "application/vnd.oci.image.manifest.v1+json", ...manifest }] }),
  );
  writeFileSync(path.join(dir, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
  return dir;
}

describe("bounded memory: a decompression bomb and a huge file", () => {
  it("stream through in bounded memory, and what was not scanned is reported", async () => {
    // 1 GiB of zeros in sparse files (a ~1 MB blob), and a 200 MiB text file scanned up to 64 MiB:
    // made once (seconds of tar, gzip and sha256) and kept between runs while this file is unchanged.
    const layout = await cachedLayout("bomb-and-huge-file", [fileURLToPath(import.meta.url)], () => {
      const made = mkdtempSync(path.join(os.tmpdir(), "image-gate-big-"));
      const bomb = shellLayer(
        made,
        "bomb",
        `mkdir -p ${made}/b/zeros && for i in $(seq 1 16); do truncate -s 64M ${made}/b/zeros/$i.bin; done && tar -C ${made}/b -cf - zeros`,
      );
      const huge = shellLayer(
        made,
        "huge",
        `mkdir -p ${made}/h/srv && dd if=/dev/zero bs=1M count=200 status=none | tr '\\0' 'a' > ${made}/h/srv/huge.log && tar -C ${made}/h -cf - srv`,
      );
      const layoutDir = layoutOf([bomb, huge]);
      rmSync(made, { recursive: true, force: true });
      return layoutDir;
    });
    const work = mkdtempSync(path.join(os.tmpdir(), "image-gate-big-"));
    const policy = path.join(work, "policy.yaml");
    writeFileSync(policy, "version: 1\nextends: default\nlimits:\n  max-file-size: 64MiB\n");
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "test/helpers/max-rss.mjs"), BUILT_CLI, "--image", `oci:${layout}`, "--format", "json", "--policy", policy],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(result.status, `${result.signal ?? ""} ${result.error?.message ?? ""} ${result.stderr}`).toBe(0);
    const maxRss = Number(/maxRSS=(\d+)/.exec(result.stderr)![1]) * 1024;
    expect(maxRss).toBeLessThan(200 * 1024 * 1024);
    const report = JSON.parse(result.stdout);
    expect(
      report.findings
        .filter((finding: { check: string }) => finding.check === "unscanned-content")
        .map((finding: { rule: string; location: { path: string } }) => [finding.rule, finding.location.path]),
    ).toEqual([["file-too-large", "/srv/huge.log"]]);
    rmSync(work, { recursive: true, force: true });
  }, 120_000);
});

describe("zstd on the machine's own Node", () => {
  const node = systemNode();
  it.runIf(node !== undefined && node !== process.execPath)("reads zstd layers with the pure-JS decoder where Node has no zstd", () => {
    const own = runCli(["--image", fixtureRef("secrets", "oci-zstd"), "--format", "json"], { cwd: ROOT, node: node! });
    const bundled = runCli(["--image", fixtureRef("secrets", "oci-zstd"), "--format", "json"], { cwd: ROOT });
    expect(own.stderr).toBe("");
    expect(JSON.parse(own.stdout).findings).toEqual(JSON.parse(bundled.stdout).findings);
  });
});
