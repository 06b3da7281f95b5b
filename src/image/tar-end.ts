/**
 * Where a tar stream ends. tar marks the end of an archive with two zero blocks, but a stream
 * parser skips zero blocks and reads on, so a writer that keeps going (or a stream of zeros)
 * would be read forever. Following the stream header by header finds the end, and the reader
 * can stop there instead of waiting for the writer to close.
 */

import { numeric, paxRecords } from "./tar-index.ts";

const BLOCK = 512;
/** Extended headers larger than this are not collected (tar-stream refuses them anyway). */
const MAX_PAX_BYTES = 1024 * 1024;

/** A block whose bytes are all zero outside the checksum field: what tar parsers read as "no header". */
function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0 && (i < 148 || i >= 156)) return false;
  return true;
}

/** Follows a tar stream block by block; `take` says how much of each chunk belongs to the archive. */
export class TarEnd {
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Member data (padded to whole blocks) still to pass before the next header. */
  private skip = 0;
  /** A pax header's data, collected for its size record. */
  private pax: Buffer[] | undefined;
  private paxBytes = 0;
  private paxSize: number | undefined;
  private zeroBlocks = 0;
  /** True once the two zero blocks that end the archive have passed. */
  ended = false;

  /** The number of bytes of `chunk` that belong to the archive: all, unless it ends inside this chunk. */
  take(chunk: Buffer): number {
    let position = 0;
    while (position < chunk.length && !this.ended) {
      if (this.skip > 0) {
        const count = Math.min(this.skip, chunk.length - position);
        if (this.pax && this.paxBytes > 0) {
          const part = chunk.subarray(position, position + Math.min(count, this.paxBytes));
          this.pax.push(part);
          this.paxBytes -= part.length;
        }
        this.skip -= count;
        position += count;
        if (this.skip === 0 && this.pax) {
          const size = paxRecords(Buffer.concat(this.pax)).size;
          if (size !== undefined && /^\d+$/.test(size)) this.paxSize = Number(size);
          this.pax = undefined;
        }
        continue;
      }
      const count = Math.min(BLOCK - this.headerFill, chunk.length - position);
      chunk.copy(this.header, this.headerFill, position, position + count);
      this.headerFill += count;
      position += count;
      if (this.headerFill < BLOCK) break;
      this.headerFill = 0;
      this.onHeader();
    }
    return position;
  }

  private onHeader(): void {
    if (isZeroBlock(this.header)) {
      if (++this.zeroBlocks === 2) this.ended = true;
      return;
    }
    this.zeroBlocks = 0;
    const typeflag = String.fromCharCode(this.header[156]!);
    let size = numeric(this.header, 124, 12);
    // A header this cannot read is the tar parser's to reject; follow it as having no data.
    if (!Number.isSafeInteger(size) || size < 0) size = 0;
    if (typeflag === "x") {
      if (size <= MAX_PAX_BYTES) {
        this.pax = [];
        this.paxBytes = size;
      }
    } else if (typeflag !== "g" && typeflag !== "L" && typeflag !== "K" && this.paxSize !== undefined) {
      size = this.paxSize;
      this.paxSize = undefined;
    }
    this.skip = Math.ceil(size / BLOCK) * BLOCK;
    if (this.skip === 0 && this.pax) this.pax = undefined;
  }
}
