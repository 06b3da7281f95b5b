/**
 * Allow rules that drop rules by path alone (a path, a rule list, nothing else) decide what the
 * scanner runs in a file there, not only what it keeps: the answers must be those of keeping
 * every match and dropping the allowed ones, file after file, whatever order the paths come in.
 */
import { describe, expect, it } from "vitest";
import { createScanner, defaultScanner, type SecretMatch } from "../../src/secrets/scanner.ts";
import { fake, pseudoRandom } from "../helpers/fake-secrets.ts";

const value = (seed: string) => `${pseudoRandom(seed, 18)}#7q`;
const found = (matches: SecretMatch[]) => matches.map((match) => `${match.rule} ${match.secret}`);

describe("secret scanner: rules dropped by path", () => {
  const token = fake.githubPat("scope");
  const awsKey = fake.awsAccessKeyId();
  const password = value("scope-password");
  // A token held by a credential-named key, an AWS key id, and a password in an assignment.
  const text = `GITHUB_TOKEN="${token}"\naws_access_key_id = ${awsKey}\nDB_PASSWORD="${password}"\n`;
  const withAllowRules = () =>
    createScanner({
      allow: [
        { id: "bought-github", description: "test", path: String.raw`^\/srv\/bought\/`, rules: ["github-pat"] },
        { id: "generated", description: "test", path: String.raw`^\/srv\/generated\/` },
      ],
    });
  const scanner = withAllowRules();

  it("drops the listed rules in that path only, and what they would have matched is read by the other rules", () => {
    const everywhere = found(scanner.scan(text, { path: "/srv/app/.env" }));
    expect(everywhere).toEqual([`github-pat ${token}`, `aws-access-key-id ${awsKey}`, `credential-assignment ${password}`]);
    // The token is no longer a github-pat finding there; the key that holds it still makes it a
    // credential assignment, as when the github-pat match was made and then dropped.
    expect(found(scanner.scan(text, { path: "/srv/bought/.env" }))).toEqual([
      `credential-assignment ${token}`,
      `aws-access-key-id ${awsKey}`,
      `credential-assignment ${password}`,
    ]);
  });

  it("gives each path its own answer, in any order of paths, one window after another", () => {
    const paths = ["/srv/bought/a.env", "/srv/bought/a.env", "/srv/app/a.env", "/srv/bought/b.env", "/srv/generated/c.env", "/srv/app/a.env", undefined];
    // What each path's scan names the token as first: nothing where every rule is dropped.
    const expected = (path: string | undefined) =>
      path?.startsWith("/srv/generated/") ? undefined : path?.startsWith("/srv/bought/") ? `credential-assignment ${token}` : `github-pat ${token}`;
    const fresh = withAllowRules();
    expect(paths.map((path) => found(fresh.scan(text, { path }))[0])).toEqual(paths.map(expected));
  });

  it("skips a file only where every rule is dropped", () => {
    expect(scanner.skipsFile("/srv/generated/c.env")).toBe(true);
    expect(scanner.skipsFile("/srv/bought/a.env")).toBe(false);
    expect(scanner.skipsFile("/srv/app/a.env")).toBe(false);
  });

  it("does not run the name-based reader in language package trees, where its matches are dropped, but still the format rules", () => {
    const builtin = defaultScanner();
    const tree = "/usr/lib/python3/dist-packages/app/settings.py";
    const own = "/srv/app/settings.py";
    const code = `DB_PASSWORD = "${password}"\nAWS = "${awsKey}"\n`;
    expect(found(builtin.scan(code, { path: own }))).toEqual([`credential-assignment ${password}`, `aws-access-key-id ${awsKey}`]);
    expect(found(builtin.scan(code, { path: tree }))).toEqual([`aws-access-key-id ${awsKey}`]);
    // Dockerfile text (no path) reads every rule.
    expect(found(builtin.scan(`ENV DB_PASSWORD=${password}`, { values: "literal" }))).toEqual([`credential-variable ${password}`]);
  });
});

describe("secret scanner: many combinations of dropped rules", () => {
  it("answers right past the number of combinations it keeps made", () => {
    // Eight allow rules, each dropping one rule under a directory of its own: the 256 paths below
    // drop 256 different sets of rules, more than the scanner keeps made.
    const ids = [
      "github-pat",
      "aws-access-key-id",
      "gitlab-token",
      "slack-token",
      "stripe-secret-key",
      "google-api-key",
      "npm-access-token",
      "pypi-upload-token",
    ];
    const scanner = createScanner({ allow: ids.map((id, bit) => ({ id: `drop-${bit}`, description: "test", path: String.raw`\/k${bit}\/`, rules: [id] })) });
    const token = fake.githubPat("many");
    const awsKey = fake.awsAccessKeyId();
    const text = `${token}\n${awsKey}\n`;
    const pathOf = (mask: number) => `/srv${ids.map((_id, bit) => (mask & (1 << bit) ? `/k${bit}` : "")).join("")}/app.env`;
    const expected = (mask: number) => [...(mask & 1 ? [] : [`github-pat ${token}`]), ...(mask & 2 ? [] : [`aws-access-key-id ${awsKey}`])];
    const masks = Array.from({ length: 256 }, (_unused, mask) => mask);
    // Twice over, and in another order the second time: what was made for one path is never another's.
    for (const order of [masks, [...masks].reverse()]) {
      expect(order.map((mask) => found(scanner.scan(text, { path: pathOf(mask) })))).toEqual(order.map(expected));
    }
  });
});

describe("secret scanner: apt's copies of its repositories' indexes", () => {
  const scanner = defaultScanner();
  const awsKey = fake.awsAccessKeyId();
  const text = `Package: demo\nDescription: demo\nX-Key: ${awsKey}\n`;

  it("are not read: the distribution's public metadata (package-indexes)", () => {
    for (const path of [
      "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages",
      "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease",
      "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_Release.gpg",
      "/var/lib/apt/lists/apt.example.com_repo_dists_stable_main_source_Sources",
      "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_i18n_Translation-en",
    ]) {
      expect(scanner.skipsFile(path), path).toBe(true);
      expect(found(scanner.scan(text, { path })), path).toEqual([]);
    }
  });

  it("but everything else about apt is: its credentials, half-downloaded files, and look-alikes elsewhere", () => {
    for (const path of [
      "/etc/apt/auth.conf.d/private.conf",
      "/etc/apt/sources.list.d/private.list",
      "/var/lib/apt/lists/partial/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages",
      "/var/lib/apt/lists/notes.txt",
      "/var/lib/apt/extended_states",
      "/srv/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages",
      "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.txt",
    ]) {
      expect(scanner.skipsFile(path), path).toBe(false);
      expect(found(scanner.scan(text, { path })), path).toEqual([`aws-access-key-id ${awsKey}`]);
    }
  });
});
