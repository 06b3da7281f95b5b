/**
 * docker-daemon:NAME — runs `docker save NAME` and reads its stream in one pass. In a stream the
 * metadata (manifest.json, index.json) comes after the blobs, so every member that looks like a
 * layer is walked as it passes, and the results are put in order once the metadata has arrived.
 */

import { spawn, type ChildProcessByStdio } from "node:child_process";
import { Readable } from "node:stream";
import tar from "tar-stream";
import { GateError, firstLine } from "../errors.ts";
import { waitOnCancel, type RunActivity } from "../run-control.ts";
import { assembleImage } from "./assemble.ts";
import { MAX_DOCUMENT_BYTES, MAX_LAYERS } from "./documents.ts";
import { MAX_CAPTURED_PER_IMAGE, walkLayer, type LayerReading, type WalkLimits } from "./layer-walker.ts";
import type { ImageProgressEvent } from "../progress.ts";
import type { BlobStore } from "./blob-store.ts";
import { checkPlatform, resolveDockerArchive } from "./resolve-image.ts";
import type { ImageModel, LayerScan } from "./model.ts";
import { guardStream } from "./stream-guard.ts";
import { TarEnd } from "./tar-end.ts";
import { dirname, joinPath } from "./tar-index.ts";
import { ImageBudget } from "./walk-budget.ts";

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

/** How long `docker save` may take to exit once its archive is complete, or once it has failed, before it is ended. */
const EXIT_GRACE_MS = 1000;
/** How long a child that ignores SIGTERM gets before SIGKILL. */
const KILL_GRACE_MS = 2000;

interface DaemonOptions {
  /** Longest silence from `docker save` (limits.idle-timeout). */
  idleTimeoutMs?: number;
  signal?: AbortSignal;
  activity?: RunActivity;
  /** Told as layer bytes arrive (progress on a terminal). */
  progress?: (event: ImageProgressEvent) => void;
}

/** `docker save` as a child process that is always ended: SIGTERM, then SIGKILL if it lingers. */
class SaveProcess {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  stderr = "";
  /** Set when we ended it: its exit status then says nothing about the archive. */
  ended = false;
  private readonly exited: Promise<{ code: number | null } | { error: GateError }>;
  private status: { code: number | null } | { error: GateError } | undefined;

  constructor(name: string, label: string) {
    this.child = spawn("docker", ["save", name], { stdio: ["ignore", "pipe", "pipe"] });
    this.child.stderr.on("data", (chunk: Buffer) => {
      if (this.stderr.length < 65536) this.stderr += chunk.toString("utf8");
    });
    this.exited = new Promise((resolve) => {
      this.child.on("error", (error: NodeJS.ErrnoException) =>
        resolve({
          error: new GateError(
            error.code === "ENOENT" ? `${label}: the docker command is not on PATH` : `${label}: cannot run docker save (${firstLine(error)})`,
          ),
        }),
      );
      this.child.on("exit", (code) => resolve({ code }));
    });
    void this.exited.then((status) => (this.status = status));
  }

  /** The exit status, if the process exits within `ms`. */
  async exitWithin(ms: number): Promise<{ code: number | null } | { error: GateError } | undefined> {
    if (this.status) return this.status;
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([this.exited, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)))]);
    clearTimeout(timer);
    return result;
  }

  /** Ends the process if it still runs; resolves once it has gone. */
  async end(): Promise<void> {
    if (this.status || this.child.exitCode !== null || this.child.signalCode !== null || this.child.pid === undefined) return;
    this.ended = true;
    this.child.kill("SIGTERM");
    if ((await this.exitWithin(KILL_GRACE_MS)) === undefined) {
      this.child.kill("SIGKILL");
      await this.exited;
    }
  }
}

/** Resolves when the tar parser, having said it is full, can take more, or is gone. */
function drained(stream: tar.Extract): Promise<void> {
  if (stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    stream.on("drain", done).on("close", done).on("error", done);
  });
}

/**
 * Reads `docker save NAME` in one pass. The stream must keep coming (limits.idle-timeout); it is
 * read up to the end of the archive and no further, so a `docker save` that never exits after
 * writing it does not hold the gate; and the process is ended whatever happens.
 */
export async function loadFromDaemon(
  source: { name: string },
  reference: string,
  limits: WalkLimits,
  platform: string | undefined,
  reading: LayerReading,
  options: DaemonOptions = {},
): Promise<ImageModel> {
  const label = `docker-daemon:${source.name}`;
  const idleMs = options.idleTimeoutMs ?? 30_000;
  const save = new SaveProcess(source.name, label);
  const onAbort = () => {
    if (options.signal) waitOnCancel(options.signal, save.end());
  };
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const store = new CollectedStore(label);
    const scans = await readSaveStream(save, label, idleMs, limits, store, reading, options);
    const resolved = await resolveDockerArchive(store, undefined, platform);
    return assembleFromStream(label, reference, platform, store, scans, resolved, reading);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await save.end();
  }
}

