import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { contentKind } from "../../src/image/content-kind.ts";
import { DEFAULT_LIMITS, emptyScan, MAX_CAPTURE_BYTES, MAX_CAPTURED_PER_IMAGE, walkLayer } from "../../src/image/layer-walker.ts";
import type { LayerEntry } from "../../src/image/model.ts";
import { mergeImageNeeds, readPlan } from "../../src/image/needs.ts";
import { EntryBudget, ImageBudget, ITEM } from "../../src/image/walk-budget.ts";
import { isZstdWindowError, MAX_ZSTD_WINDOW, ZstdWindowGuard } from "../../src/image/zstd-frames.ts";
import { defaultScanner } from "../../src/secrets/scanner.ts";
import { tarGzArchive, zipArchive } from "../helpers/archives.ts";
import { fake } from "../helpers/fake-secrets.ts";
import { zstdFrame } from "../helpers/hostile-files.ts";
import { EVERY_CHECK_NEEDS } from "../helpers/image-needs.ts";
import { tarOf } from "../helpers/oci-layout.ts";

/** Feeds a stream to the guard in pieces of `size` bytes; returns the error, if any. */
function inspect(bytes: Buffer, size: number): unknown {
  const guard = new ZstdWindowGuard();
  try {
    for (let offset = 0; offset < bytes.length; offset += size) guard.inspect(bytes.subarray(offset, offset + size));
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("the zstd window guard", () => {
  const payload = Buffer.alloc(300_000, 7);
  const skippable = Buffer.concat([Buffer.from([0x50, 0x2a, 0x4d, 0x18]), Buffer.from([5, 0, 0, 0]), Buffer.alloc(5, 0xff)]);
  it.each([1, 3, 7, 4096, 1 << 20])("follows frames, blocks and skippable frames in pieces of %i bytes", (size) => {
    const fine = Buffer.concat([zstdFrame(payload, 27), skippable, zstdFrame(Buffer.from("x"), 20)]);
    expect(inspect(fine, size)).toBeUndefined();
    // A frame past the limit after good ones is still found.
    const bad = Buffer.concat([fine, zstdFrame(Buffer.from("x"), 27, 1)]);
    expect(isZstdWindowError(inspect(bad, size))).toBe(true);
  });

  it("reads single-segment frames by their content size, with a checksum after the last block", () => {
    // Single segment, 8-byte content size, checksum flag: window = content size.
    const header = (size: bigint) => {
      const field = Buffer.alloc(8);
      field.writeBigUInt64LE(size);
      return Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xe4]), field]);
    };
    const block = Buffer.from([(1 << 3) | 1, 0, 0, 0x41]);
    const checksum = Buffer.alloc(4);
    expect(inspect(Buffer.concat([header(BigInt(MAX_ZSTD_WINDOW)), block, checksum, header(1n), block, checksum]), 2)).toBeUndefined();
    expect(isZstdWindowError(inspect(Buffer.concat([header(BigInt(MAX_ZSTD_WINDOW) + 1n), block, checksum]), 5))).toBe(true);
  });

  it("stops following what is not zstd (the decoder reports it)", () => {
    expect(inspect(Buffer.from("not zstd at all"), 4)).toBeUndefined();
  });
});

describe("the image's entry budget", () => {
  const offer = (budget: EntryBudget, records: ReturnType<EntryBudget["layer"]>, count: number) => {
    for (let index = 0; index < count; index++) {
      // Offered in tar order: the entry's number in its layer is how many were offered before it.
      const number = records.offered;
      if (budget.admit(records, ITEM.ENTRY)) records.scan.entries.push({ path: `/${records.order}/${number}`, type: "file", mode: 0, uid: 0, gid: 0, size: 0 });
    }
  };

  it("keeps the first entries in image order, whatever order the layers arrive in", () => {
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ];
    const results = orders.map((order) => {
      const budget = new EntryBudget(250);
      const layers = [0, 1, 2].map((index) => budget.layer(index, emptyScan(index, "")));
      // Interleaved arrival: a few entries of each layer at a time, in the given order.
      for (let round = 0; round < 10; round++) for (const index of order) offer(budget, layers[index]!, 10);
      return {
        kept: layers.map((records) => records.scan.entries.map((entry) => entry.path)),
        left: budget.shortfalls().map(({ scan, left }) => [scan.index, left]),
      };
    });
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]!.kept.map((paths) => paths.length)).toEqual([100, 100, 50]);
    expect(results[0]!.kept[2]).toEqual(Array.from({ length: 50 }, (_, index) => `/2/${index}`));
    expect(results[0]!.left).toEqual([[2, 50]]);
  });

  it("gives back whiteouts and opaque directories as well as entries", () => {
    const budget = new EntryBudget(2);
    const upper = budget.layer(1, emptyScan(1, ""));
    const lower = budget.layer(0, emptyScan(0, ""));
    expect(budget.admit(upper, ITEM.WHITEOUT)).toBe(true);
    upper.scan.whiteouts.push("/x");
    expect(budget.admit(upper, ITEM.OPAQUE)).toBe(true);
    upper.scan.opaqueDirs.push("/y");
    expect(budget.admit(lower, ITEM.ENTRY)).toBe(true);
    expect(upper.scan.opaqueDirs).toEqual([]);
    expect(upper.scan.whiteouts).toEqual(["/x"]);
    // The upper layer lost an item: it keeps no more, even with room.
    expect(budget.admit(upper, ITEM.ENTRY)).toBe(false);
  });
});

