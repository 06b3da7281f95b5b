/**
 * From a blob store to the one image to walk: the manifest for a tag and platform in an OCI
 * layout or registry index, or the entry of a `docker save` archive; its config and its layers,
 * each document checked against its digest.
 */

import { createHash } from "node:crypto";
import { GateError } from "../errors.ts";
import { parseImageReference } from "../reference/image.ts";
import { quoteInput } from "../secrets/redact.ts";
import { blobPath, type BlobStore, type LayerRef, type ResolvedImage } from "./blob-store.ts";
import {
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
  platformOf,
  type Descriptor,
  type RawImageConfig,
} from "./documents.ts";

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

export async function resolveOciLayout(store: BlobStore, ref: string | undefined, platform: string | undefined): Promise<ResolvedImage> {
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
export async function resolveDockerArchive(store: BlobStore, ref: string | undefined, platform: string | undefined): Promise<ResolvedImage> {
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

/** With --platform, an image of another platform is an error, not a silent substitute. */
export function checkPlatform(label: string, config: RawImageConfig, wanted: string | undefined): void {
  if (wanted === undefined || config.os === undefined || config.architecture === undefined) return;
  const actual = [config.os, config.architecture, config.variant].filter(Boolean).join("/");
  if (!platformMatches(wanted, actual)) throw new GateError(`${label}: the image is ${actual}, not ${wanted}`);
}
