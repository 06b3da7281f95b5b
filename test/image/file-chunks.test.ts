/**
 * A file read in chunks for a layer walk (src/image/file-chunks.ts): the exact byte range, a new
 * buffer per chunk until the reader allows reuse, then two (larger) buffers in turn, each chunk
 * intact until the next is asked for; destroy() closes the file.
 */

import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileChunks } from "../../src/image/file-chunks.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "file-chunks-"));
const bytes = randomBytes(1_100_000);
const file = path.join(dir, "blob");
writeFileSync(file, bytes);
const sha = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

describe("FileChunks", () => {
  it("reads the byte range asked for, end inclusive, in chunks of at most 128 KiB", async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of new FileChunks(() => open(file), 1000, 900_999)) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(bytes.subarray(1000, 901_000))).toBe(true);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(128 * 1024);
    const whole: Buffer[] = [];
    for await (const chunk of new FileChunks(() => open(file))) whole.push(chunk);
    // Without reuse every chunk is its own buffer: all still hold their bytes after the read.
    expect(Buffer.concat(whole).equals(bytes)).toBe(true);
  });

  it("once allowed, reuses buffers, and each chunk holds its bytes until the next is asked for", async () => {
    const source = new FileChunks(() => open(file));
    const buffers = new Set<ArrayBufferLike>();
    const lengths: number[] = [];
    let offset = 0;
    for await (const chunk of source) {
      if (offset === 0) source.reuseBuffers();
      // Checked after a pause, while the next chunk is read ahead into another buffer.
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(sha(chunk)).toBe(sha(bytes.subarray(offset, offset + chunk.length)));
      lengths.push(chunk.length);
      buffers.add(chunk.buffer);
      offset += chunk.length;
    }
    expect(offset).toBe(bytes.length);
    // Reads of 128 KiB until reuse is allowed (the second was already under way), then of 256 KiB.
    const kib = 1024;
    expect(lengths).toEqual([128 * kib, 128 * kib, 256 * kib, 256 * kib, 256 * kib, bytes.length - 1024 * kib]);
    // Through at most four buffers: the two made before reuse was allowed, then two in turn.
    expect(buffers.size).toBeLessThanOrEqual(4);
  });

  it("destroy() closes the file, and ends the chunks", async () => {
    let closed = false;
    const source = new FileChunks(async () => {
      const handle: FileHandle = await open(file);
      const close = handle.close.bind(handle);
      handle.close = async () => {
        closed = true;
        return close();
      };
      return handle;
    });
    const iterator = source[Symbol.asyncIterator]();
    expect((await iterator.next()).done).toBe(false);
    source.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(true);
    expect((await iterator.next()).done).toBe(true);
  });

  it("a file that cannot be opened fails the read, with the opener's error", async () => {
    const source = new FileChunks(() => open(path.join(dir, "missing")));
    await expect(source[Symbol.asyncIterator]().next()).rejects.toThrow(/ENOENT/);
  });
});
