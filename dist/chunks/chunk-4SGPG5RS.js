import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  GateError,
  jsonProblem
} from "./chunk-MSQ75MTB.js";
import {
  array,
  boolean,
  int,
  looseObject,
  nullable,
  number,
  optional,
  record,
  string,
  unknown
} from "./chunk-LRSFJNTU.js";
import {
  _gte,
  _regex
} from "./chunk-PE4PBRI4.js";

// src/image/documents.ts
var digest = string().check(_regex(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/, "expected a digest such as sha256:<hex>"));
var platformSchema = looseObject({
  architecture: string(),
  os: string(),
  variant: optional(string())
});
var descriptorSchema = looseObject({
  mediaType: optional(string()),
  digest,
  size: int().check(_gte(0)),
  platform: optional(platformSchema),
  annotations: optional(nullable(record(string(), string()))),
  urls: optional(nullable(array(string())))
});
var indexSchema = looseObject({
  schemaVersion: optional(number()),
  mediaType: optional(string()),
  // Docker 25.0.0-25.0.2 wrote "manifests": null (moby#47210).
  manifests: nullable(array(descriptorSchema))
});
var manifestSchema = looseObject({
  schemaVersion: optional(number()),
  mediaType: optional(string()),
  config: descriptorSchema,
  // Docker 25 could write a manifest with no layers (moby#47065).
  layers: nullable(array(descriptorSchema))
});
var dockerSaveManifestSchema = array(
  looseObject({
    Config: string(),
    RepoTags: optional(nullable(array(string()))),
    Layers: array(string())
  })
);
var stringArray = optional(nullable(array(string())));
var imageConfigSchema = looseObject({
  architecture: optional(string()),
  os: optional(string()),
  variant: optional(string()),
  config: optional(
    nullable(
      looseObject({
        User: optional(string()),
        Env: stringArray,
        Labels: optional(nullable(record(string(), string()))),
        ExposedPorts: optional(nullable(record(string(), unknown()))),
        Healthcheck: optional(nullable(looseObject({ Test: stringArray }))),
        Volumes: optional(nullable(record(string(), unknown()))),
        Entrypoint: stringArray,
        Cmd: stringArray,
        WorkingDir: optional(string())
      })
    )
  ),
  rootfs: looseObject({ type: optional(string()), diff_ids: array(digest) }),
  history: optional(
    nullable(
      array(
        looseObject({
          created: optional(string()),
          created_by: optional(string()),
          comment: optional(string()),
          empty_layer: optional(boolean())
        })
      )
    )
  )
});
var MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
var MAX_LAYERS = 1e3;
function parseDocument(schema, text, label) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${label}: not valid JSON (${jsonProblem(error)})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.map((part) => typeof part === "number" ? `[${part}]` : `.${String(part)}`).join("").replace(/^\./, "");
    const problem = issue.code === "invalid_type" ? `expected ${issue.expected}` : issue.message;
    throw new GateError(`${label}: ${field || "document"}: ${problem}`);
  }
  return result.data;
}
var MEDIA_TYPES = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json"
};
function isIndexMediaType(mediaType) {
  return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}
function isManifestMediaType(mediaType) {
  return mediaType === MEDIA_TYPES.ociManifest || mediaType === MEDIA_TYPES.dockerManifest;
}
function platformOf(descriptor) {
  const platform = descriptor.platform;
  if (!platform) return void 0;
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function isAttestation(descriptor) {
  return descriptor.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || descriptor.platform?.os === "unknown";
}
function platformMatches(wanted, actual) {
  if (actual === void 0) return true;
  const [os, arch, variant] = wanted.split("/");
  const [actualOs, actualArch, actualVariant] = actual.split("/");
  return os === actualOs && arch === actualArch && (variant === void 0 || variant === actualVariant);
}
function layerKind(mediaType) {
  if (mediaType === void 0) return "layer";
  if (/^application\/vnd\.(?:oci\.image\.layer\.nondistributable\.v1\.tar|docker\.image\.rootfs\.foreign\.diff\.tar)/.test(mediaType)) return "foreign";
  if (/^application\/vnd\.(?:oci\.image\.layer\.v1\.tar|docker\.image\.rootfs\.diff\.tar)(?:\+gzip|\+zstd|\.gzip|\.zstd)?$/.test(mediaType)) return "layer";
  return "unknown";
}

export {
  indexSchema,
  manifestSchema,
  dockerSaveManifestSchema,
  imageConfigSchema,
  MAX_DOCUMENT_BYTES,
  MAX_LAYERS,
  parseDocument,
  MEDIA_TYPES,
  isIndexMediaType,
  isManifestMediaType,
  platformOf,
  isAttestation,
  platformMatches,
  layerKind
};
