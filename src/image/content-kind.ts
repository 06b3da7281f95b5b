/**
 * Text or binary: which files of a layer are scanned for credentials as text.
 *
 * One NUL byte does not make a file binary (a config file with a stray NUL still holds readable
 * credentials). A file is binary when its first bytes are a known executable, archive or media
 * format, or when the first 8 KiB hold too many control bytes for text (more than 1 in 10), or
 * look like compressed or random data (many high bytes that are not UTF-8). Binary files are not
 * scanned; they are counted, and the report says how many were skipped.
 */

/** Bytes looked at to decide. */
export const SAMPLE_BYTES = 8 * 1024;

const MAGIC_FORMATS: Array<{ format: string; bytes: number[] }> = [
  { format: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: "Mach-O executable", bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { format: "Mach-O executable", bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { format: "Java class or Mach-O universal binary", bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { format: "WebAssembly module", bytes: [0x00, 0x61, 0x73, 0x6d] },
  { format: "gzip", bytes: [0x1f, 0x8b] },
  { format: "bzip2", bytes: [0x42, 0x5a, 0x68] },
  { format: "xz", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: "zstd", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: "zip archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: "zip archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { format: "7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: "ar archive", bytes: [0x21, 0x3c, 0x61, 0x72, 0x63, 0x68, 0x3e, 0x0a] },
  { format: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { format: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: "SQLite database", bytes: [...Buffer.from("SQLite format 3\u0000", "latin1")] },
];

export interface ContentKind {
  readonly binary: boolean;
  /** For binary content: the format, when its first bytes name one. */
  readonly format?: string;
}

/**
 * The answers, made once: contentKind runs on every file of a layer, and an object literal that
 * optimized code meets on a path it had not run before costs a deoptimization and a new compile
 * (51 times in one run of the tools bench image, on the two walking threads, when each return made its own).
 */
const TEXT: ContentKind = Object.freeze({ binary: false });
const BINARY: ContentKind = Object.freeze({ binary: true });
const MAGIC = MAGIC_FORMATS.map(({ format, bytes }) => ({ bytes, kind: Object.freeze({ binary: true, format }) as ContentKind }));

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  if (head.length < bytes.length) return false;
  for (let index = 0; index < bytes.length; index++) if (head[index] !== bytes[index]) return false;
  return true;
}

/** True when the bytes are UTF-8 (a sequence cut off at the end of the sample is fine). */
function isUtf8(bytes: Uint8Array): boolean {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length) return true;
      if ((bytes[index + next]! & 0xc0) !== 0x80) return false;
    }
    index += length;
  }
  return true;
}

/**
 * Each byte's weight in one running sum: 1 for a byte above ASCII, 1 << 16 for a control character
 * that text does not hold (tab, line breaks, form feed and escape are text), 0 otherwise. A sample
 * holds at most 8 KiB, so neither count overflows into the other. One add per byte and no branch:
 * compressed data and bytecode (.pyc) fill a sample with bytes of every kind, and a loop that
 * branched on the kind mispredicted about every other byte (twice as slow on the files of a
 * Debian image).
 */
const WEIGHT = Uint32Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 ? 1 : byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f ? 1 << 16 : 0,
);

/** Decides from the first bytes of a file (up to SAMPLE_BYTES) whether it is scanned as text. */
export function contentKind(head: Uint8Array): ContentKind {
  for (const magic of MAGIC) if (startsWith(head, magic.bytes)) return magic.kind;
  const sample = head.subarray(0, SAMPLE_BYTES);
  if (sample.length === 0) return TEXT;
  let sum = 0;
  for (let index = 0; index < sample.length; index++) sum += WEIGHT[sample[index]!]!;
  const control = sum >>> 16;
  const high = sum & 0xffff;
  if (control * 10 > sample.length) return BINARY;
  if (high * 10 > sample.length * 3 && !isUtf8(sample)) return BINARY;
  return TEXT;
}
