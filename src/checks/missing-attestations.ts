import * as z from "zod/mini";
import type { Finding } from "../findings.ts";
import type { AttestationRecord } from "../supply-chain/model.ts";
import { defineCheck, makeFinding, type Check } from "./types.ts";

/** What missing-attestations can require (policy `require`), and the rule each one reports. */
const ATTESTATION_REQUIREMENTS = { sbom: "no-sbom", provenance: "no-provenance" } as const;

const WHAT = { sbom: "an SBOM (SPDX or CycloneDX)", provenance: "SLSA provenance (v0.2 or v1)" } as const;

function describe(record: AttestationRecord): string {
  const where =
    record.discovery === "image-index"
      ? "in the image index"
      : record.discovery === "cosign-tag"
        ? `in ${record.where}`
        : `as ${record.discovery === "oci-layout" ? "a layout entry" : "a referrer"}`;
  if (record.unreadable !== undefined) return `${record.predicateType || "an attestation"} ${where} cannot be read: ${record.unreadable}`;
  return `${record.predicateType} ${where} names ${record.subjects.join(", ") || "no digest"}`;
}

const OPTIONS = {
  require: z.optional(z.array(z.enum(["sbom", "provenance"])).check(z.describe("Which attestations the image must have (default: sbom and provenance)"))),
};

export const missingAttestations: Check<typeof OPTIONS> = defineCheck({
  id: "missing-attestations",
  title: "Image has no SBOM or provenance attestation",
  severity: "medium",
  rules: { "no-sbom": "No SBOM attestation for the image", "no-provenance": "No SLSA provenance attestation for the image" },
  options: OPTIONS,
  presets: {
    default: { action: "off", why: "Reaches the registry: turn it on in your own policy." },
    strict: { action: "fail", why: "Images read from a registry must carry an SBOM and provenance." },
  },
  network: true,
  rationale:
    "Without an SBOM nobody can tell what an image contains when the next vulnerability lands, and without provenance nobody can tell which source and build produced it.",
  remediation:
    "Build with docker buildx build --sbom=true --provenance=mode=max --push, or attest the pushed digest (actions/attest-build-provenance with push-to-registry, cosign attest --type slsaprovenance|spdxjson).",
  references: ["NIST SP 800-190 §4.1.5", "NIST SP 800-218 PS.3.2", "SLSA Build L1"],
  run(evidence, options) {
    const attestations = evidence.attestations;
    if (!attestations) return [];
    const required = options.require ?? ["sbom", "provenance"];
    const findings: Finding[] = [];
    const digests = attestations.digests.map((entry) => entry.digest);
    for (const kind of required) {
      const records = attestations.records.filter((record) => record.kind === kind);
      if (records.some((record) => record.matches && record.unreadable === undefined)) continue;
      const rule = ATTESTATION_REQUIREMENTS[kind];
      const others = records.length > 0 ? ` Found, but not for this image: ${records.slice(0, 3).map(describe).join("; ")}.` : "";
      findings.push(
        makeFinding(missingAttestations, {
          rule,
          message: `The image has no ${WHAT[kind]} attestation whose subject is ${digests.join(" or ")} (looked in the image index and its referrers).${others}`,
          location: { image: attestations.image },
          key: `${attestations.image.replace(/@.*$/, "")}|${rule}`,
        }),
      );
    }
    return findings;
  },
});
