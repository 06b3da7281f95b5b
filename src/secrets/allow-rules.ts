/**
 * What is not a credential although a rule matched it, as data with ids: vendors' test data and
 * documentation, sample files, toolchains, and files byte-identical to what the distribution's
 * package manager installed. A policy's `checks.secret.allow` entries are compiled into the same
 * shape. An allow rule drops the match entirely (it is not a credential); a policy exception, by
 * contrast, keeps a real finding in the report as accepted risk.
 */

import { compileGlob, type PathMatcher } from "../glob.ts";

export interface AllowRule {
  id: string;
  description: string;
  /** Regular expression over the absolute in-image path (`/srv/app.war!WEB-INF/x.properties` for archive members). */
  path?: string;
  /** Glob over the same path (the policy's dialect: `*` within a segment, `**` across). */
  pathGlob?: string;
  /** Regular expression over the credential itself. */
  secret?: string;
  /** Only for these rule ids (default: every rule). */
  rules?: string[];
  /**
   * True: the file's bytes are what the distribution's package manager installed: their md5 is
   * listed for the file's path in one of the files the rule captures (dpkg's `*.md5sums` lines).
   */
  packaged?: boolean;
  /**
   * Files the rule needs read whole from the image to decide (regular expressions over in-image
   * paths), and the name the image model lists them under: the secret check asks the image walk
   * for them, and nothing else asks on its behalf.
   */
  captures?: Array<{ path: string; why: string; name: string }>;
  origin?: "builtin" | "policy";
}

/** Language package trees and toolchains: code and data other people published. */
const THIRD_PARTY_TREE = String.raw`\/(?:node_modules|site-packages|dist-packages|vendor|gems|\.cargo\/registry|go\/pkg\/mod|\.m2\/repository|\.gradle\/caches|bower_components|jspm_packages)\/`;

const raw = String.raw;

export const BUILTIN_ALLOW_RULES: AllowRule[] = [
  {
    id: "third-party-test-data",
    description: "Test fixtures inside language package trees and toolchain sources (fake keys that libraries test with)",
    path: raw`(?:${THIRD_PARTY_TREE}|\/go\/src\/|^\/usr\/local\/go\/|^\/usr\/lib\/go-[\d.]+\/)(?:.*\/)?(?:tests?|testdata|testing|__tests__|fixtures?|examples?|spec|test_data|testcases|test-data|samples?)\/|(?:${THIRD_PARTY_TREE}|^\/usr\/local\/go\/|^\/usr\/lib\/go-[\d.]+\/).*(?:_test\.go|\/test_[^/]*\.py|_test\.py|\.(?:test|spec)\.[cm]?[jt]sx?)$`,
  },
  {
    id: "language-runtime-tests",
    description: "The test suites that language runtimes ship (Python's test package, Go's crypto test vectors)",
    path: raw`^\/usr\/(?:local\/)?lib\/python[\d.]+\/(?:test|idlelib\/idle_test|lib2to3\/tests|unittest\/test)\/|^\/usr\/(?:local\/go|lib\/go-[\d.]+)\/(?:src|test|misc)\/.*(?:_test\.go|\/testdata\/)`,
  },
  {
    id: "documentation",
    description: "Documentation: /usr/share/doc, man and info pages, Markdown, reStructuredText and AsciiDoc files",
    path: raw`^\/usr\/share\/(?:doc|man|info|gtk-doc|help)\/|\.(?:md|markdown|mdx|rst|adoc|asciidoc)$`,
  },
  {
    id: "sample-files",
    description: "Sample and template files: *.example, *.sample, *.dist, *.template, *.tmpl and the like (.env.example, config.sample.yml)",
    path: raw`[./_-](?:example|examples|sample|samples|dist|template|templates|tmpl|tpl)(?:\.[A-Za-z0-9]{1,8})?$|\/(?:example|sample)[._-][^/]*$`,
  },
  {
    id: "name-based-in-third-party-code",
    description:
      "Name-based matches (a password-named key with a random-looking value) inside language package trees and runtimes: libraries' own code and data, not a team's configuration. Format rules (AWS, GitHub, PEM, ...) still apply there.",
    path: raw`${THIRD_PARTY_TREE}|^\/usr\/(?:local\/)?lib\/(?:python[\d.]+|ruby|node|jvm|perl5?|x86_64-linux-gnu\/perl|php)\/|^\/usr\/share\/(?:perl5?|nodejs|javascript|java|ruby|php|python3?|pyshared|gems)\/|^\/usr\/local\/go\/|^\/usr\/lib\/go-[\d.]+\/|^\/opt\/(?:java|openjdk|yarn-v[\d.]+)\/|^\/usr\/local\/(?:share\/\.cache|lib\/node_modules)\/`,
    rules: ["credential-assignment"],
  },
  {
    id: "package-indexes",
    description:
      "apt's copies of its repositories' indexes (/var/lib/apt/lists/*_Packages, *_Sources, *_Release, *_InRelease, *_Translation-*, *_Contents-*): the distribution's public package metadata, checked by apt against the repository's signature; a private repository's credentials live in sources.list and auth.conf, which are read",
    path: raw`^\/var\/lib\/apt\/lists\/[^/]+_(?:Packages|Sources|Release|InRelease|Release\.gpg|Translation-[^/]+|Contents-[^/]+|Components-[^/]+|icons-[^/]+)$`,
  },
  {
    id: "distribution-package",
    description: "Files byte-identical to what the distribution's package manager installed (dpkg md5sums): public content",
    packaged: true,
    captures: [
      {
        path: raw`^\/var\/lib\/dpkg\/info\/[^/]+\.md5sums$`,
        why: "dpkg's checksums of what each package installed (the distribution-package allow rule)",
        name: "dpkg-md5sums",
      },
    ],
  },
  {
    id: "documented-example-keys",
    description: "Keys that vendors publish in their documentation (AWS: AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)",
    secret: raw`^(?:AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY)$`,
  },
];

