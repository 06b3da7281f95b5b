/** Plain evidence about a built image: config, layers, the files that matter, credential hits. */

import type { Severity } from "../findings.ts";

export type EntryType = "file" | "directory" | "symlink" | "hardlink" | "other";

/** One tar entry of one layer (content is never kept). */
export interface LayerEntry {
  /** Absolute path inside the image, normalized (`/etc/passwd`). */
  path: string;
  type: EntryType;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Symlink or hardlink target (absolute for hardlinks). */
  linkname?: string;
}

/** A credential-shaped match in a file, found while the layer streamed past. */
export interface ContentHit {
  rule: string;
  title: string;
  severity: Severity;
  /** Redacted; the credential itself never leaves the walker. */
  evidence: string;
  /** A hash of the credential: the same credential in several files is one finding. */
  digest: string;
  /** 1-based line in the file. */
  line: number;
  /** For name-based hits: the key that holds the credential. */
  key?: string;
}

/** A file whose content was scanned and held credential-shaped text. */
export interface FileHits {
  /** Absolute path in the image; a member of an archive in the image is `/srv/app.war!WEB-INF/db.properties`. */
  path: string;
  hits: ContentHit[];
  /** md5 of the scanned content (an archive's, for its members), for package managers' checksums; undefined when truncated. */
  md5?: string;
}

/** Content that was not (fully) scanned, and why. */
export interface Unscanned {
  path?: string;
  reason: "file-too-large" | "layer-too-large" | "entries-limit" | "foreign-layer" | "archive-not-scanned";
  /** Bytes present, and bytes scanned. */
  size: number;
  scanned: number;
  /** entries-limit: how many entries of the layer were not kept, and the image's limit. */
  entries?: number;
  limit?: number;
  /** What kept an archive (or part of it) from being read. */
  detail?: string;
}

/** What one walk over one layer found. Memory grows with the number of paths, not their size. */
export interface LayerScan {
  /** Position in the image, 0 = bottom. */
  index: number;
  /** Blob digest as stored (compressed or not), verified while streaming. */
  digest: string;
  /** Digest of the uncompressed tar, verified against the config's rootfs.diff_ids. */
  diffId: string;
  mediaType: string;
  compressedSize: number;
  uncompressedSize: number;
  entries: LayerEntry[];
  /** Paths deleted from lower layers (`.wh.<name>`). */
  whiteouts: string[];
  /** Directories whose lower-layer content is hidden (`.wh..wh..opq`). */
  opaqueDirs: string[];
  hits: FileHits[];
  /** Small files the checks' needs name, in full, keyed by path. */
  captured: Record<string, string>;
  unscanned: Unscanned[];
  /** Files not scanned for credentials because they are binary (executables, media; archives are opened). */
  binary: { files: number; bytes: number };
}

export interface HistoryEntry {
  created?: string;
  createdBy?: string;
  comment?: string;
  emptyLayer: boolean;
}

/** The parts of the image config that the checks read. */
export interface ImageConfig {
  user: string;
  env: string[];
  labels: Record<string, string>;
  exposedPorts: string[];
  healthcheck?: { test: string[] };
  volumes: string[];
  entrypoint: string[];
  cmd: string[];
  workingDir: string;
  os: string;
  architecture: string;
  variant?: string;
  history: HistoryEntry[];
  diffIds: string[];
}

/** A file as the final image (or a layer) has it, with whether later layers removed it. */
export interface ImageFile extends LayerEntry {
  layer: number;
  layerDigest: string;
  /** True when a later layer deleted or replaced it: the bytes still ship in `layer`. */
  deleted: boolean;
}

/** What one named file need read: see `FileNeed` in needs.ts. */
export interface NamedFiles {
  /** The final filesystem's text by path, as a container opens it (symbolic links followed inside the image). */
  final: Record<string, string>;
  /** Paths the final filesystem may hold but that could not be read, and why (too large, a link to something not captured, ...). */
  unreadable: Record<string, string>;
  /** Every captured version of a matching path, in every layer, deleted or not. */
  versions: Array<{ path: string; layer: number; text: string }>;
}

export interface ImageModel {
  /** The reference as given (`docker-archive:app.tar`). */
  reference: string;
  transport: string;
  /** Digest of the manifest analysed, when the source has one. */
  digest?: string;
  /** Digest the reference (a registry tag) resolved to: the manifest, or the index it is part of. */
  referenceDigest?: string;
  /** Digest of the image config: the image ID. */
  configDigest: string;
  platform: string;
  config: ImageConfig;
  layers: Array<Omit<LayerScan, "entries" | "hits" | "captured" | "whiteouts" | "opaqueDirs">>;
  /** Every file, directory and link of every layer, with its visibility. */
  files: ImageFile[];
  /**
   * Credential hits in files, located by layer and visibility; `file` is the file of the layer that
   * holds the bytes (the path itself, or the archive a member is in).
   */
  fileHits: Array<FileHits & { layer: number; layerDigest: string; deleted: boolean; file: string }>;
  /** What the checks' named file needs read (`FileNeed.name` in needs.ts), by name; a need no enabled check declared is absent. */
  read: Record<string, NamedFiles>;
  /** Files not scanned for credentials because they are binary, all layers together. */
  binary: { files: number; bytes: number };
  unscanned: Array<Unscanned & { layer: number; layerDigest: string; deleted: boolean }>;
}
