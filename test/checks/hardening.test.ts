import { describe, expect, it } from "vitest";
import { curlPipeShell } from "../../src/checks/curl-pipe-shell.ts";
import { missingHealthcheck } from "../../src/checks/missing-healthcheck.ts";
import { sshPortExposed } from "../../src/checks/ssh-port-exposed.ts";
import { sudo } from "../../src/checks/sudo.ts";
import { tlsVerificationDisabled } from "../../src/checks/tls-verification-disabled.ts";
import { repositoryGpgcheckOff, trustedAptSources, unverifiedPackages } from "../../src/checks/unverified-packages.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

describe("curl-pipe-shell", () => {
  it.each([
    "RUN curl -fsSL https://get.example.com | sh",
    "RUN wget -qO- https://get.example.com/install.sh | sudo bash -s -- --yes",
    "RUN curl -sL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs",
    'RUN sh -c "$(curl -fsSL https://raw.example.com/install.sh)"',
    "RUN bash <(curl -s https://example.com/i.sh)",
    "RUN curl https://bootstrap.pypa.io/get-pip.py | python3",
    "ONBUILD RUN curl -s https://x.io/i | sh",
  ])("flags %s", (run) => {
    expect(rulesAt(check(curlPipeShell, ["FROM debian:12", run]))).toEqual(["pipe-to-interpreter@2"]);
  });

  it.each([
    "RUN curl -fsSLo /tmp/i.sh https://x.io/i.sh && sha256sum -c i.sh.sha256 && sh /tmp/i.sh",
    "RUN curl -s https://x.io/data.json | jq .version",
    "RUN cat script.sh | sh",
    "RUN echo 'curl x | sh' > /usr/share/doc/readme",
  ])("leaves %s alone", (run) => {
    expect(check(curlPipeShell, ["FROM debian:12", run])).toEqual([]);
  });

  it("reports the line of the command inside a continuation", () => {
    expect(
      rulesAt(check(curlPipeShell, ["FROM debian:12", "RUN apt-get update \\", "  && apt-get install -y curl \\", "  && curl -fsSL https://x.io/i.sh | bash"])),
    ).toEqual(["pipe-to-interpreter@4"]);
  });
});

describe("sudo", () => {
  it("flags sudo used as a command and sudo being installed", () => {
    const findings = check(sudo, [
      "FROM ubuntu:24.04",
      "RUN apt-get update && apt-get install -y --no-install-recommends sudo curl",
      "USER app",
      "RUN sudo chown app /data",
      "RUN apk add --no-cache sudo",
    ]);
    expect(rulesAt(findings)).toEqual(["sudo-installed@2", "sudo-command@4", "sudo-installed@5"]);
  });

  it("leaves mentions of sudo alone", () => {
    expect(check(sudo, ["FROM ubuntu:24.04", "RUN echo 'no sudo here' && grep sudo /etc/group || true", "RUN apt-get remove -y sudo"])).toEqual([]);
  });
});

describe("ssh-port-exposed", () => {
  it("flags 22 in the final image's chain, with protocols, ranges and variables", () => {
    expect(rulesAt(check(sshPortExposed, ["FROM alpine:3.19", "EXPOSE 8080 22/tcp"]))).toEqual(["expose-22@2"]);
    expect(rulesAt(check(sshPortExposed, ["FROM alpine:3.19", "EXPOSE 20-25/tcp"]))).toEqual(["expose-22@2"]);
    expect(rulesAt(check(sshPortExposed, ["FROM alpine:3.19", "ENV SSH_PORT=22", "EXPOSE ${SSH_PORT}"]))).toEqual(["expose-22@3"]);
    expect(rulesAt(check(sshPortExposed, ["FROM alpine:3.19 AS base", "EXPOSE 22", "FROM base"]))).toEqual(["expose-22@2"]);
  });

  it("ignores builder stages and other ports", () => {
    expect(check(sshPortExposed, ["FROM alpine:3.19 AS build", "EXPOSE 22", "FROM alpine:3.19", "EXPOSE 2222 220 8022"])).toEqual([]);
  });
});

describe("missing-healthcheck", () => {
  it("flags a final image without HEALTHCHECK, or with HEALTHCHECK NONE", () => {
    expect(rulesAt(check(missingHealthcheck, ["FROM alpine:3.19 AS build", "HEALTHCHECK CMD true", "FROM alpine:3.19"]))).toEqual(["no-healthcheck@3"]);
    expect(rulesAt(check(missingHealthcheck, ["FROM alpine:3.19", "HEALTHCHECK NONE"]))).toEqual(["healthcheck-disabled@2"]);
  });

  it("accepts a HEALTHCHECK in the final stage or one it is built on", () => {
    expect(
      check(missingHealthcheck, ["FROM alpine:3.19 AS base", "HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health || exit 1", "FROM base"]),
    ).toEqual([]);
  });
});

