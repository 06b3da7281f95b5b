import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  FileChunks
} from "./chunk-OK32SZ4Y.js";
import {
  openInputFile
} from "./chunk-LOFLENB6.js";
import {
  GateError
} from "./chunk-MSQ75MTB.js";

// src/image/tar-index.ts
import { Readable } from "node:stream";
var BLOCK = 512;
var MAX_MEMBERS = 1e5;
var MAX_META_BYTES = 1024 * 1024;
function cString(block, start, length) {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
}
function numeric(block, start, length) {
  const field = block.subarray(start, start + length);
  if (field[0] & 128) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    return value;
  }
  const text = cString(block, start, length).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}
function checksumOk(block) {
  const stored = numeric(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return stored === sum;
}
function paxRecords(data) {
  const records = {};
  let position = 0;
  while (position < data.length) {
    const space = data.indexOf(32, position);
    if (space === -1) break;
    const length = Number(data.subarray(position, space).toString("ascii"));
    if (!Number.isInteger(length) || length <= 0 || position + length > data.length) break;
    const record = data.subarray(space + 1, position + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    position += length;
  }
  return records;
}
var TarIndex = class _TarIndex {
  constructor(file, label, members) {
    this.file = file;
    this.label = label;
    this.members = members;
  }
  file;
  label;
  members;
  /** Reads every header of the archive. Errors name the archive and say what is wrong. */
  static async open(file, label) {
    const { handle, size: fileSize } = await openInputFile(file, { label, noun: "the archive", kind: "an image archive" });
    try {
      const members = /* @__PURE__ */ new Map();
      let count = 0;
      const block = Buffer.alloc(BLOCK);
      let offset = 0;
      let longName;
      let longLink;
      let pax = {};
      const readAt = async (buffer, position) => {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        return bytesRead;
      };
      for (; ; ) {
        const read = await readAt(block, offset);
        if (read === 0 && offset > 0) break;
        if (read < BLOCK) throw new GateError(`${label}: truncated tar archive (a header is cut off at byte ${offset})`);
        if (block.every((byte) => byte === 0)) break;
        if (!checksumOk(block)) {
          throw new GateError(offset === 0 ? `${label}: not a tar archive` : `${label}: corrupt tar header at byte ${offset} (checksum mismatch)`);
        }
        const size = numeric(block, 124, 12);
        if (!Number.isSafeInteger(size) || size < 0) throw new GateError(`${label}: corrupt tar header at byte ${offset} (bad size)`);
        const dataOffset = offset + BLOCK;
        let step = size;
        const typeflag = String.fromCharCode(block[156]);
        const readMeta = async () => {
          if (size > MAX_META_BYTES) throw new GateError(`${label}: tar extended header at byte ${offset} is implausibly large`);
          const data = Buffer.alloc(size);
          await readAt(data, dataOffset);
          return data;
        };
        if (typeflag === "L") longName = cString(await readMeta(), 0, size);
        else if (typeflag === "K") longLink = cString(await readMeta(), 0, size);
        else if (typeflag === "x") pax = paxRecords(await readMeta());
        else if (typeflag !== "g") {
          const magic = block.subarray(257, 262).toString("latin1");
          const prefix = magic === "ustar" ? cString(block, 345, 155) : "";
          const rawName = pax.path ?? longName ?? (prefix ? `${prefix}/${cString(block, 0, 100)}` : cString(block, 0, 100));
          const linkname = pax.linkpath ?? longLink ?? cString(block, 157, 100);
          const memberSize = pax.size !== void 0 ? Number(pax.size) : size;
          if (!Number.isSafeInteger(memberSize) || memberSize < 0) throw new GateError(`${label}: corrupt tar header at byte ${offset} (bad size)`);
          step = memberSize;
          const type = typeflag === "0" || typeflag === "\0" || typeflag === "7" ? "file" : typeflag === "5" ? "directory" : typeflag === "2" ? "symlink" : typeflag === "1" ? "hardlink" : "other";
          const name = rawName.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
          const member = { name, type, offset: dataOffset, size: type === "file" ? memberSize : 0 };
          if (linkname) member.linkname = linkname;
          members.set(name, member);
          if (++count > MAX_MEMBERS) throw new GateError(`${label}: more than ${MAX_MEMBERS} members; not an image archive`);
          longName = void 0;
          longLink = void 0;
          pax = {};
        }
        if (dataOffset + step > fileSize) throw new GateError(`${label}: truncated tar archive (member at byte ${offset} needs ${step} bytes)`);
        offset = dataOffset + Math.ceil(step / BLOCK) * BLOCK;
      }
      return new _TarIndex(file, label, members);
    } finally {
      await handle.close();
    }
  }
  /** The member with this name, following symbolic and hard links inside the archive. */
  member(name) {
    let current = this.members.get(name.replace(/^(?:\.\/)+/, ""));
    for (let hops = 0; current && (current.type === "symlink" || current.type === "hardlink") && hops < 16; hops++) {
      const target = current.type === "symlink" ? joinPath(dirname(current.name), current.linkname ?? "") : current.linkname ?? "";
      current = this.members.get(target.replace(/^(?:\.\/)+/, ""));
    }
    return current?.type === "file" ? current : void 0;
  }
  has(name) {
    return this.member(name) !== void 0;
  }
  names() {
    return [...this.members.keys()];
  }
  /** A stream of the member's bytes (the archive is reopened, and checked again, when reading starts). */
  open(member) {
    if (member.size === 0) return Readable.from([]);
    const { file, label } = this;
    return new FileChunks(
      async () => (await openInputFile(file, { label, noun: "the archive", kind: "an image archive" })).handle,
      member.offset,
      member.offset + member.size - 1
    );
  }
  /** The member's text (bounded). */
  async text(member, maxBytes) {
    if (member.size > maxBytes) throw new GateError(`${this.label}: ${member.name} is ${member.size} bytes, too large for image metadata`);
    const { handle } = await openInputFile(this.file, { label: this.label, noun: "the archive", kind: "an image archive" });
    try {
      const buffer = Buffer.alloc(member.size);
      const { bytesRead } = await handle.read(buffer, 0, member.size, member.offset);
      if (bytesRead < member.size) throw new GateError(`${this.label}: ${member.name} is cut short (the archive changed while it was read)`);
      return buffer.toString("utf8");
    } finally {
      await handle.close();
    }
  }
};
function dirname(name) {
  const slash = name.lastIndexOf("/");
  return slash === -1 ? "" : name.slice(0, slash);
}
function joinPath(dir, target) {
  const parts = target.startsWith("/") ? [] : dir.split("/").filter(Boolean);
  for (const part of target.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

export {
  numeric,
  paxRecords,
  TarIndex,
  dirname,
  joinPath
};
