/**
 * Supply-chain fixtures made at test time, nothing committed: small images pushed over the
 * distribution API (to the real CNCF registry or to the registry double), cosign simple-signing
 * signatures and Sigstore bundles made with keys Node generates, a keyless Sigstore instance from
 * @sigstore/mock (Fulcio CA, CT log, Rekor), Notation JWS envelopes from a test CA made with
 * @peculiar/x509, and BuildKit-style attestation manifests.
 */

// @peculiar/x509 (used by the Sigstore mock too) needs the metadata polyfill loaded first.
// oxlint-disable-next-line import/no-unassigned-import -- a polyfill is imported for its effect
import "reflect-metadata";
import { createHash, generateKeyPairSync, sign as cryptoSign, webcrypto, type KeyObject } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import * as x509 from "@peculiar/x509";
import { initializeCA, initializeCTLog, initializeTLog } from "@sigstore/mock";
import { tarOf } from "./oci-layout.ts";

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type CryptoKey = webcrypto.CryptoKey;
interface LoggedEntry {
  body: string;
  integratedTime: number;
  logIndex: number;
  logID: string;
  verification?: { signedEntryTimestamp?: string };
}

export const sha256 = (data: Buffer | string) => `sha256:${createHash("sha256").update(data).digest("hex")}`;
const hexOf = (digest: string) => digest.slice("sha256:".length);
export const EMPTY_CONFIG = Buffer.from("{}");
export const MEDIA = {
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  layer: "application/vnd.oci.image.layer.v1.tar+gzip",
  empty: "application/vnd.oci.empty.v1+json",
  simpleSigning: "application/vnd.dev.cosign.simplesigning.v1+json",
  bundle: "application/vnd.dev.sigstore.bundle.v0.3+json",
  notation: "application/vnd.cncf.notary.signature",
  jws: "application/jose+json",
  inToto: "application/vnd.in-toto+json",
  dsse: "application/vnd.dsse.envelope.v1+json",
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
  platform?: { os: string; architecture: string };
}

export const describeBytes = (mediaType: string, bytes: Buffer, extra: Partial<Descriptor> = {}): Descriptor => ({
  mediaType,
  digest: sha256(bytes),
  size: bytes.length,
  ...extra,
});

/** How to reach a registry that needs TLS (a test CA, a name that only resolves here) or credentials. */
export interface PushOptions {
  tls?: { ca: string; servername: string };
  /** user:password for Basic authentication. */
  creds?: string;
}

/** Pushes blobs and manifests over the distribution API (loopback test registries; plain HTTP unless `tls`). */
export class Pusher {
  constructor(
    readonly host: string,
    readonly repository: string,
    private readonly options: PushOptions = {},
  ) {}

  private send(
    method: string,
    url: URL,
    body?: Buffer,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    const all: Record<string, string> = {
      ...headers,
      ...(this.options.creds ? { authorization: `Basic ${Buffer.from(this.options.creds).toString("base64")}` } : {}),
    };
    if (body) all["content-length"] = String(body.length);
    return new Promise((resolve, reject) => {
      const tlsOptions = this.options.tls;
      const callback = (response: http.IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      };
      const request = tlsOptions
        ? https.request(
            {
              host: "127.0.0.1",
              port: url.port,
              path: `${url.pathname}${url.search}`,
              method,
              headers: all,
              ca: tlsOptions.ca,
              servername: tlsOptions.servername,
            },
            callback,
          )
        : http.request(url, { method, headers: all }, callback);
      request.on("error", reject);
      request.end(body);
    });
  }

  private url(pathname: string): URL {
    return new URL(`${this.options.tls ? "https" : "http"}://${this.host}${pathname}`);
  }

  async blob(bytes: Buffer): Promise<string> {
    const base = this.url(`/v2/${this.repository}/blobs/uploads/`);
    const started = await this.send("POST", base);
    if (started.status !== 202) throw new Error(`upload start: ${started.status} ${started.body.toString()}`);
    const location = new URL(String(started.headers.location), base);
    location.searchParams.set("digest", sha256(bytes));
    const done = await this.send("PUT", location, bytes, { "content-type": "application/octet-stream" });
    if (done.status !== 201) throw new Error(`upload: ${done.status} ${done.body.toString()}`);
    return sha256(bytes);
  }

