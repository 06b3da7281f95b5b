import { describe, expect, it } from "vitest";
import { insecureDownload } from "../../src/checks/insecure-download.ts";
import { unverifiedDownload } from "../../src/checks/unverified-download.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

const SHA = "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d";
const from = (...lines: string[]) => ["FROM debian:12", ...lines];

describe("unverified-download: a download executed, unpacked, installed or put on PATH without a verification first", () => {
  it.each([
    [
      "curl -o, then tar",
      ["RUN curl -fsSL -o /tmp/go.tgz https://go.dev/dl/go1.22.0.linux-amd64.tar.gz && tar -C /usr/local -xzf /tmp/go.tgz"],
      "unpacked by tar",
    ],
    ["curl -O (remote name), then tar", ["RUN curl -fsSLO https://example.com/tool-1.2.tar.gz && tar xf tool-1.2.tar.gz"], "unpacked by tar"],
    ["combined short flags (-sSLo FILE)", ["RUN curl -sSLo tool.zip https://example.com/tool.zip && unzip tool.zip"], "unpacked by unzip"],
    ["wget without -O (saved under the URL's name)", ["RUN wget https://example.com/dist/app-2.0.tar.xz?raw=1 && tar -xJf app-2.0.tar.xz"], "unpacked by tar"],
    ["wget -O FILE", ["RUN wget -q -O /tmp/app.tgz https://example.com/app.tgz; tar --extract --file /tmp/app.tgz"], "unpacked by tar"],
    ["a redirect, then sh", ["RUN curl -fsSL https://example.com/install.sh > /tmp/install.sh && sh /tmp/install.sh --yes"], "executed by sh"],
    [
      "a download run by its path",
      ["RUN curl -fsSLo install.sh https://example.com/install.sh && chmod 755 install.sh && ./install.sh"],
      "executed by install.sh",
    ],
    ["a download made executable", ["RUN curl -fsSLo /opt/tool https://example.com/tool && chmod a+x /opt/tool"], "made executable by chmod"],
    ["python on a downloaded script", ["RUN wget https://bootstrap.pypa.io/get-pip.py && python3 get-pip.py"], "executed by python3"],
    ["java -jar", ["RUN curl -o /opt/app.jar https://example.com/app.jar && java -jar /opt/app.jar --init"], "executed by java"],
    ["dpkg -i", ["RUN curl -fsSLo /tmp/pkg.deb https://example.com/pkg.deb && dpkg -i /tmp/pkg.deb"], "installed by dpkg -i"],
    ["apt-get install ./file", ["RUN curl -fsSLO https://example.com/pkg.deb && apt-get install -y ./pkg.deb"], "installed by apt-get install"],
    [
      "pip install of a downloaded wheel",
      ["RUN curl -O https://example.com/x-1.0-py3-none-any.whl && pip install x-1.0-py3-none-any.whl"],
      "installed by pip install",
    ],
    ["straight into a PATH directory", ["RUN curl -fsSL -o /usr/local/bin/kubectl https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl"], "(on PATH)"],
    [
      "mv onto PATH",
      ["RUN curl -fsSLo kubectl https://dl.k8s.io/kubectl && install -m 0755 kubectl /usr/local/bin/kubectl"],
      "put on PATH by install to /usr/local/bin",
    ],
    ["through cd", ["WORKDIR /src", "RUN cd /tmp && curl -fsSLO https://example.com/a.tgz && cd / && tar -xzf /tmp/a.tgz"], "unpacked by tar"],
    ["in a later RUN of the stage", ["RUN curl -fsSL -o /tmp/a.tgz https://example.com/a.tgz", "RUN tar -xzf /tmp/a.tgz -C /opt"], "unpacked by tar (line 3)"],
    [
      "a checksum checked only after the unpacking",
      ['RUN curl -o a.tgz https://example.com/a.tgz && tar xzf a.tgz && echo "' + SHA + '  a.tgz" | sha256sum -c -'],
      "unpacked by tar",
    ],
    [
      "a checksum of another file",
      ['RUN curl -o a.tgz https://example.com/a.tgz && echo "' + SHA + '  b.tgz" | sha256sum -c - && tar xzf a.tgz'],
      "unpacked by tar",
    ],
    ["a pipe into tar", ["RUN curl -fsSL https://example.com/a.tgz | tar -xz -C /usr/local"], "straight into tar"],
    ["wget -qO- into gunzip", ["RUN wget -qO- https://example.com/tool.gz | gunzip > /usr/local/bin/tool"], "straight into gunzip"],
    [
      "a variable URL and name",
      ["ARG V=1.2.3", "ENV URL=https://example.com/tool-${V}.tgz", 'RUN curl -fsSL "$URL" -o "tool-$V.tgz" && tar xzf "tool-$V.tgz"'],
      "https://example.com/tool-1.2.3.tgz",
    ],
    ["heredoc RUN", ["RUN <<EOF", "curl -o /tmp/x.tgz https://example.com/x.tgz", "tar -xzf /tmp/x.tgz", "EOF"], "unpacked by tar"],
    [
      "ADD then an ENTRYPOINT",
      ["ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini", "RUN chmod +x /tini", 'ENTRYPOINT ["/tini", "--"]'],
      "ADD fetches",
    ],
    ["ADD of a Git repository without a commit", ["ADD https://github.com/acme/app.git#main /src"], "or a Git URL pinned to a commit id"],
    [
      "Invoke-WebRequest, then Expand-Archive",
      [
        'SHELL ["powershell", "-Command"]',
        "RUN Invoke-WebRequest -Uri https://example.com/go.zip -OutFile go.zip; Expand-Archive go.zip -DestinationPath C:\\\\",
      ],
      "unpacked by Expand-Archive",
    ],
    [
      "WebClient.DownloadFile, then Start-Process",
      [
        'SHELL ["powershell", "-Command"]',
        "RUN (New-Object System.Net.WebClient).DownloadFile('https://example.com/setup.exe', 'setup.exe'); Start-Process setup.exe -Wait",
      ],
      "executed by Start-Process",
    ],
  ])("finds %s", (_label, lines, phrase) => {
    const findings = check(unverifiedDownload, from(...lines));
    // On the line of the download: the first line that fetches.
    const downloadLine = 2 + lines.findIndex((line) => /curl|wget|Invoke-WebRequest|DownloadFile|^ADD/.test(line));
    expect(rulesAt(findings)).toEqual([`no-checksum@${downloadLine}`]);
    expect(findings[0]!.message).toContain(phrase);
    expect(findings[0]!.severity).toBe("medium");
  });

  it.each([
    [
      "sha256sum -c on an echoed line",
      [`RUN curl -fsSLo go.tgz https://go.dev/dl/go.tgz && echo "${SHA}  go.tgz" | sha256sum -c - && tar -C /usr/local -xzf go.tgz`],
    ],
    [
      "sha256sum --check --strict with a variable name",
      [
        "ENV GO_SHA=" + SHA,
        'RUN url=https://go.dev/dl/go.tgz; wget -O "$HOME/go.tgz" "$url"; echo "$GO_SHA *$HOME/go.tgz" | sha256sum --strict --check -; tar -xzf "$HOME/go.tgz"',
      ],
    ],
    ["shasum -a 256 -c", [`RUN curl -O https://example.com/a.tgz && echo "${SHA}  a.tgz" | shasum -a 256 -c && tar xzf a.tgz`]],
    [
      "a published checksum file named after the download",
      [
        "RUN curl -fsSLO https://dl.k8s.io/kubectl && curl -fsSLO https://dl.k8s.io/kubectl.sha256 && sha256sum -c kubectl.sha256 && install kubectl /usr/local/bin/",
      ],
    ],
    [
      "a checksum list of the working directory",
      [
        "WORKDIR /tmp",
        "RUN curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/SHA256SUMS && sha256sum -c --ignore-missing SHA256SUMS && tar xzf a.tgz",
      ],
    ],
    [
      "a checksum file the Dockerfile writes",
      [
        `RUN curl -fsSL https://get.jenkins.io/war/jenkins.war -o /usr/share/jenkins/jenkins.war && echo "${SHA}  /usr/share/jenkins/jenkins.war" > /tmp/sha && sha256sum -c --strict /tmp/sha && java -jar /usr/share/jenkins/jenkins.war --version`,
      ],
    ],
    [
      "a compared digest in a command substitution",
      [`RUN curl -o a.tgz https://example.com/a.tgz && [ "$(sha256sum a.tgz | cut -d' ' -f1)" = "${SHA}" ] && tar xzf a.tgz`],
    ],
    [
      "openssl sha512 in a condition",
      [
        `RUN curl -f -L -O https://example.com/pkg.tar.gz && if [ "$(openssl sha512 -r pkg.tar.gz)" = "$PKGSUM" ]; then echo ok; else exit 1; fi && tar xzvf pkg.tar.gz`,
      ],
    ],
    [
      "gpg --verify with the signature and the file",
      [
        "RUN wget -O php.tar.xz https://php.net/php.tar.xz && wget -O php.tar.xz.asc https://php.net/php.tar.xz.asc && gpg --batch --verify php.tar.xz.asc php.tar.xz && tar -xJf php.tar.xz",
      ],
    ],
    [
      "gpg --verify with the signature only",
      ["RUN curl -fsSLO https://example.com/app.tgz && curl -fsSLO https://example.com/app.tgz.asc && gpg --verify app.tgz.asc && tar xzf app.tgz"],
    ],
    [
      "cosign verify-blob",
      ["RUN curl -fsSLO https://example.com/tool && cosign verify-blob --key cosign.pub --signature tool.sig tool && install tool /usr/local/bin/"],
    ],
    [
      "minisign -V",
      [
        "RUN curl -fsSLO https://example.com/zig.tar.xz && minisign -Vm zig.tar.xz -P RWSGOq2NVecA2UPNdBUZykf1CCb147pkmdtYxgb3Ti+JO/wCYvhbAb/U && tar xf zig.tar.xz",
      ],
    ],
    [
      "the gosu pattern: into PATH, verified, the signature removed",
      [
        "RUN wget -O /usr/local/bin/gosu https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 && wget -O /usr/local/bin/gosu.asc https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64.asc && gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu && rm -rf /usr/local/bin/gosu.asc && chmod +x /usr/local/bin/gosu && gosu nobody true",
      ],
    ],
    [
      "a verification in a later RUN before the use",
      ["RUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz", `RUN echo "${SHA}  /tmp/a.tgz" | sha256sum -c -`, "RUN tar -xzf /tmp/a.tgz"],
    ],
    ["ADD --checksum", [`ADD --checksum=sha256:${SHA} https://example.com/tini /tini`, "RUN chmod +x /tini"]],
    ["ADD of a Git repository pinned to a commit", ["ADD https://github.com/acme/app.git#0123456789abcdef0123456789abcdef01234567 /src"]],
    [
      "a download nobody runs, unpacks or installs",
      [
        "RUN curl -fsSL -o /etc/app/config.yaml https://example.com/config.yaml",
        "RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg",
      ],
    ],
    ["a download piped into a shell (curl-pipe-shell reports it)", ["RUN curl -fsSL https://get.example.com | sh"]],
    [
      "Get-FileHash before Expand-Archive",
      [
        'SHELL ["powershell", "-Command"]',
        "RUN Invoke-WebRequest -Uri $env:GO_URL -OutFile go.zip; if ((Get-FileHash go.zip -Algorithm sha256).Hash -ne $env:GO_SHA256) { exit 1 }; Expand-Archive go.zip -DestinationPath C:\\\\",
      ],
    ],
    ["curl and tar in words that are not commands", ["RUN echo 'curl -o a.tgz https://x && tar xzf a.tgz' > /notes.txt"]],
  ])("does not flag %s", (_label, lines) => {
    expect(check(unverifiedDownload, from(...lines))).toEqual([]);
  });

  it("reports a download once, at the download, with the line of its first unverified use", () => {
    const findings = check(
      unverifiedDownload,
      from("RUN curl -o /tmp/x.tgz https://example.com/x.tgz", "RUN tar xzf /tmp/x.tgz", "RUN tar xzf /tmp/x.tgz -C /opt"),
    );
    expect(rulesAt(findings)).toEqual(["no-checksum@2"]);
    expect(findings[0]!.message).toBe(
      "curl downloads https://example.com/x.tgz to /tmp/x.tgz and it is unpacked by tar (line 3) without a checksum or signature check first.",
    );
  });

  it("does not quote credentials from a URL", () => {
    const findings = check(unverifiedDownload, from("ADD https://user:pa55word@example.com/x.tgz /opt/"));
    expect(findings[0]!.message).toBe("ADD fetches https://…@example.com/x.tgz into /opt/x.tgz without a checksum (ADD --checksum=sha256:<digest>).");
  });

  it("ADD of a local file is not a download; ADD in exec form is", () => {
    expect(rulesAt(check(unverifiedDownload, from("ADD ./local.tar.gz /opt/", 'ADD ["https://example.com/a b.txt", "/opt/"]')))).toEqual(["no-checksum@3"]);
  });
});

