/**
 * Turns per-layer walks into image evidence: which version of each path is still visible
 * (whiteouts, opaque directories, replacements), hardlinks bound to their target's content, and
 * the files the checks' named needs asked for, as each layer holds them and as a container opens
 * them. It names no path of its own: which files matter, and what they mean, is the checks' say.
 */

import { containingFile } from "./archive-members.ts";
import { MAX_CAPTURE_BYTES } from "./layer-walker.ts";
import type { RawImageConfig } from "./documents.ts";
import type { FileHits, ImageConfig, ImageFile, ImageModel, LayerEntry, LayerScan, NamedFiles } from "./model.ts";
import type { ReadPlan } from "./needs.ts";

interface LayerIndex {
  entries: Map<string, LayerEntry>;
  whiteouts: Set<string>;
  opaque: Set<string>;
}

/** The directory holding a path (`/a/b/c` → `/a/b`), or undefined for `/` and top-level names' parent. */
function parentOf(path: string): string | undefined {
  const slash = path.lastIndexOf("/");
  return slash > 0 ? path.slice(0, slash) : undefined;
}

/** Answers "did a layer above `layer` delete or replace `path`?" */
class Visibility {
  private readonly layers: LayerIndex[];
  /**
   * Per layer: directories known to be removed, or not, by the layers above it. Files share their
   * directories (50,000 paths in a few thousand), so each directory's answer is worked out once,
   * from its parent's, and no path is cut into all its ancestors.
   */
  private readonly removedDirs: Array<Map<string, boolean>>;
  constructor(scans: LayerScan[]) {
    // Filled in a loop: a list of [path, entry] pairs first would double the peak for a layer of 300,000 entries.
    this.layers = scans.map((scan) => {
      const entries = new Map<string, LayerEntry>();
      for (const entry of scan.entries) entries.set(entry.path, entry);
      return { entries, whiteouts: new Set(scan.whiteouts), opaque: new Set(scan.opaqueDirs) };
    });
    this.removedDirs = scans.map(() => new Map());
  }

  entry(path: string, layer: number): LayerEntry | undefined {
    return this.layers[layer]?.entries.get(path);
  }

  /** True when a later layer removed the path (whiteout, opaque parent) or replaced it. */
  deleted(path: string, layer: number): boolean {
    // Nothing above the top layer: its entries are never deleted (asked once per entry of the image).
    if (layer >= this.layers.length - 1) return false;
    const own = this.layers[layer]?.entries.get(path);
    for (let upper = layer + 1; upper < this.layers.length; upper++) {
      const index = this.layers[upper]!;
      const replacement = index.entries.get(path);
      // A directory over a directory only changes attributes; anything else replaces.
      if (replacement && !(replacement.type === "directory" && own?.type === "directory")) return true;
      if (index.whiteouts.has(path)) return true;
    }
    const parent = parentOf(path);
    return parent !== undefined && this.directoryRemoved(parent, layer);
  }

  /** True when a layer above `layer` removes the directory or one of its ancestors: a whiteout, an opaque directory, or something not a directory in its place. */
  private directoryRemoved(dir: string, layer: number): boolean {
    const known = this.removedDirs[layer]!;
    // Up to the nearest directory already answered (or the root); then down again, answering each.
    const unknown: string[] = [];
    let removed = false;
    for (let at: string | undefined = dir; at !== undefined; at = parentOf(at)) {
      const answer = known.get(at);
      if (answer !== undefined) {
        removed = answer;
        break;
      }
      unknown.push(at);
    }
    for (let index = unknown.length - 1; index >= 0; index--) {
      const at = unknown[index]!;
      removed ||= this.removedAbove(at, layer);
      known.set(at, removed);
    }
    return removed;
  }

  /** The directory itself (not its ancestors) is removed by a layer above `layer`. */
  private removedAbove(dir: string, layer: number): boolean {
    for (let upper = layer + 1; upper < this.layers.length; upper++) {
      const index = this.layers[upper]!;
      const entry = index.entries.get(dir);
      if (index.whiteouts.has(dir) || index.opaque.has(dir) || (entry !== undefined && entry.type !== "directory")) return true;
    }
    return false;
  }

  /** The layer holding the version of `path` that a layer at `layer` sees (itself or below). */
  sourceLayer(path: string, layer: number): number | undefined {
    for (let lower = layer; lower >= 0; lower--) {
      if (this.layers[lower]!.entries.has(path)) return lower;
      if (lower < layer && this.layers[lower + 1]!.whiteouts.has(path)) return undefined;
    }
    return undefined;
  }
}

