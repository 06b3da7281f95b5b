import { describe, expect, it } from "vitest";
import { rootUser } from "../../src/checks/root-user.ts";
import { parseSudoers, rootEquivalentRules, yieldsRoot, type SudoUser } from "../../src/image/sudoers.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

const app: SudoUser = { name: "app", uid: 1000, groups: ["app", "#1000"] };
const grants = (text: string, user: SudoUser = app) => rootEquivalentRules(parseSudoers(text), user).map((grant) => `${grant.command} (${grant.because})`);

describe("sudoers: who becomes root without a password", () => {
  it.each([
    ["app ALL=(ALL) NOPASSWD:ALL", ["ALL (NOPASSWD)"]],
    ["app ALL=(ALL:ALL) NOPASSWD: ALL", ["ALL (NOPASSWD)"]],
    ["ALL ALL=(root) NOPASSWD: /usr/bin/apt-get", ["/usr/bin/apt-get (NOPASSWD)"]],
    ["%app ALL = NOPASSWD: /bin/chown, /usr/bin/tee", ["/bin/chown (NOPASSWD)"]],
    ["#1000 ALL=(ALL) NOPASSWD: /usr/bin/vim /etc/hosts", ["/usr/bin/vim /etc/hosts (NOPASSWD)"]],
    ["User_Alias DEVS = bob, app\nCmnd_Alias SHELLS = /bin/sh, /bin/bash\nDEVS ALL = (ALL) NOPASSWD: SHELLS", ["/bin/sh (NOPASSWD)"]],
    ["app ALL=(ALL) NOPASSWD: /usr/local/bin/*", ["/usr/local/bin/* (NOPASSWD)"]],
    ["Defaults:app !authenticate\napp ALL=(ALL) ALL", ["ALL (!authenticate)"]],
    ["Defaults !authenticate\n%app ALL=(ALL) /usr/bin/python3", ["/usr/bin/python3 (!authenticate)"]],
    ["app ALL=(ALL) PASSWD: /bin/ls, NOPASSWD: /bin/sh", ["/bin/sh (NOPASSWD)"]],
    ["app ALL=(ALL) \\\n    NOPASSWD: ALL", ["ALL (NOPASSWD)"]],
  ])("%s", (text, expected) => {
    expect(grants(text)).toEqual(expected);
  });

  it.each([
    ["a password is asked", "app ALL=(ALL) ALL"],
    ["another user", "bob ALL=(ALL) NOPASSWD: ALL"],
    ["a group the user is not in", "%wheel ALL=(ALL) NOPASSWD: ALL"],
    ["a command that does not yield root", "app ALL=(root) NOPASSWD: /usr/sbin/service nginx reload, /usr/bin/systemd-cat"],
    ["another run-as user", "app ALL=(postgres) NOPASSWD: ALL"],
    ["a negated user", "ALL, !app ALL=(ALL) NOPASSWD: ALL"],
    ["a comment", "# app ALL=(ALL) NOPASSWD: ALL"],
    ["a negated command", "app ALL=(ALL) NOPASSWD: !/bin/sh"],
    ["!authenticate for someone else", "Defaults:bob !authenticate\napp ALL=(ALL) ALL"],
  ])("not for %s", (_label, text) => {
    expect(grants(text)).toEqual([]);
  });

  it("an empty account password makes a password prompt no barrier", () => {
    expect(grants("%app ALL=(ALL:ALL) ALL", { ...app, emptyPassword: true })).toEqual(["ALL (empty password)"]);
  });

  it.each([
    ["ALL", true],
    ["/bin/bash", true],
    ["/usr/bin/sudoedit /etc/x", true],
    ["/usr/bin/pip3 install x", true],
    ["/usr/bin/python3.12", true],
    ["/usr/local/bin/healthcheck", false],
    ["/usr/bin/id", false],
  ])("%s yields root: %s", (command, expected) => {
    expect(yieldsRoot(command)).toBe(expected);
  });
});

describe("root-user passwordless-sudo in a Dockerfile", () => {
  it.each([
    ["echo >> /etc/sudoers", ['RUN echo "app ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers'], 3],
    ["echo | tee /etc/sudoers.d", ["RUN echo 'app ALL=(root) NOPASSWD: /usr/bin/apt-get' | tee /etc/sudoers.d/app && chmod 0440 /etc/sudoers.d/app"], 3],
    ["printf with \\n", ["RUN printf 'Defaults env_keep += \"HOME\"\\napp ALL=(ALL) NOPASSWD: ALL\\n' > /etc/sudoers.d/app"], 3],
    ["a variable user", ["ARG USERNAME=app", 'RUN echo "$USERNAME ALL=(root) NOPASSWD:ALL" > /etc/sudoers.d/$USERNAME'], 4],
    ["%sudo, which counts in Dockerfile-only runs", ["RUN echo '%sudo ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers"], 3],
    ["a group the Dockerfile adds the user to", ["RUN usermod -aG devs app && echo '%devs ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/devs"], 3],
    ["a COPY heredoc", ["COPY <<EOF /etc/sudoers.d/app", "app ALL=(ALL) NOPASSWD: ALL", "EOF"], 4],
    ["a RUN heredoc into the file", ["RUN cat > /etc/sudoers.d/app <<EOF", "app ALL=(ALL) NOPASSWD: /bin/sh", "EOF"], 4],
  ])("finds %s", (_label, lines, line) => {
    const findings = check(rootUser, ["FROM debian:12", "RUN useradd -m app", ...lines, "USER app"]);
    expect(rulesAt(findings)).toEqual([`passwordless-sudo@${line}`]);
    expect(findings[0]!.severity).toBe("high");
    expect(findings[0]!.message).toMatch(
      /^The final user app may run .+ as root through sudo without a password .+: the container runs as root in all but name\.$/,
    );
  });

  it.each([
    ["a rule that asks for a password", ['RUN echo "app ALL=(ALL) ALL" >> /etc/sudoers']],
    ["another user's rule", ['RUN echo "deploy ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers']],
    ["a rule in a builder stage only", ["FROM debian:12 AS build", 'RUN echo "app ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers', "FROM debian:12"]],
    ["a sudoers-shaped line that is not written to sudoers", ['RUN echo "app ALL=(ALL) NOPASSWD:ALL" > /tmp/notes']],
    ["a harmless NOPASSWD command", ["RUN echo 'app ALL=(root) NOPASSWD: /usr/sbin/nginx -s reload' > /etc/sudoers.d/app"]],
    ["a sudoers file removed later", ["RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/build", "RUN make && rm -f /etc/sudoers.d/build"]],
    ["a sudoers.d emptied later", ["RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/build", "RUN rm -rf /etc/sudoers.d/*"]],
  ])("does not flag %s", (_label, lines) => {
    expect(check(rootUser, ["FROM debian:12", ...lines, "USER app"])).toEqual([]);
  });

  it("a final user that is root is root-user's user-root, not also passwordless-sudo", () => {
    expect(rulesAt(check(rootUser, ["FROM debian:12", 'RUN echo "root ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers', "USER root"]))).toEqual(["user-root@3"]);
  });

  it("every place that grants it is listed", () => {
    const findings = check(rootUser, [
      "FROM debian:12",
      'RUN echo "app ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers',
      "RUN echo '%wheel ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/wheel",
      "USER app",
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.locations).toEqual([
      { file: "Dockerfile", line: 2 },
      { file: "Dockerfile", line: 3 },
    ]);
  });
});
