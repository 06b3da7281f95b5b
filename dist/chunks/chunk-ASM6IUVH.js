import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  describeSource,
  parseImageSource
} from "./chunk-I7WJ5INZ.js";
import {
  parseImageReference
} from "./chunk-MGGDK7ZG.js";
import {
  DEFAULT_LIMITS,
  ImageBudget,
  MAX_CAPTURED_PER_IMAGE,
  MAX_CAPTURE_BYTES,
  emptyScan,
  walkLayer
} from "./chunk-OUDAFXBB.js";
import {
  openInputFile,
  readInputFile
} from "./chunk-FN2XN7ER.js";
import {
  MAX_DOCUMENT_BYTES,
  MAX_LAYERS,
  dockerSaveManifestSchema,
  imageConfigSchema,
  indexSchema,
  isAttestation,
  isIndexMediaType,
  isManifestMediaType,
  layerKind,
  manifestSchema,
  parseDocument,
  platformMatches,
  platformOf
} from "./chunk-FY2QNKXP.js";
import {
  GateError,
  defaultScanner,
  firstLine,
  quoteInput
} from "./chunk-SQSEMBX7.js";

// src/image/load.ts
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import os from "node:os";
import v8 from "node:v8";
import path from "node:path";
import { Readable as Readable2 } from "node:stream";

