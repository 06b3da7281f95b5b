import { judgeSignatureEvidence } from "./signature-verdicts.ts";
import type { Check } from "./types.ts";

export const unsignedImage: Check = {
  id: "unsigned-image",
  title: "Image is not signed by a trusted signer",
  severity: "high",
  network: true,
  rationale:
    "A signature by a key or identity you trust is what proves the image is the one your pipeline built and that nobody replaced or altered it in the registry.",
  remediation:
    "Sign the pushed digest in the release pipeline (cosign sign --key, cosign keyless in GitHub Actions, or AWS Signer with notation sign) and list that signer under checks.unsigned-image.signers.",
  references: ["NIST SP 800-190 §4.1.5, §4.2.3", "CIS Docker Benchmark 4.5", "SLSA Build L2"],
  run(evidence) {
    const signatures = evidence.signatures;
    if (!signatures) return [];
    return judgeSignatureEvidence(unsignedImage, signatures, "The image", { image: signatures.image }, signatures.image.replace(/@.*$/, ""));
  },
};
