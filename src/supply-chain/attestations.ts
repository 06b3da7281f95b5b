/**
 * Reads the in-toto statements attached to an image: BuildKit attestation manifests (plain
 * statements, one per layer), cosign attestations (DSSE envelopes), Sigstore bundles carrying
 * DSSE (GitHub's attest-build-provenance with push-to-registry), and SBOM documents pushed as
 * referrers. Records each statement's predicate type and subject; and the base image, from the
 * manifest annotations, the config labels or the provenance materials.
 */

import { firstLine } from "../errors.ts";
import { BlobDigestMismatch } from "../image/registry.ts";
import { ImageReferenceError, parseImageReference } from "../reference/image.ts";
import { ARTIFACT_TYPES, ArtifactTooLarge, isSigstoreBundleType, type ArtifactDescriptor, type FoundArtifact } from "./discover.ts";
import type { AttestationKind, AttestationRecord, BaseImageRecord } from "./model.ts";
import { COSIGN_SIGN_PREDICATE, statementOf } from "./signatures.ts";

function attestationKind(predicateType: string): AttestationKind {
  if (predicateType.startsWith("https://spdx.dev/Document") || predicateType.startsWith("https://cyclonedx.org/bom")) return "sbom";
  if (predicateType === "https://slsa.dev/provenance/v0.2" || predicateType === "https://slsa.dev/provenance/v1") return "provenance";
  if (predicateType === COSIGN_SIGN_PREDICATE) return "signature";
  return "other";
}

interface Statement {
  predicateType: string;
  subjects: string[];
  predicate: unknown;
}

function parseStatement(payload: Buffer): Statement {
  const parsed = statementOf(payload);
  return { ...parsed, predicate: (JSON.parse(payload.toString("utf8")) as { predicate?: unknown }).predicate };
}

/** The statement inside a layer, whatever wraps it. */
function statementIn(layer: ArtifactDescriptor, bytes: Buffer): { statement: Statement; enveloped: boolean } | undefined {
  if (layer.mediaType === ARTIFACT_TYPES.inToto) return { statement: parseStatement(bytes), enveloped: false };
  if (layer.mediaType === ARTIFACT_TYPES.dsse) {
    const envelope = JSON.parse(bytes.toString("utf8")) as { payload?: string };
    return { statement: parseStatement(Buffer.from(envelope.payload ?? "", "base64")), enveloped: true };
  }
  if (isSigstoreBundleType(layer.mediaType)) {
    const bundle = JSON.parse(bytes.toString("utf8")) as { dsseEnvelope?: { payload?: string } };
    if (!bundle.dsseEnvelope) return undefined;
    return { statement: parseStatement(Buffer.from(bundle.dsseEnvelope.payload ?? "", "base64")), enveloped: true };
  }
  return undefined;
}

export interface AttestationReading {
  records: AttestationRecord[];
  /** Provenance statements whose subject is the image, for the base image. */
  provenance: unknown[];
}

/** Reads every statement attached to the image; `judged` are the digests a subject may name. */
export async function readAttestations(artifacts: FoundArtifact[], judged: string[]): Promise<AttestationReading> {
  const records: AttestationRecord[] = [];
  const provenance: unknown[] = [];
  for (const artifact of artifacts) {
    const manifest = artifact.manifest;
    const sbomType = manifest.artifactType === ARTIFACT_TYPES.spdx || manifest.artifactType?.startsWith(ARTIFACT_TYPES.cyclonedx);
    if (sbomType) {
      // An SBOM document pushed as a referrer: its subject is the manifest's.
      const subjects = manifest.subject ? [manifest.subject.digest] : [artifact.subject];
      records.push({
        kind: "sbom",
        predicateType: manifest.artifactType!,
        discovery: artifact.discovery,
        where: artifact.where,
        subjects,
        matches: subjects.some((subject) => judged.includes(subject)),
        enveloped: false,
      });
      continue;
    }
    for (const layer of manifest.layers ?? []) {
      if (layer.mediaType !== ARTIFACT_TYPES.inToto && layer.mediaType !== ARTIFACT_TYPES.dsse && !isSigstoreBundleType(layer.mediaType)) continue;
      const hinted = layer.annotations?.["in-toto.io/predicate-type"] ?? manifest.annotations?.["dev.sigstore.bundle.predicateType"] ?? "";
      let bytes: Buffer;
      try {
        bytes = await artifact.readBlob(layer);
      } catch (error) {
        if (!(error instanceof BlobDigestMismatch) && !(error instanceof ArtifactTooLarge)) throw error;
        records.push({
          kind: attestationKind(hinted),
          predicateType: hinted,
          discovery: artifact.discovery,
          where: artifact.where,
          subjects: [],
          matches: false,
          enveloped: false,
          unreadable: error instanceof BlobDigestMismatch ? "its blob does not match its descriptor" : firstLine(error),
        });
        continue;
      }
      let found;
      try {
        found = statementIn(layer, bytes);
      } catch (error) {
        records.push({
          kind: attestationKind(hinted),
          predicateType: hinted,
          discovery: artifact.discovery,
          where: artifact.where,
          subjects: [],
          matches: false,
          enveloped: false,
          unreadable: `not an in-toto statement (${firstLine(error)})`,
        });
        continue;
      }
      if (!found) continue;
      const { statement, enveloped } = found;
      const matches = statement.subjects.some((subject) => judged.includes(subject));
      const kind = attestationKind(statement.predicateType);
      if (kind === "signature") continue;
      records.push({
        kind,
        predicateType: statement.predicateType,
        discovery: artifact.discovery,
        where: artifact.where,
        subjects: statement.subjects,
        matches,
        enveloped,
      });
      if (kind === "provenance" && matches) provenance.push(statement.predicate);
    }
  }
  return { records, provenance };
}

