import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { runCliAsync } from "./helpers/cli.ts";
import { FIXTURES, fixtureRef } from "./helpers/images.ts";
import { ROOT } from "./helpers/paths.ts";
import { push, pushTwoPlatformIndex, REGISTRY_PASSWORD, REGISTRY_USER, startRegistry, type RunningRegistry } from "./helpers/registry.ts";
import { retag } from "./helpers/tag-registry.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "./helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

const MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");

let registry: RunningRegistry;
let host: string;
const dockerConfig = mkdtempSync(path.join(os.tmpdir(), "image-gate-docker-config-"));
writeFileSync(path.join(dockerConfig, "config.json"), "{}");

/** The digest of what a tag points to, read straight from the registry. */
async function digestOf(repository: string, tag: string): Promise<string> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, { headers: { accept: MANIFEST_TYPES } });
  return `sha256:${createHash("sha256")
    .update(Buffer.from(await response.arrayBuffer()))
    .digest("hex")}`;
}

function dockerfileIn(content: string | Buffer): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-pin-"));
  const file = path.join(dir, "Dockerfile");
  writeFileSync(file, content);
  return { dir, file };
}

const pin = (dir: string, ...args: string[]) => runCliAsync(["pin", ...args], { cwd: dir, env: { DOCKER_CONFIG: dockerConfig } });

beforeAll(async () => {
  registry = await startRegistry({ auth: "none" });
  host = registry.host;
  await push(`${fixtureRef("clean", "oci")}:latest`, `docker://${host}/team/node:20`);
  for (const tag of ["20.11.0-alpine", "22", "latest"]) await retag(host, "team/node", "20", tag);
  await push(`${fixtureRef("accounts", "oci")}:latest`, `docker://${host}/team/tools:1.36`);
  await retag(host, "team/tools", "1.36", "latest");
  // A multi-platform tag: pin writes the index digest, not one platform's.
  pushTwoPlatformIndex(`docker://${host}/team/multi:1`, `${REGISTRY_USER}:${REGISTRY_PASSWORD}`, path.join(FIXTURES, "rootfs"));
}, 240_000);
afterAll(() => registry?.stop());

