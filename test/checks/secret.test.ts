import { describe, expect, it } from "vitest";
import { secret } from "../../src/checks/secret.ts";
import { secretBuildArg } from "../../src/checks/secret-build-arg.ts";
import { fake, pseudoRandom } from "../helpers/fake-secrets.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

describe("secret (Dockerfile)", () => {
  it("finds credentials in ENV, ARG defaults, LABEL and RUN, with lines", () => {
    const findings = check(secret, [
      "FROM node:20",
      `ENV GITHUB_TOKEN=${fake.githubPat()}`,
      `ARG NPM_TOKEN=${fake.npmToken()}`,
      `LABEL com.acme.deploy-password="${fake.password("label")}"`,
      `RUN curl -H "Authorization: Bearer ${fake.password("bearer")}xyz" https://api.acme.io`,
      `RUN git clone https://ci:${fake.password("url")}@git.acme.io/app.git`,
      `ENV DB_PASSWORD=${fake.password("db")}`,
      "USER node",
    ]);
    expect(rulesAt(findings)).toEqual([
      "github-pat@2",
      "npm-access-token@3",
      "authorization-header@5",
      "url-credentials@6",
      "credential-variable@4",
      "credential-variable@7",
    ]);
  });

  it("never carries a secret in full: evidence is redacted and messages quote nothing", () => {
    const token = fake.githubPat();
    const password = fake.password("db");
    const findings = check(secret, ["FROM node:20", `ENV GITHUB_TOKEN=${token} DB_PASSWORD=${password}`]);
    const text = JSON.stringify(findings);
    expect(text).not.toContain(token);
    expect(text).not.toContain(password);
    expect(findings[0]!.evidence).toMatch(/^ghp_… \(40 chars, sha256:[0-9a-f]{8}\)$/);
  });

  it("scans heredocs and multi-line RUN continuations", () => {
    const key = fake.privateKey();
    const findings = check(secret, [
      "FROM alpine:3.19",
      "RUN <<EOF",
      "mkdir -p /root/.ssh",
      `cat > /root/.ssh/id_rsa <<'KEY'`,
      ...key.split("\n"),
      "KEY",
      "EOF",
      "RUN echo a \\",
      `  && export API_KEY=${fake.password("api")} \\`,
      "  && ./deploy.sh",
    ]);
    expect(rulesAt(findings)).toEqual(["private-key@5", `credential-variable@${8 + key.split("\n").length}`]);
  });

  it("finds a token in a comment too: it is committed to the repository", () => {
    expect(rulesAt(check(secret, ["FROM alpine:3.19", `# token: ${fake.gitlabPat()}`]))).toEqual(["gitlab-token@2"]);
  });

  it("is quiet on placeholders, variable references and secret mounts", () => {
    expect(
      check(secret, [
        "FROM node:20",
        "ARG NPM_TOKEN",
        "ENV DB_PASSWORD_FILE=/run/secrets/db GPG_KEY=0123456789ABCDEF0123 NODE_AUTH_TOKEN=${NPM_TOKEN}",
        'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci && echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc',
        "ENV API_KEY=<set-at-runtime> SECRET_KEY_BASE=changeme-${RAILS_ENV}",
        'RUN echo "password is set by $DB_PASSWORD"',
        "USER node",
      ]),
    ).toEqual([]);
  });

  it("does not double-report a token already matched by its format", () => {
    expect(rulesAt(check(secret, ["FROM node:20", `ENV GITHUB_TOKEN=${fake.githubPat()}`]))).toEqual(["github-pat@2"]);
  });
});

describe("secret-build-arg", () => {
  it("flags secret-named ARGs without a value, not those with one", () => {
    const findings = check(secretBuildArg, [
      "ARG GITHUB_TOKEN",
      "FROM node:20",
      "ARG NPM_TOKEN",
      'ARG DB_PASSWORD=""',
      "ARG NODE_VERSION",
      `ARG API_KEY=${fake.password()}`,
    ]);
    expect(rulesAt(findings)).toEqual(["secret-named-arg@1", "secret-named-arg@3", "secret-named-arg@4"]);
    expect(findings[1]!.message).toContain("NPM_TOKEN");
  });
});

