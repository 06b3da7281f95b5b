/**
 * Credential formats, as data: an id, a title, a severity, the keywords that must occur before
 * the rule's regular expression runs (lower case; the scanner's prefilter looks for them all in
 * one pass), the regular expression itself (its `secret` group is the credential, else the whole
 * match), and the named value checks a candidate must pass (see value-checks.ts). A policy's
 * `checks.secret.rules` have the same shape.
 *
 * Patterns are written for JavaScript's backtracking engine: they start with a literal where they
 * can, never with a lookbehind, use bounded quantifiers and no nested repetition, so no input can
 * make them slow; a test runs every rule here through the same ReDoS analysis that policy rules get.
 *
 * Every built-in rule says how far into a match its keyword can start (`keywordOffset`): every
 * match holds one of the keywords that many characters or fewer after its start, so the scanner
 * tries the rule's regular expression only at those places around each keyword it found, never
 * over the whole text. Tests check the bound on every rule's examples and against a scan of the
 * whole text.
 */

import type { Severity } from "../findings.ts";
import type { ValueCheck } from "./value-checks.ts";

export interface SecretRule {
  id: string;
  title: string;
  severity: Severity;
  /** Lower-case literals; the rule runs only where one occurs. Empty: the rule runs on every text. */
  keywords: string[];
  /**
   * At most how many characters after the start of any match one of the keywords starts. With it,
   * the regular expression is tried only at the positions this allows before each keyword found;
   * without it (policy rules), it runs over the whole text when a keyword occurs anywhere in it.
   */
  keywordOffset?: number;
  /** Regular expression source (JavaScript syntax); the group named `secret` is the credential. */
  regex: string;
  /** Flags besides `g`: `i`, `m`, `s`. */
  flags?: string;
  /** Only for files whose absolute path matches this regular expression (credential files known by name). */
  path?: string;
  /** Only for files whose absolute path matches this glob (a policy's rule: `*` within a segment, `**` across). */
  pathGlob?: string;
  /** Named tests the credential must pass. */
  checks?: ValueCheck[];
  /** Built in, or declared by the policy. */
  origin?: "builtin" | "policy";
}

const raw = String.raw;

