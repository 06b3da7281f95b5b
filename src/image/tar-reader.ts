/**
 * A lean pull parser for the tar stream of a layer: it asks for the next chunk only when the
 * entry being read needs it, so memory is one chunk plus one header whatever the layer's size,
 * and an entry's body is handed out as views of the decompressed chunks (never copied). It reads
 * what the layer walker needs (ustar, GNU and PAX names, links, sizes, modes, owners) and nothing
 * else; a layer holds tens of thousands of entries, so there is no stream object per entry.
 *
 * Headers are read as Go's archive/tar reads them (Docker and containerd extract with it): the
 * archive ends at two zero blocks; link, symlink, device, directory and FIFO entries have no body
 * whatever their size field says; a PAX size overrides the header's; PAX global headers are
 * skipped (Docker ignores them when it extracts a layer).
 */

/** One header, with the long-name and PAX records that preceded it applied. */
export interface TarHeader {
  name: string;
  /** file, link, symlink, directory, character-device, block-device, fifo, contiguous-file, or null (unknown). */
  type: string | null;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkname: string | null;
}

/** An entry: its header, and its body (iterate it, or leave it: the reader skips what is left). */
export interface TarEntry extends AsyncIterable<Buffer> {
  header: TarHeader;
  /**
   * The whole body as one view, without a promise, when none of it was read yet and all of it sits
   * in the chunk at hand (most files of a layer); undefined otherwise: iterate the entry instead.
   */
  whole(): Buffer | undefined;
}

const BLOCK = 512;
/** Long names and PAX records larger than this are not names: a hostile or broken archive. */
const MAX_META_BYTES = 4 * 1024 * 1024;
const EMPTY: Buffer = Buffer.alloc(0);

const TYPES: Record<number, string> = {
  0: "file",
  1: "link",
  2: "symlink",
  3: "character-device",
  4: "block-device",
  5: "directory",
  6: "fifo",
  7: "contiguous-file",
};
/** Entries that are only a header, as archive/tar's isHeaderOnlyType: their size field is ignored. */
const HEADER_ONLY = new Set(["link", "symlink", "character-device", "block-device", "directory", "fifo"]);

function isZeroBlock(block: Buffer): boolean {
  for (let index = 0; index < BLOCK; index += 1) if (block[index] !== 0) return false;
  return true;
}

function checksum(block: Buffer): number {
  let sum = 8 * 32;
  for (let index = 0; index < 148; index += 1) sum += block[index]!;
  for (let index = 156; index < BLOCK; index += 1) sum += block[index]!;
  return sum;
}

/** A NUL-terminated field as UTF-8. */
function text(block: Buffer, start: number, length: number): string {
  let end = start;
  while (end < start + length && block[end] !== 0) end += 1;
  return block.toString("utf8", start, end);
}

/** An octal field (leading spaces and NULs allowed), or GNU base-256 when its first byte has the high bit. */
function number(block: Buffer, start: number, length: number): number {
  if (block[start]! & 0x80) {
    const negative = block[start] === 0xff;
    if (!negative && block[start] !== 0x80) return Number.NaN;
    let value = 0;
    for (let index = start + 1; index < start + length; index += 1) value = value * 256 + (negative ? 0xff - block[index]! : block[index]!);
    return negative ? -value : value;
  }
  let index = start;
  const end = start + length;
  while (index < end && block[index] === 32) index += 1;
  let value = 0;
  let digits = 0;
  for (; index < end; index += 1) {
    const byte = block[index]!;
    if (byte === 0 || byte === 32) {
      if (digits > 0) break;
      continue;
    }
    if (byte < 48 || byte > 55) return Number.NaN;
    value = value * 8 + (byte - 48);
    digits += 1;
  }
  return value;
}

/** `LEN key=value\n` records. */
function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let position = 0;
  while (position < data.length) {
    const space = data.indexOf(0x20, position);
    if (space === -1) break;
    const length = Number(data.toString("latin1", position, space));
    if (!Number.isSafeInteger(length) || length <= space - position || position + length > data.length) break;
    const record = data.toString("utf8", space + 1, position + length - 1);
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    position += length;
  }
  return records;
}

/** The error a corrupt archive ends the walk with; the walker names the layer. */
export class TarFormatError extends Error {}

/**
 * Reads entries from a stream of tar bytes. `chunks` is pulled only as entries are read; when the
 * caller asks for the next entry, the rest of the current body is skipped (still pulled, so every
 * byte passes whatever the chunks pass through, such as a digest).
 */
