/**
 * The content side of the layer walk: a file's bytes stream past once, are scanned for credentials
 * in overlapping windows (bounded memory whatever the file's size), and archives inside the image
 * (.jar, .war, .ear, .zip, .whl, .tar, .tar.gz) are opened to a bounded depth and size, their
 * members scanned the same way and named `/srv/shop.war!WEB-INF/classes/db.properties`.
 */

import { createHash, type Hash } from "node:crypto";
import { scanFileText } from "../secrets/files.ts";
import type { SecretScanner } from "../secrets/scanner.ts";
import { ArchiveFormatError, archiveKind, SourceError, tagSourceErrors, tarMembers, zipMembers, type ArchiveKind } from "./archive-members.ts";
import { contentKind, SAMPLE_BYTES } from "./content-kind.ts";
import type { ContentHit, FileHits, Unscanned } from "./model.ts";

/**
 * Text is scanned this much at a time (new bytes)...
 *
 * With the overlap, a window's string stays under V8's largest regular heap object (128 KiB): a
 * larger string goes to the large-object space, one mapping per string, and a 256 KiB window cost
 * 20 ms of mapping and page faults per MB scanned against 0.2 ms for a 120 KiB one (Node 24).
 */
export const SCAN_WINDOW = 104 * 1024;
/** ...with this much carried over, more than the longest credential a rule matches (PEM blocks). */
const SCAN_OVERLAP = 20 * 1024;
/** A credential that runs to a window's end and starts this close to it is read whole in the next window (what comes before a value, such as `curl ... -u user:`, is shorter than the rest of the overlap). */
const CUT_CREDENTIAL = SCAN_OVERLAP - 4 * 1024;

export interface ArchiveLimits {
  /** How many archives deep members are opened (a .jar in a .war in a .zip is 3). */
  maxDepth: number;
  /** Uncompressed bytes read from one archive, members and nested archives included. */
  maxBytes: number;
  /** Members read from one archive. */
  maxMembers: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxDepth: 3, maxBytes: 1024 * 1024 * 1024, maxMembers: 100_000 };

export interface ContentOptions {
  scanner: SecretScanner;
  /** Bytes of one file (or archive member) scanned; the rest is reported as not scanned. */
  maxFileBytes: number;
  archives: ArchiveLimits;
}

/** What reading one file found. */
export interface ContentResult {
  /** Hits per path: the file's own, and its archive members' (`file!member`). */
  hits: FileHits[];
  unscanned: Unscanned[];
  /** The first bytes, kept whole when the caller asked to capture the file. */
  captured?: Buffer;
  /** True when the file was skipped as binary (not text, not an archive). */
  binary?: true;
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) count++;
  return count;
}

/** A known binary format, or too many control bytes for text (see content-kind.ts): not scanned as text. */
export function looksBinary(head: Buffer): boolean {
  return contentKind(head).binary;
}

/**
 * Scans text streamed in windows; returns the hits (deduplicated across window overlaps). A window
 * that is one piece of a chunk is scanned as it is (a view, never copied); only a window made of
 * several pieces is joined.
 */
class TextWindows {
  private window: Buffer[] = [];
  private windowBytes = 0;
  /** Bytes in the window that no earlier window scanned. */
  private newBytes = 0;
  private lineBase = 1;
  private readonly seen = new Set<string>();
  readonly hits: ContentHit[] = [];

  constructor(
    private readonly path: string,
    private readonly scanner: SecretScanner,
  ) {}

  push(bytes: Buffer): void {
    // Chunks are cut to the window: a layer's chunks can be larger than one (256 KiB from an archive).
    for (let offset = 0; offset < bytes.length;) {
      const take = bytes.subarray(offset, offset + SCAN_WINDOW - this.newBytes);
      offset += take.length;
      this.window.push(take);
      this.windowBytes += take.length;
      this.newBytes += take.length;
      if (this.newBytes >= SCAN_WINDOW) this.scan(false);
    }
  }

