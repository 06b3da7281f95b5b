/**
 * Finds what is attached to an image: for each digest, the OCI 1.1 referrers API (with `Link`
 * paging and client-side artifactType filtering), the referrers tag fallback `sha256-<hex>` when
 * the registry has no API, and cosign's legacy `sha256-<hex>.sig` / `.att` tags; BuildKit
 * attestation manifests inside the image index; and in an OCI layout, the manifests `cosign save`
 * and `buildx --output type=oci` put beside the image. Only reads; verification is elsewhere.
 */

import * as z from "zod/mini";
import { GateError } from "../errors.ts";
import type { BlobStore } from "../image/blob-store.ts";
import { MAX_DOCUMENT_BYTES, parseDocument } from "../image/documents.ts";
import { BlobDigestMismatch, type RegistryClient } from "../image/registry.ts";
import type { Discovery } from "./model.ts";
import { createHash } from "node:crypto";

const descriptorSchema = z.looseObject({
  mediaType: z.optional(z.string()),
  artifactType: z.optional(z.string()),
  digest: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, "expected a sha256 digest")),
  size: z.int().check(z.gte(0)),
  annotations: z.optional(z.nullable(z.record(z.string(), z.string()))),
  platform: z.optional(z.looseObject({ os: z.optional(z.string()), architecture: z.optional(z.string()) })),
});
export type ArtifactDescriptor = z.infer<typeof descriptorSchema>;

const artifactManifestSchema = z.looseObject({
  mediaType: z.optional(z.string()),
  artifactType: z.optional(z.string()),
  config: z.optional(descriptorSchema),
  layers: z.optional(z.nullable(z.array(descriptorSchema))),
  manifests: z.optional(z.nullable(z.array(descriptorSchema))),
  subject: z.optional(descriptorSchema),
  annotations: z.optional(z.nullable(z.record(z.string(), z.string()))),
});
export type ArtifactManifest = z.infer<typeof artifactManifestSchema>;

/** Signature, attestation and SBOM artifact types worth fetching; everything else a referrers listing names is ignored. */
export const ARTIFACT_TYPES = {
  cosignSignature: "application/vnd.dev.cosign.artifact.sig.v1+json",
  cosignAttestation: "application/vnd.dev.cosign.artifact.att.v1+json",
  notation: "application/vnd.cncf.notary.signature",
  empty: "application/vnd.oci.empty.v1+json",
  inToto: "application/vnd.in-toto+json",
  dsse: "application/vnd.dsse.envelope.v1+json",
  simpleSigning: "application/vnd.dev.cosign.simplesigning.v1+json",
  spdx: "application/spdx+json",
  cyclonedx: "application/vnd.cyclonedx+json",
} as const;

export function isSigstoreBundleType(type: string | undefined): boolean {
  return type !== undefined && type.startsWith("application/vnd.dev.sigstore.bundle");
}

function interesting(type: string | undefined): boolean {
  if (type === undefined || type === ARTIFACT_TYPES.empty) return true; // cosign ≥2.5 listed bundles as empty (sigstore/cosign#4422): look inside.
  return isSigstoreBundleType(type) || Object.values(ARTIFACT_TYPES).includes(type as never) || type.startsWith("application/vnd.cyclonedx");
}

/** Largest signature, bundle or attestation blob read; an SBOM larger than this is reported as unreadable. */
const MAX_ARTIFACT_BYTES = 32 * 1024 * 1024;

/** An attached blob over MAX_ARTIFACT_BYTES: not read. */
export class ArtifactTooLarge extends GateError {}

/** One manifest attached to an image, with a way to read its blobs (verified against their descriptors). */
export interface FoundArtifact {
  /** The digest it was found for (the digest a payload must name). */
  subject: string;
  discovery: Discovery;
  /** A tag, or `sha256:…` of the artifact manifest. */
  where: string;
  manifestDigest: string;
  manifest: ArtifactManifest;
  /** The manifest's own bytes (some signatures cover them). */
  readBlob(descriptor: ArtifactDescriptor): Promise<Buffer>;
}

function parseManifest(bytes: Buffer | string, label: string): ArtifactManifest {
  return parseDocument(artifactManifestSchema, typeof bytes === "string" ? bytes : bytes.toString("utf8"), label);
}

/** `sha256:abc…` → `sha256-abc…`, the tag schema of the distribution spec and of cosign. */
function digestTag(digest: string): string {
  return digest.replace(":", "-");
}

/** Reads signatures and attestations from a registry for a set of digests. */
export class RegistryArtifacts {
  /** Per digest: how referrers were found, for the report. */
  readonly referrersMode = new Map<string, "api" | "tag">();

  constructor(private readonly client: RegistryClient) {}

  get label(): string {
    return this.client.label;
  }

