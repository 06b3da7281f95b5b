/**
 * Image sources: docker-archive, oci, oci-archive and docker-daemon, all reduced to the same
 * pieces (a config and an ordered list of layer blobs), then walked and assembled into an
 * ImageModel. Only this module and the walker touch image bytes.
 */

import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import os from "node:os";
import v8 from "node:v8";
import path from "node:path";
import { Readable } from "node:stream";
import { GateError } from "../errors.ts";
import { openInputFile, readInputFile } from "../input-file.ts";
import { defaultScanner, type SecretScanner } from "../secrets/scanner.ts";
import { assembleImage } from "./assemble.ts";
import {
  dockerSaveManifestSchema,
  imageConfigSchema,
  indexSchema,
  isAttestation,
  isIndexMediaType,
  isManifestMediaType,
  layerKind,
  manifestSchema,
  MAX_DOCUMENT_BYTES,
  MAX_LAYERS,
  parseDocument,
  platformMatches,
  platformOf,
  type Descriptor,
  type RawImageConfig,
} from "./documents.ts";
import { LayerThreads, layerWorkerUrl, type LayerBytes } from "./layer-threads.ts";
import { DEFAULT_LIMITS, emptyScan, MAX_CAPTURED_PER_IMAGE, walkLayer, type LayerInfo, type WalkLimits } from "./layer-walker.ts";
import type { ImageProgressEvent } from "../progress.ts";
import type { ImageModel, LayerScan } from "./model.ts";
import { parseImageReference } from "./reference.ts";
import { TarIndex } from "./tar-index.ts";
import { ImageBudget } from "./walk-budget.ts";
import type { RunActivity } from "../run-control.ts";
import type { RegistryClient, RegistryOptions } from "./registry.ts";
import { describeSource, parseImageSource, type ImageSource } from "./transport.ts";
import { quoteInput } from "../secrets/redact.ts";

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
  /** The credential scanner for file contents (default: the built-in rules; the gate adds the policy's). */
  scanner?: SecretScanner;
  /** Told as layer bytes arrive and layers finish. */
  progress?: (event: ImageProgressEvent) => void;
}

/** Where an image's documents and blobs are: a directory or an archive. */
interface BlobStore {
  label: string;
  has(name: string): boolean;
  /** A document's text; `declaredSize` is what its descriptor says, where one does. */
  read(name: string, declaredSize?: number): Promise<string>;
  open(name: string, declaredSize?: number): Readable;
  /** Where a layer blob's bytes are, for a walk on another thread: a file range when there is one. */
  bytes?(name: string, declaredSize?: number): LayerBytes;
}

class DirectoryStore implements BlobStore {
  constructor(
    readonly root: string,
    readonly label: string,
  ) {}
  private resolve(name: string): string {
    const full = path.resolve(this.root, name);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new GateError(`${this.label}: ${quoteInput(name)} points outside the image layout`);
    return full;
  }
  has(name: string): boolean {
    const full = this.resolve(name);
    return existsSync(full) && statSync(full).isFile();
  }
  async read(name: string): Promise<string> {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    const bytes = await readInputFile(full, { label: `${this.label}: ${name}`, noun: "image metadata", kind: "image metadata", maxBytes: MAX_DOCUMENT_BYTES });
    return bytes.toString("utf8");
  }
  open(name: string): Readable {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    const label = `${this.label}: ${name}`;
    // Opened lazily, when the walker first reads, through the helper that refuses FIFOs and devices.
    return Readable.from(
      (async function* () {
        const { handle } = await openInputFile(full, { label, noun: "the blob", kind: "a blob file" });
        try {
          yield* handle.createReadStream({ highWaterMark: 256 * 1024, autoClose: false }) as AsyncIterable<Buffer>;
        } finally {
          await handle.close();
        }
      })(),
      { objectMode: false },
    );
  }
  bytes(name: string): LayerBytes {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    // The thread opens it through the same helper (a FIFO or device is refused there, not waited on).
    return { file: full, label: `${this.label}: ${name}` };
  }
}