async function readSaveStream(
  save: SaveProcess,
  label: string,
  idleMs: number,
  limits: WalkLimits,
  store: CollectedStore,
  layerReading: LayerReading,
  options: DaemonOptions,
): Promise<Map<string, LayerScan>> {
  const scans = new Map<string, LayerScan>();
  // Layers arrive one after the other: the stream's order is the entry budget's order.
  const budget = new ImageBudget(limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
  let bytes = 0;
  let layersDone = 0;
  const progress = options.progress;
  const onBytes = progress
    ? (count: number) => {
        bytes += count;
        progress({ activity: "reading docker save", layersDone, bytes });
      }
    : undefined;
  const stdout = guardStream(save.child.stdout, {
    idleMs,
    ...(options.signal ? { signal: options.signal } : {}),
    describe: (problem) => `${label}: docker save sent nothing for ${problem.kind === "idle" ? Math.round(problem.ms / 1000) : "?"} s (limits.idle-timeout)`,
  });
  const outer = tar.extract();
  const end = new TarEnd();
  // Reading stops at the end of the archive, or when the parser fails, without closing the pipe:
  // docker save then either exits on its own (its status counts) or blocks, and is ended.
  let stopReading!: () => void;
  const stopped = new Promise<"stopped">((resolve) => (stopReading = () => resolve("stopped")));
  const chunks = (stdout as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const reading = (async () => {
    try {
      for (;;) {
        const pending = chunks.next();
        pending.catch(() => undefined);
        const next = await Promise.race([pending, stopped]);
        if (next === "stopped" || next.done || outer.destroyed) break;
        const take = end.take(next.value);
        if (!outer.write(take === next.value.length ? next.value : next.value.subarray(0, take))) await drained(outer);
        if (end.ended) break;
      }
      if (!outer.destroyed) outer.end(undefined);
    } catch (error) {
      outer.destroy(error as Error);
      throw error;
    }
  })();
  const consuming = (async () => {
    try {
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
        if (layersDone >= MAX_LAYERS) throw new GateError(`${label}: more than ${MAX_LAYERS} layers; not an image a container runtime can mount`);
        const done = options.activity?.begin(`reading ${label}: ${name}`);
        try {
          const info = { index: -1, order: layersDone, label: `${label}: ${name}`, ...(onBytes ? { onBytes } : {}) };
          scans.set(name, await walkLayer(replay, info, limits, layerReading, budget));
          layersDone++;
        } finally {
          done?.();
        }
      }
    } catch (error) {
      outer.destroy();
      stopReading();
      throw error;
    }
  })();
  const settled = await Promise.allSettled([consuming, reading]);
  // The parser's or walker's own error explains more than the "premature close" it causes upstream.
  const failures = settled.filter((result): result is PromiseRejectedResult => result.status === "rejected").map((result) => result.reason as unknown);
  const streamFailure = failures.find((reason) => reason instanceof GateError) ?? failures[0];

  // docker's own account of a failure explains a broken stream better than the tar parser can;
  // it gets a moment to give it. (A death by signal, SIGPIPE once reading stopped, says nothing.)
  const status = await save.exitWithin(streamFailure !== undefined || end.ended ? EXIT_GRACE_MS : idleMs);
  stdout.destroy();
  if (status && "error" in status) throw status.error;
  if (status && status.code !== null && status.code !== 0 && !save.ended && !(streamFailure instanceof GateError)) {
    throw new GateError(`${label}: docker save failed (${firstLine(save.stderr.trim()) || `exit code ${status.code}`})`);
  }
  if (streamFailure !== undefined) {
    if (streamFailure instanceof GateError) throw streamFailure;
    throw new GateError(`${label}: the docker save stream is not a valid archive (${firstLine(streamFailure)})`);
  }
  if (!status && !end.ended)
    throw new GateError(`${label}: docker save closed its output but did not exit within ${Math.round(idleMs / 1000)} s (limits.idle-timeout)`);
  budget.reportShortfalls();
  return scans;
}

function assembleFromStream(
  label: string,
  reference: string,
  platform: string | undefined,
  store: CollectedStore,
  scans: Map<string, LayerScan>,
  resolved: Awaited<ReturnType<typeof resolveDockerArchive>>,
  reading: LayerReading,
): ImageModel {
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
    plan: reading.plan,
  });
}
