/**
 * Plain evidence about what ships beside an image: its signatures (already verified against the
 * policy's signers by the source), its attestations, and the settings of the ECR repository it
 * lives in. The checks judge this; they never fetch or verify anything themselves.
 */

/** How a signature or attestation was found. */
export type Discovery = "referrers-api" | "referrers-tag" | "cosign-tag" | "image-index" | "oci-layout";

/** One digest that signatures may name: the index a tag resolved to, or the platform manifest read. */
export interface JudgedDigest {
  digest: string;
  role: "index" | "manifest";
}

/** What verifying one signature against the policy's signers concluded. */
export type SignatureStatus =
  /** A listed signer verifies it, and it names the digest it was found for. */
  | "verified"
  /** Tampering: it names another digest, its blob does not match its descriptor, or it fails against the key or certificate that travels with it. */
  | "invalid"
  /** It names the judged digest but no listed signer verifies it (another key, another identity, an expired certificate). */
  | "untrusted";

export interface SignatureVerdict {
  status: SignatureStatus;
  /** cosign simple signing, a Sigstore bundle, a Notation JWS, ... */
  format: "cosign" | "sigstore-bundle" | "notation";
  /** The digest it was found for. */
  subject: string;
  discovery: Discovery;
  /** Where it is: a tag, or the digest of the signature manifest. */
  where: string;
  /** Who signed it, as far as the signature says: a key fingerprint, a certificate identity, an X.509 subject. */
  signedBy?: string;
  /** Why it is not verified (for invalid and untrusted), or which listed signer verified it. */
  reason: string;
}

/** Signatures of one image: every verdict, or why the image's source carries none to look for. */
export interface SignatureEvidence {
  /** The image as the report names it (`registry/repo@sha256:…`). */
  image: string;
  digests: JudgedDigest[];
  verdicts: SignatureVerdict[];
  /** How many signers the policy lists (for messages). */
  signers: number;
}

/** Signatures of one base image (a FROM), resolved through its registry. */
export interface BaseImageSignatures extends SignatureEvidence {
  /** The Dockerfile and line of the FROM. */
  file: string;
  line: number;
  /** As written in the Dockerfile (after ARG substitution). */
  written: string;
  /** Set when the reference could not be resolved (an ARG without a value): nothing could be looked up. */
  unresolved?: string;
}

export type AttestationKind = "sbom" | "provenance" | "signature" | "other";

export interface AttestationRecord {
  kind: AttestationKind;
  predicateType: string;
  discovery: Discovery;
  where: string;
  /** The digests the in-toto subject names (sha256:…). */
  subjects: string[];
  /** True when the statement's subject names one of the judged digests. */
  matches: boolean;
  /** True when the statement came inside a signature envelope (DSSE) that was parsed, not verified. */
  enveloped: boolean;
  /** Set when it could not be read, and why. */
  unreadable?: string;
}

/** The base image as the image itself records it. */
export interface BaseImageRecord {
  name?: string;
  digest?: string;
  source: "annotations" | "labels" | "provenance";
  /** Provenance with several image materials and no way to tell which is the base. */
  candidates?: string[];
}

export interface AttestationEvidence {
  image: string;
  digests: JudgedDigest[];
  records: AttestationRecord[];
  base?: BaseImageRecord;
}

/** An ECR repository's settings, as DescribeRepositories and the scanning configuration APIs report them. */
export interface RepositorySettings {
  /** `ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO`. */
  repository: string;
  account: string;
  region: string;
  name: string;
  /** The tag being judged, when the image was named by tag. */
  tag?: string;
  tagMutability: string;
  exclusionFilters: Array<{ filterType: string; filter: string }>;
  encryptionType: string;
  kmsKey?: string;
  scanType: "BASIC" | "ENHANCED";
  /** The repository's effective scan frequency (BatchGetRepositoryScanningConfiguration). */
  scanFrequency?: string;
  scanOnPush?: boolean;
  appliedScanFilters: Array<{ filter: string; filterType: string }>;
  /** The registry's scanning rules (GetRegistryScanningConfiguration), for remediation and enhanced coverage. */
  registryRules: Array<{ scanFrequency: string; repositoryFilters: Array<{ filter: string; filterType: string }> }>;
}
