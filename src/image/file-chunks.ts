/**
 * A byte range of a file, read in chunks as a layer walk pulls them.
 *
 * By default every chunk is a buffer of its own, as a file stream gives. A reader that is done with
 * each chunk before it asks for the next (the walker feeding an inflater, which has consumed a chunk
 * once its write completes) may call `reuseBuffers()`: from then on chunks are read into two buffers
 * in turn, one read ahead while the other is consumed. A chunk is held across the inflater's work,
 * long enough for V8 to move it to the old generation, where only a full collection frees it; a new
 * buffer per chunk left tens of megabytes of spent file chunks waiting for one (20 MB of a walk's
 * peak on the text bench image's largest layer).
 */

import type { FileHandle } from "node:fs/promises";

/**
 * Bytes per read. Chunks of an uncompressed layer go on to the tar reader and the scanner as they
 * are, so they cannot be reused, and each one held through a scan window outlives two young
 * collections: 128 KiB reads left less of that behind than 256 KiB (text bench archive: peak 142
 * against 166 MiB, paired runs, CPU within the noise).
 */
const CHUNK = 128 * 1024;

/**
 * Bytes per read once buffers are reused (a compressed layer): two buffers in all whatever their
 * size, so no garbage, and half the reads and inflater writes of 128 KiB ones (each a round trip
 * to libuv's pool): text bench image 0.92 x wall, 0.94 x CPU, tools 0.96 x wall, 0.97 x CPU
 * (paired runs, with 256 KiB inflater chunks, layer-walker.ts).
 */
const REUSED_CHUNK = 256 * 1024;

/** A file's chunks; `destroy()` closes it early, as a stream's does. */
export class FileChunks implements AsyncIterable<Buffer> {
  private handle: FileHandle | undefined;
  private opening: Promise<FileHandle> | undefined;
  private position: number;
  /** Exclusive; undefined: to the end of the file. */
  private readonly end: number | undefined;
  private reuse = false;
  /** Buffers free to read into (only once reuse is allowed). */
  private readonly spare: Buffer[] = [];
  private destroyed = false;

  /** `end` is inclusive, as in `createReadStream`. */
  constructor(
    private readonly open: () => Promise<FileHandle>,
    private readonly start = 0,
    end?: number,
  ) {
    this.position = start;
    this.end = end === undefined ? undefined : end + 1;
  }

  /** The same bytes, read again from the start. */
  again(): FileChunks {
    return new FileChunks(this.open, this.start, this.end === undefined ? undefined : this.end - 1);
  }

  /** The caller is done with each chunk when it asks for the next: buffers are reused from now on. */
  reuseBuffers(): void {
    this.reuse = true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    void this.close();
  }

  private async close(): Promise<void> {
    const handle = this.handle ?? (await this.opening?.catch(() => undefined));
    this.handle = undefined;
    await handle?.close().catch(() => undefined);
  }

  /** The next chunk (a view of `buffer`), or undefined at the end. */
  private async read(): Promise<{ chunk: Buffer; buffer: Buffer } | undefined> {
    if (this.destroyed) return undefined;
    if (this.handle === undefined) {
      this.opening ??= this.open();
      this.handle = await this.opening;
    }
    const size = this.reuse ? REUSED_CHUNK : CHUNK;
    const want = this.end === undefined ? size : Math.min(size, this.end - this.position);
    if (want <= 0 || this.destroyed) return undefined;
    const spare = this.spare.pop();
    const buffer = spare !== undefined && spare.length >= want ? spare : Buffer.allocUnsafeSlow(size);
    const { bytesRead } = await this.handle.read(buffer, 0, want, this.position);
    if (bytesRead === 0) return undefined;
    this.position += bytesRead;
    return { chunk: buffer.subarray(0, bytesRead), buffer };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer, void, undefined> {
    try {
      let next = this.read();
      for (;;) {
        const got = await next;
        if (got === undefined || this.destroyed) return;
        // Read ahead into the other buffer while this chunk is consumed; a read that fails after
        // the walk stopped is nobody's error (the next await reports it while the walk goes on).
        next = this.read();
        next.catch(() => undefined);
        yield got.chunk;
        // The caller asked for the next chunk: this one's buffer is free again.
        if (this.reuse) this.spare.push(got.buffer);
      }
    } finally {
      this.destroyed = true;
      await this.close();
    }
  }
}
