#!/usr/bin/env node
// npm run bench: how fast and how lean the gate reads a realistic image, against the plain-tool
// baseline `gzip -dc` over the same layer blobs.
//
// The image: Debian bookworm minbase (debootstrap) plus python3, nodejs, npm and openssh-client,
// built with buildah and written as an OCI layout with gzip layers (about 600 MB unpacked). It is
// built once into .cache/bench/ and reused. Targets: gate time <= 1.5 x gzip -dc, peak RSS < 200 MB.
// Also measured: the start-up of a Dockerfile-only run against `node -e 0` (SPEC section 6).
//
// Usage: npm run bench [-- --runs N]

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = path.join(root, ".cache", "bench");
const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag === -1 ? 3 : Number(process.argv[runsFlag + 1]);
const cli = path.join(root, "dist", "cli.js");
const maxRssWrapper = path.join(root, "test", "helpers", "max-rss.mjs");
const node = process.execPath;

const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", ...options });
const log = (text) => process.stderr.write(`${text}\n`);

function ensureTools() {
  const missing = [
    ["debootstrap", "debootstrap"],
    ["buildah", "buildah"],
  ].filter(([command]) => !has(command));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !has("apt-get"))
    throw new Error(`npm run bench needs ${missing.map(([, pkg]) => pkg).join(", ")} (apt-get install, as root)`);
  log(`installing ${missing.map(([, pkg]) => pkg).join(" ")} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], { env });
  run("apt-get", ["install", "-y", "-qq", ...missing.map(([, pkg]) => pkg)], { env });
}

/** The Debian mirror apt itself uses here. */
function debianMirror() {
  for (const file of ["/etc/apt/sources.list.d/debian.sources", "/etc/apt/sources.list"]) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const uri = /^URIs:\s*(\S+)/m.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\b/m.exec(text)?.[1];
    if (uri) return uri;
  }
  return "http://deb.debian.org/debian";
}

function buildImage() {
  const layout = path.join(work, "oci");
  if (existsSync(path.join(layout, "index.json"))) return layout;
  ensureTools();
  mkdirSync(work, { recursive: true });
  const rootfs = path.join(work, "rootfs");
  const storage = ["--root", path.join(work, "storage"), "--runroot", path.join(work, "run"), "--storage-driver", "vfs"];
  const buildah = (...args) => run("buildah", [...storage, ...args]);
  if (!existsSync(path.join(rootfs, "etc", "debian_version"))) {
    log(`debootstrap --variant=minbase bookworm (mirror ${debianMirror()})`);
    rmSync(rootfs, { recursive: true, force: true });
    run("debootstrap", ["--variant=minbase", "bookworm", rootfs, debianMirror()], { stdio: ["ignore", "ignore", "inherit"] });
  }
  log("building the image with buildah");
  const container = buildah("from", "scratch").trim();
  buildah("copy", container, `${rootfs}/`, "/");
  buildah("commit", container, "localhost/image-gate-bench/minbase:bookworm");
  buildah("rm", container);
  const context = path.join(work, "context");
  mkdirSync(context, { recursive: true });
  writeFileSync(
    path.join(context, "Dockerfile"),
    [
      "FROM localhost/image-gate-bench/minbase:bookworm",
      "RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 nodejs npm openssh-client && rm -rf /var/lib/apt/lists/*",
      "",
    ].join("\n"),
  );
  buildah("bud", "--isolation", "chroot", "--layers", "-t", "localhost/image-gate-bench/tools:latest", context);
  buildah("push", "localhost/image-gate-bench/tools:latest", `oci:${layout}:latest`);
  rmSync(path.join(work, "storage"), { recursive: true, force: true });
  return layout;
}

function layerBlobs(layout) {
  const index = JSON.parse(readFileSync(path.join(layout, "index.json"), "utf8"));
  const blob = (digest) => path.join(layout, "blobs", "sha256", digest.slice("sha256:".length));
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0].digest), "utf8"));
  return manifest.layers.map((layer) => blob(layer.digest));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timed(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, result };
}

function main() {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run npm run build first");
  const layout = buildImage();
  const blobs = layerBlobs(layout);
  const compressed = blobs.reduce((sum, file) => sum + statSync(file).size, 0);
  const unpacked = blobs.reduce((sum, file) => sum + Number(run("sh", ["-c", `gzip -dc '${file}' | wc -c`]).trim()), 0);

  const gzipTimes = [];
  const gateTimes = [];
  const rss = [];
  let report;
  for (let index = 0; index < runs; index++) {
    gzipTimes.push(timed("sh", ["-c", blobs.map((file) => `gzip -dc '${file}' > /dev/null`).join(" && ")]).seconds);
    const gate = timed(node, [maxRssWrapper, cli, "--image", `oci:${layout}`, "--format", "json"]);
    if (gate.result.status !== 0 && gate.result.status !== 1) throw new Error(`the gate failed: ${gate.result.stderr}`);
    gateTimes.push(gate.seconds);
    rss.push(Number(/maxRSS=(\d+)/.exec(gate.result.stderr)[1]) * 1024);
    report = JSON.parse(gate.result.stdout);
  }
  const startNode = [];
  const startGate = [];
  for (let index = 0; index < 10; index++) {
    startNode.push(timed(node, ["-e", "0"]).seconds);
    startGate.push(timed(node, [cli, path.join(root, "examples", "Dockerfile"), "--format", "json"]).seconds);
  }

  const gzip = median(gzipTimes);
  const gateTime = median(gateTimes);
  const peak = Math.max(...rss);
  const counts = {};
  for (const finding of report.findings) counts[finding.check] = (counts[finding.check] ?? 0) + 1;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
  const lines = [
    `image           Debian bookworm minbase + python3 nodejs npm openssh-client (${blobs.length} gzip layers, ${mb(compressed)} compressed, ${mb(unpacked)} unpacked)`,
    `machine         Node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? "unknown CPU"}`,
    `gzip -dc        ${gzip.toFixed(2)} s (median of ${runs})`,
    `image-gate      ${gateTime.toFixed(2)} s (median of ${runs}) = ${(gateTime / gzip).toFixed(2)} x gzip -dc   target <= 1.50 x: ${gateTime / gzip <= 1.5 ? "met" : "MISSED"}`,
    `peak RSS        ${mb(peak)}   target < 200 MB: ${peak < 200e6 ? "met" : "MISSED"}`,
    `start-up        Dockerfile-only run ${(median(startGate) * 1000).toFixed(0)} ms vs node -e 0 ${(median(startNode) * 1000).toFixed(0)} ms = ${(median(startGate) / median(startNode)).toFixed(1)} x`,
    `findings        ${
      Object.entries(counts)
        .map(([check, count]) => `${check} ${count}`)
        .join(", ") || "none"
    }`,
  ];
  console.log(lines.join("\n"));
  writeFileSync(
    path.join(work, "result.json"),
    `${JSON.stringify({ gzipSeconds: gzip, gateSeconds: gateTime, ratio: gateTime / gzip, peakRssBytes: peak, compressed, unpacked, findings: counts }, null, 2)}\n`,
  );
  return 0;
}

process.exitCode = main();