describe("secret (Dockerfile): every credential, once, everywhere", () => {
  it("a credential whose value contains an earlier one is still reported (no value hides another)", () => {
    const findings = check(secret, ["FROM alpine:3.19", "ENV DB_PASSWORD=admin", "ENV SERVICE_TOKEN=admin-7fQ2x", "USER app"]);
    expect(rulesAt(findings)).toEqual(["credential-variable@2", "credential-variable@3"]);
  });

  it("a literal given to a password- or token-named ENV, ARG or LABEL is a finding however weak", () => {
    const findings = check(secret, [
      "FROM alpine:3.19",
      "ARG ROOT_PASSWORD=root",
      "ENV ADMIN_PW=admin",
      'LABEL api.token="abc"',
      "ENV MYSQL_PASSWORD=1",
      "USER app",
    ]);
    expect(rulesAt(findings)).toEqual(["credential-variable@2", "credential-variable@3", "credential-variable@4"]);
  });

  it("placeholders, variables, runs of one character and key ids are not", () => {
    expect(
      check(secret, [
        "FROM alpine:3.19",
        'ENV DB_PASSWORD=changeme API_TOKEN=<token> SECRET="{{ .Secret }}" AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
        "ENV REDIS_PASSWORD=xxxxxxxx ZERO_SECRET=00000000-0000-0000-0000-000000000000 KEY_PASSWORD_FILE=/run/secrets/k",
        "ENV JAVA_OPTS=-Djavax.net.ssl.trustStorePassword=changeit",
        "USER app",
      ]),
    ).toEqual([]);
  });

  it("one credential on several lines is one finding with every line", () => {
    const token = fake.githubPat("twice");
    const findings = check(secret, [
      "FROM alpine:3.19",
      `ENV GH_TOKEN=${token}`,
      "RUN make",
      `RUN curl -H "Authorization: token ${token}" https://api.github.com`,
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.locations?.map((location) => (location as { line: number }).line)).toEqual([2, 4]);
  });

  it("ONBUILD forms carry credentials too", () => {
    const findings = check(secret, [
      "FROM alpine:3.19",
      `ONBUILD ENV DB_PASSWORD=${fake.password("onbuild-env")}`,
      `ONBUILD ARG NPM_TOKEN ${fake.password("onbuild-legacy")}`,
      `ONBUILD RUN echo "root:${fake.password("onbuild-run")}" | chpasswd`,
      "USER app",
    ]);
    expect(rulesAt(findings)).toEqual(["chpasswd-password@4", "credential-variable@2", "credential-variable@3"]);
  });

  it("passwords set by commands: chpasswd, usermod -p, htpasswd -b, mysql -p", () => {
    const findings = check(secret, [
      "FROM debian:12",
      `RUN echo 'root:${fake.password("c1")}' | chpasswd`,
      `RUN usermod -p '$6$${pseudoRandom("s", 8)}$${pseudoRandom("h", 43)}' app`,
      `RUN htpasswd -bc /etc/nginx/.htpasswd admin ${fake.password("c3")}`,
      `RUN mysql -uroot -p${fake.password("c4")} < init.sql`,
      `CMD ["app", "--password", "${fake.password("c5")}"]`,
      "USER app",
    ]);
    expect(rulesAt(findings)).toEqual(["chpasswd-password@2", "usermod-password@3", "htpasswd-password@4", "mysql-password-argument@5", "password-argument@6"]);
  });

  it("is linear: 20,000 credential lines, each its own finding", () => {
    const lines = ["FROM alpine:3.19"];
    for (let index = 0; index < 20_000; index++) lines.push(`ENV SECRET_${index}=${pseudoRandom(`v${index}`, 12)}-${index}`);
    const started = performance.now();
    const findings = check(secret, lines);
    expect(findings).toHaveLength(20_000);
    // A generous deadline that only catches a return of the quadratic comparison (it took a minute).
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