describe("insecure-download: plain http:// in downloads", () => {
  it.each([
    ["curl", "RUN curl -fsSLo /tmp/a.tgz http://example.com/a.tgz"],
    ["wget", "RUN wget http://download.example.org/tool.tar.gz"],
    ["ADD", "ADD http://example.com/tool /usr/local/bin/tool"],
    ["Invoke-WebRequest", "RUN Invoke-WebRequest http://example.com/x.zip -OutFile x.zip"],
    ["a URL held in ENV", "ENV TOOL_URL=http://example.com/tool.tgz\nRUN curl -fsSL $TOOL_URL | tar xz"],
  ])("finds %s over http", (_label, line) => {
    const findings = check(insecureDownload, ["FROM debian:12", ...line.split("\n")]);
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([["plain-http", "medium"]]);
    expect(findings[0]!.message).toMatch(/ over plain HTTP\.$/);
  });

  it("a download verified by checksum over http is low severity, and says why", () => {
    const findings = check(insecureDownload, [
      "FROM debian:12",
      `RUN wget -O redis.tgz http://download.redis.io/redis.tgz && echo "${SHA} *redis.tgz" | sha256sum -c - && tar xzf redis.tgz`,
    ]);
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([["plain-http", "low"]]);
    expect(findings[0]!.message).toContain("its checksum is verified");
  });

  it.each([
    ["https", "RUN curl -fsSLO https://example.com/a.tgz"],
    ["an apt source (signed repository metadata)", 'RUN echo "deb http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list'],
    ["an apk repository", "RUN apk add --repository http://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0"],
    ["a yum baseurl", "RUN printf '[x]\\nbaseurl=http://mirror.example.com/el9\\ngpgcheck=1\\n' > /etc/yum.repos.d/x.repo"],
    ["loopback", "RUN curl -fsS http://127.0.0.1:8080/health || curl http://localhost/ready"],
    ["a URL in a comment", "# curl http://example.com/a.tgz\nRUN true"],
  ])("does not flag %s", (_label, line) => {
    expect(check(insecureDownload, ["FROM debian:12", ...line.split("\n")])).toEqual([]);
  });
});
