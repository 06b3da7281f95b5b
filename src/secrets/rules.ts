/**
 * Credential formats, as data. Each rule is high precision: a vendor prefix or a structure that
 * ordinary text does not have, checked only when one of its keywords occurs (a cheap pre-filter
 * before any regular expression runs). The same rules serve Dockerfiles, image config and files.
 *
 * Patterns are written for JavaScript's backtracking engine: bounded quantifiers, no nested
 * repetition, so no input can make them slow.
 */

import type { Severity } from "../findings.ts";
import { isPlaceholderValue } from "./names.ts";

export interface SecretRule {
  id: string;
  title: string;
  severity: Severity;
  /** Lower-case literals; the pattern runs only when one occurs in the text. */
  keywords: string[];
  /** A global regular expression; the `secret` group is the credential. */
  pattern: RegExp;
  /** A further test on a candidate (structure, placeholder values). */
  accept?: (secret: string, match: RegExpExecArray) => boolean;
  /** Only for files whose absolute path matches (credential files known by name). */
  paths?: RegExp;
}

/** Documentation examples published by vendors: never credentials. */
const DOCUMENTED_EXAMPLES = new Set(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]);

/** AWS documentation keys all end in EXAMPLE (or EXAMPLEKEY); a real key never spells that out. */
const notExample = (secret: string): boolean => !DOCUMENTED_EXAMPLES.has(secret) && !/EXAMPLE(?:KEY)?$/.test(secret);
const mixedCase = (secret: string): boolean => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret);

