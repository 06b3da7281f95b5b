/**
 * The one way the gate reads a file it was pointed at: the Dockerfile, the policy and what it
 * extends, scan results, image archives, OCI layout documents and blobs, the Docker config.
 * A repository shapes some of these paths (`.image-gate.yaml` is read automatically), so only
 * regular files are read, and never more bytes than the caller allows: `/dev/zero`, a FIFO or a
 * directory is one clear error, not an endless read, a hang or an out-of-memory crash.
 */

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { GateError } from "./errors.ts";

export interface InputFile {
  /** How messages name the file (the path as the user wrote it). */
  label: string;
  /** What the file is read as, with its article: "the Dockerfile", "the policy". */
  noun: string;
  /** What the file should be: "a Dockerfile", "a policy file". */
  kind: string;
  /** Bytes read at most; a longer file is an error, whatever `stat` says. */
  maxBytes: number;
}

/**
 * Opening without waiting: a FIFO opened for reading blocks until a writer appears, so it is
 * opened non-blocking and refused by fstat before anything is read (regular files ignore the flag).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** "1 MiB", "16 MiB", "512 KiB", "100 bytes". */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024],
  ] as const) {
    if (bytes >= size) return `${Number.isInteger(bytes / size) ? bytes / size : (bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}

function openError(file: InputFile, error: unknown): GateError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT" || code === "ENOTDIR"
      ? "no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "is a directory"
          : code === "ENXIO"
            ? "is a socket"
            : code === "ELOOP"
              ? "too many levels of symbolic links"
              : (code ?? "unreadable");
  return new GateError(`${file.label}: cannot read ${file.noun} (${reason})`, { cause: error });
}

/** Names what a non-regular file is. */
function describeType(info: Stats): string {
  if (info.isDirectory()) return "is a directory";
  if (info.isFIFO()) return "is a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "is a character device";
  if (info.isBlockDevice()) return "is a block device";
  if (info.isSocket()) return "is a socket";
  return "is not a regular file";
}

function refuseIrregular(file: InputFile, info: Stats): void {
  if (!info.isFile()) throw new GateError(`${file.label}: ${describeType(info)}, not ${file.kind}`);
}

function tooLarge(file: InputFile): GateError {
  return new GateError(`${file.label}: larger than ${formatBytes(file.maxBytes)}, too large for ${file.kind}`);
}

/** Reads a whole regular file of at most `maxBytes`. */
export async function readInputFile(file: string, input: InputFile): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    throw openError(input, error);
  }
  try {
    const info = await handle.stat();
    refuseIrregular(input, info);
    if (info.size > input.maxBytes) throw tooLarge(input);
    // The size is a hint only: the file may grow while it is read, so the cap is enforced on bytes.
    const buffer = Buffer.alloc(Math.min(info.size, input.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > input.maxBytes) throw tooLarge(input);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw openError(input, error);
  } finally {
    await handle.close();
  }
}

/** The synchronous twin of readInputFile, for loaders that are synchronous (the policy). */
export function readInputFileSync(file: string, input: InputFile): Buffer {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw openError(input, error);
  }
  try {
    const info = fstatSync(fd);
    refuseIrregular(input, info);
    if (info.size > input.maxBytes) throw tooLarge(input);
    const buffer = Buffer.alloc(Math.min(info.size, input.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > input.maxBytes) throw tooLarge(input);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw openError(input, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a regular file for streaming (archives, layer blobs) and returns the handle and its
 * size; anything else is refused before a byte is read. The caller closes the handle.
 */
export async function openInputFile(file: string, input: Omit<InputFile, "maxBytes">): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    throw openError({ ...input, maxBytes: 0 }, error);
  }
  try {
    const info = await handle.stat();
    refuseIrregular({ ...input, maxBytes: 0 }, info);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
