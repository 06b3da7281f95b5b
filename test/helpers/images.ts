/**
 * Builds the test images with a real builder: buildah (vfs storage, chroot isolation, --layers)
 * over a tiny base made from busybox-static, written as docker-archive, oci, oci-archive and a
 * Docker 25+ style archive (an OCI layout plus manifest.json, metadata after the blobs).
 * Nothing binary is committed; everything is rebuilt when test/images changes.
 */

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fake } from "./fake-secrets.ts";
import { secretCorpus } from "./secret-corpus.ts";
import { ROOT } from "./paths.ts";

export const FIXTURES = path.join(ROOT, ".cache", "fixtures");
export const IMAGES = ["secrets", "accounts", "hardening", "clean", "large", "corpus"] as const;
export type FixtureImage = (typeof IMAGES)[number];
export const FORMATS = ["docker-archive", "oci", "oci-archive", "docker25"] as const;
export type FixtureFormat = (typeof FORMATS)[number];

/** The credentials the secrets image is built with (deterministic, assembled at run time). */
export const FIXTURE_SECRETS = {
  privateKey: fake.privateKey("fixture-rsa"),
  awsKeyId: fake.awsAccessKeyId("fixture-aws"),
  awsSecret: fake.awsSecretKey("fixture-aws-secret"),
  dbPassword: fake.password("fixture-db"),
  npmrcToken: fake.npmToken("fixture-npmrc"),
  npmBuildToken: fake.npmToken("fixture-build"),
  deployToken: fake.githubPat("fixture-deploy"),
};

/** The transport reference of a fixture in a format (`docker-archive:/…/secrets/docker-archive.tar`). */
export function fixtureRef(image: FixtureImage, format: FixtureFormat | "oci-zstd" | "oci-uncompressed"): string {
  const dir = path.join(FIXTURES, image);
  switch (format) {
    case "docker-archive":
      return `docker-archive:${path.join(dir, "docker-archive.tar")}`;
    case "oci":
      return `oci:${path.join(dir, "oci")}`;
    case "oci-zstd":
      return `oci:${path.join(dir, "oci-zstd")}`;
    case "oci-uncompressed":
      return `oci:${path.join(dir, "oci-uncompressed")}`;
    case "oci-archive":
      return `oci-archive:${path.join(dir, "oci-archive.tar")}`;
    case "docker25":
      return `docker-archive:${path.join(dir, "docker25.tar")}`;
  }
}

/** Directory of archives the stand-in `docker save` streams, and the stand-in itself. */
export const DAEMON_ARCHIVES = path.join(FIXTURES, "daemon");
export const STAND_IN_DOCKER_DIR = path.join(ROOT, "test", "fixtures");

function contextFiles(image: FixtureImage): Record<string, string | Buffer> {
  switch (image) {
    case "corpus":
      return Object.fromEntries(Object.entries(secretCorpus().files).map(([file, content]) => [`corpus${file}`, content]));
    case "secrets":
      return {
        id_rsa: `${FIXTURE_SECRETS.privateKey}\n`,
        credentials: `[default]\naws_access_key_id = ${FIXTURE_SECRETS.awsKeyId}\naws_secret_access_key = ${FIXTURE_SECRETS.awsSecret}\n`,
        "app.env": `NODE_ENV=production\nDB_PASSWORD=${FIXTURE_SECRETS.dbPassword}\n`,
        npmrc: `//registry.npmjs.org/:_authToken=${FIXTURE_SECRETS.npmrcToken}\n`,
      };
    case "large":
      return {
        "big.txt": Array.from({ length: 6000 }, (_, index) => `line ${index}: nothing secret here, just text to make the file large enough\n`).join(""),
      };
    default:
      return {};
  }
}

function buildArgs(image: FixtureImage): string[] {
  return image === "secrets" ? ["--build-arg", `NPM_TOKEN=${FIXTURE_SECRETS.npmBuildToken}`, "--build-arg", `DEPLOY_TOKEN=${FIXTURE_SECRETS.deployToken}`] : [];
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const name of [...IMAGES].sort()) hash.update(readFileSync(path.join(ROOT, "test", "images", name, "Dockerfile")));
  hash.update(readFileSync(new URL(import.meta.url)));
  for (const helper of ["fake-secrets.ts", "secret-corpus.ts", "archives.ts"]) hash.update(readFileSync(path.join(ROOT, "test", "helpers", helper)));
  return hash.digest("hex");
}

