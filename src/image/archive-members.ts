/**
 * Archives inside an image (.jar, .war, .ear, .zip, .whl, .tar, .tar.gz), read as streams: members
 * come one after the other, each with its content as a stream, and nothing is held in memory but
 * the current chunk. Zip files are read through their local headers, the way `unzip -` would read
 * a pipe: sizes come from the header, and when a writer put them in a trailing data descriptor
 * instead (bit 3, as `jar` does), the deflate stream itself says where the member ends.
 */

import { Readable } from "node:stream";
import zlib from "node:zlib";
import tar from "tar-stream";
import { quoteInput } from "../secrets/redact.ts";

/** The archive formats a path and its first bytes announce. */
export type ArchiveKind = "zip" | "tar" | "tar.gz";

const ZIP_NAME = /\.(?:jar|war|ear|zip|whl|egg|aar|nupkg|sar|rar\.zip|par|kar|hpi|jpi|nbm)$/i;
const TAR_GZ_NAME = /\.(?:tar\.gz|tgz)$/i;
const TAR_NAME = /\.tar$/i;

/** The archive kind of a file, from its name and confirmed by its first bytes. */
export function archiveKind(path: string, head: Buffer): ArchiveKind | undefined {
  if (ZIP_NAME.test(path)) return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50 ? "zip" : undefined;
  if (TAR_GZ_NAME.test(path)) return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b ? "tar.gz" : undefined;
  if (TAR_NAME.test(path)) return head.length >= 262 && head.toString("latin1", 257, 262) === "ustar" ? "tar" : undefined;
  return undefined;
}

/** A member of an archive in the image is named after it: `/srv/app.war!WEB-INF/db.properties`. */
const ARCHIVE_MEMBER = /^(.*?\.(?:jar|war|ear|zip|whl|egg|aar|nupkg|sar|par|kar|hpi|jpi|nbm|tar|tgz|tar\.gz))!/i;

/** The file in the image that holds a path: itself, or for an archive member (`/a.war!x/y`) the archive. */
export function containingFile(path: string): string {
  return ARCHIVE_MEMBER.exec(path)?.[1] ?? path;
}

/** A problem with the archive's own bytes (not with the stream it is read from). */
export class ArchiveFormatError extends Error {}

/** The stream an archive is read from failed: that is the caller's error, not the archive's. */
export class SourceError extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
  }
}