  async manifest(ref: string, document: unknown, mediaType: string = MEDIA.manifest): Promise<{ digest: string; size: number; bytes: Buffer }> {
    const bytes = Buffer.from(JSON.stringify(document));
    const response = await this.send("PUT", this.url(`/v2/${this.repository}/manifests/${ref}`), bytes, { "content-type": mediaType });
    if (response.status !== 201) throw new Error(`manifest ${ref}: ${response.status} ${response.body.toString()}`);
    return { digest: sha256(bytes), size: bytes.length, bytes };
  }

  /** A manifest's bytes, or undefined when it does not exist. */
  async getManifest(ref: string, accept: string): Promise<Buffer | undefined> {
    const response = await this.send("GET", this.url(`/v2/${this.repository}/manifests/${ref}`), undefined, { accept });
    return response.status === 200 ? response.body : undefined;
  }

  /** Pushes an OCI artifact manifest with a subject; on a registry without the referrers API, also maintains the sha256-<hex> fallback index. */
  async referrer(
    subject: { digest: string; size: number; mediaType?: string },
    manifest: Record<string, unknown>,
    fallbackTag: boolean,
  ): Promise<{ digest: string; size: number }> {
    const document = {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      ...manifest,
      subject: { mediaType: subject.mediaType ?? MEDIA.manifest, digest: subject.digest, size: subject.size },
    };
    const pushed = await this.manifest(sha256(JSON.stringify(document)), document);
    if (fallbackTag) {
      const tag = subject.digest.replace(":", "-");
      const existing = await this.getManifest(tag, MEDIA.index);
      const index = existing ? (JSON.parse(existing.toString("utf8")) as { manifests: Descriptor[] }) : { manifests: [] };
      const entry: Descriptor = { mediaType: MEDIA.manifest, digest: pushed.digest, size: pushed.size };
      const artifactType = (manifest.artifactType as string | undefined) ?? (manifest.config as Descriptor | undefined)?.mediaType;
      if (artifactType) entry.artifactType = artifactType;
      if (manifest.annotations) entry.annotations = manifest.annotations as Record<string, string>;
      index.manifests.push(entry);
      await this.manifest(tag, { schemaVersion: 2, mediaType: MEDIA.index, manifests: index.manifests }, MEDIA.index);
    }
    return pushed;
  }
}

/** A runnable single-layer image for a platform. */
export async function pushPlatformImage(
  pusher: Pusher,
  platform: { os: string; architecture: string },
  annotations?: Record<string, string>,
): Promise<{ digest: string; size: number }> {
  const tar = await tarOf([
    { name: "etc/", type: "directory" },
    { name: "etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n" },
  ]);
  const layer = zlib.gzipSync(tar);
  const config = Buffer.from(
    JSON.stringify({ architecture: platform.architecture, os: platform.os, config: { User: "1000" }, rootfs: { type: "layers", diff_ids: [sha256(tar)] } }),
  );
  await pusher.blob(layer);
  await pusher.blob(config);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: describeBytes(MEDIA.config, config),
    layers: [describeBytes(MEDIA.layer, layer)],
    ...(annotations ? { annotations } : {}),
  };
  return pusher.manifest(sha256(JSON.stringify(manifest)), manifest);
}

/** An in-toto statement about a digest. */
export function statement(subjectDigest: string, predicateType: string, predicate: unknown = {}): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: "https://in-toto.io/Statement/v1",
      subject: [{ name: "image", digest: { sha256: hexOf(subjectDigest) } }],
      predicateType,
      predicate,
    }),
  );
}

/**
 * A two-platform index (linux/amd64, linux/arm64) with BuildKit-style attestation manifests for
 * the platforms whose statements `attest` returns, pushed under `tag`.
 */
