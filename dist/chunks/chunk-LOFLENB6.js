import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-MSQ75MTB.js";

// src/input-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
function formatBytes(bytes) {
  for (const [unit, size] of [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024]
  ]) {
    if (bytes >= size) return `${Number.isInteger(bytes / size) ? bytes / size : (bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}
function openError(file, error) {
  const code = error.code;
  const reason = code === "ENOENT" || code === "ENOTDIR" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : code === "ENXIO" ? "is a socket" : code === "ELOOP" ? "too many levels of symbolic links" : code ?? "unreadable";
  return new GateError(`${file.label}: cannot read ${file.noun} (${reason})`, { cause: error });
}
function describeType(info) {
  if (info.isDirectory()) return "is a directory";
  if (info.isFIFO()) return "is a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "is a character device";
  if (info.isBlockDevice()) return "is a block device";
  if (info.isSocket()) return "is a socket";
  return "is not a regular file";
}
function refuseIrregular(file, info) {
  if (!info.isFile()) throw new GateError(`${file.label}: ${describeType(info)}, not ${file.kind}`);
}
function tooLarge(file) {
  return new GateError(`${file.label}: larger than ${formatBytes(file.maxBytes)}, too large for ${file.kind}`);
}
async function readInputFile(file, input) {
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    throw openError(input, error);
  }
  try {
    const info = await handle.stat();
    refuseIrregular(input, info);
    if (info.size > input.maxBytes) throw tooLarge(input);
    const buffer = Buffer.alloc(Math.min(info.size, input.maxBytes) + 1);
    let length = 0;
    for (; ; ) {
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
function readInputFileSync(file, input) {
  let fd;
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
    for (; ; ) {
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
async function openInputFile(file, input) {
  let handle;
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

export {
  formatBytes,
  readInputFile,
  readInputFileSync,
  openInputFile
};