describe("text or binary", () => {
  it.each([
    ["a text file with one NUL in front", Buffer.concat([Buffer.from([0]), Buffer.from("password = hunter2hunter2\n".repeat(3))]), false],
    ["UTF-8 text", Buffer.from("ünïcödé text, ✓ and 漢字\n".repeat(20)), false],
    ["an ELF executable", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(100)]), true],
    ["a PNG image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), true],
    ["UTF-16 text (half NULs)", Buffer.from("hello world ".repeat(10), "utf16le"), true],
    ["random bytes", Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 2654435761) >>> 24)), true],
    ["an empty file", Buffer.alloc(0), false],
  ])("%s", (_name, bytes, binary) => {
    expect(contentKind(bytes).binary).toBe(binary);
  });
  it("answers with objects made once, which no caller can change", () => {
    // Every file of every layer gets one of a few shared answers (see content-kind.ts): one that a
    // caller could change would change the verdict on every file after it.
    const answers = [Buffer.from("plain text\n"), Buffer.alloc(2000, 0x01), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0]), Buffer.alloc(0)].map(contentKind);
    for (const answer of answers) expect(Object.isFrozen(answer)).toBe(true);
    expect(contentKind(Buffer.from("more text\n"))).toBe(answers[0]);
    expect(answers[2]).toEqual({ binary: true, format: "ELF executable" });
    expect(() => {
      (answers[0] as { binary: boolean }).binary = true;
    }).toThrow(TypeError);
    expect(contentKind(Buffer.from("still text\n")).binary).toBe(false);
  });
});

describe("text or binary, at the limits", () => {
  const text = (length: number) => Buffer.alloc(length, "a");
  const withBytes = (length: number, byte: number, count: number) => {
    const bytes = text(length);
    for (let index = 0; index < count; index++) bytes[index * 7] = byte;
    return bytes;
  };
  it("one control byte in ten is still text; one more is binary", () => {
    expect(contentKind(withBytes(1000, 0x01, 100)).binary).toBe(false);
    expect(contentKind(withBytes(1000, 0x01, 101)).binary).toBe(true);
    // Tab, line breaks, form feed and escape are text; DEL is not.
    for (const byte of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]) expect(contentKind(withBytes(1000, byte, 140)).binary).toBe(false);
    expect(contentKind(withBytes(1000, 0x7f, 140)).binary).toBe(true);
  });
  it("three high bytes in ten that are not UTF-8 make it binary; UTF-8 never does", () => {
    const high = (count: number) => {
      const bytes = text(1000);
      for (let index = 0; index < count; index++) bytes[index * 3] = 0xff;
      return bytes;
    };
    expect(contentKind(high(300)).binary).toBe(false);
    expect(contentKind(high(301)).binary).toBe(true);
    expect(contentKind(Buffer.from("é".repeat(4096))).binary).toBe(false);
  });
  it("a full sample of control or high bytes counts every one (the counts share one sum)", () => {
    expect(contentKind(Buffer.alloc(8192, 0x01)).binary).toBe(true);
    expect(contentKind(Buffer.alloc(8192, 0xff)).binary).toBe(true);
    expect(contentKind(Buffer.alloc(8192, 0x80)).binary).toBe(true);
    expect(contentKind(Buffer.alloc(8192, 0x20)).binary).toBe(false);
  });
  it("only the first 8 KiB decide", () => {
    expect(contentKind(Buffer.concat([text(8192), Buffer.alloc(8192, 0x01)])).binary).toBe(false);
    expect(contentKind(Buffer.concat([Buffer.alloc(8192, 0x01), text(8192)])).binary).toBe(true);
  });
  it("decides as counting each byte one by one does, on random mixes of every kind of byte", () => {
    const isControl = (byte: number) => byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f;
    /** Lead bytes and continuation bytes in place; a sequence cut off by the end of the sample is fine. */
    const utf8 = (bytes: Buffer) => {
      for (let index = 0; index < bytes.length;) {
        const lead = bytes[index]!;
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (length === 0) return false;
        for (let next = index + 1; next < Math.min(index + length, bytes.length); next++) if ((bytes[next]! & 0xc0) !== 0x80) return false;
        index += length;
      }
      return true;
    };
    const reference = (bytes: Buffer) => {
      const sample = bytes.subarray(0, 8192);
      const control = sample.filter(isControl).length;
      const high = sample.filter((byte) => byte >= 0x80).length;
      return control * 10 > sample.length || (high * 10 > sample.length * 3 && !utf8(sample));
    };
    let seed = 12345;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 400; round++) {
      const length = 1 + Math.floor(random() * 9000);
      const controlShare = random() * 0.2;
      const highShare = random() * 0.5;
      const bytes = Buffer.alloc(length);
      for (let index = 0; index < length; index++) {
        const pick = random();
        bytes[index] =
          pick < controlShare
            ? Math.floor(random() * 0x20)
            : pick < controlShare + highShare
              ? 0x80 + Math.floor(random() * 0x80)
              : 0x20 + Math.floor(random() * 0x5f);
      }
      // Plain ASCII in front keeps the magic numbers out of the way.
      bytes[0] = 0x61;
      expect(contentKind(bytes).binary, `round ${round}`).toBe(reference(bytes));
    }
  });
});

