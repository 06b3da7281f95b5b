import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  waitOnCancel
} from "./chunk-ITT2IBVO.js";
import {
  assembleImage,
  checkPlatform,
  resolveDockerArchive
} from "./chunk-ECPPB4WV.js";
import {
  dirname,
  joinPath,
  numeric,
  paxRecords
} from "./chunk-H2JGKL6I.js";
import {
  guardStream
} from "./chunk-FHCWYKXI.js";
import "./chunk-IAMAJJEA.js";
import {
  MAX_DOCUMENT_BYTES,
  MAX_LAYERS
} from "./chunk-4SGPG5RS.js";
import {
  ImageBudget,
  MAX_CAPTURED_PER_IMAGE,
  require_tar_stream,
  walkLayer
} from "./chunk-R2ZWK3FF.js";
import "./chunk-OK32SZ4Y.js";
import "./chunk-LOFLENB6.js";
import {
  GateError,
  firstLine
} from "./chunk-MSQ75MTB.js";
import "./chunk-TC3M7ZW5.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import {
  __toESM
} from "./chunk-ENLSQBIW.js";

// src/image/daemon.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { spawn } from "node:child_process";
import { Readable } from "node:stream";

// src/image/tar-end.ts
var BLOCK = 512;
var MAX_PAX_BYTES = 1024 * 1024;
function isZeroBlock(block) {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0 && (i < 148 || i >= 156)) return false;
  return true;
}
var TarEnd = class {
  header = Buffer.alloc(BLOCK);
  headerFill = 0;
  /** Member data (padded to whole blocks) still to pass before the next header. */
  skip = 0;
  /** A pax header's data, collected for its size record. */
  pax;
  paxBytes = 0;
  paxSize;
  zeroBlocks = 0;
  /** True once the two zero blocks that end the archive have passed. */
  ended = false;
  /** The number of bytes of `chunk` that belong to the archive: all, unless it ends inside this chunk. */
  take(chunk) {
    let position = 0;
    while (position < chunk.length && !this.ended) {
      if (this.skip > 0) {
        const count2 = Math.min(this.skip, chunk.length - position);
        if (this.pax && this.paxBytes > 0) {
          const part = chunk.subarray(position, position + Math.min(count2, this.paxBytes));
          this.pax.push(part);
          this.paxBytes -= part.length;
        }
        this.skip -= count2;
        position += count2;
        if (this.skip === 0 && this.pax) {
          const size = paxRecords(Buffer.concat(this.pax)).size;
          if (size !== void 0 && /^\d+$/.test(size)) this.paxSize = Number(size);
          this.pax = void 0;
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
  onHeader() {
    if (isZeroBlock(this.header)) {
      if (++this.zeroBlocks === 2) this.ended = true;
      return;
    }
    this.zeroBlocks = 0;
    const typeflag = String.fromCharCode(this.header[156]);
    let size = numeric(this.header, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) size = 0;
    if (typeflag === "x") {
      if (size <= MAX_PAX_BYTES) {
        this.pax = [];
        this.paxBytes = size;
      }
    } else if (typeflag !== "g" && typeflag !== "L" && typeflag !== "K" && this.paxSize !== void 0) {
      size = this.paxSize;
      this.paxSize = void 0;
    }
    this.skip = Math.ceil(size / BLOCK) * BLOCK;
    if (this.skip === 0 && this.pax) this.pax = void 0;
  }
};

// src/image/daemon.ts
var METADATA = /^(?:manifest\.json|index\.json|oci-layout|repositories|[^/]+\.json|[^/]+\/json|[^/]+\/VERSION)$/;
var CollectedStore = class {
  constructor(label) {
    this.label = label;
  }
  label;
  texts = /* @__PURE__ */ new Map();
  links = /* @__PURE__ */ new Map();
  resolveName(name) {
    let current = name;
    for (let hops = 0; this.links.has(current) && hops < 16; hops++) current = this.links.get(current);
    return current;
  }
  has(name) {
    return this.texts.has(this.resolveName(name));
  }
  async read(name) {
    const text = this.texts.get(this.resolveName(name));
    if (text === void 0) throw new GateError(`${this.label}: ${name} is missing from the docker save stream`);
    return text;
  }
  open(name) {
    throw new GateError(`${this.label}: ${name} cannot be reopened from a stream`);
  }
};
async function readAll(stream, first, limit, label) {
  const chunks = first ? [first] : [];
  let size = first?.length ?? 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw new GateError(`${label}: metadata member is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
var EXIT_GRACE_MS = 1e3;
var KILL_GRACE_MS = 2e3;
var SaveProcess = class {
  child;
  stderr = "";
  /** Set when we ended it: its exit status then says nothing about the archive. */
  ended = false;
  exited;
  status;
  constructor(name, label) {
    this.child = spawn("docker", ["save", name], { stdio: ["ignore", "pipe", "pipe"] });
    this.child.stderr.on("data", (chunk) => {
      if (this.stderr.length < 65536) this.stderr += chunk.toString("utf8");
    });
    this.exited = new Promise((resolve) => {
      this.child.on(
        "error",
        (error) => resolve({
          error: new GateError(
            error.code === "ENOENT" ? `${label}: the docker command is not on PATH` : `${label}: cannot run docker save (${firstLine(error)})`
          )
        })
      );
      this.child.on("exit", (code) => resolve({ code }));
    });
    void this.exited.then((status) => this.status = status);
  }
  /** The exit status, if the process exits within `ms`. */
  async exitWithin(ms) {
    if (this.status) return this.status;
    let timer;
    const result = await Promise.race([this.exited, new Promise((resolve) => timer = setTimeout(() => resolve(void 0), ms))]);
    clearTimeout(timer);
    return result;
  }
  /** Ends the process if it still runs; resolves once it has gone. */
  async end() {
    if (this.status || this.child.exitCode !== null || this.child.signalCode !== null || this.child.pid === void 0) return;
    this.ended = true;
    this.child.kill("SIGTERM");
    if (await this.exitWithin(KILL_GRACE_MS) === void 0) {
      this.child.kill("SIGKILL");
      await this.exited;
    }
  }
};
function drained(stream) {
  if (stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    stream.on("drain", done).on("close", done).on("error", done);
  });
}
async function loadFromDaemon(source, reference, limits, platform, reading, options = {}) {
  const label = `docker-daemon:${source.name}`;
  const idleMs = options.idleTimeoutMs ?? 3e4;
  const save = new SaveProcess(source.name, label);
  const onAbort = () => {
    if (options.signal) waitOnCancel(options.signal, save.end());
  };
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const store = new CollectedStore(label);
    const scans = await readSaveStream(save, label, idleMs, limits, store, reading, options);
    const resolved = await resolveDockerArchive(store, void 0, platform);
    return assembleFromStream(label, reference, platform, store, scans, resolved, reading);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await save.end();
  }
}
async function readSaveStream(save, label, idleMs, limits, store, layerReading, options) {
  const scans = /* @__PURE__ */ new Map();
  const budget = new ImageBudget(limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
  let bytes = 0;
  let layersDone = 0;
  const progress = options.progress;
  const onBytes = progress ? (count) => {
    bytes += count;
    progress({ activity: "reading docker save", layersDone, bytes });
  } : void 0;
  const stdout = guardStream(save.child.stdout, {
    idleMs,
    ...options.signal ? { signal: options.signal } : {},
    describe: (problem) => `${label}: docker save sent nothing for ${problem.kind === "idle" ? Math.round(problem.ms / 1e3) : "?"} s (limits.idle-timeout)`
  });
  const outer = import_tar_stream.default.extract();
  const end = new TarEnd();
  let stopReading;
  const stopped = new Promise((resolve) => stopReading = () => resolve("stopped"));
  const chunks = stdout[Symbol.asyncIterator]();
  const reading = (async () => {
    try {
      for (; ; ) {
        const pending = chunks.next();
        pending.catch(() => void 0);
        const next = await Promise.race([pending, stopped]);
        if (next === "stopped" || next.done || outer.destroyed) break;
        const take = end.take(next.value);
        if (!outer.write(take === next.value.length ? next.value : next.value.subarray(0, take))) await drained(outer);
        if (end.ended) break;
      }
      if (!outer.destroyed) outer.end(void 0);
    } catch (error) {
      outer.destroy(error);
      throw error;
    }
  })();
  const consuming = (async () => {
    try {
      for await (const entry of outer) {
        const name = entry.header.name.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
        if (entry.header.type === "symlink" || entry.header.type === "link") {
          const target = entry.header.linkname ?? "";
          store.links.set(name, entry.header.type === "symlink" ? joinPath(dirname(name), target) : target.replace(/^(?:\.\/)+/, ""));
          entry.resume();
          continue;
        }
        if (entry.header.type !== "file" && entry.header.type !== "contiguous-file") {
          entry.resume();
          continue;
        }
        const iterator = entry[Symbol.asyncIterator]();
        const head = await iterator.next();
        const rest = { [Symbol.asyncIterator]: () => iterator };
        const firstChunk = head.done ? void 0 : head.value;
        const size = entry.header.size ?? 0;
        if (METADATA.test(name) || firstChunk?.[0] === 123 && size <= MAX_DOCUMENT_BYTES) {
          store.texts.set(name, await readAll(rest, firstChunk, MAX_DOCUMENT_BYTES, `${label}: ${name}`));
          continue;
        }
        const replay = Readable.from(
          (async function* () {
            if (firstChunk) yield firstChunk;
            yield* rest;
          })()
        );
        if (layersDone >= MAX_LAYERS) throw new GateError(`${label}: more than ${MAX_LAYERS} layers; not an image a container runtime can mount`);
        const done = options.activity?.begin(`reading ${label}: ${name}`);
        try {
          const info = { index: -1, order: layersDone, label: `${label}: ${name}`, ...onBytes ? { onBytes } : {} };
          scans.set(name, await walkLayer(replay, info, limits, layerReading, budget));
          layersDone++;
        } finally {
          done?.();
        }
      }
    } catch (error) {
      outer.destroy();
      stopReading();
      throw error;
    }
  })();
  const settled = await Promise.allSettled([consuming, reading]);
  const failures = settled.filter((result) => result.status === "rejected").map((result) => result.reason);
  const streamFailure = failures.find((reason) => reason instanceof GateError) ?? failures[0];
  const status = await save.exitWithin(streamFailure !== void 0 || end.ended ? EXIT_GRACE_MS : idleMs);
  stdout.destroy();
  if (status && "error" in status) throw status.error;
  if (status && status.code !== null && status.code !== 0 && !save.ended && !(streamFailure instanceof GateError)) {
    throw new GateError(`${label}: docker save failed (${firstLine(save.stderr.trim()) || `exit code ${status.code}`})`);
  }
  if (streamFailure !== void 0) {
    if (streamFailure instanceof GateError) throw streamFailure;
    throw new GateError(`${label}: the docker save stream is not a valid archive (${firstLine(streamFailure)})`);
  }
  if (!status && !end.ended)
    throw new GateError(`${label}: docker save closed its output but did not exit within ${Math.round(idleMs / 1e3)} s (limits.idle-timeout)`);
  budget.reportShortfalls();
  return scans;
}
function assembleFromStream(label, reference, platform, store, scans, resolved, reading) {
  checkPlatform(label, resolved.config, platform);
  const diffIds = resolved.config.rootfs.diff_ids;
  if (diffIds.length !== resolved.layers.length) {
    throw new GateError(`${label}: the config lists ${diffIds.length} layer diff_ids but the manifest has ${resolved.layers.length} layers`);
  }
  const ordered = resolved.layers.map((layer, index) => {
    const scan = scans.get(store.resolveName(layer.name));
    if (!scan) throw new GateError(`${label}: layer ${layer.name} is missing from the docker save stream`);
    if (layer.digest !== void 0 && layer.digest !== scan.digest) {
      throw new GateError(`${label}: layer ${index + 1} content does not match its digest (expected ${layer.digest}, got ${scan.digest})`);
    }
    if (scan.diffId !== "" && scan.diffId !== diffIds[index]) {
      throw new GateError(`${label}: layer ${index + 1} does not match the image config's diff_id (expected ${diffIds[index]}, got ${scan.diffId})`);
    }
    return { ...scan, index };
  });
  return assembleImage({
    reference,
    transport: "docker-daemon",
    label,
    digest: resolved.digest,
    configDigest: resolved.configDigest,
    config: resolved.config,
    scans: ordered,
    plan: reading.plan
  });
}
export {
  loadFromDaemon
};
