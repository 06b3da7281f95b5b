/**
 * The streaming layer walker: one pass over one layer blob, never extracted, never held in
 * memory. blob → sha256 → sniff (gzip | zstd | tar) → decompress → sha256 (diff_id) → tar entries.
 * What it reads beyond that is what the enabled checks asked for (needs.ts), and nothing else:
 * entries recorded (path, type, mode, owner, link) when a check reads them, text files scanned
 * for credentials up to a size cap when a check asked for that, and the small files checks named
 * captured whole for later resolution. With nothing asked, a layer is only hashed and verified.
 */

import { createHash } from "node:crypto";
import { PassThrough, Transform } from "node:stream";
import type { LayerSource } from "./blob-store.ts";
import zlib from "node:zlib";
import { GateError, firstLine } from "../errors.ts";
import { collectSpentChunks } from "../heap.ts";
import type { SecretScanner } from "../secrets/scanner.ts";
import { archiveKind } from "./archive-members.ts";
import { SAMPLE_BYTES } from "./content-kind.ts";
import {
  DEFAULT_ARCHIVE_LIMITS,
  looksBinary,
  scanFileBytes,
  scanFileContent,
  type ArchiveLimits,
  type ContentOptions,
  type ContentResult,
} from "./file-content.ts";
import type { EntryType, LayerEntry, LayerScan } from "./model.ts";
import type { ReadPlan } from "./needs.ts";
import { readTar, type TarEntry, type TarHeader } from "./tar-reader.ts";
import { quoteInput } from "../secrets/redact.ts";
import { ImageBudget, type EntrySink } from "./walk-budget.ts";
import { isZstdWindowError, ZSTD_WINDOW_MESSAGE, ZstdWindowGuard } from "./zstd-frames.ts";

export interface WalkLimits {
  /** Bytes of one file scanned for credentials (streamed in windows); the rest is reported as not scanned. */
  maxFileBytes: number;
  /** Uncompressed bytes of one layer read; past it the layer is reported as not fully scanned. */
  maxLayerBytes: number;
  /** Entries (files, links, whiteouts) kept per image, all layers together (bounds memory on hostile archives). */
  maxEntries: number;
  /** How far archives inside the image (.jar, .zip, .tar.gz, ...) are opened. */
  archives?: ArchiveLimits;
}

export const DEFAULT_LIMITS: WalkLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxLayerBytes: 16 * 1024 * 1024 * 1024,
  maxEntries: 300_000,
};

export interface LayerInfo {
  index: number;
  /** How messages name the layer (`layer 3 (sha256:ab12…)` or an archive member). */
  label: string;
  mediaType?: string;
  /** Expected digest of the blob as stored, when the source names it. */
  digest?: string;
  /** Expected digest of the uncompressed tar (config rootfs.diff_ids). */
  diffId?: string;
  /** Place in the image for the shared entry budget, when `index` does not say it (a docker save stream). */
  order?: number;
  /**
   * A stream that could be endless (a registry blob): past maxLayerBytes, read no further and
   * fail, since the rest can no longer be verified. Otherwise (files on disk) the rest is still
   * hashed and the layer is reported as not fully scanned.
   */
  stopAtLimit?: boolean;
  /** Told how many blob bytes were just read (progress on a terminal). */
  onBytes?: (count: number) => void;
}

/** What a walk reads beyond the digests: the enabled checks' needs, and the credential scanner when they ask for a scan. */
export interface LayerReading {
  plan: ReadPlan;
  /** Required when the plan asks for credentials; unused otherwise. */
  scanner?: SecretScanner | undefined;
}
/** A captured file larger than this is not kept (the image checks say what they could not read). */
export const MAX_CAPTURE_BYTES = 4 * 1024 * 1024;
/** Bytes captured per image, all files together. */
export const MAX_CAPTURED_PER_IMAGE = 64 * 1024 * 1024;

/**
 * Inflate runs on libuv's pool, and each output chunk is a round trip to this thread. With zlib's
 * defaults (16 KiB chunks, 16 KiB of output buffered) the inflater waits for this thread after
 * every chunk and the two take turns; 128 KiB chunks, and a quarter of a megabyte of output it may
 * run ahead by, let it inflate while this thread parses and scans (tools bench image: CPU 0.89x,
 * wall 0.83x of the defaults; paired runs). Each round trip also wakes a pool thread, 50 µs of
 * kernel time on the machines measured (inflating the tools image's larger layer alone: 890 ms
 * with 128 KiB chunks, 700 ms with 512 KiB), so chunks are 256 KiB, with 512 KiB ahead, and the
 * blob is read 256 KiB at a time (file-chunks.ts). Larger chunks left more spent buffers behind
 * until spent chunks were collected as the walk goes (collectSpentChunks); 512 KiB still peaked
 * 10 MiB higher on the text bench image.
 */
