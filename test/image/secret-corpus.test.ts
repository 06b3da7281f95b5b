/**
 * Recall and precision of the secret check on an image built the way applications ship: one file
 * per configuration format and archive type, one per look-alike (test/helpers/secret-corpus.ts).
 * Every credential is found, at its path, once; nothing else is.
 */

import { describe, expect, it } from "vitest";
import type { LayerLocation } from "../../src/findings.ts";
import { runGate } from "../../src/gate.ts";
import { fixtureRef } from "../helpers/images.ts";
import { secretCorpus } from "../helpers/secret-corpus.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

describe("secret corpus image", () => {
  it("finds every credential in every format (recall 100%) and nothing in the look-alikes (no false positives)", async () => {
    const { report } = await runGate({ image: fixtureRef("corpus", "oci"), policy: "default" });
    const corpus = secretCorpus();
    const found = report.findings
      .filter((finding) => finding.check === "secret")
      .map((finding) => `${finding.rule} ${(finding.location as LayerLocation).path}`)
      .sort();
    const expected = corpus.expected.map((item) => `${item.rule} ${item.path}`).sort();
    expect(found).toEqual(expected);
  });

  it("one credential in two files, one of them deleted by a later layer, is one finding with both places", async () => {
    const { report } = await runGate({ image: fixtureRef("corpus", "oci"), policy: "default" });
    const shared = report.findings.filter((finding) => finding.check === "secret" && (finding.location as LayerLocation).path === "/app/ci/token.txt");
    expect(shared).toHaveLength(1);
    expect(shared[0]!.locations?.map((location) => [(location as LayerLocation).path, (location as LayerLocation).deleted])).toEqual([
      ["/app/ci/token.txt", false],
      [secretCorpus().deletedCopy, true],
    ]);
  });

  it("reads archives whole: no member is reported as not scanned", async () => {
    const { report } = await runGate({ image: fixtureRef("corpus", "oci"), policy: "default" });
    expect(report.findings.filter((finding) => finding.check === "unscanned-content")).toEqual([]);
  });
});