function toConfig(raw: RawImageConfig): ImageConfig {
  const config = raw.config ?? {};
  const history = (raw.history ?? []).map((entry) => {
    const mapped: ImageConfig["history"][number] = { emptyLayer: entry.empty_layer ?? false };
    if (entry.created !== undefined) mapped.created = entry.created;
    if (entry.created_by !== undefined) mapped.createdBy = entry.created_by;
    if (entry.comment !== undefined) mapped.comment = entry.comment;
    return mapped;
  });
  const result: ImageConfig = {
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
    diffIds: raw.rootfs.diff_ids,
  };
  if (config.Healthcheck) result.healthcheck = { test: config.Healthcheck.Test ?? [] };
  if (raw.variant !== undefined) result.variant = raw.variant;
  return result;
}

export interface AssembleInput {
  reference: string;
  transport: string;
  label: string;
  digest?: string | undefined;
  configDigest: string;
  config: RawImageConfig;
  scans: LayerScan[];
  /** What the walks read: its named needs become the model's `read`. */
  plan: ReadPlan;
}

export function assembleImage(input: AssembleInput): ImageModel {
  const { scans } = input;
  const config = toConfig(input.config);
  const visibility = new Visibility(scans);
  // Layers are named by diff_id: the same across docker-archive, OCI and registry copies.
  const layerId = (index: number) => config.diffIds[index] ?? scans[index]!.digest;

  // Entries become files in place: one object per path version, however many views hold it.
  const files: ImageFile[] = [];
  for (const scan of scans) {
    const layerDigest = layerId(scan.index);
    for (const entry of scan.entries) {
      const file = entry as ImageFile;
      file.layer = scan.index;
      file.layerDigest = layerDigest;
      file.deleted = visibility.deleted(entry.path, scan.index);
      files.push(file);
    }
  }

  // Hits by layer and file; an archive's members are listed under the archive's own path.
  const hitsAt = new Map<string, FileHits[]>();
  for (const scan of scans) {
    for (const hits of scan.hits) {
      const key = `${scan.index}\u0000${containingFile(hits.path)}`;
      hitsAt.set(key, [...(hitsAt.get(key) ?? []), hits]);
    }
  }
  const fileHits: ImageModel["fileHits"] = [];
  const addHits = (hits: FileHits, path: string, layer: number) => {
    const file = containingFile(path);
    fileHits.push({ ...hits, path, file, layer, layerDigest: layerId(layer), deleted: visibility.deleted(file, layer) });
  };
  for (const scan of scans) {
    for (const hits of scan.hits) addHits(hits, hits.path, scan.index);
    // A hardlink has no bytes of its own: it holds whatever its target held when the layer was made.
    for (const entry of scan.entries) {
      if (entry.type !== "hardlink" || entry.linkname === undefined) continue;
      const sourceLayer = visibility.sourceLayer(entry.linkname, scan.index);
      const targetHits = sourceLayer === undefined ? undefined : hitsAt.get(`${sourceLayer}\u0000${entry.linkname}`);
      for (const hits of targetHits ?? []) addHits(hits, entry.path + hits.path.slice(entry.linkname.length), scan.index);
    }
  }

  const read = namedFiles(scans, new FinalFilesystem(scans, visibility), input.plan);
  const model: ImageModel = {
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
      bytes: scans.reduce((sum, scan) => sum + scan.binary.bytes, 0),
    },
    unscanned: scans.flatMap((scan) =>
      scan.unscanned.map((item) => ({
        ...item,
        layer: scan.index,
        layerDigest: layerId(scan.index),
        deleted: item.path !== undefined && visibility.deleted(containingFile(item.path), scan.index),
      })),
    ),
  };
  if (input.digest !== undefined) model.digest = input.digest;
  return model;
}

/**
 * The files each named need asked for: every captured version in every layer, and the final
 * filesystem's text of its `open` paths and of every captured path it matches.
 */
function namedFiles(scans: LayerScan[], filesystem: FinalFilesystem, plan: ReadPlan): Record<string, NamedFiles> {
  const read: Record<string, NamedFiles> = {};
  const finalPaths = new Map<string, Set<string>>();
  for (const need of plan.needs.files) {
    if (need.name === undefined) continue;
    read[need.name] ??= { final: {}, unreadable: {}, versions: [] };
    const paths = finalPaths.get(need.name) ?? new Set<string>();
    for (const path of need.open ?? []) paths.add(path);
    finalPaths.set(need.name, paths);
  }
  if (finalPaths.size === 0) return read;
  for (const scan of scans) {
    for (const [path, text] of Object.entries(scan.captured)) {
      for (const name of plan.namesOf(path)) {
        read[name]!.versions.push({ path, layer: scan.index, text });
        finalPaths.get(name)!.add(path);
      }
    }
  }
  for (const [name, paths] of finalPaths) {
    for (const path of [...paths].sort()) {
      const result = filesystem.read(path);
      if (result.text !== undefined) read[name]!.final[path] = result.text;
      else if (result.problem !== undefined) read[name]!.unreadable[path] = result.problem;
    }
  }
  return read;
}

/** Symbolic links followed at most this many times, as Linux does (ELOOP). */
const MAX_SYMLINK_HOPS = 40;