/** `pkg:docker/library/alpine@3.19?repository_url=…` → a normalized image name, or undefined. */
export function dockerPurlName(uri: string): string | undefined {
  const match = /^pkg:docker\/([^@?#]+)(?:@([^?#]+))?(?:\?([^#]*))?/.exec(uri);
  if (!match) return undefined;
  const path = decodeURIComponent(match[1]!);
  const version = match[2] ? decodeURIComponent(match[2]) : undefined;
  const qualifiers = new URLSearchParams(match[3] ?? "");
  const registry = qualifiers.get("repository_url");
  const text = `${registry ? `${registry.replace(/\/+$/, "")}/${path.split("/").pop()}` : path}${version ? (version.includes(":") ? `@${version}` : `:${version}`) : ""}`;
  try {
    return parseImageReference(text).normalized;
  } catch (error) {
    if (error instanceof ImageReferenceError) return undefined;
    throw error;
  }
}

/** Image materials of SLSA v1 (`resolvedDependencies`) and v0.2 (`materials`) provenance. */
function imageMaterials(predicate: unknown): Array<{ name: string; digest?: string }> {
  const record = (predicate ?? {}) as { buildDefinition?: { resolvedDependencies?: unknown }; materials?: unknown };
  const entries = [record.buildDefinition?.resolvedDependencies, record.materials].flatMap((list) => (Array.isArray(list) ? list : []));
  const images: Array<{ name: string; digest?: string }> = [];
  for (const entry of entries as Array<{ uri?: unknown; digest?: { sha256?: unknown } }>) {
    if (typeof entry?.uri !== "string") continue;
    const name = dockerPurlName(entry.uri);
    if (!name) continue;
    const digest = typeof entry.digest?.sha256 === "string" ? `sha256:${entry.digest.sha256}` : undefined;
    if (!images.some((image) => image.name === name && image.digest === digest)) images.push(digest ? { name, digest } : { name });
  }
  return images;
}

/**
 * The base image: the manifest's `org.opencontainers.image.base.*` annotations (buildah, crane,
 * Docker Official Images), else the config labels of the same name, else the provenance's image
 * materials (BuildKit does not write the annotations; with several images, the final FROM picks).
 */
export function baseImageOf(
  annotations: Record<string, string>,
  labels: Record<string, string>,
  provenance: unknown[],
  finalFrom?: string,
): BaseImageRecord | undefined {
  for (const [source, fields] of [
    ["annotations", annotations],
    ["labels", labels],
  ] as const) {
    const name = fields["org.opencontainers.image.base.name"];
    const digest = fields["org.opencontainers.image.base.digest"];
    if (name || digest) {
      const record: BaseImageRecord = { source };
      if (name) record.name = name;
      if (digest) record.digest = digest;
      return record;
    }
  }
  const images = provenance.flatMap(imageMaterials);
  if (images.length === 0) return undefined;
  const repositoryOf = (name: string) => {
    try {
      return parseImageReference(name).repository;
    } catch {
      return name;
    }
  };
  const chosen = images.length === 1 ? images[0] : finalFrom ? images.find((image) => repositoryOf(image.name) === repositoryOf(finalFrom)) : undefined;
  if (chosen) return { source: "provenance", name: chosen.name, ...(chosen.digest ? { digest: chosen.digest } : {}) };
  return { source: "provenance", candidates: images.map((image) => (image.digest ? `${image.name.replace(/@.*$/, "")}@${image.digest}` : image.name)) };
}
