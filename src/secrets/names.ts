/**
 * Which names hold credentials, and which values are placeholders rather than credentials. Used
 * for ENV/ARG/LABEL, `NAME=value` in RUN, image config Env and history, and key/value pairs in
 * the files of an image (.env, YAML, JSON, TOML, INI, .properties, XML, PHP, Python, .tfvars).
 */

/** Words that make a name a credential on their own. */
const SECRET_WORDS = new Set([
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
  "clientsecret",
]);

/** `key` is a credential after these words (API_KEY, SIGNING_KEY, ...). */
const KEY_QUALIFIERS = new Set([
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
  "dsa",
]);

/** A name ending in one of these describes a credential without holding it. */
const DESCRIPTIVE_SUFFIXES = new Set([
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
  "key", // `PASSWORD_KEY`, `TOKEN_KEY`: the name of a field, not its value
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
  "refresh", // `TOKEN_REFRESH` is a setting; `REFRESH_TOKEN` still ends in token
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
  "shell",
]);

/** Names (or their words) that are public by convention. */
const PUBLIC_WORDS = new Set([
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
  "passive",
]);

/** Splits `npmAuthToken`, `NPM_AUTH_TOKEN`, `npm-auth-token`, `spring.datasource.password` into lower-case words. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/** Joined forms such as DBPASSWORD, ADMINPASSWD, GITHUBTOKEN, MYSQLPWD, DBPASS. */
const JOINED =
  /(?:password|passwd|secret|token|apikey|passphrase)$|^(?:db|admin|root|user|mysql|pg|postgres|redis|smtp|mail|ldap|ftp|sftp|ssh|rabbit|amqp|mongo|app)(?:pass|pwd|pw)$/;

/**
 * Names already judged. Files repeat the same few keys (`key`, `token`, `password`) thousands of
 * times, and splitting a name into words is the costly part of reading an assignment. Bounded: a
 * hostile text of endless distinct names only empties it now and then.
 */
const judged = new Map<string, boolean>();
const MAX_JUDGED = 4096;

/** True when a variable or key with this name is meant to hold a credential. */
export function isSecretName(name: string): boolean {
  let known = judged.get(name);
  if (known === undefined) {
    known = judgeSecretName(name);
    if (judged.size >= MAX_JUDGED) judged.clear();
    // A copy: `name` may be a slice of a whole scanned window, which the cache must not keep alive.
    judged.set(Array.from(name).join(""), known);
  }
  return known;
}

function judgeSecretName(name: string): boolean {
  const all = nameWords(name);
  // Numeric suffixes (SECRET_1, PASSWORD2 split as password2) do not change what a name holds.
  const words = all.map((word) => word.replace(/(?<=[a-z])\d+$/, "")).filter((word) => !/^\d+$/.test(word) && word !== "v");
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  if (DESCRIPTIVE_SUFFIXES.has(last) && !(last === "key" && words.length >= 2 && KEY_QUALIFIERS.has(words[words.length - 2]!))) return false;
  if (words.some((word) => PUBLIC_WORDS.has(word))) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  if (JOINED.test(words.join(""))) return true;
  for (let index = 1; index < words.length; index++) {
    if (words[index] === "key" && KEY_QUALIFIERS.has(words[index - 1]!)) return true;
  }
  return false;
}

/** True for names that are the public half of a credential pair (`AWS_ACCESS_KEY_ID`, `CLIENT_ID`): context, never a finding. */
export function isCredentialIdName(name: string): boolean {
  const words = nameWords(name);
  return words.length >= 2 && words[words.length - 1] === "id" && ["key", "client", "access", "app", "account"].includes(words[words.length - 2]!);
}

/** Values that stand for "no credential here". */
const PLACEHOLDER_VALUES = new Set([
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
  "changeit", // the documented default of Java keystores
  "required",
  "optional",
  "empty",
  "unset",
  "default",
  "string",
  "str",
  "value",
  "required_value",
]);

