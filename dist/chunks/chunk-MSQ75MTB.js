import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  compileGlob
} from "./chunk-PE4PBRI4.js";

// src/secrets/allow-rules.ts
var THIRD_PARTY_TREE = String.raw`\/(?:node_modules|site-packages|dist-packages|vendor|gems|\.cargo\/registry|go\/pkg\/mod|\.m2\/repository|\.gradle\/caches|bower_components|jspm_packages)\/`;
var raw = String.raw;
var BUILTIN_ALLOW_RULES = [
  {
    id: "third-party-test-data",
    description: "Test fixtures inside language package trees and toolchain sources (fake keys that libraries test with)",
    path: raw`(?:${THIRD_PARTY_TREE}|\/go\/src\/|^\/usr\/local\/go\/|^\/usr\/lib\/go-[\d.]+\/)(?:.*\/)?(?:tests?|testdata|testing|__tests__|fixtures?|examples?|spec|test_data|testcases|test-data|samples?)\/|(?:${THIRD_PARTY_TREE}|^\/usr\/local\/go\/|^\/usr\/lib\/go-[\d.]+\/).*(?:_test\.go|\/test_[^/]*\.py|_test\.py|\.(?:test|spec)\.[cm]?[jt]sx?)$`
  },
  {
    id: "language-runtime-tests",
    description: "The test suites that language runtimes ship (Python's test package, Go's crypto test vectors)",
    path: raw`^\/usr\/(?:local\/)?lib\/python[\d.]+\/(?:test|idlelib\/idle_test|lib2to3\/tests|unittest\/test)\/|^\/usr\/(?:local\/go|lib\/go-[\d.]+)\/(?:src|test|misc)\/.*(?:_test\.go|\/testdata\/)`
  },
  {
    id: "documentation",
    description: "Documentation: /usr/share/doc, man and info pages, Markdown, reStructuredText and AsciiDoc files",
    path: raw`^\/usr\/share\/(?:doc|man|info|gtk-doc|help)\/|\.(?:md|markdown|mdx|rst|adoc|asciidoc)$`
  },
  {
    id: "sample-files",
    description: "Sample and template files: *.example, *.sample, *.dist, *.template, *.tmpl and the like (.env.example, config.sample.yml)",
    path: raw`[./_-](?:example|examples|sample|samples|dist|template|templates|tmpl|tpl)(?:\.[A-Za-z0-9]{1,8})?$|\/(?:example|sample)[._-][^/]*$`
  },
  {
    id: "name-based-in-third-party-code",
    description: "Name-based matches (a password-named key with a random-looking value) inside language package trees and runtimes: libraries' own code and data, not a team's configuration. Format rules (AWS, GitHub, PEM, ...) still apply there.",
    path: raw`${THIRD_PARTY_TREE}|^\/usr\/(?:local\/)?lib\/(?:python[\d.]+|ruby|node|jvm|perl5?|x86_64-linux-gnu\/perl|php)\/|^\/usr\/share\/(?:perl5?|nodejs|javascript|java|ruby|php|python3?|pyshared|gems)\/|^\/usr\/local\/go\/|^\/usr\/lib\/go-[\d.]+\/|^\/opt\/(?:java|openjdk|yarn-v[\d.]+)\/|^\/usr\/local\/(?:share\/\.cache|lib\/node_modules)\/`,
    rules: ["credential-assignment"]
  },
  {
    id: "package-indexes",
    description: "apt's copies of its repositories' indexes (/var/lib/apt/lists/*_Packages, *_Sources, *_Release, *_InRelease, *_Translation-*, *_Contents-*): the distribution's public package metadata, checked by apt against the repository's signature; a private repository's credentials live in sources.list and auth.conf, which are read",
    path: raw`^\/var\/lib\/apt\/lists\/[^/]+_(?:Packages|Sources|Release|InRelease|Release\.gpg|Translation-[^/]+|Contents-[^/]+|Components-[^/]+|icons-[^/]+)$`
  },
  {
    id: "distribution-package",
    description: "Files byte-identical to what the distribution's package manager installed (dpkg md5sums): public content",
    packaged: true,
    captures: [
      {
        path: raw`^\/var\/lib\/dpkg\/info\/[^/]+\.md5sums$`,
        why: "dpkg's checksums of what each package installed (the distribution-package allow rule)",
        name: "dpkg-md5sums"
      }
    ]
  },
  {
    id: "documented-example-keys",
    description: "Keys that vendors publish in their documentation (AWS: AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)",
    secret: raw`^(?:AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY)$`
  }
];
function packagedChecksums(texts, wanted) {
  const sums = /* @__PURE__ */ new Map();
  const byLength = /* @__PURE__ */ new Map();
  for (const path of wanted) {
    const bare = path.replace(/^\//, "");
    if (bare === "" || /[\r\n\u2028\u2029]/.test(bare)) continue;
    byLength.set(bare.length, [...byLength.get(bare.length) ?? [], bare]);
  }
  if (byLength.size === 0) return sums;
  for (const text of texts) addChecksums(text, byLength, sums);
  return sums;
}
function addChecksums(text, byLength, sums) {
  for (let start = 0; start < text.length; ) {
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
    if (bare === void 0 || !isMd5(text, from)) continue;
    const key = `/${bare}`;
    const set = sums.get(key) ?? /* @__PURE__ */ new Set();
    set.add(text.slice(from, from + 32));
    sums.set(key, set);
  }
}
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13 || code > 127 && /\s/.test(String.fromCharCode(code));
}
function isMd5(text, at) {
  for (let index = at; index < at + 32; index++) {
    const code = text.charCodeAt(index);
    if (!(code >= 48 && code <= 57 || code >= 97 && code <= 102)) return false;
  }
  return true;
}
function compileAllowRule(rule) {
  const compiled = { rule };
  if (rule.path !== void 0) compiled.path = new RegExp(rule.path);
  if (rule.pathGlob !== void 0) compiled.path = compileGlob(rule.pathGlob);
  if (rule.secret !== void 0) compiled.secret = new RegExp(rule.secret);
  if (rule.rules !== void 0) compiled.rules = new Set(rule.rules);
  return compiled;
}
function allowRuleCovers(allow, query) {
  if (allow.rules && !allow.rules.has(query.rule)) return false;
  if (allow.path && (query.path === void 0 || !allow.path.test(query.path))) return false;
  if (allow.secret && (query.secret === void 0 || !allow.secret.test(query.secret))) return false;
  if (allow.rule.packaged && query.packaged !== true) return false;
  return allow.path !== void 0 || allow.secret !== void 0 || allow.rule.packaged === true;
}

