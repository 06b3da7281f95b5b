import { describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.ts";
import { FORMATS, fixtureRef, IMAGES } from "../helpers/images.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

/** What a user compares across formats: every finding's identity, place and words. */
async function findingsOf(ref: string) {
  const { report } = await runGate({ image: ref, policy: "default" });
  return report.findings.map((finding) => ({
    check: finding.check,
    rule: finding.rule,
    location: finding.location,
    locations: finding.locations,
    message: finding.message,
    evidence: finding.evidence,
  }));
}

describe("the same findings from every format", () => {
  it.each(IMAGES)("%s", async (image) => {
    const [first, ...others] = await Promise.all(FORMATS.map((format) => findingsOf(fixtureRef(image, format))));
    for (const other of others) expect(other).toEqual(first);
  });

  it("zstd and uncompressed layers read like gzip ones", async () => {
    const gzip = await findingsOf(fixtureRef("secrets", "oci"));
    expect(await findingsOf(fixtureRef("secrets", "oci-zstd"))).toEqual(gzip);
    expect(await findingsOf(fixtureRef("secrets", "oci-uncompressed"))).toEqual(gzip);
  });
});
