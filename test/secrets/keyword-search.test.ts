import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseRegExpLiteral } from "@eslint-community/regexpp";
import type { Alternative } from "@eslint-community/regexpp/ast";
import { describe, expect, it } from "vitest";
import { BUILTIN_ALLOW_RULES, compileAllowRule } from "../../src/secrets/allow-rules.ts";
import { KeywordSearch } from "../../src/secrets/keyword-search.ts";
import { ASSIGNMENT_RULE, BUILTIN_RULES } from "../../src/secrets/rules.ts";
import { compileRule, defaultScanner, SecretScanner, type SecretMatch } from "../../src/secrets/scanner.ts";
import { DEFAULT_ARCHIVE_LIMITS, SCAN_WINDOW, scanFileContent } from "../../src/image/file-content.ts";
import { fake, pseudoRandom } from "../helpers/fake-secrets.ts";

/** Every occurrence of every keyword, by a regular expression per keyword (the reference). */
function naive(keywords: string[], text: string): string[] {
  const occurrences: string[] = [];
  keywords.forEach((keyword, index) => {
    const pattern = new RegExp(`(?=${keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})`, "gi");
    for (const match of text.matchAll(pattern)) occurrences.push(`${match.index}:${index}`);
  });
  return occurrences.sort();
}

function found(search: KeywordSearch, text: string): string[] {
  const hits = search.find(text);
  return hits.start.map((start, index) => `${start}:${hits.keyword[index]}`).sort();
}

