import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/secrets/names.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
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
  "authtoken"
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
  "ssh"
]);
var DESCRIPTIVE_SUFFIXES = /* @__PURE__ */ new Set([
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
  "fingerprint"
]);
var PUBLIC_PREFIXES = /* @__PURE__ */ new Set(["gpg", "pgp", "public", "pub", "keycloak"]);
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
}
function isSecretName(name) {
  const words = nameWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (DESCRIPTIVE_SUFFIXES.has(last)) return false;
  if (words.some((word) => PUBLIC_PREFIXES.has(word))) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  if (/(password|passwd|secret|token|apikey)$/.test(words.join(""))) return true;
  for (let index = 1; index < words.length; index++) {
    if (words[index] === "key" && KEY_QUALIFIERS.has(words[index - 1])) return true;
  }
  return false;
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
  "0",
  "1",
  "-",
  "todo",
  "tbd",
  "placeholder",
  "dummy",
  "example",
  "redacted",
  "xxx"
]);
function isPlaceholderValue(value) {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (trimmed.length < 4) return true;
  if (PLACEHOLDER_VALUES.has(lower)) return true;
  if (/\$\{?[A-Za-z_]|\$\(/.test(trimmed)) return true;
  if (/^<[^>]*>$|^\{\{.*\}\}$|^%[^%]+%$|^\[[^\]]*\]$/.test(trimmed)) return true;
  if (/^(x+|\*+|\.+|#+|_+|-+)$/i.test(trimmed)) return true;
  if (/^(your|my|insert|enter|replace|put)[-_ ]?/i.test(trimmed) && /(here|token|key|secret|password)/i.test(trimmed)) return true;
  if (/^\/[\w./@+-]*$/.test(trimmed) || /^~\/[\w./-]*$/.test(trimmed)) return true;
  if (/^(file|env|vault|secretsmanager|ssm|arn):/i.test(trimmed)) return true;
  return false;
}

// src/secrets/rules.ts
var DOCUMENTED_EXAMPLES = /* @__PURE__ */ new Set(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]);
var notExample = (secret) => !DOCUMENTED_EXAMPLES.has(secret) && !/EXAMPLE(?:KEY)?$/.test(secret);
var mixedCase = (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret);
function pemBodyLooksReal(body) {
  const lines = body.replace(/\\n/g, "\n").split(/\n/).map((line) => line.trim().replace(/^["']|["',]$/g, "")).filter((line) => line !== "" && !/^[A-Za-z-]+:/.test(line));
  const joined = lines.join("");
  if (joined.length < 64) return false;
  const base64 = joined.replace(/[^A-Za-z0-9+/=]/g, "").length;
  return base64 / joined.length > 0.95 && /[0-9]/.test(joined) && /[A-Z]/.test(joined) && /[a-z]/.test(joined);
}
var URL_PASSWORD_PLACEHOLDERS = /^(password|passwd|pass|pwd|secret|token|changeme|\*+|x+|%s|<[^>]*>|\{[^}]*\}|\[[^\]]*\]|\$.*)$/i;
var SECRET_RULES = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    severity: "critical",
    keywords: ["akia", "asia", "abia", "acca"],
    pattern: /\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    accept: notExample
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    severity: "critical",
    keywords: ["secret_access_key", "secretaccesskey", "aws_secret", "secret-access-key"],
    pattern: /(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|secret-access-key)["']?(?:\s*(?:[:=]|=>)\s*|\s+)["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    accept: (secret) => notExample(secret) && /[0-9/+]/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret)
  },
  {
    id: "github-pat",
    title: "GitHub personal access token",
    severity: "critical",
    keywords: ["ghp_"],
    pattern: /\b(?<secret>ghp_[A-Za-z0-9]{36})\b/g
  },
  {
    id: "github-fine-grained-pat",
    title: "GitHub fine-grained personal access token",
    severity: "critical",
    keywords: ["github_pat_"],
    pattern: /\b(?<secret>github_pat_[A-Za-z0-9_]{82})\b/g
  },
  {
    id: "github-oauth-token",
    title: "GitHub OAuth access token",
    severity: "critical",
    keywords: ["gho_"],
    pattern: /\b(?<secret>gho_[A-Za-z0-9]{36})\b/g
  },
  {
    id: "github-app-token",
    title: "GitHub App token",
    severity: "critical",
    keywords: ["ghu_", "ghs_", "ghr_"],
    pattern: /\b(?<secret>(?:ghu|ghs)_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{36,76})\b/g
  },
  {
    id: "gitlab-token",
    title: "GitLab access token",
    severity: "critical",
    keywords: ["glpat-", "gldt-", "glrt-"],
    pattern: /\b(?<secret>gl(?:pat|dt|rt)-[A-Za-z0-9_-]{20,300})/g
  },
  {
    id: "slack-token",
    title: "Slack token",
    severity: "high",
    keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"],
    pattern: /\b(?<secret>xox[abeprs]-(?:\d{6,15}-){1,3}[A-Za-z0-9-]{8,250})/g
  },
  {
    id: "slack-webhook-url",
    title: "Slack incoming webhook URL",
    severity: "high",
    keywords: ["hooks.slack.com"],
    pattern: /(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{40,200})/g
  },
  {
    id: "stripe-secret-key",
    title: "Stripe live secret key",
    severity: "critical",
    keywords: ["sk_live_", "rk_live_"],
    pattern: /\b(?<secret>(?:sk|rk)_live_[A-Za-z0-9]{20,247})\b/g
  },
  {
    id: "google-api-key",
    title: "Google API key",
    severity: "high",
    keywords: ["aiza"],
    pattern: /\b(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g
  },
  {
    id: "npm-access-token",
    title: "npm access token",
    severity: "critical",
    keywords: ["npm_"],
    pattern: /\b(?<secret>npm_[A-Za-z0-9]{36})\b/g,
    accept: mixedCase
  },
  {
    id: "npmrc-auth",
    title: "npm registry credential in .npmrc syntax",
    severity: "critical",
    keywords: ["_authtoken", "_auth", "_password"],
    pattern: /(?<![A-Za-z0-9])_(?:authToken|auth|password)\s*=\s*["']?(?<secret>[^\s"'$][^\s"']{7,1000})/gi,
    accept: (secret) => !isPlaceholderValue(secret)
  },
  {
    id: "pypi-upload-token",
    title: "PyPI upload token",
    severity: "critical",
    keywords: ["pypi-ageichlwas5vcmc"],
    pattern: /\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})/g
  },
  {
    id: "docker-hub-pat",
    title: "Docker Hub personal access token",
    severity: "critical",
    keywords: ["dckr_pat_"],
    pattern: /\b(?<secret>dckr_pat_[A-Za-z0-9_-]{27,})/g
  },
  {
    id: "docker-config-auth",
    title: "Registry credential in Docker config syntax",
    severity: "high",
    keywords: ['"auth"'],
    pattern: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{8,1000}={0,2})"/g,
    accept: (secret) => {
      try {
        const decoded = Buffer.from(secret, "base64").toString("utf8");
        return /^[^:\s]+:[^\s]{3,}$/.test(decoded) && !isPlaceholderValue(decoded.split(":")[1] ?? "");
      } catch {
        return false;
      }
    }
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    severity: "critical",
    keywords: ["t3blbkfj"],
    pattern: /\b(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})/g
  },
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    severity: "critical",
    keywords: ["sk-ant-"],
    pattern: /\b(?<secret>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,200})/g
  },
  {
    id: "huggingface-token",
    title: "Hugging Face access token",
    severity: "high",
    keywords: ["hf_"],
    pattern: /\b(?<secret>hf_[A-Za-z0-9]{34,40})\b/g,
    accept: mixedCase
  },
  {
    id: "vault-token",
    title: "HashiCorp Vault service token",
    severity: "high",
    keywords: ["hvs."],
    pattern: /\b(?<secret>hvs\.[A-Za-z0-9_-]{90,200})/g
  },
  {
    id: "sendgrid-api-key",
    title: "SendGrid API key",
    severity: "high",
    keywords: ["sg."],
    pattern: /\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g
  },
  {
    id: "azure-storage-account-key",
    title: "Azure storage account key",
    severity: "critical",
    keywords: ["accountkey"],
    pattern: /AccountKey\s*=\s*(?<secret>[A-Za-z0-9+/]{86}==)/g
  },
  {
    id: "age-secret-key",
    title: "age encryption secret key",
    severity: "high",
    keywords: ["age-secret-key-1"],
    pattern: /\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g
  },
  {
    id: "databricks-token",
    title: "Databricks access token",
    severity: "high",
    keywords: ["dapi"],
    pattern: /\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)\b/g
  },
  {
    id: "shopify-token",
    title: "Shopify access token",
    severity: "high",
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    pattern: /\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/g
  },
  {
    id: "private-key",
    title: "Private key",
    severity: "critical",
    keywords: ["private key"],
    pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<secret>[\s\S]{64,16384}?)-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----/g,
    accept: pemBodyLooksReal
  },
  {
    id: "url-credentials",
    title: "Password in a URL",
    severity: "high",
    keywords: ["://"],
    // Starts with the literal "://" so the engine can skip ahead; the scheme is checked behind it.
    pattern: /(?<=\b[a-z][a-z0-9+.-]{1,20}):\/\/[^\s:@/'"`<>$]{1,128}:(?<secret>[^\s@/'"`<>]{3,128})@[A-Za-z0-9[]/gi,
    accept: (secret) => !URL_PASSWORD_PLACEHOLDERS.test(secret) && !/\$\{?[A-Za-z_]/.test(secret)
  },
  {
    id: "authorization-header",
    title: "Credential in an Authorization header",
    severity: "high",
    keywords: ["authorization"],
    pattern: /\b(?:proxy-)?authorization\s*:\s*(?:bearer|basic|token|apikey)\s+(?<secret>[A-Za-z0-9._~+/=-]{12,2000})/gi,
    accept: (secret) => !isPlaceholderValue(secret)
  },
  {
    id: "api-key-header",
    title: "Credential in an API key header",
    severity: "high",
    keywords: ["x-api-key", "x-auth-token", "private-token"],
    pattern: /\b(?:x-api-key|x-auth-token|private-token)\s*:\s*(?<secret>[A-Za-z0-9._~+/=-]{16,2000})/gi,
    accept: (secret) => !isPlaceholderValue(secret)
  },
  {
    id: "password-argument",
    title: "Credential passed as a command-line argument",
    severity: "high",
    keywords: ["--pass", "--token", "--api-key", "--apikey", "--secret", "--client-secret", "--auth-token"],
    pattern: /(?<![\w-])--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token)(?:=|[ \t]+)(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{3,500})\k<q>/gi,
    // `--secret id=npm,src=...` is BuildKit's secret mount syntax, the remedy rather than the leak.
    accept: (secret) => !isPlaceholderValue(secret) && !/^(?:id|type|src|source|env|target|required|mode|uid|gid)=/i.test(secret)
  },
  {
    id: "basic-auth-argument",
    title: "user:password passed to curl or wget",
    severity: "high",
    keywords: ["curl", "wget"],
    pattern: /\b(?:curl|wget)\b[^\n|;&]{0,400}?[ \t](?:-u|--user)[ \t]*(?<q>["']?)[^\s:"'$]{1,128}:(?<secret>[^\s"'$][^\s"']{2,200})\k<q>/gi,
    accept: (secret) => !URL_PASSWORD_PLACEHOLDERS.test(secret)
  },
  // Credential files recognized by name: their formats hold credentials without vendor prefixes.
  {
    id: "aws-credentials-file",
    title: "AWS credentials file",
    severity: "critical",
    keywords: ["aws_secret_access_key", "aws_session_token"],
    pattern: /^[ \t]*aws_(?:secret_access_key|session_token)[ \t]*=[ \t]*(?<secret>[^\s#;]{16,2000})/gim,
    accept: (secret) => notExample(secret) && !isPlaceholderValue(secret),
    paths: /\/\.aws\/(?:credentials|config)$/
  },
  {
    id: "netrc-password",
    title: "Password in a .netrc file",
    severity: "high",
    keywords: ["password"],
    pattern: /(?:^|\s)password[ \t]+(?<secret>\S{3,500})/g,
    accept: (secret) => !isPlaceholderValue(secret) && !URL_PASSWORD_PLACEHOLDERS.test(secret),
    paths: /\/[._]netrc$/
  },
  {
    id: "pgpass-password",
    title: "Password in a .pgpass file",
    severity: "high",
    keywords: [":"],
    pattern: /^[^:#\n]+:[^:\n]+:[^:\n]+:[^:\n]+:(?<secret>[^\n]{3,500})$/gm,
    accept: (secret) => !isPlaceholderValue(secret),
    paths: /\/\.pgpass$/
  },
  {
    id: "pypirc-password",
    title: "Password in a .pypirc file",
    severity: "high",
    keywords: ["password"],
    pattern: /^[ \t]*password[ \t]*[=:][ \t]*(?<secret>\S{3,500})/gm,
    accept: (secret) => !isPlaceholderValue(secret),
    paths: /\/\.pypirc$/
  },
  {
    id: "kubeconfig-credential",
    title: "Credential in a kubeconfig",
    severity: "critical",
    keywords: ["client-key-data", "token:", "password:"],
    pattern: /^[ \t]*(?:client-key-data|token|password):[ \t]*["']?(?<secret>[^\s"']{8,20000})/gm,
    accept: (secret) => !isPlaceholderValue(secret),
    paths: /\/(?:\.kube\/config|[^/]*kubeconfig[^/]*)$/i
  },
  {
    id: "docker-identity-token",
    title: "Registry identity token in Docker config",
    severity: "high",
    keywords: ["identitytoken"],
    pattern: /"identitytoken"\s*:\s*"(?<secret>[^"]{16,4000})"/g,
    paths: /\/(?:\.docker\/config\.json|\.dockercfg|containers\/auth\.json)$/
  }
];

// src/secrets/scanner.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var SecretScanner = class {
  prefilter;
  rulesByKeyword = /* @__PURE__ */ new Map();
  rules;
  /** Rules for credential files known by name: they run on every file whose path matches. */
  fileRules;
  constructor(rules = SECRET_RULES) {
    this.rules = rules.filter((rule) => rule.paths === void 0);
    this.fileRules = rules.filter((rule) => rule.paths !== void 0);
    const keywords = /* @__PURE__ */ new Set();
    for (const rule of this.rules) {
      for (const keyword of rule.keywords) {
        keywords.add(keyword);
        const list = this.rulesByKeyword.get(keyword) ?? [];
        list.push(rule);
        this.rulesByKeyword.set(keyword, list);
      }
    }
    const alternatives = [...keywords].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.prefilter = new RegExp(alternatives.join("|"), "gi");
  }
  /** Rules whose keywords occur in the text, plus the file rules for a matching path. */
  candidates(text, path) {
    const found = /* @__PURE__ */ new Set();
    if (path !== void 0) {
      for (const rule of this.fileRules) if (rule.paths.test(path)) found.add(rule);
    }
    const wanted = found.size + this.rules.length;
    this.prefilter.lastIndex = 0;
    for (const match of text.matchAll(this.prefilter)) {
      for (const rule of this.rulesByKeyword.get(match[0].toLowerCase()) ?? []) found.add(rule);
      if (found.size === wanted) break;
    }
    return found;
  }
  /** Every credential in the text, in order of position, one per (rule, secret, line). */
  scan(text, path) {
    const candidates = this.candidates(text, path);
    if (candidates.size === 0) return [];
    const matches = [];
    const seen = /* @__PURE__ */ new Set();
    const lineOf = lineIndex(text);
    for (const rule of candidates) {
      rule.pattern.lastIndex = 0;
      for (const match of text.matchAll(rule.pattern)) {
        const raw = match.groups?.secret ?? match[0];
        const secret = raw.trim();
        if (secret === "" || rule.accept && !rule.accept(secret, match)) continue;
        const index = (match.index ?? 0) + match[0].indexOf(raw) + (raw.length - raw.trimStart().length);
        const line = lineOf(match.index ?? index);
        const key = `${rule.id}\0${line}\0${secret}`;
        if (seen.has(key)) continue;
        seen.add(key);
        matches.push({ rule, secret, index, line });
      }
    }
    return matches.sort((a, b) => a.index - b.index);
  }
};
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
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
var ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+|set\s+|ENV\s+)?(?<name>[A-Za-z_][A-Za-z0-9_.-]{1,80})=(?<value>"(?:[^"\\\n]|\\.){0,500}"|'[^'\n]{0,500}'|[^\s;&|)"'`]{1,500})/g;
function findSecretAssignments(text) {
  const found = [];
  for (const match of text.matchAll(ASSIGNMENT)) {
    const name = match.groups.name;
    if (!isSecretName(name)) continue;
    const written = match.groups.value;
    const value = /^["']/.test(written) ? written.slice(1, -1) : written;
    if (isPlaceholderValue(value)) continue;
    const index = (match.index ?? 0) + match[0].lastIndexOf(written) + (written === value ? 0 : 1);
    found.push({ name, value, index });
  }
  return found;
}

// src/secrets/redact.ts
import { createHash } from "node:crypto";
function redact(secret) {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  const hash = createHash("sha256").update(secret).digest("hex").slice(0, 8);
  return `${secret.slice(0, shown)}… (${secret.length} chars, sha256:${hash})`;
}

export {
  isSecretName,
  isPlaceholderValue,
  redact,
  SECRET_RULES,
  SecretScanner,
  lineIndex,
  findSecretAssignments
};
