/** What every image source is read through: a store of named documents and blobs, and what a store resolves to. */

import type { RawImageConfig } from "./documents.ts";
import type { LayerBytes } from "./layer-threads.ts";

/**
 * A layer blob's bytes as the walker pulls them: a stream, or a file's chunks (file-chunks.ts).
 * `destroy` stops reading early; `reuseBuffers`, where offered, tells the source that each chunk
 * is done with when the next is asked for, so its buffers may be reused; `again`, where offered,
 * reads the same bytes once more from the start (bytes on disk), so the walker can verify the
 * blob's own digest only in the rare case that needs it.
 */
export type LayerSource = AsyncIterable<Buffer> & { destroy(error?: Error): void; reuseBuffers?(): void; again?(): LayerSource };

/** Where an image's documents and blobs are: a directory or an archive. */
export interface BlobStore {
  label: string;
  has(name: string): boolean;
  /** A document's text; `declaredSize` is what its descriptor says, where one does. */
  read(name: string, declaredSize?: number): Promise<string>;
  open(name: string, declaredSize?: number): LayerSource;
  /** Where a layer blob's bytes are, for a walk on another thread: a file range when there is one. */
  bytes?(name: string, declaredSize?: number): LayerBytes;
}

/** `sha256:abc` → `blobs/sha256/abc`. */
export function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(":");
  return `blobs/${algorithm}/${hex}`;
}

/** One layer to walk: where its bytes are and what they must hash to. */
export interface LayerRef {
  name: string;
  mediaType?: string;
  digest?: string;
  foreign?: boolean;
  size?: number;
}

/** What every source resolves to before layers are walked. */
export interface ResolvedImage {
  store: BlobStore;
  digest?: string;
  configDigest: string;
  config: RawImageConfig;
  layers: LayerRef[];
}
