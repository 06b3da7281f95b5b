import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  parseImageReference
} from "./chunk-IAMAJJEA.js";
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
  platformOf
} from "./chunk-4SGPG5RS.js";
import {
  MAX_CAPTURE_BYTES,
  containingFile
} from "./chunk-R2ZWK3FF.js";
import {
  GateError,
  quoteInput
} from "./chunk-MSQ75MTB.js";

// src/image/assemble.ts
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash > 0 ? path.slice(0, slash) : void 0;
}
var Visibility = class {
  layers;
  /**
   * Per layer: directories known to be removed, or not, by the layers above it. Files share their
   * directories (50,000 paths in a few thousand), so each directory's answer is worked out once,
   * from its parent's, and no path is cut into all its ancestors.
   */
  removedDirs;
  constructor(scans) {
    this.layers = scans.map((scan) => {
      const entries = /* @__PURE__ */ new Map();
      for (const entry of scan.entries) entries.set(entry.path, entry);
      return { entries, whiteouts: new Set(scan.whiteouts), opaque: new Set(scan.opaqueDirs) };
    });
    this.removedDirs = scans.map(() => /* @__PURE__ */ new Map());
  }
  entry(path, layer) {
    return this.layers[layer]?.entries.get(path);
  }
  /** True when a later layer removed the path (whiteout, opaque parent) or replaced it. */
  deleted(path, layer) {
    if (layer >= this.layers.length - 1) return false;
    const own = this.layers[layer]?.entries.get(path);
    for (let upper = layer + 1; upper < this.layers.length; upper++) {
      const index = this.layers[upper];
      const replacement = index.entries.get(path);
      if (replacement && !(replacement.type === "directory" && own?.type === "directory")) return true;
      if (index.whiteouts.has(path)) return true;
    }
    const parent = parentOf(path);
    return parent !== void 0 && this.directoryRemoved(parent, layer);
  }
  /** True when a layer above `layer` removes the directory or one of its ancestors: a whiteout, an opaque directory, or something not a directory in its place. */
  directoryRemoved(dir, layer) {
    const known = this.removedDirs[layer];
    const unknown = [];
    let removed = false;
    for (let at = dir; at !== void 0; at = parentOf(at)) {
      const answer = known.get(at);
      if (answer !== void 0) {
        removed = answer;
        break;
      }
      unknown.push(at);
    }
    for (let index = unknown.length - 1; index >= 0; index--) {
      const at = unknown[index];
      removed ||= this.removedAbove(at, layer);
      known.set(at, removed);
    }
    return removed;
  }
  /** The directory itself (not its ancestors) is removed by a layer above `layer`. */
  removedAbove(dir, layer) {
    for (let upper = layer + 1; upper < this.layers.length; upper++) {
      const index = this.layers[upper];
      const entry = index.entries.get(dir);
      if (index.whiteouts.has(dir) || index.opaque.has(dir) || entry !== void 0 && entry.type !== "directory") return true;
    }
    return false;
  }
  /** The layer holding the version of `path` that a layer at `layer` sees (itself or below). */
  sourceLayer(path, layer) {
    for (let lower = layer; lower >= 0; lower--) {
      if (this.layers[lower].entries.has(path)) return lower;
      if (lower < layer && this.layers[lower + 1].whiteouts.has(path)) return void 0;
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
  const hitsAt = /* @__PURE__ */ new Map();
  for (const scan of scans) {
    for (const hits of scan.hits) {
      const key = `${scan.index}\0${containingFile(hits.path)}`;
      hitsAt.set(key, [...hitsAt.get(key) ?? [], hits]);
    }
  }
  const fileHits = [];
  const addHits = (hits, path, layer) => {
    const file = containingFile(path);
    fileHits.push({ ...hits, path, file, layer, layerDigest: layerId(layer), deleted: visibility.deleted(file, layer) });
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
  const read = namedFiles(scans, new FinalFilesystem(scans, visibility), input.plan);
  const model = {
    reference: input.reference,
    transport: input.transport,
    configDigest: input.configDigest,
    platform: [config.os, config.architecture, config.variant].filter(Boolean).join("/"),
    config,
    layers: scans.map(({ entries: _e, hits: _h, captured: _c, whiteouts: _w, opaqueDirs: _o, ...layer }) => ({ ...layer, diffId: layerId(layer.index) })),
    files,
    fileHits,
    read,
    binary: {
      files: scans.reduce((sum, scan) => sum + scan.binary.files, 0),
      bytes: scans.reduce((sum, scan) => sum + scan.binary.bytes, 0)
    },
    unscanned: scans.flatMap(
      (scan) => scan.unscanned.map((item) => ({
        ...item,
        layer: scan.index,
        layerDigest: layerId(scan.index),
        deleted: item.path !== void 0 && visibility.deleted(containingFile(item.path), scan.index)
      }))
    )
  };
  if (input.digest !== void 0) model.digest = input.digest;
  return model;
}
function namedFiles(scans, filesystem, plan) {
  const read = {};
  const finalPaths = /* @__PURE__ */ new Map();
  for (const need of plan.needs.files) {
    if (need.name === void 0) continue;
    read[need.name] ??= { final: {}, unreadable: {}, versions: [] };
    const paths = finalPaths.get(need.name) ?? /* @__PURE__ */ new Set();
    for (const path of need.open ?? []) paths.add(path);
    finalPaths.set(need.name, paths);
  }
  if (finalPaths.size === 0) return read;
  for (const scan of scans) {
    for (const [path, text] of Object.entries(scan.captured)) {
      for (const name of plan.namesOf(path)) {
        read[name].versions.push({ path, layer: scan.index, text });
        finalPaths.get(name).add(path);
      }
    }
  }
  for (const [name, paths] of finalPaths) {
    for (const path of [...paths].sort()) {
      const result = filesystem.read(path);
      if (result.text !== void 0) read[name].final[path] = result.text;
      else if (result.problem !== void 0) read[name].unreadable[path] = result.problem;
    }
  }
  return read;
}
var MAX_SYMLINK_HOPS = 40;
var FinalFilesystem = class {
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
  read(path) {
    const resolved = this.resolve(path);
    if ("problem" in resolved) return { problem: resolved.problem };
    if (!resolved.found) {
      return this.entriesLimited ? { problem: `${path} is not among the entries the gate kept (the image holds more than limits.max-entries)` } : {};
    }
    const { entry, layer, path: at } = resolved.found;
    const shown = at === path ? path : `${path} (a link to ${at})`;
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
  resolve(path) {
    const pending = path.split("/").filter(Boolean).reverse();
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
        if (++hops > MAX_SYMLINK_HOPS) return { problem: `${path}: too many levels of symbolic links` };
        const target = found.entry.linkname ?? "";
        if (target.startsWith("/")) walked.length = 0;
        const parts = target.split("/").filter(Boolean);
        if (pending.length + parts.length > 4096) return { problem: `${path}: a symbolic link leads to a path longer than Linux allows` };
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
  visible(path) {
    for (let layer = this.scans.length - 1; layer >= 0; layer--) {
      const entry = this.visibility.entry(path, layer);
      if (entry) return this.visibility.deleted(path, layer) ? void 0 : { entry, layer };
    }
    return void 0;
  }
};

// src/image/resolve-image.ts
import { createHash } from "node:crypto";

// src/image/blob-store.ts
function blobPath(digest) {
  const [algorithm, hex] = digest.split(":");
  return `blobs/${algorithm}/${hex}`;
}

// src/image/resolve-image.ts
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
function checkPlatform(label, config, wanted) {
  if (wanted === void 0 || config.os === void 0 || config.architecture === void 0) return;
  const actual = [config.os, config.architecture, config.variant].filter(Boolean).join("/");
  if (!platformMatches(wanted, actual)) throw new GateError(`${label}: the image is ${actual}, not ${wanted}`);
}

export {
  assembleImage,
  blobPath,
  resolveOciLayout,
  resolveDockerArchive,
  checkPlatform
};
