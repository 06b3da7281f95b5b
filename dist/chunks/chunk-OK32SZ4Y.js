import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/image/file-chunks.ts
var CHUNK = 128 * 1024;
var REUSED_CHUNK = 256 * 1024;
var FileChunks = class _FileChunks {
  /** `end` is inclusive, as in `createReadStream`. */
  constructor(open, start = 0, end) {
    this.open = open;
    this.start = start;
    this.position = start;
    this.end = end === void 0 ? void 0 : end + 1;
  }
  open;
  start;
  handle;
  opening;
  position;
  /** Exclusive; undefined: to the end of the file. */
  end;
  reuse = false;
  /** Buffers free to read into (only once reuse is allowed). */
  spare = [];
  destroyed = false;
  /** The same bytes, read again from the start. */
  again() {
    return new _FileChunks(this.open, this.start, this.end === void 0 ? void 0 : this.end - 1);
  }
  /** The caller is done with each chunk when it asks for the next: buffers are reused from now on. */
  reuseBuffers() {
    this.reuse = true;
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    void this.close();
  }
  async close() {
    const handle = this.handle ?? await this.opening?.catch(() => void 0);
    this.handle = void 0;
    await handle?.close().catch(() => void 0);
  }
  /** The next chunk (a view of `buffer`), or undefined at the end. */
  async read() {
    if (this.destroyed) return void 0;
    if (this.handle === void 0) {
      this.opening ??= this.open();
      this.handle = await this.opening;
    }
    const size = this.reuse ? REUSED_CHUNK : CHUNK;
    const want = this.end === void 0 ? size : Math.min(size, this.end - this.position);
    if (want <= 0 || this.destroyed) return void 0;
    const spare = this.spare.pop();
    const buffer = spare !== void 0 && spare.length >= want ? spare : Buffer.allocUnsafeSlow(size);
    const { bytesRead } = await this.handle.read(buffer, 0, want, this.position);
    if (bytesRead === 0) return void 0;
    this.position += bytesRead;
    return { chunk: buffer.subarray(0, bytesRead), buffer };
  }
  async *[Symbol.asyncIterator]() {
    try {
      let next = this.read();
      for (; ; ) {
        const got = await next;
        if (got === void 0 || this.destroyed) return;
        next = this.read();
        next.catch(() => void 0);
        yield got.chunk;
        if (this.reuse) this.spare.push(got.buffer);
      }
    } finally {
      this.destroyed = true;
      await this.close();
    }
  }
};

export {
  FileChunks
};
