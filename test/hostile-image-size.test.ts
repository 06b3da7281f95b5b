/**
 * Images of hostile size, generated at test time (a layer of a million files, a thousand layers,
 * megabytes of labels): each run stays within the image memory bound, measured on the CLI process.
 * Its own file so that these memory tests run beside the other slow files.
 */

import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gzipLayer, layoutWithLayers, manyFilesLayer, runMeasured, tarEntries } from "./helpers/hostile-files.ts";
import { cachedLayout } from "./helpers/generated-layouts.ts";
import { expectMeasured, expectOneLine, IMAGE_MEMORY, scratchDirs } from "./helpers/hostile-measure.ts";
import { ROOT } from "./helpers/paths.ts";

const { workDir, scratch } = scratchDirs();

describe("images of many entries stay under 200 MB", () => {
  it("one layer of a million empty files: the first 300,000 are kept, the rest reported", async () => {
    // Made once (seconds of tar headers and gzip) and kept between runs while its makers are unchanged.
    const layout = await cachedLayout("million-files", [fileURLToPath(import.meta.url), path.join(ROOT, "test/helpers/hostile-files.ts")], async () =>
      layoutWithLayers([await manyFilesLayer(workDir("million"), 1_000_000)]),
    );
    const result = runMeasured(["--image", `oci:${layout}`, "--format", "json"], { timeoutMs: 240_000 });
    expectMeasured(result, { code: 0, memory: IMAGE_MEMORY, deadline: 200_000 });
    const report = JSON.parse(result.stdout);
    const unscanned = report.findings.filter((finding: { check: string }) => finding.check === "unscanned-content");
    expect(unscanned.map((finding: { rule: string; message: string }) => [finding.rule, finding.message])).toEqual([
      [
        "entries-limit",
        "layer 1: 700000 entries (files, links, whiteouts) were not kept: the image holds more than 300000 (limits.max-entries), so their paths, modes and owners were not checked; their contents were still scanned for credentials.",
      ],
    ]);
    expect(report.summary.notScanned).toMatchObject({ entries: 700_000 });
    expect(result.stdout).not.toContain("Result:");
  }, 300_000);

  it("the entries kept are the same whatever order concurrent layers finish in: the first in image order", async () => {
    const dir = workDir("layers");
    const layers = [];
    for (const count of [600, 600, 600, 600]) layers.push(await manyFilesLayer(dir, count));
    const layout = layoutWithLayers(layers);
    scratch.push(layout);
    writeFileSync(path.join(dir, "policy.yaml"), "version: 1\nextends: default\nlimits:\n  max-entries: 1000\n");
    for (let run = 0; run < 3; run++) {
      const result = runMeasured(["--image", `oci:${layout}`, "--format", "json", "--policy", path.join(dir, "policy.yaml")]);
      expectMeasured(result, { code: 0, memory: IMAGE_MEMORY });
      const messages = JSON.parse(result.stdout)
        .findings.filter((finding: { check: string }) => finding.check === "unscanned-content")
        .map((finding: { message: string }) => finding.message.replace(/ \(files.*$/, ""));
      expect(messages.sort()).toEqual(["layer 2: 200 entries", "layer 3: 600 entries", "layer 4: 600 entries"]);
    }
  });
});

describe("image metadata of hostile size", () => {
  it("an image of more layers than any runtime mounts is refused before its layers are walked", () => {
    const layer = gzipLayer(tarEntries([{ name: "a.txt", content: "a" }]));
    const layout = layoutWithLayers(Array.from({ length: 1001 }, () => layer));
    scratch.push(layout);
    const result = runMeasured(["--image", `oci:${layout}`]);
    expectMeasured(result, { code: 2, memory: IMAGE_MEMORY, deadline: 30_000 });
    expectOneLine(result, /1001 layers; more than 1000 is not an image a container runtime can mount/);
  });

  it("a config of 4 MiB of labels is read within the image memory bound; a larger one is refused", () => {
    const layer = gzipLayer(tarEntries([{ name: "a.txt", content: "a" }]));
    const labels = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`l${index}`, "x"]));
    const fits = layoutWithLayers([layer], { User: "1000", Labels: labels(280_000) });
    const over = layoutWithLayers([layer], { User: "1000", Labels: labels(400_000) });
    scratch.push(fits, over);
    expectMeasured(runMeasured(["--image", `oci:${fits}`, "--format", "json"]), { code: 0, memory: IMAGE_MEMORY });
    const refused = runMeasured(["--image", `oci:${over}`]);
    expectMeasured(refused, { code: 2, memory: IMAGE_MEMORY });
    expectOneLine(refused, /blobs\/sha256\/[0-9a-f]{64}: larger than 4 MiB, too large for image metadata/);
  });
});