describe("tls-verification-disabled", () => {
  it.each([
    ["RUN curl -k https://x.io/a -o a", "insecure-flag"],
    ["RUN curl -fsSLk https://x.io/a -o a", "insecure-flag"],
    ["RUN curl --insecure https://x.io/a", "insecure-flag"],
    ["RUN wget --no-check-certificate https://x.io/a", "insecure-flag"],
    ["RUN pip install --trusted-host pypi.acme.io app", "insecure-flag"],
    ["RUN npm config set strict-ssl false", "insecure-flag"],
    ["RUN git -c http.sslVerify=false clone https://x.io/r.git", "insecure-flag"],
    ["RUN git config --global http.sslVerify false", "insecure-flag"],
    ["ENV NODE_TLS_REJECT_UNAUTHORIZED=0", "insecure-env"],
    ["RUN GIT_SSL_NO_VERIFY=true git clone https://x.io/r.git", "insecure-env"],
    ["RUN apt-get -o Acquire::https::Verify-Peer=false update", "insecure-flag"],
  ])("%s", (line, rule) => {
    expect(rulesAt(check(tlsVerificationDisabled, ["FROM debian:12", line]))).toEqual([`${rule}@2`]);
  });

  it("leaves verified downloads alone", () => {
    expect(
      check(tlsVerificationDisabled, [
        "FROM debian:12",
        "RUN curl -fsSL -o /tmp/k https://x.io/k",
        "ENV NODE_TLS_REJECT_UNAUTHORIZED=1",
        "RUN kubectl -k ./overlays apply",
      ]),
    ).toEqual([]);
  });
});

describe("unverified-packages", () => {
  it.each([
    "RUN apt-get install -y --allow-unauthenticated foo",
    "RUN apk add --allow-untrusted /tmp/foo.apk",
    "RUN yum install -y --nogpgcheck foo",
    "RUN dnf install -y --setopt=gpgcheck=0 foo",
    "RUN rpm -i --nosignature foo.rpm",
    'RUN echo "deb [trusted=yes] http://repo.acme.io stable main" > /etc/apt/sources.list.d/acme.list',
    "RUN printf '[acme]\\nbaseurl=http://x\\ngpgcheck=0\\n' > /etc/yum.repos.d/acme.repo",
  ])("%s", (line) => {
    expect(check(unverifiedPackages, ["FROM debian:12", line])).toHaveLength(1);
  });

  it("leaves signed installs alone", () => {
    expect(
      check(unverifiedPackages, [
        "FROM debian:12",
        "RUN apt-get install -y --no-install-recommends ca-certificates",
        "RUN echo 'gpgcheck=1' >> /etc/dnf/dnf.conf",
      ]),
    ).toEqual([]);
  });
});

describe("unverified-packages: linear matching", () => {
  const trusted = /\[[^\]\n]*\btrusted=yes\b[^\]\n]*\]/g;
  const gpgcheck = /(?<!--setopt=\S*)(?:(?<![A-Za-z0-9_])|(?<=\\n))gpgcheck\s*=\s*(?:0|false)\b/gi;

  it("finds what the regular expressions it replaced found", () => {
    const pieces = ["[", "]", "\n", " ", "trusted=yes", "x", "_", "--setopt=", "gpgcheck", "=", "0", "false", "\\n", "GPGCHECK", "\t"];
    let state = 3;
    const pick = () => pieces[((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) % pieces.length]!;
    for (let round = 0; round < 20_000; round++) {
      let text = "";
      for (let length = round % 9; length > 0; length--) text += pick();
      // The text travels with the result, so a failure shows the input that broke it.
      expect({ text, found: [...new Set(trustedAptSources(text))] }).toEqual({ text, found: [...text.matchAll(trusted)].map((match) => match.index) });
      expect({ text, found: [...repositoryGpgcheckOff(text)] }).toEqual({ text, found: [...text.matchAll(gpgcheck)].map((match) => match.index) });
    }
  });

  it("takes a megabyte-long word or a megabyte of brackets in stride", () => {
    const started = Date.now();
    expect([...repositoryGpgcheckOff(`--setopt=${"a".repeat(1_000_000)}gpgcheck=0`)]).toEqual([]);
    expect([...trustedAptSources(`${"[".repeat(1_000_000)}trusted=yes`)]).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