describe("files read whole from the chunk at hand, or streamed", () => {
  // Most files of a layer sit whole in one decompressed chunk and are read without a promise
  // (recordWhole in layer-walker.ts, scanFileBytes in file-content.ts); a file that spans chunks is
  // streamed. Whatever the chunks, a walk must find the same things.
  const token = fake.githubPat("chunks");
  const key = fake.awsAccessKeyId("chunks");
  const layer = () =>
    tarOf([
      { name: "etc/", type: "directory" },
      { name: "etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\n" },
      { name: "etc/app.env", content: `GITHUB_TOKEN=${token}\n` },
      { name: "srv/notes.txt", content: `${"a line of notes\n".repeat(9000)}aws_access_key_id = ${key}\n` },
      { name: "srv/bundle.zip", content: zipArchive({ "conf/prod.env": `TOKEN=${token}\n` }) },
      { name: "srv/data.tgz", content: tarGzArchive({ "data/keys.txt": `id ${key}\n` }) },
      { name: "usr/bin/tool", content: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(3000, 1)]), mode: 0o4755 },
      { name: "usr/share/big.bin", content: Buffer.alloc(300_000, 0xff) },
      { name: "usr/lib/.wh.old", content: "" },
      { name: "usr/lib/link", type: "link", linkname: "usr/bin/tool" },
      { name: "var/lib/dpkg/info/base.md5sums", content: `${"0".repeat(32)}  usr/bin/tool\n` },
      // A file a check wants, too large to be captured.
      { name: "etc/group", content: "staff:x:50:\n".repeat(Math.ceil(MAX_CAPTURE_BYTES / 12)) },
    ]);
  const chunksOf = (bytes: Buffer, sizes: number[]) => {
    const chunks: Buffer[] = [];
    for (let offset = 0, index = 0; offset < bytes.length; index++) {
      const size = sizes[index % sizes.length]!;
      chunks.push(bytes.subarray(offset, offset + size));
      offset += size;
    }
    return chunks;
  };
  const walk = async (bytes: Buffer, sizes: number[], scan = true) => {
    const chunks = chunksOf(bytes, sizes);
    const entries: LayerEntry[] = [];
    const whiteouts: string[] = [];
    const sink = { entry: (entry: LayerEntry) => entries.push(entry), whiteout: (path: string) => whiteouts.push(path), opaque: () => undefined };
    const budget = new ImageBudget(DEFAULT_LIMITS.maxEntries, MAX_CAPTURED_PER_IMAGE);
    const found = await walkLayer(
      Readable.from(chunks),
      { index: 0, label: "layer 1" },
      DEFAULT_LIMITS,
      scan ? { plan: readPlan(EVERY_CHECK_NEEDS), scanner: defaultScanner() } : { plan: readPlan({ ...EVERY_CHECK_NEEDS, credentials: false }) },
      budget,
      sink,
    );
    return { ...found, entries, whiteouts, captureBytesLeft: budget.captureBytesLeft };
  };
  it("finds the same whatever the chunks: whole, one block, odd sizes", async () => {
    const bytes = await layer();
    const whole = await walk(bytes, [bytes.length]);
    // The credentials in plain files and inside both archives, the binary files skipped, the file captured.
    expect(whole.hits.map((file) => file.path).sort()).toEqual([
      "/etc/app.env",
      "/srv/bundle.zip!conf/prod.env",
      "/srv/data.tgz!data/keys.txt",
      "/srv/notes.txt",
    ]);
    expect(whole.binary.files).toBe(2);
    expect(Object.keys(whole.captured).sort()).toEqual(["/etc/passwd", "/var/lib/dpkg/info/base.md5sums"]);
    expect(whole.captureBytesLeft).toBe(MAX_CAPTURED_PER_IMAGE - Object.values(whole.captured).reduce((sum, text) => sum + text.length, 0));
    expect(whole.whiteouts).toEqual(["/usr/lib/old"]);
    for (const sizes of [[512], [1000, 7, 65_536], [131_072], [3, 4096, 100_000]]) {
      expect(await walk(bytes, sizes)).toEqual(whole);
    }
  });
  it("never keeps an archive as a captured file, and gives its capture budget back", async () => {
    const bytes = await tarOf([{ name: "etc/settings.zip", content: zipArchive({ "conf/prod.env": `TOKEN=${token}\n` }) }]);
    const needs = mergeImageNeeds([{ credentials: true, files: [{ path: String.raw`^\/etc\/settings\.zip$`, why: "a test check reads this file" }] }]);
    for (const sizes of [[bytes.length], [512]]) {
      const budget = new ImageBudget(DEFAULT_LIMITS.maxEntries, MAX_CAPTURED_PER_IMAGE);
      const found = await walkLayer(
        Readable.from(chunksOf(bytes, sizes)),
        { index: 0, label: "layer 1" },
        DEFAULT_LIMITS,
        { plan: readPlan(needs), scanner: defaultScanner() },
        budget,
      );
      expect(found.captured).toEqual({});
      expect(budget.captureBytesLeft).toBe(MAX_CAPTURED_PER_IMAGE);
      // Its members are still read.
      expect(found.hits.map((file) => file.path)).toEqual(["/etc/settings.zip!conf/prod.env"]);
    }
  });
  it("keeps the same files when no check asks for a scan, and the capture budget whole", async () => {
    const bytes = await layer();
    const whole = await walk(bytes, [bytes.length], false);
    expect(whole.hits).toEqual([]);
    expect(Object.keys(whole.captured).sort()).toEqual(["/etc/passwd", "/var/lib/dpkg/info/base.md5sums"]);
    expect(whole.captureBytesLeft).toBe(MAX_CAPTURED_PER_IMAGE - Object.values(whole.captured).reduce((sum, text) => sum + text.length, 0));
    for (const sizes of [[512], [3, 4096, 100_000]]) expect(await walk(bytes, sizes, false)).toEqual(whole);
  });
});