/** Literal `\n` escapes and whitespace removed: what remains of a PEM body. */
function pemBodyLooksReal(body: string): boolean {
  const lines = body
    .replace(/\\n/g, "\n")
    .split(/\n/)
    .map((line) => line.trim().replace(/^["']|["',]$/g, ""))
    .filter((line) => line !== "" && !/^[A-Za-z-]+:/.test(line)); // Proc-Type:, DEK-Info:, Comment:
  const joined = lines.join("");
  if (joined.length < 64) return false;
  const base64 = joined.replace(/[^A-Za-z0-9+/=]/g, "").length;
  return base64 / joined.length > 0.95 && /[0-9]/.test(joined) && /[A-Z]/.test(joined) && /[a-z]/.test(joined);
}

const URL_PASSWORD_PLACEHOLDERS = /^(password|passwd|pass|pwd|secret|token|changeme|\*+|x+|%s|<[^>]*>|\{[^}]*\}|\[[^\]]*\]|\$.*)$/i;

export const SECRET_RULES: SecretRule[] = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    severity: "critical",
    keywords: ["akia", "asia", "abia", "acca"],
    pattern: /\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    accept: notExample,
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    severity: "critical",
    keywords: ["secret_access_key", "secretaccesskey", "aws_secret", "secret-access-key"],
    pattern:
      /(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key|secret-access-key)["']?(?:\s*(?:[:=]|=>)\s*|\s+)["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    accept: (secret) => notExample(secret) && /[0-9/+]/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret),
  },
  {
    id: "github-pat",
    title: "GitHub personal access token",
    severity: "critical",
    keywords: ["ghp_"],
    pattern: /\b(?<secret>ghp_[A-Za-z0-9]{36})\b/g,
  },
  {
    id: "github-fine-grained-pat",
    title: "GitHub fine-grained personal access token",
    severity: "critical",
    keywords: ["github_pat_"],
    pattern: /\b(?<secret>github_pat_[A-Za-z0-9_]{82})\b/g,
  },
  {
    id: "github-oauth-token",
    title: "GitHub OAuth access token",
    severity: "critical",
    keywords: ["gho_"],
    pattern: /\b(?<secret>gho_[A-Za-z0-9]{36})\b/g,
  },
  {
    id: "github-app-token",
    title: "GitHub App token",
    severity: "critical",
    keywords: ["ghu_", "ghs_", "ghr_"],
    pattern: /\b(?<secret>(?:ghu|ghs)_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{36,76})\b/g,
  },
  {
    id: "gitlab-token",
    title: "GitLab access token",
    severity: "critical",
    keywords: ["glpat-", "gldt-", "glrt-"],
    pattern: /\b(?<secret>gl(?:pat|dt|rt)-[A-Za-z0-9_-]{20,300})/g,
  },
  {
    id: "slack-token",
    title: "Slack token",
    severity: "high",
    keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-"],
    pattern: /\b(?<secret>xox[abeprs]-(?:\d{6,15}-){1,3}[A-Za-z0-9-]{8,250})/g,
  },
  {
    id: "slack-webhook-url",
    title: "Slack incoming webhook URL",
    severity: "high",
    keywords: ["hooks.slack.com"],
    pattern: /(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{40,200})/g,
  },
  {
    id: "stripe-secret-key",
    title: "Stripe live secret key",
    severity: "critical",
    keywords: ["sk_live_", "rk_live_"],
    pattern: /\b(?<secret>(?:sk|rk)_live_[A-Za-z0-9]{20,247})\b/g,
  },
  {
    id: "google-api-key",
    title: "Google API key",
    severity: "high",
    keywords: ["aiza"],
    pattern: /\b(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
  },
  {
    id: "npm-access-token",
    title: "npm access token",
    severity: "critical",
    keywords: ["npm_"],
    pattern: /\b(?<secret>npm_[A-Za-z0-9]{36})\b/g,
    accept: mixedCase,
  },
  {
    id: "npmrc-auth",
    title: "npm registry credential in .npmrc syntax",
    severity: "critical",
    keywords: ["_authtoken", "_auth", "_password"],
    pattern: /(?<![A-Za-z0-9])_(?:authToken|auth|password)\s*=\s*["']?(?<secret>[^\s"'$][^\s"']{7,1000})/gi,
    accept: (secret) => !isPlaceholderValue(secret),
  },
  {
    id: "pypi-upload-token",
    title: "PyPI upload token",
    severity: "critical",
    keywords: ["pypi-ageichlwas5vcmc"],
    pattern: /\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})/g,
  },
  {
    id: "docker-hub-pat",
    title: "Docker Hub personal access token",
    severity: "critical",
    keywords: ["dckr_pat_"],
    pattern: /\b(?<secret>dckr_pat_[A-Za-z0-9_-]{27,})/g,
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
    },
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    severity: "critical",
    keywords: ["t3blbkfj"],
    pattern: /\b(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})/g,
  },
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    severity: "critical",
    keywords: ["sk-ant-"],
    pattern: /\b(?<secret>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,200})/g,
  },
  {
    id: "huggingface-token",
    title: "Hugging Face access token",
    severity: "high",
    keywords: ["hf_"],
    pattern: /\b(?<secret>hf_[A-Za-z0-9]{34,40})\b/g,
    accept: mixedCase,
  },
  {
    id: "vault-token",
    title: "HashiCorp Vault service token",
    severity: "high",
    keywords: ["hvs."],
    pattern: /\b(?<secret>hvs\.[A-Za-z0-9_-]{90,200})/g,
  },
  {
    id: "sendgrid-api-key",
    title: "SendGrid API key",
    severity: "high",
    keywords: ["sg."],
    pattern: /\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  },
  {
    id: "azure-storage-account-key",
    title: "Azure storage account key",
    severity: "critical",
    keywords: ["accountkey"],
    pattern: /AccountKey\s*=\s*(?<secret>[A-Za-z0-9+/]{86}==)/g,
  },
  {
    id: "age-secret-key",
    title: "age encryption secret key",
    severity: "high",
    keywords: ["age-secret-key-1"],
    pattern: /\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g,
  },
  {
    id: "databricks-token",
    title: "Databricks access token",
    severity: "high",
    keywords: ["dapi"],
    pattern: /\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)\b/g,
  },
  {
    id: "shopify-token",
    title: "Shopify access token",
    severity: "high",
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    pattern: /\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/g,
  },
  {
    id: "private-key",
    title: "Private key",
    severity: "critical",
    keywords: ["private key"],
    pattern: /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<secret>[\s\S]{64,16384}?)-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----/g,
    accept: pemBodyLooksReal,
  },
  {
    id: "url-credentials",
    title: "Password in a URL",
    severity: "high",
    keywords: ["://"],
    // Starts with the literal "://" so the engine can skip ahead; the scheme is checked behind it.
    pattern: /(?<=\b[a-z][a-z0-9+.-]{1,20}):\/\/[^\s:@/'"`<>$]{1,128}:(?<secret>[^\s@/'"`<>]{3,128})@[A-Za-z0-9[]/gi,
    accept: (secret) => !URL_PASSWORD_PLACEHOLDERS.test(secret) && !/\$\{?[A-Za-z_]/.test(secret),
  },
  {
    id: "authorization-header",
    title: "Credential in an Authorization header",
    severity: "high",
    keywords: ["authorization"],
    pattern: /\b(?:proxy-)?authorization\s*:\s*(?:bearer|basic|token|apikey)\s+(?<secret>[A-Za-z0-9._~+/=-]{12,2000})/gi,
    accept: (secret) => !isPlaceholderValue(secret),
  },
  {
    id: "api-key-header",
    title: "Credential in an API key header",
    severity: "high",
    keywords: ["x-api-key", "x-auth-token", "private-token"],
    pattern: /\b(?:x-api-key|x-auth-token|private-token)\s*:\s*(?<secret>[A-Za-z0-9._~+/=-]{16,2000})/gi,
    accept: (secret) => !isPlaceholderValue(secret),
  },
  {
    id: "password-argument",
    title: "Credential passed as a command-line argument",
    severity: "high",
    keywords: ["--pass", "--token", "--api-key", "--apikey", "--secret", "--client-secret", "--auth-token"],
    pattern:
      /(?<![\w-])--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token)(?:=|[ \t]+)(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{3,500})\k<q>/gi,
    // `--secret id=npm,src=...` is BuildKit's secret mount syntax, the remedy rather than the leak.
    accept: (secret) => !isPlaceholderValue(secret) && !/^(?:id|type|src|source|env|target|required|mode|uid|gid)=/i.test(secret),
  },
  {
    id: "basic-auth-argument",
    title: "user:password passed to curl or wget",
    severity: "high",
    keywords: ["curl", "wget"],
    pattern: /\b(?:curl|wget)\b[^\n|;&]{0,400}?[ \t](?:-u|--user)[ \t]*(?<q>["']?)[^\s:"'$]{1,128}:(?<secret>[^\s"'$][^\s"']{2,200})\k<q>/gi,
    accept: (secret) => !URL_PASSWORD_PLACEHOLDERS.test(secret),
  },
  // Credential files recognized by name: their formats hold credentials without vendor prefixes.
  {
    id: "aws-credentials-file",
    title: "AWS credentials file",
    severity: "critical",
    keywords: ["aws_secret_access_key", "aws_session_token"],
    pattern: /^[ \t]*aws_(?:secret_access_key|session_token)[ \t]*=[ \t]*(?<secret>[^\s#;]{16,2000})/gim,
    accept: (secret) => notExample(secret) && !isPlaceholderValue(secret),
    paths: /\/\.aws\/(?:credentials|config)$/,
  },
  {
    id: "netrc-password",
    title: "Password in a .netrc file",
    severity: "high",
    keywords: ["password"],
    pattern: /(?:^|\s)password[ \t]+(?<secret>\S{3,500})/g,
    accept: (secret) => !isPlaceholderValue(secret) && !URL_PASSWORD_PLACEHOLDERS.test(secret),
    paths: /\/[._]netrc$/,
  },
  {
    id: "pgpass-password",
    title: "Password in a .pgpass file",
    severity: "high",
    keywords: [":"],
    pattern: /^[^:#\n]+:[^:\n]+:[^:\n]+:[^:\n]+:(?<secret>[^\n]{3,500})$/gm,
    accept: (secret) => !isPlaceholderValue(secret),
    paths: /\/\.pgpass$/,
  },
  {
    id: "pypirc-password",
    title: "Password in a .pypirc file",
    severity: "high",
    keywords: ["password"],
    pattern: /^[ \t]*password[ \t]*[=:][ \t]*(?<secret>\S{3,500})/gm,
    accept: (secret) => !isPlaceholderValue(secret),
    paths: /\/\.pypirc$/,
  },
  {
    id: "kubeconfig-credential",
    title: "Credential in a kubeconfig",
    severity: "critical",
    keywords: ["client-key-data", "token:", "password:"],
    pattern: /^[ \t]*(?:client-key-data|token|password):[ \t]*["']?(?<secret>[^\s"']{8,20000})/gm,
    accept: (secret) => !isPlaceholderValue(secret),
    paths: /\/(?:\.kube\/config|[^/]*kubeconfig[^/]*)$/i,
  },
  {
    id: "docker-identity-token",
    title: "Registry identity token in Docker config",
    severity: "high",
    keywords: ["identitytoken"],
    pattern: /"identitytoken"\s*:\s*"(?<secret>[^"]{16,4000})"/g,
    paths: /\/(?:\.docker\/config\.json|\.dockercfg|containers\/auth\.json)$/,
  },
];
