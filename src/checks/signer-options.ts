/**
 * The policy options unsigned-image and unsigned-base-image share: `signers` (cosign keys,
 * Sigstore keyless identities, Notation trust stores) and `trusted-root`. Files are resolved
 * against the directory of the policy that names them, before layers merge.
 */

import path from "node:path";
import * as z from "zod/mini";
import { globLength } from "../glob.ts";
import type { SignerSettings } from "../supply-chain/collect.ts";
import type { SignerSpec } from "../supply-chain/signers.ts";
import type { OptionsOf, Stance } from "./types.ts";

const nonEmpty = () => z.string().check(z.minLength(1));

const signerSchema = z
  .strictObject({
    "cosign-key": z.optional(
      nonEmpty().check(z.describe("A PEM public key (cosign.pub): ECDSA P-256/P-384, Ed25519 or RSA; no transparency-log entry needed")),
    ),
    keyless: z.optional(
      z
        .strictObject({
          issuer: nonEmpty().check(globLength(), z.describe("OIDC issuer glob, e.g. https://token.actions.githubusercontent.com")),
          identity: nonEmpty().check(
            globLength(),
            z.describe("Certificate identity (SAN) glob, e.g. https://github.com/acme/*/.github/workflows/release.yml@refs/tags/*"),
          ),
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

/** The options shape of both signature checks. */
export const SIGNER_OPTIONS = {
  signers: z.optional(z.array(signerSchema).check(z.describe("A valid signature by any one of these is enough"))),
  "trusted-root": z.optional(
    nonEmpty().check(z.describe("Sigstore trusted_root.json (or gh attestation trusted-root output); default: the public-good root shipped with image-gate")),
  ),
};
type SignerOptions = OptionsOf<typeof SIGNER_OPTIONS>;

/** Both signature checks are off in every preset: they need the team's own signers. */
export const SIGNER_PRESETS: Record<"default" | "strict", Stance<typeof SIGNER_OPTIONS>> = {
  default: { action: "off", why: "Reaches registries, and needs your signers: turn it on in your own policy with `signers`." },
  strict: { action: "off", why: "Needs your signers: turn it on in your own policy with `signers`." },
};

/** Makes the files a layer names absolute (relative to that policy's directory). */
export function resolveSignerFiles(options: SignerOptions, absolute: (file: string) => string): SignerOptions {
  const resolved: SignerOptions = { ...options };
  if (options.signers)
    resolved.signers = options.signers.map((signer) => {
      if (signer["cosign-key"] !== undefined) return { ...signer, "cosign-key": absolute(signer["cosign-key"]) };
      if (signer.notation) return { ...signer, notation: { ...signer.notation, "trust-store": absolute(signer.notation["trust-store"]) } };
      return signer;
    });
  if (options["trusted-root"] !== undefined) resolved["trusted-root"] = absolute(options["trusted-root"]);
  return resolved;
}

/** A signature check that is on needs someone to trust. */
export function signersProblem(id: string) {
  return (options: SignerOptions): { field: string; message: string } | undefined =>
    (options.signers ?? []).length === 0
      ? { field: "signers", message: `list at least one signer (cosign-key, keyless or notation) to turn ${id} on` }
      : undefined;
}

/** The merged options as the supply-chain source takes them; files are shown relative to the working directory. */
export function signerSettings(options: Record<string, unknown>, cwd: string): SignerSettings {
  const { signers, "trusted-root": trustedRoot } = options as SignerOptions;
  const shown = (file: string) => {
    const relative = path.relative(cwd, file);
    return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
  };
  const specs = (signers ?? []).map((signer): SignerSpec => {
    if (signer["cosign-key"] !== undefined) return { kind: "cosign-key", file: signer["cosign-key"], shown: shown(signer["cosign-key"]) };
    if (signer.keyless) return { kind: "keyless", issuer: signer.keyless.issuer, identity: signer.keyless.identity };
    const notation = signer.notation!;
    return { kind: "notation", trustStore: notation["trust-store"], shown: shown(notation["trust-store"]), identities: notation.identities };
  });
  const settings: SignerSettings = { signers: specs };
  if (trustedRoot !== undefined) settings.trustedRoot = { file: trustedRoot, shown: shown(trustedRoot) };
  return settings;
}