  // Read up to the cap rather than the descriptor's size: bytes that differ from the descriptor are
  // then a digest mismatch (tampering, judged) instead of an aborted read.
  private readBlob = (descriptor: ArtifactDescriptor): Promise<Buffer> => {
    if (descriptor.size > MAX_ARTIFACT_BYTES)
      return Promise.reject(new ArtifactTooLarge(`blob ${descriptor.digest} is ${descriptor.size} bytes, larger than ${MAX_ARTIFACT_BYTES}`));
    return this.client.blobBytes(descriptor.digest, MAX_ARTIFACT_BYTES).catch((error: unknown) => {
      throw error instanceof GateError && / larger than /.test(error.message) && !(error instanceof BlobDigestMismatch)
        ? new ArtifactTooLarge(error.message)
        : error;
    });
  };

  private async fetch(subject: string, discovery: Discovery, ref: string, where: string): Promise<FoundArtifact | undefined> {
    const found = await this.client.optionalManifest(ref);
    if (!found) return undefined;
    const manifest = parseManifest(found.bytes, `${this.label}: ${where}`);
    return { subject, discovery, where, manifestDigest: found.digest, manifest, readBlob: this.readBlob };
  }

  /** The referrers of a digest: the API, its pages, then the tag fallback when the registry has no API. */
  async referrers(digest: string): Promise<ArtifactDescriptor[]> {
    const descriptors: ArtifactDescriptor[] = [];
    let path: string | undefined = this.client.referrersPath(digest);
    for (let page = 0; path !== undefined; page++) {
      if (page >= 100) throw new GateError(`${this.label}: more than 100 pages of referrers for ${digest}`);
      const answer = await this.client.referrersPage(path);
      if (page === 0 && [400, 404, 405, 406].includes(answer.status)) {
        // No referrers API (CNCF distribution, Docker Hub, GHCR): the referrers tag schema.
        this.referrersMode.set(digest, "tag");
        const fallback = await this.client.optionalManifest(digestTag(digest));
        if (!fallback) return [];
        const index = parseManifest(fallback.bytes, `${this.label}: referrers tag ${digestTag(digest)}`);
        // Not an index: the spec says to assume there are no referrers.
        return (index.manifests ?? []).filter((entry) => interesting(entry.artifactType));
      }
      if (answer.status === 403) throw new GateError(`${this.label}: access denied to the referrers of ${digest} (403)`);
      if (answer.status !== 200) throw new GateError(`${this.label}: the registry answered ${answer.status} listing the referrers of ${digest}`);
      this.referrersMode.set(digest, "api");
      const index = parseManifest(answer.body, `${this.label}: referrers of ${digest}`);
      // Registries may ignore ?artifactType= (OCI-Filters-Applied absent): always filter here.
      descriptors.push(...(index.manifests ?? []).filter((entry) => interesting(entry.artifactType)));
      path = nextLink(answer.link, (target) => {
        const next = this.client.sameHostPath(target);
        if (next === undefined) throw new GateError(`${this.label}: the referrers Link header points to another host (${target.slice(0, 100)})`);
        return next;
      });
    }
    return descriptors;
  }

  /** Everything attached to these digests: referrers (API or tag) and cosign's legacy tags. */
  async discover(digests: string[], what: { signatures: boolean; attestations: boolean }): Promise<FoundArtifact[]> {
    const found: FoundArtifact[] = [];
    for (const digest of digests) {
      const seen = new Set<string>();
      for (const entry of await this.referrers(digest)) {
        if (seen.has(entry.digest)) continue;
        seen.add(entry.digest);
        const mode = this.referrersMode.get(digest) === "api" ? "referrers-api" : "referrers-tag";
        const artifact = await this.fetch(digest, mode, entry.digest, entry.digest);
        if (artifact) found.push(artifact);
      }
      const suffixes = [...(what.signatures ? [".sig"] : []), ...(what.attestations ? [".att"] : [])];
      for (const suffix of suffixes) {
        const tag = `${digestTag(digest)}${suffix}`;
        const artifact = await this.fetch(digest, "cosign-tag", tag, tag);
        if (artifact) found.push(artifact);
      }
    }
    return found;
  }

  /** BuildKit attestation manifests in an image index (`vnd.docker.reference.type: attestation-manifest`). */
  async indexAttestations(indexDigest: string): Promise<FoundArtifact[]> {
    const index = await this.client.optionalManifest(indexDigest);
    if (!index) return [];
    const parsed = parseManifest(index.bytes, `${this.label}: index ${indexDigest}`);
    const found: FoundArtifact[] = [];
    for (const entry of parsed.manifests ?? []) {
      if (entry.annotations?.["vnd.docker.reference.type"] !== "attestation-manifest") continue;
      const subject = entry.annotations["vnd.docker.reference.digest"] ?? "";
      const artifact = await this.fetch(subject, "image-index", entry.digest, entry.digest);
      if (artifact) found.push(artifact);
    }
    return found;
  }

