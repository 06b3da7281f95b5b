import type { Check } from "../../src/checks/types.ts";
import { parseDockerfile, type DockerfileOptions } from "../../src/dockerfile/parse.ts";
import type { Finding } from "../../src/findings.ts";

/** Runs one check over Dockerfile text (lines joined with \n). */
export function check(
  checkUnderTest: Check<any>, // oxlint-disable-line no-explicit-any -- any check, with its own options
  lines: string[] | string,
  options: Record<string, unknown> = {},
  parse: DockerfileOptions = {},
): Finding[] {
  const text = Array.isArray(lines) ? lines.join("\n") : lines;
  return checkUnderTest.run({ dockerfile: parseDockerfile(text, "Dockerfile", parse) }, options, { unknownSeverity: "high" });
}

/** rule@line for compact assertions. */
export function rulesAt(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.rule}@${"line" in finding.location ? finding.location.line : "?"}`);
}