// src/image/assemble.ts
function ancestors(path2) {
  const result = [];
  for (let slash = path2.lastIndexOf("/"); slash > 0; slash = path2.lastIndexOf("/", slash - 1)) result.push(path2.slice(0, slash));
  return result;
}
var Visibility = class {
  layers;
  constructor(scans) {
    this.layers = scans.map((scan) => ({
      entries: new Map(scan.entries.map((entry) => [entry.path, entry])),
      whiteouts: new Set(scan.whiteouts),
      opaque: new Set(scan.opaqueDirs)
    }));
  }
  entry(path2, layer) {
    return this.layers[layer]?.entries.get(path2);
  }
  /** True when a later layer removed the path (whiteout, opaque parent) or replaced it. */
  deleted(path2, layer) {
    const own = this.layers[layer]?.entries.get(path2);
    const parents = ancestors(path2);
    for (let upper = layer + 1; upper < this.layers.length; upper++) {
      const index = this.layers[upper];
      const replacement = index.entries.get(path2);
      if (replacement && !(replacement.type === "directory" && own?.type === "directory")) return true;
      if (index.whiteouts.has(path2)) return true;
      for (const parent of parents) {
        if (index.whiteouts.has(parent) || index.opaque.has(parent)) return true;
        const parentEntry = index.entries.get(parent);
        if (parentEntry && parentEntry.type !== "directory") return true;
      }
    }
    return false;
  }
  /** The layer holding the version of `path` that a layer at `layer` sees (itself or below). */
  sourceLayer(path2, layer) {
    for (let lower = layer; lower >= 0; lower--) {
      if (this.layers[lower].entries.has(path2)) return lower;
      if (lower < layer && this.layers[lower + 1].whiteouts.has(path2)) return void 0;
    }
    return void 0;
  }
};
function toConfig(raw) {
  const config = raw.config ?? {};
  const history = (raw.history ?? []).map((entry) => {
    const mapped = { emptyLayer: entry.empty_layer ?? false };
    if (entry.created !== void 0) mapped.created = entry.created;
    if (entry.created_by !== void 0) mapped.createdBy = entry.created_by;
    if (entry.comment !== void 0) mapped.comment = entry.comment;
    return mapped;
  });
  const result = {
    user: config.User ?? "",
    env: config.Env ?? [],
    labels: config.Labels ?? {},
    exposedPorts: Object.keys(config.ExposedPorts ?? {}),
    volumes: Object.keys(config.Volumes ?? {}),
    entrypoint: config.Entrypoint ?? [],
    cmd: config.Cmd ?? [],
    workingDir: config.WorkingDir ?? "",
    os: raw.os ?? "",
    architecture: raw.architecture ?? "",
    history,
    diffIds: raw.rootfs.diff_ids
  };
  if (config.Healthcheck) result.healthcheck = { test: config.Healthcheck.Test ?? [] };
  if (raw.variant !== void 0) result.variant = raw.variant;
  return result;
}
function archivePath(path2) {
  return ARCHIVE_MEMBER.exec(path2)?.[1] ?? path2;
}
var ARCHIVE_MEMBER = /^(.*?\.(?:jar|war|ear|zip|whl|egg|aar|nupkg|sar|par|kar|hpi|jpi|nbm|tar|tgz|tar\.gz))!/i;
function packagedChecksums(scans) {
  const sums = /* @__PURE__ */ new Map();
  for (const scan of scans) {
    for (const [file, text] of Object.entries(scan.captured)) {
      if (!file.endsWith(".md5sums")) continue;
      for (const line of text.split("\n")) {
        const match = /^([0-9a-f]{32}) {1,2}(.+)$/.exec(line.trim());
        if (!match) continue;
        const path2 = `/${match[2].replace(/^\.?\//, "")}`;
        const set = sums.get(path2) ?? /* @__PURE__ */ new Set();
        set.add(match[1]);
        sums.set(path2, set);
      }
    }
  }
  return sums;
}
function assembleImage(input) {
  const { scans } = input;
  const config = toConfig(input.config);
  const visibility = new Visibility(scans);
  const layerId = (index) => config.diffIds[index] ?? scans[index].digest;
  const files = [];
  for (const scan of scans) {
    const layerDigest = layerId(scan.index);
    for (const entry of scan.entries) {
      const file = entry;
      file.layer = scan.index;
      file.layerDigest = layerDigest;
      file.deleted = visibility.deleted(entry.path, scan.index);
      files.push(file);
    }
  }
  const checksums = scans.some((scan) => scan.hits.length > 0) ? packagedChecksums(scans) : /* @__PURE__ */ new Map();
  const hitsAt = /* @__PURE__ */ new Map();
  for (const scan of scans) {
    for (const hits of scan.hits) {
      const key = `${scan.index}\0${archivePath(hits.path)}`;
      hitsAt.set(key, [...hitsAt.get(key) ?? [], hits]);
    }
  }
  const fileHits = [];
  const addHits = (hits, path2, layer) => {
    const file = archivePath(path2);
    const packaged = hits.md5 !== void 0 && (checksums.get(file)?.has(hits.md5) ?? false);
    fileHits.push({ ...hits, path: path2, packaged, layer, layerDigest: layerId(layer), deleted: visibility.deleted(file, layer) });
  };
  for (const scan of scans) {
    for (const hits of scan.hits) addHits(hits, hits.path, scan.index);
    for (const entry of scan.entries) {
      if (entry.type !== "hardlink" || entry.linkname === void 0) continue;
      const sourceLayer = visibility.sourceLayer(entry.linkname, scan.index);
      const targetHits = sourceLayer === void 0 ? void 0 : hitsAt.get(`${sourceLayer}\0${entry.linkname}`);
      for (const hits of targetHits ?? []) addHits(hits, entry.path + hits.path.slice(entry.linkname.length), scan.index);
    }
  }
  const readable = new AccountFiles(scans, visibility);
  const etc = {};
  const etcUnreadable = {};
  for (const name of ["passwd", "group", "shadow"]) {
    const result = readable.read(`/etc/${name}`);
    if (result.text !== void 0) etc[name] = result.text;
    else if (result.problem !== void 0) etcUnreadable[name] = result.problem;
  }
  const sudoersPaths = /* @__PURE__ */ new Set();
  for (const scan of scans) for (const path2 of Object.keys(scan.captured)) if (/^\/etc\/sudoers(?:\.d\/[^/]+)?$/.test(path2)) sudoersPaths.add(path2);
  const sudoers = {};
  for (const path2 of [...sudoersPaths].sort()) {
    const text = readable.read(path2).text;
    if (text !== void 0) sudoers[path2] = text;
  }
  const model = {
    reference: input.reference,
    transport: input.transport,
    configDigest: input.configDigest,
    platform: [config.os, config.architecture, config.variant].filter(Boolean).join("/"),
    config,
    layers: scans.map(({ entries: _e, hits: _h, captured: _c, whiteouts: _w, opaqueDirs: _o, ...layer }) => ({ ...layer, diffId: layerId(layer.index) })),
    files,
    fileHits,
    etc,
    ...sudoersPaths.size > 0 ? { sudoers } : {},
    ...Object.keys(etcUnreadable).length > 0 ? { etcUnreadable } : {},
    binary: {
      files: scans.reduce((sum, scan) => sum + scan.binary.files, 0),
      bytes: scans.reduce((sum, scan) => sum + scan.binary.bytes, 0)
    },
    unscanned: scans.flatMap(
      (scan) => scan.unscanned.map((item) => ({
        ...item,
        layer: scan.index,
        layerDigest: layerId(scan.index),
        deleted: item.path !== void 0 && visibility.deleted(archivePath(item.path), scan.index)
      }))
    )
  };
  if (input.digest !== void 0) model.digest = input.digest;
  return model;
}
var MAX_SYMLINK_HOPS = 40;
var AccountFiles = class {
  constructor(scans, visibility) {
    this.scans = scans;
    this.visibility = visibility;
    this.entriesLimited = scans.some((scan) => scan.unscanned.some((item) => item.reason === "entries-limit"));
  }
  scans;
  visibility;
  entriesLimited;
  below = /* @__PURE__ */ new Map();
  /** The text at `path`, or why it could not be read; neither when the path does not exist. */
  read(path2) {
    const resolved = this.resolve(path2);
    if ("problem" in resolved) return { problem: resolved.problem };
    if (!resolved.found) {
      return this.entriesLimited ? { problem: `${path2} is not among the entries the gate kept (the image holds more than limits.max-entries)` } : {};
    }
    const { entry, layer, path: at } = resolved.found;
    const shown = at === path2 ? path2 : `${path2} (a link to ${at})`;
    if (entry.type === "hardlink" && entry.linkname !== void 0) {
      const source = this.visibility.sourceLayer(entry.linkname, layer);
      const text2 = source === void 0 ? void 0 : this.scans[source].captured[entry.linkname];
      return text2 !== void 0 ? { text: text2 } : { problem: `${shown} is a hard link whose content was not captured` };
    }
    if (entry.type !== "file") return {};
    const text = this.scans[layer].captured[at];
    if (text !== void 0) return { text };
    return {
      problem: entry.size > MAX_CAPTURE_BYTES ? `${shown} is larger than ${MAX_CAPTURE_BYTES / 1024 / 1024} MiB, more than the gate reads of it` : `${shown} was not captured (the image's files of that name took the gate's whole capture budget)`
    };
  }
  /** The entry a path leads to once every symbolic link on the way is followed inside the image. */
  resolve(path2) {
    const pending = path2.split("/").filter(Boolean).reverse();
    const walked = [];
    let hops = 0;
    while (pending.length > 0) {
      const part = pending.pop();
      if (part === ".") continue;
      if (part === "..") {
        walked.pop();
        continue;
      }
      const candidate = `/${[...walked, part].join("/")}`;
      const found = this.visible(candidate);
      if (found?.entry.type === "symlink" && (pending.length === 0 || !this.writtenBelow(candidate, found.layer))) {
        if (++hops > MAX_SYMLINK_HOPS) return { problem: `${path2}: too many levels of symbolic links` };
        const target = found.entry.linkname ?? "";
        if (target.startsWith("/")) walked.length = 0;
        const parts = target.split("/").filter(Boolean);
        if (pending.length + parts.length > 4096) return { problem: `${path2}: a symbolic link leads to a path longer than Linux allows` };
        for (let index = parts.length - 1; index >= 0; index--) pending.push(parts[index]);
        continue;
      }
      if (pending.length === 0) return found ? { found: { ...found, path: candidate } } : {};
      if (found && found.entry.type !== "directory" && found.entry.type !== "symlink") return {};
      walked.push(part);
    }
    return {};
  }
  /** True when a layer above `layer` has entries below `directory` (answers are remembered: a few paths are asked). */
  writtenBelow(directory, layer) {
    const key = `${layer}\0${directory}`;
    let answer = this.below.get(key);
    if (answer === void 0) {
      const prefix = `${directory}/`;
      answer = this.scans.slice(layer + 1).some((scan) => scan.entries.some((entry) => entry.path.startsWith(prefix)));
      this.below.set(key, answer);
    }
    return answer;
  }
  /** The version of a path the final filesystem shows. */
  visible(path2) {
    for (let layer = this.scans.length - 1; layer >= 0; layer--) {
      const entry = this.visibility.entry(path2, layer);
      if (entry) return this.visibility.deleted(path2, layer) ? void 0 : { entry, layer };
    }
    return void 0;
  }
};