export async function pushIndex(
  pusher: Pusher,
  tag: string,
  attest: (platformDigest: string) => Buffer[] = () => [],
): Promise<{ index: string; indexSize: number; amd64: string; amd64Size: number; arm64: string }> {
  const amd64 = await pushPlatformImage(pusher, { os: "linux", architecture: "amd64" });
  const arm64 = await pushPlatformImage(pusher, { os: "linux", architecture: "arm64" });
  const manifests: Descriptor[] = [
    { mediaType: MEDIA.manifest, digest: amd64.digest, size: amd64.size, platform: { os: "linux", architecture: "amd64" } },
    { mediaType: MEDIA.manifest, digest: arm64.digest, size: arm64.size, platform: { os: "linux", architecture: "arm64" } },
  ];
  for (const platform of [amd64, arm64]) {
    const statements = attest(platform.digest);
    if (statements.length === 0) continue;
    const layers: Descriptor[] = [];
    for (const body of statements) {
      await pusher.blob(body);
      const predicateType = (JSON.parse(body.toString("utf8")) as { predicateType: string }).predicateType;
      layers.push(describeBytes(MEDIA.inToto, body, { annotations: { "in-toto.io/predicate-type": predicateType } }));
    }
    await pusher.blob(EMPTY_CONFIG);
    const attestation = await pusher.manifest(`att-${hexOf(platform.digest).slice(0, 12)}`, {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      config: describeBytes(MEDIA.config, EMPTY_CONFIG),
      layers,
    });
    manifests.push({
      mediaType: MEDIA.manifest,
      digest: attestation.digest,
      size: attestation.size,
      platform: { os: "unknown", architecture: "unknown" },
      annotations: { "vnd.docker.reference.type": "attestation-manifest", "vnd.docker.reference.digest": platform.digest },
    });
  }
  const index = await pusher.manifest(tag, { schemaVersion: 2, mediaType: MEDIA.index, manifests }, MEDIA.index);
  return { index: index.digest, indexSize: index.size, amd64: amd64.digest, amd64Size: amd64.size, arm64: arm64.digest };
}

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
  /** The public key as a PEM file, as cosign generate-key-pair writes cosign.pub. */
  publicPem: string;
}

export function ecKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { publicKey, privateKey, publicPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

/** Writes files into a fresh directory (policy, keys, trust stores). */
export function policyDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-supply-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** cosign's simple-signing payload for a digest. */
export function simpleSigningPayload(digest: string, reference = "registry.example/app"): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: { identity: { "docker-reference": reference }, image: { "docker-manifest-digest": digest }, type: "cosign container image signature" },
      optional: null,
    }),
  );
}

/**
 * A legacy cosign signature manifest (`sha256-<hex>.sig`): one layer per signature, the payload as
 * the blob and the signature (and keyless material) in the layer annotations.
 */
export async function pushCosignSignature(
  pusher: Pusher,
  tagFor: string,
  layers: Array<{ payload: Buffer; signature: Buffer; annotations?: Record<string, string>; descriptorDigest?: string }>,
): Promise<string> {
  await pusher.blob(EMPTY_CONFIG);
  const descriptors: Descriptor[] = [];
  for (const layer of layers) {
    await pusher.blob(layer.payload);
    const descriptor = describeBytes(MEDIA.simpleSigning, layer.payload, {
      annotations: { "dev.cosignproject.cosign/signature": layer.signature.toString("base64"), ...layer.annotations },
    });
    if (layer.descriptorDigest) descriptor.digest = layer.descriptorDigest;
    descriptors.push(descriptor);
  }
  const tag = `${tagFor.replace(":", "-")}.sig`;
  await pusher.manifest(tag, { schemaVersion: 2, mediaType: MEDIA.manifest, config: describeBytes(MEDIA.config, EMPTY_CONFIG), layers: descriptors });
  return tag;
}

/** Signs a payload the way cosign does with a key: ECDSA over SHA-256, DER signature. */
export function cosignSign(payload: Buffer, key: KeyObject): Buffer {
  return cryptoSign("sha256", payload, key);
}