/**
 * Paths and md5 sums listed in checksum files in dpkg's format (`<md5>  <path without its leading
 * slash>` a line), for the paths in `wanted` only. A distribution lists a checksum for every file
 * it installed (50,000 lines on an image with Python and Node) and only the few files that held
 * credential-shaped text are looked up, so a line is compared where it stands and nothing is
 * copied out of it unless its path is wanted: this runs at the end of a run, when memory peaks.
 * A line is read as the expression `^([0-9a-f]{32}) {1,2}(.+)$` reads it once trimmed; its path
 * may start with `./` or `/`.
 */
export function packagedChecksums(texts: Iterable<string>, wanted: ReadonlySet<string>): Map<string, Set<string>> {
  const sums = new Map<string, Set<string>>();
  /** Wanted paths as lines write them (no leading slash), by length. */
  const byLength = new Map<number, string[]>();
  for (const path of wanted) {
    const bare = path.replace(/^\//, "");
    if (bare === "" || /[\r\n\u2028\u2029]/.test(bare)) continue; // `.` in the expression stops at line terminators
    byLength.set(bare.length, [...(byLength.get(bare.length) ?? []), bare]);
  }
  if (byLength.size === 0) return sums;
  for (const text of texts) addChecksums(text, byLength, sums);
  return sums;
}

/**
 * One file's lines (a function of its own: as the inner loop of the one above, V8 optimized the
 * loop alone and left that code at the end of every file, 1,700 times a run on the tools bench image).
 */
function addChecksums(text: string, byLength: ReadonlyMap<number, string[]>, sums: Map<string, Set<string>>): void {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf("\n", start);
    let end = newline === -1 ? text.length : newline;
    let from = start;
    start = end + 1;
    while (from < end && isSpace(text.charCodeAt(from))) from++;
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    let path = from + 32;
    if (path >= end || text.charCodeAt(path) !== 32) continue;
    path += text.charCodeAt(path + 1) === 32 && path + 2 < end ? 2 : 1;
    if (text.startsWith("./", path)) path += 2;
    else if (text.charCodeAt(path) === 47) path++;
    const candidates = byLength.get(end - path);
    const bare = candidates?.find((candidate) => text.startsWith(candidate, path));
    if (bare === undefined || !isMd5(text, from)) continue;
    const key = `/${bare}`;
    const set = sums.get(key) ?? new Set<string>();
    set.add(text.slice(from, from + 32));
    sums.set(key, set);
  }
}

/** What String.prototype.trim removes. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** 32 lowercase hexadecimal digits from `at`. */
function isMd5(text: string, at: number): boolean {
  for (let index = at; index < at + 32; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) return false;
  }
  return true;
}

/** An allow rule ready to match. */
export interface CompiledAllowRule {
  rule: AllowRule;
  path?: PathMatcher;
  secret?: RegExp;
  rules?: Set<string>;
}

export function compileAllowRule(rule: AllowRule): CompiledAllowRule {
  const compiled: CompiledAllowRule = { rule };
  if (rule.path !== undefined) compiled.path = new RegExp(rule.path);
  if (rule.pathGlob !== undefined) compiled.path = compileGlob(rule.pathGlob);
  if (rule.secret !== undefined) compiled.secret = new RegExp(rule.secret);
  if (rule.rules !== undefined) compiled.rules = new Set(rule.rules);
  return compiled;
}

/** What an allow rule is asked about one match. */
export interface AllowQuery {
  rule: string;
  /** The file (absolute in-image path, archive members joined with `!`); undefined for Dockerfile and config text. */
  path?: string | undefined;
  secret?: string | undefined;
  packaged?: boolean | undefined;
}

/**
 * True when the rule covers the query: every condition it states holds. A condition the query
 * cannot answer yet (the secret, whether the file is packaged) does not hold.
 */
export function allowRuleCovers(allow: CompiledAllowRule, query: AllowQuery): boolean {
  if (allow.rules && !allow.rules.has(query.rule)) return false;
  if (allow.path && (query.path === undefined || !allow.path.test(query.path))) return false;
  if (allow.secret && (query.secret === undefined || !allow.secret.test(query.secret))) return false;
  if (allow.rule.packaged && query.packaged !== true) return false;
  return allow.path !== undefined || allow.secret !== undefined || allow.rule.packaged === true;
}
