import { describe, expect, it } from "vitest";
import { unpinnedPackages } from "../../src/checks/unpinned-packages.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

const run = (line: string) => check(unpinnedPackages, ["FROM debian:12", line]);

describe("unpinned-packages: packages installed by name without a version", () => {
  it.each([
    [
      "apt",
      "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates=20230311",
      "apt-get installs curl without an exact version (pin with name=version).",
    ],
    [
      "apt",
      "RUN apt install -y -t bookworm-backports git/bookworm-backports",
      "apt installs git/bookworm-backports without an exact version (pin with name=version).",
    ],
    ["apt", "RUN sudo apt-get -o Dpkg::Options::=--force-confold -y install nginx", "apt-get installs nginx without an exact version (pin with name=version)."],
    [
      "apk",
      "RUN apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.4-r2 curl~8",
      "apk installs gcc without an exact version (pin with name=version or name~version).",
    ],
    [
      "dnf",
      "RUN dnf install -y --setopt=install_weak_deps=False java-17-openjdk-headless nodejs-18.19.0-1.el9",
      "dnf installs java-17-openjdk-headless without an exact version (pin with name-version).",
    ],
    ["dnf", "RUN yum install -y httpd", "yum installs httpd without an exact version (pin with name-version)."],
    ["dnf", "RUN microdnf install -y tar gzip-1.12", "microdnf installs tar without an exact version (pin with name-version)."],
    [
      "pip",
      "RUN pip install --no-cache-dir requests flask==3.0.0",
      "pip installs requests without an exact version (pin with name==version, or a requirements file with -r).",
    ],
    ["pip", "RUN pip install 'requests>=2'", "pip installs requests>=2 without an exact version (pin with name==version, or a requirements file with -r)."],
    ["pip", "RUN python3 -m pip install --upgrade pip", "pip installs pip without an exact version (pin with name==version, or a requirements file with -r)."],
    [
      "pip",
      "RUN pip3 install -i https://pypi.example.com/simple boto3[crt]",
      "pip3 installs boto3[crt] without an exact version (pin with name==version, or a requirements file with -r).",
    ],
    [
      "npm",
      "RUN npm install -g pnpm typescript@5.4.5 @angular/cli",
      "npm installs pnpm, @angular/cli without an exact version (pin with name@version, or a lock file with npm ci).",
    ],
    ["npm", "RUN npm i -g npm@latest", "npm installs npm@latest without an exact version (pin with name@version, or a lock file with npm ci)."],
    ["npm", "RUN yarn global add serve", "yarn global installs serve without an exact version (pin with name@version, or a lock file with npm ci)."],
    ["gem", "RUN gem install bundler rails:7.1.3", "gem installs bundler without an exact version (pin with name:version or -v version)."],
  ])("%s: %s", (rule, line, message) => {
    const findings = run(line);
    expect(rulesAt(findings)).toEqual([`${rule}@2`]);
    expect(findings[0]!.message).toBe(message);
    expect(findings[0]!.severity).toBe("low");
  });

  it.each([
    "RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5 ./local.deb /tmp/x.deb",
    "RUN apt-get update && apt-get upgrade -y && apt-get clean",
    'RUN apt-get install -y "nginx=${NGINX_VERSION}" $EXTRA_PACKAGES',
    "RUN apk add --no-cache curl=8.5.0-r0 musl~1.2 /tmp/pkg.apk",
    "RUN apk update",
    "RUN dnf install -y @nodejs:18 curl-7.76.1 https://example.com/x.rpm ./local.rpm",
    "RUN dnf module install -y nodejs:18",
    "RUN pip install -r requirements.txt",
    "RUN pip install --no-cache-dir -r /app/requirements.txt gunicorn",
    "RUN pip install -c constraints.txt flask",
    "RUN pip install requests==2.31.0 'urllib3~=2.0' 'attrs @ https://example.com/attrs.whl' . -e ./lib dist/app-1.0-py3-none-any.whl",
    "RUN pip download requests",
    "RUN npm ci",
    "RUN npm install",
    "RUN npm install --production",
    "RUN npm install -g pnpm@9.1.0 @scope/tool@^1.2 ./local acme/repo git+https://example.com/x.git",
    "RUN gem install bundler -v 2.4.22",
    "RUN gem install --version=1.0 foo ./local.gem",
    "RUN bundle install",
    "RUN echo 'apt-get install curl' >> /notes",
    "RUN apt-get install -y --no-install-recommends curl=8.5.0-1 2>&1 > /dev/null",
  ])("does not flag %s", (line) => {
    expect(run(line)).toEqual([]);
  });

  it("one finding per install command, listing every bare name", () => {
    const findings = check(unpinnedPackages, ["FROM debian:12", "RUN apt-get install -y a b c d e f g h i j \\", "    && pip install x"]);
    expect(rulesAt(findings)).toEqual(["apt@2", "pip@3"]);
    expect(findings[0]!.message).toBe("apt-get installs a, b, c, d, e, f, g, h and 2 more without an exact version (pin with name=version).");
  });
});
