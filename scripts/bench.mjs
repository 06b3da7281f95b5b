#!/usr/bin/env node
// npm run bench: how fast and how lean the gate reads realistic images, against plain tools on the
// same bytes.
//
// Two images, both on a Debian bookworm minbase (debootstrap) built with buildah:
//   tools  python3, nodejs, npm, openssh-client without recommends (2 layers, mostly binaries)
//   text   python3 + python3-pip + python3-venv, then nodejs + npm + git, with recommends
//          (3 layers, two of them large and full of text: Perl, Python and JavaScript sources)
// Each is written twice: as an OCI layout with gzip layers, and as an uncompressed docker-archive.
// They are built once into .cache/bench/ and reused.
//
// Columns, measured in alternation (A B C D, A B C D, ...) so that load from other work on the
// machine falls on all of them alike, each after its input files were read through once (untimed); medians are reported, with the spread of the per-run ratios:
//   gzip -dc        gzip -dc of every layer blob of the OCI layout, one after the other
//   gate gzip       the built CLI (dist/cli.js, default policy: every check on) on the OCI layout
//   gate archive    the same on the uncompressed docker-archive
//   snyk extract    snyk-docker-plugin's extractor over the same docker-archive, reading every file
//                   and running a credential regex over it (scripts/bench-snyk-extract.cjs)
// Targets: gate gzip <= 1.0 x gzip -dc; peak RSS < 150 MB; gate archive faster than snyk extract;
// no `secret` finding (both images are clean). CPU time (user + sys) is reported beside wall time:
// it moves less than wall time when the machine is busy.
//
// Usage: npm run bench [-- --runs N] [-- --image tools|text] [-- --cli OTHER/dist/cli.js]

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = path.join(root, ".cache", "bench");
const flag = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const runs = Number(flag("--runs", "5"));
const only = flag("--image", undefined);
// --cli: another build to measure (a before/after comparison: node scripts/build.mjs /tmp/before on the old commit).
const cli = path.resolve(flag("--cli", path.join(root, "dist", "cli.js")));
const snykDriver = path.join(root, "scripts", "bench-snyk-extract.cjs");
const node = process.execPath;

const IMAGES = [
  {
    name: "tools",
    title: "bookworm minbase + python3 nodejs npm openssh-client",
    recommends: false,
    steps: [["python3", "nodejs", "npm", "openssh-client"]],
  },
  {
    name: "text",
    title: "bookworm minbase + python3 python3-pip python3-venv | nodejs npm git (with recommends)",
    recommends: true,
    steps: [
      ["python3", "python3-pip", "python3-venv"],
      ["nodejs", "npm", "git"],
    ],
  },
];

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

const storage = ["--root", path.join(work, "storage"), "--runroot", path.join(work, "run"), "--storage-driver", "vfs"];
const buildah = (...args) => run("buildah", [...storage, ...args]);

/** The shared base: a debootstrap minbase committed as one layer. */
function ensureBase() {
  const name = "localhost/image-gate-bench/minbase:bookworm";
  if (spawnSync("buildah", [...storage, "inspect", name], { stdio: "ignore" }).status === 0) return name;
  const rootfs = path.join(work, "rootfs");
  if (!existsSync(path.join(rootfs, "etc", "debian_version"))) {
    log(`debootstrap --variant=minbase bookworm (mirror ${debianMirror()})`);
    rmSync(rootfs, { recursive: true, force: true });
    run("debootstrap", ["--variant=minbase", "bookworm", rootfs, debianMirror()], { stdio: ["ignore", "ignore", "inherit"] });
  }
  log("committing the minbase image with buildah");
  const container = buildah("from", "scratch").trim();
  buildah("copy", container, `${rootfs}/`, "/");
  buildah("commit", container, name);
  buildah("rm", container);
  return name;
}

/** Builds one bench image (once) as an OCI layout with gzip layers and as an uncompressed docker-archive. */
function buildImage(image) {
  const dir = path.join(work, image.name);
  const layout = path.join(dir, "oci");
  const archive = path.join(dir, "docker-archive.tar");
  if (existsSync(path.join(layout, "index.json")) && existsSync(archive)) return { layout, archive };
  ensureTools();
  mkdirSync(dir, { recursive: true });
  const base = ensureBase();
  const context = path.join(dir, "context");
  mkdirSync(context, { recursive: true });
  const install = (packages) =>
    `RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${image.recommends ? "" : "--no-install-recommends "}${packages.join(" ")} && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin`;
  writeFileSync(path.join(context, "Dockerfile"), [`FROM ${base}`, ...image.steps.map(install), ""].join("\n"));
  const tag = `localhost/image-gate-bench/${image.name}:latest`;
  log(`building the ${image.name} image with buildah`);
  buildah("bud", "--isolation", "chroot", "--layers", "-t", tag, context);
  rmSync(layout, { recursive: true, force: true });
  rmSync(archive, { force: true });
  buildah("push", tag, `oci:${layout}:latest`);
  buildah("push", tag, `docker-archive:${archive}:${tag}`);
  return { layout, archive };
}

