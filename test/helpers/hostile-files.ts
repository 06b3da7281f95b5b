/**
 * Generates the hostile file cases at test time, into temporary directories: Dockerfiles of
 * extreme shapes, devices, FIFOs and directories where files are expected, layers of a million
 * files, zstd frames that ask for huge windows. Nothing here is committed as data.
 */

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, renameSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { BUILT_CLI, ROOT } from "./paths.ts";

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `image-gate-${prefix}-`));
}

/** A FIFO at `file` (nothing ever writes to it: reading it would wait forever). */
export function fifo(file: string): string {
  const made = spawnSync("mkfifo", [file]);
  if (made.status !== 0) throw new Error(`mkfifo ${file} failed (exit ${made.status})`);
  return file;
}

/** Dockerfile shapes that were quadratic or unbounded, each generated at run time. */
export const DOCKERFILE_SHAPES: Record<string, () => string> = {
  // One 1 MB RUN line: a single word that the lookbehind-led gpgcheck expression rescanned at every position.
  "a 1 MB RUN line": () => `FROM alpine:3.19\nRUN dnf --setopt=${"a".repeat(1_000_000)}gpgcheck=0 install x\nUSER 1000\n`,
  // A 1 MB line of words and brackets: every "[" began a scan to the end of the line.
  "a 1 MB line of brackets and words": () => `FROM alpine:3.19\nRUN echo ${"[x ".repeat(150_000)}\nUSER 1000\n`,
  "a heredoc of 100k lines": () => `FROM alpine:3.19\nRUN <<EOF\n${"true\n".repeat(100_000)}EOF\nUSER 1000\n`,
  "50k ENV lines": () => `FROM alpine:3.19\n${Array.from({ length: 50_000 }, (_, index) => `ENV A${index}=x\n`).join("")}USER 1000\n`,
  // Each stage built on the one before, each adding to the environment it inherits (2.8 GB when copied).
  "10k chained stages": () =>
    `FROM alpine:3.19 AS s0\n${Array.from({ length: 10_000 }, (_, index) => `FROM s${index} AS s${index + 1}\nENV B${index}=y\n`).join("")}USER 1000\n`,
  // 120k flags: dockerfile-ast shifted each off the front of the word list (minutes).
  "120k flags on one RUN": () => `FROM alpine:3.19\nRUN ${"--mount ".repeat(120_000)}true\nUSER 1000\n`,
  // Comments filed under stages by trying every stage.
  "16k stages and 40k comments": () =>
    `FROM alpine:3.19 AS s0\n${Array.from({ length: 16_000 }, (_, index) => `FROM s${index} AS s${index + 1}\n`).join("")}${"#\n".repeat(40_000)}USER 1000\n`,
  // Near the byte limit, as many short instructions as fit: the parser's own memory per instruction.
  "a megabyte of short RUN lines, each a finding": () => `FROM alpine:3.19\n${"RUN curl x|sh\n".repeat(65_000)}USER 1000\n`,
  "a megabyte of ARG lines": () => `FROM alpine:3.19\n${Array.from({ length: 75_000 }, (_, index) => `ARG A${index}=x\n`).join("")}USER 1000\n`,
  // 150k `env` wrappers before the program: each was shifted off the front of the command.
  "150k command wrappers": () => `FROM alpine:3.19\nRUN ${"env ".repeat(150_000)}true\nUSER 1000\n`,
  // One variable referenced 400k times in a LABEL.
  "400k variable references": () => `FROM alpine:3.19\nENV A=1\nLABEL x=${"$A".repeat(400_000)}\nUSER 1000\n`,
};

/** Runs the built CLI under the peak-memory probe; returns exit code, output, peak RSS (bytes) and wall time. */
export function runMeasured(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): { code: number | null; stdout: string; stderr: string; maxRss: number; ms: number; signal: NodeJS.Signals | null } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, "test/helpers/max-rss.mjs"), BUILT_CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    encoding: "utf8",
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  const match = /maxRSS=(\d+)\n?$/.exec(result.stderr ?? "");
  const stderr = (result.stderr ?? "").replace(/maxRSS=\d+\n?$/, "");
  return { code: result.status, stdout: result.stdout ?? "", stderr, maxRss: match ? Number(match[1]) * 1024 : Number.NaN, ms, signal: result.signal };
}

const BLOCK = 512;

/** A ustar header for an empty regular file (or the given type). */
function header(name: string, options: { type?: string; size?: number; linkname?: string; mode?: number } = {}): Buffer {
  const block = Buffer.alloc(BLOCK);
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, "0") + "\0";
  block.write(name, 0, 100, "utf8");
  block.write(octal(options.mode ?? 0o644, 8), 100, "ascii");
  block.write(octal(0, 8), 108, "ascii");
  block.write(octal(0, 8), 116, "ascii");
  block.write(octal(options.size ?? 0, 12), 124, "ascii");
  block.write(octal(0, 12), 136, "ascii");
  block.write(options.type ?? "0", 156, "ascii");
  if (options.linkname) block.write(options.linkname, 157, 100, "utf8");
  block.write("ustar\u000000", 257, "latin1");
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "ascii");
  return block;
}

