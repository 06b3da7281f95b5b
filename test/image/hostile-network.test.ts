/**
 * Issue 11, network and process half: registries and `docker save` that misbehave. Every case
 * runs the built CLI as a user would and asserts how it exits, that it ends well within its
 * deadline (a hang fails the test instead of stalling it) and that its peak memory stays under
 * the 200 MB promise. Redirects and token realms that point at metadata or loopback addresses are
 * refused before any connection: names resolve through a table preloaded into the CLI
 * (fake-dns.mjs), and a listener that must never be reached counts its connections.
 */

import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { LookupFunction } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.ts";
import { pseudoRandom } from "../helpers/fake-secrets.ts";
import { startForbiddenListener, startHostileRegistry, type HostileOptions, type HostileRegistry } from "../helpers/hostile-registry.ts";
import { AwsStandIn, digestOf, ecrRef } from "../helpers/aws-stand-in.ts";
import { DAEMON_ARCHIVES } from "../helpers/images.ts";
import { runMeasured, type MeasuredRun } from "../helpers/measured-run.ts";
import { makeCa, type TestCa } from "../helpers/registry.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

const MB = 1024 * 1024;
const PEAK_LIMIT = 200 * MB;

/** What each case measured, printed at the end (the issue's report quotes it). */
const measured: Array<{ name: string; code: number | null; seconds: string; peakMB: string }> = [];
afterAll(() => {
  console.log(
    ["hostile case | exit | time | peak RSS", ...measured.map((row) => `${row.name} | ${row.code} | ${row.seconds} s | ${row.peakMB} MB`)].join("\n"),
  );
});

function record(name: string, run: MeasuredRun): void {
  measured.push({ name, code: run.code, seconds: (run.ms / 1000).toFixed(1), peakMB: (run.peakRssBytes / MB).toFixed(0) });
}

/** Exit 2 with one line matching `pattern`, within `maxMs` (and not before `minMs`), under the memory limit. */
function expectRefused(name: string, run: MeasuredRun, pattern: RegExp, timing: { maxMs: number; minMs?: number }): void {
  record(name, run);
  // Code and stderr together, so a failure shows what the gate said.
  expect({ code: run.code, lines: run.stderr.trimEnd().split("\n").length, stderr: run.stderr }).toMatchObject({ code: 2, lines: 1 });
  expect(run.stderr).toMatch(/^image-gate: error: /);
  expect(run.stderr.trimEnd()).toMatch(pattern);
  expect(run.ms).toBeLessThan(timing.maxMs);
  expect(run.ms).toBeGreaterThanOrEqual(timing.minMs ?? 0);
  expect(run.peakRssBytes).toBeLessThan(PEAK_LIMIT);
}

const work = mkdtempSync(path.join(os.tmpdir(), "image-gate-hostile-"));
const emptyDockerConfig = mkdtempSync(path.join(os.tmpdir(), "image-gate-docker-config-"));
writeFileSync(path.join(emptyDockerConfig, "config.json"), "{}");

/** A policy with short deadlines, so each case takes seconds. */
function policy(limits: Record<string, string>): string {
  const file = path.join(mkdtempSync(path.join(work, "policy-")), "policy.yaml");
  writeFileSync(
    file,
    `version: 1\nextends: default\nlimits:\n${Object.entries(limits)
      .map(([key, value]) => `  ${key}: ${value}\n`)
      .join("")}`,
  );
  return file;
}
const SHORT = policy({ "idle-timeout": "2s", "read-timeout": "6s", "max-layer-size": "64MiB" });

async function withRegistry<T>(options: HostileOptions, use: (registry: HostileRegistry) => Promise<T>): Promise<T> {
  const registry = await startHostileRegistry(options);
  try {
    return await use(registry);
  } finally {
    await registry.stop();
  }
}

function gate(image: string, extra: string[] = [], env: Record<string, string | undefined> = {}, dns?: Record<string, string[]>): Promise<MeasuredRun> {
  return runMeasured(["--image", image, "--format", "json", ...extra], { env: { DOCKER_CONFIG: emptyDockerConfig, ...env }, ...(dns ? { dns } : {}) });
}

