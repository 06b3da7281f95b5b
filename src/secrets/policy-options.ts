/**
 * The policy's own secret rules and allow rules (`checks.secret.rules`, `checks.secret.allow`):
 * their schema, and how they become rules of the same shape as the built-in ones. A regular
 * expression that does not compile, that can match the empty string, or that can backtrack
 * catastrophically is an error: a policy rule runs over every file of every image.
 */

import * as z from "zod/mini";
import { globLength } from "../glob.ts";
import { SEVERITIES } from "../findings.ts";
import type { AllowRule } from "./allow-rules.ts";
import { BUILTIN_RULES, type SecretRule } from "./rules.ts";
import { createScanner, defaultScanner, type SecretScanner } from "./scanner.ts";

function compiles(source: string, flags: string): boolean {
  try {
    return new RegExp(source, `g${flags}`).source !== "";
  } catch {
    return false;
  }
}

const regexSource = (flags: () => string) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(2000),
    z.refine((source: string) => compiles(source, flags()), "not a valid regular expression (JavaScript syntax)"),
    z.refine((source: string) => !compiles(source, flags()) || new RegExp(source, flags()).exec("") === null, "matches the empty string"),
  );

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const BUILTIN_IDS = new Set(BUILTIN_RULES.map((rule) => rule.id));

/** One rule of `checks.secret.rules`. */
const secretRuleSchema = z.strictObject({
  id: z.string().check(
    z.regex(ID, "expected a kebab-case id such as acme-api-key"),
    z.refine((id: string) => !BUILTIN_IDS.has(id), "is the id of a built-in rule; choose another"),
    z.describe("Stable kebab-case id: the finding's rule, and what exceptions name"),
  ),
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(200), z.describe("What the credential is, for messages (default: the id)"))),
  regex: regexSource(() => "").check(
    z.describe(
      "JavaScript regular expression; the named group `secret` (else the whole match) is the credential. Must not match the empty string or backtrack catastrophically",
    ),
  ),
  flags: z.optional(z.string().check(z.regex(/^(?!.*(.).*\1)[ims]*$/, "expected some of i, m, s"), z.describe("Regular expression flags: i, m, s"))),
  keywords: z.optional(
    z
      .array(z.string().check(z.minLength(2), z.maxLength(100)))
      .check(z.describe("Literals one of which must occur (case-insensitive) before the regex runs; without keywords the rule runs on every text")),
  ),
  severity: z.optional(z.enum(SEVERITIES).check(z.describe("Severity of its findings (default high)"))),
  path: z.optional(z.string().check(z.minLength(1), globLength(), z.describe("Glob over in-image paths: the rule applies only to these files"))),
});

/** One entry of `checks.secret.allow`. */
const secretAllowSchema = z
  .strictObject({
    id: z.optional(z.string().check(z.regex(ID, "expected a kebab-case id"), z.describe("Names the allow rule in documentation and reviews"))),
    description: z.optional(z.string().check(z.describe("Why these are not credentials"))),
    regex: z.optional(regexSource(() => "").check(z.describe("Regular expression over the credential: matches are not findings"))),
    path: z.optional(
      z
        .string()
        .check(z.minLength(1), globLength(), z.describe("Glob over in-image paths (archive members as /app.war!WEB-INF/x): nothing found there is a finding")),
    ),
    rules: z.optional(z.array(z.string().check(z.minLength(1))).check(z.describe("Only for these rule ids (default: every rule)"))),
  })
  .check(z.refine((entry: { regex?: string; path?: string }) => entry.regex !== undefined || entry.path !== undefined, "needs a regex or a path"));

/** The `checks.secret` keys this module owns, to merge into the check's policy schema. */
export const secretOptionsShape = {
  rules: z.optional(z.array(secretRuleSchema).check(z.describe("Your own credential formats, as data (gitleaks/Trivy style)"))),
  allow: z.optional(z.array(secretAllowSchema).check(z.describe("What is not a credential: by regex over the value, or by in-image path glob"))),
};

export type SecretRuleDocument = z.infer<typeof secretRuleSchema>;
export type SecretAllowDocument = z.infer<typeof secretAllowSchema>;

/** The policy's rules and allow rules, as given (validated by the schema above). */
export interface SecretPolicyOptions {
  rules?: SecretRuleDocument[] | undefined;
  allow?: SecretAllowDocument[] | undefined;
}

/** Policy rules in the built-in rules' shape. */
function policyRules(options: SecretPolicyOptions): SecretRule[] {
  return (options.rules ?? []).map((rule) => {
    const converted: SecretRule = {
      id: rule.id,
      title: rule.title ?? rule.id,
      severity: rule.severity ?? "high",
      keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase()),
      regex: rule.regex,
      origin: "policy",
    };
    if (rule.flags !== undefined) converted.flags = rule.flags;
    if (rule.path !== undefined) converted.pathGlob = rule.path;
    return converted;
  });
}

/** Policy allow entries in the built-in allow rules' shape. */
function policyAllowRules(options: SecretPolicyOptions): AllowRule[] {
  return (options.allow ?? []).map((entry, index) => {
    const rule: AllowRule = { id: entry.id ?? `policy-allow-${index + 1}`, description: entry.description ?? "declared by the policy", origin: "policy" };
    if (entry.regex !== undefined) rule.secret = entry.regex;
    if (entry.path !== undefined) rule.pathGlob = entry.path;
    if (entry.rules !== undefined) rule.rules = entry.rules;
    return rule;
  });
}

const scanners = new WeakMap<object, SecretScanner>();

/** The scanner for a policy's options (built once per options object); the built-in one without them. */
export function scannerFor(options: SecretPolicyOptions | undefined): SecretScanner {
  if (!options || ((options.rules ?? []).length === 0 && (options.allow ?? []).length === 0)) return defaultScanner();
  let scanner = scanners.get(options);
  if (!scanner) scanners.set(options, (scanner = createScanner({ rules: policyRules(options), allow: policyAllowRules(options) })));
  return scanner;
}

/** A regular expression of the policy that failed the backtracking analysis, and why. */
export interface UnsafeRegex {
  /** Field path, such as `checks.secret.rules[2].regex`. */
  field: string[];
  problem: string;
}

/**
 * Finds the policy's regular expressions that can backtrack catastrophically (exponential or
 * polynomial time on some input) or that can match an empty string somewhere. The analysis
 * library is large, so it is loaded only when a policy declares regular expressions.
 */
export async function unsafeRegexes(options: SecretPolicyOptions | undefined): Promise<UnsafeRegex[]> {
  const entries: Array<{ field: string[]; regex: string; flags: string }> = [];
  (options?.rules ?? []).forEach((rule, index) => entries.push({ field: ["rules", String(index), "regex"], regex: rule.regex, flags: rule.flags ?? "" }));
  (options?.allow ?? []).forEach((entry, index) => {
    if (entry.regex !== undefined) entries.push({ field: ["allow", String(index), "regex"], regex: entry.regex, flags: "" });
  });
  if (entries.length === 0) return [];
  const { regexProblem } = await import("./regex-safety.ts");
  const problems: UnsafeRegex[] = [];
  for (const entry of entries) {
    const problem = regexProblem(entry.regex, entry.flags);
    if (problem) problems.push({ field: entry.field, problem });
  }
  return problems;
}