describe("image-gate pin", () => {
  it("appends the digest to every external reference and changes nothing else, byte for byte (CRLF, BOM, comments, AS, --platform, continuations, heredocs)", async () => {
    const node20 = await digestOf("team/node", "20");
    const alpine = await digestOf("team/node", "20.11.0-alpine");
    const tools = await digestOf("team/tools", "1.36");
    const toolsLatest = await digestOf("team/tools", "latest");
    const lines = [
      "# syntax=docker/dockerfile:1",
      "ARG BASE_TAG=20",
      "# the builder",
      `FROM --platform=$BUILDPLATFORM ${host}/team/node:20   AS build`,
      "RUN <<EOF",
      `echo "FROM ${host}/team/node:20 stays as it is inside a heredoc"`,
      "EOF",
      `COPY --from=${host}/team/tools:1.36 /bin/busybox /usr/local/bin/`,
      `RUN --mount=type=bind,from=${host}/team/tools,target=/t \\`,
      "    ls /t",
      "FROM \\",
      `    ${host}/team/node:20.11.0-alpine`,
      `FROM ${host}/team/node:\${BASE_TAG} AS variable`,
      "FROM scratch AS empty",
      `FROM ${host}/team/node@${node20} AS by-digest`,
      "FROM build",
      "COPY --from=build /x /y",
      "",
    ];
    const original = `\uFEFF${lines.join("\r\n")}`;
    const { dir, file } = dockerfileIn(original);
    const result = await pin(dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const expected = original
      .replace(`${host}/team/node:20   AS build`, `${host}/team/node:20@${node20}   AS build`)
      .replace(`COPY --from=${host}/team/tools:1.36 `, `COPY --from=${host}/team/tools:1.36@${tools} `)
      .replace(`from=${host}/team/tools,`, `from=${host}/team/tools@${toolsLatest},`)
      .replace(`    ${host}/team/node:20.11.0-alpine`, `    ${host}/team/node:20.11.0-alpine@${alpine}`);
    expect(readFileSync(file, "utf8")).toBe(expected);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(result.stdout.split("\n").filter(Boolean)).toEqual([
      `Dockerfile:4: ${host}/team/node:20 → ${host}/team/node:20@${node20}`,
      `Dockerfile:8: ${host}/team/tools:1.36 → ${host}/team/tools:1.36@${tools}`,
      `Dockerfile:9: ${host}/team/tools → ${host}/team/tools@${toolsLatest}`,
      `Dockerfile:11: ${host}/team/node:20.11.0-alpine → ${host}/team/node:20.11.0-alpine@${alpine}`,
      `Dockerfile:13: ${host}/team/node:\${BASE_TAG} not pinned (holds a variable)`,
      `Dockerfile:15: ${host}/team/node@${node20} unchanged (pinned by digest only)`,
    ]);
    // Pinned once, a second run finds nothing to do, and --check agrees.
    const again = await pin(dir, "--check");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Dockerfile:4: ${host}/team/node:20@${node20} unchanged`);
    expect(readFileSync(file, "utf8")).toBe(expected);
  }, 60_000);

  it("writes the index digest for a multi-platform tag", async () => {
    const index = await digestOf("team/multi", "1");
    const { dir, file } = dockerfileIn(`FROM ${host}/team/multi:1\n`);
    expect((await pin(dir)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(`FROM ${host}/team/multi:1@${index}\n`);
    const manifest = JSON.parse(
      Buffer.from(await (await fetch(`http://${host}/v2/team/multi/manifests/${index}`, { headers: { accept: MANIFEST_TYPES } })).arrayBuffer()).toString(
        "utf8",
      ),
    );
    expect(manifest.manifests).toHaveLength(2);
  }, 60_000);

  it("--check notices a tag that moved (exit 1, writes nothing); pin then refreshes the digest", async () => {
    await push(`${fixtureRef("clean", "oci")}:latest`, `docker://${host}/team/app:1`);
    const before = await digestOf("team/app", "1");
    const { dir, file } = dockerfileIn(`FROM ${host}/team/app:1@${before}\nUSER 1000\n`);
    expect((await pin(dir, "--check")).code).toBe(0);

    // Someone pushes a new image under the same tag.
    await push(`${fixtureRef("accounts", "oci")}:latest`, `docker://${host}/team/app:1`);
    const after = await digestOf("team/app", "1");
    expect(after).not.toBe(before);
    const check = await pin(dir, "--check");
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(`Dockerfile:1: ${host}/team/app:1@${before} → ${host}/team/app:1@${after}\n`);
    expect(check.stderr).toBe("image-gate: 1 reference would change; run image-gate pin to update them\n");
    expect(readFileSync(file, "utf8")).toBe(`FROM ${host}/team/app:1@${before}\nUSER 1000\n`);

    const refreshed = await pin(dir, "Dockerfile");
    expect(refreshed.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(`FROM ${host}/team/app:1@${after}\nUSER 1000\n`);
  }, 60_000);

  it("cannot pin: a missing tag, an unreachable registry, a missing file are exit 2 with one line, and nothing is written", async () => {
    const original = `FROM ${host}/team/node:20\nFROM ${host}/team/node:9.9.9\n`;
    const { dir, file } = dockerfileIn(original);
    const missing = await pin(dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^image-gate: error: docker:\/\/127\.0\.0\.1:\d+\/team\/node: tag "9\.9\.9" not found in team\/node at 127\.0\.0\.1:\d+ \(tags: .*\)\n$/,
    );
    expect(readFileSync(file, "utf8")).toBe(original);

    const down = dockerfileIn("FROM 127.0.0.1:9/team/node:20\n");
    const unreachable = await pin(down.dir);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toBe("image-gate: error: 127.0.0.1:9: cannot connect (connection refused)\n");

    const none = await pin(mkdtempSync(path.join(os.tmpdir(), "image-gate-pin-")));
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("image-gate: error: Dockerfile: cannot read the Dockerfile (no such file)\n");
    const flags = await pin(dir, "--write");
    expect(flags.code).toBe(2);
    expect(flags.stderr).toMatch(/^image-gate: error: pin: Unknown option '--write'.*\(see image-gate pin --help\)\n$/);
  }, 60_000);

  it("the report's mutable-tag findings carry the same pin, and SARIF offers it as a fix (valid SARIF 2.1.0)", async () => {
    const node20 = await digestOf("team/node", "20");
    const { dir } = dockerfileIn(`# app\nFROM ${host}/team/node:20 AS build\nFROM ${host}/team/node:22\nUSER 1000\n`);
    writeFileSync(path.join(dir, ".image-gate.yaml"), "version: 1\nextends: strict\n");
    const sarifFile = path.join(dir, "report.sarif");
    const result = await runCliAsync(["--format", "json", "--report", `sarif=${sarifFile}`], { cwd: dir, env: { DOCKER_CONFIG: dockerConfig } });
    expect(result.code).toBe(1);
    const pinFinding = JSON.parse(result.stdout).findings.find((finding: { check: string }) => finding.check === "mutable-tag");
    expect(pinFinding.message).toBe(
      `FROM ${host}/team/node:20 is not pinned by digest; the policy requires @sha256:<digest>. Pin it: ${host}/team/node:20 → ${host}/team/node:20@${node20} (image-gate pin).`,
    );
    expect(pinFinding.fix).toEqual({
      description: `Pin ${host}/team/node:20 to the digest it points to now`,
      file: "Dockerfile",
      region: { startLine: 2, startColumn: 6, endLine: 2, endColumn: 6 + `${host}/team/node:20`.length },
      replacement: `${host}/team/node:20@${node20}`,
    });
    const sarif = JSON.parse(readFileSync(sarifFile, "utf8"));
    const fixed = sarif.runs[0].results.find(
      (item: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) =>
        item.ruleId === "mutable-tag/not-digest-pinned" && item.locations[0]!.physicalLocation.region.startLine === 2,
    );
    expect(fixed.fixes).toEqual([
      {
        description: { text: `Pin ${host}/team/node:20 to the digest it points to now` },
        artifactChanges: [
          {
            artifactLocation: { uri: "Dockerfile", uriBaseId: "%SRCROOT%" },
            replacements: [{ deletedRegion: pinFinding.fix.region, insertedContent: { text: `${host}/team/node:20@${node20}` } }],
          },
        ],
      },
    ]);
    const validation = spawnSync(path.join(ROOT, "node_modules", ".bin", "sarif-multitool"), ["validate", sarifFile], { encoding: "utf8", timeout: 120_000 });
    const output = `${validation.stdout}${validation.stderr}`;
    expect(output).toMatch(/Analysis completed successfully|files? scanned/);
    expect(output.split("\n").filter((line) => /: error /i.test(line))).toEqual([]);
  }, 180_000);

  it("the built CLI runs pin on the machine's own Node", () => {
    const { dir } = dockerfileIn("FROM scratch\n");
    const node = spawnSync("/usr/bin/node", [path.join(ROOT, ".cache", "test-build", "dist", "cli.js"), "pin", "--check"], { cwd: dir, encoding: "utf8" });
    expect([node.status, node.stdout, node.stderr]).toEqual([0, "", ""]);
  });
});