export const BUILTIN_RULES: SecretRule[] = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    severity: "critical",
    keywords: ["akia", "asia", "abia", "acca"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
    checks: ["not-documented-example"],
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    severity: "critical",
    // Every spelling the regex takes holds one of these within its first 4 characters.
    keywords: ["aws_secret", "awssecret", "secret_access", "secretaccess", "secret-access"],
    keywordOffset: 4,
    regex: raw`(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|secret-access-key)["']?(?:\s{0,20}(?:[:=]|=>)\s{0,20}|\s{1,20})["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    flags: "i",
    checks: ["not-documented-example", "aws-secret-shape"],
  },
  {
    id: "github-pat",
    title: "GitHub personal access token",
    severity: "critical",
    keywords: ["ghp_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>ghp_[A-Za-z0-9]{36})\b`,
  },
  {
    id: "github-fine-grained-pat",
    title: "GitHub fine-grained personal access token",
    severity: "critical",
    keywords: ["github_pat_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>github_pat_[A-Za-z0-9_]{82})\b`,
  },
  {
    id: "github-oauth-token",
    title: "GitHub OAuth access token",
    severity: "critical",
    keywords: ["gho_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>gho_[A-Za-z0-9]{36})\b`,
  },
  {
    id: "github-app-token",
    title: "GitHub App token",
    severity: "critical",
    keywords: ["ghu_", "ghs_", "ghr_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>(?:ghu|ghs)_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{36,76})\b`,
  },
  {
    id: "gitlab-token",
    title: "GitLab access token",
    severity: "critical",
    keywords: ["glpat-", "gldt-", "glrt-"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>gl(?:pat|dt|rt)-[A-Za-z0-9_-]{20,300})`,
  },
  {
    id: "slack-token",
    title: "Slack token",
    severity: "high",
    keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>xox[abeprs]-(?:\d{6,15}-){1,3}[A-Za-z0-9-]{8,250})`,
  },
  {
    id: "slack-webhook-url",
    title: "Slack incoming webhook URL",
    severity: "high",
    keywords: ["hooks.slack.com"],
    keywordOffset: 8,
    regex: raw`(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{40,200})`,
  },
  {
    id: "stripe-secret-key",
    title: "Stripe live secret key",
    severity: "critical",
    keywords: ["sk_live_", "rk_live_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>(?:sk|rk)_live_[A-Za-z0-9]{20,247})\b`,
  },
  {
    id: "google-api-key",
    title: "Google API key",
    severity: "high",
    keywords: ["aiza"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])`,
  },
  {
    id: "npm-access-token",
    title: "npm access token",
    severity: "critical",
    keywords: ["npm_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>npm_[A-Za-z0-9]{36})\b`,
    checks: ["mixed-case"],
  },
  {
    id: "npmrc-auth",
    title: "npm registry credential in .npmrc syntax",
    severity: "critical",
    keywords: ["_authtoken", "_auth", "_password"],
    keywordOffset: 0,
    // `_` not inside a word (DB_PASSWORD=... is a variable, not .npmrc syntax).
    regex: raw`\b_(?:authToken|auth|password)\s{0,20}=\s{0,20}["']?(?<secret>[^\s"'$][^\s"']{7,1000})`,
    flags: "i",
    checks: ["not-placeholder"],
  },
  {
    id: "pypi-upload-token",
    title: "PyPI upload token",
    severity: "critical",
    keywords: ["pypi-ageichlwas5vcmc"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})`,
  },
  {
    id: "docker-hub-pat",
    title: "Docker Hub personal access token",
    severity: "critical",
    keywords: ["dckr_pat_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>dckr_pat_[A-Za-z0-9_-]{27,200})`,
  },
  {
    id: "docker-config-auth",
    title: "Registry credential in Docker config syntax",
    severity: "high",
    keywords: ['"auth"'],
    keywordOffset: 0,
    regex: raw`"auth"\s{0,20}:\s{0,20}"(?<secret>[A-Za-z0-9+/]{8,1000}={0,2})"`,
    checks: ["docker-auth"],
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    severity: "critical",
    keywords: ["t3blbkfj"],
    keywordOffset: 211,
    regex: raw`\b(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})`,
  },
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    severity: "critical",
    keywords: ["sk-ant-"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,200})`,
  },
  {
    id: "huggingface-token",
    title: "Hugging Face access token",
    severity: "high",
    keywords: ["hf_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>hf_[A-Za-z0-9]{34,40})\b`,
    checks: ["mixed-case"],
  },
  {
    id: "vault-token",
    title: "HashiCorp Vault service token",
    severity: "high",
    keywords: ["hvs."],
    keywordOffset: 0,
    regex: raw`\b(?<secret>hvs\.[A-Za-z0-9_-]{90,200})`,
  },
  {
    id: "sendgrid-api-key",
    title: "SendGrid API key",
    severity: "high",
    keywords: ["sg."],
    keywordOffset: 0,
    regex: raw`\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`,
  },
  {
    id: "azure-storage-account-key",
    title: "Azure storage account key",
    severity: "critical",
    keywords: ["accountkey"],
    keywordOffset: 0,
    regex: raw`AccountKey\s{0,20}=\s{0,20}(?<secret>[A-Za-z0-9+/]{86}==)`,
  },
  {
    id: "age-secret-key",
    title: "age encryption secret key",
    severity: "high",
    keywords: ["age-secret-key-1"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b`,
  },
  {
    id: "databricks-token",
    title: "Databricks access token",
    severity: "high",
    keywords: ["dapi"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)\b`,
  },
  {
    id: "shopify-token",
    title: "Shopify access token",
    severity: "high",
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    keywordOffset: 0,
    regex: raw`\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b`,
  },
  {
    id: "private-key",
    title: "Private key",
    severity: "critical",
    keywords: ["private key"],
    keywordOffset: 50,
    regex: raw`-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<secret>[\s\S]{64,16384}?)-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----`,
    checks: ["pem-body"],
  },
  {
    id: "url-credentials",
    title: "Password in a URL",
    severity: "high",
    keywords: ["://"],
    keywordOffset: 0,
    // Starts with the literal "://" so the engine can skip ahead to it; any scheme may precede it.
    regex: raw`:\/\/[^\s:@/'"${"`"}<>$]{1,128}:(?<secret>[^\s@/'"${"`"}<>]{3,128})@[A-Za-z0-9[]`,
    checks: ["url-password"],
  },
  {
    id: "authorization-header",
    title: "Credential in an Authorization header",
    severity: "high",
    keywords: ["authorization"],
    keywordOffset: 6,
    regex: raw`\b(?:proxy-)?authorization\s{0,20}:\s{0,20}(?:bearer|basic|token|apikey)\s{1,20}(?<secret>[A-Za-z0-9._~+/=-]{12,2000})`,
    flags: "i",
    checks: ["not-placeholder"],
  },
  {
    id: "api-key-header",
    title: "Credential in an API key header",
    severity: "high",
    keywords: ["x-api-key", "x-auth-token", "private-token"],
    keywordOffset: 0,
    regex: raw`\b(?:x-api-key|x-auth-token|private-token)\s{0,20}:\s{0,20}(?<secret>[A-Za-z0-9._~+/=-]{16,2000})`,
    flags: "i",
    checks: ["not-placeholder"],
  },
  {
    id: "password-argument",
    title: "Credential passed as a command-line argument",
    severity: "high",
    keywords: ["--pass", "--token", "--api-key", "--apikey", "--secret", "--client-secret", "--auth-token"],
    keywordOffset: 0,
    // `--` not inside a word or a longer run of dashes: \B before `-` is a non-word character (or the start); the lookbehind after it, not a third dash.
    regex: raw`\B--(?<!---)(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token)(?:=|[ \t]{1,20})(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{3,500})\k<q>`,
    flags: "i",
    checks: ["not-placeholder", "not-buildkit-secret"],
  },
  {
    id: "basic-auth-argument",
    title: "user:password passed to curl or wget",
    severity: "high",
    keywords: ["curl", "wget"],
    keywordOffset: 0,
    regex: raw`\b(?:curl|wget)\b[^\n|;&]{0,400}?[ \t](?:-u|--user)[ \t]{0,20}(?<q>["']?)[^\s:"'$]{1,128}:(?<secret>[^\s"'$][^\s"']{2,200})\k<q>`,
    flags: "i",
    checks: ["url-password"],
  },
  // Commands that set a password: the literal they are given is the credential.
  {
    id: "chpasswd-password",
    title: "Password set with chpasswd",
    severity: "high",
    keywords: ["chpasswd"],
    keywordOffset: 440,
    regex: raw`(?:\b(?:echo|printf)[ \t]{1,20}(?:-[a-z]{1,3}[ \t]{1,20}){0,3}["']?[\w.-]{1,64}:(?=[^\s"'|:]{1,200}["']?[ \t]{0,20}\|[ \t]{0,20}(?:sudo[ \t]{1,20})?(?:\/usr\/sbin\/)?chpasswd\b)|\bchpasswd[ \t]{0,20}<<<[ \t]{0,20}["']?[\w.-]{1,64}:)(?<secret>[^\s"'|:]{1,200})`,
    checks: ["literal"],
  },
  {
    id: "usermod-password",
    title: "Password set with usermod or useradd -p",
    severity: "high",
    keywords: ["usermod", "useradd"],
    keywordOffset: 0,
    regex: raw`\b(?:usermod|useradd)\b[^\n;&|]{0,200}?[ \t](?:-p|--password)[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"']{2,200})\k<q>`,
    checks: ["crypt-or-literal"],
  },
  {
    id: "openssl-passwd",
    title: "Password hashed with openssl passwd",
    severity: "high",
    keywords: ["openssl passwd"],
    keywordOffset: 0,
    regex: raw`\bopenssl passwd(?:[ \t]{1,20}-(?:1|5|6|apr1|aixmd5|crypt|quiet|noverify))?(?:[ \t]{1,20}-salt[ \t]{1,20}[^\s]{1,64})?[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"'$)-][^\s"')]{1,200})\k<q>`,
    checks: ["literal"],
  },
  {
    id: "htpasswd-password",
    title: "Password given to htpasswd -b",
    severity: "high",
    keywords: ["htpasswd"],
    keywordOffset: 0,
    regex: raw`\bhtpasswd(?=(?:[ \t]{1,20}-[A-Za-z]{1,6}){0,4}[ \t]{1,20}-[A-Za-z]{0,5}b)(?:[ \t]{1,20}-[A-Za-z]{1,6}){1,5}(?:[ \t]{1,20}(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s"'<>|;&-][^\s<>|;&]{0,200}))?[ \t]{1,20}(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s"'<>|;&-][^\s<>|;&]{0,200})[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"'<>|;&]{1,200})\k<q>`,
    checks: ["literal"],
  },
  {
    id: "mysql-password-argument",
    title: "Password given to a MySQL client with -p",
    severity: "high",
    keywords: ["mysql", "mariadb"],
    keywordOffset: 4,
    // The client in command position (not `find /etc/mysql/ -print0`): the character before it is part of the match.
    regex: raw`(?:^|[\s;&|(${"`"}'"]|bin\/)(?:mysql|mysqladmin|mysqldump|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mariadb|mariadb-admin|mariadb-dump)[ \t](?:[^\n|;&]{0,300}?[ \t])?-p(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{0,200})\k<q>`,
    checks: ["literal"],
  },
  {
    id: "sshpass-password",
    title: "Password given to sshpass -p",
    severity: "high",
    keywords: ["sshpass"],
    keywordOffset: 0,
    regex: raw`\bsshpass[ \t]{1,20}-p[ \t]{0,20}(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{0,200})\k<q>`,
    checks: ["literal"],
  },
  {
    id: "registry-login-password",
    title: "Password given to a registry login with -p",
    severity: "high",
    keywords: ["login"],
    keywordOffset: 76,
    regex: raw`\b(?:docker|podman|buildah|skopeo|nerdctl|oras|crane|helm[ \t]{1,20}registry)[ \t]{1,20}(?:auth[ \t]{1,20})?login\b[^\n|;&]{0,300}?[ \t](?:-p|--password)(?:=|[ \t]{1,20})(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,200})\k<q>`,
    checks: ["literal"],
  },
  {
    id: "redis-cli-password",
    title: "Password given to redis-cli -a",
    severity: "high",
    keywords: ["redis-cli"],
    keywordOffset: 0,
    regex: raw`\bredis-cli\b[^\n|;&]{0,300}?[ \t]-a[ \t]{1,20}(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,200})\k<q>`,
    checks: ["literal"],
  },
  // Credential files recognized by name: their formats hold credentials without vendor prefixes.
  {
    id: "aws-credentials-file",
    title: "AWS credentials file",
    severity: "critical",
    keywords: ["aws_secret_access_key", "aws_session_token"],
    regex: raw`^[ \t]{0,20}aws_(?:secret_access_key|session_token)[ \t]{0,20}=[ \t]{0,20}(?<secret>[^\s#;]{16,2000})`,
    flags: "im",
    checks: ["not-documented-example", "not-placeholder"],
    path: raw`\/\.aws\/(?:credentials|config)$`,
  },
  {
    id: "netrc-password",
    title: "Password in a .netrc file",
    severity: "high",
    keywords: ["password"],
    regex: raw`(?:^|\s)password[ \t]{1,20}(?<secret>\S{3,500})`,
    checks: ["url-password"],
    path: raw`\/[._]netrc$`,
  },
  {
    id: "pgpass-password",
    title: "Password in a .pgpass file",
    severity: "high",
    keywords: [":"],
    regex: raw`^[^:#\n]{1,300}:[^:\n]{1,300}:[^:\n]{1,300}:[^:\n]{1,300}:(?<secret>[^\n]{3,500})$`,
    flags: "m",
    checks: ["not-placeholder"],
    path: raw`\/\.pgpass$`,
  },
  {
    id: "pypirc-password",
    title: "Password in a .pypirc file",
    severity: "high",
    keywords: ["password"],
    regex: raw`^[ \t]{0,20}password[ \t]{0,20}[=:][ \t]{0,20}(?<secret>\S{3,500})`,
    flags: "m",
    checks: ["not-placeholder"],
    path: raw`\/\.pypirc$`,
  },
  {
    id: "kubeconfig-credential",
    title: "Credential in a kubeconfig",
    severity: "critical",
    keywords: ["client-key-data", "token:", "password:"],
    regex: raw`^[ \t]{0,40}(?:client-key-data|token|password):[ \t]{0,20}["']?(?<secret>[^\s"']{8,20000})`,
    flags: "m",
    checks: ["not-placeholder"],
    path: raw`\/(?:\.kube\/config|[^/]*kubeconfig[^/]*)$`,
  },
  {
    id: "docker-identity-token",
    title: "Registry identity token in Docker config",
    severity: "high",
    keywords: ["identitytoken"],
    regex: raw`"identitytoken"\s{0,20}:\s{0,20}"(?<secret>[^"]{16,4000})"`,
    path: raw`\/(?:\.docker\/config\.json|\.dockercfg|containers\/auth\.json)$`,
  },
];

/**
 * The name-based detector, described as data beside the rules: it runs where one of these words
 * occurs, reads the key around it and the value after `=`, `:`, `=>`, `<key>`, `define('KEY',`,
 * and reports the value when the key is a credential name (see names.ts).
 */
export const ASSIGNMENT_RULE = {
  /** In image files: key/value pairs of any configuration syntax; the value must look random. */
  file: { id: "credential-assignment", title: "Credential assigned in a file", severity: "high" as Severity },
  /** In a Dockerfile and the image config: ENV, ARG, LABEL, and NAME=value in RUN, Env and history; any literal. */
  dockerfile: { id: "credential-variable", title: "Credential in a variable", severity: "high" as Severity },
  keywords: ["pass", "pw", "secret", "token", "cred", "key"],
};