describe("entry names", () => {
  it('are made absolute and clean: no empty, "." or ".." part, no slash at the end', async () => {
    const names: Array<[string, string]> = [
      ["usr/bin/env", "/usr/bin/env"],
      ["./usr/bin/env", "/usr/bin/env"],
      ["usr//lib/./x.so", "/usr/lib/x.so"],
      ["etc/app/", "/etc/app"],
      ["..hidden/x", "/..hidden/x"],
      ["srv/..x/...", "/srv/..x/..."],
      [".profile", "/.profile"],
      ["a/.b/c", "/a/.b/c"],
    ];
    const bytes = await tarOf(names.map(([name]) => (name.endsWith("/") ? { name, type: "directory" as const } : { name, content: "x" })));
    const entries: LayerEntry[] = [];
    const sink = { entry: (entry: LayerEntry) => entries.push(entry), whiteout: () => undefined, opaque: () => undefined };
    await walkLayer(
      Readable.from([bytes]),
      { index: 0, label: "layer 1" },
      DEFAULT_LIMITS,
      { plan: readPlan(EVERY_CHECK_NEEDS), scanner: defaultScanner() },
      new ImageBudget(DEFAULT_LIMITS.maxEntries, MAX_CAPTURED_PER_IMAGE),
      sink,
    );
    expect(entries.map((entry) => entry.path)).toEqual(names.map(([, path]) => path));
  });
});
