/**
 * The policy's `signers`, loaded for verification: cosign public keys (PEM), Sigstore keyless
 * identities (issuer and identity globs) and Notation trust stores (PEM roots) with identities;
 * and the Sigstore trusted root (the public-good one shipped with the gate, or the policy's).
 */

import { createHash, createPublicKey, X509Certificate, type KeyObject } from "node:crypto";
import { readInputFileSync } from "../input-file.ts";
import { GateError, firstLine } from "../errors.ts";
import publicGoodTrustedRoot from "./sigstore-public-good-trusted-root.json" with { type: "json" };

/** A signer as the policy names it, with file paths already resolved against the policy's directory. */
export type SignerSpec =
  | { kind: "cosign-key"; file: string; shown: string }
  | { kind: "keyless"; issuer: string; identity: string }
  | { kind: "notation"; trustStore: string; shown: string; identities: string[] };

export interface CosignKey {
  key: KeyObject;
  /** How messages name it: the file as the policy wrote it, and the key's fingerprint. */
  name: string;
}

export interface NotationTrust {
  roots: X509Certificate[];
  identities: string[];
  name: string;
}

export interface LoadedSigners {
  keys: CosignKey[];
  keyless: Array<{ issuer: string; identity: string }>;
  notation: NotationTrust[];
  /** Sigstore trusted root JSON (one or more instances, merged), and where it came from. */
  trustedRoot: Record<string, unknown>;
  trustedRootSource: string;
  count: number;
}

/** Keys, certificates and trust roots are kilobytes; far past this is not one. */
const MAX_SIGNER_FILE_BYTES = 4 * 1024 * 1024;

function readPolicyFile(file: string, shown: string, what: string): string {
  return readInputFileSync(file, { label: shown, noun: `the ${what}`, kind: `a ${what}`, maxBytes: MAX_SIGNER_FILE_BYTES }).toString("utf8");
}

/** SHA-256 of the key's SubjectPublicKeyInfo, shortened: how a key is named in messages. */
function keyFingerprint(key: KeyObject): string {
  return `sha256:${createHash("sha256")
    .update(key.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16)}`;
}

function loadKey(spec: Extract<SignerSpec, { kind: "cosign-key" }>): CosignKey {
  const text = readPolicyFile(spec.file, spec.shown, "cosign public key");
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    throw new GateError(`${spec.shown}: not a PEM public key (cosign-key expects the cosign.pub that cosign generate-key-pair writes)`);
  }
  const type = key.asymmetricKeyType;
  if (type !== "ec" && type !== "ed25519" && type !== "rsa") throw new GateError(`${spec.shown}: a ${type} key; cosign keys are ECDSA, Ed25519 or RSA`);
  return { key, name: `${spec.shown} (${keyFingerprint(key)})` };
}

/** Every certificate in a PEM file. */
function pemCertificates(text: string, shown: string): X509Certificate[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new GateError(`${shown}: no PEM certificate in the trust store`);
  return blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch (error) {
      throw new GateError(`${shown}: a certificate in the trust store cannot be read (${firstLine(error)})`);
    }
  });
}

/** Reads a trusted_root.json, or the JSON-lines file `gh attestation trusted-root` prints (instances are merged). */
function loadTrustedRoot(file: string | undefined, shown: string | undefined): { root: Record<string, unknown>; source: string } {
  const text = file === undefined ? JSON.stringify(publicGoodTrustedRoot) : readPolicyFile(file, shown ?? file, "Sigstore trusted root");
  const source = file === undefined ? "the Sigstore public-good trusted root shipped with image-gate" : (shown ?? file);
  const documents: Array<Record<string, unknown>> = [];
  try {
    const whole = text.trim();
    if (whole.startsWith("{") && !/}\s*\n\s*{/.test(whole)) documents.push(JSON.parse(whole) as Record<string, unknown>);
    else for (const line of whole.split(/\r?\n/).filter((entry) => entry.trim() !== "")) documents.push(JSON.parse(line) as Record<string, unknown>);
  } catch (error) {
    throw new GateError(`${source}: not a Sigstore trusted root (${firstLine(error)})`);
  }
  const merged: Record<string, unknown[]> & { mediaType?: string } = { tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };
  for (const document of documents) {
    if (
      typeof document !== "object" ||
      document === null ||
      !(typeof document.mediaType === "string" && document.mediaType.startsWith("application/vnd.dev.sigstore.trustedroot"))
    ) {
      throw new GateError(`${source}: not a Sigstore trusted root (no mediaType application/vnd.dev.sigstore.trustedroot+json)`);
    }
    merged.mediaType ??= document.mediaType;
    for (const key of ["tlogs", "certificateAuthorities", "ctlogs", "timestampAuthorities"] as const) {
      const entries = document[key];
      if (entries !== undefined && !Array.isArray(entries)) throw new GateError(`${source}: ${key} is not a list`);
      merged[key]!.push(...((entries as unknown[] | undefined) ?? []));
    }
  }
  return { root: merged, source };
}

/** Loads what the policy names; every file error names the file. */
export function loadSigners(specs: SignerSpec[], trustedRoot?: { file: string; shown: string }): LoadedSigners {
  const keys: CosignKey[] = [];
  const keyless: LoadedSigners["keyless"] = [];
  const notation: NotationTrust[] = [];
  for (const spec of specs) {
    if (spec.kind === "cosign-key") keys.push(loadKey(spec));
    else if (spec.kind === "keyless") keyless.push({ issuer: spec.issuer, identity: spec.identity });
    else
      notation.push({
        roots: pemCertificates(readPolicyFile(spec.trustStore, spec.shown, "Notation trust store"), spec.shown),
        identities: spec.identities,
        name: spec.shown,
      });
  }
  const root = keyless.length > 0 || trustedRoot ? loadTrustedRoot(trustedRoot?.file, trustedRoot?.shown) : { root: {}, source: "none needed" };
  return { keys, keyless, notation, trustedRoot: root.root, trustedRootSource: root.source, count: specs.length };
}