const INFLATE_OPTIONS: zlib.ZlibOptions & { readableHighWaterMark: number } = { chunkSize: 256 * 1024, readableHighWaterMark: 512 * 1024 };

/** Tar bytes between two looks at the spent chunks held (heap.ts). */
const SPENT_CHUNKS_CHECK = 2 * 1024 * 1024;

class LayerLimitReached extends Error {}

type Compression = "gzip" | "zstd" | "none";

function sniff(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return "zstd";
  return "none";
}

/** zstd: Node's own decoder where it has one (22.15+), a pure-JS streaming decoder otherwise. */
async function zstdDecompressor(): Promise<Transform> {
  const native = (zlib as unknown as { createZstdDecompress?: (options?: object) => Transform }).createZstdDecompress;
  if (typeof native === "function") return native(INFLATE_OPTIONS);
  const { Decompress } = await import("fzstd");
  const guard = new ZstdWindowGuard();
  // The transform's callbacks run only after the decoder below exists; the decoder pushes into the transform.
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        // fzstd allocates whatever window a frame asks for: the guard refuses more than zstd's own limit first.
        guard.inspect(chunk);
        decoder.push(chunk);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        decoder.push(new Uint8Array(0), true);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
  const decoder = new Decompress((data) => transform.push(Buffer.from(data)));
  return transform;
}

/** Normalizes a tar entry name to an absolute path; `..` is a hostile archive. */
function normalizeEntryPath(name: string, label: string): string {
  const parts: string[] = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") throw new GateError(`${label}: entry ${quoteInput(name, 120)} climbs out of the root with "..", refusing a hostile archive`);
    parts.push(part);
  }
  return `/${parts.join("/")}`;
}

function entryType(type: string | null | undefined): EntryType {
  switch (type) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "directory";
    case "symlink":
      return "symlink";
    case "link":
      return "hardlink";
    default:
      return "other";
  }
}

/** One chunk as a stream. */
async function* once(bytes: Buffer): AsyncGenerator<Buffer, void, undefined> {
  yield bytes;
}

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _chunk of stream) {
    // Discarded: the tar parser still needs the bytes to find the next header.
  }
}

/** Resolves once `wait` calls back, or the stream is gone (its errors are the reader's to report). */
function untilOrGone(stream: Transform, wait: (done: () => void) => void): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    stream.on("close", done).on("error", done);
    wait(done);
  });
}

/** Resolves when the stream can take more. */
const writable = (stream: Transform) => untilOrGone(stream, (done) => stream.on("drain", done));

/** Writes a chunk and resolves once the stream has taken it whole. */
const writtenThrough = (stream: Transform, chunk: Buffer) => untilOrGone(stream, (done) => stream.write(chunk, done));

/** The sha256 of a blob read whole (its bytes are only hashed). */
async function digestOf(source: LayerSource, label: string): Promise<string> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of source) hash.update(chunk);
  } catch (error) {
    throw new GateError(`${label}: cannot read the layer (${firstLine(error)})`, { cause: error });
  } finally {
    source.destroy();
  }
  return `sha256:${hash.digest("hex")}`;
}

/** A layer scan with nothing in it yet. */
export function emptyScan(index: number, mediaType: string): LayerScan {
  return {
    index,
    digest: "",
    diffId: "",
    mediaType,
    compressedSize: 0,
    uncompressedSize: 0,
    entries: [],
    whiteouts: [],
    opaqueDirs: [],
    hits: [],
    captured: {},
    unscanned: [],
    binary: { files: 0, bytes: 0 },
  };
}

/**
 * Walks one layer blob. Throws GateError for corrupt, truncated, mismatched or hostile input.
 * Layers of one image share `image` (entries kept, bytes captured); alone, a layer gets its own.
 */