/** Wraps a source so that its own failures can be told apart from the archive's. */
export async function* tagSourceErrors(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw error instanceof SourceError ? error : new SourceError(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

export interface ArchiveMember {
  /** Path inside the archive, without a leading slash. */
  name: string;
  /** Uncompressed size when the archive says it up front. */
  size?: number;
  /** The member's bytes; read it or leave it, the reader skips what is left. */
  content: AsyncIterable<Buffer>;
}

/** Called with the size of every chunk of member content produced, read or skipped; may throw to stop. */
export type Meter = (bytes: number) => void;

/** A member that could not be read, and why (the archive continues where it can). */
export interface SkippedMember {
  name: string;
  reason: string;
}

/**
 * A member's content as handed to a consumer: the consumer may stop early without closing the
 * underlying stream, and `rest()` then reads what it left, so the next member starts where it should.
 */
function detachable(content: AsyncIterable<Buffer>, meter: Meter | undefined): { content: AsyncIterable<Buffer>; rest: () => Promise<void> } {
  const iterator = content[Symbol.asyncIterator]();
  let done = false;
  const next = async (): Promise<IteratorResult<Buffer>> => {
    if (done) return { done: true, value: undefined };
    const result = await iterator.next();
    if (result.done) done = true;
    else meter?.(result.value.length);
    return result;
  };
  return {
    content: { [Symbol.asyncIterator]: () => ({ next, return: async () => ({ done: true, value: undefined }) }) },
    rest: async () => {
      while (!(await next()).done);
    },
  };
}

/** Pull-style reading of exact byte counts from a chunked stream. */
class ByteReader {
  private readonly iterator: AsyncIterator<Buffer>;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private ended = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    if (next.value.length > 0) {
      this.pending.push(next.value);
      this.pendingBytes += next.value.length;
    }
    return true;
  }

  /** Exactly `count` bytes, or fewer at the end of the stream. */
  async read(count: number): Promise<Buffer> {
    while (this.pendingBytes < count && (await this.fill()));
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    const taken = all.subarray(0, Math.min(count, all.length));
    const rest = all.subarray(taken.length);
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingBytes = rest.length;
    return taken;
  }

  /** The next chunk, whatever its size (empty at the end). */
  async chunk(): Promise<Buffer> {
    if (this.pendingBytes === 0 && !(await this.fill())) return Buffer.alloc(0);
    while (this.pendingBytes === 0 && (await this.fill()));
    const first = this.pending.shift();
    if (!first) return Buffer.alloc(0);
    this.pendingBytes -= first.length;
    return first;
  }

  /** Puts bytes back in front. */
  unshift(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.pending.unshift(bytes);
    this.pendingBytes += bytes.length;
  }

  /** Yields exactly `count` bytes (fewer if the stream ends: then `short` is set). */
  async *span(count: number): AsyncGenerator<Buffer> {
    let left = count;
    while (left > 0) {
      const chunk = await this.chunk();
      if (chunk.length === 0) throw new ArchiveFormatError("truncated member");
      const take = chunk.subarray(0, Math.min(left, chunk.length));
      this.unshift(chunk.subarray(take.length));
      left -= take.length;
      yield take;
    }
  }

  async skip(count: number): Promise<void> {
    for await (const _chunk of this.span(count)) {
      // discarded
    }
  }

  /** Inflates a raw deflate stream of unknown length; the bytes after its end stay readable. */
  async *inflateUntilEnd(): AsyncGenerator<Buffer> {
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    const output: Buffer[] = [];
    let ended = false;
    let failure: unknown;
    inflate.on("data", (chunk: Buffer) => output.push(chunk));
    inflate.on("end", () => (ended = true));
    inflate.on("error", (error) => (failure = error));
    let fed = 0;
    try {
      for (;;) {
        if (ended) break;
        const chunk = await this.chunk();
        if (chunk.length === 0) {
          await new Promise((resolve) => setImmediate(resolve)); // an end that coincided with the last chunk
          if (ended) break;
          throw new ArchiveFormatError("truncated deflate data");
        }
        await new Promise<void>((resolve) => inflate.write(chunk, () => resolve()));
        if (failure !== undefined) throw new ArchiveFormatError(`corrupt deflate data (${(failure as Error).message})`);
        fed += chunk.length;
        // zlib stops taking input at the end of the deflate stream: what it did not take is the next header.
        if (inflate.bytesWritten < fed) {
          this.unshift(chunk.subarray(chunk.length - (fed - inflate.bytesWritten)));
          fed = inflate.bytesWritten;
          if (!ended) await new Promise<void>((resolve) => inflate.once("end", resolve));
        }
        while (output.length > 0) yield output.shift()!;
      }
      while (output.length > 0) yield output.shift()!;
    } finally {
      inflate.destroy();
    }
  }

  /** Reads everything that is left. */
  async drain(): Promise<void> {
    this.pending = [];
    this.pendingBytes = 0;
    while (await this.fill()) {
      this.pending = [];
      this.pendingBytes = 0;
    }
  }
}

/** Inflates exactly the deflate stream held in `compressed`. */
async function* inflateSpan(compressed: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  const source = Readable.from(compressed);
  source.on("error", (error) => inflate.destroy(error));
  source.pipe(inflate);
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new ArchiveFormatError(`corrupt deflate data (${(error as Error).message})`);
  } finally {
    source.destroy();
    inflate.destroy();
  }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const ZIP64_END = 0x06064b50;

/**
 * Members of a zip archive, in the order they are stored. Members that cannot be read (encrypted,
 * an unsupported compression method) are reported through `skipped`; an archive whose structure is
 * broken throws ArchiveFormatError.
 */
export async function* zipMembers(source: AsyncIterable<Buffer>, skipped: (member: SkippedMember) => void, meter?: Meter): AsyncGenerator<ArchiveMember> {
  const reader = new ByteReader(source);
  try {
    for (;;) {
      const header = await reader.read(30);
      if (header.length < 4) return;
      const signature = header.readUInt32LE(0);
      if (signature === CENTRAL_HEADER || signature === END_OF_CENTRAL || signature === ZIP64_END) return; // the index after the members
      if (signature !== LOCAL_HEADER) throw new ArchiveFormatError("not a zip local file header where one was expected");
      if (header.length < 30) throw new ArchiveFormatError("truncated local file header");
      const flags = header.readUInt16LE(6);
      const method = header.readUInt16LE(8);
      let compressedSize = header.readUInt32LE(18);
      let size = header.readUInt32LE(22);
      const nameLength = header.readUInt16LE(26);
      const extraLength = header.readUInt16LE(28);
      const nameBytes = await reader.read(nameLength);
      const extra = await reader.read(extraLength);
      if (nameBytes.length < nameLength || extra.length < extraLength) throw new ArchiveFormatError("truncated local file header");
      const name = nameBytes
        .toString(flags & 0x800 ? "utf8" : "latin1")
        .replace(/\\/g, "/")
        .replace(/^(?:\.?\/)+/, "");
      let zip64 = false;
      for (let offset = 0; offset + 4 <= extra.length;) {
        const id = extra.readUInt16LE(offset);
        const length = extra.readUInt16LE(offset + 2);
        if (id === 0x0001) {
          zip64 = true;
          let field = offset + 4;
          if (size === 0xffffffff && field + 8 <= offset + 4 + length) {
            size = Number(extra.readBigUInt64LE(field));
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= offset + 4 + length) compressedSize = Number(extra.readBigUInt64LE(field));
        }
        offset += 4 + length;
      }
      const descriptor = (flags & 0x08) !== 0;
      const sizeKnown = !descriptor || compressedSize !== 0;
      const encrypted = (flags & 0x01) !== 0;
      const directory = name.endsWith("/");

      if (encrypted || (method !== 0 && method !== 8)) {
        if (!directory) skipped({ name, reason: encrypted ? "encrypted" : `compression method ${method} is not supported` });
        if (!sizeKnown) throw new ArchiveFormatError(`member ${quoteInput(name, 100)} cannot be skipped: its size is only given after its data`);
        await reader.skip(compressedSize);
        if (descriptor) await skipDescriptor(reader, zip64);
        continue;
      }
      if (method === 0 && !sizeKnown) throw new ArchiveFormatError(`stored member ${quoteInput(name, 100)} has no size before its data`);

      const member = detachable(
        method === 0 ? reader.span(compressedSize) : sizeKnown ? inflateSpan(reader.span(compressedSize)) : reader.inflateUntilEnd(),
        meter,
      );
      if (!directory) yield sizeKnown ? { name, size, content: member.content } : { name, content: member.content };
      await member.rest(); // what the consumer left
      if (descriptor) await skipDescriptor(reader, zip64);
    }
  } finally {
    await reader.drain();
  }
}

/** Skips a data descriptor: [signature] crc32, compressed size, size (4 or 8 bytes each). */
async function skipDescriptor(reader: ByteReader, zip64: boolean): Promise<void> {
  const first = await reader.read(4);
  if (first.length === 4 && first.readUInt32LE(0) !== DATA_DESCRIPTOR) reader.unshift(first); // the signature is optional
  await reader.read(zip64 ? 20 : 12);
}

/** Members of a tar archive (gzip-compressed or not); only regular files are yielded. */
export async function* tarMembers(source: AsyncIterable<Buffer>, gzip: boolean, meter?: Meter): AsyncGenerator<ArchiveMember> {
  const input = Readable.from(source);
  const extract = tar.extract();
  const unzip = gzip ? zlib.createGunzip({ chunkSize: 64 * 1024 }) : undefined;
  let sourceFailure: unknown;
  input.on("error", (error) => {
    sourceFailure = error;
    extract.destroy(error);
  });
  if (unzip) {
    unzip.on("error", (error) => extract.destroy(new ArchiveFormatError(`corrupt gzip data (${error.message})`)));
    input.pipe(unzip).pipe(extract);
  } else {
    input.pipe(extract);
  }
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const type = header.type;
      if (type !== "file" && type !== "contiguous-file") {
        entry.resume();
        continue;
      }
      const name = header.name.replace(/^(?:\.?\/)+/, "");
      const member = detachable(entry as AsyncIterable<Buffer>, meter);
      yield { name, size: header.size ?? 0, content: member.content };
      await member.rest();
    }
  } catch (error) {
    if (sourceFailure !== undefined) throw sourceFailure instanceof SourceError ? sourceFailure : new SourceError(sourceFailure);
    if (error instanceof ArchiveFormatError || error instanceof SourceError) throw error;
    throw new ArchiveFormatError(`not a valid tar archive (${(error as Error).message})`);
  } finally {
    input.destroy();
    unzip?.destroy();
    extract.destroy();
    // Whatever is left of the source is read by the caller's drain.
  }
}
