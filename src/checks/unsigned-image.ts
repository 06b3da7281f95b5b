import { judgeSignatureEvidence, SIGNATURE_RULES } from "./signature-verdicts.ts";
import { resolveSignerFiles, SIGNER_OPTIONS, SIGNER_PRESETS, signersProblem } from "./signer-options.ts";
import { defineCheck, type Check } from "./types.ts";

export const unsignedImage: Check<typeof SIGNER_OPTIONS> = defineCheck({
  id: "unsigned-image",
  title: "Image is not signed by a trusted signer",
  severity: "high",
  rationale:
    "A signature by a key or identity you trust is what proves the image is the one your pipeline built and that nobody replaced or altered it in the registry.",
  remediation:
    "Sign the pushed digest in the release pipeline (cosign sign --key, cosign keyless in GitHub Actions, or AWS Signer with notation sign) and list that signer under checks.unsigned-image.signers.",
  references: ["NIST SP 800-190 §4.1.5, §4.2.3", "CIS Docker Benchmark 4.5", "SLSA Build L2"],
  rules: SIGNATURE_RULES,
  options: SIGNER_OPTIONS,
  presets: SIGNER_PRESETS,
  network: true,
  resolveFiles: resolveSignerFiles,
  problemWhenOn: signersProblem("unsigned-image"),
  run(evidence) {
    const signatures = evidence.signatures;
    if (!signatures) return [];
    return judgeSignatureEvidence(unsignedImage, signatures, "The image", { image: signatures.image }, signatures.image.replace(/@.*$/, ""));
  },
});