export async function walkLayer(
  source: LayerSource,
  layer: LayerInfo,
  limits: WalkLimits,
  reading: LayerReading,
  image?: ImageBudget,
  /** Where entries go instead of this scan and the image's budget (a layer thread sends them to the main thread). */
  sink?: EntrySink,
): Promise<LayerScan> {
  const { plan } = reading;
  const scanner = plan.needs.credentials ? reading.scanner : undefined;
  if (plan.needs.credentials && !scanner) throw new Error("walkLayer: the needs ask for a credential scan but no scanner was given");
  const keepEntries = plan.needs.entries;
  const scan = emptyScan(layer.index, layer.mediaType ?? "");
  const budget = image ?? new ImageBudget(limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
  const kept = sink ?? budget.keeper(layer.order ?? layer.index, scan);
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const failed = (what: string, error: unknown): GateError =>
    error instanceof GateError ? error : new GateError(`${layer.label}: ${what} (${firstLine(error)})`, { cause: error });

  let first: IteratorResult<Buffer>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw failed("cannot read the layer", error);
  }
  const head = first.done ? Buffer.alloc(0) : first.value;
  const compression = sniff(head);
  // One hash per layer. The tar is hashed for its diff_id, which the config names (and the config
  // is named by the manifest's digest): content that matches it is the image's content, whatever
  // bytes compressed it, so the blob's own digest adds nothing and is not computed. It is where
  // nothing else vouches for the blob: no diff_id or digest to compare with (a `docker save`
  // stream, matched afterwards), an uncompressed blob (its digest is its diff_id), and a source
  // that cannot be read again (a registry download), which is hashed as it streams. Bytes on disk
  // can be (`again`): when the layer limit leaves their tar unread to its end, the blob is hashed
  // from a second read instead.
  const diffHash = compression === "none" ? undefined : createHash("sha256");
  const blobHash =
    diffHash === undefined || layer.diffId === undefined || layer.digest === undefined || source.again === undefined ? createHash("sha256") : undefined;
  const decompressor: Transform =
    compression === "gzip" ? zlib.createGunzip(INFLATE_OPTIONS) : compression === "zstd" ? await zstdDecompressor() : new PassThrough();
  // zlib has read a chunk whole when its write completes, and keeps nothing of it: each chunk is
  // waited on that far, so the source may read the next into the buffer of the one before. Not so
  // for a tar (its chunks go on to the tar reader as they are) or fzstd (it may keep a frame's start).
  const reuse = compression === "gzip" && source.reuseBuffers !== undefined;
  if (reuse) source.reuseBuffers!();

  let limitReached = false;
  let sinceCheck = 0;
  /** The tar bytes as they come out of the decompressor: metered against the layer limit, hashed for the diff_id. */
  async function* tarBytes(): AsyncGenerator<Buffer, void, undefined> {
    for await (const chunk of decompressor as AsyncIterable<Buffer>) {
      scan.uncompressedSize += chunk.length;
      sinceCheck += chunk.length;
      if (sinceCheck >= SPENT_CHUNKS_CHECK) {
        sinceCheck = 0;
        collectSpentChunks();
      }
      if (scan.uncompressedSize > limits.maxLayerBytes) {
        limitReached = true;
        throw new LayerLimitReached();
      }
      diffHash?.update(chunk);
      yield chunk;
    }
  }
  const extract = readTar(tarBytes());
  let fatal: unknown;

  // Reading starts before the pump writes, so the decompressor's errors always have a reader.
  const consuming = (async () => {
    try {
      for await (const entry of extract) {
        // Most files sit whole in the chunk at hand: read then and there, without a promise.
        const whole = recordWhole(entry);
        if (whole === false) await recordEntry(entry.header, entry);
        else if (whole !== true) await whole;
      }
    } catch (error) {
      // Past the layer limit, or a corrupt or hostile layer: stop decompressing; the pump still
      // hashes the rest of the blob after a limit, and stops reading after a failure.
      if ((!(error instanceof LayerLimitReached) && !limitReached) || layer.stopAtLimit) fatal = error;
      decompressor.destroy();
      // A streamed blob past the limit: reading on would only feed a stream that may never end.
      if (limitReached && layer.stopAtLimit) source.destroy();
      throw error;
    }
  })();
  const pumping = (async () => {
    try {
      await pump();
    } catch (error) {
      // A source that fails mid-blob (a dropped connection): stop the rest of the pipeline too,
      // or it would wait forever for bytes that will never come.
      decompressor.destroy(error as Error);
      throw error;
    }
  })();
  async function pump(): Promise<void> {
    const feed = async (chunk: Buffer) => {
      blobHash?.update(chunk);
      scan.compressedSize += chunk.length;
      if (layer.stopAtLimit && scan.compressedSize > limits.maxLayerBytes) {
        limitReached = true;
        fatal = new LayerLimitReached();
        decompressor.destroy(fatal as Error);
        return;
      }
      layer.onBytes?.(chunk.length);
      if (decompressor.destroyed || decompressor.writableEnded) return;
      if (reuse) await writtenThrough(decompressor, chunk);
      else if (!decompressor.write(chunk)) await writable(decompressor);
    };
    if (!first.done) await feed(head);
    for (;;) {
      if (fatal !== undefined) return;
      // Past the layer limit, the rest is read only to hash the blob; a blob not hashed so far is hashed from a second read.
      if (limitReached && blobHash === undefined) {
        source.destroy();
        return;
      }
      const next = await iterator.next();
      if (next.done) break;
      await feed(next.value);
    }
    if (!decompressor.destroyed) decompressor.end();
  }

  const contentOptions: ContentOptions | undefined = scanner
    ? { scanner, maxFileBytes: limits.maxFileBytes, archives: limits.archives ?? DEFAULT_ARCHIVE_LIMITS }
    : undefined;

  /** Whether a file a check wants is captured whole (not only the part scanned): it is when it fits the image's capture budget, which it then takes from. */
  function takeCapture(wanted: { alwaysText: boolean } | undefined, size: number): boolean {
    const capture = wanted !== undefined && size <= MAX_CAPTURE_BYTES && size <= budget.captureBytesLeft;
    if (capture) budget.captureBytesLeft -= size;
    return capture;
  }

  /** Keeps an entry (when the checks read entries): path, type, mode, owner, size, link. */
  function recordFile(path: string, type: EntryType, header: TarHeader): LayerEntry {
    const recorded: LayerEntry = { path, type, mode: header.mode ?? 0, uid: header.uid ?? 0, gid: header.gid ?? 0, size: header.size ?? 0 };
    if (header.linkname) recorded.linkname = type === "hardlink" ? normalizeEntryPath(header.linkname, layer.label) : header.linkname;
    // Past the image's entry limit the entry is not kept, but its content is still scanned.
    if (keepEntries) kept.entry(recorded);
    return recorded;
  }

  /**
   * A regular file whose body sits whole in the chunk at hand (most files of a layer): recorded
   * and read as recordEntry would, without a promise unless it is an archive. False, with nothing
   * read, for any other entry.
   */
  function recordWhole(entry: TarEntry): boolean | Promise<void> {
    const { header } = entry;
    const type = entryType(header.type);
    if (type !== "file" || !(header.size > 0)) return false;
    const path = normalizeEntryPath(header.name, layer.label);
    if (path.startsWith(".wh.", path.lastIndexOf("/") + 1)) return false;
    const wanted = plan.capture(path);
    let body: Buffer | undefined;
    if (scanner !== undefined || wanted !== undefined) {
      body = entry.whole();
      if (body === undefined) return false;
    }
    const { size } = recordFile(path, type, header);
    if (body === undefined) return true; // neither read nor kept: the reader skips the body
    const capture = takeCapture(wanted, size);
    if (contentOptions === undefined) {
      if (wanted && capture) keepCaptured(path, size, body, wanted.alwaysText);
      return true;
    }
    const alwaysText = wanted?.alwaysText ?? false;
    const found = scanFileBytes(path, body, contentOptions, capture, alwaysText);
    // An archive is read as a stream, from the same bytes.
    if (found === undefined) return scanContent(path, size, once(body), capture, alwaysText);
    keepFound(path, size, found, capture);
    return true;
  }

  async function recordEntry(header: TarHeader, entry: AsyncIterable<Buffer>): Promise<void> {
    const path = normalizeEntryPath(header.name, layer.label);
    const slash = path.lastIndexOf("/");
    const dir = path.slice(0, slash) || "/";
    const base = path.slice(slash + 1);
    if (base.startsWith(".wh.")) {
      await drain(entry);
      if (base === ".wh..wh..opq") {
        if (keepEntries) kept.opaque(dir);
      } else if (base.startsWith(".wh..wh."))
        return; // AUFS metadata, not a whiteout
      else if (base === ".wh.") throw new GateError(`${layer.label}: bare whiteout entry ${quoteInput(header.name, 120)}`);
      else if (keepEntries) kept.whiteout(`${dir === "/" ? "" : dir}/${base.slice(4)}`);
      return;
    }
    const type = entryType(header.type);
    const recorded = recordFile(path, type, header);
    if (type !== "file" || recorded.size === 0) return drain(entry);
    const wanted = plan.capture(path);
    const capture = takeCapture(wanted, recorded.size);
    if (scanner) await scanContent(path, recorded.size, entry, capture, wanted?.alwaysText ?? false);
    else if (wanted && capture) await captureOnly(path, recorded.size, entry, wanted.alwaysText);
    else await drain(entry);
  }

  /** A file a check reads whole, when no check asked for contents to be scanned: read, kept if it is text, nothing else. */
  async function captureOnly(path: string, size: number, entry: AsyncIterable<Buffer>, alwaysText: boolean): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk);
    keepCaptured(path, size, Buffer.concat(chunks), alwaysText);
  }

  function keepCaptured(path: string, size: number, bytes: Buffer, alwaysText: boolean): void {
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    // The same test the scanning path makes: a binary file (or an archive) of that name is of no use, and its budget goes back.
    if (alwaysText || (archiveKind(path, sample) === undefined && !looksBinary(sample))) scan.captured[path] = bytes.toString("utf8");
    else budget.captureBytesLeft += size;
  }

  async function scanContent(path: string, size: number, entry: AsyncIterable<Buffer>, capture: boolean, alwaysText: boolean): Promise<void> {
    keepFound(path, size, await scanFileContent(path, size, entry, contentOptions!, capture, alwaysText), capture);
  }

  function keepFound(path: string, size: number, found: ContentResult, capture: boolean): void {
    scan.hits.push(...found.hits);
    scan.unscanned.push(...found.unscanned);
    if (found.binary) {
      scan.binary.files++;
      scan.binary.bytes += size;
    }
    // A file called passwd that is binary (or an archive) is of no use: its budget goes back.
    if (capture && found.captured) scan.captured[path] = found.captured.toString("utf8");
    else if (capture) budget.captureBytesLeft += size;
  }

  const [pumped, consumed] = await Promise.allSettled([pumping, consuming]);
  const failure = consumed.status === "rejected" && !(consumed.reason instanceof LayerLimitReached) && !limitReached ? consumed : undefined;
  if (limitReached && layer.stopAtLimit) {
    source.destroy();
    throw new GateError(
      `${layer.label}: more than limits.max-layer-size (${limits.maxLayerBytes} bytes) ${scan.uncompressedSize > limits.maxLayerBytes ? "unpacked" : "read"}; stopped reading it, so its digest cannot be verified (raise limits.max-layer-size to read it)`,
    );
  }
  if (pumped.status === "rejected") {
    source.destroy();
    throw failed("cannot read the layer", pumped.reason);
  }
  if (failure) {
    source.destroy();
    if (isZstdWindowError(failure.reason)) throw new GateError(`${layer.label}: ${ZSTD_WINDOW_MESSAGE}`);
    throw failed(compression === "none" ? "not a valid tar archive" : `corrupt ${compression} or tar data`, failure.reason);
  }

  if (!image && !sink) budget.reportShortfalls();
  if (blobHash !== undefined) scan.digest = `sha256:${blobHash.digest("hex")}`;
  else if (limitReached) scan.digest = await digestOf(source.again!(), layer.label);
  else scan.digest = layer.digest!; // verified through the diff_id below
  if (layer.digest !== undefined && layer.digest !== scan.digest) {
    throw new GateError(`${layer.label}: content does not match its digest (expected ${layer.digest}, got ${scan.digest})`);
  }
  if (limitReached) {
    scan.unscanned.push({ reason: "layer-too-large", size: scan.uncompressedSize, scanned: limits.maxLayerBytes });
  } else {
    scan.diffId = diffHash ? `sha256:${diffHash.digest("hex")}` : scan.digest;
    if (layer.diffId !== undefined && layer.diffId !== scan.diffId) {
      throw new GateError(`${layer.label}: uncompressed content does not match the image config's diff_id (expected ${layer.diffId}, got ${scan.diffId})`);
    }
  }
  return scan;
}