/** Ways code and templates look a value up instead of holding it. */
const LOOKUP =
  /\$\{?[A-Za-z_]|\$\(|\$\[|^\{\{.*\}\}$|\{\{\s*[\w.$|"' -]+\s*\}\}|^\{%.*%\}$|^%\([\w.]+\)s$|^%[A-Za-z_][\w]*%$|^<%.*%>$|\bos\.environ\b|\bos\.getenv\b|\bgetenv\s*\(|\bprocess\.env\b|\bENV\s*(?:\[|\.fetch)|\bSystem\.getenv\b|\benv\s*\(|\bconfig\s*\(|\bsettings\.|\bsecrets?\.|\bvault\(|\bdecrypt\(|\bgetpass\b|^!!?\w+|^ENC\[|^enc:|^@[\w.-]+@$|#\{|^__[A-Z0-9_]+__$/i;

/** True when a value is obviously not a credential: empty, a variable reference, a template, a path, a lookup. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower)) return true;
  if (LOOKUP.test(trimmed)) return true; // refers to a variable, a template, the environment, a secret store
  if (/^<[^<>]*>$|^\[[^\]]*\]$|^\(\s*\)$/.test(trimmed)) return true; // <token>, [x]
  if (/^[*x.#_?-]+$/i.test(trimmed) || /x{4,}|\*{3,}|\.{3}|…/i.test(trimmed)) return true; // masked: xxxx, ****, ...
  if (isRunOfOneCharacter(trimmed)) return true;
  if (/^(?:your|my|insert|enter|replace|put|some|the)[-_ ]?[a-z_ -]{0,40}(?:password|passwd|token|key|secret|pass|credential)s?(?:[-_ ]?here)?$/i.test(trimmed))
    return true;
  if (
    /(?:example|sample|placeholder|dummy|changeme|change[-_]me|redacted|replace[-_]?me|not[-_]?set|notsecret|not[-_]a[-_]secret|fake[-_]?(?:key|token|secret|password))/i.test(
      trimmed,
    )
  )
    return true;
  if (/^(?:\/|~\/|\.\.?\/)[\w./@+-]*$/.test(trimmed) || /^[A-Za-z]:\\[\w\\. -]*$/.test(trimmed)) return true; // a path to a secret file
  if (/^(?:file|env|vault|secretsmanager|ssm|arn|awskms|gcpkms|azurekeyvault|op|sops|keyring|k8s|secret|ref\+\w+):/i.test(trimmed)) return true; // a reference to a secret store
  return false;
}

/** `aaaa`, `0000`, `00000000-0000-0000-0000-000000000000`: one character, maybe with separators. */
function isRunOfOneCharacter(value: string): boolean {
  const core = value.replace(/[-_.:/ ]/g, "");
  return core.length > 0 && /^(.)\1*$/s.test(core);
}

/** Public material that sits where secrets go: certificates, public keys, SSH public keys. */
export function isPublicMaterial(value: string): boolean {
  return /^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST)-----|^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/.test(
    value.trim(),
  );
}

/** Bits of Shannon entropy per character. */
function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A value that reads like a generated credential rather than a word, a name or a number: long
 * enough, more than one character class, and varied characters. Applied to name-based findings in
 * image files, where a weak value (`admin`) next to `password` is far more often documentation or a
 * test default than a shipped credential; format rules (AWS, GitHub, PEM, ...) do not need it.
 */
export function looksLikeSecret(value: string): boolean {
  const text = value.trim();
  if (text.length < 8 || text.length > 4096) return false;
  if (/\s/.test(text) && !/^[A-Za-z0-9+/=\s]+$/.test(text)) return false; // prose, not a credential
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(text)).length;
  if (classes < 2) return /^[a-f0-9]{32,}$/.test(text) || /^[A-Za-z]{24,}$/.test(text) ? shannonEntropy(text) >= 3.5 : false;
  // Words joined by separators (`some-secret-value`, `DB_PASSWORD`) or a dotted identifier (`self.password`).
  if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(text)) return false;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\))?$/.test(text)) return false;
  if (/^[a-z]+:\/\/[^@]*$/i.test(text)) return false; // a URL without userinfo
  return shannonEntropy(text) >= (text.length < 16 ? 2.75 : 3.0);
}

/**
 * A literal written for a credential-named ENV, ARG or LABEL (or an assignment in RUN, Env or
 * history): a finding however weak (`root`, `admin`), since a shipped default is still a
 * plaintext credential. Placeholders, variables and runs of one character are not.
 */
export function isCredentialLiteral(value: string): boolean {
  const text = value.trim();
  if (text === "" || isPlaceholderValue(text) || isPublicMaterial(text)) return false;
  if (/^[0-9]$/.test(text)) return false;
  return true;
}