describe.concurrent("a registry that misbehaves: exit 2 naming the blob, within the deadlines, in bounded memory", () => {
  it("a blob longer than its descriptor's size is read no further than that size", async () => {
    await withRegistry({ layer: "longer-than-size" }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused(
        "blob longer than its declared size",
        run,
        /blob sha256:[0-9a-f]{64} is longer than the \d+ bytes its descriptor declares; stopped reading it/,
        {
          maxMs: 60_000,
        },
      );
    });
  });

  it("an endless gzip stream of zeros stops at limits.max-layer-size: the blob cannot be verified, so it is not an image", async () => {
    await withRegistry({ layer: "endless-gzip-zeros", declaredLayerSize: 60 * MB }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused(
        "endless gzip of zeros",
        run,
        /layer 1 \(sha256:[0-9a-f]{64}\): more than limits\.max-layer-size \(67108864 bytes\) unpacked; stopped reading it, so its digest cannot be verified/,
        { maxMs: 60_000 },
      );
    });
  });

  it("endless plain zeros end at the declared size", async () => {
    await withRegistry({ layer: "endless-zeros", declaredLayerSize: 8 * MB }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused("endless plain zeros", run, /blob sha256:[0-9a-f]{64} is longer than the 8388608 bytes its descriptor declares/, { maxMs: 60_000 });
    });
  });

  it("a layer that declares more than limits.max-layer-size is refused before a byte of it is read", async () => {
    await withRegistry({ layer: "endless-gzip-zeros", declaredLayerSize: 2 ** 40 }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused(
        "declared size above the layer limit",
        run,
        /layer 1 \(sha256:[0-9a-f]{64}\): its descriptor declares 1099511627776 bytes, more than limits\.max-layer-size/,
        {
          maxMs: 60_000,
        },
      );
      expect(registry.requests.some((request) => request.path.endsWith(registry.image.layerDigest))).toBe(false);
    });
  });

  it("a trickle of one byte every half second meets the total deadline (the idle one never fires)", async () => {
    await withRegistry({ layer: "trickle", trickleMs: 500 }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused(
        "trickle, 1 byte / 0.5 s",
        run,
        /blob sha256:[0-9a-f]{64} not received within 6 s \(\d+ bytes arrived\) \(limits\.read-timeout, plus a second per 64 KiB the descriptor declares\)/,
        { minMs: 6_000, maxMs: 60_000 },
      );
    });
  });

  it("a blob that goes silent after its headers meets the idle deadline", async () => {
    await withRegistry({ layer: "silent" }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused("silent blob", run, /blob sha256:[0-9a-f]{64}: nothing received from 127\.0\.0\.1:\d+ for 2 s \(limits\.idle-timeout\)/, {
        minMs: 2_000,
        maxMs: 60_000,
      });
    });
  });

  it.each([
    ["silent-before-headers", /manifest 1 not received within 6 s|no response for 2 s \(limits\.idle-timeout\)/],
    ["trickle-headers", /manifest 1 not received within 6 s|no response for 2 s \(limits\.idle-timeout\)/],
    // Cut at 16 MiB, or by the read deadline when a busy machine cannot take 16 MiB in 6 s.
    ["endless", /manifest: response larger than 4194304 bytes|manifest 1 not received within 6 s/],
  ] as const)("a manifest that is %s ends within the deadlines", async (behaviour, pattern) => {
    await withRegistry({ manifest: behaviour, trickleMs: 500 }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused(`manifest ${behaviour}`, run, pattern, { maxMs: 60_000 });
    });
  });

  it("an endless token response is cut at 1 MiB", async () => {
    await withRegistry({ bearer: { realm: "self", token: "endless" } }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused("endless token", run, /token: response larger than 1048576 bytes/, { maxMs: 60_000 });
    });
  });

  it.each([
    ["redirect-loop", /blob sha256:[0-9a-f]{64}: more than 5 redirects/],
    ["content-length-mismatch", /blob sha256:[0-9a-f]{64}: the registry sends \d+ bytes but its descriptor declares \d+/],
    ["short", /blob sha256:[0-9a-f]{64} ended after \d+ of the \d+ bytes its descriptor declares/],
  ] as const)("a blob with %s is exit 2", async (behaviour, pattern) => {
    await withRegistry({ layer: behaviour }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      expectRefused(`blob ${behaviour}`, run, pattern, { maxMs: 60_000 });
    });
  });

  it("--timeout ends a run that no narrower deadline catches, saying what it was reading", async () => {
    const patient = policy({ "idle-timeout": "2s", "read-timeout": "1h" });
    await withRegistry({ layer: "trickle", trickleMs: 500 }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", patient, "--timeout", "5s"]);
      // On a busy machine the deadline can come while the config is still being fetched.
      expectRefused(
        "--timeout 5s over a trickle",
        run,
        /timed out after 5s \(--timeout\) while (?:reading docker:\/\/127\.0\.0\.1:\d+\/hostile\/app:1: layer 1 \(sha256:[0-9a-f]{64}\)|fetching (?:manifest 1|blob sha256:[0-9a-f]{64}) of docker:\/\/127\.0\.0\.1:\d+\/hostile\/app:1)$/,
        { minMs: 5_000, maxMs: 60_000 },
      );
    });
  });

  it("a healthy registry passes with the same short deadlines (the cases above are not artifacts)", async () => {
    await withRegistry({}, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT]);
      record("healthy registry", run);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).targets.image).toMatchObject({ user: "1000", digest: registry.image.manifestDigest });
    });
  });
});

