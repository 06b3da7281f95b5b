import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  TarIndex
} from "./chunk-H2JGKL6I.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-4SGPG5RS.js";
import {
  FileChunks
} from "./chunk-OK32SZ4Y.js";
import {
  openInputFile,
  readInputFile
} from "./chunk-LOFLENB6.js";
import {
  GateError,
  quoteInput
} from "./chunk-MSQ75MTB.js";

// src/image/open-store.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// src/image/archive-store.ts
var ArchiveStore = class {
  constructor(index, label) {
    this.index = index;
    this.label = label;
  }
  index;
  label;
  has(name) {
    return this.index.has(name);
  }
  async read(name) {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    return this.index.text(member, MAX_DOCUMENT_BYTES);
  }
  open(name) {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    return this.index.open(member);
  }
  bytes(name) {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    if (member.size === 0) return { stream: () => this.index.open(member) };
    return { file: this.index.file, start: member.offset, end: member.offset + member.size - 1 };
  }
};

// src/image/oci-directory-store.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
var DirectoryStore = class {
  constructor(root, label) {
    this.root = root;
    this.label = label;
  }
  root;
  label;
  resolve(name) {
    const full = path.resolve(this.root, name);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new GateError(`${this.label}: ${quoteInput(name)} points outside the image layout`);
    return full;
  }
  has(name) {
    const full = this.resolve(name);
    return existsSync(full) && statSync(full).isFile();
  }
  async read(name) {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    const bytes = await readInputFile(full, { label: `${this.label}: ${name}`, noun: "image metadata", kind: "image metadata", maxBytes: MAX_DOCUMENT_BYTES });
    return bytes.toString("utf8");
  }
  open(name) {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    const label = `${this.label}: ${name}`;
    return new FileChunks(async () => (await openInputFile(full, { label, noun: "the blob", kind: "a blob file" })).handle);
  }
  bytes(name) {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    return { file: full, label: `${this.label}: ${name}` };
  }
};

// src/image/open-store.ts
async function openStore(source, cwd) {
  if (source.transport === "oci") {
    const dir = path2.resolve(cwd, source.path);
    if (!existsSync2(dir) || !statSync2(dir).isDirectory()) throw new GateError(`${source.path}: no such OCI layout directory`);
    if (!existsSync2(path2.join(dir, "oci-layout")) && !existsSync2(path2.join(dir, "index.json"))) {
      throw new GateError(`${source.path}: not an OCI image layout (no oci-layout or index.json)`);
    }
    return new DirectoryStore(dir, source.path);
  }
  if (source.transport === "docker-archive" || source.transport === "oci-archive") {
    const index = await TarIndex.open(path2.resolve(cwd, source.path), source.path);
    return new ArchiveStore(index, source.path);
  }
  throw new GateError(`--image: the ${source.transport} transport is not supported here`);
}

export {
  openStore
};
