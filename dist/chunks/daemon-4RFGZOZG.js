import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  assembleImage,
  checkPlatform,
  dirname,
  joinPath,
  resolveDockerArchive
} from "./chunk-QB5JC5T7.js";
import {
  MAX_DOCUMENT_BYTES
} from "./chunk-V52A7YY6.js";
import "./chunk-5WC5GKJ2.js";
import "./chunk-R2YC7IFL.js";
import {
  require_tar_stream,
  walkLayer
} from "./chunk-ABS7Q3DJ.js";
import {
  GateError,
  firstLine
} from "./chunk-A6QDF7GZ.js";
import "./chunk-4MZY26AK.js";
import {
  __toESM
} from "./chunk-ENLSQBIW.js";

// src/image/daemon.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
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
async function loadFromDaemon(source, reference, limits, platform, progress, scanner) {
  let bytes = 0;
  let layersDone = 0;
  const onBytes = progress ? (count) => {
    bytes += count;
    progress({ activity: "reading docker save", layersDone, bytes });
  } : void 0;
  const label = `docker-daemon:${source.name}`;
  const child = spawn("docker", ["save", source.name], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 65536) stderr += chunk.toString("utf8");
  });
  const exited = new Promise((resolve, reject) => {
    child.on(
      "error",
      (error) => reject(new GateError(error.code === "ENOENT" ? `${label}: the docker command is not on PATH` : `${label}: cannot run docker save (${firstLine(error)})`))
    );
    child.on("close", (code2) => resolve(code2));
  });
  const store = new CollectedStore(label);
  const scans = /* @__PURE__ */ new Map();
  const outer = import_tar_stream.default.extract();
  const reading = pipeline(child.stdout, outer).catch((error) => {
    throw new GateError(`${label}: the docker save stream is not a valid archive (${firstLine(error)})`);
  });
  const consuming = (async () => {
    try {
      await consumeMembers();
    } catch (error) {
      outer.destroy();
      child.kill();
      throw error;
    }
  })();
  async function consumeMembers() {
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
      scans.set(name, await walkLayer(replay, { index: -1, label: `${label}: ${name}`, ...onBytes ? { onBytes } : {} }, limits, scanner));
      layersDone++;
    }
  }
  const [read, consumed, code] = await Promise.allSettled([reading, consuming, exited]);
  if (code.status === "rejected") throw code.reason;
  if (code.value !== 0) throw new GateError(`${label}: docker save failed (${firstLine(stderr.trim()) || `exit code ${code.value}`})`);
  for (const result of [consumed, read]) if (result.status === "rejected") throw result.reason;
  const resolved = await resolveDockerArchive(store, void 0, platform);
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
    scans: ordered
  });
}
export {
  loadFromDaemon
};