// src/image/layer-threads.ts
import { MessageChannel, Worker } from "node:worker_threads";
var CHUNKS_AHEAD = 4;
function layerWorkerUrl() {
  if (import.meta.url.endsWith(".ts")) return void 0;
  return new URL("../layer-worker.js", import.meta.url);
}
function forward(source, port) {
  const state = { credit: CHUNKS_AHEAD, stopped: false, wake: void 0 };
  port.on("message", () => {
    state.credit++;
    state.wake?.();
  });
  const granted = async () => {
    while (state.credit === 0 && !state.stopped) await new Promise((resolve) => state.wake = resolve);
  };
  const send = (message, transfer = []) => {
    if (!state.stopped) port.postMessage(message, transfer);
  };
  void (async () => {
    try {
      for await (const chunk of source) {
        await granted();
        if (state.stopped) return;
        state.credit--;
        const copy = new Uint8Array(chunk);
        send({ chunk: copy }, [copy.buffer]);
      }
      send({ end: true });
    } catch (error) {
      const gate = error instanceof GateError;
      send({ error: firstLine(error, gate ? 2e3 : 200), gate });
    }
  })();
  return () => {
    state.stopped = true;
    state.wake?.();
    source.destroy();
    port.close();
  };
}
var LayerThreads = class {
  idle = [];
  all = /* @__PURE__ */ new Set();
  waiting = [];
  nextId = 0;
  url;
  size;
  constructor(url, size) {
    this.url = url;
    this.size = Math.max(1, size);
  }
  /** Walks one layer on a free thread. Rejects with the walk's GateError for bad input. */
  async walk(bytes, info, limits, sink) {
    const worker = await this.acquire();
    let healthy = true;
    try {
      return await this.run(worker, bytes, info, limits, sink, () => healthy = false);
    } finally {
      if (healthy) this.release(worker);
      else this.discard(worker);
    }
  }
  /** Stops every thread. */
  async close() {
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  acquire() {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.all.size < this.size) {
      const worker = new Worker(this.url);
      this.all.add(worker);
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  release(worker) {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }
  discard(worker) {
    this.all.delete(worker);
    void worker.terminate();
    const next = this.waiting.shift();
    if (next) void this.acquire().then(next);
  }
  run(worker, bytes, info, limits, sink, broken) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const forwarding = {};
      const settle = () => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        forwarding.stop?.();
      };
      const onMessage = (reply) => {
        if (reply.id !== id) return;
        if ("read" in reply) {
          info.onBytes?.(reply.read);
          return;
        }
        if ("found" in reply) {
          for (const item of reply.found) {
            if ("entry" in item) sink.entry(item.entry);
            else if ("whiteout" in item) sink.whiteout(item.whiteout);
            else sink.opaque(item.opaque);
          }
          return;
        }
        settle();
        if ("scan" in reply) {
          resolve(reply.scan);
          return;
        }
        const error = reply.gate ? new GateError(reply.error) : new Error(reply.error);
        if (reply.stack) error.stack = reply.stack;
        reject(error);
      };
      const onError = (error) => {
        settle();
        broken();
        reject(new Error(`${info.label}: the layer thread failed (${firstLine(error)})`, { cause: error }));
      };
      const onExit = (code) => {
        settle();
        broken();
        reject(new Error(`${info.label}: the layer thread stopped (exit code ${code})`));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      const { onBytes, ...plain } = info;
      const task = { id, info: plain, limits, progress: onBytes !== void 0 };
      if ("file" in bytes) {
        worker.postMessage({ ...task, bytes }, []);
        return;
      }
      let source;
      try {
        source = bytes.stream();
      } catch (error) {
        settle();
        reject(error);
        return;
      }
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ ...task, bytes: { port: port2 } }, [port2]);
      forwarding.stop = forward(source, port1);
    });
  }
};

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
    return Readable.from(
      (async function* () {
        const { handle } = await openInputFile(file, { label, noun: "the archive", kind: "an image archive" });
        try {
          const stream = handle.createReadStream({ start: member.offset, end: member.offset + member.size - 1, highWaterMark: 256 * 1024, autoClose: false });
          yield* stream;
        } finally {
          await handle.close();
        }
      })()
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

// src/image/load.ts
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
    return Readable2.from(
      (async function* () {
        const { handle } = await openInputFile(full, { label, noun: "the blob", kind: "a blob file" });
        try {
          yield* handle.createReadStream({ highWaterMark: 256 * 1024, autoClose: false });
        } finally {
          await handle.close();
        }
      })(),
      { objectMode: false }
    );
  }
  bytes(name) {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    return { file: full, label: `${this.label}: ${name}` };
  }
};
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
var RegistryStore = class _RegistryStore {
  constructor(client, label) {
    this.client = client;
    this.label = label;
  }
  client;
  label;
  texts = /* @__PURE__ */ new Map();
  manifestDigests = /* @__PURE__ */ new Set();
  /** The digest the tag (or digest) resolved to: what a deploy can pin. */
  referenceDigest = "";
  static async open(reference, options) {
    const { RegistryClient, parseRegistryReference } = await import("./registry-36X3WBP7.js");
    const parsed = parseRegistryReference(reference);
    const client = new RegistryClient(parsed, options);
    const store = new _RegistryStore(client, client.label);
    const top = await client.manifest(parsed.digest ?? parsed.tag ?? "latest");
    store.referenceDigest = top.digest;
    if (isIndexMediaType(top.mediaType) || /"manifests"\s*:/.test(top.text)) {
      store.texts.set("index.json", top.text);
      store.remember(top.text);
    } else {
      const mediaType = top.mediaType ?? "application/vnd.oci.image.manifest.v1+json";
      store.texts.set("index.json", JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType, digest: top.digest, size: Buffer.byteLength(top.text) }] }));
      store.texts.set(blobPath(top.digest), top.text);
      store.manifestDigests.add(top.digest);
    }
    return store;
  }
  /** Digests an index names are manifests (or nested indexes), fetched from /manifests/. */
  remember(indexText) {
    try {
      for (const descriptor of JSON.parse(indexText).manifests ?? []) {
        if (typeof descriptor.digest === "string") this.manifestDigests.add(descriptor.digest);
      }
    } catch {
    }
  }
  has(name) {
    return name === "index.json" || name.startsWith("blobs/");
  }
  async read(name, declaredSize) {
    const cached = this.texts.get(name);
    if (cached !== void 0) return cached;
    const digest = name.replace(/^blobs\/([^/]+)\//, "$1:");
    if (this.manifestDigests.has(digest)) {
      const manifest = await this.client.manifest(digest, declaredSize);
      if (isIndexMediaType(manifest.mediaType)) this.remember(manifest.text);
      this.texts.set(name, manifest.text);
      return manifest.text;
    }
    return this.client.blobText(digest, declaredSize);
  }
  open(name, declaredSize) {
    const digest = name.replace(/^blobs\/([^/]+)\//, "$1:");
    const client = this.client;
    return Readable2.from(
      (async function* () {
        yield* await client.blob(digest, declaredSize);
      })()
    );
  }
  bytes(name, declaredSize) {
    return { stream: () => this.open(name, declaredSize) };
  }
};
function blobPath(digest) {
  const [algorithm, hex] = digest.split(":");
  return `blobs/${algorithm}/${hex}`;
}
function isAttachedArtifact(descriptor) {
  const kind = descriptor.annotations?.kind ?? "";
  return kind === "dev.cosignproject.cosign/sigs" || kind === "dev.cosignproject.cosign/atts" || /^sha256-[0-9a-f]{64}(?:\.\w+)?$/.test(descriptor.annotations?.["org.opencontainers.image.ref.name"] ?? "") || typeof descriptor.artifactType === "string";
}
async function selectManifest(store, ref, wantedPlatform) {
  const index = parseDocument(indexSchema, await store.read("index.json"), `${store.label}: index.json`);
  let candidates = (index.manifests ?? []).filter((descriptor2) => !isAttachedArtifact(descriptor2));
  if (candidates.length === 0) throw new GateError(`${store.label}: index.json lists no images`);
  if (ref !== void 0) {
    const named = candidates.filter((descriptor2) => descriptor2.annotations?.["org.opencontainers.image.ref.name"] === ref || descriptor2.digest === ref);
    if (named.length === 0) {
      const tags = candidates.map((descriptor2) => descriptor2.annotations?.["org.opencontainers.image.ref.name"]).filter(Boolean);
      throw new GateError(`${store.label}: no image tagged ${quoteInput(ref)} (tags: ${tags.join(", ") || "none"})`);
    }
    candidates = named;
  }
  for (let depth = 0; candidates.some((descriptor2) => isIndexMediaType(descriptor2.mediaType)); depth++) {
    if (depth > 4) throw new GateError(`${store.label}: image indexes nested too deep`);
    const expanded = [];
    for (const descriptor2 of candidates) {
      if (!isIndexMediaType(descriptor2.mediaType)) {
        expanded.push(descriptor2);
        continue;
      }
      const name = blobPath(descriptor2.digest);
      if (!store.has(name)) continue;
      const nested = parseDocument(indexSchema, await readVerified(store, descriptor2), `${store.label}: index ${descriptor2.digest}`);
      expanded.push(...nested.manifests ?? []);
    }
    candidates = expanded;
  }
  candidates = candidates.filter(
    (descriptor2) => !isAttestation(descriptor2) && (descriptor2.mediaType === void 0 || isManifestMediaType(descriptor2.mediaType))
  );
  const platforms = [...new Set(candidates.map(platformOf).filter((value) => value !== void 0))];
  const pick = (platform2) => candidates.filter((descriptor2) => platformMatches(platform2, platformOf(descriptor2)));
  let chosen;
  if (wantedPlatform !== void 0) {
    chosen = pick(wantedPlatform);
    if (chosen.length === 0) throw new GateError(`${store.label}: no image for platform ${wantedPlatform} (platforms: ${platforms.join(", ") || "none"})`);
  } else if (candidates.length === 1) {
    chosen = candidates;
  } else {
    chosen = pick("linux/amd64");
    if (chosen.length === 0) throw new GateError(`${store.label}: holds images for several platforms (${platforms.join(", ")}); choose one with --platform`);
  }
  const distinct = [...new Set(chosen.map((descriptor2) => descriptor2.digest))];
  if (distinct.length > 1) {
    const tags = chosen.map((descriptor2) => descriptor2.annotations?.["org.opencontainers.image.ref.name"]).filter(Boolean);
    throw new GateError(
      `${store.label}: holds ${distinct.length} images${tags.length > 0 ? ` (tags: ${tags.join(", ")})` : ""}; name one as ${store.label}:TAG`
    );
  }
  const descriptor = chosen[0];
  const platform = platformOf(descriptor);
  return platform === void 0 ? { descriptor } : { descriptor, platform };
}
async function readVerified(store, descriptor) {
  const name = blobPath(descriptor.digest);
  const text = await store.read(name, descriptor.size);
  const actual = `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
  if (descriptor.digest.startsWith("sha256:") && actual !== descriptor.digest) {
    throw new GateError(`${store.label}: ${name} does not match its digest (got ${actual})`);
  }
  return text;
}
async function resolveOciLayout(store, ref, platform) {
  const { descriptor } = await selectManifest(store, ref, platform);
  const manifest = parseDocument(manifestSchema, await readVerified(store, descriptor), `${store.label}: manifest ${descriptor.digest}`);
  const config = parseDocument(imageConfigSchema, await readVerified(store, manifest.config), `${store.label}: config ${manifest.config.digest}`);
  const layers = (manifest.layers ?? []).map((layer) => {
    const kind = layerKind(layer.mediaType);
    if (kind === "unknown") throw new GateError(`${store.label}: layer ${layer.digest} has unsupported media type ${layer.mediaType}`);
    const name = blobPath(layer.digest);
    const entry = { name, digest: layer.digest, size: layer.size };
    if (layer.mediaType !== void 0) entry.mediaType = layer.mediaType;
    if (kind === "foreign" && !store.has(name)) entry.foreign = true;
    return entry;
  });
  return { store, digest: descriptor.digest, configDigest: manifest.config.digest, config, layers };
}
async function resolveDockerArchive(store, ref, platform) {
  if (!store.has("manifest.json")) {
    if (store.has("index.json")) return resolveOciLayout(store, ref, platform);
    throw new GateError(`${store.label}: neither manifest.json nor index.json found; not a docker save archive`);
  }
  const entries = parseDocument(dockerSaveManifestSchema, await store.read("manifest.json"), `${store.label}: manifest.json`);
  if (entries.length === 0) throw new GateError(`${store.label}: manifest.json lists no images`);
  const entry = selectArchiveEntry(entries, ref, store.label);
  const configText = await store.read(entry.Config);
  const config = parseDocument(imageConfigSchema, configText, `${store.label}: ${entry.Config}`);
  const configDigest = `sha256:${createHash("sha256").update(configText, "utf8").digest("hex")}`;
  const layers = entry.Layers.map((name) => {
    const hex = /(?:^|\/)(?:blobs\/sha256\/)?([a-f0-9]{64})(?:\.tar)?$/.exec(name)?.[1];
    return hex ? { name, digest: `sha256:${hex}` } : { name };
  });
  const digest = await archiveManifestDigest(store, configDigest);
  return digest === void 0 ? { store, configDigest, config, layers } : { store, digest, configDigest, config, layers };
}
function selectArchiveEntry(entries, ref, label) {
  const tags = () => entries.flatMap((candidate) => candidate.RepoTags ?? []).join(", ") || "none";
  if (ref === void 0) {
    if (entries.length > 1)
      throw new GateError(`${label}: holds ${entries.length} images (${tags()}); name one as docker-archive:PATH:NAME:TAG or docker-archive:PATH:@INDEX`);
    return entries[0];
  }
  if (ref.startsWith("@")) {
    const index = /^@(\d+)$/.test(ref) ? Number(ref.slice(1)) : Number.NaN;
    const entry = entries[index];
    if (entry === void 0) throw new GateError(`${label}: no image @${ref.slice(1)} (the archive holds ${entries.length}, from @0)`);
    return entry;
  }
  const normalize = (text) => {
    try {
      return parseImageReference(text).normalized;
    } catch {
      return void 0;
    }
  };
  const wanted = normalize(ref);
  if (wanted === void 0) throw new GateError(`${label}: ${quoteInput(ref)} is not an image name (expected NAME[:TAG] or @INDEX)`);
  const found = entries.find((candidate) => (candidate.RepoTags ?? []).some((tag) => normalize(tag) === wanted));
  if (!found) throw new GateError(`${label}: no image tagged ${quoteInput(ref)} (tags: ${tags()})`);
  return found;
}
async function archiveManifestDigest(store, configDigest) {
  if (!store.has("index.json")) return void 0;
  const pending = [...parseDocument(indexSchema, await store.read("index.json"), `${store.label}: index.json`).manifests ?? []];
  for (let visited = 0; pending.length > 0 && visited < 256; visited++) {
    const descriptor = pending.shift();
    if (!store.has(blobPath(descriptor.digest))) continue;
    if (isIndexMediaType(descriptor.mediaType)) {
      pending.push(...parseDocument(indexSchema, await readVerified(store, descriptor), `${store.label}: index ${descriptor.digest}`).manifests ?? []);
    } else if (descriptor.mediaType === void 0 || isManifestMediaType(descriptor.mediaType)) {
      const manifest = parseDocument(manifestSchema, await readVerified(store, descriptor), `${store.label}: manifest ${descriptor.digest}`);
      if (manifest.config.digest === configDigest) return descriptor.digest;
    }
  }
  return void 0;
}
async function openStore(source, cwd) {
  if (source.transport === "oci") {
    const dir = path.resolve(cwd, source.path);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new GateError(`${source.path}: no such OCI layout directory`);
    if (!existsSync(path.join(dir, "oci-layout")) && !existsSync(path.join(dir, "index.json"))) {
      throw new GateError(`${source.path}: not an OCI image layout (no oci-layout or index.json)`);
    }
    return new DirectoryStore(dir, source.path);
  }
  if (source.transport === "docker-archive" || source.transport === "oci-archive") {
    const index = await TarIndex.open(path.resolve(cwd, source.path), source.path);
    return new ArchiveStore(index, source.path);
  }
  throw new GateError(`--image: the ${source.transport} transport is not supported here`);
}
function keepYoungGenerationSmall() {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}
function mapLimited(items, limit, task, order) {
  return new Promise((resolve, reject) => {
    const results = Array.from({ length: items.length });
    const sequence = order ?? items.map((_item, index) => index);
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (next < sequence.length && !failed) {
        const index = sequence[next++];
        try {
          results[index] = await task(items[index], index);
        } catch (error) {
          if (!failed) reject(error);
          failed = true;
        }
      }
    };
    const workers = Number.isFinite(limit) ? Math.max(1, Math.min(limit, items.length)) : 1;
    void Promise.all(Array.from({ length: workers }, worker)).then(() => {
      if (!failed) resolve(results);
    });
  });
}
function layerLabel(store, index, layer) {
  return `${store.label}: layer ${index + 1} (${layer.digest ?? layer.name})`;
}
async function loadImage(reference, options = {}) {
  const source = parseImageSource(reference);
  const cwd = options.cwd ?? process.cwd();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  keepYoungGenerationSmall();
  if (source.transport === "docker-daemon") {
    const { loadFromDaemon } = await import("./daemon-WMXAHR2V.js");
    return loadFromDaemon(source, reference, limits, options.platform, options.scanner ?? defaultScanner(), options);
  }
  if (source.transport === "docker") {
    const store2 = await RegistryStore.open(reference, options.registry ?? {});
    const resolved2 = await resolveOciLayout(store2, void 0, options.platform);
    const model = await walkResolved(resolved2, source, reference, limits, options);
    model.referenceDigest = store2.referenceDigest;
    return model;
  }
  const store = await openStore(source, cwd);
  const ref = "ref" in source ? source.ref : void 0;
  const resolved = source.transport === "docker-archive" ? await resolveDockerArchive(store, ref, options.platform) : await resolveOciLayout(store, ref, options.platform);
  return walkResolved(resolved, source, reference, limits, options);
}
async function walkResolved(resolved, source, reference, limits, options) {
  const { store, config } = resolved;
  if (resolved.layers.length > MAX_LAYERS) {
    throw new GateError(`${store.label}: ${resolved.layers.length} layers; more than ${MAX_LAYERS} is not an image a container runtime can mount`);
  }
  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== resolved.layers.length) {
    throw new GateError(`${store.label}: the config lists ${diffIds.length} layer diff_ids but the manifest has ${resolved.layers.length} layers`);
  }
  checkPlatform(store.label, config, options.platform);
  const streamed = source.transport === "docker";
  if (streamed) {
    const index = resolved.layers.findIndex((layer) => (layer.size ?? 0) > limits.maxLayerBytes);
    if (index !== -1) {
      throw new GateError(
        `${layerLabel(store, index, resolved.layers[index])}: its descriptor declares ${resolved.layers[index].size} bytes, more than limits.max-layer-size (${limits.maxLayerBytes}) allows; raise it to read this image`
      );
    }
  }
  const concurrency = options.concurrency ?? Math.min(4, os.availableParallelism());
  const progress = options.progress;
  const activity = source.transport === "docker" ? `pulling from ${registryHost(source.reference)}` : "reading";
  let bytes = 0;
  let layersDone = 0;
  const tell = () => progress?.({ activity, layersDone, layersTotal: resolved.layers.length, bytes });
  const scanner = options.scanner ?? defaultScanner();
  const budget = new ImageBudget(limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
  const workerUrl = scanner === defaultScanner() ? layerWorkerUrl() : void 0;
  const walked = resolved.layers.filter((layer) => !layer.foreign).length;
  const threads = workerUrl && walked > 0 ? new LayerThreads(workerUrl, Math.min(concurrency, walked)) : void 0;
  const largestFirst = resolved.layers.map((_layer, index) => index).sort((a, b) => (resolved.layers[b].size ?? 0) - (resolved.layers[a].size ?? 0));
  let scans;
  try {
    scans = await mapLimited(
      resolved.layers,
      concurrency,
      async (layer, index) => {
        if (layer.foreign) return foreignLayer(index, layer, diffIds[index]);
        const info = { index, label: layerLabel(store, index, layer), diffId: diffIds[index], stopAtLimit: streamed };
        if (layer.digest !== void 0) info.digest = layer.digest;
        if (layer.mediaType !== void 0) info.mediaType = layer.mediaType;
        if (progress) {
          info.onBytes = (count) => {
            bytes += count;
            tell();
          };
        }
        const declaredSize = streamed ? layer.size : void 0;
        const done = options.activity?.begin(`reading ${info.label}`);
        try {
          let scan;
          if (threads) {
            scan = emptyScan(index, layer.mediaType ?? "");
            const bytesAt = store.bytes?.(layer.name, declaredSize) ?? { stream: () => store.open(layer.name, declaredSize) };
            const threadScan = await threads.walk(bytesAt, info, limits, budget.keeper(index, scan));
            Object.assign(scan, threadScan, { entries: scan.entries, whiteouts: scan.whiteouts, opaqueDirs: scan.opaqueDirs });
          } else scan = await walkLayer(store.open(layer.name, declaredSize), info, limits, scanner, budget);
          layersDone++;
          tell();
          return scan;
        } finally {
          done?.();
        }
      },
      largestFirst
    );
  } finally {
    await threads?.close();
  }
  budget.reportShortfalls();
  if (threads) budget.trimCaptured(scans);
  return assembleImage({
    reference,
    transport: source.transport,
    label: describeSource(source),
    digest: resolved.digest,
    configDigest: resolved.configDigest,
    config,
    scans
  });
}
function registryHost(reference) {
  try {
    return parseImageReference(reference).registry;
  } catch {
    return reference.split("/")[0] ?? reference;
  }
}
function foreignLayer(index, layer, diffId) {
  const scan = emptyScan(index, layer.mediaType ?? "");
  return {
    ...scan,
    digest: layer.digest ?? "",
    diffId,
    compressedSize: layer.size ?? 0,
    unscanned: [{ reason: "foreign-layer", size: layer.size ?? 0, scanned: 0 }]
  };
}
function checkPlatform(label, config, wanted) {
  if (wanted === void 0 || config.os === void 0 || config.architecture === void 0) return;
  const actual = [config.os, config.architecture, config.variant].filter(Boolean).join("/");
  if (!platformMatches(wanted, actual)) throw new GateError(`${label}: the image is ${actual}, not ${wanted}`);
}

export {
  assembleImage,
  numeric,
  paxRecords,
  dirname,
  joinPath,
  resolveOciLayout,
  resolveDockerArchive,
  openStore,
  loadImage,
  walkResolved,
  checkPlatform
};
