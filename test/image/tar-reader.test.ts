import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, linkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import tar from "tar-stream";
import { afterAll, describe, expect, it } from "vitest";
import { readTar, TarFormatError } from "../../src/image/tar-reader.ts";
import { tarOf } from "../helpers/oci-layout.ts";

/** The bytes as chunks of the given sizes (cycled), as a decompressor would hand them out. */
async function* chunked(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let offset = 0;
  for (let turn = 0; offset < bytes.length; turn++) {
    const size = sizes[turn % sizes.length]!;
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

interface Read {
  name: string;
  type: string | null;
  size: number;
  mode: number;
  uid: number;
  linkname: string | null;
  body: string;
}

/** How many bodies came out whole (`whole()`) in the last withReader run that asked for them. */
let wholeBodies = 0;

async function withReader(bytes: Buffer, sizes: number[], readBodies = true, wholeFirst = false): Promise<Read[]> {
  const entries: Read[] = [];
  wholeBodies = 0;
  for await (const entry of readTar(chunked(bytes, sizes))) {
    const parts: Buffer[] = [];
    const whole = wholeFirst ? entry.whole() : undefined;
    if (whole !== undefined) {
      wholeBodies++;
      parts.push(whole);
    } else if (readBodies) for await (const part of entry) parts.push(part);
    const { name, type, size, mode, uid, linkname } = entry.header;
    entries.push({ name, type, size, mode, uid, linkname, body: Buffer.concat(parts).toString("latin1") });
  }
  return entries;
}

async function withTarStream(bytes: Buffer): Promise<Read[]> {
  const extract = tar.extract();
  const entries: Read[] = [];
  const reading = (async () => {
    for await (const entry of extract) {
      const parts: Buffer[] = [];
      for await (const part of entry) parts.push(part as Buffer);
      const { name, type, size, mode, uid, linkname } = entry.header;
      entries.push({
        name,
        type: type ?? null,
        size: size ?? 0,
        mode: mode ?? 0,
        uid: uid ?? 0,
        linkname: linkname ?? null,
        body: Buffer.concat(parts).toString("latin1"),
      });
    }
  })();
  extract.end(bytes);
  await reading;
  return entries;
}

const work = mkdtempSync(path.join(os.tmpdir(), "image-gate-tar-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A tree with long names, a long symlink target, a hardlink, UTF-8, empty and multi-block files, packed by GNU tar. */
const packed = new Map<string, Buffer>();
function gnuTar(format: "gnu" | "pax" | "ustar"): Buffer {
  const known = packed.get(format);
  if (known) return known;
  const root = path.join(work, format);
  const deep = path.join(root, "usr", "lib", "python3", "dist-packages", "a-rather-long-package-name", "with", "nested", "directories", "inside");
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, "module.py"), "print('hello')\n".repeat(700));
  writeFileSync(path.join(root, "empty"), "");
  writeFileSync(path.join(root, "exactly-512"), "x".repeat(512));
  if (format !== "ustar") {
    writeFileSync(path.join(root, `${"n".repeat(150)}.txt`), "long name\n");
    writeFileSync(path.join(root, "naïve-ünïcode.txt"), "utf-8\n");
    symlinkSync(`../${"t".repeat(120)}/target`, path.join(root, "long-link"));
  }
  symlinkSync("module.py", path.join(deep, "alias.py"));
  linkSync(path.join(root, "exactly-512"), path.join(root, "hard"));
  const bytes = execFileSync("tar", [`--format=${format}`, "--sort=name", "-C", root, "-cf", "-", "."], { maxBuffer: 64 * 1024 * 1024 });
  packed.set(format, bytes);
  return bytes;
}

describe("the layer tar reader", () => {
  for (const format of ["gnu", "pax", "ustar"] as const) {
    it(`reads ${format} archives as tar-stream does, however the bytes are chunked`, async () => {
      const bytes = gnuTar(format);
      const expected = await withTarStream(bytes);
      expect(expected.length).toBeGreaterThan(10);
      for (const sizes of [[bytes.length], [1], [7, 511, 513], [512], [65536], [100, 5000, 3]]) {
        expect(await withReader(bytes, sizes)).toEqual(expected);
      }
    });
  }

  it("hands out a body whole when it all sits in the chunk at hand, and the same bytes as reading it", async () => {
    const bytes = gnuTar("pax");
    const expected = await withTarStream(bytes);
    let whole = 0;
    for (let size = 1; size <= 1100; size += 3) {
      expect(await withReader(bytes, [size, size + 1], true, true)).toEqual(expected);
      whole += wholeBodies;
    }
    expect(whole).toBeGreaterThan(0);
    // One chunk holds every body; once a body was read from, it is never handed out whole.
    await withReader(bytes, [bytes.length], true, true);
    expect(wholeBodies).toBe(expected.length);
    for await (const entry of readTar(chunked(bytes, [bytes.length]))) {
      if (entry.header.size === 0) continue;
      for await (const _part of entry) expect(entry.whole()).toBeUndefined();
    }
  });

  it("skips bodies that are not read, and reads to the end of the stream", async () => {
    const bytes = gnuTar("pax");
    const names = (await withReader(bytes, [300], false)).map((entry) => entry.name);
    expect(names).toEqual((await withTarStream(bytes)).map((entry) => entry.name));
    let pulled = 0;
    const counting = (async function* () {
      for await (const chunk of chunked(bytes, [1000])) {
        pulled += chunk.length;
        yield chunk;
      }
    })();
    for await (const _entry of readTar(counting)) {
      // Bodies left unread.
    }
    expect(pulled).toBe(bytes.length);
  });

  it("hands out bodies as views of the chunks it was given", async () => {
    const bytes = await tarOf([{ name: "a.txt", content: "abc" }]);
    for await (const entry of readTar(chunked(bytes, [bytes.length]))) {
      for await (const part of entry) expect(part.buffer).toBe(bytes.buffer);
    }
  });

  it("stops at the end-of-archive marker, as Docker's extractor does", async () => {
    const first = await tarOf([{ name: "a.txt", content: "a" }]);
    const hidden = await tarOf([{ name: "hidden.txt", content: "after the end" }]);
    const names = (await withReader(Buffer.concat([first, hidden]), [4096])).map((entry) => entry.name);
    expect(names).toEqual(["a.txt"]);
  });

  it("gives link, symlink and directory entries no body whatever their size field says", async () => {
    const bytes = await tarOf([
      { name: "dir", type: "directory" },
      { name: "after.txt", content: "after" },
    ]);
    const header = Buffer.from(bytes.subarray(0, 512));
    header.write("00000001000\0", 124, "latin1"); // size 512
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
    const entries = await withReader(Buffer.concat([header, bytes.subarray(512)]), [512]);
    expect(entries.map((entry) => [entry.name, entry.type, entry.size, entry.body])).toEqual([
      ["dir", "directory", 0, ""],
      ["after.txt", "file", 5, "after"],
    ]);
  });

  it("judges a trailing slash on the full PAX name, not the header's cut name field (a file's content is never read as headers)", async () => {
    // GNU tar's pax format cuts a long path's header name field at 100 bytes; it can end in a slash.
    const inner = await tarOf([{ name: "smuggled.txt", content: "not in the image" }]);
    const name = `${"d".repeat(99)}/${"e".repeat(160)}/Endpoints.js`;
    const bytes = Buffer.from(await tarOf([{ name, content: inner }]));
    const header = bytes.subarray(1024, 1536);
    expect(String.fromCharCode(header[156]!)).toBe("0");
    header.fill(0, 0, 100);
    header.write(`${"d".repeat(99)}/`, 0, "latin1");
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
    const entries = await withReader(bytes, [512, 4096]);
    expect(entries.map((entry) => [entry.name, entry.type, entry.size, entry.body.length])).toEqual([[name, "file", inner.length, inner.length]]);
  });

  it("ends corrupt and cut-short archives with a TarFormatError", async () => {
    const bytes = await tarOf([
      { name: "a.txt", content: "hello" },
      { name: "b.txt", content: "x".repeat(5000) },
    ]);
    const corrupt = Buffer.from(bytes);
    corrupt.fill(0x20, 1024, 1124);
    await expect(withReader(corrupt, [512])).rejects.toThrow(TarFormatError);
    await expect(withReader(corrupt, [512])).rejects.toThrow(/checksum/);
    await expect(withReader(bytes.subarray(0, 1024 + 2048), [700])).rejects.toThrow(/cut short/);
    await expect(withReader(bytes.subarray(0, 1024 + 2048), [700], false)).rejects.toThrow(/cut short/);
    const zeroThenData = Buffer.concat([bytes.subarray(0, 1024), Buffer.alloc(512), bytes.subarray(1024, 1536)]);
    await expect(withReader(zeroThenData, [512])).rejects.toThrow(/zero block followed by data/);
    const notTar = Buffer.alloc(1024, 0x41);
    await expect(withReader(notTar, [1024])).rejects.toThrow(TarFormatError);
  });
});
