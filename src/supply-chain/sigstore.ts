/**
 * Sigstore verification with @sigstore/verify, offline: bundles (v0.1–v0.3, message signatures
 * and DSSE envelopes) and cosign's legacy keyless layers turned into v0.1 bundles. Keyless
 * signatures must chain to a Fulcio CA of the trusted root, carry an SCT and a transparency-log
 * inclusion (promise or proof) from a log of the trusted root; key-based ones need no log.
 */

import { createPublicKey, type KeyObject } from "node:crypto";
import { bundleFromJSON, type Bundle } from "@sigstore/bundle";
import { TrustedRoot } from "@sigstore/protobuf-specs";
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial } from "@sigstore/verify";
import { firstLine } from "../errors.ts";
import { globMatch } from "../glob.ts";
import type { SignatureStatus } from "./model.ts";
import type { LoadedSigners } from "./signers.ts";

export interface SigstoreOutcome {
  status: SignatureStatus;
  signedBy?: string;
  reason: string;
}

const trustCache = new WeakMap<object, TrustMaterial>();

function trustMaterial(signers: LoadedSigners): TrustMaterial {
  let material = trustCache.get(signers.trustedRoot);
  if (!material) {
    material = toTrustMaterial(TrustedRoot.fromJSON(signers.trustedRoot));
    trustCache.set(signers.trustedRoot, material);
  }
  return material;
}

/** Parses a serialized bundle; throws with a one-line reason. */
export function parseBundle(json: unknown): Bundle {
  try {
    return bundleFromJSON(json);
  } catch (error) {
    throw new Error(`malformed Sigstore bundle: ${firstLine(error)}`, { cause: error });
  }
}

function hasCertificate(bundle: Bundle): boolean {
  const content = bundle.verificationMaterial.content;
  return content.$case === "x509CertificateChain" || content.$case === "certificate";
}

/** Verifies a bundle against the policy's cosign keys: the signature alone, no log or timestamp needed. */
function verifyWithKeys(bundle: Bundle, artifact: Buffer | undefined, signers: LoadedSigners): SigstoreOutcome {
  if (signers.keys.length === 0) return { status: "untrusted", signedBy: "a public key", reason: "signed with a key, and the policy lists no cosign-key" };
  // Log entries and timestamps are not required for a key signature; dropping them keeps a private
  // or absent log from failing an otherwise valid signature.
  const keyOnly: Bundle = { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: [], timestampVerificationData: undefined } };
  for (const candidate of signers.keys) {
    const material: TrustMaterial = { ...emptyTrust(), publicKey: () => ({ publicKey: candidate.key, validFor: () => true }) };
    try {
      new Verifier(material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(toSignedEntity(keyOnly, artifact));
      return { status: "verified", signedBy: `key ${candidate.name}`, reason: `verified with cosign-key ${candidate.name}` };
    } catch {
      // Try the next key.
    }
  }
  return {
    status: "untrusted",
    signedBy: "a key the policy does not list",
    reason: `no listed cosign-key (${signers.keys.map((key) => key.name).join(", ")}) verifies it`,
  };
}

function emptyTrust(): TrustMaterial {
  return {
    certificateAuthorities: [],
    timestampAuthorities: [],
    tlogs: [],
    ctlogs: [],
    publicKey: () => {
      throw new Error("no key");
    },
  };
}

/**
 * Verifies a bundle for an image: `artifact` is the signed bytes for a message signature (the
 * simple-signing payload of a legacy cosign layer); DSSE bundles carry their payload.
 */
