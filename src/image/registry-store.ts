/** The `docker://` transport: a registry as a blob store (the client itself is in registry.ts, loaded on first use). */

import { Readable } from "node:stream";
import { blobPath, type BlobStore } from "./blob-store.ts";
import { isIndexMediaType } from "./documents.ts";
import type { LayerBytes } from "./layer-threads.ts";
import type { RegistryClient, RegistryOptions } from "./registry.ts";

/**
 * A registry seen as a blob store: index.json is the manifest the reference resolved to (or an
 * index made around it), manifests named by an index come from /manifests/, other blobs from
 * /blobs/. Layer streams open lazily, so concurrency stays with the walker.
 */
export class RegistryStore implements BlobStore {
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
