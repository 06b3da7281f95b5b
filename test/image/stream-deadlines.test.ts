import { Readable } from "node:stream";
import zlib from "node:zlib";
import tar from "tar-stream";
import { describe, expect, it } from "vitest";
import { GateError } from "../../src/errors.ts";
import { guardStream, type StreamProblem } from "../../src/image/stream-guard.ts";
import { TarEnd } from "../../src/image/tar-end.ts";

async function tarOf(entries: Array<{ name: string; body: string | Buffer; pax?: Record<string, string> }>): Promise<Buffer> {
  const pack = tar.pack();
  for (const entry of entries) pack.entry({ name: entry.name, ...(entry.pax ? { pax: entry.pax } : {}) }, entry.body);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Feeds `data` in chunks of `size`; returns how many bytes TarEnd said belong to the archive. */
function archiveLength(data: Buffer, size: number): number {
  const end = new TarEnd();
  let taken = 0;
  for (let offset = 0; offset < data.length && !end.ended; offset += size) taken += end.take(data.subarray(offset, offset + size));
  return end.ended ? taken : -1;
}

describe("TarEnd: where a tar stream ends", () => {
  it("finds the two zero blocks after the last member, whatever the chunk sizes, and nothing after them counts", async () => {
    const archive = await tarOf([
      { name: "a.txt", body: "x".repeat(1000) },
      { name: "empty", body: "" },
      { name: "blocks-of-zeros.bin", body: Buffer.alloc(4096) },
    ]);
    // Header and padded data of each member, then the two end blocks.
    const endOfArchive = 512 + 1024 + 512 + 512 + 4096 + 1024;
    for (const size of [1, 7, 512, 513, 65536]) expect(archiveLength(Buffer.concat([archive, Buffer.alloc(20_000, 0xff)]), size)).toBe(endOfArchive);
  });

  it("zero blocks inside member data are data, not the end", async () => {
    const archive = await tarOf([
      { name: "zeros", body: Buffer.alloc(10 * 512) },
      { name: "after", body: "still here" },
    ]);
    expect(archiveLength(archive, 4096)).toBe(512 + 10 * 512 + 512 + 512 + 1024);
  });

  it("follows a pax size record over the header's own size field, as tar parsers do", async () => {
    const archive = await tarOf([{ name: "big", body: "y".repeat(700), pax: { size: "700" } }]);
    // The member's header comes after the pax header and its one block of records; make its own size say 0.
    const header = archive.subarray(1024, 1536);
    header.write("00000000000\0", 124, "latin1");
    header.fill(" ", 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
    const extract = tar.extract();
    const bodies: number[] = [];
    extract.on("entry", (_header, stream, next) => {
      let length = 0;
      stream.on("data", (chunk) => (length += (chunk as Buffer).length));
      stream.on("end", () => {
        bodies.push(length);
        next();
      });
    });
    await new Promise<void>((resolve, reject) => extract.on("finish", resolve).on("error", reject).end(archive));
    expect(bodies).toEqual([700]);
    expect(archiveLength(Buffer.concat([archive, Buffer.alloc(4096, 0xff)]), 100)).toBe(archive.length);
  });

  it("a stream of zeros ends after two blocks", () => {
    expect(archiveLength(Buffer.alloc(1024 * 1024), 65536)).toBe(1024);
  });

  it("an archive cut before its end blocks has not ended", async () => {
    const archive = await tarOf([{ name: "a", body: "abc" }]);
    expect(archiveLength(archive.subarray(0, 1024), 512)).toBe(-1);
  });
});

describe("guardStream", () => {
  const describeProblem = (problem: StreamProblem) => `problem: ${JSON.stringify(problem)}`;
  const drain = async (stream: Readable) => {
    let bytes = 0;
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    return bytes;
  };

  it("passes a healthy stream through unchanged", async () => {
    const data = zlib.gzipSync(Buffer.alloc(100_000, 1));
    const guarded = guardStream(Readable.from([data.subarray(0, 10), data.subarray(10)]), {
      idleMs: 1000,
      expectedSize: data.length,
      describe: describeProblem,
    });
    expect(await drain(guarded)).toBe(data.length);
  });

  it("stops at the declared size, and says when a stream is shorter", async () => {
    const endless = new Readable({
      read() {
        this.push(Buffer.alloc(1000));
      },
    });
    await expect(drain(guardStream(endless, { idleMs: 1000, expectedSize: 5000, describe: describeProblem }))).rejects.toThrow(
      /"kind":"too-long","expected":5000/,
    );
    expect(endless.destroyed).toBe(true);
    await expect(drain(guardStream(Readable.from([Buffer.alloc(10)]), { idleMs: 1000, expectedSize: 20, describe: describeProblem }))).rejects.toThrow(
      /"kind":"too-short","expected":20,"received":10/,
    );
  });

  it("fails a silent source after idleMs, and a trickle at its deadline", async () => {
    const silent = new Readable({ read() {} });
    const started = Date.now();
    await expect(drain(guardStream(silent, { idleMs: 200, describe: describeProblem }))).rejects.toBeInstanceOf(GateError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    let timer: NodeJS.Timeout | undefined;
    const trickle = new Readable({
      read() {
        timer = setTimeout(() => this.push(Buffer.from("x")), 50);
      },
      destroy(error, callback) {
        clearTimeout(timer);
        callback(error);
      },
    });
    await expect(drain(guardStream(trickle, { idleMs: 1000, deadline: Date.now() + 400, describe: describeProblem }))).rejects.toThrow(/"kind":"deadline"/);
  });

  it("does not count a busy reader's pauses as silence", async () => {
    const guarded = guardStream(Readable.from([Buffer.from("a"), Buffer.from("b")]), { idleMs: 100, describe: describeProblem });
    const chunks: string[] = [];
    for await (const chunk of guarded) {
      chunks.push(String(chunk));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(chunks.join("")).toBe("ab");
  });

  it("ends when the run is cancelled", async () => {
    const controller = new AbortController();
    const guarded = guardStream(new Readable({ read() {} }), { idleMs: 10_000, signal: controller.signal, describe: describeProblem });
    setTimeout(() => controller.abort(), 50);
    await expect(drain(guarded)).rejects.toThrow("cancelled");
  });
});
