/**
 * Writes small OCI image layouts from layers described in code, for the cases a real builder
 * will not produce on demand: opaque whiteouts, cross-layer hardlinks, hostile names, corrupt
 * or mismatched blobs, decompression bombs, several platforms in one index.
 */

import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import tar from "tar-stream";

export interface EntrySpec {
  name: string;
  type?: "file" | "directory" | "symlink" | "link";
  content?: string | Buffer;
  mode?: number;
  uid?: number;
  gid?: number;
  linkname?: string;
  /** Declared size, when it must differ from the content (hostile archives). */
  size?: number;
}

/** An uncompressed layer tar from entry specs. */
export async function tarOf(entries: EntrySpec[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const entry of entries) {
    const content = typeof entry.content === "string" ? Buffer.from(entry.content) : (entry.content ?? Buffer.alloc(0));
    const header: tar.Header = {
      name: entry.name,
      type: entry.type ?? "file",
      mode: entry.mode ?? (entry.type === "directory" ? 0o755 : 0o644),
      uid: entry.uid ?? 0,
      gid: entry.gid ?? 0,
      size: entry.type === undefined || entry.type === "file" ? content.length : 0,
      mtime: new Date(0),
      linkname: entry.linkname ?? "",
      uname: "",
      gname: "",
      devmajor: 0,
      devminor: 0,
    };
    await new Promise<void>((resolve, reject) => {
      if (header.type === "file") pack.entry(header, content, (error) => (error ? reject(error) : resolve()));
      else pack.entry(header, (error) => (error ? reject(error) : resolve()));
    });
  }
  pack.finalize();
  await collected;
  return Buffer.concat(chunks);
}

const sha256 = (data: Buffer | string) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

export interface LayerSpec {
  entries?: EntrySpec[];
  /** Raw layer bytes (already compressed or deliberately broken) instead of entries. */
  raw?: Buffer;
  /** Uncompressed tar, used for the diff_id when `raw` is given. */
  rawTar?: Buffer;
  compression?: "gzip" | "none";
  /** Store these bytes under the digest of the real ones (a tampered blob). */
  tamper?: Buffer;
  /** Claim this diff_id in the config. */
  diffId?: string;
}

export interface ImageSpec {
  layers: LayerSpec[];
  config?: Record<string, unknown>;
  platform?: { os: string; architecture: string; variant?: string };
  tag?: string;
}

interface Written {
  descriptor: Record<string, unknown>;
}

async function writeImage(dir: string, spec: ImageSpec): Promise<Written> {
  const blobs = path.join(dir, "blobs", "sha256");
  mkdirSync(blobs, { recursive: true });
  const put = (data: Buffer | string) => {
    const digest = sha256(data);
    writeFileSync(path.join(blobs, digest.slice(7)), data);
    return digest;
  };
  const layerDescriptors: Array<Record<string, unknown>> = [];
  const diffIds: string[] = [];
  for (const layer of spec.layers) {
    const plain = layer.rawTar ?? (layer.entries ? await tarOf(layer.entries) : Buffer.alloc(0));
    const stored = layer.raw ?? (layer.compression === "none" ? plain : zlib.gzipSync(plain));
    const digest = sha256(stored);
    writeFileSync(path.join(blobs, digest.slice(7)), layer.tamper ?? stored);
    layerDescriptors.push({
      mediaType: layer.compression === "none" ? "application/vnd.oci.image.layer.v1.tar" : "application/vnd.oci.image.layer.v1.tar+gzip",
      digest,
      size: stored.length,
    });
    diffIds.push(layer.diffId ?? sha256(plain));
  }
  const platform = spec.platform ?? { os: "linux", architecture: "amd64" };
  const config = JSON.stringify({ ...platform, config: { User: "1000", ...spec.config }, rootfs: { type: "layers", diff_ids: diffIds }, history: [] });
  const configDigest = put(config);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: configDigest, size: Buffer.byteLength(config) },
    layers: layerDescriptors,
  });
  const manifestDigest = put(manifest);
  const descriptor: Record<string, unknown> = {
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    digest: manifestDigest,
    size: Buffer.byteLength(manifest),
    platform,
  };
  if (spec.tag) descriptor.annotations = { "org.opencontainers.image.ref.name": spec.tag };
  return { descriptor };
}

/** Writes an OCI layout holding the images (several: a multi-platform index) and returns its directory. */
export async function ociLayout(images: ImageSpec[] | ImageSpec, options: { attestation?: boolean; nested?: boolean } = {}): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-oci-"));
  const list = Array.isArray(images) ? images : [images];
  const descriptors = [];
  for (const image of list) descriptors.push((await writeImage(dir, image)).descriptor);
  if (options.attestation) {
    const attestation = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.empty.v1+json", digest: sha256("{}"), size: 2 },
      layers: [],
    });
    writeFileSync(path.join(dir, "blobs", "sha256", sha256("{}").slice(7)), "{}");
    writeFileSync(path.join(dir, "blobs", "sha256", sha256(attestation).slice(7)), attestation);
    descriptors.push({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: sha256(attestation),
      size: attestation.length,
      platform: { os: "unknown", architecture: "unknown" },
      annotations: { "vnd.docker.reference.type": "attestation-manifest" },
    });
  }
  let top = descriptors;
  if (options.nested) {
    const inner = JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: descriptors });
    writeFileSync(path.join(dir, "blobs", "sha256", sha256(inner).slice(7)), inner);
    top = [
      {
        mediaType: "application/vnd.oci.image.index.v1+json",
        digest: sha256(inner),
        size: inner.length,
        annotations: { "org.opencontainers.image.ref.name": "latest" },
      },
    ];
  }
  writeFileSync(path.join(dir, "index.json"), JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: top }));
  writeFileSync(path.join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  return dir;
}