describe("--timeout: parsing", () => {
  it.each([["0s"], ["soon"], ["10"], ["1d"]])("--timeout %s is exit 2 naming the flag and the input", async (value) => {
    const run = await runMeasured(["--timeout", value, "--image", "docker-archive:nothing.tar"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^image-gate: error: --timeout \(action input timeout\): expected a duration such as 30m, 90s or 1h/);
  });
});

/** A stand-in `docker` whose `save` runs this shell script; it records its pid so the test can see it was ended. */
function standInDocker(script: string): { dir: string; pidFile: string } {
  const dir = mkdtempSync(path.join(work, "docker-"));
  const pidFile = path.join(dir, "pid");
  writeFileSync(path.join(dir, "docker"), `#!/bin/sh\necho $$ > ${pidFile}\n${script}\n`);
  chmodSync(path.join(dir, "docker"), 0o755);
  return { dir, pidFile };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.concurrent("docker save that misbehaves: the gate never waits on it, and always ends it", () => {
  const archive = path.join(DAEMON_ARCHIVES, "classic_secrets.tar");
  const cases: Array<[string, string, string[], RegExp, { maxMs: number; minMs?: number }]> = [
    // Ignores SIGTERM too, so ending it takes SIGKILL.
    [
      "writes nothing",
      "trap '' TERM\nexec sleep 600",
      ["--policy", SHORT],
      /docker save sent nothing for 2 s \(limits\.idle-timeout\)/,
      { minMs: 2_000, maxMs: 60_000 },
    ],
    [
      "streams junk",
      "exec cat /dev/urandom",
      [],
      /docker-daemon:app: (?:the docker save stream is not a valid archive|.*Invalid tar header)/,
      { maxMs: 60_000 },
    ],
    ["streams zeros", "exec cat /dev/zero", [], /docker-daemon:app: neither manifest\.json nor index\.json found/, { maxMs: 60_000 }],
    [
      "writes a whole archive, then fails",
      `cat ${archive}\necho "Error response from daemon: write failed" >&2\nexit 1`,
      [],
      /docker save failed \(Error response from daemon: write failed\)/,
      { maxMs: 60_000 },
    ],
    ["stops halfway", `head -c 100000 ${archive}\nexec sleep 600`, ["--policy", SHORT], /docker save sent nothing for 2 s/, { minMs: 2_000, maxMs: 60_000 }],
    // Past the run's deadline, the gate still ends it (SIGKILL) before it reports.
    [
      "ignores SIGTERM and never writes (--timeout)",
      "trap '' TERM\nexec sleep 600",
      ["--timeout", "3s"],
      /timed out after 3s \(--timeout\) while reading the image docker-daemon:app$/,
      { minMs: 3_000, maxMs: 60_000 },
    ],
    [
      "trickles forever (--timeout)",
      `head -c 100000 ${archive}\nwhile :; do printf x; sleep 0.5; done`,
      ["--timeout", "4s"],
      /timed out after 4s \(--timeout\) while reading docker-daemon:app: /,
      { minMs: 4_000, maxMs: 60_000 },
    ],
  ];
  it.each(cases)("docker save that %s", async (name, script, extra, pattern, timing) => {
    const docker = standInDocker(script);
    const run = await gate("docker-daemon:app", extra, { PATH: `${docker.dir}:${process.env.PATH}` });
    expectRefused(`docker save ${name}`, run, pattern, timing);
    const pid = Number(readFileSync(docker.pidFile, "utf8"));
    expect({ pid, running: isRunning(pid) }).toEqual({ pid, running: false });
  });

  it("docker save that writes a whole archive, then never exits: judged from the archive, at once", async () => {
    // The default idle deadline (30 s) would come too late: the gate stops at the end of the archive.
    const docker = standInDocker(`cat ${archive}\nexec sleep 600`);
    const run = await gate("docker-daemon:app", [], { PATH: `${docker.dir}:${process.env.PATH}` });
    record("docker save writes a whole archive, then never exits", run);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: "" });
    expect(run.ms).toBeLessThan(25_000);
    expect(run.peakRssBytes).toBeLessThan(PEAK_LIMIT);
    expect(JSON.parse(run.stdout).findings.some((finding: { check: string }) => finding.check === "secret")).toBe(true);
    const pid = Number(readFileSync(docker.pidFile, "utf8"));
    expect({ pid, running: isRunning(pid) }).toEqual({ pid, running: false });
  });
});

