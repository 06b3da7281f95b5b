/**
 * How unsigned-image and unsigned-base-image judge signature evidence: a verified signature by a
 * listed signer passes; otherwise the most alarming rule wins (invalid-signature over
 * untrusted-signer over no-signature), and the message names what was found and who signed it.
 */

import type { Finding, Location, Severity } from "../findings.ts";
import type { SignatureEvidence, SignatureVerdict } from "../supply-chain/model.ts";
import { makeFinding, type Check } from "./types.ts";

/** The rules of both signature checks. */
export const SIGNATURE_RULES = {
  "no-signature": "No signature found",
  "untrusted-signer": "Signed, but by no signer the policy lists",
  "invalid-signature": "A signature fails verification (tampered or misplaced)",
} as const;

const FORMAT: Record<SignatureVerdict["format"], string> = { cosign: "cosign signature", "sigstore-bundle": "Sigstore bundle", notation: "Notation signature" };
const DISCOVERY: Record<SignatureVerdict["discovery"], string> = {
  "referrers-api": "referrer",
  "referrers-tag": "referrers tag",
  "cosign-tag": "tag",
  "image-index": "index",
  "oci-layout": "layout",
};

function describe(verdict: SignatureVerdict): string {
  const where =
    verdict.discovery === "referrers-api" || verdict.discovery === "referrers-tag"
      ? `${DISCOVERY[verdict.discovery]} ${verdict.where.slice(0, 19)}…`
      : `${DISCOVERY[verdict.discovery]} ${verdict.where}`;
  return `${FORMAT[verdict.format]} (${where}${verdict.signedBy ? `, signed by ${verdict.signedBy}` : ""}): ${verdict.reason}`;
}

function list(verdicts: SignatureVerdict[]): string {
  const shown = verdicts.slice(0, 3).map(describe).join("; ");
  return verdicts.length > 3 ? `${shown}; and ${verdicts.length - 3} more` : shown;
}

/** One finding for one signed thing, or none when a listed signer verifies it. */
export function judgeSignatureEvidence(
  check: Pick<Check, "id" | "severity" | "rules" | "openRules">,
  evidence: SignatureEvidence,
  what: string,
  location: Location,
  key: string,
): Finding[] {
  if (evidence.verdicts.some((verdict) => verdict.status === "verified")) return [];
  const invalid = evidence.verdicts.filter((verdict) => verdict.status === "invalid");
  const untrusted = evidence.verdicts.filter((verdict) => verdict.status === "untrusted");
  const digests = evidence.digests.map((entry) => `${entry.role} ${entry.digest}`).join(" and ");
  let rule: string;
  let message: string;
  let severity: Severity | undefined;
  if (invalid.length > 0) {
    rule = "invalid-signature";
    severity = "critical";
    message = `${what} has an invalid signature: ${invalid.length === 1 ? "a signature fails verification" : `${invalid.length} signatures fail verification`} (tampered or misplaced): ${list(invalid)}${untrusted.length > 0 ? `; also ${untrusted.length} by untrusted signers` : ""}.`;
  } else if (untrusted.length > 0) {
    rule = "untrusted-signer";
    message = `${what} is signed, but by no signer the policy lists (${evidence.signers} listed): ${list(untrusted)}.`;
  } else {
    rule = "no-signature";
    message = `${what} is not signed: no signature found for ${digests || "the image"} (looked for cosign .sig tags, referrers through the API or the sha256-<hex> tag, and Notation signatures).`;
  }
  return [makeFinding(check, { rule, message, location, key: `${key}|${rule}`, ...(severity ? { severity } : {}) })];
}
