import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  array,
  describe,
  optional,
  refine,
  strictObject,
  string
} from "./chunk-LRSFJNTU.js";
import {
  _minLength,
  globLength
} from "./chunk-PE4PBRI4.js";

// src/checks/signer-options.ts
import path from "node:path";
var nonEmpty = () => string().check(_minLength(1));
var signerSchema = strictObject({
  "cosign-key": optional(
    nonEmpty().check(describe("A PEM public key (cosign.pub): ECDSA P-256/P-384, Ed25519 or RSA; no transparency-log entry needed"))
  ),
  keyless: optional(
    strictObject({
      issuer: nonEmpty().check(globLength(), describe("OIDC issuer glob, e.g. https://token.actions.githubusercontent.com")),
      identity: nonEmpty().check(
        globLength(),
        describe("Certificate identity (SAN) glob, e.g. https://github.com/acme/*/.github/workflows/release.yml@refs/tags/*")
      )
    }).check(describe("Sigstore keyless: a Fulcio certificate and a transparency-log entry, checked against trusted-root"))
  ),
  notation: optional(
    strictObject({
      "trust-store": nonEmpty().check(describe("PEM file of the root certificates a signature must chain to (AWS Signer: its root certificate)")),
      identities: array(nonEmpty()).check(
        _minLength(1, "list at least one identity"),
        describe('"x509.subject: CN=…, O=…" (subset match on the leaf subject), an AWS Signer signing profile ARN, or "*"')
      )
    }).check(describe("Notation / AWS Signer: JWS envelopes with an X.509 chain"))
  )
}).check(
  refine(
    (signer) => ["cosign-key", "keyless", "notation"].filter((key) => signer[key] !== void 0).length === 1,
    "a signer is exactly one of cosign-key, keyless or notation"
  )
);
var SIGNER_OPTIONS = {
  signers: optional(array(signerSchema).check(describe("A valid signature by any one of these is enough"))),
  "trusted-root": optional(
    nonEmpty().check(describe("Sigstore trusted_root.json (or gh attestation trusted-root output); default: the public-good root shipped with image-gate"))
  )
};
var SIGNER_PRESETS = {
  default: { action: "off", why: "Reaches registries, and needs your signers: turn it on in your own policy with `signers`." },
  strict: { action: "off", why: "Needs your signers: turn it on in your own policy with `signers`." }
};
function resolveSignerFiles(options, absolute) {
  const resolved = { ...options };
  if (options.signers)
    resolved.signers = options.signers.map((signer) => {
      if (signer["cosign-key"] !== void 0) return { ...signer, "cosign-key": absolute(signer["cosign-key"]) };
      if (signer.notation) return { ...signer, notation: { ...signer.notation, "trust-store": absolute(signer.notation["trust-store"]) } };
      return signer;
    });
  if (options["trusted-root"] !== void 0) resolved["trusted-root"] = absolute(options["trusted-root"]);
  return resolved;
}
function signersProblem(id) {
  return (options) => (options.signers ?? []).length === 0 ? { field: "signers", message: `list at least one signer (cosign-key, keyless or notation) to turn ${id} on` } : void 0;
}
function signerSettings(options, cwd) {
  const { signers, "trusted-root": trustedRoot } = options;
  const shown = (file) => {
    const relative = path.relative(cwd, file);
    return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
  };
  const specs = (signers ?? []).map((signer) => {
    if (signer["cosign-key"] !== void 0) return { kind: "cosign-key", file: signer["cosign-key"], shown: shown(signer["cosign-key"]) };
    if (signer.keyless) return { kind: "keyless", issuer: signer.keyless.issuer, identity: signer.keyless.identity };
    const notation = signer.notation;
    return { kind: "notation", trustStore: notation["trust-store"], shown: shown(notation["trust-store"]), identities: notation.identities };
  });
  const settings = { signers: specs };
  if (trustedRoot !== void 0) settings.trustedRoot = { file: trustedRoot, shown: shown(trustedRoot) };
  return settings;
}

export {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signersProblem,
  signerSettings
};