describe("--timeout while waiting for a scan", () => {
  it("ends the wait (not at the next poll), saying which scan it was waiting for", async () => {
    const standIn = await new AwsStandIn().start();
    try {
      standIn.ecr.set("app", { repository: "app", tags: ["latest"], digest: digestOf("app"), statuses: [{ status: "IN_PROGRESS" }], findings: [] });
      const waiting = path.join(mkdtempSync(path.join(work, "policy-")), "policy.yaml");
      writeFileSync(waiting, "version: 1\nextends: default\nvulnerabilities:\n  sources: [ecr]\n  wait: 10m\n");
      const run = await runMeasured(["--ecr-image", ecrRef("app"), "--policy", waiting, "--timeout", "4s"], {
        env: { ...standIn.env(), DOCKER_CONFIG: emptyDockerConfig },
      });
      record("--timeout 4s while an ECR scan stays IN_PROGRESS", run);
      // In a CI log the wait logs each change of state; the error is the last line.
      const lines = run.stderr.trimEnd().split("\n");
      expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 2 });
      expect(lines.slice(0, -1).every((line) => /^image-gate: ECR (?:enhanced )?scan of app@sha256:[0-9a-f]+…: /.test(line))).toBe(true);
      expect(lines.at(-1)).toMatch(
        /^image-gate: error: timed out after 4s \(--timeout\) while waiting for the ECR (?:enhanced )?scan of app@sha256:[0-9a-f]+… \(scan IN_PROGRESS\)$/,
      );
      expect(run.ms).toBeGreaterThanOrEqual(4_000);
      expect(run.ms).toBeLessThan(60_000);
      expect(run.peakRssBytes).toBeLessThan(PEAK_LIMIT);
    } finally {
      await standIn.stop();
    }
  });
});

