/**
 * Finds credentials in text: one pass of a combined keyword pre-filter, then only the rules whose
 * keywords occurred run their regular expressions. Also finds credential-named assignments
 * (`DB_PASSWORD=...`) whose value is not a placeholder.
 */

import { isPlaceholderValue, isSecretName } from "./names.ts";
import { SECRET_RULES, type SecretRule } from "./rules.ts";

export interface SecretMatch {
  rule: SecretRule;
  secret: string;
  /** Offset of the secret in the text. */
  index: number;
  /** 1-based line of the secret in the text. */
  line: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Scans text with a fixed rule set; build once, reuse for every text. */
export class SecretScanner {
  private readonly prefilter: RegExp;
  private readonly rulesByKeyword = new Map<string, SecretRule[]>();

  private readonly rules: SecretRule[];
  /** Rules for credential files known by name: they run on every file whose path matches. */
  private readonly fileRules: SecretRule[];

  constructor(rules: SecretRule[] = SECRET_RULES) {
    this.rules = rules.filter((rule) => rule.paths === undefined);
    this.fileRules = rules.filter((rule) => rule.paths !== undefined);
    const keywords = new Set<string>();
    for (const rule of this.rules) {
      for (const keyword of rule.keywords) {
        keywords.add(keyword);
        const list = this.rulesByKeyword.get(keyword) ?? [];
        list.push(rule);
        this.rulesByKeyword.set(keyword, list);
      }
    }
    // Longest first so that overlapping keywords ("--pass" vs "--password") both stay findable.
    const alternatives = [...keywords].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.prefilter = new RegExp(alternatives.join("|"), "gi");
  }

  /** Rules whose keywords occur in the text, plus the file rules for a matching path. */
  candidates(text: string, path?: string): Set<SecretRule> {
    const found = new Set<SecretRule>();
    if (path !== undefined) for (const rule of this.fileRules) if (rule.paths!.test(path)) found.add(rule);
    const wanted = found.size + this.rules.length;
    this.prefilter.lastIndex = 0;
    for (const match of text.matchAll(this.prefilter)) {
      for (const rule of this.rulesByKeyword.get(match[0].toLowerCase()) ?? []) found.add(rule);
      if (found.size === wanted) break;
    }
    return found;
  }

  /** Every credential in the text, in order of position, one per (rule, secret, line). */
  scan(text: string, path?: string): SecretMatch[] {
    const candidates = this.candidates(text, path);
    if (candidates.size === 0) return [];
    const matches: SecretMatch[] = [];
    const seen = new Set<string>();
    const lineOf = lineIndex(text);
    for (const rule of candidates) {
      rule.pattern.lastIndex = 0;
      for (const match of text.matchAll(rule.pattern)) {
        const raw = match.groups?.secret ?? match[0];
        const secret = raw.trim();
        if (secret === "" || (rule.accept && !rule.accept(secret, match))) continue;
        const index = (match.index ?? 0) + match[0].indexOf(raw) + (raw.length - raw.trimStart().length);
        // The line where the match starts (a PEM block's BEGIN line, not its first body line).
        const line = lineOf(match.index ?? index);
        const key = `${rule.id}\u0000${line}\u0000${secret}`;
        if (seen.has(key)) continue;
        seen.add(key);
        matches.push({ rule, secret, index, line });
      }
    }
    return matches.sort((a, b) => a.index - b.index);
  }
}

/** Maps offsets to 1-based line numbers. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

export interface SecretAssignment {
  name: string;
  value: string;
  /** Offset of the value in the text. */
  index: number;
}

const ASSIGNMENT =
  /(?:^|[\s;&|(])(?:export\s+|set\s+|ENV\s+)?(?<name>[A-Za-z_][A-Za-z0-9_.-]{1,80})=(?<value>"(?:[^"\\\n]|\\.){0,500}"|'[^'\n]{0,500}'|[^\s;&|)"'`]{1,500})/g;

/** `NAME=value` pairs in shell text or env files whose name says credential and value is real. */
export function findSecretAssignments(text: string): SecretAssignment[] {
  const found: SecretAssignment[] = [];
  for (const match of text.matchAll(ASSIGNMENT)) {
    const name = match.groups!.name!;
    if (!isSecretName(name)) continue;
    const written = match.groups!.value!;
    const value = /^["']/.test(written) ? written.slice(1, -1) : written;
    if (isPlaceholderValue(value)) continue;
    const index = (match.index ?? 0) + match[0].lastIndexOf(written) + (written === value ? 0 : 1);
    found.push({ name, value, index });
  }
  return found;
}
