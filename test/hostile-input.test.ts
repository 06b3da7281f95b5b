/**
 * Hostile files, Dockerfiles and images, generated at test time: each ends in time and within
 * memory, with exit 0/1 judged correctly or exit 2 and one clear line. Every case asserts the
 * exit code, the time taken (a generous deadline that only catches hangs) and the peak memory
 * of the CLI process. Dockerfiles of hostile shapes are in hostile-dockerfile.test.ts and images of
 * hostile size in hostile-image-size.test.ts: separate files run in parallel.
 */

import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsync, systemNode } from "./helpers/cli.ts";
import { fake } from "./helpers/fake-secrets.ts";
import { fifo, gzipLayer, layoutWithLayers, runMeasured, tarEntries, zstdFrame } from "./helpers/hostile-files.ts";
import { BUILT_CLI, ROOT } from "./helpers/paths.ts";
import { expectMeasured, expectOneLine, IMAGE_MEMORY, MiB, scratchDirs } from "./helpers/hostile-measure.ts";

const { workDir, scratch } = scratchDirs();

const GOOD = "FROM alpine:3.19\nUSER 1000\n";

describe("inputs that are not regular files, or are too large, are refused before they are read", () => {
  const cases: Array<[string, (dir: string) => { args: string[]; env?: Record<string, string> }, RegExp]> = [
    ["a Dockerfile that is /dev/zero", () => ({ args: ["/dev/zero"] }), /\/dev\/zero: is a character device, not a Dockerfile/],
    ["a Dockerfile that is a FIFO", (dir) => ({ args: [fifo(path.join(dir, "Dockerfile"))] }), /Dockerfile: is a FIFO \(named pipe\), not a Dockerfile/],
    ["a Dockerfile that is a directory", (dir) => ({ args: [dir] }), /is a directory, not a Dockerfile/],
    [
      "a Dockerfile over 1 MiB",
      (dir) => {
        writeFileSync(path.join(dir, "Dockerfile"), `FROM alpine\n${"# padding\n".repeat(120_000)}`);
        return { args: [path.join(dir, "Dockerfile")] };
      },
      /Dockerfile: larger than 1 MiB, too large for a Dockerfile/,
    ],
    [
      "a Dockerfile of more words than the parser takes",
      (dir) => {
        writeFileSync(path.join(dir, "Dockerfile"), `FROM alpine\nRUN ${"a ".repeat(250_000)}\n`);
        return { args: [path.join(dir, "Dockerfile")] };
      },
      /Dockerfile: 250003 words, more than a Dockerfile can hold here \(limit 200000\)/,
    ],
    [
      "--policy /dev/zero",
      (dir) => (writeFileSync(path.join(dir, "Dockerfile"), GOOD), { args: [path.join(dir, "Dockerfile"), "--policy", "/dev/zero"] }),
      /\/dev\/zero: is a character device, not a policy file/,
    ],
    [
      "a repository policy that extends /dev/zero",
      (dir) => {
        writeFileSync(path.join(dir, "Dockerfile"), GOOD);
        writeFileSync(path.join(dir, ".image-gate.yaml"), "version: 1\nextends: /dev/zero\n");
        return { args: ["Dockerfile"] };
      },
      /\/dev\/zero: is a character device, not a policy file/,
    ],
    [
      "a repository policy that is a FIFO (loaded automatically)",
      (dir) => {
        writeFileSync(path.join(dir, "Dockerfile"), GOOD);
        fifo(path.join(dir, ".image-gate.yaml"));
        return { args: ["Dockerfile"] };
      },
      /\.image-gate\.yaml: is a FIFO \(named pipe\), not a policy file/,
    ],
    [
      "a policy over 1 MiB",
      (dir) => {
        writeFileSync(path.join(dir, "Dockerfile"), GOOD);
        writeFileSync(path.join(dir, "big.yaml"), `version: 1\n${"# padding\n".repeat(120_000)}`);
        return { args: ["Dockerfile", "--policy", "big.yaml"] };
      },
      /big\.yaml: larger than 1 MiB, too large for a policy file/,
    ],
    ["scan results that are /dev/zero", () => ({ args: ["--scan-results", "/dev/zero"] }), /\/dev\/zero: is a character device, not scan results/],
    [
      "scan results that are a FIFO",
      (dir) => ({ args: ["--scan-results", fifo(path.join(dir, "scan.json"))] }),
      /scan\.json: is a FIFO \(named pipe\), not scan results/,
    ],
    [
      "a docker-archive that is /dev/zero",
      () => ({ args: ["--image", "docker-archive:/dev/zero"] }),
      /\/dev\/zero: is a character device, not an image archive/,
    ],
    [
      "an oci-archive that is a FIFO",
      (dir) => ({ args: ["--image", `oci-archive:${fifo(path.join(dir, "image.tar"))}`] }),
      /image\.tar: is a FIFO \(named pipe\), not an image archive/,
    ],
    [
      "an OCI layout whose index.json links to /dev/zero",
      (dir) => {
        writeFileSync(path.join(dir, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
        symlinkSync("/dev/zero", path.join(dir, "index.json"));
        return { args: ["--image", `oci:${dir}`] };
      },
      /index\.json: is a character device, not image metadata/,
    ],
    [
      "an OCI layout whose index.json is a FIFO",
      (dir) => {
        writeFileSync(path.join(dir, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
        fifo(path.join(dir, "index.json"));
        return { args: ["--image", `oci:${dir}`] };
      },
      /index\.json: is a FIFO \(named pipe\), not image metadata/,
    ],
  ];

  it.each(cases)("%s", (_name, setup, pattern) => {
    const dir = workDir("input");
    const { args, env } = setup(dir);
    const result = runMeasured(args, { cwd: dir, ...(env ? { env } : {}), timeoutMs: 60_000 });
    expectMeasured(result, { code: 2, memory: IMAGE_MEMORY, deadline: 30_000 });
    expectOneLine(result, pattern);
  });

  it("an OCI layout whose layer blob became a FIFO is refused when the layer is read", () => {
    const layout = layoutWithLayers([gzipLayer(tarEntries([{ name: "a.txt", content: "a" }]))]);
    scratch.push(layout);
    // The layer is the largest blob; swap it for a FIFO with the same name.
    const blobs = path.join(layout, "blobs", "sha256");
    const manifest = JSON.parse(readFileSync(path.join(layout, "index.json"), "utf8")).manifests[0].digest.slice(7) as string;
    const layer = JSON.parse(readFileSync(path.join(blobs, manifest), "utf8")).layers[0].digest.slice(7) as string;
    rmSync(path.join(blobs, layer));
    fifo(path.join(blobs, layer));
    const result = runMeasured(["--image", `oci:${layout}`], { timeoutMs: 60_000 });
    expectMeasured(result, { code: 2, memory: IMAGE_MEMORY, deadline: 30_000 });
    expectOneLine(result, /is a FIFO \(named pipe\), not a blob file/);
  });

  it("a Docker config that is /dev/zero is refused when a registry asks for credentials", async () => {
    const server = createServer((request, response) => {
      response.writeHead(401, { "www-authenticate": 'Basic realm="test"', "content-type": "application/json" });
      response.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const config = workDir("docker-config");
    symlinkSync("/dev/zero", path.join(config, "config.json"));
    const started = Date.now();
    try {
      const result = await runCliAsync(["--image", `docker://127.0.0.1:${port}/team/app:1.0`], {
        cwd: ROOT,
        env: { DOCKER_CONFIG: config },
        timeoutMs: 60_000,
      });
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 2 });
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/config\.json: is a character device, not a Docker config file/);
    } finally {
      server.close();
    }
  });
});

describe("zstd windows are capped at 128 MiB on every Node", () => {
  const tar = tarEntries([{ name: "hello.txt", content: "hello\n" }]);
  const diffId = gzipLayer(tar).diffId;
  const nodes = [process.execPath, systemNode()].filter((node, index, all): node is string => node !== undefined && all.indexOf(node) === index);

  it.each(nodes)("with %s", (node) => {
    const huge = layoutWithLayers([{ bytes: zstdFrame(tar, 31), diffId }]);
    const just = layoutWithLayers([{ bytes: zstdFrame(tar, 27), diffId }]);
    const over = layoutWithLayers([{ bytes: zstdFrame(tar, 27, 1), diffId }]);
    scratch.push(huge, just, over);
    const run = (layout: string) => {
      const started = Date.now();
      const result = spawnSync(node, [path.join(ROOT, "test/helpers/max-rss.mjs"), BUILT_CLI, "--image", `oci:${layout}`], {
        encoding: "utf8",
        timeout: 60_000,
      });
      const maxRss = Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1]) * 1024;
      return {
        code: result.status,
        stdout: result.stdout,
        stderr: result.stderr.replace(/maxRSS=\d+\n?$/, ""),
        maxRss,
        ms: Date.now() - started,
        signal: result.signal,
      };
    };
    const refused = run(huge);
    expectMeasured(refused, { code: 2, memory: IMAGE_MEMORY, deadline: 30_000 });
    expectOneLine(refused, /layer 1 \(sha256:[0-9a-f]{64}\): a zstd frame needs a window larger than 128 MiB, more than zstd decoders accept/);
    const pastByAnEighth = run(over);
    expectMeasured(pastByAnEighth, { code: 2, memory: IMAGE_MEMORY, deadline: 30_000 });
    expectOneLine(pastByAnEighth, /a zstd frame needs a window larger than 128 MiB/);
    expectMeasured(run(just), { code: 0, memory: IMAGE_MEMORY, deadline: 30_000 });
  });
});

describe("no silent pass", () => {
  const image = (entries: Parameters<typeof tarEntries>[0], user: string) => {
    const layout = layoutWithLayers([gzipLayer(tarEntries(entries))], { User: user });
    scratch.push(layout);
    return layout;
  };
  const passwd = (lines: string[]) => `${["root:x:0:0::/root:/bin/sh", ...lines].join("\n")}\n`;
  const judge = (layout: string) => {
    const result = runMeasured(["--image", `oci:${layout}`, "--format", "json"]);
    expect([0, 1]).toContain(result.code);
    expectMeasured(result, { code: result.code!, memory: IMAGE_MEMORY });
    return { result, report: JSON.parse(result.stdout) };
  };
  const rootUser = (report: { findings: Array<{ check: string; rule: string; message: string }> }) =>
    report.findings.filter((finding) => finding.check === "root-user").map((finding) => finding.rule);

  it.each(["+0", "-0", "+0:+0", "-0:1000", "4294967296", ":1000", "0000"])("config User %j runs as root", (user) => {
    const { result, report } = judge(image([{ name: "etc/passwd", content: passwd(["app:x:1000:1000::/:/bin/sh"]) }], user));
    expect(result.code).toBe(1);
    expect(rootUser(report)).toHaveLength(1);
  });

  it.each(["1000", "+1000", "app", "-1"])("config User %j does not", (user) => {
    const { result, report } = judge(image([{ name: "etc/passwd", content: passwd(["app:x:1000:1000::/:/bin/sh"]) }], user));
    expect(result.code).toBe(0);
    expect(rootUser(report)).toEqual([]);
  });

  it("a passwd line whose uid a runtime reads as 0 (not a number) makes that user root", () => {
    const { result, report } = judge(image([{ name: "etc/passwd", content: passwd(["app:x:abc:1000::/:/bin/sh"]) }], "app"));
    expect(result.code).toBe(1);
    expect(rootUser(report)).toEqual(["passwd-uid-0"]);
  });

  it.each([
    [
      "/etc/passwd links to /usr/lib/passwd",
      [
        { name: "usr/lib/passwd", content: passwd(["app:x:0:0::/:/bin/sh"]) },
        { name: "etc/passwd", type: "symlink" as const, linkname: "/usr/lib/passwd" },
      ],
    ],
    [
      "/etc/passwd links relatively, past the root",
      [
        { name: "usr/lib/passwd", content: passwd(["app:x:0:0::/:/bin/sh"]) },
        { name: "etc/passwd", type: "symlink" as const, linkname: "../../../../../usr/lib/passwd" },
      ],
    ],
    [
      "/etc is a link to another directory",
      [
        { name: "usr/etc/passwd", content: passwd(["app:x:0:0::/:/bin/sh"]) },
        { name: "etc", type: "symlink" as const, linkname: "usr/etc" },
      ],
    ],
  ])("the accounts are found when %s", (_name, entries) => {
    const { result, report } = judge(image(entries, "app"));
    expect(result.code).toBe(1);
    expect(rootUser(report)).toEqual(["passwd-uid-0"]);
  });

  it("the accounts are found when a later layer writes /etc/passwd through an /etc that a lower layer made a link", () => {
    const lower = tarEntries([
      { name: "usr/etc/passwd", content: passwd(["app:x:1000:1000::/:/bin/sh"]) },
      { name: "etc", type: "symlink", linkname: "usr/etc" },
    ]);
    const upper = tarEntries([{ name: "etc/passwd", content: passwd(["app:x:0:0::/:/bin/sh"]) }]);
    const layout = layoutWithLayers([gzipLayer(lower), gzipLayer(upper)], { User: "app" });
    scratch.push(layout);
    const { result, report } = judge(layout);
    expect(result.code).toBe(1);
    expect(rootUser(report)).toEqual(["passwd-uid-0"]);
  });

  it.each([
    [
      "/etc/passwd is larger than the capture limit",
      [
        {
          name: "etc/passwd",
          content: passwd(["app:x:0:0::/:/bin/sh", ...Array.from({ length: 150_000 }, (_, index) => `u${index}:x:${index + 2000}:100::/:/bin/sh`)]),
        },
      ],
      /larger than 4 MiB/,
    ],
    [
      "/etc/passwd is a link loop",
      [
        { name: "etc/passwd", type: "symlink" as const, linkname: "/etc/shadow" },
        { name: "etc/shadow", type: "symlink" as const, linkname: "/etc/passwd" },
      ],
      /too many levels of symbolic links/,
    ],
    [
      "/etc/passwd links to a file by another name",
      [
        { name: "srv/users.db", content: passwd(["app:x:0:0::/:/bin/sh"]) },
        { name: "etc/passwd", type: "symlink" as const, linkname: "/srv/users.db" },
      ],
      /not captured|a link to \/srv\/users\.db/,
    ],
  ])("root-user says it could not decide when %s", (_name, entries, reason) => {
    const { result, report } = judge(image(entries, "app"));
    expect(result.code).toBe(1);
    const finding = report.findings.find((candidate: { check: string }) => candidate.check === "root-user");
    expect(finding).toMatchObject({ rule: "accounts-unreadable", blocking: true });
    expect(finding.message).toMatch(reason);
  });

  it("a text file whose first bytes include a NUL is still scanned; binaries are counted as skipped", () => {
    const key = fake.awsAccessKeyId("hostile-nul");
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4000), Buffer.from(`${fake.githubPat("hostile-elf")}\n`)]);
    const layout = image(
      [
        { name: "srv/app.conf", content: Buffer.concat([Buffer.from([0]), Buffer.from(`aws_key_id = ${key}\nregion = eu-west-1\n`)]) },
        { name: "usr/bin/tool", content: elf },
      ],
      "1000",
    );
    const { result, report } = judge(layout);
    expect(result.code).toBe(1);
    expect(
      report.findings
        .filter((finding: { check: string }) => finding.check === "secret")
        .map((finding: { location: { path: string } }) => finding.location.path),
    ).toEqual(["/srv/app.conf"]);
    expect(report.summary.notScanned).toMatchObject({ binaryFiles: 1, binaryBytes: elf.length });
    expect(result.stdout).not.toContain(key);
    const table = runMeasured(["--image", `oci:${layout}`]);
    expectMeasured(table, { code: 1, memory: IMAGE_MEMORY });
    expect(table.stdout).toMatch(/^1 binary file \(\d+ bytes: executables, archives, media\) were not scanned for credentials\.$/m);
  });

  it("content past a limit is in the verdict line of every format, and strict blocks on it", () => {
    const layout = image([{ name: "srv/data.log", content: "x".repeat(3 * MiB) }], "1000");
    const dir = workDir("limits");
    writeFileSync(path.join(dir, "default.yaml"), "version: 1\nextends: default\nlimits:\n  max-file-size: 1MiB\n");
    writeFileSync(path.join(dir, "strict.yaml"), "version: 1\nextends: strict\nlimits:\n  max-file-size: 1MiB\n");
    const args = ["--image", `oci:${layout}`, "--policy"];
    const table = runMeasured([...args, path.join(dir, "default.yaml")]);
    expectMeasured(table, { code: 0, memory: IMAGE_MEMORY });
    expect(table.stdout).toMatch(/^Result: PASS · 0 blocking · \d+ warnings? · 0 suppressed · not scanned: 2\.0 MiB of 1 file past limits\.max-file-size$/m);
    const strict = runMeasured([...args, path.join(dir, "strict.yaml"), "--format", "json"]);
    expectMeasured(strict, { code: 1, memory: IMAGE_MEMORY });
    const report = JSON.parse(strict.stdout);
    expect(report.findings.find((finding: { check: string }) => finding.check === "unscanned-content")).toMatchObject({
      rule: "file-too-large",
      blocking: true,
    });
    expect(report.summary.notScanned).toMatchObject({ files: 1, fileBytes: 2 * MiB });
    const markdown = runMeasured([...args, path.join(dir, "default.yaml"), "--format", "markdown"]);
    expect(markdown.stdout).toContain("· ⚠️ not scanned: 2.0 MiB of 1 file past limits.max-file-size ·");
    const junit = runMeasured([...args, path.join(dir, "default.yaml"), "--format", "junit"]);
    expect(junit.stdout).toContain('<property name="not-scanned" value="not scanned: 2.0 MiB of 1 file past limits.max-file-size"/>');
    const sarif = runMeasured([...args, path.join(dir, "default.yaml"), "--format", "sarif"]);
    expect(JSON.parse(sarif.stdout).runs[0].properties.notScannedSummary).toBe("not scanned: 2.0 MiB of 1 file past limits.max-file-size");
  });
});