describe.concurrent("credential helpers the gate runs are ended too", () => {
  const user = "ci-bot";
  const password = pseudoRandom(`helper-${process.pid}`, 24);
  /** A Docker config naming a stand-in credential helper, and a PATH where it is. */
  function helper(script: string): { env: Record<string, string>; pidFile: string } {
    const dir = mkdtempSync(path.join(work, "helper-"));
    const pidFile = path.join(dir, "pid");
    writeFileSync(path.join(dir, "docker-credential-standin"), `#!/bin/sh\necho $$ > ${pidFile}\n${script}\n`);
    chmodSync(path.join(dir, "docker-credential-standin"), 0o755);
    writeFileSync(path.join(dir, "config.json"), JSON.stringify({ credsStore: "standin" }));
    return { env: { DOCKER_CONFIG: dir, PATH: `${dir}:${process.env.PATH}` }, pidFile };
  }

  it("a helper that answers is used", async () => {
    const standIn = helper(`cat > /dev/null\nprintf '{"Username":"${user}","Secret":"${password}"}'`);
    await withRegistry({ basic: { user, password } }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT], standIn.env);
      record("credential helper that answers (control)", run);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      expect(registry.requests.some((request) => request.authorization?.startsWith("Basic "))).toBe(true);
    });
  });

  it.each([
    [
      "never answers",
      "trap '' TERM\nexec sleep 600",
      /docker-credential-standin: the credential helper gave no answer for 127\.0\.0\.1:\d+ within 2 s \(limits\.idle-timeout\)/,
      2_000,
    ],
    [
      "floods its output",
      "exec cat /dev/zero",
      /docker-credential-standin: the credential helper's answer for 127\.0\.0\.1:\d+ is larger than 1048576 bytes/,
      0,
    ],
  ] as const)("a helper that %s is ended, and the run is exit 2", async (name, script, pattern, minMs) => {
    const standIn = helper(script);
    await withRegistry({ basic: { user, password } }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, ["--policy", SHORT], standIn.env);
      expectRefused(`credential helper ${name}`, run, pattern, { minMs, maxMs: 60_000 });
    });
    const pid = Number(readFileSync(standIn.pidFile, "utf8"));
    expect({ pid, running: isRunning(pid) }).toEqual({ pid, running: false });
  });
});

describe("credentials stay with the origin they were given for", () => {
  const user = "ci-bot";
  const password = pseudoRandom(`hostile-${process.pid}`, 24);
  const config = mkdtempSync(path.join(os.tmpdir(), "image-gate-docker-config-"));
  let ca: TestCa;
  beforeAll(() => {
    ca = makeCa();
  });
  const login = (host: string) =>
    writeFileSync(path.join(config, "config.json"), JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${user}:${password}`).toString("base64") } } }));

  it("an HTTPS registry redirecting to plain HTTP on the same host and port gets no Authorization there (loopback included)", async () => {
    await withRegistry(
      {
        basic: { user, password },
        tls: ca.issue(["127.0.0.1"]),
        redirectBlobs: (digest, self) => `http://127.0.0.1:${self.port}/storage/${digest}`,
      },
      async (registry) => {
        login(registry.host);
        const run = await gate(`docker://${registry.host}/hostile/app:1`, [], { DOCKER_CONFIG: config, NODE_EXTRA_CA_CERTS: ca.caCert });
        record("https → http redirect (credentials dropped)", run);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        const storage = registry.requests.filter((request) => request.path.startsWith("/storage/"));
        expect(storage.length).toBeGreaterThanOrEqual(2);
        expect(storage.every((request) => request.scheme === "http" && request.authorization === undefined)).toBe(true);
        expect(
          registry.requests.filter((request) => request.path.startsWith("/v2/") && request.authorization).every((request) => request.scheme === "https"),
        ).toBe(true);
        expect(registry.requests.some((request) => request.path.startsWith("/v2/") && request.authorization?.startsWith("Basic "))).toBe(true);
      },
    );
  });

  it("a plain-HTTP loopback registry keeps them on a same-origin redirect, and drops them when the port changes", async () => {
    const storage = await startHostileRegistry({});
    try {
      for (const [target, kept] of [
        [(digest: string, self: { port: number }) => `http://127.0.0.1:${self.port}/storage/${digest}`, true],
        [(digest: string) => `http://127.0.0.1:${storage.port}/storage/${digest}`, false],
      ] as const) {
        await withRegistry({ basic: { user, password }, redirectBlobs: target }, async (registry) => {
          login(registry.host);
          const run = await gate(`docker://${registry.host}/hostile/app:1`, [], { DOCKER_CONFIG: config });
          record(`loopback redirect, credentials ${kept ? "kept (same origin)" : "dropped (other port)"}`, run);
          expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
          const served = (kept ? registry : storage).requests.filter((request) => request.path.startsWith("/storage/"));
          expect(served.length).toBeGreaterThanOrEqual(2);
          expect(served.every((request) => (request.authorization !== undefined) === kept)).toBe(true);
        });
      }
    } finally {
      await storage.stop();
    }
  });
});

