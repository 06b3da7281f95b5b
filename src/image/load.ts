/**
 * Loads an image from any source: opens its store (one module per transport: oci-directory-store,
 * archive-store, registry-store; docker-daemon in daemon.ts), resolves the one image to read
 * (resolve-image.ts), walks its layers and assembles an ImageModel. Only the stores, this module
 * and the walker touch image bytes.
 */

import v8 from "node:v8";
import { GateError } from "../errors.ts";
import { shrinkHeapBeforeWalk } from "../heap.ts";
import { defaultScanner, type SecretScanner } from "../secrets/scanner.ts";
import { assembleImage } from "./assemble.ts";
import type { BlobStore, LayerRef, ResolvedImage } from "./blob-store.ts";
import { MAX_LAYERS } from "./documents.ts";
import { LayerThreads } from "./layer-threads.ts";
import { defaultLayerConcurrency, discardWarmLayerThreads, keepWarmLayerThreads, layerWorkerUrl, warmLayerThreads } from "./warm-threads.ts";
import { DEFAULT_LIMITS, emptyScan, MAX_CAPTURED_PER_IMAGE, walkLayer, type LayerInfo, type LayerReading, type WalkLimits } from "./layer-walker.ts";
import { readPlan, VERIFY_ONLY, type MergedImageNeeds } from "./needs.ts";
import type { ImageProgressEvent } from "../progress.ts";
import type { ImageModel, LayerScan } from "./model.ts";
import { openStore } from "./open-store.ts";
import { parseImageReference } from "../reference/image.ts";
import { RegistryStore } from "./registry-store.ts";
import { checkPlatform, resolveDockerArchive, resolveOciLayout } from "./resolve-image.ts";
import { ImageBudget } from "./walk-budget.ts";
import type { RunActivity } from "../run-control.ts";
import type { RegistryOptions } from "./registry.ts";
import { describeSource, parseImageSource, type ImageSource } from "./transport.ts";

export interface ImageLoadOptions {
  /** os/arch[/variant]; default linux/amd64, or the only platform there is. */
  platform?: string;
  limits?: Partial<WalkLimits>;
  /** Layers walked at once (default: the machine's parallelism, at most 4). */
  concurrency?: number;
  cwd?: string;
  /** Registry access (docker://): credential masking, timeouts, retries. */
  registry?: RegistryOptions;
  /** docker-daemon: longest silence from `docker save` (default 30 s; limits.idle-timeout). */
  idleTimeoutMs?: number;
  /** Ends `docker save` and every read when the run is cancelled (--timeout). */
  signal?: AbortSignal;
  /** Told which layer is being read, so a run that times out can say where it stopped. */
  activity?: RunActivity;
  /** The credential scanner for file contents, when the needs ask for a scan (default: the built-in rules; the gate adds the policy's). */
  scanner?: SecretScanner;
  /** What the enabled checks need from the layers (needs.ts); default: nothing, the layers are only verified against their digests. */
  needs?: MergedImageNeeds;
  /** Told as layer bytes arrive and layers finish. */
  progress?: (event: ImageProgressEvent) => void;
}

/**
 * Node 22 and later (V8 12+) let the young generation grow past 100 MB on machines with plenty of
 * memory, and a layer walk allocates fast (chunks, strings, promises, and tens of thousands of
 * entries that survive), so it would: the gate's peak memory would be mostly young-generation
 * room. Kept at its starting size, the young generation is collected more often, cheaply since
 * little of it survives (on the text bench image: peak RSS 300 MB -> 180 MB at the same CPU time).
 * V8 reads this flag each time it considers growing the young generation, so setting it at run
 * time takes effect; it is process-wide, so the layer threads started after it inherit it.
 */
function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}

/**
 * Runs tasks with at most `limit` at once, starting them in `order` (default: as given), keeping
 * results in place; the first failure rejects at once (the caller then cancels the rest).
 */
