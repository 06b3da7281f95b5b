/**
 * Follows the frame structure of a zstd stream as it passes (RFC 8878: frame headers, block
 * headers, checksums, skippable frames) without decompressing it, to refuse frames whose window
 * is larger than 128 MiB. zstd's own decoder (Node's, on 22.15 and later) refuses them by default
 * (ZSTD_d_windowLogMax 27); the pure-JS decoder used on Node 20 allocates whatever a frame asks
 * for, up to 2 GiB, and slows down without bound. The limit is the same on every Node.
 */

/** The largest window a frame may ask for (2^27 bytes), as zstd's decoders default to. */
export const MAX_ZSTD_WINDOW = 128 * 1024 * 1024;

const FRAME_MAGIC = 0xfd2fb528;

/** One message for both decoders (Node's own does not say how large the window was). */
export const ZSTD_WINDOW_MESSAGE = "a zstd frame needs a window larger than 128 MiB, more than zstd decoders accept";

class ZstdWindowError extends Error {}

/** True for the window errors of either decoder. */
export function isZstdWindowError(error: unknown): boolean {
  return error instanceof ZstdWindowError || (error as { code?: unknown } | null)?.code === "ZSTD_error_frameParameter_windowTooLarge";
}

type State =
  | { kind: "magic" }
  | { kind: "frame-header" }
  | { kind: "block-header" }
  | { kind: "skip"; bytes: number; after: "block-header" | "checksum" | "magic" }
  | { kind: "checksum" }
  | { kind: "skippable-size" }
  | { kind: "done" };

export class ZstdWindowGuard {
  private state: State = { kind: "magic" };
  private pending = Buffer.alloc(0);
  private checksum = false;

  /** Reads the next bytes of the compressed stream; throws ZstdWindowError for a frame past the limit. */
  inspect(chunk: Uint8Array): void {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let offset = 0;
    for (;;) {
      const state = this.state;
      const available = data.length - offset;
      if (state.kind === "done") {
        this.pending = Buffer.alloc(0);
        return;
      }
      if (state.kind === "skip") {
        const taken = Math.min(state.bytes, available);
        offset += taken;
        if (taken < state.bytes) {
          this.state = { ...state, bytes: state.bytes - taken };
          break;
        }
        this.state = { kind: state.after };
        continue;
      }
      if (state.kind === "magic" || state.kind === "skippable-size" || state.kind === "checksum") {
        if (available < 4) break;
        const value = data.readUInt32LE(offset);
        offset += 4;
        if (state.kind === "checksum") this.state = { kind: "magic" };
        else if (state.kind === "skippable-size") this.state = { kind: "skip", bytes: value, after: "magic" };
        else if (value === FRAME_MAGIC) this.state = { kind: "frame-header" };
        else if ((value & 0xfffffff0) === 0x184d2a50) this.state = { kind: "skippable-size" };
        // Not a frame: the decoder reports it; nothing more to follow.
        else this.state = { kind: "done" };
        continue;
      }
      if (state.kind === "frame-header") {
        if (available < 1) break;
        const descriptor = data[offset]!;
        const contentSizeFlag = descriptor >> 6;
        const singleSegment = (descriptor >> 5) & 1;
        const dictionaryBytes = [0, 1, 2, 4][descriptor & 3]!;
        const contentSizeBytes = contentSizeFlag === 0 ? singleSegment : 1 << contentSizeFlag;
        const headerBytes = 1 + (singleSegment ? 0 : 1) + dictionaryBytes + contentSizeBytes;
        if (available < headerBytes) break;
        let window: number;
        if (singleSegment) {
          // The window is the whole content: its size is the frame content size field.
          const at = offset + 1 + dictionaryBytes;
          window = readLittleEndian(data, at, contentSizeBytes) + (contentSizeFlag === 1 ? 256 : 0);
        } else {
          const windowDescriptor = data[offset + 1]!;
          const base = 2 ** (10 + (windowDescriptor >> 3));
          window = base + (base / 8) * (windowDescriptor & 7);
        }
        if (window > MAX_ZSTD_WINDOW) {
          throw new ZstdWindowError(ZSTD_WINDOW_MESSAGE);
        }
        this.checksum = ((descriptor >> 2) & 1) === 1;
        offset += headerBytes;
        this.state = { kind: "block-header" };
        continue;
      }
      // A block header: 3 bytes, little-endian: last-block bit, type, size.
      if (available < 3) break;
      const header = data[offset]! | (data[offset + 1]! << 8) | (data[offset + 2]! << 16);
      offset += 3;
      const last = (header & 1) === 1;
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      const bytes = type === 1 ? 1 : size;
      this.state = { kind: "skip", bytes, after: last ? (this.checksum ? "checksum" : "magic") : "block-header" };
      if (type === 3) this.state = { kind: "done" }; // reserved block type: the decoder reports it
    }
    this.pending = Buffer.from(data.subarray(offset));
  }
}

function readLittleEndian(data: Buffer, offset: number, bytes: number): number {
  let value = 0;
  for (let index = bytes - 1; index >= 0; index--) value = value * 256 + data[offset + index]!;
  return value;
}