function layerBlobs(layout) {
  const index = JSON.parse(readFileSync(path.join(layout, "index.json"), "utf8"));
  const blob = (digest) => path.join(layout, "blobs", "sha256", digest.slice("sha256:".length));
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0].digest), "utf8"));
  return manifest.layers.map((layer) => blob(layer.digest));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs a command under GNU time: wall seconds, CPU seconds (user + sys, children included), peak RSS of the largest process. */
function measured(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "\n@bench %U %S %M", command, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stats = /@bench (\S+) (\S+) (\d+)\s*$/.exec(result.stderr ?? "");
  if (!stats) throw new Error(`${command} ${args.join(" ")}: no timing (${result.error?.message ?? result.stderr?.slice(-500)})`);
  return { seconds, cpu: Number(stats[1]) + Number(stats[2]), rss: Number(stats[3]) * 1024, result };
}

/**
 * Reads files through before a measured command, untimed: a machine that reclaims idle page cache
 * (seen here: a 1.4 GB archive read back from disk took a run from 5 s to 52 s) would otherwise
 * charge one column, at random, with disk reads the others are spared.
 */
function warm(files) {
  for (const file of files) run("sh", ["-c", `cat '${file}' > /dev/null`]);
}

function gate(reference) {
  const measurement = measured(node, [cli, "--image", reference, "--format", "json"]);
  const { status, stderr, stdout } = measurement.result;
  if (status !== 0 && status !== 1) throw new Error(`the gate failed on ${reference}: ${stderr}`);
  const counts = {};
  for (const finding of JSON.parse(stdout).findings) counts[finding.check] = (counts[finding.check] ?? 0) + 1;
  return { ...measurement, counts };
}

function benchImage(image) {
  const { layout, archive } = buildImage(image);
  const blobs = layerBlobs(layout);
  const sizes = blobs.map((file) => statSync(file).size);
  const unpacked = blobs.reduce((sum, file) => sum + Number(run("sh", ["-c", `gzip -dc '${file}' | wc -c`]).trim()), 0);
  const gunzipAll = blobs.map((file) => `gzip -dc '${file}' > /dev/null`).join(" && ");

  const samples = { gzip: [], gateGzip: [], gateArchive: [], snyk: [] };
  let gzipCounts;
  let archiveCounts;
  for (let index = 0; index < runs; index++) {
    warm(blobs);
    samples.gzip.push(measured("sh", ["-c", gunzipAll]));
    warm(blobs);
    const viaGzip = gate(`oci:${layout}`);
    samples.gateGzip.push(viaGzip);
    gzipCounts = viaGzip.counts;
    warm([archive]);
    const viaArchive = gate(`docker-archive:${archive}`);
    samples.gateArchive.push(viaArchive);
    archiveCounts = viaArchive.counts;
    warm([archive]);
    const snyk = measured(node, [snykDriver, archive]);
    if (snyk.result.status !== 0) throw new Error(`the snyk extractor failed: ${snyk.result.stderr}`);
    samples.snyk.push({ ...snyk, summary: JSON.parse(snyk.result.stdout.trim().split("\n").at(-1)) });
    log(
      `  ${image.name} run ${index + 1}/${runs}: gzip -dc ${samples.gzip.at(-1).seconds.toFixed(2)} s, gate gzip ${viaGzip.seconds.toFixed(2)} s, ` +
        `gate archive ${viaArchive.seconds.toFixed(2)} s, snyk extract ${snyk.seconds.toFixed(2)} s`,
    );
  }
  const wall = (name) => median(samples[name].map((sample) => sample.seconds));
  const cpu = (name) => median(samples[name].map((sample) => sample.cpu));
  const ratios = (a, b) => samples[a].map((sample, index) => sample.seconds / samples[b][index].seconds);
  const spread = (values) => `${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)}`;
  const gzipRatios = ratios("gateGzip", "gzip");
  const snykRatios = ratios("gateArchive", "snyk");
  const peak = Math.max(...samples.gateGzip.map((sample) => sample.rss), ...samples.gateArchive.map((sample) => sample.rss));
  return {
    name: image.name,
    title: image.title,
    layers: blobs.length,
    compressed: sizes.reduce((a, b) => a + b, 0),
    layerSizes: sizes,
    unpacked,
    archiveBytes: statSync(archive).size,
    runs,
    seconds: { gzip: wall("gzip"), gateGzip: wall("gateGzip"), gateArchive: wall("gateArchive"), snyk: wall("snyk") },
    cpuSeconds: { gzip: cpu("gzip"), gateGzip: cpu("gateGzip"), gateArchive: cpu("gateArchive"), snyk: cpu("snyk") },
    rssBytes: {
      gateGzip: Math.max(...samples.gateGzip.map((sample) => sample.rss)),
      gateArchive: Math.max(...samples.gateArchive.map((sample) => sample.rss)),
      snyk: Math.max(...samples.snyk.map((sample) => sample.rss)),
    },
    ratioToGzip: { median: median(gzipRatios), spread: spread(gzipRatios) },
    ratioToSnyk: { median: median(snykRatios), spread: spread(snykRatios) },
    snykFiles: samples.snyk.at(-1).summary.files,
    findings: { gzip: gzipCounts, archive: archiveCounts },
    targets: {
      gzip: median(gzipRatios) <= 1.0,
      rss: peak < 150e6,
      snyk: median(snykRatios) < 1.0,
      secrets: (gzipCounts.secret ?? 0) === 0 && (archiveCounts.secret ?? 0) === 0,
    },
  };
}

