/**
 * Finds credentials in text. One pass of a keyword search (keyword-search.ts: every keyword of
 * every rule at once) finds where each rule can match and where credential-like key names occur;
 * then each rule's regular expression is tried only at the few positions before each of its
 * keywords that its `keywordOffset` allows (anchored, so a text without credentials costs the
 * keyword pass and little more), and the key/value reader runs only at the key names. A value found
 * by a format rule is not found again by the name-based reader (one credential, one match), and
 * allow rules drop what is not a credential. Built once per rule set, reused for every text.
 */

import { allowRuleCovers, BUILTIN_ALLOW_RULES, compileAllowRule, type AllowRule, type CompiledAllowRule } from "./allow-rules.ts";
import { assignmentsAt } from "./assignments.ts";
import { isCredentialIdName, isCredentialLiteral, isPublicMaterial, isPlaceholderValue, looksLikeSecret } from "./names.ts";
import { KeywordSearch } from "./keyword-search.ts";
import { ASSIGNMENT_RULE, BUILTIN_RULES, type SecretRule } from "./rules.ts";
import { BUILTIN_TEXT_FILES, type TextFileRule } from "./text-files.ts";
import { VALUE_CHECKS } from "./value-checks.ts";
import type { Severity } from "../findings.ts";
import { compileGlob, type PathMatcher } from "../glob.ts";

/** A rule ready to run. */
export interface CompiledRule {
  rule: SecretRule;
  /** Global: for a run over the whole text. */
  pattern: RegExp;
  /** Sticky: tried at single positions near a keyword (rules with a `keywordOffset`). */
  anchored?: RegExp;
  path?: PathMatcher;
  accept: (secret: string) => boolean;
}

export interface SecretMatch {
  rule: string;
  title: string;
  severity: Severity;
  secret: string;
  /** Offset of the secret in the text. */
  index: number;
  /** 1-based line of the match in the text. */
  line: number;
  /** For name-based matches: the key that holds the value. */
  key?: string;
}

/** How a text is read. */
export interface ScanContext {
  /** The file the text is from (absolute in-image path); enables file rules and path allow rules. */
  path?: string | undefined;
  /**
   * `literal`: Dockerfile and image config text, where any literal given to a credential-named
   * variable is a finding; `file` (default): a value must look like a generated credential.
   */
  values?: "literal" | "file";
  /** Name-based matches off (text that only format rules should read, such as the gate's own output). */
  formatsOnly?: boolean;
}

/** Compiles a rule (built in or from the policy). Throws on an invalid regular expression. */
export function compileRule(rule: SecretRule): CompiledRule {
  const flags = `g${(rule.flags ?? "").replace(/g/g, "")}`;
  const checks = (rule.checks ?? []).map((name) => VALUE_CHECKS[name]);
  const compiled: CompiledRule = {
    rule,
    pattern: new RegExp(rule.regex, flags),
    accept: (secret) => checks.every((check) => check(secret)),
  };
  if (rule.keywordOffset !== undefined && rule.keywords.length > 0) compiled.anchored = new RegExp(rule.regex, flags.replace("g", "y"));
  if (rule.path !== undefined) compiled.path = new RegExp(rule.path);
  // A policy's path glob is matched segment by segment: a glob made into a regex can backtrack exponentially.
  if (rule.pathGlob !== undefined) compiled.path = compileGlob(rule.pathGlob);
  return compiled;
}

/** Code files: an unquoted value after `password =` there is an expression, not a literal. */
const CODE_FILE =
  /\.(?:py|pyi|js|mjs|cjs|jsx|ts|tsx|rb|php|java|kt|kts|scala|groovy|go|rs|c|h|cc|cpp|hpp|cs|fs|vb|swift|m|mm|pl|pm|lua|r|dart|ex|exs|erl|clj|sql|sh|bash|zsh|ps1|psm1)$/i;

/** Distinct sets of dropped rules kept made (SecretScanner.scopes). */
const MAX_SCOPES = 64;

/** What scanning a file at a path runs (SecretScanner.scopeOf). */
interface PathScope {
  /** Every rule is dropped there: the file need not be read. */
  nothing: boolean;
  /** By keyword index, as SecretScanner.uses, less the rules dropped there. */
  uses: KeywordUse[];
  alwaysRun: CompiledRule[];
  /** False for a rule dropped there. */
  live: (rule: CompiledRule) => boolean;
  /** Whether the name-based reader's matches are kept there, for file values and for literal ones. */
  assignments: { file: boolean; literal: boolean };
}

/** What one keyword occurrence enables. */
interface KeywordUse {
  /** Rules tried at the positions before the keyword their `keywordOffset` allows. */
  anchored: CompiledRule[];
  /** Rules that run over the whole text once the keyword occurs (policy rules without an offset). */
  whole: CompiledRule[];
  /** The name-based reader starts at the keyword. */
  assignment: boolean;
}