describe.concurrent("SSRF: every hop of every redirect, and what names resolve to, is checked before connecting", () => {
  let ca: TestCa;
  let tlsFiles: { cert: string; key: string };
  beforeAll(() => {
    ca = makeCa();
    tlsFiles = ca.issue(["registry.test"]);
  });
  const env = () => ({ NODE_EXTRA_CA_CERTS: ca.caCert });
  const DNS = { "registry.test": ["127.0.0.1"], "rebind.test": ["127.0.0.1"], "meta.test": ["169.254.169.254"], localhost: ["127.0.0.1"] };

  it("the setup works: a registry with a name (resolved through the table) over HTTPS is read", async () => {
    await withRegistry({ tls: tlsFiles, hostname: "registry.test" }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, [], env(), DNS);
      record("named registry over TLS (control)", run);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    });
  });

  it.each([
    ["http://169.254.169.254/latest/meta-data/", /refusing a redirect to 169\.254\.169\.254: a link-local address/],
    ["http://[::ffff:169.254.169.254]/latest/meta-data/", /refusing a redirect to \[::ffff:a9fe:a9fe\]: a link-local address/],
    ["http://[fd00:ec2::254]/latest/meta-data/", /refusing a redirect to \[fd00:ec2::254\]: a cloud metadata address/],
    ["http://2852039166/latest/meta-data/", /refusing a redirect to 169\.254\.169\.254: a link-local address/],
    ["http://0251.0376.0251.0376/latest/meta-data/", /refusing a redirect to 169\.254\.169\.254: a link-local address/],
    ["http://[fe80::a9fe:a9fe]/", /refusing a redirect to \[fe80::a9fe:a9fe\]: a link-local address/],
    ["http://100.100.100.200/latest/meta-data/", /refusing a redirect to 100\.100\.100\.200: a cloud metadata address/],
    ["http://metadata.google.internal/computeMetadata/v1/", /refusing a redirect to metadata\.google\.internal: a cloud metadata service/],
    ["http://meta.test/latest/meta-data/", /meta\.test resolves to 169\.254\.169\.254, a link-local address .*; refusing to connect/],
  ])("a blob redirect to %s is refused", async (location, pattern) => {
    await withRegistry({ tls: tlsFiles, hostname: "registry.test", redirectBlobs: () => location }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, [], env(), DNS);
      expectRefused(`blob redirect to ${location}`, run, pattern, { maxMs: 60_000 });
    });
  });

  it.each([["127.0.0.1"], ["2130706433"], ["0x7f.1"], ["[::ffff:127.0.0.1]"], ["localhost"], ["rebind.test"]])(
    "a blob redirect from a registry not named as loopback to %s:PORT never reaches the listener there",
    async (host) => {
      const forbidden = await startForbiddenListener();
      try {
        await withRegistry({ tls: tlsFiles, hostname: "registry.test", redirectBlobs: () => `http://${host}:${forbidden.port}/x` }, async (registry) => {
          const run = await gate(`docker://${registry.host}/hostile/app:1`, [], env(), DNS);
          expectRefused(
            `blob redirect to ${host} (loopback)`,
            run,
            /a loopback address, and only a registry named as a loopback host may send the gate there/,
            {
              maxMs: 60_000,
            },
          );
        });
        expect(forbidden.connections()).toBe(0);
      } finally {
        await forbidden.stop();
      }
    },
  );

  it("a registry whose name resolves to a metadata address at a later connection (DNS rebinding) is refused there", async () => {
    await withRegistry({ tls: tlsFiles, hostname: "registry.test", closeConnections: true }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, [], env(), { "registry.test": ["127.0.0.1", "169.254.169.254"] });
      expectRefused("registry name rebinding to metadata", run, /registry\.test resolves to 169\.254\.169\.254, a link-local address .*; refusing to connect/, {
        maxMs: 60_000,
      });
      expect(registry.requests.length).toBe(1);
    });
  });

  it("a token realm on loopback, for a registry not named as loopback, is never asked", async () => {
    const forbidden = await startForbiddenListener();
    try {
      await withRegistry({ tls: tlsFiles, hostname: "registry.test", bearer: { realm: `https://127.0.0.1:${forbidden.port}/token` } }, async (registry) => {
        const run = await gate(`docker://${registry.host}/hostile/app:1`, [], env(), DNS);
        expectRefused("loopback token realm", run, /refusing the token realm 127\.0\.0\.1:\d+: a loopback address/, { maxMs: 60_000 });
      });
      expect(forbidden.connections()).toBe(0);
    } finally {
      await forbidden.stop();
    }
  });

  it.each([
    ["http://169.254.169.254/latest/api/token", /refusing a token realm redirect to 169\.254\.169\.254: a link-local address/],
    ["http://[::ffff:169.254.169.254]/latest/api/token", /refusing a token realm redirect to \[::ffff:a9fe:a9fe\]: a link-local address/],
    ["https://[fd00:ec2::254]/latest/api/token", /refusing a token realm redirect to \[fd00:ec2::254\]: a cloud metadata address/],
    ["http://registry.test:1/token", /refusing a token realm redirect to http:\/\/registry\.test:1 \(credentials only go over HTTPS\)/],
  ])("a token realm that redirects to %s is refused at that hop", async (location, pattern) => {
    await withRegistry({ tls: tlsFiles, hostname: "registry.test", bearer: { realm: "self", token: { redirect: location } } }, async (registry) => {
      const run = await gate(`docker://${registry.host}/hostile/app:1`, [], env(), DNS);
      expectRefused(`token realm redirect to ${location}`, run, pattern, { maxMs: 60_000 });
      expect(registry.requests.filter((request) => request.path === "/token")).toHaveLength(1);
    });
  });

  it("the resolver an embedding injects (GateOptions.registry.lookup) is checked the same way", async () => {
    const forbidden = await startForbiddenListener();
    const asked: string[] = [];
    const lookup = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      asked.push(hostname);
      const address = hostname === "registry.test" ? "127.0.0.1" : hostname === "rebind.test" ? "127.0.0.1" : undefined;
      if (!address) return callback(Object.assign(new Error(`not found: ${hostname}`), { code: "ENOTFOUND" }));
      return options.all ? callback(null, [{ address, family: 4 }]) : callback(null, address, 4);
    }) as unknown as LookupFunction;
    const savedCa = process.env.NODE_EXTRA_CA_CERTS;
    const tls = await import("node:tls");
    const defaults = tls.getCACertificates("default");
    tls.setDefaultCACertificates([...defaults, readFileSync(ca.caCert, "utf8")]);
    try {
      await withRegistry({ tls: tlsFiles, hostname: "registry.test", redirectBlobs: () => `http://rebind.test:${forbidden.port}/x` }, async (registry) => {
        const started = Date.now();
        await expect(runGate({ image: `docker://${registry.host}/hostile/app:1`, policy: "default", registry: { lookup } })).rejects.toThrow(
          /rebind\.test resolves to 127\.0\.0\.1, a loopback address, and only a registry named as a loopback host may send the gate there/,
        );
        expect(Date.now() - started).toBeLessThan(20_000);
      });
      expect(asked).toContain("rebind.test");
      expect(forbidden.connections()).toBe(0);
    } finally {
      tls.setDefaultCACertificates(defaults);
      process.env.NODE_EXTRA_CA_CERTS = savedCa;
      await forbidden.stop();
    }
  });
});