describe("the documented weekly pin workflow", () => {
  it("runs pin --check on a schedule, pin when something moved, and opens a pull request with the result", () => {
    const workflow = YAML.parse(readFileSync(path.join(ROOT, "examples", "github", "pin-refresh.yml"), "utf8"));
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect(workflow.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    const steps: Array<{ id?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> }> = workflow.jobs.pin.steps;
    const check = steps.find((step) => step.id === "check")!;
    expect(workflow.jobs.pin.env.IMAGE_GATE).toMatch(/^github:OWNER\/image-gate#v\d+\.\d+\.\d+$/);
    expect(check.run).toContain('npx --yes "$IMAGE_GATE" pin Dockerfile --check');
    expect(check.run).toMatch(/\[ "\$status" -eq 1 \] \|\| exit "\$status"/);
    const refresh = steps.find((step) => step.run?.includes("pin Dockerfile") && !step.run.includes("--check"))!;
    expect(refresh.if).toBe("steps.check.outputs.stale == 'true'");
    const pr = steps.find((step) => step.uses?.startsWith("peter-evans/create-pull-request@"))!;
    expect(pr.if).toBe("steps.check.outputs.stale == 'true'");
    expect(pr.with).toMatchObject({ "add-paths": "Dockerfile", "body-path": "pins.txt" });
  });
});
