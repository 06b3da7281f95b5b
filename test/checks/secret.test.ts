import { describe, expect, it } from "vitest";
import { secret } from "../../src/checks/secret.ts";
import { secretBuildArg } from "../../src/checks/secret-build-arg.ts";
import { fake } from "../helpers/fake-secrets.ts";
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
