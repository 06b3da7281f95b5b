import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  openStore
} from "./chunk-J4IYF4C3.js";
import {
  describeSource,
  parseImageSource
} from "./chunk-BH7SIBKX.js";
import {
  assembleImage,
  blobPath,
  checkPlatform,
  resolveDockerArchive,
  resolveOciLayout
} from "./chunk-ECPPB4WV.js";
import "./chunk-H2JGKL6I.js";
import {
  parseImageReference
} from "./chunk-IAMAJJEA.js";
import {
  MAX_LAYERS,
  isIndexMediaType
} from "./chunk-4SGPG5RS.js";
import {
  defaultLayerConcurrency,
  discardWarmLayerThreads,
  keepWarmLayerThreads,
  layerWorkerUrl,
  takeWarmLayerThread,
  warmLayerThreads
} from "./chunk-ITD6I4NW.js";
import {
  VERIFY_ONLY,
  readPlan
} from "./chunk-FIMDBGEE.js";
import {
  DEFAULT_LIMITS,
  ImageBudget,
  MAX_CAPTURED_PER_IMAGE,
  emptyScan,
  walkLayer
} from "./chunk-R2ZWK3FF.js";
import "./chunk-OK32SZ4Y.js";
import "./chunk-LOFLENB6.js";
import {
  GateError,
  defaultScanner,
  firstLine
} from "./chunk-MSQ75MTB.js";
import {
  shrinkHeapBeforeWalk
} from "./chunk-TC3M7ZW5.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";

// src/image/load.ts
import v8 from "node:v8";

// src/image/layer-threads.ts
import { MessageChannel, Worker } from "node:worker_threads";
var CHUNKS_AHEAD = 4;
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
  async walk(bytes, info, limits, needs, sink) {
    const worker = await this.acquire();
    let healthy = true;
    try {
      return await this.run(worker, bytes, info, limits, needs, sink, () => healthy = false);
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
      const worker = takeWarmLayerThread() ?? new Worker(this.url);
      worker.ref();
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
  run(worker, bytes, info, limits, needs, sink, broken) {
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
      const task = { id, info: plain, limits, needs, progress: onBytes !== void 0 };
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

// src/image/registry-store.ts
import { Readable } from "node:stream";
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
    const { RegistryClient, parseRegistryReference } = await import("./registry-ILEWXKDO.js");
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
    return Readable.from(
      (async function* () {
        yield* await client.blob(digest, declaredSize);
      })()
    );
  }
  bytes(name, declaredSize) {
    return { stream: () => this.open(name, declaredSize) };
  }
};

// src/image/load.ts
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
var concurrencyOf = (options) => options.concurrency ?? defaultLayerConcurrency();
function workerUrlFor(reading) {
  return reading.scanner === void 0 || reading.scanner === defaultScanner() ? layerWorkerUrl() : void 0;
}
function prepareImageLoad(reference, options) {
  let source;
  try {
    source = parseImageSource(reference);
  } catch {
    return;
  }
  if (source.transport === "docker-daemon") return;
  const reading = layerReading(options);
  const url = workerUrlFor(reading);
  keepYoungGenerationSmall();
  if (url !== void 0) warmLayerThreads(url, concurrencyOf(options) - 1, reading.scanner !== void 0);
  shrinkHeapBeforeWalk();
}
function stopPreparedThreads() {
  return discardWarmLayerThreads();
}
async function loadImage(reference, options = {}) {
  try {
    return await readImage(reference, options);
  } finally {
    await stopPreparedThreads();
  }
}
async function readImage(reference, options) {
  const source = parseImageSource(reference);
  const cwd = options.cwd ?? process.cwd();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  keepYoungGenerationSmall();
  if (source.transport === "docker-daemon") {
    const { loadFromDaemon } = await import("./daemon-YLYBF3UC.js");
    return loadFromDaemon(source, reference, limits, options.platform, layerReading(options), options);
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
  const concurrency = concurrencyOf(options);
  const progress = options.progress;
  const activity = source.transport === "docker" ? `pulling from ${registryHost(source.reference)}` : "reading";
  let bytes = 0;
  let layersDone = 0;
  const tell = () => progress?.({ activity, layersDone, layersTotal: resolved.layers.length, bytes });
  const reading = layerReading(options);
  const budget = new ImageBudget(limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
  const workerUrl = workerUrlFor(reading);
  const walked = resolved.layers.filter((layer) => !layer.foreign).length;
  const workers = workerUrl ? Math.min(concurrency, walked) - 1 : 0;
  keepWarmLayerThreads(Math.max(0, workers));
  const threads = workerUrl && workers > 0 ? new LayerThreads(workerUrl, workers) : void 0;
  let onWorkers = 0;
  const largestFirst = resolved.layers.map((_layer, index) => index).sort((a, b) => (resolved.layers[b].size ?? 0) - (resolved.layers[a].size ?? 0));
  const largestWalked = largestFirst.find((index) => !resolved.layers[index].foreign);
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
          if (threads && onWorkers < workers && index !== largestWalked) {
            scan = emptyScan(index, layer.mediaType ?? "");
            const bytesAt = store.bytes?.(layer.name, declaredSize) ?? { stream: () => store.open(layer.name, declaredSize) };
            onWorkers++;
            let threadScan;
            try {
              threadScan = await threads.walk(bytesAt, info, limits, reading.plan.needs, budget.keeper(index, scan));
            } finally {
              onWorkers--;
            }
            Object.assign(scan, threadScan, { entries: scan.entries, whiteouts: scan.whiteouts, opaqueDirs: scan.opaqueDirs });
          } else scan = await walkLayer(store.open(layer.name, declaredSize), info, limits, reading, budget);
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
    scans,
    plan: reading.plan
  });
}
function layerReading(options) {
  const plan = readPlan(options.needs ?? VERIFY_ONLY);
  return { plan, scanner: plan.needs.credentials ? options.scanner ?? defaultScanner() : void 0 };
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
export {
  loadImage,
  prepareImageLoad,
  stopPreparedThreads
};