  /** Annotations of a manifest (for `org.opencontainers.image.base.*`). */
  async manifestAnnotations(digest: string): Promise<Record<string, string>> {
    const found = await this.client.optionalManifest(digest);
    if (!found) return {};
    return parseManifest(found.bytes, `${this.label}: manifest ${digest}`).annotations ?? {};
  }
}

/** Picks the `rel="next"` target of a Link header. */
function nextLink(header: string | undefined, resolve: (target: string) => string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /\brel\s*=\s*"?next"?/i.test(match[2]!)) return resolve(match[1]!);
  }
  return undefined;
}

const COSIGN_KIND = "kind";

/**
 * An OCI image layout read from disk (oci:, oci-archive:): `cosign save` puts signature and
 * attestation manifests in index.json (annotated `kind: dev.cosignproject.cosign/sigs|atts`), a
 * copy of the registry tags keeps `sha256-<hex>.sig` names, and buildx's oci exporter keeps its
 * attestation manifests in the image index.
 */
export class LayoutArtifacts {
  constructor(private readonly store: BlobStore) {}

  get label(): string {
    return this.store.label;
  }

  private async readVerified(digest: string, limit: number): Promise<Buffer> {
    const name = `blobs/${digest.replace(":", "/")}`;
    if (!this.store.has(name)) throw new GateError(`${this.label}: ${name} is missing`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.store.open(name)) {
      size += chunk.length;
      if (size > limit) throw new ArtifactTooLarge(`${this.label}: ${name} is larger than ${limit} bytes`);
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    const actual = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    if (actual !== digest) throw new BlobDigestMismatch(`${this.label}: ${name} does not match its digest (got ${actual})`);
    return bytes;
  }

  private readBlob = (descriptor: ArtifactDescriptor): Promise<Buffer> => this.readVerified(descriptor.digest, MAX_ARTIFACT_BYTES);

  private async manifestAt(entry: { digest: string }): Promise<{ manifest: ArtifactManifest; digest: string } | undefined> {
    if (!this.store.has(`blobs/${entry.digest.replace(":", "/")}`)) return undefined;
    const bytes = await this.readVerified(entry.digest, MAX_DOCUMENT_BYTES);
    return { manifest: parseManifest(bytes, `${this.label}: manifest ${entry.digest}`), digest: entry.digest };
  }

  /** Everything attached to the layout's image; `judged` names the image when the layout does not say. */
  async discover(judged: string[]): Promise<FoundArtifact[]> {
    const text = await this.store.read("index.json");
    const top = parseManifest(text, `${this.label}: index.json`);
    // cosign save: the layout holds one image (or index), which its sigs and atts belong to.
    const cosignImage = (top.manifests ?? []).find((entry) =>
      /^dev\.cosignproject\.cosign\/image(?:Index)?$/.test(entry.annotations?.[COSIGN_KIND] ?? ""),
    )?.digest;
    const fallbackSubject = cosignImage ?? judged[0] ?? "";
    const found: FoundArtifact[] = [];
    const visit = async (entries: ArtifactDescriptor[], depth: number): Promise<void> => {
      for (const entry of entries) {
        const annotations = entry.annotations ?? {};
        const kind = annotations[COSIGN_KIND];
        const refName = annotations["org.opencontainers.image.ref.name"] ?? "";
        const tagged = /^sha256-([0-9a-f]{64})(\.sig|\.att)?$/.exec(refName);
        const attestation = annotations["vnd.docker.reference.type"] === "attestation-manifest";
        const cosign = kind === "dev.cosignproject.cosign/sigs" || kind === "dev.cosignproject.cosign/atts";
        if (attestation || cosign || tagged || (entry.artifactType !== undefined && interesting(entry.artifactType))) {
          const read = await this.manifestAt(entry);
          if (!read) continue;
          const subject = attestation
            ? (annotations["vnd.docker.reference.digest"] ?? "")
            : tagged
              ? `sha256:${tagged[1]}`
              : (read.manifest.subject?.digest ?? fallbackSubject);
          found.push({
            subject,
            discovery: attestation ? "image-index" : "oci-layout",
            where: refName || read.digest,
            manifestDigest: read.digest,
            manifest: read.manifest,
            readBlob: this.readBlob,
          });
          continue;
        }
        if (
          depth < 4 &&
          (entry.mediaType === "application/vnd.oci.image.index.v1+json" || entry.mediaType === "application/vnd.docker.distribution.manifest.list.v2+json")
        ) {
          const nested = await this.manifestAt(entry);
          if (nested) await visit(nested.manifest.manifests ?? [], depth + 1);
        }
      }
    };
    await visit(top.manifests ?? [], 0);
    return found;
  }

  /** Annotations of a manifest in the layout. */
  async manifestAnnotations(digest: string): Promise<Record<string, string>> {
    const read = await this.manifestAt({ digest });
    return read?.manifest.annotations ?? {};
  }
}