  /** Scans the rest; returns the last window's bytes (the whole text, when it never filled a window). */
  finish(): Buffer {
    return this.scan(true);
  }

  private scan(final: boolean): Buffer {
    const bytes = this.window.length === 1 ? this.window[0]! : Buffer.concat(this.window, this.windowBytes);
    const text = bytes.toString("latin1");
    for (const hit of scanFileText(text, this.path, this.scanner, final ? 0 : CUT_CREDENTIAL)) {
      const line = this.lineBase + hit.line - 1;
      const key = `${hit.rule}\u0000${line}\u0000${hit.digest}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.hits.push({ ...hit, line });
    }
    if (final) return bytes;
    const keep = bytes.subarray(Math.max(0, bytes.length - SCAN_OVERLAP));
    this.lineBase += countNewlines(bytes.subarray(0, bytes.length - keep.length));
    this.window = [keep];
    this.windowBytes = keep.length;
    this.newBytes = 0;
    return bytes;
  }
}

/** The limits of one archive (members of nested archives count toward the outermost one's). */
class ArchiveLimitReached extends Error {}

/**
 * The first SAMPLE_BYTES of a stream (or all of it, when shorter) as one chunk, and the rest: text
 * or binary is decided on that much, not on whatever size the first chunk happened to have.
 */
async function sampled(iterator: AsyncIterator<Buffer>): Promise<IteratorResult<Buffer>> {
  const parts: Buffer[] = [];
  let bytes = 0;
  while (bytes < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    bytes += next.value.length;
  }
  return parts.length === 0 ? { done: true, value: undefined } : { done: false, value: parts.length === 1 ? parts[0]! : Buffer.concat(parts, bytes) };
}

/** What a file's first bytes decide: left unread (allow rules), opened as an archive, scanned as text, or skipped as binary. */
interface FileKind {
  skip: boolean;
  kind: ArchiveKind | undefined;
  text: boolean;
}

function classify(path: string, head: Buffer, options: ContentOptions, capture: boolean, alwaysText: boolean): FileKind {
  const skip = !capture && options.scanner.skipsFile(path);
  const kind = skip ? undefined : archiveKind(path, head);
  const text = !skip && kind === undefined && (alwaysText || options.scanner.readsAsText(path) || !looksBinary(head));
  return { skip, kind, text };
}

/**
 * A plain text file, read chunk by chunk: scanned in windows, hashed when it must be, kept whole
 * when captured. The common case: no stream layers between the tar entry and the scanner.
 */
class TextFile {
  private readonly windows: TextWindows;
  /** Most text files fit in one window, which holds them whole at the end: hashed then, and only
   * when they held a hit. A larger file is hashed as it streams past. */
  private readonly oneWindow: boolean;
  private md5: Hash | undefined;
  private readonly captured: Buffer[] = [];
  private total = 0;
  private scanned = 0;

  constructor(
    private readonly path: string,
    private readonly size: number,
    private readonly options: ContentOptions,
    private readonly capture: boolean,
  ) {
    this.windows = new TextWindows(path, options.scanner);
    this.oneWindow = size < SCAN_WINDOW && size <= options.maxFileBytes;
  }

  push(chunk: Buffer): void {
    const { maxFileBytes } = this.options;
    this.total += chunk.length;
    if (!this.oneWindow) (this.md5 ??= createHash("md5")).update(chunk);
    if (this.capture) this.captured.push(chunk);
    if (this.scanned >= maxFileBytes) return;
    const take = chunk.length <= maxFileBytes - this.scanned ? chunk : chunk.subarray(0, maxFileBytes - this.scanned);
    this.scanned += take.length;
    this.windows.push(take);
  }

  finish(): ContentResult {
    const { path, size } = this;
    const result: ContentResult = { hits: [], unscanned: [] };
    const whole = this.windows.finish();
    if (this.windows.hits.length > 0) result.hits.push({ path, hits: this.windows.hits });
    if (size > this.scanned) result.unscanned.push({ path, reason: "file-too-large", size, scanned: this.scanned });
    // The md5 of a file read whole, taken only when it is needed (it held credential-shaped text).
    if (this.total === size && result.hits.length > 0) {
      const md5sum = this.oneWindow ? createHash("md5").update(whole).digest("hex") : (this.md5 ??= createHash("md5")).digest("hex");
      for (const hits of result.hits) hits.md5 = md5sum;
    }
    if (this.capture) result.captured = Buffer.concat(this.captured);
    return result;
  }
}

/**
 * scanFileContent for a file whose bytes are all at hand (most files of a layer sit whole in one
 * decompressed chunk): the same result, without a promise. Undefined for an archive, which is read
 * as a stream (scanFileContent).
 */
export function scanFileBytes(path: string, bytes: Buffer, options: ContentOptions, capture = false, alwaysText = capture): ContentResult | undefined {
  if (bytes.length === 0) return { hits: [], unscanned: [] };
  const { skip, kind, text } = classify(path, bytes, options, capture, alwaysText);
  if (kind !== undefined) return undefined;
  if (!text) return skip ? { hits: [], unscanned: [] } : { hits: [], unscanned: [], binary: true };
  const file = new TextFile(path, bytes.length, options, capture);
  file.push(bytes);
  return file.finish();
}

/**
 * Reads one file of a layer: scans text, opens archives, skips binaries (and says so). Files that
 * are read are hashed (md5, for the package manager's checksums); `capture` keeps the bytes of a
 * text file whole; `alwaysText` reads a file as text even when it looks binary.
 */
export async function scanFileContent(
  path: string,
  size: number,
  content: AsyncIterable<Buffer>,
  options: ContentOptions,
  capture = false,
  alwaysText = capture,
): Promise<ContentResult> {
  const iterator = content[Symbol.asyncIterator]();
  const first = await sampled(iterator);
  if (first.done) return { hits: [], unscanned: [] };
  const { skip, kind, text } = classify(path, first.value, options, capture, alwaysText);
  if (kind === undefined && !text) {
    while (!(await iterator.next()).done); // the tar parser still needs the bytes to find the next header
    return skip ? { hits: [], unscanned: [] } : { hits: [], unscanned: [], binary: true };
  }
  if (kind === undefined) {
    const file = new TextFile(path, size, options, capture);
    for (let next: IteratorResult<Buffer> = first; !next.done; next = await iterator.next()) file.push(next.value);
    return file.finish();
  }

  const result: ContentResult = { hits: [], unscanned: [] };
  const md5 = createHash("md5");
  let total = 0;
  // Every byte of the archive passes here once, whatever reads it: the hash, then the archive readers.
  const tapped = (async function* () {
    for (let next: IteratorResult<Buffer> = first; !next.done; next = await iterator.next()) {
      total += next.value.length;
      md5.update(next.value);
      yield next.value;
    }
  })();
  try {
    await readArchiveFile(path, size, kind, tagSourceErrors(tapped), options, result);
  } catch (error) {
    throw error instanceof SourceError ? error.original : error;
  }
  // What the readers left, read from below them (they may have closed theirs).
  for (let next = await tapped.next(); !next.done; next = await tapped.next());
  if (total === size && result.hits.length > 0) {
    const md5sum = md5.digest("hex");
    // Archive members carry the archive's checksum: a packaged .jar is public content, members and all.
    for (const hits of result.hits) hits.md5 = md5sum;
  }
  // An archive is never kept as text: a file a check wants that is one gives its capture budget back.
  return result;
}

async function readArchiveFile(path: string, size: number, kind: ArchiveKind, source: AsyncIterable<Buffer>, options: ContentOptions, result: ContentResult) {
  let unpacked = 0;
  const meter = (bytes: number) => {
    unpacked += bytes;
    if (unpacked > options.archives.maxBytes) throw new ArchiveLimitReached(`more than ${size_(options.archives.maxBytes)} unpacked`);
  };
  let members = 0;
  const counter = () => {
    if (++members > options.archives.maxMembers) throw new ArchiveLimitReached(`more than ${options.archives.maxMembers} members`);
  };
  try {
    await readArchive(path, kind, source, 1, { meter, counter }, options, result);
  } catch (error) {
    if (!(error instanceof ArchiveLimitReached)) throw error;
    result.unscanned.push({ path, reason: "archive-not-scanned", size, scanned: Math.min(unpacked, options.archives.maxBytes), detail: error.message });
  }
}

function size_(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

/** An iterator with its first value put back, as an iterable that can be read once. */
function prepend(first: Buffer, iterator: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  let pending: Buffer | undefined = first;
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (pending !== undefined) {
          const value = pending;
          pending = undefined;
          return { done: false, value };
        }
        return iterator.next();
      },
      return: async () => ({ done: true, value: undefined }),
    }),
  };
}

/** Scans a text stream up to the file size limit; returns the bytes scanned. */
async function scanText(path: string, content: AsyncIterable<Buffer>, options: ContentOptions, result: ContentResult): Promise<number> {
  const windows = new TextWindows(path, options.scanner);
  let scanned = 0;
  for await (const chunk of content) {
    if (scanned >= options.maxFileBytes) continue;
    const take = chunk.length <= options.maxFileBytes - scanned ? chunk : chunk.subarray(0, options.maxFileBytes - scanned);
    scanned += take.length;
    windows.push(take);
  }
  windows.finish();
  if (windows.hits.length > 0) result.hits.push({ path, hits: windows.hits });
  return scanned;
}

/** Reads the members of an archive, recursing into archives inside it up to the depth limit. */
async function readArchive(
  path: string,
  kind: ArchiveKind,
  content: AsyncIterable<Buffer>,
  depth: number,
  limits: { meter: (bytes: number) => void; counter: () => void },
  options: ContentOptions,
  result: ContentResult,
): Promise<void> {
  const skipped: string[] = [];
  const members =
    kind === "zip"
      ? zipMembers(content, (member) => skipped.push(`${member.name.slice(0, 100)}: ${member.reason}`), limits.meter)
      : tarMembers(content, kind === "tar.gz", limits.meter);
  try {
    for await (const member of members) {
      limits.counter();
      const memberPath = `${path}!${member.name}`;
      if (options.scanner.skipsFile(memberPath)) continue;
      const iterator = member.content[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) continue;
      const rest = prepend(first.value, iterator);
      const nested = archiveKind(member.name, first.value);
      if (nested) {
        if (depth >= options.archives.maxDepth) {
          result.unscanned.push({
            path: memberPath,
            reason: "archive-not-scanned",
            size: member.size ?? 0,
            scanned: 0,
            detail: `nested more than ${options.archives.maxDepth} archives deep`,
          });
          continue;
        }
        await readArchive(memberPath, nested, rest, depth + 1, limits, options, result);
      } else if (!looksBinary(first.value) || options.scanner.readsAsText(`/${member.name}`)) {
        const scanned = await scanText(memberPath, rest, options, result);
        if (member.size !== undefined && member.size > scanned)
          result.unscanned.push({ path: memberPath, reason: "file-too-large", size: member.size, scanned });
      }
    }
  } catch (error) {
    if (error instanceof SourceError) throw error.original;
    if (!(error instanceof ArchiveFormatError)) throw error;
    // The image is fine; this file in it is not a readable archive. Say so rather than fail the run.
    result.unscanned.push({ path, reason: "archive-not-scanned", size: 0, scanned: 0, detail: error.message });
  }
  if (skipped.length > 0) {
    result.unscanned.push({
      path,
      reason: "archive-not-scanned",
      size: 0,
      scanned: 0,
      detail: `${skipped.length} member${skipped.length === 1 ? "" : "s"} not readable (${skipped[0]})`,
    });
  }
}