describe("keyword search (Aho–Corasick)", () => {
  it("finds every occurrence: overlapping, nested, at both ends, in any case", () => {
    const search = new KeywordSearch(["key", "accountkey", "aa", "pass", "://"]);
    expect(found(search, "AccountKey=x aaa PASSpass https://a")).toEqual(naive(search.keywords as string[], "AccountKey=x aaa PASSpass https://a"));
    const hits = search.find("keyKEYkEy");
    expect(hits.start).toEqual([0, 3, 6]);
    expect(found(search, "key")).toEqual(["0:0"]);
    expect(found(search, "xx")).toEqual([]);
    expect(found(search, "")).toEqual([]);
  });

  it("folds case as a regular expression's i flag does, and reads characters beyond latin1", () => {
    const search = new KeywordSearch(["pässwort", "key", "sk"]);
    const text = "PÄSSWORT ключ KEY \u212Aey \u017Fk \u{1F511}key";
    // The Kelvin sign and the long s do not fold to ASCII without the u flag.
    expect(found(search, text)).toEqual(naive(search.keywords as string[], text));
    expect(found(search, text)).toHaveLength(3);
  });

  it("agrees with a per-keyword search on random texts and keyword sets", () => {
    const alphabet = "abcABC_-:/.é";
    for (let round = 0; round < 200; round++) {
      const keywords = [
        ...new Set(Array.from({ length: 1 + (round % 7) }, (_, index) => pseudoRandom(`k${round}-${index}`, 1 + (index % 4), alphabet).toLowerCase())),
      ];
      const text = pseudoRandom(`t${round}`, 400, alphabet);
      const search = new KeywordSearch(keywords);
      expect(found(search, text), `${keywords.join(",")} in ${text}`).toEqual(naive(keywords, text));
    }
  });

  it("finds every keyword of every built-in rule and of the name-based reader, alone, in any case, between other text", () => {
    const scanner = defaultScanner();
    // The scanner's own search, through what it enables: a keyword found means its rules were tried there.
    const search = (scanner as unknown as { search: KeywordSearch }).search;
    const keywords = [...new Set([...BUILTIN_RULES.filter((rule) => rule.path === undefined).flatMap((rule) => rule.keywords), ...ASSIGNMENT_RULE.keywords])];
    for (const keyword of keywords) {
      const index = search.keywords.indexOf(keyword);
      expect(search.keywords).toContain(keyword);
      const upper = keyword.toUpperCase();
      const mixed = keyword
        .split("")
        .map((char, position) => (position % 2 === 0 ? char.toUpperCase() : char))
        .join("");
      for (const text of [keyword, upper, `x${mixed}x`, `${"z".repeat(1000)}\n${keyword}`, `${keyword}${keyword}`]) {
        const hits = search.find(text);
        const starts = hits.start.filter((_, hit) => hits.keyword[hit] === index);
        expect(starts.length, `${keyword} in ${text.slice(-40)}`).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

/** One text per built-in rule, at the far end of its keywordOffset where the rule allows a long prefix. */
function ruleExamples(): Array<[string, string]> {
  const b64 = (text: string) => Buffer.from(text).toString("base64");
  return [
    ["aws-access-key-id", `id=${fake.awsAccessKeyId()}`],
    ["aws-secret-access-key", `AWS_Secret_Access_Key: ${fake.awsSecretKey()}`],
    ["aws-secret-access-key", `awssecretkey=${fake.awsSecretKey("nounderscores")}`],
    ["github-pat", `x ${fake.githubPat()}`],
    ["github-fine-grained-pat", fake.githubFineGrained()],
    ["github-oauth-token", fake.githubOauth()],
    ["github-app-token", fake.githubApp()],
    ["gitlab-token", fake.gitlabPat()],
    ["slack-token", fake.slackBot()],
    ["slack-webhook-url", `https://hooks.slack.com/services/T00000000/B00000000/${pseudoRandom("hook", 24)}`],
    ["stripe-secret-key", fake.stripeLive()],
    ["google-api-key", fake.googleApiKey()],
    ["npm-access-token", fake.npmToken()],
    ["npmrc-auth", `//npm.acme.io/:_authToken=${pseudoRandom("npmrc", 30)}`],
    ["pypi-upload-token", fake.pypiToken()],
    ["docker-hub-pat", fake.dockerHubPat()],
    ["docker-config-auth", `{"auth":"${b64(`me:${fake.password()}`)}"}`],
    [
      "openai-api-key",
      ["sk-svcacct-", pseudoRandom("long", 200, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), "T3Blbk", "FJ", pseudoRandom("tail", 30)].join(""),
    ],
    ["anthropic-api-key", fake.anthropicKey()],
    ["huggingface-token", fake.huggingFace()],
    ["vault-token", fake.vault()],
    ["sendgrid-api-key", fake.sendgrid()],
    ["azure-storage-account-key", `AccountKey=${fake.azureStorageKey()}`],
    ["age-secret-key", fake.ageKey()],
    ["databricks-token", fake.databricks()],
    ["shopify-token", fake.shopify()],
    ["private-key", fake.privateKey("long-label", `${"A".repeat(32)} RSA PRIVATE KEY`)],
    ["url-credentials", `https://ci:${fake.password()}@pypi.acme.io/simple`],
    ["authorization-header", `Proxy-Authorization: Basic ${pseudoRandom("basic", 24)}`],
    ["api-key-header", `X-Auth-Token: ${pseudoRandom("xauth", 32)}`],
    ["password-argument", `run --client-secret=${fake.password("client")}`],
    ["basic-auth-argument", `curl ${"-s ".repeat(100)}-u deploy:${fake.password("curl")} https://x`],
    [
      "chpasswd-password",
      `echo -e\t-n  -x${" ".repeat(20)}"${"u".repeat(64)}:${pseudoRandom("chp", 200)}"${" ".repeat(20)}|${" ".repeat(20)}sudo /usr/sbin/chpasswd`,
    ],
    ["chpasswd-password", `chpasswd <<< "app:${fake.password("herestring")}"`],
    ["usermod-password", `usermod -p '$6$${pseudoRandom("salt", 8)}$${pseudoRandom("hash", 40)}' app`],
    ["openssl-passwd", `openssl passwd -6 -salt abc ${fake.password("openssl")}`],
    ["htpasswd-password", `htpasswd -bc /etc/nginx/.htpasswd admin ${fake.password("htpasswd")}`],
    ["mysql-password-argument", `/usr/bin/mysql -uroot -p${fake.password("mysql-p")} -e "SELECT 1"`],
    ["mysql-password-argument", `mariadb-dump -uroot -p${fake.password("mariadb")} app`],
    ["sshpass-password", `sshpass -p '${fake.password("sshpass")}' scp x host:`],
    ["registry-login-password", `helm${" ".repeat(20)}registry${" ".repeat(20)}auth${"\t".repeat(20)}login -u ci -p ${fake.password("helm")} r.io`],
    ["redis-cli-password", `redis-cli -h cache -a ${fake.password("redis")} ping`],
  ];
}

/** The same rules without keywordOffset: each runs over the whole text once one of its keywords occurs. */
const wholeTextScanner = new SecretScanner(
  BUILTIN_RULES.map(({ keywordOffset: _offset, ...rule }) => compileRule(rule)),
  BUILTIN_ALLOW_RULES.map(compileAllowRule),
);
const describeMatches = (matches: SecretMatch[]) => matches.map((match) => `${match.rule}@${match.index}:${match.line}:${match.secret.length}`);

describe("anchored rules: tried only near their keywords, they find what a whole-text search finds", () => {
  const scanner = defaultScanner();

  it("every built-in rule that is not for a named file declares its keywordOffset, and none starts with a lookbehind", () => {
    expect(BUILTIN_RULES.filter((rule) => rule.path === undefined && rule.keywordOffset === undefined).map((rule) => rule.id)).toEqual([]);
    /** True when some alternative of the pattern can start with a lookbehind (through leading groups). */
    const startsWithLookbehind = (alternatives: Alternative[]): boolean =>
      alternatives.some((alternative) => {
        const first = alternative.elements[0];
        if (first === undefined) return false;
        if (first.type === "Assertion") return first.kind === "lookbehind";
        if (first.type === "Group" || first.type === "CapturingGroup") return startsWithLookbehind(first.alternatives);
        return false;
      });
    const lookbehindLed = BUILTIN_RULES.filter((rule) =>
      startsWithLookbehind(parseRegExpLiteral(`/${rule.regex}/${rule.flags ?? ""}`).pattern.alternatives),
    ).map((rule) => rule.id);
    // The check itself: a lookbehind at the start, also inside a leading group, is seen.
    expect(startsWithLookbehind(parseRegExpLiteral(String.raw`/(?:(?<![\w-])--x|y)/`).pattern.alternatives)).toBe(true);
    expect(lookbehindLed).toEqual([]);
  });

  it("covers every rule that is not for a named file", () => {
    const covered = new Set(ruleExamples().map(([id]) => id));
    expect(BUILTIN_RULES.filter((rule) => rule.path === undefined && !covered.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it.each(ruleExamples())("%s: found at the start, the end and the middle of a text, once, by both searches", (id, example) => {
    for (const text of [example, `${"lorem ipsum key ".repeat(40)}\n${example}`, `${example}\n`, `a key: ${example} and ${example.length} more`]) {
      const anchored = scanner.scan(text, { formatsOnly: true });
      expect(anchored.filter((match) => match.rule === id)).toHaveLength(1);
      expect(describeMatches(anchored)).toEqual(describeMatches(wholeTextScanner.scan(text, { formatsOnly: true })));
    }
  });

  it("finds the same as a whole-text search in real text (this repository's sources and its dependencies' files)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const files: string[] = [];
    const walk = (dir: string, depth: number) => {
      for (const name of readdirSync(dir).sort()) {
        const file = path.join(dir, name);
        const stat = statSync(file, { throwIfNoEntry: false });
        if (!stat) continue;
        if (stat.isDirectory() && depth < 6 && name !== ".git" && name !== ".cache") walk(file, depth + 1);
        else if (stat.isFile() && stat.size < 2_000_000 && /\.(?:ts|js|cjs|mjs|md|json|ya?ml|txt|sh)$/.test(name)) files.push(file);
      }
    };
    for (const dir of ["src", "test", "node_modules/tar-stream", "node_modules/@aws-sdk/client-ecr/dist-cjs", "node_modules/semver", "node_modules/yaml/dist"])
      walk(path.join(root, dir), 0);
    // And every rule's example planted in each: the name-based reader and the format rules together.
    const planted = ruleExamples()
      .map(([, example]) => example)
      .join("\n");
    let compared = 0;
    for (const file of files.slice(0, 1500)) {
      const text = readFileSync(file, "latin1");
      for (const variant of [text, `${text.slice(0, text.length >> 1)}\n${planted}\n${text.slice(text.length >> 1)}`]) {
        for (const values of ["file", "literal"] as const) {
          expect({ file, matches: describeMatches(scanner.scan(variant, { values, path: file })) }).toEqual({
            file,
            matches: describeMatches(wholeTextScanner.scan(variant, { values, path: file })),
          });
        }
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("tries each position at most once however many keywords overlap (linear in the text)", () => {
    const text = "chpasswd login mysql ".repeat(20_000);
    const started = performance.now();
    expect(scanner.scan(text)).toEqual([]);
    // A generous bound that only a quadratic walk (every position tried again per keyword) exceeds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("credentials across the windows a file is scanned in", () => {
  const content = (text: string, chunk: number) =>
    (async function* () {
      const bytes = Buffer.from(text, "latin1");
      for (let offset = 0; offset < bytes.length; offset += chunk) yield bytes.subarray(offset, offset + chunk);
    })();

  it.each(ruleExamples().filter(([id], index, all) => all.findIndex(([other]) => other === id) === index))(
    "%s: once, wherever the window boundary cuts its keyword or its value",
    async (id, example) => {
      for (const cut of [1, 2, Math.floor(example.length / 2), example.length - 1]) {
        const padding = "# filler line of a configuration file\n".repeat(Math.ceil(SCAN_WINDOW / 38)).slice(0, SCAN_WINDOW - cut - 1);
        const text = `${padding}\n${example}\nend\n`;
        for (const chunk of [64 * 1024, 4093]) {
          const result = await scanFileContent("/etc/app/config", text.length, content(text, chunk), {
            scanner: defaultScanner(),
            maxFileBytes: 1 << 30,
            archives: DEFAULT_ARCHIVE_LIMITS,
          });
          const hits = result.hits.flatMap((file) => file.hits).filter((hit) => hit.rule === id);
          expect(hits, `cut ${cut}, chunk ${chunk}`).toHaveLength(1);
          expect(hits[0]!.line).toBe(padding.split("\n").length + 1);
        }
      }
    },
  );
});