export class SecretScanner {
  private readonly search: KeywordSearch;
  /** By keyword index of `search`. */
  private readonly uses: KeywordUse[];
  private readonly alwaysRun: CompiledRule[];
  private readonly pathRules: CompiledRule[];
  readonly allowRules: CompiledAllowRule[];
  readonly rules: CompiledRule[];
  /** Rule ids in the order they are listed: vendor formats before contextual ones. */
  private readonly order = new Map<string, number>();
  /** Paths read as text even when they look binary (text-files.ts). */
  private readonly textFiles: RegExp[];
  /** What runs in a file, by the rule ids its path alone drops (`\u0000`-joined): most paths share one of a few. */
  private readonly scopes = new Map<string, PathScope>();
  /** The last path asked about, and what runs there: a file's windows are scanned one after another. */
  private lastPath: string | undefined;
  private lastScope: PathScope | undefined;

  constructor(rules: CompiledRule[], allowRules: CompiledAllowRule[], textFiles: readonly TextFileRule[] = BUILTIN_TEXT_FILES) {
    this.rules = rules;
    this.allowRules = allowRules;
    this.textFiles = textFiles.map((rule) => new RegExp(rule.path));
    rules.forEach((rule, index) => this.order.set(rule.rule.id, index));
    this.pathRules = rules.filter((rule) => rule.path !== undefined);
    this.alwaysRun = rules.filter((rule) => rule.path === undefined && rule.rule.keywords.length === 0);
    const byKeyword = new Map<string, KeywordUse>();
    const use = (keyword: string) => {
      const key = keyword.toLowerCase();
      let found = byKeyword.get(key);
      if (!found) byKeyword.set(key, (found = { anchored: [], whole: [], assignment: false }));
      return found;
    };
    for (const rule of rules) {
      if (rule.path !== undefined) continue;
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
  private scopeOf(path: string | undefined): PathScope {
    if (path !== undefined && path === this.lastPath) return this.lastScope!;
    const dropped = new Set<string>();
    let all = false;
    if (path !== undefined) {
      for (const allow of this.allowRules) {
        if (allow.path === undefined || allow.secret !== undefined || allow.rule.packaged || !allow.path.test(path)) continue;
        if (allow.rules === undefined) all = true;
        else for (const id of allow.rules) dropped.add(id);
      }
    }
    const key = all ? "\u0000all" : [...dropped].sort().join("\u0000");
    let scope = this.scopes.get(key);
    if (scope === undefined) {
      const live = (rule: CompiledRule) => !all && !dropped.has(rule.rule.id);
      scope = {
        nothing: all,
        uses: this.uses.map((use) => ({ anchored: use.anchored.filter(live), whole: use.whole.filter(live), assignment: use.assignment })),
        alwaysRun: this.alwaysRun.filter(live),
        live,
        assignments: {
          file: !all && !dropped.has(ASSIGNMENT_RULE.file.id),
          literal: !all && !dropped.has(ASSIGNMENT_RULE.dockerfile.id),
        },
      };
      // Kept for the few combinations the policy's allow rules make; an image whose paths make
      // more (with many overlapping policy rules) gets them made again, not a cache without bound.
      if (this.scopes.size < MAX_SCOPES) this.scopes.set(key, scope);
    }
    if (path !== undefined) {
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
  private tryNear(text: string, compiled: CompiledRule, starts: number[], record: (compiled: CompiledRule, match: RegExpExecArray) => void): void {
    const pattern = compiled.anchored!;
    const reach = compiled.rule.keywordOffset!;
    // Keywords of one rule found in order of where they end; one that contains another may start before it.
    for (let index = 1; index < starts.length; index++) {
      if (starts[index]! < starts[index - 1]!) {
        starts.sort((a, b) => a - b);
        break;
      }
    }
    /** The first position not yet tried and not inside an earlier match. */
    let from = 0;
    for (const keyword of starts) {
      for (let position = Math.max(from, keyword - reach); position <= keyword;) {
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
  skipsFile(path: string): boolean {
    return this.scopeOf(path).nothing;
  }

  /** True when a file is read as text even when its first bytes look binary: its name says it holds credentials. */
  readsAsText(path: string): boolean {
    return this.textFiles.some((pattern) => pattern.test(path));
  }

  /** The allow rule that covers a match, if any. */
  allowedBy(rule: string, path: string | undefined, secret: string | undefined, packaged?: boolean): AllowRule | undefined {
    return this.allowRules.find((allow) => allowRuleCovers(allow, { rule, path, secret, packaged }))?.rule;
  }

  /** Every credential in the text, in order of position, one per place. */
  scan(text: string, context: ScanContext = {}): SecretMatch[] {
    const path = context.path;
    const literal = context.values === "literal";
    const scope = this.scopeOf(path);
    const whole = new Set<CompiledRule>(scope.alwaysRun);
    if (path !== undefined) for (const rule of this.pathRules) if (scope.live(rule) && rule.path!.test(path)) whole.add(rule);
    const keyOffsets: number[] = [];
    const wantAssignments = !context.formatsOnly && (literal ? scope.assignments.literal : scope.assignments.file);
    /** Per anchored rule: where its keywords start, in the order found. */
    let near: Map<CompiledRule, number[]> | undefined;
    const hits = this.search.find(text);
    for (let hit = 0; hit < hits.keyword.length; hit++) {
      const use = scope.uses[hits.keyword[hit]!]!;
      const start = hits.start[hit]!;
      for (const rule of use.anchored) {
        near ??= new Map();
        const starts = near.get(rule);
        if (starts === undefined) near.set(rule, [start]);
        else starts.push(start);
      }
      for (const rule of use.whole) whole.add(rule);
      if (use.assignment && wantAssignments) keyOffsets.push(start);
    }
    if (whole.size === 0 && near === undefined && keyOffsets.length === 0) return [];

    const lineOf = lineIndex(text);
    const matches: SecretMatch[] = [];
    // One match per rule, credential and line: a token written twice on a line is one place.
    const seen = new Set<string>();
    const record = (compiled: CompiledRule, match: RegExpExecArray) => {
      const { rule } = compiled;
      const raw = match.groups?.secret ?? match[0];
      const secret = raw.trim();
      if (secret === "" || !compiled.accept(secret)) return;
      const index = match.index + Math.max(0, match[0].indexOf(raw)) + (raw.length - raw.trimStart().length);
      if (this.allowedBy(rule.id, path, secret)) return;
      // The line where the match starts (a PEM block's BEGIN line, not its first body line), not
      // the line break a rule may read before it.
      const line = lineOf(match.index + (match[0].length - match[0].trimStart().length));
      const key = `${rule.id}\u0000${line}\u0000${secret}`;
      if (seen.has(key)) return;
      seen.add(key);
      matches.push({ rule: rule.id, title: rule.title, severity: rule.severity, secret, index, line });
    };
    for (const compiled of whole) {
      const { pattern } = compiled;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (match[0] === "") {
          pattern.lastIndex++; // a policy rule that can match nothing must not stall the scan
          continue;
        }
        record(compiled, match);
      }
    }
    if (near !== undefined) for (const [compiled, starts] of near) this.tryNear(text, compiled, starts, record);
    if (keyOffsets.length > 0) {
      const code = path !== undefined && CODE_FILE.test(path);
      const taken = matches.map((match) => [match.index, match.index + match.secret.length] as const).sort((a, b) => a[0] - b[0]);
      let next = 0;
      const described = literal ? ASSIGNMENT_RULE.dockerfile : ASSIGNMENT_RULE.file;
      for (const assignment of assignmentsAt(text, keyOffsets)) {
        const start = assignment.index;
        const end = start + assignment.value.length;
        // A value a format rule already matched is that rule's finding.
        while (next < taken.length && taken[next]![1] <= start) next++;
        if (next < taken.length && taken[next]![0] < end) continue;
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
          key: assignment.key,
        });
      }
    }
    matches.sort((a, b) => a.index - b.index || (this.order.get(a.rule) ?? 1e9) - (this.order.get(b.rule) ?? 1e9));
    // Two rules on the same bytes (a GitHub token that is also a URL's password): the one listed first names it.
    return matches.filter((match, index) => index === 0 || match.index !== matches[index - 1]!.index || match.secret !== matches[index - 1]!.secret);
  }
}

/** In files: a random-looking literal, quoted where the file is code. */
function judgeFileValue(value: string, quoted: boolean, code: boolean): boolean {
  if (code && !quoted) return false;
  if (isPlaceholderValue(value) || isPublicMaterial(value)) return false;
  return looksLikeSecret(value);
}

/** Maps offsets to 1-based line numbers. */
function lineIndex(text: string): (offset: number) => number {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
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

/** The built-in rules and allow rules, plus any from the policy. */
export interface SecretRuleSet {
  rules: SecretRule[];
  allow: AllowRule[];
}

/** Builds a scanner; policy rules come after the built-in ones and must not reuse their ids. */
export function createScanner(extra: Partial<SecretRuleSet> = {}): SecretScanner {
  return new SecretScanner([...BUILTIN_RULES, ...(extra.rules ?? [])].map(compileRule), [...BUILTIN_ALLOW_RULES, ...(extra.allow ?? [])].map(compileAllowRule));
}

let builtin: SecretScanner | undefined;
/** One scanner with the built-in rules for the process: compiling the keyword filter is the expensive part. */
export function defaultScanner(): SecretScanner {
  builtin ??= createScanner();
  return builtin;
}