/** DSSE's pre-authentication encoding. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `), payload]);
}

/** A v0.3 Sigstore bundle with a public key and a DSSE envelope (cosign sign --key with the new bundle format, no log). */
export function publicKeyBundle(payload: Buffer, key: KeyObject): Record<string, unknown> {
  const signature = cryptoSign("sha256", pae(MEDIA.inToto, payload), key);
  return {
    mediaType: MEDIA.bundle,
    verificationMaterial: { publicKey: { hint: "" }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
    dsseEnvelope: { payload: payload.toString("base64"), payloadType: MEDIA.inToto, signatures: [{ sig: signature.toString("base64"), keyid: "" }] },
  };
}

/** Pushes a bundle as an OCI 1.1 referrer of `subject`, the way cosign v3 and actions/attest do. */
export async function pushBundleReferrer(
  pusher: Pusher,
  subject: { digest: string; size: number; mediaType?: string },
  bundle: Record<string, unknown>,
  fallbackTag: boolean,
  predicateType = "https://sigstore.dev/cosign/sign/v1",
) {
  const bytes = Buffer.from(JSON.stringify(bundle));
  await pusher.blob(bytes);
  await pusher.blob(EMPTY_CONFIG);
  return pusher.referrer(
    subject,
    {
      artifactType: MEDIA.bundle,
      config: describeBytes(MEDIA.empty, EMPTY_CONFIG),
      layers: [describeBytes(MEDIA.bundle, bytes)],
      annotations: { "dev.sigstore.bundle.content": "dsse-envelope", "dev.sigstore.bundle.predicateType": predicateType },
    },
    fallbackTag,
  );
}

export const COSIGN_SIGN = "https://sigstore.dev/cosign/sign/v1";
export const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";

/** An in-process Sigstore instance (Fulcio CA with a CT log, and Rekor) and the trusted root that trusts it. */
export async function keylessInstance(): Promise<{
  trustedRoot: string;
  sign(identity: string, payload: Buffer, issuer?: string): Promise<{ certificatePem: string; signature: Buffer; rekorBundle: string }>;
  signDsse(identity: string, payload: Buffer, issuer?: string): Promise<Record<string, unknown>>;
}> {
  const pair = () => generateKeyPairSync("ec", { namedCurve: "P-256" });
  const ctlog = await initializeCTLog(pair());
  const ca = await initializeCA(pair(), ctlog);
  const tlog = await initializeTLog("https://rekor.example", pair());
  const start = new Date(Date.now() - 3_600_000).toISOString();
  const trustedRoot = JSON.stringify({
    mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
    tlogs: [
      {
        baseUrl: "https://rekor.example",
        hashAlgorithm: "SHA2_256",
        publicKey: { rawBytes: tlog.publicKey.toString("base64"), keyDetails: "PKIX_ECDSA_P256_SHA_256", validFor: { start } },
        logId: { keyId: createHash("sha256").update(tlog.publicKey).digest("base64") },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: "sigstore.mock", commonName: "sigstore" },
        uri: "https://fulcio.example",
        certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer).toString("base64") }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: "https://ctfe.example",
        hashAlgorithm: "SHA2_256",
        publicKey: { rawBytes: ctlog.publicKey.toString("base64"), keyDetails: "PKIX_ECDSA_P256_SHA_256", validFor: { start } },
        logId: { keyId: Buffer.from(ctlog.logID.buffer).toString("base64") },
      },
    ],
    timestampAuthorities: [],
  });
  const certificate = async (identity: string, issuer: string) => {
    const signing = pair();
    const der = Buffer.from(
      (
        await ca.issueCertificate({
          publicKey: signing.publicKey.export({ type: "spki", format: "der" }),
          subjectAltName: identity,
          extensions: [{ oid: "1.3.6.1.4.1.57264.1.8", value: issuer }],
        })
      ).buffer,
    );
    const pem = `-----BEGIN CERTIFICATE-----\n${der.toString("base64").replace(/.{64}/g, "$&\n")}\n-----END CERTIFICATE-----\n`;
    return { signing, der, pem };
  };
  return {
    trustedRoot,
    async sign(identity, payload, issuer = GITHUB_ISSUER) {
      const { signing, pem } = await certificate(identity, issuer);
      const signature = cryptoSign("sha256", payload, signing.privateKey);
      const body = {
        apiVersion: "0.0.1",
        kind: "hashedrekord",
        spec: {
          data: { hash: { algorithm: "sha256", value: hexOf(sha256(payload)) } },
          signature: { content: signature.toString("base64"), publicKey: { content: Buffer.from(pem).toString("base64") } },
        },
      };
      const logged = Object.values(await tlog.log(body))[0] as LoggedEntry;
      const rekorBundle = JSON.stringify({
        SignedEntryTimestamp: logged.verification!.signedEntryTimestamp,
        Payload: { body: logged.body, integratedTime: logged.integratedTime, logIndex: logged.logIndex, logID: logged.logID },
      });
      return { certificatePem: pem, signature, rekorBundle };
    },
    async signDsse(identity, payload, issuer = GITHUB_ISSUER) {
      const { signing, der, pem } = await certificate(identity, issuer);
      const signature = cryptoSign("sha256", pae(MEDIA.inToto, payload), signing.privateKey);
      const body = {
        apiVersion: "0.0.1",
        kind: "dsse",
        spec: {
          payloadHash: { algorithm: "sha256", value: hexOf(sha256(payload)) },
          signatures: [{ signature: signature.toString("base64"), verifier: Buffer.from(pem).toString("base64") }],
        },
      };
      const logged = Object.values(await tlog.log(body))[0] as LoggedEntry;
      return {
        mediaType: "application/vnd.dev.sigstore.bundle+json;version=0.1",
        verificationMaterial: {
          x509CertificateChain: { certificates: [{ rawBytes: der.toString("base64") }] },
          tlogEntries: [
            {
              logIndex: String(logged.logIndex),
              logId: { keyId: Buffer.from(logged.logID, "hex").toString("base64") },
              kindVersion: { kind: "dsse", version: "0.0.1" },
              integratedTime: String(logged.integratedTime),
              inclusionPromise: { signedEntryTimestamp: logged.verification!.signedEntryTimestamp },
              canonicalizedBody: logged.body,
            },
          ],
          timestampVerificationData: { rfc3161Timestamps: [] },
        },
        dsseEnvelope: { payload: payload.toString("base64"), payloadType: MEDIA.inToto, signatures: [{ sig: signature.toString("base64"), keyid: "" }] },
      };
    },
  };
}