export function buildFixtures(): void {
  const stamp = path.join(FIXTURES, "stamp");
  const hash = inputsHash();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  rmSync(FIXTURES, { recursive: true, force: true });
  mkdirSync(DAEMON_ARCHIVES, { recursive: true });
  const storage = ["--root", path.join(FIXTURES, "storage"), "--runroot", path.join(FIXTURES, "run"), "--storage-driver", "vfs"];
  const buildah = (...args: string[]) => execFileSync("buildah", [...storage, ...args], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

  // The base: a root filesystem made of busybox-static and a few account files.
  const rootfs = path.join(FIXTURES, "rootfs");
  for (const dir of ["bin", "etc", "tmp", "root", "home", "var/lib"]) mkdirSync(path.join(rootfs, dir), { recursive: true });
  const busybox = execFileSync("sh", ["-c", "command -v busybox"], { encoding: "utf8" }).trim();
  cpSync(busybox, path.join(rootfs, "bin", "busybox"));
  const applets = execFileSync(busybox, ["--list"], { encoding: "utf8" }).split("\n").filter(Boolean);
  for (const applet of applets) if (applet !== "busybox") symlinkSync("busybox", path.join(rootfs, "bin", applet));
  writeFileSync(path.join(rootfs, "etc", "passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n");
  writeFileSync(path.join(rootfs, "etc", "group"), "root:x:0:\nnogroup:x:65534:\n");
  execFileSync("chmod", ["1777", path.join(rootfs, "tmp")]);
  const container = buildah("from", "scratch").trim();
  buildah("copy", container, `${rootfs}/`, "/");
  buildah("config", "--env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/bin", container);
  buildah("commit", container, "localhost/image-gate-test/base:1");
  buildah("rm", container);

  for (const image of IMAGES) {
    const context = path.join(FIXTURES, "context", image);
    mkdirSync(context, { recursive: true });
    cpSync(path.join(ROOT, "test", "images", image, "Dockerfile"), path.join(context, "Dockerfile"));
    for (const [name, content] of Object.entries(contextFiles(image))) {
      mkdirSync(path.dirname(path.join(context, name)), { recursive: true });
      writeFileSync(path.join(context, name), content);
    }
    const tag = `localhost/image-gate-test/${image}:latest`;
    buildah("bud", "--isolation", "chroot", "--layers", ...buildArgs(image), "-t", tag, "-f", path.join(context, "Dockerfile"), context);

    const out = path.join(FIXTURES, image);
    mkdirSync(out, { recursive: true });
    buildah("push", tag, `docker-archive:${path.join(out, "docker-archive.tar")}:image-gate-test/${image}:latest`);
    buildah("push", tag, `oci:${path.join(out, "oci")}:latest`);
    buildah("push", tag, `oci-archive:${path.join(out, "oci-archive.tar")}:latest`);
    if (image === "secrets") {
      buildah("push", "--compression-format", "zstd", tag, `oci:${path.join(out, "oci-zstd")}:latest`);
      buildah("push", "--disable-compression", tag, `oci:${path.join(out, "oci-uncompressed")}:latest`);
    }
    writeDocker25Archive(path.join(out, "oci"), path.join(out, "docker25.tar"), `image-gate-test/${image}:latest`);
    cpSync(path.join(out, "docker-archive.tar"), path.join(DAEMON_ARCHIVES, `classic_${image}.tar`));
    cpSync(path.join(out, "docker25.tar"), path.join(DAEMON_ARCHIVES, `docker25_${image}.tar`));
  }
  rmSync(path.join(FIXTURES, "storage"), { recursive: true, force: true });
  writeFileSync(stamp, hash);
}

/**
 * Docker 25+ `docker save`: the OCI layout plus a manifest.json whose Config and Layers point
 * at blobs/sha256/…, with the metadata written after the blobs as Docker does.
 */
function writeDocker25Archive(ociDir: string, archive: string, repoTag: string): void {
  const index = JSON.parse(readFileSync(path.join(ociDir, "index.json"), "utf8")) as { manifests: Array<{ digest: string }> };
  const manifestDigest = index.manifests[0]!.digest;
  const manifest = JSON.parse(readFileSync(path.join(ociDir, "blobs", "sha256", manifestDigest.slice(7)), "utf8")) as {
    config: { digest: string };
    layers: Array<{ digest: string }>;
  };
  const blob = (digest: string) => `blobs/sha256/${digest.slice(7)}`;
  writeFileSync(
    path.join(ociDir, "manifest.json"),
    JSON.stringify([{ Config: blob(manifest.config.digest), RepoTags: [repoTag], Layers: manifest.layers.map((layer) => blob(layer.digest)) }]),
  );
  const blobs = readdirSync(path.join(ociDir, "blobs", "sha256")).map((name) => `blobs/sha256/${name}`);
  execFileSync("tar", ["-C", ociDir, "--no-recursion", "-cf", archive, "blobs", "blobs/sha256", ...blobs, "index.json", "oci-layout", "manifest.json"]);
  rmSync(path.join(ociDir, "manifest.json"));
}
