/**
 * Schemas for the JSON documents an image is made of (OCI index and manifest, Docker manifest
 * list, `docker save`'s manifest.json, the image config). Unknown fields are allowed (the specs
 * say so); wrong types are errors that name the document and the field.
 */

import * as z from "zod/mini";
import { GateError, jsonProblem } from "../errors.ts";

const digest = z.string().check(z.regex(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/, "expected a digest such as sha256:<hex>"));

export const platformSchema = z.looseObject({
  architecture: z.string(),
  os: z.string(),
  variant: z.optional(z.string()),
});

export const descriptorSchema = z.looseObject({
  mediaType: z.optional(z.string()),
  digest,
  size: z.int().check(z.gte(0)),
  platform: z.optional(platformSchema),
  annotations: z.optional(z.nullable(z.record(z.string(), z.string()))),
  urls: z.optional(z.nullable(z.array(z.string()))),
});
export type Descriptor = z.infer<typeof descriptorSchema>;

export const indexSchema = z.looseObject({
  schemaVersion: z.optional(z.number()),
  mediaType: z.optional(z.string()),
  // Docker 25.0.0-25.0.2 wrote "manifests": null (moby#47210).
  manifests: z.nullable(z.array(descriptorSchema)),
});

export const manifestSchema = z.looseObject({
  schemaVersion: z.optional(z.number()),
  mediaType: z.optional(z.string()),
  config: descriptorSchema,
  // Docker 25 could write a manifest with no layers (moby#47065).
  layers: z.nullable(z.array(descriptorSchema)),
});

export const dockerSaveManifestSchema = z.array(
  z.looseObject({
    Config: z.string(),
    RepoTags: z.optional(z.nullable(z.array(z.string()))),
    Layers: z.array(z.string()),
  }),
);

const stringArray = z.optional(z.nullable(z.array(z.string())));

export const imageConfigSchema = z.looseObject({
  architecture: z.optional(z.string()),
  os: z.optional(z.string()),
  variant: z.optional(z.string()),
  config: z.optional(
    z.nullable(
      z.looseObject({
        User: z.optional(z.string()),
        Env: stringArray,
        Labels: z.optional(z.nullable(z.record(z.string(), z.string()))),
        ExposedPorts: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
        Healthcheck: z.optional(z.nullable(z.looseObject({ Test: stringArray }))),
        Volumes: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
        Entrypoint: stringArray,
        Cmd: stringArray,
        WorkingDir: z.optional(z.string()),
      }),
    ),
  ),
  rootfs: z.looseObject({ type: z.optional(z.string()), diff_ids: z.array(digest) }),
  history: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          created: z.optional(z.string()),
          created_by: z.optional(z.string()),
          comment: z.optional(z.string()),
          empty_layer: z.optional(z.boolean()),
        }),
      ),
    ),
  ),
});
export type RawImageConfig = z.infer<typeof imageConfigSchema>;

/**
 * JSON documents larger than this are not image metadata (configs and manifests are kilobytes;
 * an index of hundreds of platforms a few hundred). Parsed, a document takes many times its
 * size in memory: 8 MiB of labels held 250 MB.
 */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

/** More layers than any runtime can mount (Docker stops at 125): not an image to run, and each costs a walk. */
export const MAX_LAYERS = 1000;

/** Parses and validates one JSON document; `label` names it in errors. */
export function parseDocument<T>(schema: z.ZodMiniType<T>, text: string, label: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${label}: not valid JSON (${jsonProblem(error)})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path
      .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
      .join("")
      .replace(/^\./, "");
    const problem = issue.code === "invalid_type" ? `expected ${issue.expected}` : issue.message;
    throw new GateError(`${label}: ${field || "document"}: ${problem}`);
  }
  return result.data;
}

export const MEDIA_TYPES = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
} as const;

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}

export function isManifestMediaType(mediaType: string | undefined): boolean {
  return mediaType === MEDIA_TYPES.ociManifest || mediaType === MEDIA_TYPES.dockerManifest;
}

/** `os/arch[/variant]` of an index entry, when it names one. */
export function platformOf(descriptor: Descriptor): string | undefined {
  const platform = descriptor.platform;
  if (!platform) return undefined;
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/** BuildKit attestation manifests (provenance, SBOM) sit in an index as `unknown/unknown`: never a platform. */
export function isAttestation(descriptor: Descriptor): boolean {
  return descriptor.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || descriptor.platform?.os === "unknown";
}

/** `linux/arm64` matches `linux/arm64/v8`; an entry without a platform matches anything. */
export function platformMatches(wanted: string, actual: string | undefined): boolean {
  if (actual === undefined) return true;
  const [os, arch, variant] = wanted.split("/");
  const [actualOs, actualArch, actualVariant] = actual.split("/");
  return os === actualOs && arch === actualArch && (variant === undefined || variant === actualVariant);
}

/** Layer media types we read; foreign and non-distributable layers may be absent from the blob store. */
export function layerKind(mediaType: string | undefined): "layer" | "foreign" | "unknown" {
  if (mediaType === undefined) return "layer";
  if (/^application\/vnd\.(?:oci\.image\.layer\.nondistributable\.v1\.tar|docker\.image\.rootfs\.foreign\.diff\.tar)/.test(mediaType)) return "foreign";
  if (/^application\/vnd\.(?:oci\.image\.layer\.v1\.tar|docker\.image\.rootfs\.diff\.tar)(?:\+gzip|\+zstd|\.gzip|\.zstd)?$/.test(mediaType)) return "layer";
  return "unknown";
}
