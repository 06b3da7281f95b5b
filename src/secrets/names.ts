/**
 * Which variable names hold credentials, and which values are placeholders rather than
 * credentials. Used for ENV/ARG/LABEL, `NAME=value` in RUN, image config Env and history.
 */

/** Words that make a name a credential on their own. */
const SECRET_WORDS = new Set([
  "password",
  "passwd",
  "pwd",
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
]);

/** A name ending in one of these describes a credential without holding it. */
const DESCRIPTIVE_SUFFIXES = new Set([
  "file",
  "path",
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
]);

/** Names (or their first words) that are public by convention. */
const PUBLIC_PREFIXES = new Set(["gpg", "pgp", "public", "pub", "keycloak"]);

/** Splits `npmAuthToken`, `NPM_AUTH_TOKEN`, `npm-auth-token` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/** True when a variable with this name is meant to hold a credential. */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  if (DESCRIPTIVE_SUFFIXES.has(last)) return false;
  if (words.some((word) => PUBLIC_PREFIXES.has(word))) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  // Joined forms such as DBPASSWORD or GITHUBTOKEN.
  if (/(password|passwd|secret|token|apikey)$/.test(words.join(""))) return true;
  for (let index = 1; index < words.length; index++) {
    if (words[index] === "key" && KEY_QUALIFIERS.has(words[index - 1]!)) return true;
  }
  return false;
}

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
  "0",
  "1",
  "-",
  "todo",
  "tbd",
  "placeholder",
  "dummy",
  "example",
  "redacted",
  "xxx",
]);

/** True when a value is obviously not a credential: empty, a variable reference, a template, a path. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (trimmed.length < 4) return true;
  if (PLACEHOLDER_VALUES.has(lower)) return true;
  if (/\$\{?[A-Za-z_]|\$\(/.test(trimmed)) return true; // refers to a variable or command output
  if (/^<[^>]*>$|^\{\{.*\}\}$|^%[^%]+%$|^\[[^\]]*\]$/.test(trimmed)) return true; // <token>, {{ x }}, %X%, [x]
  if (/^(x+|\*+|\.+|#+|_+|-+)$/i.test(trimmed)) return true;
  if (/^(your|my|insert|enter|replace|put)[-_ ]?/i.test(trimmed) && /(here|token|key|secret|password)/i.test(trimmed)) return true;
  if (/^\/[\w./@+-]*$/.test(trimmed) || /^~\/[\w./-]*$/.test(trimmed)) return true; // a path to a secret file
  if (/^(file|env|vault|secretsmanager|ssm|arn):/i.test(trimmed)) return true; // a reference to a secret store
  return false;
}
