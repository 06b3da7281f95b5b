/**
 * Static analysis of a policy's regular expressions, loaded only when a policy declares some:
 * super-linear backtracking (scslre: exponential and polynomial worst cases, including the
 * quadratic cost of an unanchored pattern retried at every position) and patterns that can match
 * an empty string (regexp-ast-analysis).
 */

import { RegExpParser } from "@eslint-community/regexpp";
import { isPotentiallyZeroLength } from "regexp-ast-analysis";
import { analyse } from "scslre";

/** Why a regular expression is unfit for scanning, or undefined when it is fine. */
export function regexProblem(source: string, flags: string): string | undefined {
  let literal;
  try {
    const parser = new RegExpParser({ ecmaVersion: 2025 });
    const parsedFlags = parser.parseFlags(flags);
    literal = {
      pattern: parser.parsePattern(source, 0, source.length, { unicode: parsedFlags.unicode, unicodeSets: parsedFlags.unicodeSets }),
      flags: parsedFlags,
    };
  } catch (error) {
    return `not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, "").slice(0, 120)})`;
  }
  if (isPotentiallyZeroLength(literal.pattern.alternatives, literal.flags)) return "can match the empty string";
  const reports = analyse(literal, { maxReports: 1 }).reports;
  const report = reports[0];
  if (!report) return undefined;
  const kind = report.exponential ? "exponential" : "polynomial";
  return `can backtrack catastrophically (${kind} time on input such as many "${report.character.pick.replace(/[^\x20-\x7e]/g, "?")}" characters)`;
}