function startup() {
  const startNode = [];
  const startGate = [];
  for (let index = 0; index < 10; index++) {
    startNode.push(measured(node, ["-e", "0"]).seconds);
    startGate.push(measured(node, [cli, path.join(root, "examples", "Dockerfile"), "--format", "json"]).seconds);
  }
  return { node: median(startNode), gate: median(startGate) };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const s = (seconds) => `${seconds.toFixed(2)} s`;
const verdict = (met) => (met ? "met" : "MISSED");
const counted = (counts) =>
  Object.entries(counts)
    .map(([check, count]) => `${check} ${count}`)
    .join(", ") || "none";

function describe(result) {
  const { seconds, cpuSeconds, rssBytes } = result;
  const row = (label, name, extra = "") => `  ${label.padEnd(14)}${s(seconds[name]).padStart(8)}  cpu ${s(cpuSeconds[name]).padStart(8)}${extra}`;
  return [
    `${result.name}: ${result.title}`,
    `  ${result.layers} layers, ${mb(result.compressed)} gzip (${result.layerSizes.map(mb).join(" + ")}), ${mb(result.unpacked)} unpacked; medians of ${result.runs} runs`,
    row("gzip -dc", "gzip"),
    row("gate gzip", "gateGzip", `  rss ${mb(rssBytes.gateGzip)}  = ${result.ratioToGzip.median.toFixed(2)} x gzip -dc (runs ${result.ratioToGzip.spread})`),
    row(
      "gate archive",
      "gateArchive",
      `  rss ${mb(rssBytes.gateArchive)}  = ${result.ratioToSnyk.median.toFixed(2)} x snyk extract (runs ${result.ratioToSnyk.spread})`,
    ),
    row("snyk extract", "snyk", `  rss ${mb(rssBytes.snyk)}  (${result.snykFiles} files read)`),
    `  targets       <= 1.0 x gzip -dc: ${verdict(result.targets.gzip)}; peak RSS < 150 MB: ${verdict(result.targets.rss)}; faster than snyk extract: ${verdict(result.targets.snyk)}; no secret finding: ${verdict(result.targets.secrets)}`,
    `  findings      gzip: ${counted(result.findings.gzip)}`,
    `                archive: ${counted(result.findings.archive)}`,
  ].join("\n");
}

function main() {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const chosen = IMAGES.filter((image) => only === undefined || image.name === only);
  if (chosen.length === 0) throw new Error(`--image: no bench image named ${only} (${IMAGES.map((image) => image.name).join(", ")})`);
  for (const image of chosen) buildImage(image);
  const load = os.loadavg()[0];
  const results = chosen.map(benchImage);
  const start = startup();
  const lines = [
    `gate            ${path.relative(root, cli) || cli}`,
    `machine         Node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? "unknown CPU"}, load average ${load.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`,
    ...results.map(describe),
    `start-up        Dockerfile-only run ${(start.gate * 1000).toFixed(0)} ms vs node -e 0 ${(start.node * 1000).toFixed(0)} ms = ${(start.gate / start.node).toFixed(1)} x`,
  ];
  console.log(lines.join("\n"));
  mkdirSync(work, { recursive: true });
  writeFileSync(path.join(work, "result.json"), `${JSON.stringify({ cli, node: process.version, images: results, startup: start }, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