export function verifyBundle(bundle: Bundle, artifact: Buffer | undefined, signers: LoadedSigners): SigstoreOutcome {
  if (!hasCertificate(bundle)) return verifyWithKeys(bundle, artifact, signers);

  const entity = toSignedEntity(bundle, artifact);
  const key = entity.key;
  if (key.$case === "certificate") {
    // Tampering first: a signature that fails against the certificate it carries is invalid, whoever the policy trusts.
    let certificateKey: KeyObject | undefined;
    try {
      certificateKey = createPublicKey({ key: key.certificate.publicKey, format: "der", type: "spki" });
    } catch {
      return { status: "invalid", reason: "the certificate it carries has no usable public key" };
    }
    if (!entity.signature.verifySignature(certificateKey))
      return {
        status: "invalid",
        signedBy: describeCertificate(key.certificate.subjectAltName),
        reason: "the signature does not verify against the certificate it carries",
      };
  }
  if (signers.keyless.length === 0)
    return {
      status: "untrusted",
      signedBy: describeCertificate(key.$case === "certificate" ? key.certificate.subjectAltName : undefined),
      reason: "a keyless signature, and the policy lists no keyless signer",
    };

  let identity: { san?: string; issuer?: string };
  try {
    const signer = new Verifier(trustMaterial(signers), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }).verify(entity);
    identity = { san: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const who = key.$case === "certificate" ? describeCertificate(key.certificate.subjectAltName) : undefined;
    // A log entry that does not match the signature, or a signature that fails: tampering. A
    // certificate or log the trusted root does not know: not a signer the policy trusts.
    const status: SignatureStatus = code === "SIGNATURE_ERROR" || code === "TLOG_BODY_ERROR" ? "invalid" : "untrusted";
    const outcome: SigstoreOutcome = { status, reason: `Sigstore verification against ${signers.trustedRootSource} failed: ${firstLine(error)}` };
    if (who !== undefined) outcome.signedBy = who;
    return outcome;
  }
  const signedBy = `${identity.san ?? "(no identity)"} (issuer ${identity.issuer ?? "unknown"})`;
  const match = signers.keyless.find(
    (signer) =>
      identity.san !== undefined && identity.issuer !== undefined && globMatch(signer.issuer, identity.issuer) && globMatch(signer.identity, identity.san),
  );
  if (match)
    return { status: "verified", signedBy, reason: `keyless signature by ${signedBy}, matching issuer ${match.issuer} and identity ${match.identity}` };
  return {
    status: "untrusted",
    signedBy,
    reason: `the certificate identity matches none of the ${signers.keyless.length} keyless signer${signers.keyless.length === 1 ? "" : "s"} listed`,
  };
}

function describeCertificate(san: string | undefined): string {
  return san ? `certificate ${san}` : "a certificate";
}

/** The cosign keyless layer annotations turned into a v0.1 bundle (message signature over the payload, Rekor SET as inclusion promise). */
export function legacyCosignBundle(fields: { signature: string; certificatePem: string; rekorBundle?: string; payloadDigest: Buffer }): Bundle {
  const der = Buffer.from(fields.certificatePem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, ""), "base64");
  const tlogEntries: unknown[] = [];
  if (fields.rekorBundle !== undefined) {
    const rekor = JSON.parse(fields.rekorBundle) as {
      SignedEntryTimestamp?: string;
      Payload?: { body?: string; integratedTime?: number; logIndex?: number; logID?: string };
    };
    const payload = rekor.Payload ?? {};
    const body = JSON.parse(Buffer.from(payload.body ?? "", "base64").toString("utf8")) as { kind?: string; apiVersion?: string };
    tlogEntries.push({
      logIndex: String(payload.logIndex ?? ""),
      logId: { keyId: Buffer.from(payload.logID ?? "", "hex").toString("base64") },
      kindVersion: { kind: body.kind ?? "", version: body.apiVersion ?? "" },
      integratedTime: String(payload.integratedTime ?? ""),
      inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp ?? "" },
      canonicalizedBody: payload.body ?? "",
    });
  }
  return parseBundle({
    mediaType: "application/vnd.dev.sigstore.bundle+json;version=0.1",
    verificationMaterial: {
      x509CertificateChain: { certificates: [{ rawBytes: der.toString("base64") }] },
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    messageSignature: { messageDigest: { algorithm: "SHA2_256", digest: fields.payloadDigest.toString("base64") }, signature: fields.signature },
  });
}