// src/secrets/names.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwords",
  "passwd",
  "pwd",
  "pw",
  "pass",
  "passphrase",
  "secret",
  "secrets",
  "token",
  "tokens",
  "credential",
  "credentials",
  "creds",
  "apikey",
  "privatekey",
  "accesskey",
  "secretkey",
  "authtoken",
  "clientsecret"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "access",
  "secret",
  "private",
  "signing",
  "encryption",
  "master",
  "client",
  "account",
  "app",
  "application",
  "service",
  "license",
  "licence",
  "auth",
  "session",
  "hmac",
  "jwt",
  "storage",
  "ssh",
  "admin",
  "root",
  "shared",
  "consumer",
  "webhook",
  "cookie",
  "csrf",
  "crypt",
  "cipher",
  "aes",
  "rsa",
  "ec",
  "ed25519",
  "dsa"
]);
var DESCRIPTIVE_SUFFIXES = /* @__PURE__ */ new Set([
  "file",
  "files",
  "path",
  "paths",
  "dir",
  "directory",
  "id",
  "ids",
  "name",
  "names",
  "user",
  "username",
  "length",
  "len",
  "size",
  "ttl",
  "timeout",
  "expiry",
  "expires",
  "expiration",
  "lifetime",
  "age",
  "header",
  "type",
  "algorithm",
  "alg",
  "enabled",
  "enable",
  "disabled",
  "disable",
  "required",
  "mode",
  "policy",
  "version",
  "env",
  "var",
  "prefix",
  "suffix",
  "format",
  "hint",
  "field",
  "location",
  "endpoint",
  "host",
  "port",
  "url",
  "uri",
  "count",
  "max",
  "min",
  "rounds",
  "cmd",
  "command",
  "script",
  "provider",
  "store",
  "manager",
  "helper",
  "method",
  "scope",
  "scopes",
  "audience",
  "issuer",
  "region",
  "arn",
  "ref",
  "kind",
  "level",
  "strategy",
  "source",
  "fingerprint",
  "hash",
  "digest",
  "checksum",
  "sha",
  "sha1",
  "sha256",
  "sha512",
  "md5",
  "salt",
  "label",
  "key",
  // `PASSWORD_KEY`, `TOKEN_KEY`: the name of a field, not its value
  "keys",
  "index",
  "regex",
  "pattern",
  "policy",
  "class",
  "handler",
  "plugin",
  "mount",
  "volume",
  "label",
  "reset",
  "change",
  "changed",
  "prompt",
  "input",
  "confirm",
  "confirmation",
  "placeholder",
  "example",
  "sample",
  "default",
  "validity",
  "valid",
  "validation",
  "rotation",
  "refresh",
  // `TOKEN_REFRESH` is a setting; `REFRESH_TOKEN` still ends in token
  "limit",
  "interval",
  "delay",
  "retries",
  "attempts",
  "secure",
  "encoding",
  "charset",
  "template",
  "image",
  "days",
  "warn",
  "tries",
  "shell"
]);
var PUBLIC_WORDS = /* @__PURE__ */ new Set([
  "gpg",
  "pgp",
  "public",
  "pub",
  "keycloak",
  "publishable",
  "verify",
  "verification",
  "csrf_field",
  "bypass",
  "compass",
  "passthrough",
  "passive"
]);
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
}
var JOINED = /(?:password|passwd|secret|token|apikey|passphrase)$|^(?:db|admin|root|user|mysql|pg|postgres|redis|smtp|mail|ldap|ftp|sftp|ssh|rabbit|amqp|mongo|app)(?:pass|pwd|pw)$/;
var judged = /* @__PURE__ */ new Map();
var MAX_JUDGED = 4096;
function isSecretName(name) {
  let known = judged.get(name);
  if (known === void 0) {
    known = judgeSecretName(name);
    if (judged.size >= MAX_JUDGED) judged.clear();
    judged.set(Array.from(name).join(""), known);
  }
  return known;
}
function judgeSecretName(name) {
  const all = nameWords(name);
  const words = all.map((word) => word.replace(/(?<=[a-z])\d+$/, "")).filter((word) => !/^\d+$/.test(word) && word !== "v");
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (DESCRIPTIVE_SUFFIXES.has(last) && !(last === "key" && words.length >= 2 && KEY_QUALIFIERS.has(words[words.length - 2]))) return false;
  if (words.some((word) => PUBLIC_WORDS.has(word))) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  if (JOINED.test(words.join(""))) return true;
  for (let index = 1; index < words.length; index++) {
    if (words[index] === "key" && KEY_QUALIFIERS.has(words[index - 1])) return true;
  }
  return false;
}
function isCredentialIdName(name) {
  const words = nameWords(name);
  return words.length >= 2 && words[words.length - 1] === "id" && ["key", "client", "access", "app", "account"].includes(words[words.length - 2]);
}
var PLACEHOLDER_VALUES = /* @__PURE__ */ new Set([
  "",
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "-",
  "todo",
  "tbd",
  "tba",
  "fixme",
  "placeholder",
  "dummy",
  "example",
  "sample",
  "redacted",
  "hidden",
  "masked",
  "secret",
  "secrets",
  "changeme",
  "change_me",
  "change-me",
  "changeit",
  // the documented default of Java keystores
  "required",
  "optional",
  "empty",
  "unset",
  "default",
  "string",
  "str",
  "value",
  "required_value"
]);
var LOOKUP = /\$\{?[A-Za-z_]|\$\(|\$\[|^\{\{.*\}\}$|\{\{\s*[\w.$|"' -]+\s*\}\}|^\{%.*%\}$|^%\([\w.]+\)s$|^%[A-Za-z_][\w]*%$|^<%.*%>$|\bos\.environ\b|\bos\.getenv\b|\bgetenv\s*\(|\bprocess\.env\b|\bENV\s*(?:\[|\.fetch)|\bSystem\.getenv\b|\benv\s*\(|\bconfig\s*\(|\bsettings\.|\bsecrets?\.|\bvault\(|\bdecrypt\(|\bgetpass\b|^!!?\w+|^ENC\[|^enc:|^@[\w.-]+@$|#\{|^__[A-Z0-9_]+__$/i;
function isPlaceholderValue(value) {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower)) return true;
  if (LOOKUP.test(trimmed)) return true;
  if (/^<[^<>]*>$|^\[[^\]]*\]$|^\(\s*\)$/.test(trimmed)) return true;
  if (/^[*x.#_?-]+$/i.test(trimmed) || /x{4,}|\*{3,}|\.{3}|…/i.test(trimmed)) return true;
  if (isRunOfOneCharacter(trimmed)) return true;
  if (/^(?:your|my|insert|enter|replace|put|some|the)[-_ ]?[a-z_ -]{0,40}(?:password|passwd|token|key|secret|pass|credential)s?(?:[-_ ]?here)?$/i.test(trimmed))
    return true;
  if (/(?:example|sample|placeholder|dummy|changeme|change[-_]me|redacted|replace[-_]?me|not[-_]?set|notsecret|not[-_]a[-_]secret|fake[-_]?(?:key|token|secret|password))/i.test(
    trimmed
  ))
    return true;
  if (/^(?:\/|~\/|\.\.?\/)[\w./@+-]*$/.test(trimmed) || /^[A-Za-z]:\\[\w\\. -]*$/.test(trimmed)) return true;
  if (/^(?:file|env|vault|secretsmanager|ssm|arn|awskms|gcpkms|azurekeyvault|op|sops|keyring|k8s|secret|ref\+\w+):/i.test(trimmed)) return true;
  return false;
}
function isRunOfOneCharacter(value) {
  const core = value.replace(/[-_.:/ ]/g, "");
  return core.length > 0 && /^(.)\1*$/s.test(core);
}
function isPublicMaterial(value) {
  return /^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST)-----|^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/.test(
    value.trim()
  );
}
function shannonEntropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function looksLikeSecret(value) {
  const text = value.trim();
  if (text.length < 8 || text.length > 4096) return false;
  if (/\s/.test(text) && !/^[A-Za-z0-9+/=\s]+$/.test(text)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(text)).length;
  if (classes < 2) return /^[a-f0-9]{32,}$/.test(text) || /^[A-Za-z]{24,}$/.test(text) ? shannonEntropy(text) >= 3.5 : false;
  if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(text)) return false;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(text)) return false;
  if (/^[a-z]+:\/\/[^@]*$/i.test(text)) return false;
  return shannonEntropy(text) >= (text.length < 16 ? 2.75 : 3);
}
function isCredentialLiteral(value) {
  const text = value.trim();
  if (text === "" || isPlaceholderValue(text) || isPublicMaterial(text)) return false;
  if (/^[0-9]$/.test(text)) return false;
  return true;
}

// src/secrets/assignments.ts
var MAX_KEY = 120;
var MAX_VALUE = 1e3;
function isKeyChar(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 45 || code === 46;
}
var isDotOrDash = (code) => code === 46 || code === 45;
function endsBareValue(code) {
  return code <= 32 || code === 34 || code === 39 || code === 96 || code === 44 || code === 59 || code === 38 || code === 60 || code === 62 || code === 40 || code === 41 || code === 123 || code === 125 || code === 91 || code === 93 || code === 124;
}
function skipBlanks(text, index) {
  while (index < text.length && (text[index] === " " || text[index] === "	")) index++;
  return index;
}
function readQuoted(text, index) {
  const quote = text[index];
  let value = "";
  for (let i = index + 1; i < text.length && i - index <= MAX_VALUE; i++) {
    const char = text[i];
    if (char === "\n") return void 0;
    if (char === "\\" && quote !== "'" && i + 1 < text.length) {
      const next = text[i + 1];
      value += next === "n" ? "\n" : next;
      i++;
      continue;
    }
    if (char === quote) return { value, end: i + 1 };
    value += char;
  }
  return void 0;
}
function readValue(text, index, untilTag) {
  const first = text[index];
  if (first === void 0) return void 0;
  if (!untilTag && (first === '"' || first === "'" || first === "`")) {
    const quoted = readQuoted(text, index);
    return quoted ? { value: quoted.value, index: index + 1, end: quoted.end, quoted: true } : void 0;
  }
  let end = index;
  if (untilTag) {
    while (end < text.length && end - index < MAX_VALUE && text[end] !== "<" && text[end] !== "\n") end++;
  } else {
    while (end < text.length && end - index < MAX_VALUE && !endsBareValue(text.charCodeAt(end))) end++;
  }
  if (end === index) return void 0;
  return { value: text.slice(index, end).trim(), index, end, quoted: false };
}
function assignmentAt(text, at, from) {
  let start = at;
  while (start > from && at - start < MAX_KEY && isKeyChar(text.charCodeAt(start - 1))) start--;
  let keyEnd = at;
  while (keyEnd < text.length && keyEnd - at < MAX_KEY && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
  if (keyEnd - start >= MAX_KEY) return { end: keyEnd };
  let first = start;
  let last = keyEnd;
  while (first < last && isDotOrDash(text.charCodeAt(first))) first++;
  while (last > first && isDotOrDash(text.charCodeAt(last - 1))) last--;
  if (first === last) return { end: keyEnd };
  const key = text.slice(first, last);
  if (!isSecretName(key)) return { end: keyEnd };
  const before = start > 0 ? text[start - 1] : "";
  let i = keyEnd;
  let quotedKey = false;
  if ((before === '"' || before === "'") && text[i] === before) {
    quotedKey = true;
    i++;
    if (text[i] === "]") i++;
  }
  if (before === "<" && text[i] === ">") {
    const value2 = readValue(text, i + 1, true);
    if (!value2 || !text.startsWith("</", value2.end)) return { end: i + 1 };
    return { assignment: { key, value: value2.value, index: value2.index, quoted: true }, end: value2.end };
  }
  if (quotedKey && /(?:key|name)\s{0,5}=\s{0,5}$/i.test(text.slice(Math.max(0, start - 12), start - 1))) {
    const attribute = /^\s{1,20}value\s{0,5}=\s{0,5}(?=["'])/i.exec(text.slice(i, i + 40));
    if (attribute) {
      const value2 = readValue(text, i + attribute[0].length, false);
      if (!value2) return { end: i };
      return { assignment: { key, value: value2.value, index: value2.index, quoted: value2.quoted }, end: value2.end };
    }
    if (text[i] === ">") {
      const value2 = readValue(text, i + 1, true);
      if (!value2 || !text.startsWith("</", value2.end)) return { end: i + 1 };
      return { assignment: { key, value: value2.value, index: value2.index, quoted: true }, end: value2.end };
    }
  }
  i = skipBlanks(text, i);
  const a = text[i];
  const b = text[i + 1];
  if (a === "=" && b === ">")
    i += 2;
  else if (a === ":" && b === "=")
    i += 2;
  else if (a === "=" && b !== "=" && b !== "~")
    i += 1;
  else if (a === ":" && b !== ":") i += 1;
  else if (a === "," && quotedKey)
    i += 1;
  else return { end: i };
  i = skipBlanks(text, i);
  const value = readValue(text, i, false);
  if (!value || value.value === "") return { end: i };
  return { assignment: { key, value: value.value, index: value.index, quoted: value.quoted }, end: value.end };
}
function assignmentsAt(text, keywordOffsets) {
  const found = [];
  let from = 0;
  for (const at of keywordOffsets) {
    if (at < from) continue;
    const { assignment, end } = assignmentAt(text, at, from);
    if (assignment) found.push(assignment);
    from = Math.max(from, end);
  }
  return found;
}

// src/secrets/keyword-search.ts
function caseVariants(char) {
  const variants = /* @__PURE__ */ new Set([char]);
  for (const other of [char.toLowerCase(), char.toUpperCase()]) {
    if (other.length === 1 && other.charCodeAt(0) < 128 === char.charCodeAt(0) < 128) variants.add(other);
  }
  return [...variants];
}
var KeywordSearch = class {
  keywords;
  /** Character code → symbol (0: in no keyword). */
  symbolOf = new Uint16Array(65536);
  /**
   * The automaton as one table: the entry for a state's row and a symbol is the next state's row
   * offset, shifted left once, with the low bit set when keywords end in that state. The next
   * row is one load away from the last (no multiplication on the loop's critical path).
   */
  table;
  symbols;
  /** For each state: index into `outputs` of the keywords that end there, or -1. */
  outputAt;
  /** Keyword indexes ending at a state, each list ended by -1. */
  outputs;
  constructor(keywords) {
    this.keywords = keywords;
    let symbols = 1;
    for (const keyword of keywords) {
      if (keyword.length === 0) throw new Error("a keyword cannot be empty");
      for (let position = 0; position < keyword.length; position++) {
        const unit = keyword[position];
        if (this.symbolOf[unit.charCodeAt(0)] !== 0) continue;
        const symbol = symbols++;
        for (const variant of caseVariants(unit)) this.symbolOf[variant.charCodeAt(0)] = symbol;
      }
    }
    this.symbols = symbols;
    const children = [/* @__PURE__ */ new Map()];
    const ends = [[]];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (let position = 0; position < keyword.length; position++) {
        const symbol = this.symbolOf[keyword.charCodeAt(position)];
        let child = children[state].get(symbol);
        if (child === void 0) {
          child = children.length;
          children.push(/* @__PURE__ */ new Map());
          ends.push([]);
          children[state].set(symbol, child);
        }
        state = child;
      }
      ends[state].push(index);
    });
    const states = children.length;
    const next = new Int32Array(states * symbols);
    const failure = new Int32Array(states);
    const queue = [];
    for (const [symbol, child] of children[0]) {
      next[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      ends[state].push(...ends[failure[state]]);
      for (let symbol = 0; symbol < symbols; symbol++) {
        const child = children[state].get(symbol);
        const fallback = next[failure[state] * symbols + symbol];
        if (child === void 0) {
          next[state * symbols + symbol] = fallback;
        } else {
          failure[child] = fallback;
          next[state * symbols + symbol] = child;
          queue.push(child);
        }
      }
    }
    const outputAt = new Int32Array(states).fill(-1);
    const outputs = [];
    for (let state = 0; state < states; state++) {
      if (ends[state].length === 0) continue;
      outputAt[state] = outputs.length;
      outputs.push(...new Set(ends[state]), -1);
    }
    if (states * symbols * 2 > 2147483647) throw new Error("too many keywords for one search");
    this.table = next.map((state) => state * symbols << 1 | (outputAt[state] === -1 ? 0 : 1));
    this.outputAt = outputAt;
    this.outputs = Int32Array.from(outputs);
  }
  /** Every occurrence of every keyword in the text. */
  find(text) {
    const hits = { keyword: [], start: [] };
    const { symbolOf, table, symbols, outputAt, outputs, keywords } = this;
    const length = text.length;
    let row = 0;
    for (let index = 0; index < length; index++) {
      const entry = table[row + symbolOf[text.charCodeAt(index)]];
      row = entry >> 1;
      if ((entry & 1) === 0) continue;
      for (let output = outputAt[row / symbols]; outputs[output] !== -1; output++) {
        const keyword = outputs[output];
        hits.keyword.push(keyword);
        hits.start.push(index + 1 - keywords[keyword].length);
      }
    }
    return hits;
  }
};

// src/secrets/rules.ts
var raw2 = String.raw;
var BUILTIN_RULES = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    severity: "critical",
    keywords: ["akia", "asia", "abia", "acca"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
    checks: ["not-documented-example"]
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    severity: "critical",
    // Every spelling the regex takes holds one of these within its first 4 characters.
    keywords: ["aws_secret", "awssecret", "secret_access", "secretaccess", "secret-access"],
    keywordOffset: 4,
    regex: raw2`(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|secret-access-key)["']?(?:\s{0,20}(?:[:=]|=>)\s{0,20}|\s{1,20})["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    flags: "i",
    checks: ["not-documented-example", "aws-secret-shape"]
  },
  {
    id: "github-pat",
    title: "GitHub personal access token",
    severity: "critical",
    keywords: ["ghp_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>ghp_[A-Za-z0-9]{36})\b`
  },
  {
    id: "github-fine-grained-pat",
    title: "GitHub fine-grained personal access token",
    severity: "critical",
    keywords: ["github_pat_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>github_pat_[A-Za-z0-9_]{82})\b`
  },
  {
    id: "github-oauth-token",
    title: "GitHub OAuth access token",
    severity: "critical",
    keywords: ["gho_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>gho_[A-Za-z0-9]{36})\b`
  },
  {
    id: "github-app-token",
    title: "GitHub App token",
    severity: "critical",
    keywords: ["ghu_", "ghs_", "ghr_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>(?:ghu|ghs)_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{36,76})\b`
  },
  {
    id: "gitlab-token",
    title: "GitLab access token",
    severity: "critical",
    keywords: ["glpat-", "gldt-", "glrt-"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>gl(?:pat|dt|rt)-[A-Za-z0-9_-]{20,300})`
  },
  {
    id: "slack-token",
    title: "Slack token",
    severity: "high",
    keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>xox[abeprs]-(?:\d{6,15}-){1,3}[A-Za-z0-9-]{8,250})`
  },
  {
    id: "slack-webhook-url",
    title: "Slack incoming webhook URL",
    severity: "high",
    keywords: ["hooks.slack.com"],
    keywordOffset: 8,
    regex: raw2`(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{40,200})`
  },
  {
    id: "stripe-secret-key",
    title: "Stripe live secret key",
    severity: "critical",
    keywords: ["sk_live_", "rk_live_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>(?:sk|rk)_live_[A-Za-z0-9]{20,247})\b`
  },
  {
    id: "google-api-key",
    title: "Google API key",
    severity: "high",
    keywords: ["aiza"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])`
  },
  {
    id: "npm-access-token",
    title: "npm access token",
    severity: "critical",
    keywords: ["npm_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>npm_[A-Za-z0-9]{36})\b`,
    checks: ["mixed-case"]
  },
  {
    id: "npmrc-auth",
    title: "npm registry credential in .npmrc syntax",
    severity: "critical",
    keywords: ["_authtoken", "_auth", "_password"],
    keywordOffset: 0,
    // `_` not inside a word (DB_PASSWORD=... is a variable, not .npmrc syntax).
    regex: raw2`\b_(?:authToken|auth|password)\s{0,20}=\s{0,20}["']?(?<secret>[^\s"'$][^\s"']{7,1000})`,
    flags: "i",
    checks: ["not-placeholder"]
  },
  {
    id: "pypi-upload-token",
    title: "PyPI upload token",
    severity: "critical",
    keywords: ["pypi-ageichlwas5vcmc"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})`
  },
  {
    id: "docker-hub-pat",
    title: "Docker Hub personal access token",
    severity: "critical",
    keywords: ["dckr_pat_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>dckr_pat_[A-Za-z0-9_-]{27,200})`
  },
  {
    id: "docker-config-auth",
    title: "Registry credential in Docker config syntax",
    severity: "high",
    keywords: ['"auth"'],
    keywordOffset: 0,
    regex: raw2`"auth"\s{0,20}:\s{0,20}"(?<secret>[A-Za-z0-9+/]{8,1000}={0,2})"`,
    checks: ["docker-auth"]
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    severity: "critical",
    keywords: ["t3blbkfj"],
    keywordOffset: 211,
    regex: raw2`\b(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})`
  },
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    severity: "critical",
    keywords: ["sk-ant-"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,200})`
  },
  {
    id: "huggingface-token",
    title: "Hugging Face access token",
    severity: "high",
    keywords: ["hf_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>hf_[A-Za-z0-9]{34,40})\b`,
    checks: ["mixed-case"]
  },
  {
    id: "vault-token",
    title: "HashiCorp Vault service token",
    severity: "high",
    keywords: ["hvs."],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>hvs\.[A-Za-z0-9_-]{90,200})`
  },
  {
    id: "sendgrid-api-key",
    title: "SendGrid API key",
    severity: "high",
    keywords: ["sg."],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`
  },
  {
    id: "azure-storage-account-key",
    title: "Azure storage account key",
    severity: "critical",
    keywords: ["accountkey"],
    keywordOffset: 0,
    regex: raw2`AccountKey\s{0,20}=\s{0,20}(?<secret>[A-Za-z0-9+/]{86}==)`
  },
  {
    id: "age-secret-key",
    title: "age encryption secret key",
    severity: "high",
    keywords: ["age-secret-key-1"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b`
  },
  {
    id: "databricks-token",
    title: "Databricks access token",
    severity: "high",
    keywords: ["dapi"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)\b`
  },
  {
    id: "shopify-token",
    title: "Shopify access token",
    severity: "high",
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    keywordOffset: 0,
    regex: raw2`\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b`
  },
  {
    id: "private-key",
    title: "Private key",
    severity: "critical",
    keywords: ["private key"],
    keywordOffset: 50,
    regex: raw2`-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<secret>[\s\S]{64,16384}?)-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----`,
    checks: ["pem-body"]
  },
  {
    id: "url-credentials",
    title: "Password in a URL",
    severity: "high",
    keywords: ["://"],
    keywordOffset: 0,
    // Starts with the literal "://" so the engine can skip ahead to it; any scheme may precede it.
    regex: raw2`:\/\/[^\s:@/'"${"`"}<>$]{1,128}:(?<secret>[^\s@/'"${"`"}<>]{3,128})@[A-Za-z0-9[]`,
    checks: ["url-password"]
  },
  {
    id: "authorization-header",
    title: "Credential in an Authorization header",
    severity: "high",
    keywords: ["authorization"],
    keywordOffset: 6,
    regex: raw2`\b(?:proxy-)?authorization\s{0,20}:\s{0,20}(?:bearer|basic|token|apikey)\s{1,20}(?<secret>[A-Za-z0-9._~+/=-]{12,2000})`,
    flags: "i",
    checks: ["not-placeholder"]
  },
  {
    id: "api-key-header",
    title: "Credential in an API key header",
    severity: "high",
    keywords: ["x-api-key", "x-auth-token", "private-token"],
    keywordOffset: 0,
    regex: raw2`\b(?:x-api-key|x-auth-token|private-token)\s{0,20}:\s{0,20}(?<secret>[A-Za-z0-9._~+/=-]{16,2000})`,
    flags: "i",
    checks: ["not-placeholder"]
  },
  {
    id: "password-argument",
    title: "Credential passed as a command-line argument",
    severity: "high",
    keywords: ["--pass", "--token", "--api-key", "--apikey", "--secret", "--client-secret", "--auth-token"],
    keywordOffset: 0,
    // `--` not inside a word or a longer run of dashes: \B before `-` is a non-word character (or the start); the lookbehind after it, not a third dash.
    regex: raw2`\B--(?<!---)(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token)(?:=|[ \t]{1,20})(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{3,500})\k<q>`,
    flags: "i",
    checks: ["not-placeholder", "not-buildkit-secret"]
  },
  {
    id: "basic-auth-argument",
    title: "user:password passed to curl or wget",
    severity: "high",
    keywords: ["curl", "wget"],
    keywordOffset: 0,
    regex: raw2`\b(?:curl|wget)\b[^\n|;&]{0,400}?[ \t](?:-u|--user)[ \t]{0,20}(?<q>["']?)[^\s:"'$]{1,128}:(?<secret>[^\s"'$][^\s"']{2,200})\k<q>`,
    flags: "i",
    checks: ["url-password"]
  },
  // Commands that set a password: the literal they are given is the credential.
  {
    id: "chpasswd-password",
    title: "Password set with chpasswd",
    severity: "high",
    keywords: ["chpasswd"],
    keywordOffset: 440,
    regex: raw2`(?:\b(?:echo|printf)[ \t]{1,20}(?:-[a-z]{1,3}[ \t]{1,20}){0,3}["']?[\w.-]{1,64}:(?=[^\s"'|:]{1,200}["']?[ \t]{0,20}\|[ \t]{0,20}(?:sudo[ \t]{1,20})?(?:\/usr\/sbin\/)?chpasswd\b)|\bchpasswd[ \t]{0,20}<<<[ \t]{0,20}["']?[\w.-]{1,64}:)(?<secret>[^\s"'|:]{1,200})`,
    checks: ["literal"]
  },
  {
    id: "usermod-password",
    title: "Password set with usermod or useradd -p",
    severity: "high",
    keywords: ["usermod", "useradd"],
    keywordOffset: 0,
    regex: raw2`\b(?:usermod|useradd)\b[^\n;&|]{0,200}?[ \t](?:-p|--password)[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"']{2,200})\k<q>`,
    checks: ["crypt-or-literal"]
  },
  {
    id: "openssl-passwd",
    title: "Password hashed with openssl passwd",
    severity: "high",
    keywords: ["openssl passwd"],
    keywordOffset: 0,
    regex: raw2`\bopenssl passwd(?:[ \t]{1,20}-(?:1|5|6|apr1|aixmd5|crypt|quiet|noverify))?(?:[ \t]{1,20}-salt[ \t]{1,20}[^\s]{1,64})?[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"'$)-][^\s"')]{1,200})\k<q>`,
    checks: ["literal"]
  },
  {
    id: "htpasswd-password",
    title: "Password given to htpasswd -b",
    severity: "high",
    keywords: ["htpasswd"],
    keywordOffset: 0,
    regex: raw2`\bhtpasswd(?=(?:[ \t]{1,20}-[A-Za-z]{1,6}){0,4}[ \t]{1,20}-[A-Za-z]{0,5}b)(?:[ \t]{1,20}-[A-Za-z]{1,6}){1,5}(?:[ \t]{1,20}(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s"'<>|;&-][^\s<>|;&]{0,200}))?[ \t]{1,20}(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s"'<>|;&-][^\s<>|;&]{0,200})[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"'<>|;&]{1,200})\k<q>`,
    checks: ["literal"]
  },
  {
    id: "mysql-password-argument",
    title: "Password given to a MySQL client with -p",
    severity: "high",
    keywords: ["mysql", "mariadb"],
    keywordOffset: 4,
    // The client in command position (not `find /etc/mysql/ -print0`): the character before it is part of the match.
    regex: raw2`(?:^|[\s;&|(${"`"}'"]|bin\/)(?:mysql|mysqladmin|mysqldump|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mariadb|mariadb-admin|mariadb-dump)[ \t](?:[^\n|;&]{0,300}?[ \t])?-p(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{0,200})\k<q>`,
    checks: ["literal"]
  },
  {
    id: "sshpass-password",
    title: "Password given to sshpass -p",
    severity: "high",
    keywords: ["sshpass"],
    keywordOffset: 0,
    regex: raw2`\bsshpass[ \t]{1,20}-p[ \t]{0,20}(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{0,200})\k<q>`,
    checks: ["literal"]
  },
  {
    id: "registry-login-password",
    title: "Password given to a registry login with -p",
    severity: "high",
    keywords: ["login"],
    keywordOffset: 76,
    regex: raw2`\b(?:docker|podman|buildah|skopeo|nerdctl|oras|crane|helm[ \t]{1,20}registry)[ \t]{1,20}(?:auth[ \t]{1,20})?login\b[^\n|;&]{0,300}?[ \t](?:-p|--password)(?:=|[ \t]{1,20})(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,200})\k<q>`,
    checks: ["literal"]
  },
  {
    id: "redis-cli-password",
    title: "Password given to redis-cli -a",
    severity: "high",
    keywords: ["redis-cli"],
    keywordOffset: 0,
    regex: raw2`\bredis-cli\b[^\n|;&]{0,300}?[ \t]-a[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,200})\k<q>`,
    checks: ["literal"]
  },
  // Credential files recognized by name: their formats hold credentials without vendor prefixes.
  {
    id: "aws-credentials-file",
    title: "AWS credentials file",
    severity: "critical",
    keywords: ["aws_secret_access_key", "aws_session_token"],
    regex: raw2`^[ \t]{0,20}aws_(?:secret_access_key|session_token)[ \t]{0,20}=[ \t]{0,20}(?<secret>[^\s#;]{16,2000})`,
    flags: "im",
    checks: ["not-documented-example", "not-placeholder"],
    path: raw2`\/\.aws\/(?:credentials|config)$`
  },
  {
    id: "netrc-password",
    title: "Password in a .netrc file",
    severity: "high",
    keywords: ["password"],
    regex: raw2`(?:^|\s)password[ \t]{1,20}(?<secret>\S{3,500})`,
    checks: ["url-password"],
    path: raw2`\/[._]netrc$`
  },
  {
    id: "pgpass-password",
    title: "Password in a .pgpass file",
    severity: "high",
    keywords: [":"],
    regex: raw2`^[^:#\n]{1,300}:[^:\n]{1,300}:[^:\n]{1,300}:[^:\n]{1,300}:(?<secret>[^\n]{3,500})$`,
    flags: "m",
    checks: ["not-placeholder"],
    path: raw2`\/\.pgpass$`
  },
  {
    id: "pypirc-password",
    title: "Password in a .pypirc file",
    severity: "high",
    keywords: ["password"],
    regex: raw2`^[ \t]{0,20}password[ \t]{0,20}[=:][ \t]{0,20}(?<secret>\S{3,500})`,
    flags: "m",
    checks: ["not-placeholder"],
    path: raw2`\/\.pypirc$`
  },
  {
    id: "kubeconfig-credential",
    title: "Credential in a kubeconfig",
    severity: "critical",
    keywords: ["client-key-data", "token:", "password:"],
    regex: raw2`^[ \t]{0,40}(?:client-key-data|token|password):[ \t]{0,20}["']?(?<secret>[^\s"']{8,20000})`,
    flags: "m",
    checks: ["not-placeholder"],
    path: raw2`\/(?:\.kube\/config|[^/]*kubeconfig[^/]*)$`
  },
  {
    id: "docker-identity-token",
    title: "Registry identity token in Docker config",
    severity: "high",
    keywords: ["identitytoken"],
    regex: raw2`"identitytoken"\s{0,20}:\s{0,20}"(?<secret>[^"]{16,4000})"`,
    path: raw2`\/(?:\.docker\/config\.json|\.dockercfg|containers\/auth\.json)$`
  }
];
var ASSIGNMENT_RULE = {
  /** In image files: key/value pairs of any configuration syntax; the value must look random. */
  file: { id: "credential-assignment", title: "Credential assigned in a file", severity: "high" },
  /** In a Dockerfile and the image config: ENV, ARG, LABEL, and NAME=value in RUN, Env and history; any literal. */
  dockerfile: { id: "credential-variable", title: "Credential in a variable", severity: "high" },
  keywords: ["pass", "pw", "secret", "token", "cred", "key"]
};

// src/secrets/text-files.ts
var raw3 = String.raw;
var BUILTIN_TEXT_FILES = [
  {
    id: "credential-file-names",
    description: "Names that hold credentials by convention (SSH and TLS keys, .npmrc, .netrc, .pgpass, .pypirc, .git-credentials, .env, credentials, Docker and kube configs): read even when they look binary",
    path: raw3`\/(?:id_(?:rsa|dsa|ecdsa|ed25519)|\.npmrc|\.netrc|_netrc|\.pgpass|\.pypirc|\.git-credentials|\.dockercfg|\.env|[^/]+\.env|credentials(?:\.json)?|config\.json|auth\.json|kubeconfig|[^/]+\.(?:pem|key))$|\/\.aws\/config$|\/\.kube\/config$`
  }
];

// src/secrets/value-checks.ts
var DOCUMENTED_EXAMPLES = /* @__PURE__ */ new Set(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]);
function pemBodyLooksReal(body) {
  const lines = body.replace(/\\n/g, "\n").split(/\n/).map((line) => line.trim().replace(/^["']|["',]$/g, "")).filter((line) => line !== "" && !/^[A-Za-z-]+:/.test(line));
  const joined = lines.join("");
  if (joined.length < 64) return false;
  const base64 = joined.replace(/[^A-Za-z0-9+/=]/g, "").length;
  return base64 / joined.length > 0.95 && /[0-9]/.test(joined) && /[A-Z]/.test(joined) && /[a-z]/.test(joined);
}
var URL_PASSWORD_PLACEHOLDERS = /^(?:password|passwd|pass|pwd|secret|token|changeme|\*+|x+|%s|<[^>]*>|\{[^}]*\}|\[[^\]]*\]|\$.*)$/i;
var CRYPT_HASH = /^\$(?:1|2[abxy]?|5|6|y|gy|7|apr1|md5|sha1)\$[./A-Za-z0-9$=,-]{8,}$/;
var VALUE_CHECKS = {
  /** Not one of the vendors' documentation keys. */
  "not-documented-example": (secret) => !DOCUMENTED_EXAMPLES.has(secret) && !/EXAMPLE(?:KEY)?$/.test(secret),
  /** Upper case, lower case and digits: a random token, not an identifier. */
  "mixed-case": (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret),
  /** A PEM block whose body is a real base64 key, not a header alone or a placeholder. */
  "pem-body": pemBodyLooksReal,
  /** Not a placeholder, a variable, a template or a path. */
  "not-placeholder": (secret) => !isPlaceholderValue(secret) && !isPublicMaterial(secret),
  /** A literal, however weak, that is not a placeholder (what a Dockerfile ships as a default). */
  literal: (secret) => isCredentialLiteral(secret),
  /** Long enough and varied enough to be a generated credential. */
  "looks-random": (secret) => looksLikeSecret(secret),
  /** Not a word people write in place of a URL's password. */
  "url-password": (secret) => !URL_PASSWORD_PLACEHOLDERS.test(secret) && !isPlaceholderValue(secret),
  /** Base64 of `user:password` with a real password. */
  "docker-auth": (secret) => {
    const decoded = Buffer.from(secret, "base64").toString("utf8");
    return /^[^:\s]+:[^\s]{3,}$/.test(decoded) && !isPlaceholderValue(decoded.split(":")[1] ?? "");
  },
  /** An AWS secret key: 40 characters of mixed case with digits or / +. */
  "aws-secret-shape": (secret) => /[0-9/+]/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret),
  /** `--secret id=npm,src=...` is BuildKit's secret mount syntax, the remedy rather than the leak. */
  "not-buildkit-secret": (secret) => !/^(?:id|type|src|source|env|target|required|mode|uid|gid)=/i.test(secret),
  /** A crypt(3) hash, or a literal that is not a placeholder. */
  "crypt-or-literal": (secret) => CRYPT_HASH.test(secret) || isCredentialLiteral(secret)
};

// src/secrets/scanner.ts
function compileRule(rule) {
  const flags = `g${(rule.flags ?? "").replace(/g/g, "")}`;
  const checks = (rule.checks ?? []).map((name) => VALUE_CHECKS[name]);
  const compiled = {
    rule,
    pattern: new RegExp(rule.regex, flags),
    accept: (secret) => checks.every((check) => check(secret))
  };
  if (rule.keywordOffset !== void 0 && rule.keywords.length > 0) compiled.anchored = new RegExp(rule.regex, flags.replace("g", "y"));
  if (rule.path !== void 0) compiled.path = new RegExp(rule.path);
  if (rule.pathGlob !== void 0) compiled.path = compileGlob(rule.pathGlob);
  return compiled;
}
var CODE_FILE = /\.(?:py|pyi|js|mjs|cjs|jsx|ts|tsx|rb|php|java|kt|kts|scala|groovy|go|rs|c|h|cc|cpp|hpp|cs|fs|vb|swift|m|mm|pl|pm|lua|r|dart|ex|exs|erl|clj|sql|sh|bash|zsh|ps1|psm1)$/i;
var MAX_SCOPES = 64;
var SecretScanner = class {
  search;
  /** By keyword index of `search`. */
  uses;
  alwaysRun;
  pathRules;
  allowRules;
  rules;
  /** Rule ids in the order they are listed: vendor formats before contextual ones. */
  order = /* @__PURE__ */ new Map();
  /** Paths read as text even when they look binary (text-files.ts). */
  textFiles;
  /** What runs in a file, by the rule ids its path alone drops (`\u0000`-joined): most paths share one of a few. */
  scopes = /* @__PURE__ */ new Map();
  /** The last path asked about, and what runs there: a file's windows are scanned one after another. */
  lastPath;
  lastScope;
  constructor(rules, allowRules, textFiles = BUILTIN_TEXT_FILES) {
    this.rules = rules;
    this.allowRules = allowRules;
    this.textFiles = textFiles.map((rule) => new RegExp(rule.path));
    rules.forEach((rule, index) => this.order.set(rule.rule.id, index));
    this.pathRules = rules.filter((rule) => rule.path !== void 0);
    this.alwaysRun = rules.filter((rule) => rule.path === void 0 && rule.rule.keywords.length === 0);
    const byKeyword = /* @__PURE__ */ new Map();
    const use = (keyword) => {
      const key = keyword.toLowerCase();
      let found = byKeyword.get(key);
      if (!found) byKeyword.set(key, found = { anchored: [], whole: [], assignment: false });
      return found;
    };
    for (const rule of rules) {
      if (rule.path !== void 0) continue;
      for (const keyword of new Set(rule.rule.keywords.map((word) => word.toLowerCase()))) use(keyword)[rule.anchored ? "anchored" : "whole"].push(rule);
    }
    for (const keyword of ASSIGNMENT_RULE.keywords) use(keyword).assignment = true;
    this.search = new KeywordSearch([...byKeyword.keys()]);
    this.uses = [...byKeyword.values()];
  }
  /**
   * What scanning a text from `path` runs: every rule, less those that allow rules drop there by the
   * path alone (an allow rule with a path and no other condition: `name-based-in-third-party-code`
   * drops the name-based reader in language package trees). A match of a dropped rule would be
   * dropped whatever its value, so not looking for it changes nothing but the time it takes.
   */
  scopeOf(path) {
    if (path !== void 0 && path === this.lastPath) return this.lastScope;
    const dropped = /* @__PURE__ */ new Set();
    let all = false;
    if (path !== void 0) {
      for (const allow of this.allowRules) {
        if (allow.path === void 0 || allow.secret !== void 0 || allow.rule.packaged || !allow.path.test(path)) continue;
        if (allow.rules === void 0) all = true;
        else for (const id of allow.rules) dropped.add(id);
      }
    }
    const key = all ? "\0all" : [...dropped].sort().join("\0");
    let scope = this.scopes.get(key);
    if (scope === void 0) {
      const live = (rule) => !all && !dropped.has(rule.rule.id);
      scope = {
        nothing: all,
        uses: this.uses.map((use) => ({ anchored: use.anchored.filter(live), whole: use.whole.filter(live), assignment: use.assignment })),
        alwaysRun: this.alwaysRun.filter(live),
        live,
        assignments: {
          file: !all && !dropped.has(ASSIGNMENT_RULE.file.id),
          literal: !all && !dropped.has(ASSIGNMENT_RULE.dockerfile.id)
        }
      };
      if (this.scopes.size < MAX_SCOPES) this.scopes.set(key, scope);
    }
    if (path !== void 0) {
      this.lastPath = path;
      this.lastScope = scope;
    }
    return scope;
  }
  /**
   * Tries an anchored rule at every position from `keywordOffset` characters before each keyword
   * up to the keyword, left to right, continuing after each match: the matches a search over the
   * whole text finds, since every match holds a keyword that near its start.
   */
  tryNear(text, compiled, starts, record) {
    const pattern = compiled.anchored;
    const reach = compiled.rule.keywordOffset;
    for (let index = 1; index < starts.length; index++) {
      if (starts[index] < starts[index - 1]) {
        starts.sort((a, b) => a - b);
        break;
      }
    }
    let from = 0;
    for (const keyword of starts) {
      for (let position = Math.max(from, keyword - reach); position <= keyword; ) {
        pattern.lastIndex = position;
        const match = pattern.exec(text);
        if (match === null || match[0] === "") {
          position++;
        } else {
          record(compiled, match);
          position += match[0].length;
        }
        from = position;
      }
    }
  }
  /** True when allow rules drop everything in this file, so it need not be read at all. */
  skipsFile(path) {
    return this.scopeOf(path).nothing;
  }
  /** True when a file is read as text even when its first bytes look binary: its name says it holds credentials. */
  readsAsText(path) {
    return this.textFiles.some((pattern) => pattern.test(path));
  }
  /** The allow rule that covers a match, if any. */
  allowedBy(rule, path, secret, packaged) {
    return this.allowRules.find((allow) => allowRuleCovers(allow, { rule, path, secret, packaged }))?.rule;
  }
  /** Every credential in the text, in order of position, one per place. */
  scan(text, context = {}) {
    const path = context.path;
    const literal = context.values === "literal";
    const scope = this.scopeOf(path);
    const whole = new Set(scope.alwaysRun);
    if (path !== void 0) {
      for (const rule of this.pathRules) if (scope.live(rule) && rule.path.test(path)) whole.add(rule);
    }
    const keyOffsets = [];
    const wantAssignments = !context.formatsOnly && (literal ? scope.assignments.literal : scope.assignments.file);
    let near;
    const hits = this.search.find(text);
    for (let hit = 0; hit < hits.keyword.length; hit++) {
      const use = scope.uses[hits.keyword[hit]];
      const start = hits.start[hit];
      for (const rule of use.anchored) {
        near ??= /* @__PURE__ */ new Map();
        const starts = near.get(rule);
        if (starts === void 0) near.set(rule, [start]);
        else starts.push(start);
      }
      for (const rule of use.whole) whole.add(rule);
      if (use.assignment && wantAssignments) keyOffsets.push(start);
    }
    if (whole.size === 0 && near === void 0 && keyOffsets.length === 0) return [];
    const lineOf = lineIndex(text);
    const matches = [];
    const seen = /* @__PURE__ */ new Set();
    const record = (compiled, match) => {
      const { rule } = compiled;
      const raw4 = match.groups?.secret ?? match[0];
      const secret = raw4.trim();
      if (secret === "" || !compiled.accept(secret)) return;
      const index = match.index + Math.max(0, match[0].indexOf(raw4)) + (raw4.length - raw4.trimStart().length);
      if (this.allowedBy(rule.id, path, secret)) return;
      const line = lineOf(match.index + (match[0].length - match[0].trimStart().length));
      const key = `${rule.id}\0${line}\0${secret}`;
      if (seen.has(key)) return;
      seen.add(key);
      matches.push({ rule: rule.id, title: rule.title, severity: rule.severity, secret, index, line });
    };
    for (const compiled of whole) {
      const { pattern } = compiled;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (match[0] === "") {
          pattern.lastIndex++;
          continue;
        }
        record(compiled, match);
      }
    }
    if (near !== void 0) for (const [compiled, starts] of near) this.tryNear(text, compiled, starts, record);
    if (keyOffsets.length > 0) {
      const code = path !== void 0 && CODE_FILE.test(path);
      const taken = matches.map((match) => [match.index, match.index + match.secret.length]).sort((a, b) => a[0] - b[0]);
      let next = 0;
      const described = literal ? ASSIGNMENT_RULE.dockerfile : ASSIGNMENT_RULE.file;
      for (const assignment of assignmentsAt(text, keyOffsets)) {
        const start = assignment.index;
        const end = start + assignment.value.length;
        while (next < taken.length && taken[next][1] <= start) next++;
        if (next < taken.length && taken[next][0] < end) continue;
        if (isCredentialIdName(assignment.key)) continue;
        const value = assignment.value;
        if (literal ? !isCredentialLiteral(value) : !judgeFileValue(value, assignment.quoted, code)) continue;
        if (this.allowedBy(described.id, path, value)) continue;
        matches.push({
          rule: described.id,
          title: described.title,
          severity: described.severity,
          secret: value,
          index: start,
          line: lineOf(start),
          key: assignment.key
        });
      }
    }
    matches.sort((a, b) => a.index - b.index || (this.order.get(a.rule) ?? 1e9) - (this.order.get(b.rule) ?? 1e9));
    return matches.filter((match, index) => index === 0 || match.index !== matches[index - 1].index || match.secret !== matches[index - 1].secret);
  }
};
function judgeFileValue(value, quoted, code) {
  if (code && !quoted) return false;
  if (isPlaceholderValue(value) || isPublicMaterial(value)) return false;
  return looksLikeSecret(value);
}
function lineIndex(text) {
  let starts;
  return (offset) => {
    if (starts === void 0) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
function createScanner(extra = {}) {
  return new SecretScanner([...BUILTIN_RULES, ...extra.rules ?? []].map(compileRule), [...BUILTIN_ALLOW_RULES, ...extra.allow ?? []].map(compileAllowRule));
}
var builtin;
function defaultScanner() {
  builtin ??= createScanner();
  return builtin;
}

// src/secrets/redact.ts
import { createHash } from "node:crypto";
function redact(secret) {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  const hash = createHash("sha256").update(secret).digest("hex").slice(0, 8);
  return `${secret.slice(0, shown)}… (${secret.length} chars, sha256:${hash})`;
}
function secretDigest(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function redactText(text, options = {}) {
  const matches = defaultScanner().scan(text, { values: "literal", formatsOnly: options.formatsOnly === true });
  let out = "";
  let last = 0;
  for (const match of matches) {
    if (match.index < last) continue;
    out += text.slice(last, match.index) + redact(match.secret);
    last = match.index + match.secret.length;
  }
  out += text.slice(last);
  return out.replace(/(\/\/)[^\s/@:]{1,128}:[^\s/@]{1,128}@/g, "$1…@");
}
function quoteInput(text, max = 60) {
  const line = (text.split(/\r?\n/, 1)[0] ?? "").slice(0, 4096);
  const safe = redactText(line).replace(/[^\x20-\x7e\u00a0-\uffff]/g, "?");
  return `"${safe.length > max ? `${safe.slice(0, max - 1)}…` : safe}"`;
}

// src/errors.ts
var GateError = class extends Error {
  name = "GateError";
  constructor(message, options) {
    const safe = redactText(message.length > 4096 ? message.slice(0, 4096) : message, { formatsOnly: true });
    super(safe.length > 1e3 ? `${safe.slice(0, 999)}…` : safe, options);
  }
};
function where(file, line) {
  return line === void 0 ? file : `${file}:${line}`;
}
function firstLine(error, max = 200) {
  const text = error instanceof Error ? error.message : String(error);
  const line = (text.split(/\r?\n/, 1)[0] ?? "").slice(0, 4096);
  const safe = redactText(line);
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
function jsonProblem(error) {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(message);
  const problem = message.replace(/, ".*"(?:\.\.\.)? is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected token '(.)'$/s, (_match, token) => `unexpected character ${/[\x21-\x7e]/.test(token) ? `'${token}'` : "(not printable)"}`).slice(0, 80);
  const at = position ? position[2] ? ` at line ${position[2]}, column ${position[3]}` : ` at offset ${position[1]}` : "";
  return `${problem.charAt(0).toLowerCase()}${problem.slice(1)}${at}`;
}

export {
  BUILTIN_ALLOW_RULES,
  packagedChecksums,
  isSecretName,
  isCredentialIdName,
  isPlaceholderValue,
  isCredentialLiteral,
  BUILTIN_RULES,
  ASSIGNMENT_RULE,
  createScanner,
  defaultScanner,
  redact,
  secretDigest,
  redactText,
  quoteInput,
  GateError,
  where,
  firstLine,
  jsonProblem
};
