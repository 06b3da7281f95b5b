/**
 * Turns the artifacts attached to an image into signature verdicts: cosign simple signing (one
 * signature per layer), Sigstore bundles (message signatures, and DSSE envelopes carrying cosign's
 * `https://sigstore.dev/cosign/sign/v1` statement) and Notation envelopes. Attestation bundles
 * (provenance, SBOM) are not signatures; the attestation source reads them.
 */

import { BlobDigestMismatch } from "../image/registry.ts";
import { COSIGN_ANNOTATIONS, simpleSigningDigest, verifySimpleSigningLayer, type LayerOutcome } from "./cosign.ts";
import { ARTIFACT_TYPES, ArtifactTooLarge, isSigstoreBundleType, type ArtifactDescriptor, type FoundArtifact } from "./discover.ts";
import type { SignatureVerdict } from "./model.ts";
import { NOTATION_MEDIA_TYPES, verifyNotationEnvelope } from "./notation.ts";
import type { LoadedSigners } from "./signers.ts";
import { parseBundle, verifyBundle } from "./sigstore.ts";
import { firstLine } from "../errors.ts";

export const COSIGN_SIGN_PREDICATE = "https://sigstore.dev/cosign/sign/v1";

/** The manifest bytes of a judged digest, for message signatures over the manifest itself. */
export type ManifestReader = (digest: string) => Promise<Buffer | undefined>;

function isNotation(artifact: FoundArtifact): boolean {
  return artifact.manifest.artifactType === ARTIFACT_TYPES.notation || artifact.manifest.config?.mediaType === ARTIFACT_TYPES.notation;
}

function bundleLayer(artifact: FoundArtifact): ArtifactDescriptor | undefined {
  return (artifact.manifest.layers ?? []).find((layer) => isSigstoreBundleType(layer.mediaType));
}

/** Reads a blob; a blob that does not match its descriptor is tampering, reported as such. */
async function readOrTampered(artifact: FoundArtifact, layer: ArtifactDescriptor): Promise<Buffer | LayerOutcome> {
  try {
    return await artifact.readBlob(layer);
  } catch (error) {
    if (error instanceof BlobDigestMismatch) return { status: "invalid", reason: `its blob ${layer.digest.slice(0, 19)}… does not match its descriptor` };
    if (error instanceof ArtifactTooLarge) return { status: "invalid", reason: `its blob ${layer.digest.slice(0, 19)}… is larger than a signature can be` };
    throw error;
  }
}

/** A DSSE in-toto statement's predicate type and subject digests. */
export function statementOf(payload: Buffer): { predicateType: string; subjects: string[] } {
  const statement = JSON.parse(payload.toString("utf8")) as { predicateType?: unknown; subject?: Array<{ digest?: Record<string, unknown> }> };
  const subjects = (Array.isArray(statement.subject) ? statement.subject : [])
    .map((entry) => entry?.digest?.sha256)
    .filter((hex): hex is string => typeof hex === "string")
    .map((hex) => `sha256:${hex}`);
  return { predicateType: typeof statement.predicateType === "string" ? statement.predicateType : "", subjects };
}

async function judgeBundle(
  artifact: FoundArtifact,
  layer: ArtifactDescriptor,
  signers: LoadedSigners,
  readManifest: ManifestReader,
): Promise<LayerOutcome | undefined> {
  const bytes = await readOrTampered(artifact, layer);
  if (!Buffer.isBuffer(bytes)) return bytes;
  let bundle;
  try {
    bundle = parseBundle(JSON.parse(bytes.toString("utf8")));
  } catch (error) {
    return { status: "invalid", reason: firstLine(error) };
  }
  if (bundle.content.$case === "dsseEnvelope") {
    let statement;
    try {
      statement = statementOf(bundle.content.dsseEnvelope.payload);
    } catch (error) {
      return { status: "invalid", reason: `its DSSE payload is not an in-toto statement (${firstLine(error)})` };
    }
    if (statement.predicateType !== COSIGN_SIGN_PREDICATE) return undefined; // an attestation, not a signature
    if (!statement.subjects.includes(artifact.subject))
      return { status: "invalid", reason: `the signed statement names ${statement.subjects.join(", ") || "no digest"}, not ${artifact.subject}` };
    return verifyBundle(bundle, undefined, signers);
  }
  const signed = `sha256:${bundle.content.messageSignature.messageDigest?.digest.toString("hex") ?? ""}`;
  if (signed !== artifact.subject) return { status: "invalid", reason: `the message signature covers ${signed}, not ${artifact.subject}` };
  const manifest = await readManifest(artifact.subject);
  if (!manifest) return { status: "invalid", reason: `the signed manifest ${artifact.subject} cannot be read` };
  return verifyBundle(bundle, manifest, signers);
}

/** Every signature attached to the image, verified against the policy's signers. */
export async function judgeSignatures(artifacts: FoundArtifact[], signers: LoadedSigners, readManifest: ManifestReader): Promise<SignatureVerdict[]> {
  const verdicts: SignatureVerdict[] = [];
  const add = (artifact: FoundArtifact, format: SignatureVerdict["format"], outcome: LayerOutcome, where = artifact.where) => {
    const verdict: SignatureVerdict = {
      status: outcome.status,
      format,
      subject: artifact.subject,
      discovery: artifact.discovery,
      where,
      reason: outcome.reason,
    };
    if (outcome.signedBy !== undefined) verdict.signedBy = outcome.signedBy;
    verdicts.push(verdict);
  };
  for (const artifact of artifacts) {
    const layers = artifact.manifest.layers ?? [];
    if (isNotation(artifact)) {
      const envelope = layers[0];
      if (!envelope) {
        add(artifact, "notation", { status: "invalid", reason: "the signature manifest has no envelope layer" });
        continue;
      }
      const bytes = await readOrTampered(artifact, envelope);
      if (!Buffer.isBuffer(bytes)) {
        add(artifact, "notation", bytes);
        continue;
      }
      add(
        artifact,
        "notation",
        verifyNotationEnvelope(envelope.mediaType ?? NOTATION_MEDIA_TYPES.jws, bytes, artifact.subject, artifact.manifest.subject?.size, signers),
      );
      continue;
    }
    const simpleSigning = layers.filter(
      (layer) => layer.mediaType === ARTIFACT_TYPES.simpleSigning || layer.annotations?.[COSIGN_ANNOTATIONS.signature] !== undefined,
    );
    if (simpleSigning.length > 0) {
      for (const [index, layer] of simpleSigning.entries()) {
        const where = simpleSigning.length > 1 ? `${artifact.where} layer ${index + 1}` : artifact.where;
        const payload = await readOrTampered(artifact, layer);
        if (!Buffer.isBuffer(payload)) {
          add(artifact, "cosign", payload, where);
          continue;
        }
        const named = simpleSigningDigest(payload);
        if ("error" in named) {
          add(artifact, "cosign", { status: "invalid", reason: named.error }, where);
          continue;
        }
        if (named.digest !== artifact.subject) {
          add(artifact, "cosign", { status: "invalid", reason: `the signed payload names ${named.digest}, not ${artifact.subject}` }, where);
          continue;
        }
        add(artifact, "cosign", verifySimpleSigningLayer(layer, payload, signers), where);
      }
      continue;
    }
    const layer = bundleLayer(artifact);
    if (layer) {
      const outcome = await judgeBundle(artifact, layer, signers, readManifest);
      if (outcome) add(artifact, "sigstore-bundle", outcome);
    }
  }
  return verdicts;
}
