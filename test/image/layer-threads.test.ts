/**
 * The built CLI walks layers side by side, the largest on worker threads (src/image/layer-threads.ts)
 * and the next in its own thread; imported from source, as most tests do, the same walker
 * runs in the calling thread for every layer. These tests hold the two to the same results and the
 * same errors (whichever thread meets them), and cover the parts of the walk that only show on big
 * files.
 */

import { createHash, randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.ts";
import { runCli } from "../helpers/cli.ts";
import { fake } from "../helpers/fake-secrets.ts";
import { fixtureRef } from "../helpers/images.ts";
import { ociLayout, tarOf } from "../helpers/oci-layout.ts";
import { ROOT } from "../helpers/paths.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

const secretPaths = (findings: Array<{ check: string; location?: unknown }>) =>
  findings
    .filter((finding) => finding.check === "secret")
    .map((finding) => (finding.location as { path: string }).path)
    .sort((a, b) => a.localeCompare(b));

describe("layers walked on worker threads", () => {
  for (const format of ["oci", "docker-archive", "oci-archive"] as const) {
    it(`report what the in-thread walk reports (${format})`, async () => {
      const reference = fixtureRef("secrets", format);
      const built = runCli(["--image", reference, "--format", "json"], { cwd: ROOT });
      expect(built.stderr).toBe("");
      const { report } = await runGate({ image: reference, policy: "default" });
      expect(JSON.parse(built.stdout).findings).toEqual(JSON.parse(JSON.stringify(report.findings)));
      expect(secretPaths(report.findings).length).toBeGreaterThan(0);
    });
  }

  it("end a corrupt, hostile or tampered layer with one clear line and exit 2", async () => {
    const gz = zlib.gzipSync(await tarOf([{ name: "a.txt", content: "x".repeat(100_000) }]));
    const corrupt = Buffer.from(gz);
    corrupt.fill(0x41, 40, 120);
    const cases: Array<[string, RegExp]> = [
      // Largest first, to the worker: the corrupt layer is walked on the worker thread, then in the CLI's own thread.
      [await ociLayout({ layers: [{ entries: [{ name: "ok.txt", content: "fine" }] }, { raw: corrupt }] }), /layer 2 .*corrupt gzip or tar data/],
      [
        await ociLayout({ layers: [{ entries: [{ name: "big.bin", content: randomBytes(400_000).toString("base64") }] }, { raw: corrupt }] }),
        /layer 2 .*corrupt gzip or tar data/,
      ],
      [await ociLayout({ layers: [{ entries: [{ name: "../../etc/passwd", content: "root::0:0::/:/bin/sh\n" }] }] }), /climbs out of the root/],
      [
        await ociLayout({ layers: [{ entries: [{ name: "a.txt", content: "x" }], diffId: `sha256:${"0".repeat(64)}` }] }),
        /does not match the image config's diff_id/,
      ],
    ];
    for (const [dir, message] of cases) {
      const result = runCli(["--image", `oci:${dir}`], { cwd: ROOT });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("threads started before the walk", () => {
  // The gate starts its layer threads while it reads the policy and the Dockerfile (a core is free
  // then); they must hold no run open when they are not used, nor when the run fails before its image.
  it("end with the run when the image has one layer, and when the run fails before its image is read", async () => {
    const single = await ociLayout({ layers: [{ entries: [{ name: "etc/motd", content: "hello\n" }] }] });
    const passed = runCli(["--image", `oci:${single}`, "--format", "json"], { cwd: ROOT });
    expect(passed.code).not.toBeNull(); // null: killed at the helper's deadline, so something held the process open
    expect(JSON.parse(passed.stdout).targets.image.layers).toBe(1);

    const two = await ociLayout({ layers: [{ entries: [{ name: "a.txt", content: "a" }] }, { entries: [{ name: "b.txt", content: "b" }] }] });
    const failed = runCli(["no-such.Dockerfile", "--image", `oci:${two}`], { cwd: ROOT });
    expect(failed.code).toBe(2);
    expect(failed.stderr.trim().split("\n")).toHaveLength(1);
    expect(failed.stderr).toMatch(/no-such\.Dockerfile/);
  });
});

describe("files the distribution installed", () => {
  // A hit in a file whose md5 matches dpkg's checksums is public content: for a file in one scan
  // window and for one spanning many, on the worker threads as in this thread.
  it("are recognised by their dpkg md5, small or larger than one scan window, and a modified one is not", async () => {
    const token = fake.githubPat("packaged");
    const small = `TOKEN=${token}\n`;
    const large = `${"# filler line of a long settings file\n".repeat(20_000)}TOKEN=${token}\n`;
    expect(large.length).toBeGreaterThan(512 * 1024);
    const md5 = (text: string) => createHash("md5").update(text).digest("hex");
    const dir = await ociLayout({
      layers: [
        {
          entries: [
            { name: "usr/lib/pkg/small.txt", content: small },
            { name: "usr/lib/pkg/large.txt", content: large },
            { name: "usr/lib/pkg/changed.txt", content: `${small}# edited\n` },
            {
              name: "var/lib/dpkg/info/pkg.md5sums",
              content: [`${md5(small)}  usr/lib/pkg/small.txt`, `${md5(large)}  usr/lib/pkg/large.txt`, `${md5(small)}  usr/lib/pkg/changed.txt`, ""].join(
                "\n",
              ),
            },
          ],
        },
      ],
    });
    const inThread = await runGate({ image: `oci:${dir}`, policy: "default" });
    expect(secretPaths(inThread.report.findings)).toEqual(["/usr/lib/pkg/changed.txt"]);
    const built = runCli(["--image", `oci:${dir}`, "--format", "json"], { cwd: ROOT });
    expect(secretPaths(JSON.parse(built.stdout).findings)).toEqual(["/usr/lib/pkg/changed.txt"]);
  });
});
