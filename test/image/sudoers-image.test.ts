import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../src/gate.ts";
import { FIXTURES } from "../helpers/images.ts";
import { FIXTURE_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS);

/**
 * Images whose own /etc/sudoers.d lets the final user become root, built with buildah (vfs,
 * chroot isolation) over the busybox root filesystem the fixtures use.
 */
const work = mkdtempSync(path.join(os.tmpdir(), "image-gate-sudoers-"));
const storage = ["--root", path.join(work, "storage"), "--runroot", path.join(work, "run"), "--storage-driver", "vfs"];
const buildah = (...args: string[]) => execFileSync("buildah", [...storage, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

const ACCOUNTS = "echo 'app:x:1000:1000::/home/app:/bin/sh' >> /etc/passwd && echo 'app:x:1000:' >> /etc/group";
const SUDO =
  "mkdir -p /usr/bin /etc/sudoers.d && cp /bin/busybox /usr/bin/sudo && printf 'root ALL=(ALL:ALL) ALL\\n#includedir /etc/sudoers.d\\n' > /etc/sudoers";

const IMAGES: Record<string, string[]> = {
  // The user is in wheel, and wheel needs no password.
  member: [`RUN ${ACCOUNTS} && echo 'wheel:x:10:app' >> /etc/group && ${SUDO}`, "RUN echo '%wheel ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/wheel", "USER app"],
  // wheel needs no password, but the user is not in it; a file with a dot in its name is skipped by sudo.
  outsider: [
    `RUN ${ACCOUNTS} && echo 'wheel:x:10:' >> /etc/group && ${SUDO}`,
    "RUN echo '%wheel ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/wheel && echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app.disabled",
    "USER app",
  ],
  // The rule asks for a password, but the account's password is empty.
  empty: [`RUN ${ACCOUNTS} && ${SUDO} && echo 'app::19000:0:99999:7:::' > /etc/shadow`, "RUN echo 'app ALL=(ALL) ALL' > /etc/sudoers.d/app", "USER 1000"],
  // A rule, but no sudo to use it.
  inert: [`RUN ${ACCOUNTS} && mkdir -p /etc/sudoers.d`, "RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app", "USER app"],
};
const dirs: Record<string, string> = {};

beforeAll(() => {
  const rootfs = path.join(FIXTURES, "rootfs");
  const container = buildah("from", "scratch");
  buildah("copy", container, `${rootfs}/`, "/");
  buildah("commit", container, "localhost/image-gate-test/sudo-base:1");
  buildah("rm", container);
  for (const [name, lines] of Object.entries(IMAGES)) {
    const context = path.join(work, "context", name);
    mkdirSync(context, { recursive: true });
    writeFileSync(path.join(context, "Dockerfile"), ["FROM localhost/image-gate-test/sudo-base:1", ...lines, ""].join("\n"));
    buildah("bud", "--isolation", "chroot", "--layers", "-t", `localhost/image-gate-test/sudo-${name}:1`, "-f", path.join(context, "Dockerfile"), context);
    mkdirSync(path.join(work, "oci"), { recursive: true });
    buildah("push", `localhost/image-gate-test/sudo-${name}:1`, `oci:${path.join(work, "oci", name)}:latest`);
    dirs[name] = context;
  }
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const judge = async (name: string, withImage: boolean) => {
  const { report } = await runGate({
    dockerfile: "Dockerfile",
    cwd: dirs[name]!,
    ...(withImage ? { image: `oci:${path.join(work, "oci", name)}:latest` } : {}),
    policy: "default",
  });
  return report.findings.filter((finding) => finding.check === "root-user");
};

describe("root-user passwordless-sudo from the image's own sudoers files", () => {
  it("a user in a NOPASSWD group: one finding, on the image's file, with the Dockerfile line that wrote it", async () => {
    const [finding, ...rest] = await judge("member", true);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "passwordless-sudo", severity: "high", blocking: true });
    expect(finding!.message).toBe(
      'The final user app may run any command as root through sudo without a password (NOPASSWD) ("%wheel ALL=(ALL) NOPASSWD: ALL"): the container runs as root in all but name.',
    );
    expect(finding!.location).toMatchObject({ path: "/etc/sudoers.d/wheel", deleted: false });
    expect((finding!.location as { layer: string }).layer).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(finding!.locations).toEqual([finding!.location, { file: "Dockerfile", line: 3 }]);
  }, 60_000);

  it("the image decides group membership: not in wheel, no finding (a Dockerfile-only run assumes %wheel counts)", async () => {
    expect(await judge("outsider", true)).toEqual([]);
    expect((await judge("outsider", false)).map((finding) => finding.rule)).toEqual(["passwordless-sudo"]);
  }, 60_000);

  it("an empty account password makes a password-asking rule root-equivalent; a numeric USER is resolved through /etc/passwd", async () => {
    const [finding] = await judge("empty", true);
    expect(finding).toMatchObject({ rule: "passwordless-sudo", location: { path: "/etc/sudoers.d/app" } });
    expect(finding!.message).toContain("and the account's password is empty");
  }, 60_000);

  it("without a sudo binary the rules are inert", async () => {
    expect(await judge("inert", true)).toEqual([]);
  }, 60_000);
});