class ArchiveStore implements BlobStore {
  constructor(
    readonly index: TarIndex,
    readonly label: string,
  ) {}
  has(name: string): boolean {
    return this.index.has(name);
  }
  async read(name: string): Promise<string> {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    return this.index.text(member, MAX_DOCUMENT_BYTES);
  }
  open(name: string): Readable {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    return this.index.open(member);
  }
  bytes(name: string): LayerBytes {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    // An empty member has no byte range to read.
    if (member.size === 0) return { stream: () => this.index.open(member) };
    return { file: this.index.file, start: member.offset, end: member.offset + member.size - 1 };
  }
}

/**
 * A registry seen as a blob store: index.json is the manifest the reference resolved to (or an
 * index made around it), manifests named by an index come from /manifests/, other blobs from
 * /blobs/. Layer streams open lazily, so concurrency stays with the walker.
 */
class RegistryStore implements BlobStore {
  private readonly texts = new Map<string, string>();
  private readonly manifestDigests = new Set<string>();
  /** The digest the tag (or digest) resolved to: what a deploy can pin. */
  referenceDigest = "";

  private constructor(
    private readonly client: RegistryClient,
    readonly label: string,
  ) {}

  static async open(reference: string, options: RegistryOptions): Promise<RegistryStore> {
    const { RegistryClient, parseRegistryReference } = await import("./registry.ts");
    const parsed = parseRegistryReference(reference);
    const client = new RegistryClient(parsed, options);
    const store = new RegistryStore(client, client.label);
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
  private remember(indexText: string): void {
    try {
      for (const descriptor of (JSON.parse(indexText) as { manifests?: Array<{ digest?: string }> | null }).manifests ?? []) {
        if (typeof descriptor.digest === "string") this.manifestDigests.add(descriptor.digest);
      }
    } catch {
      // parseDocument reports malformed indexes with their name.
    }
  }

  has(name: string): boolean {
    return name === "index.json" || name.startsWith("blobs/");
  }

  async read(name: string, declaredSize?: number): Promise<string> {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const digest = name.replace(/^blobs\/([^/]+)\//, "$1:");
    if (this.manifestDigests.has(digest)) {
      const manifest = await this.client.manifest(digest, declaredSize);
      if (isIndexMediaType(manifest.mediaType)) this.remember(manifest.text);
      this.texts.set(name, manifest.text);
      return manifest.text;
    }
    return this.client.blobText(digest, declaredSize);
  }

  open(name: string, declaredSize?: number): Readable {
    const digest = name.replace(/^blobs\/([^/]+)\//, "$1:");
    const client = this.client;
    return Readable.from(
      (async function* () {
        yield* (await client.blob(digest, declaredSize)) as AsyncIterable<Buffer>;
      })(),
    );
  }

  bytes(name: string, declaredSize?: number): LayerBytes {
    return { stream: () => this.open(name, declaredSize) };
  }
}

/** `sha256:abc` → `blobs/sha256/abc`. */
function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(":");
  return `blobs/${algorithm}/${hex}`;
}

/** One layer to walk: where its bytes are and what they must hash to. */
interface LayerRef {
  name: string;
  mediaType?: string;
  digest?: string;
  foreign?: boolean;
  size?: number;
}

/** What every source resolves to before layers are walked. */
interface ResolvedImage {
  store: BlobStore;
  digest?: string;
  configDigest: string;
  config: RawImageConfig;
  layers: LayerRef[];
}

/** Signatures and attestations stored beside an image in a layout (`cosign save`, copied `sha256-<hex>.sig` tags, OCI 1.1 artifacts): never the image. */
function isAttachedArtifact(descriptor: Descriptor): boolean {
  const kind = descriptor.annotations?.kind ?? "";
  return (
    kind === "dev.cosignproject.cosign/sigs" ||
    kind === "dev.cosignproject.cosign/atts" ||
    /^sha256-[0-9a-f]{64}(?:\.\w+)?$/.test(descriptor.annotations?.["org.opencontainers.image.ref.name"] ?? "") ||
    typeof (descriptor as { artifactType?: unknown }).artifactType === "string"
  );
}

/** Picks the manifest of an OCI layout (or a registry index) for a tag and a platform. */
async function selectManifest(
  store: BlobStore,
  ref: string | undefined,
  wantedPlatform: string | undefined,
): Promise<{ descriptor: Descriptor; platform?: string }> {
  const index = parseDocument(indexSchema, await store.read("index.json"), `${store.label}: index.json`);
  let candidates = (index.manifests ?? []).filter((descriptor) => !isAttachedArtifact(descriptor));
  if (candidates.length === 0) throw new GateError(`${store.label}: index.json lists no images`);
  if (ref !== undefined) {
    const named = candidates.filter((descriptor) => descriptor.annotations?.["org.opencontainers.image.ref.name"] === ref || descriptor.digest === ref);
    if (named.length === 0) {
      const tags = candidates.map((descriptor) => descriptor.annotations?.["org.opencontainers.image.ref.name"]).filter(Boolean);
      throw new GateError(`${store.label}: no image tagged ${quoteInput(ref)} (tags: ${tags.join(", ") || "none"})`);
    }
    candidates = named;
  }
  // Expand nested indexes (Docker 25+ and buildx write an index inside index.json).
  for (let depth = 0; candidates.some((descriptor) => isIndexMediaType(descriptor.mediaType)); depth++) {
    if (depth > 4) throw new GateError(`${store.label}: image indexes nested too deep`);
    const expanded: Descriptor[] = [];
    for (const descriptor of candidates) {
      if (!isIndexMediaType(descriptor.mediaType)) {
        expanded.push(descriptor);
        continue;
      }
      const name = blobPath(descriptor.digest);
      if (!store.has(name)) continue; // Blobs of other platforms may be absent (image-layout allows it).
      const nested = parseDocument(indexSchema, await readVerified(store, descriptor), `${store.label}: index ${descriptor.digest}`);
      expanded.push(...(nested.manifests ?? []));
    }
    candidates = expanded;
  }
  candidates = candidates.filter(
    (descriptor) => !isAttestation(descriptor) && (descriptor.mediaType === undefined || isManifestMediaType(descriptor.mediaType)),
  );
  const platforms = [...new Set(candidates.map(platformOf).filter((value): value is string => value !== undefined))];
  const pick = (platform: string) => candidates.filter((descriptor) => platformMatches(platform, platformOf(descriptor)));
  let chosen: Descriptor[];
  if (wantedPlatform !== undefined) {
    chosen = pick(wantedPlatform);
    if (chosen.length === 0) throw new GateError(`${store.label}: no image for platform ${wantedPlatform} (platforms: ${platforms.join(", ") || "none"})`);
  } else if (candidates.length === 1) {
    chosen = candidates;
  } else {
    chosen = pick("linux/amd64");
    if (chosen.length === 0) throw new GateError(`${store.label}: holds images for several platforms (${platforms.join(", ")}); choose one with --platform`);
  }
  const distinct = [...new Set(chosen.map((descriptor) => descriptor.digest))];
  if (distinct.length > 1) {
    const tags = chosen.map((descriptor) => descriptor.annotations?.["org.opencontainers.image.ref.name"]).filter(Boolean);
    throw new GateError(
      `${store.label}: holds ${distinct.length} images${tags.length > 0 ? ` (tags: ${tags.join(", ")})` : ""}; name one as ${store.label}:TAG`,
    );
  }
  const descriptor = chosen[0]!;
  const platform = platformOf(descriptor);
  return platform === undefined ? { descriptor } : { descriptor, platform };
}

/** Reads a JSON blob and checks it against its descriptor's digest. */
async function readVerified(store: BlobStore, descriptor: Descriptor): Promise<string> {
  const name = blobPath(descriptor.digest);
  const text = await store.read(name, descriptor.size);
  const actual = `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
  if (descriptor.digest.startsWith("sha256:") && actual !== descriptor.digest) {
    throw new GateError(`${store.label}: ${name} does not match its digest (got ${actual})`);
  }
  return text;
}

async function resolveOciLayout(store: BlobStore, ref: string | undefined, platform: string | undefined): Promise<ResolvedImage> {
  const { descriptor } = await selectManifest(store, ref, platform);
  const manifest = parseDocument(manifestSchema, await readVerified(store, descriptor), `${store.label}: manifest ${descriptor.digest}`);
  const config = parseDocument(imageConfigSchema, await readVerified(store, manifest.config), `${store.label}: config ${manifest.config.digest}`);
  const layers = (manifest.layers ?? []).map((layer): LayerRef => {
    const kind = layerKind(layer.mediaType);
    if (kind === "unknown") throw new GateError(`${store.label}: layer ${layer.digest} has unsupported media type ${layer.mediaType}`);
    const name = blobPath(layer.digest);
    const entry: LayerRef = { name, digest: layer.digest, size: layer.size };
    if (layer.mediaType !== undefined) entry.mediaType = layer.mediaType;
    if (kind === "foreign" && !store.has(name)) entry.foreign = true;
    return entry;
  });
  return { store, digest: descriptor.digest, configDigest: manifest.config.digest, config, layers };
}

/** `docker save` output: manifest.json first (classic and Docker 25+ layouts), index.json as a fallback. */
async function resolveDockerArchive(store: BlobStore, ref: string | undefined, platform: string | undefined): Promise<ResolvedImage> {
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
  const layers = entry.Layers.map((name): LayerRef => {
    // Blob names that carry their digest are verified against it; layer.tar is checked by diff_id.
    const hex = /(?:^|\/)(?:blobs\/sha256\/)?([a-f0-9]{64})(?:\.tar)?$/.exec(name)?.[1];
    return hex ? { name, digest: `sha256:${hex}` } : { name };
  });
  const digest = await archiveManifestDigest(store, configDigest);
  return digest === undefined ? { store, configDigest, config, layers } : { store, digest, configDigest, config, layers };
}

type ArchiveEntry = ReturnType<typeof dockerSaveManifestSchema.parse>[number];

/**
 * Picks the image of a `docker save` archive that `docker-archive:PATH:REF` names: `@N` (the Nth,
 * from 0) or NAME[:TAG], compared as Docker normalizes names (`app:1.0` is docker.io/library/app:1.0,
 * no tag means latest). Without REF the archive must hold one image.
 */
function selectArchiveEntry(entries: ArchiveEntry[], ref: string | undefined, label: string): ArchiveEntry {
  const tags = () => entries.flatMap((candidate) => candidate.RepoTags ?? []).join(", ") || "none";
  if (ref === undefined) {
    if (entries.length > 1)
      throw new GateError(`${label}: holds ${entries.length} images (${tags()}); name one as docker-archive:PATH:NAME:TAG or docker-archive:PATH:@INDEX`);
    return entries[0]!;
  }
  if (ref.startsWith("@")) {
    const index = /^@(\d+)$/.test(ref) ? Number(ref.slice(1)) : Number.NaN;
    const entry = entries[index];
    if (entry === undefined) throw new GateError(`${label}: no image @${ref.slice(1)} (the archive holds ${entries.length}, from @0)`);
    return entry;
  }
  const normalize = (text: string): string | undefined => {
    try {
      return parseImageReference(text).normalized;
    } catch {
      return undefined;
    }
  };
  const wanted = normalize(ref);
  if (wanted === undefined) throw new GateError(`${label}: ${quoteInput(ref)} is not an image name (expected NAME[:TAG] or @INDEX)`);
  const found = entries.find((candidate) => (candidate.RepoTags ?? []).some((tag) => normalize(tag) === wanted));
  if (!found) throw new GateError(`${label}: no image tagged ${quoteInput(ref)} (tags: ${tags()})`);
  return found;
}

/**
 * The manifest digest of an archived image, when the archive holds manifests at all: Docker 25+
 * writes an OCI layout beside manifest.json, so the manifest whose config is the image's names
 * it. A classic `docker save` archive has none (the registry computes it at push time).
 */
async function archiveManifestDigest(store: BlobStore, configDigest: string): Promise<string | undefined> {
  if (!store.has("index.json")) return undefined;
  const pending: Descriptor[] = [...(parseDocument(indexSchema, await store.read("index.json"), `${store.label}: index.json`).manifests ?? [])];
  // Bounded: an archive of a few images, each a manifest or an index of platforms.
  for (let visited = 0; pending.length > 0 && visited < 256; visited++) {
    const descriptor = pending.shift()!;
    if (!store.has(blobPath(descriptor.digest))) continue;
    if (isIndexMediaType(descriptor.mediaType)) {
      pending.push(...(parseDocument(indexSchema, await readVerified(store, descriptor), `${store.label}: index ${descriptor.digest}`).manifests ?? []));
    } else if (descriptor.mediaType === undefined || isManifestMediaType(descriptor.mediaType)) {
      const manifest = parseDocument(manifestSchema, await readVerified(store, descriptor), `${store.label}: manifest ${descriptor.digest}`);
      if (manifest.config.digest === configDigest) return descriptor.digest;
    }
  }
  return undefined;
}

async function openStore(source: ImageSource, cwd: string): Promise<BlobStore> {
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

/** Reads an image from any supported source into evidence. Throws GateError for bad input. */
export async function loadImage(reference: string, options: ImageLoadOptions = {}): Promise<ImageModel> {
  const source = parseImageSource(reference);
  const cwd = options.cwd ?? process.cwd();
  const limits: WalkLimits = { ...DEFAULT_LIMITS, ...options.limits };
  keepYoungGenerationSmall();
  if (source.transport === "docker-daemon") {
    const { loadFromDaemon } = await import("./daemon.ts");
    return loadFromDaemon(source, reference, limits, options.platform, options.scanner ?? defaultScanner(), options);
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
  const concurrency = options.concurrency ?? Math.min(4, os.availableParallelism());
  const progress = options.progress;
  const activity = source.transport === "docker" ? `pulling from ${registryHost(source.reference)}` : "reading";
  let bytes = 0;
  let layersDone = 0;
  const tell = () => progress?.({ activity, layersDone, layersTotal: resolved.layers.length, bytes });
  const scanner = options.scanner ?? defaultScanner();
  const budget = new ImageBudget(limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
  // Built, each layer is walked on a worker thread (layer-threads.ts), which compiles the built-in
  // rules itself; from source, or with a policy's own secret rules (compiled in this thread), here.
  const workerUrl = scanner === defaultScanner() ? layerWorkerUrl() : undefined;
  const walked = resolved.layers.filter((layer) => !layer.foreign).length;
  const threads = workerUrl && walked > 0 ? new LayerThreads(workerUrl, Math.min(concurrency, walked)) : undefined;
  // Largest layers first (by their manifest size, where known), so that the last layer to finish is a small one.
  const largestFirst = resolved.layers.map((_layer, index) => index).sort((a, b) => (resolved.layers[b]!.size ?? 0) - (resolved.layers[a]!.size ?? 0));
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
          if (threads) {
            // The thread sends entries as it finds them; they are kept here, within the image's budget.
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
  });
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

/** With --platform, an image of another platform is an error, not a silent substitute. */
export function checkPlatform(label: string, config: RawImageConfig, wanted: string | undefined): void {
  if (wanted === undefined || config.os === undefined || config.architecture === undefined) return;
  const actual = [config.os, config.architecture, config.variant].filter(Boolean).join("/");
  if (!platformMatches(wanted, actual)) throw new GateError(`${label}: the image is ${actual}, not ${wanted}`);
}

export { openStore, resolveDockerArchive, resolveOciLayout, walkResolved, type BlobStore, type LayerRef, type ResolvedImage };