/** A test CA and code-signing leaves for Notation, with chosen validity windows. */
export async function notationCa(): Promise<{
  rootPem: string;
  leaf(subject: string, validity?: { from: Date; to: Date }): Promise<{ der: Buffer; privateKey: CryptoKey }>;
  caDer: Buffer;
}> {
  const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
  const caKeys = await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"]);
  const now = Date.now();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: "01",
    name: "CN=image-gate test notation root, O=Acme",
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 86_400_000 * 2),
    keys: caKeys,
    signingAlgorithm: algorithm,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  let serial = 2;
  return {
    rootPem: ca.toString("pem"),
    caDer: Buffer.from(ca.rawData),
    async leaf(subject, validity = { from: new Date(now - 3_600_000), to: new Date(now + 86_400_000) }) {
      const keys = await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"]);
      const cert = await x509.X509CertificateGenerator.create({
        serialNumber: String(serial++).padStart(2, "0"),
        subject,
        issuer: ca.subject,
        notBefore: validity.from,
        notAfter: validity.to,
        signingKey: caKeys.privateKey,
        publicKey: keys.publicKey,
        signingAlgorithm: algorithm,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
          new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
        ],
      });
      return { der: Buffer.from(cert.rawData), privateKey: keys.privateKey };
    },
  };
}

/** A Notation JWS envelope (ES256) over a target descriptor. */
export async function notationJws(
  target: { digest: string; size: number },
  leaf: { der: Buffer; privateKey: CryptoKey },
  chain: Buffer[],
  options: { signingTime?: Date; tamper?: boolean } = {},
): Promise<Buffer> {
  const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");
  const protectedHeader = {
    alg: "ES256",
    crit: ["io.cncf.notary.signingScheme"],
    cty: "application/vnd.cncf.notary.payload.v1+json",
    "io.cncf.notary.signingScheme": "notary.x509",
    "io.cncf.notary.signingTime": (options.signingTime ?? new Date()).toISOString(),
  };
  const encodedHeader = b64url(JSON.stringify(protectedHeader));
  const encodedPayload = b64url(JSON.stringify({ targetArtifact: { mediaType: MEDIA.manifest, digest: target.digest, size: target.size } }));
  const signature = Buffer.from(
    await webcrypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, leaf.privateKey, Buffer.from(`${encodedHeader}.${encodedPayload}`)),
  );
  if (options.tamper) signature[5]! ^= 0xff;
  return Buffer.from(
    JSON.stringify({
      payload: encodedPayload,
      protected: encodedHeader,
      header: { x5c: [leaf.der, ...chain].map((der) => der.toString("base64")), "io.cncf.notary.signingAgent": "image-gate-test" },
      signature: b64url(signature),
    }),
  );
}

/** Pushes a Notation signature as a referrer (and the tag fallback, as notation does by default). */
export async function pushNotation(pusher: Pusher, subject: { digest: string; size: number }, envelope: Buffer, chainDer: Buffer[], fallbackTag: boolean) {
  await pusher.blob(envelope);
  await pusher.blob(EMPTY_CONFIG);
  return pusher.referrer(
    subject,
    {
      artifactType: MEDIA.notation,
      config: describeBytes(MEDIA.notation, EMPTY_CONFIG),
      layers: [describeBytes(MEDIA.jws, envelope)],
      annotations: { "io.cncf.notary.x509chain.thumbprint#S256": JSON.stringify(chainDer.map((der) => createHash("sha256").update(der).digest("hex"))) },
    },
    fallbackTag,
  );
}
