/**
 * Files whose names say they hold credentials are read as text even when their first bytes look
 * binary. The rule is data in src/secrets/text-files.ts; the image reader asks the scanner.
 */

import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, walkLayer } from "../../src/image/layer-walker.ts";
import { mergeImageNeeds, readPlan } from "../../src/image/needs.ts";
import { defaultScanner } from "../../src/secrets/scanner.ts";
import { zipArchive } from "../helpers/archives.ts";
import { fake } from "../helpers/fake-secrets.ts";
import { tarOf } from "../helpers/oci-layout.ts";

const token = fake.githubPat("text-files");
/** Control bytes first (a stray header, a damaged file), a credential after them. */
const binaryLooking = Buffer.concat([Buffer.alloc(64, 1), Buffer.from(`\ntoken=${token}\n`)]);

describe("credential file names are read as text whatever they look like", () => {
  it("the scanner answers for the names the rule lists, and for no other", () => {
    const scanner = defaultScanner();
    for (const path of ["/home/app/.npmrc", "/root/.ssh/id_ed25519", "/srv/prod.env", "/root/.aws/config", "/etc/tls/server.key", "/x.war!/.env"])
      expect(scanner.readsAsText(path), path).toBe(true);
    for (const path of ["/usr/bin/env", "/srv/app.bin", "/srv/config.yaml", "/root/.aws/cache"]) expect(scanner.readsAsText(path), path).toBe(false);
  });

  it("a walk scans such a file and such an archive member, and skips the same bytes under another name as binary", async () => {
    const layer = await tarOf([
      { name: "home/app/.npmrc", content: binaryLooking },
      { name: "srv/blob.bin", content: binaryLooking },
      { name: "srv/app.jar", content: zipArchive({ ".env": binaryLooking, "data.bin": binaryLooking }) },
    ]);
    const needs = mergeImageNeeds([{ credentials: true }]);
    const scan = await walkLayer(Readable.from([layer]), { index: 0, label: "layer 1" }, DEFAULT_LIMITS, { plan: readPlan(needs), scanner: defaultScanner() });
    expect(scan.hits.map((hits) => hits.path).sort()).toEqual(["/home/app/.npmrc", "/srv/app.jar!.env"]);
    expect(scan.binary.files).toBe(1);
  });
});