/**
 * Reads a file of the final filesystem the way a process inside the container would: every
 * symbolic link on the way is followed inside the image's root (an absolute target starts again
 * at the image's root, `..` never climbs above it), so `/etc/passwd -> /usr/lib/passwd` and an
 * `/etc` that links to another directory both find the file. Only files the walker captured can
 * be read; anything else comes back with the reason, so a check can say it could not decide.
 */
class FinalFilesystem {
  private readonly entriesLimited: boolean;
  private readonly below = new Map<string, boolean>();

  constructor(
    private readonly scans: LayerScan[],
    private readonly visibility: Visibility,
  ) {
    this.entriesLimited = scans.some((scan) => scan.unscanned.some((item) => item.reason === "entries-limit"));
  }

  /** The text at `path`, or why it could not be read; neither when the path does not exist. */
  read(path: string): { text?: string; problem?: string } {
    const resolved = this.resolve(path);
    if ("problem" in resolved) return { problem: resolved.problem };
    if (!resolved.found) {
      // Absent, unless the image had more entries than were kept: then it may be among those.
      return this.entriesLimited ? { problem: `${path} is not among the entries the gate kept (the image holds more than limits.max-entries)` } : {};
    }
    const { entry, layer, path: at } = resolved.found;
    const shown = at === path ? path : `${path} (a link to ${at})`;
    if (entry.type === "hardlink" && entry.linkname !== undefined) {
      const source = this.visibility.sourceLayer(entry.linkname, layer);
      const text = source === undefined ? undefined : this.scans[source]!.captured[entry.linkname];
      return text !== undefined ? { text } : { problem: `${shown} is a hard link whose content was not captured` };
    }
    // A directory, device or FIFO there is no account database: runtimes fail to start the container.
    if (entry.type !== "file") return {};
    const text = this.scans[layer]!.captured[at];
    if (text !== undefined) return { text };
    return {
      problem:
        entry.size > MAX_CAPTURE_BYTES
          ? `${shown} is larger than ${MAX_CAPTURE_BYTES / 1024 / 1024} MiB, more than the gate reads of it`
          : `${shown} was not captured (the image's files of that name took the gate's whole capture budget)`,
    };
  }

  /** The entry a path leads to once every symbolic link on the way is followed inside the image. */
  private resolve(path: string): { found?: { entry: LayerEntry; layer: number; path: string } } | { problem: string } {
    // Components still to walk, last first (symlink targets are pushed on top).
    const pending = path.split("/").filter(Boolean).reverse();
    const walked: string[] = [];
    let hops = 0;
    while (pending.length > 0) {
      const part = pending.pop()!;
      if (part === ".") continue;
      if (part === "..") {
        walked.pop();
        continue;
      }
      const candidate = `/${[...walked, part].join("/")}`;
      const found = this.visible(candidate);
      // A later layer that writes below a path a lower layer made a symlink (etc/passwd over an
      // `etc` link) holds those files itself: overlay shows its directory, and an unpacker that
      // writes through the link puts the same bytes behind it. Either way they are read here.
      if (found?.entry.type === "symlink" && (pending.length === 0 || !this.writtenBelow(candidate, found.layer))) {
        if (++hops > MAX_SYMLINK_HOPS) return { problem: `${path}: too many levels of symbolic links` };
        const target = found.entry.linkname ?? "";
        if (target.startsWith("/")) walked.length = 0;
        const parts = target.split("/").filter(Boolean);
        // Linux gives up past PATH_MAX; so does the gate, rather than walk a hostile link forever.
        if (pending.length + parts.length > 4096) return { problem: `${path}: a symbolic link leads to a path longer than Linux allows` };
        for (let index = parts.length - 1; index >= 0; index--) pending.push(parts[index]!);
        continue;
      }
      if (pending.length === 0) return found ? { found: { ...found, path: candidate } } : {};
      // A directory need not have an entry of its own; a file in the middle of a path ends it.
      if (found && found.entry.type !== "directory" && found.entry.type !== "symlink") return {};
      walked.push(part);
    }
    return {};
  }

  /** True when a layer above `layer` has entries below `directory` (answers are remembered: a few paths are asked). */
  private writtenBelow(directory: string, layer: number): boolean {
    const key = `${layer}\u0000${directory}`;
    let answer = this.below.get(key);
    if (answer === undefined) {
      const prefix = `${directory}/`;
      answer = this.scans.slice(layer + 1).some((scan) => scan.entries.some((entry) => entry.path.startsWith(prefix)));
      this.below.set(key, answer);
    }
    return answer;
  }

  /** The version of a path the final filesystem shows. */
  private visible(path: string): { entry: LayerEntry; layer: number } | undefined {
    for (let layer = this.scans.length - 1; layer >= 0; layer--) {
      const entry = this.visibility.entry(path, layer);
      if (entry) return this.visibility.deleted(path, layer) ? undefined : { entry, layer };
    }
    return undefined;
  }
}
