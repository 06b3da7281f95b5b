/**
 * Notation (Notary Project) signatures, as AWS Signer makes them for ECR: a flattened JWS whose
 * payload names the signed manifest, an X.509 chain in `x5c` that must lead to a root in the
 * policy's trust store, the leaf's subject matched against the policy's identities (or, for AWS
 * Signer, the signing profile), and signing time within every certificate's validity. COSE
 * envelopes are recognized but not verified. Revocation (AWS Signer's GetRevocationStatus) is
 * not checked: the gate runs offline, which Notation calls the permissive level.
 */

import { createPublicKey, verify as cryptoVerify, X509Certificate, constants, type KeyObject } from "node:crypto";
import { X509Certificate as SigstoreCertificate } from "@sigstore/core";
import { firstLine } from "../errors.ts";
import type { LayerOutcome } from "./cosign.ts";
import type { LoadedSigners, NotationTrust } from "./signers.ts";

export const NOTATION_MEDIA_TYPES = {
  jws: "application/jose+json",
  cose: "application/cose",
  payload: "application/vnd.cncf.notary.payload.v1+json",
} as const;

const UNDERSTOOD_CRITICAL = new Set([
  "io.cncf.notary.signingScheme",
  "io.cncf.notary.signingTime",
  "io.cncf.notary.authenticSigningTime",
  "io.cncf.notary.expiry",
  "io.cncf.notary.verificationPlugin",
  "io.cncf.notary.verificationPluginMinVersion",
  "com.amazonaws.signer.signingProfileVersion",
  "com.amazonaws.signer.signingJob",
]);

const CODE_SIGNING = "1.3.6.1.5.5.7.3.3";

const ALGORITHMS: Record<string, { hash: string; pss: boolean; saltLength?: number }> = {
  PS256: { hash: "sha256", pss: true, saltLength: 32 },
  PS384: { hash: "sha384", pss: true, saltLength: 48 },
  PS512: { hash: "sha512", pss: true, saltLength: 64 },
  ES256: { hash: "sha256", pss: false },
  ES384: { hash: "sha384", pss: false },
  ES512: { hash: "sha512", pss: false },
};

interface Envelope {
  payload: string;
  protected: string;
  signature: string;
  header?: { x5c?: string[] };
}

function b64url(text: string): Buffer {
  return Buffer.from(text, "base64url");
}

/** "CN=a\nO=b" (Node) or "CN=a, O=b" (policy) → attribute map; values may repeat. */
function distinguishedName(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of text.split(/\n|,(?=\s*[A-Za-z.0-9]+=)/)) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toUpperCase();
    map.set(key, [...(map.get(key) ?? []), part.slice(eq + 1).trim()]);
  }
  return map;
}

/** Notation's rule: the identity's attributes must all be in the leaf's subject (a subset match). */
function subjectMatches(identity: string, subject: string): boolean {
  const wanted = distinguishedName(identity);
  if (wanted.size === 0) return false;
  const actual = distinguishedName(subject);
  return [...wanted].every(([key, values]) => values.every((value) => actual.get(key)?.includes(value)));
}

function identityMatches(identity: string, leaf: X509Certificate, headers: Record<string, unknown>): boolean {
  const text = identity.trim();
  if (text === "*") return true;
  if (text.startsWith("x509.subject:")) return subjectMatches(text.slice("x509.subject:".length), leaf.subject);
  // AWS Signer: the signing profile ARN; any version of the profile matches.
  if (text.startsWith("arn:aws") && text.includes(":/signing-profiles/")) {
    const version = headers["com.amazonaws.signer.signingProfileVersion"];
    return typeof version === "string" && (version === text || version.startsWith(`${text}/`));
  }
  return false;
}

function oneLine(subject: string): string {
  return subject.split("\n").join(", ");
}

function verifyJws(envelope: Envelope, alg: string, key: KeyObject): boolean {
  const algorithm = ALGORITHMS[alg];
  if (!algorithm) return false;
  const input = Buffer.from(`${envelope.protected}.${envelope.payload}`, "ascii");
  try {
    if (algorithm.pss)
      return cryptoVerify(
        algorithm.hash,
        input,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: algorithm.saltLength! },
        b64url(envelope.signature),
      );
    return cryptoVerify(algorithm.hash, input, { key, dsaEncoding: "ieee-p1363" }, b64url(envelope.signature));
  } catch {
    return false;
  }
}

/** Leaf key usage per the Notary Project: digitalSignature, and codeSigning when an EKU is present. */
function leafUsageProblem(leaf: X509Certificate): string | undefined {
  const parsed = SigstoreCertificate.parse(leaf.raw);
  if (parsed.isCA) return "the signing certificate is a CA certificate";
  const usage = parsed.extKeyUsage;
  if (usage && !usage.digitalSignature) return "the signing certificate's key usage lacks digitalSignature";
  const eku = leaf.keyUsage;
  if (eku && eku.length > 0 && !eku.includes(CODE_SIGNING)) return "the signing certificate's extended key usage lacks codeSigning";
  return undefined;
}

/** Builds the path leaf → … → a trust-store root; returns the problem when there is none. */
function chainProblem(chain: X509Certificate[], trust: NotationTrust): string | undefined {
  for (let i = 0; i + 1 < chain.length; i++) {
    const child = chain[i]!;
    const parent = chain[i + 1]!;
    if (!child.checkIssued(parent) || !child.verify(parent.publicKey)) return `certificate ${i + 1} of the chain is not issued by the next one`;
    if (!parent.ca) return `certificate ${i + 2} of the chain is not a CA`;
  }
  const top = chain[chain.length - 1]!;
  const anchored = trust.roots.some((root) => root.raw.equals(top.raw) || (top.checkIssued(root) && top.verify(root.publicKey) && root.ca));
  return anchored ? undefined : `the chain does not lead to a root in ${trust.name}`;
}

