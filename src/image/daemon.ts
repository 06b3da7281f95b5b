/**
 * docker-daemon:NAME — runs `docker save NAME` and reads its stream in one pass. In a stream the
 * metadata (manifest.json, index.json) comes after the blobs, so every member that looks like a
 * layer is walked as it passes, and the results are put in order once the metadata has arrived.
 */

import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import tar from "tar-stream";
import { GateError, firstLine } from "../errors.ts";
import type { SecretScanner } from "../secrets/scanner.ts";
import { assembleImage } from "./assemble.ts";
import { MAX_DOCUMENT_BYTES } from "./documents.ts";
import { walkLayer, type WalkLimits } from "./layer-walker.ts";
import type { ImageProgressEvent } from "../progress.ts";
import { checkPlatform, resolveDockerArchive, type BlobStore } from "./load.ts";
import type { ImageModel, LayerScan } from "./model.ts";
import { dirname, joinPath } from "./tar-index.ts";

/** Members that are metadata by name; blobs are sniffed. */
const METADATA = /^(?:manifest\.json|index\.json|oci-layout|repositories|[^/]+\.json|[^/]+\/json|[^/]+\/VERSION)$/;

/** Metadata collected from the stream, readable like any other blob store. */
class CollectedStore implements BlobStore {
  readonly texts = new Map<string, string>();
  readonly links = new Map<string, string>();
  constructor(readonly label: string) {}
  resolveName(name: string): string {
    let current = name;
    for (let hops = 0; this.links.has(current) && hops < 16; hops++) current = this.links.get(current)!;
    return current;
  }
  has(name: string): boolean {
    return this.texts.has(this.resolveName(name));
  }
  async read(name: string): Promise<string> {
    const text = this.texts.get(this.resolveName(name));
    if (text === undefined) throw new GateError(`${this.label}: ${name} is missing from the docker save stream`);
    return text;
  }
  open(name: string): Readable {
    throw new GateError(`${this.label}: ${name} cannot be reopened from a stream`);
  }
}

async function readAll(stream: AsyncIterable<Buffer>, first: Buffer | undefined, limit: number, label: string): Promise<string> {
  const chunks: Buffer[] = first ? [first] : [];
  let size = first?.length ?? 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw new GateError(`${label}: metadata member is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function loadFromDaemon(
  source: { name: string },
  reference: string,
  limits: WalkLimits,
  platform: string | undefined,
  progress: ((event: ImageProgressEvent) => void) | undefined,
  scanner: SecretScanner,
): Promise<ImageModel> {
  let bytes = 0;
  let layersDone = 0;
  const onBytes = progress
    ? (count: number) => {
        bytes += count;
        progress({ activity: "reading docker save", layersDone, bytes });
      }
    : undefined;
  const label = `docker-daemon:${source.name}`;
  const child = spawn("docker", ["save", source.name], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    if (stderr.length < 65536) stderr += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(new GateError(error.code === "ENOENT" ? `${label}: the docker command is not on PATH` : `${label}: cannot run docker save (${firstLine(error)})`)),
    );
    child.on("close", (code) => resolve(code));
  });

  const store = new CollectedStore(label);
  const scans = new Map<string, LayerScan>();
  const outer = tar.extract();
  const reading = pipeline(child.stdout, outer).catch((error: unknown) => {
    throw new GateError(`${label}: the docker save stream is not a valid archive (${firstLine(error)})`);
  });
  const consuming = (async () => {
    try {
      await consumeMembers();
    } catch (error) {
      // Stop docker save too, or it would wait forever on a full pipe.
      outer.destroy();
      child.kill();
      throw error;
    }
  })();
  async function consumeMembers(): Promise<void> {
    for await (const entry of outer) {
      const name = entry.header.name.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
      if (entry.header.type === "symlink" || entry.header.type === "link") {
        const target = entry.header.linkname ?? "";
        store.links.set(name, entry.header.type === "symlink" ? joinPath(dirname(name), target) : target.replace(/^(?:\.\/)+/, ""));
        entry.resume();
        continue;
      }
      if (entry.header.type !== "file" && entry.header.type !== "contiguous-file") {
        entry.resume();
        continue;
      }
      const iterator = (entry as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      const head = await iterator.next();
      const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iterator };
      const firstChunk = head.done ? undefined : head.value;
      const size = entry.header.size ?? 0;
      if (METADATA.test(name) || (firstChunk?.[0] === 0x7b && size <= MAX_DOCUMENT_BYTES)) {
        store.texts.set(name, await readAll(rest, firstChunk, MAX_DOCUMENT_BYTES, `${label}: ${name}`));
        continue;
      }
      const replay = Readable.from(
        (async function* () {
          if (firstChunk) yield firstChunk;
          yield* rest;
        })(),
      );
      scans.set(name, await walkLayer(replay, { index: -1, label: `${label}: ${name}`, ...(onBytes ? { onBytes } : {}) }, limits, scanner));
      layersDone++;
    }
  }
  const [read, consumed, code] = await Promise.allSettled([reading, consuming, exited]);
  if (code.status === "rejected") throw code.reason;
  if (code.value !== 0) throw new GateError(`${label}: docker save failed (${firstLine(stderr.trim()) || `exit code ${code.value}`})`);
  for (const result of [consumed, read]) if (result.status === "rejected") throw result.reason;

  const resolved = await resolveDockerArchive(store, undefined, platform);
  checkPlatform(label, resolved.config, platform);
  const diffIds = resolved.config.rootfs.diff_ids;
  if (diffIds.length !== resolved.layers.length) {
    throw new GateError(`${label}: the config lists ${diffIds.length} layer diff_ids but the manifest has ${resolved.layers.length} layers`);
  }
  const ordered = resolved.layers.map((layer, index): LayerScan => {
    const scan = scans.get(store.resolveName(layer.name));
    if (!scan) throw new GateError(`${label}: layer ${layer.name} is missing from the docker save stream`);
    if (layer.digest !== undefined && layer.digest !== scan.digest) {
      throw new GateError(`${label}: layer ${index + 1} content does not match its digest (expected ${layer.digest}, got ${scan.digest})`);
    }
    if (scan.diffId !== "" && scan.diffId !== diffIds[index]) {
      throw new GateError(`${label}: layer ${index + 1} does not match the image config's diff_id (expected ${diffIds[index]}, got ${scan.diffId})`);
    }
    return { ...scan, index };
  });
  return assembleImage({
    reference,
    transport: "docker-daemon",
    label,
    digest: resolved.digest,
    configDigest: resolved.configDigest,
    config: resolved.config,
    scans: ordered,
  });
}