let layersMade = 0;

/**
 * Streams a gzip layer of `count` empty files (`many/0000001`, ...) to disk without holding it,
 * and returns the blob's path and the tar's digest (the config's diff_id).
 */
export async function manyFilesLayer(dir: string, count: number): Promise<{ file: string; diffId: string }> {
  const diff = createHash("sha256");
  const width = String(count).length;
  const source = Readable.from(
    (function* () {
      const batch: Buffer[] = [];
      for (let index = 0; index < count; index++) {
        batch.push(header(`many/${String(index).padStart(width, "0")}`));
        if (batch.length === 2048) {
          const chunk = Buffer.concat(batch);
          batch.length = 0;
          diff.update(chunk);
          yield chunk;
        }
      }
      const end = Buffer.concat([...batch, Buffer.alloc(BLOCK * 2)]);
      diff.update(end);
      yield end;
    })(),
  );
  const file = path.join(dir, `many-${count}-${++layersMade}.tar.gz`);
  await pipeline(source, zlib.createGzip({ level: 1 }), createWriteStream(file));
  return { file, diffId: `sha256:${diff.digest("hex")}` };
}

/** A tar (uncompressed) from entries: files with content, symlinks, directories. */
export function tarEntries(entries: Array<{ name: string; content?: string | Buffer; type?: "file" | "symlink" | "directory"; linkname?: string }>): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const content = typeof entry.content === "string" ? Buffer.from(entry.content) : (entry.content ?? Buffer.alloc(0));
    const type = entry.type === "symlink" ? "2" : entry.type === "directory" ? "5" : "0";
    const options: { type: string; size: number; mode: number; linkname?: string } = {
      type,
      size: type === "0" ? content.length : 0,
      mode: type === "5" ? 0o755 : 0o644,
    };
    if (entry.linkname !== undefined) options.linkname = entry.linkname;
    parts.push(header(entry.name, options));
    if (type === "0" && content.length > 0) parts.push(content, Buffer.alloc((BLOCK - (content.length % BLOCK)) % BLOCK));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** An OCI layout around layer blobs already on disk (moved into it) or given as bytes. */
export function layoutWithLayers(
  layers: Array<{ file: string; diffId: string } | { bytes: Buffer; diffId: string }>,
  config: Record<string, unknown> = { User: "1000" },
): string {
  const dir = tempDir("oci");
  const blobs = path.join(dir, "blobs", "sha256");
  mkdirSync(blobs, { recursive: true });
  const put = (data: string | Buffer) => {
    const digest = createHash("sha256").update(data).digest("hex");
    writeFileSync(path.join(blobs, digest), data);
    return { digest: `sha256:${digest}`, size: Buffer.byteLength(data) };
  };
  const descriptors = layers.map((layer) => {
    if ("bytes" in layer) return { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", ...put(layer.bytes) };
    const digest = spawnSync("sha256sum", [layer.file], { encoding: "utf8" }).stdout.split(" ")[0]!;
    renameSync(layer.file, path.join(blobs, digest));
    return { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: `sha256:${digest}`, size: statSync(path.join(blobs, digest)).size };
  });
  const configBlob = put(
    JSON.stringify({ os: "linux", architecture: "amd64", config, rootfs: { type: "layers", diff_ids: layers.map((layer) => layer.diffId) } }),
  );
  const manifest = put(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", ...configBlob },
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

/** A layer blob (gzip) and its diff_id from a tar. */
export function gzipLayer(tarBytes: Buffer): { bytes: Buffer; diffId: string } {
  return { bytes: zlib.gzipSync(tarBytes), diffId: `sha256:${createHash("sha256").update(tarBytes).digest("hex")}` };
}

/**
 * A zstd frame holding `payload` in raw blocks, whose header asks for a window of 2^log2 bytes
 * (and, when `mantissa` is set, an eighth of that times mantissa more): decoders must refuse
 * windows past 128 MiB before allocating them.
 */
export function zstdFrame(payload: Buffer, log2: number, mantissa = 0): Buffer {
  const blocks: Buffer[] = [];
  const MAX_BLOCK = 128 * 1024;
  for (let offset = 0; offset < payload.length || offset === 0; offset += MAX_BLOCK) {
    const piece = payload.subarray(offset, offset + MAX_BLOCK);
    const last = offset + MAX_BLOCK >= payload.length ? 1 : 0;
    const value = (piece.length << 3) | last; // raw block (type 0)
    blocks.push(Buffer.from([value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff]), piece);
    if (payload.length === 0) break;
  }
  return Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, ((log2 - 10) << 3) | mantissa]), ...blocks]);
}