function mapLimited<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>, order?: number[]): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const results = Array.from<R>({ length: items.length });
    const sequence = order ?? items.map((_item, index) => index);
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (next < sequence.length && !failed) {
        const index = sequence[next++]!;
        try {
          results[index] = await task(items[index]!, index);
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

function layerLabel(store: BlobStore, index: number, layer: LayerRef): string {
  return `${store.label}: layer ${index + 1} (${layer.digest ?? layer.name})`;
}

/** Layers walked at once: this thread and (cores - 1) workers, at most four in all. */
const concurrencyOf = (options: ImageLoadOptions) => options.concurrency ?? defaultLayerConcurrency();

/** The thread script when the layers can be walked on workers: built, with the built-in rules (a policy's own rules are compiled in this thread). */
function workerUrlFor(reading: LayerReading): URL | undefined {
  return reading.scanner === undefined || reading.scanner === defaultScanner() ? layerWorkerUrl() : undefined;
}

/**
 * Starts the layer threads a loadImage with these options would use, now, while the caller still
 * has other work (policy, Dockerfile, manifests): a thread that starts once the walks have the
 * cores busy starts late, and it walks one of the largest layers. Threads the image turns out not
 * to need (one layer) are stopped when it is loaded.
 */
export function prepareImageLoad(reference: string, options: ImageLoadOptions): void {
  let source: ImageSource;
  try {
    source = parseImageSource(reference);
  } catch {
    return; // loadImage says what is wrong with it
  }
  // `docker save` streams the layers one after another through this thread.
  if (source.transport === "docker-daemon") return;
  const reading = layerReading(options);
  const url = workerUrlFor(reading);
  keepYoungGenerationSmall();
  if (url !== undefined) warmLayerThreads(url, concurrencyOf(options) - 1, reading.scanner !== undefined);
  // While the threads start: what the start-up left is collected before the walks allocate.
  shrinkHeapBeforeWalk();
}

/** Stops the threads prepareImageLoad started that no load took. */
export function stopPreparedThreads(): Promise<void> {
  return discardWarmLayerThreads();
}

/** Reads an image from any supported source into evidence. Throws GateError for bad input. */
export async function loadImage(reference: string, options: ImageLoadOptions = {}): Promise<ImageModel> {
  try {
    return await readImage(reference, options);
  } finally {
    await stopPreparedThreads();
  }
}

async function readImage(reference: string, options: ImageLoadOptions): Promise<ImageModel> {
  const source = parseImageSource(reference);
  const cwd = options.cwd ?? process.cwd();
  const limits: WalkLimits = { ...DEFAULT_LIMITS, ...options.limits };
  keepYoungGenerationSmall();
  if (source.transport === "docker-daemon") {
    const { loadFromDaemon } = await import("./daemon.ts");
    return loadFromDaemon(source, reference, limits, options.platform, layerReading(options), options);
  }
  if (source.transport === "docker") {
    const store = await RegistryStore.open(reference, options.registry ?? {});
    const resolved = await resolveOciLayout(store, undefined, options.platform);
    const model = await walkResolved(resolved, source, reference, limits, options);
    model.referenceDigest = store.referenceDigest;
    return model;
  }
  const store = await openStore(source, cwd);
  const ref = "ref" in source ? source.ref : undefined;
  const resolved =
    source.transport === "docker-archive" ? await resolveDockerArchive(store, ref, options.platform) : await resolveOciLayout(store, ref, options.platform);
  return walkResolved(resolved, source, reference, limits, options);
}

async function walkResolved(
  resolved: ResolvedImage,
  source: ImageSource,
  reference: string,
  limits: WalkLimits,
  options: ImageLoadOptions,
): Promise<ImageModel> {
  const { store, config } = resolved;
  if (resolved.layers.length > MAX_LAYERS) {
    throw new GateError(`${store.label}: ${resolved.layers.length} layers; more than ${MAX_LAYERS} is not an image a container runtime can mount`);
  }
  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== resolved.layers.length) {
    throw new GateError(`${store.label}: the config lists ${diffIds.length} layer diff_ids but the manifest has ${resolved.layers.length} layers`);
  }
  checkPlatform(store.label, config, options.platform);
  // A registry's blob could be endless: it is read no further than its declared size and the
  // layer limit, so one that does not fit cannot be verified, and is not an image (exit 2).
  const streamed = source.transport === "docker";
  if (streamed) {
    const index = resolved.layers.findIndex((layer) => (layer.size ?? 0) > limits.maxLayerBytes);
    if (index !== -1) {
      throw new GateError(
        `${layerLabel(store, index, resolved.layers[index]!)}: its descriptor declares ${resolved.layers[index]!.size} bytes, more than limits.max-layer-size (${limits.maxLayerBytes}) allows; raise it to read this image`,
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
  // Built, layers are walked side by side on worker threads (layer-threads.ts), which get the
  // needs as data and compile the built-in rules themselves, and in this thread, which would
  // otherwise wait: one thread fewer is one V8 heap fewer (about 15 MB of peak memory). This
  // thread starts with the largest layer and the workers take the others, largest first: a
  // layer walked here sends no entries across, and this isolate compiles on V8's background
  // threads while the workers compile in line (heap.ts), so of two unequal layers it is the faster
  // to give the larger (tools bench image 0.89-0.97 x wall, 34 pairs in four sets; the text image,
  // three layers, 1.02 x, 11 pairs in two). From source, or with a policy's own secret rules
  // (compiled in this thread) when contents are scanned, every layer is walked here.
  const workerUrl = workerUrlFor(reading);
  const walked = resolved.layers.filter((layer) => !layer.foreign).length;
  const workers = workerUrl ? Math.min(concurrency, walked) - 1 : 0;
  keepWarmLayerThreads(Math.max(0, workers));
  const threads = workerUrl && workers > 0 ? new LayerThreads(workerUrl, workers) : undefined;
  /** Layers being walked on the workers: while one is free, the next layer goes to it. */
  let onWorkers = 0;
  // Largest layers first (by their manifest size, where known), so that the last layer to finish is a small one.
  const largestFirst = resolved.layers.map((_layer, index) => index).sort((a, b) => (resolved.layers[b]!.size ?? 0) - (resolved.layers[a]!.size ?? 0));
  const largestWalked = largestFirst.find((index) => !resolved.layers[index]!.foreign);
  let scans: LayerScan[];
  try {
    scans = await mapLimited(
      resolved.layers,
      concurrency,
      async (layer, index): Promise<LayerScan> => {
        if (layer.foreign) return foreignLayer(index, layer, diffIds[index]!);
        const info: LayerInfo = { index, label: layerLabel(store, index, layer), diffId: diffIds[index]!, stopAtLimit: streamed };
        if (layer.digest !== undefined) info.digest = layer.digest;
        if (layer.mediaType !== undefined) info.mediaType = layer.mediaType;
        if (progress) {
          info.onBytes = (count) => {
            bytes += count;
            tell();
          };
        }
        const declaredSize = streamed ? layer.size : undefined;
        const done = options.activity?.begin(`reading ${info.label}`);
        try {
          let scan: LayerScan;
          if (threads && onWorkers < workers && index !== largestWalked) {
            // The thread sends entries as it finds them; they are kept here, within the image's budget.
            scan = emptyScan(index, layer.mediaType ?? "");
            const bytesAt = store.bytes?.(layer.name, declaredSize) ?? { stream: () => store.open(layer.name, declaredSize) };
            onWorkers++;
            let threadScan: LayerScan;
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
      largestFirst,
    );
  } finally {
    await threads?.close();
  }
  budget.reportShortfalls();
  // Each thread captured files within a budget of its own; the image keeps its lowest ones.
  if (threads) budget.trimCaptured(scans);
  return assembleImage({
    reference,
    transport: source.transport,
    label: describeSource(source),
    digest: resolved.digest,
    configDigest: resolved.configDigest,
    config,
    scans,
    plan: reading.plan,
  });
}

/** What the walks read: the needs given (default: verification only), and a scanner only when they ask for a credential scan. */
function layerReading(options: ImageLoadOptions): LayerReading {
  const plan = readPlan(options.needs ?? VERIFY_ONLY);
  return { plan, scanner: plan.needs.credentials ? (options.scanner ?? defaultScanner()) : undefined };
}

/** The registry a `docker://` reference names, as people know it (`docker.io` for `node:20`). */
function registryHost(reference: string): string {
  try {
    return parseImageReference(reference).registry;
  } catch {
    return reference.split("/")[0] ?? reference;
  }
}

/** A foreign layer whose blob is not in the image: nothing to read, reported as not scanned. */
function foreignLayer(index: number, layer: LayerRef, diffId: string): LayerScan {
  const scan = emptyScan(index, layer.mediaType ?? "");
  return {
    ...scan,
    digest: layer.digest ?? "",
    diffId,
    compressedSize: layer.size ?? 0,
    unscanned: [{ reason: "foreign-layer", size: layer.size ?? 0, scanned: 0 }],
  };
}