/** Verifies one Notation envelope for the digest it was found for. */
export function verifyNotationEnvelope(
  mediaType: string | undefined,
  bytes: Buffer,
  subject: string,
  subjectSize: number | undefined,
  signers: LoadedSigners,
): LayerOutcome {
  if (mediaType === NOTATION_MEDIA_TYPES.cose) return { status: "untrusted", reason: "a COSE envelope: image-gate verifies Notation JWS envelopes only" };
  let envelope: Envelope;
  let headers: Record<string, unknown>;
  let payload: { targetArtifact?: { digest?: unknown; size?: unknown } };
  try {
    envelope = JSON.parse(bytes.toString("utf8")) as Envelope;
    if (typeof envelope.payload !== "string" || typeof envelope.protected !== "string" || typeof envelope.signature !== "string")
      throw new Error("not a flattened JWS");
    headers = JSON.parse(b64url(envelope.protected).toString("utf8")) as Record<string, unknown>;
    payload = JSON.parse(b64url(envelope.payload).toString("utf8")) as typeof payload;
  } catch (error) {
    return { status: "invalid", reason: `the JWS envelope cannot be read (${firstLine(error)})` };
  }
  const target = payload.targetArtifact;
  if (typeof target?.digest !== "string") return { status: "invalid", reason: "the signed payload names no targetArtifact digest" };
  if (target.digest !== subject) return { status: "invalid", reason: `the signed payload names ${target.digest}, not ${subject}` };
  if (subjectSize !== undefined && typeof target.size === "number" && target.size !== subjectSize)
    return { status: "invalid", reason: `the signed payload names size ${target.size}, the manifest is ${subjectSize} bytes` };

  const x5c = envelope.header?.x5c;
  let chain: X509Certificate[];
  try {
    if (!Array.isArray(x5c) || x5c.length === 0) throw new Error("no x5c certificate chain");
    chain = x5c.map((der) => new X509Certificate(Buffer.from(der, "base64")));
  } catch (error) {
    return { status: "invalid", reason: `its certificate chain cannot be read (${firstLine(error)})` };
  }
  const leaf = chain[0]!;
  const signedBy = oneLine(leaf.subject);
  const alg = typeof headers.alg === "string" ? headers.alg : "";
  if (!ALGORITHMS[alg]) return { status: "invalid", signedBy, reason: `unsupported JWS algorithm ${JSON.stringify(headers.alg)}` };
  if (!verifyJws(envelope, alg, createPublicKey(leaf.publicKey.export({ type: "spki", format: "pem" })))) {
    return { status: "invalid", signedBy, reason: "the signature does not verify against the certificate it carries" };
  }
  const critical = Array.isArray(headers.crit) ? (headers.crit as unknown[]).map(String) : [];
  const unknown = critical.filter((name) => !UNDERSTOOD_CRITICAL.has(name));
  if (!critical.includes("io.cncf.notary.signingScheme"))
    return { status: "untrusted", signedBy, reason: "the protected header does not mark io.cncf.notary.signingScheme critical" };
  if (unknown.length > 0) return { status: "untrusted", signedBy, reason: `it requires understanding ${unknown.join(", ")}` };

  const scheme = headers["io.cncf.notary.signingScheme"];
  const authentic = scheme === "notary.x509.signingAuthority";
  const timeText = headers[authentic ? "io.cncf.notary.authenticSigningTime" : "io.cncf.notary.signingTime"];
  const signedAt = typeof timeText === "string" ? new Date(timeText) : undefined;
  if (!signedAt || Number.isNaN(signedAt.getTime()))
    return { status: "invalid", signedBy, reason: `the protected header has no valid ${authentic ? "authenticSigningTime" : "signingTime"}` };
  const now = new Date();
  const expiry = typeof headers["io.cncf.notary.expiry"] === "string" ? new Date(headers["io.cncf.notary.expiry"]) : undefined;
  if (expiry && expiry < now) return { status: "untrusted", signedBy, reason: `the signature expired at ${expiry.toISOString()}` };

  if (signers.notation.length === 0) return { status: "untrusted", signedBy, reason: "a Notation signature, and the policy lists no notation signer" };
  const usage = leafUsageProblem(leaf);
  if (usage) return { status: "untrusted", signedBy, reason: usage };
  // A self-asserted signing time proves nothing about the past: the chain must be valid now too.
  const times = authentic ? [signedAt] : [signedAt, now];
  for (const [index, certificate] of chain.entries()) {
    for (const time of times) {
      if (time < new Date(certificate.validFrom) || time > new Date(certificate.validTo)) {
        const which = index === 0 ? "the signing certificate" : `certificate ${index + 1} of the chain`;
        const when = time === now ? "now" : `at signing time ${signedAt.toISOString()}`;
        return {
          status: "untrusted",
          signedBy,
          reason: `${which} (${oneLine(certificate.subject)}) is not valid ${when}: valid ${new Date(certificate.validFrom).toISOString()} to ${new Date(certificate.validTo).toISOString()}`,
        };
      }
    }
  }
  const problems: string[] = [];
  for (const trust of signers.notation) {
    const problem = chainProblem(chain, trust);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const identity = trust.identities.find((candidate) => identityMatches(candidate, leaf, headers));
    if (identity) return { status: "verified", signedBy, reason: `Notation signature by ${signedBy}, chained to ${trust.name}, identity ${identity}` };
    problems.push(`${signedBy} matches none of the identities listed with ${trust.name}`);
  }
  return { status: "untrusted", signedBy, reason: problems.join("; ") };
}
