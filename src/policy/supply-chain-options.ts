/**
 * Policy options of the supply-chain checks, kept together so they move as a unit: `signers` and
 * `trusted-root` for unsigned-image and unsigned-base-image, `require` for missing-attestations
 * and registry-settings. File paths are resolved against the directory of the policy that wrote
 * them (the working directory for presets), when that layer is read.
 */

import path from "node:path";
import * as z from "zod/mini";
import { ATTESTATION_REQUIREMENTS } from "../checks/missing-attestations.ts";
import { SETTINGS_REQUIREMENTS } from "../checks/registry-settings.ts";
import { GateError } from "../errors.ts";
import type { SignerSpec } from "../supply-chain/signers.ts";

const nonEmpty = () => z.string().check(z.minLength(1));

const signerSchema = () =>
  z
    .strictObject({
      "cosign-key": z.optional(
        nonEmpty().check(z.describe("A PEM public key (cosign.pub): ECDSA P-256/P-384, Ed25519 or RSA; no transparency-log entry needed")),
      ),
      keyless: z.optional(
        z
          .strictObject({
            issuer: nonEmpty().check(z.describe("OIDC issuer glob, e.g. https://token.actions.githubusercontent.com")),
            identity: nonEmpty().check(z.describe("Certificate identity (SAN) glob, e.g. https://github.com/acme/*/.github/workflows/release.yml@refs/tags/*")),
          })
          .check(z.describe("Sigstore keyless: a Fulcio certificate and a transparency-log entry, checked against trusted-root")),
      ),
      notation: z.optional(
        z
          .strictObject({
            "trust-store": nonEmpty().check(z.describe("PEM file of the root certificates a signature must chain to (AWS Signer: its root certificate)")),
            identities: z
              .array(nonEmpty())
              .check(
                z.minLength(1, "list at least one identity"),
                z.describe('"x509.subject: CN=…, O=…" (subset match on the leaf subject), an AWS Signer signing profile ARN, or "*"'),
              ),
          })
          .check(z.describe("Notation / AWS Signer: JWS envelopes with an X.509 chain")),
      ),
    })
    .check(
      z.refine(
        (signer: Record<string, unknown>) => ["cosign-key", "keyless", "notation"].filter((key) => signer[key] !== undefined).length === 1,
        "a signer is exactly one of cosign-key, keyless or notation",
      ),
    );

/** Options of unsigned-image and unsigned-base-image. */
export const signerCheckOptions = () => ({
  signers: z.optional(z.array(signerSchema()).check(z.describe("A valid signature by any one of these is enough"))),
  "trusted-root": z.optional(
    nonEmpty().check(z.describe("Sigstore trusted_root.json (or gh attestation trusted-root output); default: the public-good root shipped with image-gate")),
  ),
});

const requireList = (values: string[], what: string) =>
  z.optional(z.array(z.enum(values as [string, ...string[]])).check(z.describe(`Which ${what} are required (default: all)`)));

export const attestationCheckOptions = () => ({ require: requireList(Object.keys(ATTESTATION_REQUIREMENTS), "attestations") });
export const settingsCheckOptions = () => ({ require: requireList(Object.keys(SETTINGS_REQUIREMENTS), "repository settings") });

export const SUPPLY_CHAIN_KEYS: Record<string, string[]> = {
  "unsigned-image": ["signers", "trusted-root"],
  "unsigned-base-image": ["signers", "trusted-root"],
  "missing-attestations": ["require"],
  "registry-settings": ["require"],
};

/** Keys the schema allows under a signer, for "did you mean" suggestions. */
export function signerKeys(parts: string[]): string[] | undefined {
  if (parts[0] !== "checks" || !["unsigned-image", "unsigned-base-image"].includes(parts[1] ?? "") || parts[2] !== "signers") return undefined;
  if (parts.length === 4) return ["cosign-key", "keyless", "notation"];
  if (parts[4] === "keyless") return ["issuer", "identity"];
  if (parts[4] === "notation") return ["trust-store", "identities"];
  return undefined;
}

/** Resolved signer settings of one check. */
export interface SignerPolicy {
  signers: SignerSpec[];
  trustedRoot?: { file: string; shown: string };
}

function resolveFile(file: string, dir: string, policyFile: string): { file: string; shown: string } {
  const absolute = path.resolve(dir, file);
  return { file: absolute, shown: path.isAbsolute(file) ? file : `${file} (from ${policyFile})` };
}

/**
 * Rewrites one policy layer's settings for a supply-chain check so that file paths are absolute
 * (relative to that layer's directory) before layers are merged.
 */
export function resolveSupplyChainPaths(id: string, settings: Record<string, unknown>, dir: string, policyFile: string): Record<string, unknown> {
  if (id !== "unsigned-image" && id !== "unsigned-base-image") return settings;
  const resolved: Record<string, unknown> = { ...settings };
  if (Array.isArray(settings.signers)) {
    resolved.signers = (settings.signers as Array<Record<string, unknown>>).map((signer): SignerSpec => {
      if (typeof signer["cosign-key"] === "string") return { kind: "cosign-key", ...resolveFile(signer["cosign-key"], dir, policyFile) };
      if (signer.keyless) {
        const keyless = signer.keyless as { issuer: string; identity: string };
        return { kind: "keyless", issuer: keyless.issuer, identity: keyless.identity };
      }
      const notation = signer.notation as { "trust-store": string; identities: string[] };
      const store = resolveFile(notation["trust-store"], dir, policyFile);
      return { kind: "notation", trustStore: store.file, shown: store.shown, identities: notation.identities };
    });
  }
  if (typeof settings["trusted-root"] === "string") resolved["trusted-root"] = resolveFile(settings["trusted-root"], dir, policyFile);
  return resolved;
}

/** The resolved signer settings; a check that is on needs at least one signer. */
export function signerPolicy(id: string, settings: Record<string, unknown>, action: string, leafFile: string): SignerPolicy | undefined {
  const signers = (settings.signers as SignerSpec[] | undefined) ?? [];
  if (action !== "off" && signers.length === 0) {
    throw new GateError(`${leafFile}: checks.${id}.signers: list at least one signer (cosign-key, keyless or notation) to turn ${id} on`);
  }
  if (action === "off") return undefined;
  const policy: SignerPolicy = { signers };
  const root = settings["trusted-root"] as { file: string; shown: string } | undefined;
  if (root) policy.trustedRoot = root;
  return policy;
}