export async function* readTar(chunks: AsyncIterator<Buffer>): AsyncGenerator<TarEntry, void, undefined> {
  let chunk = EMPTY;
  let offset = 0;
  let exhausted = false;

  /** Makes at least one byte available; false at the end of the stream. */
  const more = async (): Promise<boolean> => {
    while (offset >= chunk.length) {
      if (exhausted) return false;
      const next = await chunks.next();
      if (next.done) {
        exhausted = true;
        return false;
      }
      chunk = next.value;
      offset = 0;
    }
    return true;
  };

  /** Exactly `length` bytes (a view when they sit in one chunk); undefined when the stream ends first. */
  const take = async (length: number): Promise<Buffer | undefined> => {
    if (chunk.length - offset >= length) {
      offset += length;
      return chunk.subarray(offset - length, offset);
    }
    const parts: Buffer[] = [];
    let missing = length;
    while (missing > 0) {
      if (!(await more())) return parts.length === 0 && missing === length ? undefined : truncated();
      const piece = chunk.subarray(offset, offset + Math.min(missing, chunk.length - offset));
      offset += piece.length;
      missing -= piece.length;
      parts.push(piece);
    }
    return Buffer.concat(parts, length);
  };

  const skip = async (length: number): Promise<void> => {
    let missing = length;
    while (missing > 0) {
      if (!(await more())) truncated();
      const step = Math.min(missing, chunk.length - offset);
      offset += step;
      missing -= step;
    }
  };

  const truncated = (): never => {
    throw new TarFormatError("unexpected end of data: the archive is cut short");
  };

  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> | undefined;

  for (;;) {
    // Most headers sit whole in the current chunk: no promise for them.
    const block = chunk.length - offset >= BLOCK ? chunk.subarray(offset, (offset += BLOCK)) : await take(BLOCK);
    if (block === undefined) return; // The end of the stream at an entry boundary (no end marker): as archive/tar.
    if (isZeroBlock(block)) {
      const second = await take(BLOCK);
      if (second !== undefined && !isZeroBlock(second)) throw new TarFormatError("invalid tar header: a zero block followed by data");
      // The end of the archive; what follows (padding) is read through but holds no entries.
      while (await more()) offset = chunk.length;
      return;
    }
    const stored = number(block, 148, 8);
    if (stored !== checksum(block))
      throw new TarFormatError("invalid tar header (checksum mismatch): the tar is corrupt, or compressed in a way not recognised");
    const magic = block.toString("latin1", 257, 263);
    const ustar = magic === "ustar\u0000";
    if (!ustar && !(magic === "ustar " && block[263] === 0x20 && block[264] === 0)) {
      throw new TarFormatError("invalid tar header: unknown format");
    }
    const flag = block[156] === 0 ? 0 : block[156]! - 48;
    let size = number(block, 124, 12);
    if (!(size >= 0) || !Number.isSafeInteger(size)) throw new TarFormatError("invalid tar header: bad size");
    const padding = (length: number) => (BLOCK - (length % BLOCK)) % BLOCK;

    // Records that describe the next entry: GNU long names, PAX extended headers.
    if (flag === 28 || flag === 30 || flag === 27 || flag === 72 || flag === 55) {
      if (size > MAX_META_BYTES) throw new TarFormatError("tar extended header exceeds 4 MiB");
      const data = (await take(size)) ?? truncated();
      await skip(padding(size));
      if (flag === 27) longLink = text(data, 0, data.length);
      else if (flag === 72) pax = paxRecords(data);
      else if (flag !== 55) longName = text(data, 0, data.length);
      continue;
    }

    let name = text(block, 0, 100);
    if (ustar && block[345] !== 0) name = `${text(block, 345, 155)}/${name}`;
    let linkname: string | null = block[157] === 0 ? null : text(block, 157, 100);
    let type = TYPES[flag] ?? null;
    if (longName !== undefined) name = longName;
    if (longLink !== undefined) linkname = longLink;
    if (pax?.path !== undefined) name = pax.path;
    if (pax?.linkpath !== undefined) linkname = pax.linkpath;
    // Old tars mark directories with a trailing slash on a regular-file entry. Judged on the full
    // name: the header's own name field of a long path is cut at 100 bytes and may end in a slash,
    // and reading that file as a directory would parse its content as tar headers.
    if (flag === 0 && name.endsWith("/")) type = "directory";
    if (pax?.size !== undefined) {
      size = Number(pax.size);
      if (!(size >= 0) || !Number.isSafeInteger(size)) throw new TarFormatError("invalid tar header: bad PAX size");
    }
    longName = undefined;
    longLink = undefined;
    pax = undefined;
    if (type !== null && HEADER_ONLY.has(type)) size = 0;

    const header: TarHeader = {
      name,
      type,
      mode: number(block, 100, 8) || 0,
      uid: number(block, 108, 8) || 0,
      gid: number(block, 116, 8) || 0,
      size,
      linkname,
    };
    let remaining = size;
    const body: AsyncIterator<Buffer> = {
      async next(): Promise<IteratorResult<Buffer>> {
        if (remaining === 0) return { done: true, value: undefined };
        if (!(await more())) truncated();
        const length = Math.min(remaining, chunk.length - offset);
        offset += length;
        remaining -= length;
        return { done: false, value: chunk.subarray(offset - length, offset) };
      },
    };
    const whole = (): Buffer | undefined => {
      if (remaining !== size || chunk.length - offset < size) return undefined;
      offset += size;
      remaining = 0;
      return chunk.subarray(offset - size, offset);
    };
    yield { header, whole, [Symbol.asyncIterator]: () => body };
    const rest = remaining + padding(size);
    if (chunk.length - offset >= rest) offset += rest;
    else await skip(rest);
  }
}
