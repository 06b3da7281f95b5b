/**
 * cosign's simple-signing signatures (the legacy `.sig` manifests, also stored as referrers): each
 * layer is a payload naming the signed digest, with its signature (and, keyless, its certificate
 * and Rekor bundle) in the layer's annotations. The payload must name exactly the digest the
 * signature was found for; `docker-reference` is not compared (signatures follow images to mirrors).
 */

import { createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from "node:crypto";
import { firstLine } from "../errors.ts";
import type { ArtifactDescriptor } from "./discover.ts";
import type { SignatureStatus } from "./model.ts";
import type { LoadedSigners } from "./signers.ts";
import { legacyCosignBundle, verifyBundle } from "./sigstore.ts";

export const COSIGN_ANNOTATIONS = {
  signature: "dev.cosignproject.cosign/signature",
  certificate: "dev.sigstore.cosign/certificate",
  chain: "dev.sigstore.cosign/chain",
  bundle: "dev.sigstore.cosign/bundle",
} as const;

export interface LayerOutcome {
  status: SignatureStatus;
  signedBy?: string;
  reason: string;
}

/** The digest a simple-signing payload names, or a reason it names none. */
export function simpleSigningDigest(payload: Buffer): { digest: string } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString("utf8"));
  } catch (error) {
    return { error: `the payload is not JSON (${firstLine(error)})` };
  }
  const critical = (parsed as { critical?: { image?: Record<string, unknown>; type?: unknown } } | null)?.critical;
  const digest = critical?.image?.["docker-manifest-digest"];
  if (typeof digest !== "string") return { error: "the payload has no critical.image.docker-manifest-digest" };
  if (critical?.type !== "cosign container image signature")
    return { error: `the payload's critical.type is ${JSON.stringify(critical?.type)}, not a cosign container image signature` };
  return { digest };
}

/** Verifies a raw signature over the payload with a key, dispatching on the key type as cosign does. */
function verifyWithKey(payload: Buffer, signature: Buffer, key: KeyObject): boolean {
  try {
    return cryptoVerify(key.asymmetricKeyType === "ed25519" ? null : "sha256", payload, key, signature);
  } catch {
    return false;
  }
}

/** Judges one simple-signing layer whose payload has been read and names the right digest. */
export function verifySimpleSigningLayer(layer: ArtifactDescriptor, payload: Buffer, signers: LoadedSigners): LayerOutcome {
  const annotations = layer.annotations ?? {};
  const encoded = annotations[COSIGN_ANNOTATIONS.signature];
  if (!encoded) return { status: "invalid", reason: "the layer carries no signature annotation" };
  const signature = Buffer.from(encoded, "base64");
  const certificatePem = annotations[COSIGN_ANNOTATIONS.certificate];

  if (certificatePem) {
    let certificateKey: KeyObject;
    try {
      certificateKey = createPublicKey(certificatePem);
    } catch {
      return { status: "invalid", reason: "the certificate it carries cannot be read" };
    }
    if (!verifyWithKey(payload, signature, certificateKey))
      return { status: "invalid", reason: "the signature does not verify against the certificate it carries" };
    // A certificate for a listed key (cosign sign --key with --cert) is a key signature.
    const listed = signers.keys.find((candidate) => candidate.key.equals(certificateKey));
    if (listed) return { status: "verified", signedBy: `key ${listed.name}`, reason: `verified with cosign-key ${listed.name}` };
    try {
      const fields: Parameters<typeof legacyCosignBundle>[0] = {
        signature: encoded,
        certificatePem,
        payloadDigest: createHash("sha256").update(payload).digest(),
      };
      const rekorBundle = annotations[COSIGN_ANNOTATIONS.bundle];
      if (rekorBundle !== undefined) fields.rekorBundle = rekorBundle;
      return verifyBundle(legacyCosignBundle(fields), payload, signers);
    } catch (error) {
      return { status: "invalid", reason: `its keyless material cannot be read (${firstLine(error)})` };
    }
  }

  if (signers.keys.length === 0) return { status: "untrusted", signedBy: "a public key", reason: "signed with a key, and the policy lists no cosign-key" };
  const match = signers.keys.find((candidate) => verifyWithKey(payload, signature, candidate.key));
  if (match) return { status: "verified", signedBy: `key ${match.name}`, reason: `verified with cosign-key ${match.name}` };
  return {
    status: "untrusted",
    signedBy: "a key the policy does not list",
    reason: `no listed cosign-key (${signers.keys.map((key) => key.name).join(", ")}) verifies it`,
  };
}
