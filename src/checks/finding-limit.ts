/**
 * A Dockerfile can repeat one mistake on every line: 100k `curl … | sh` lines are 100k findings,
 * and the report, its JSON and its scrubbing grow with each. Past a limit per check and rule, the
 * rest are folded into one finding that says how many there were and where: the verdict is the
 * same (the folded finding has the check, rule and severity of the ones it stands for), and the
 * report stays bounded for any Dockerfile the parser accepts.
 */

import { fingerprintOf, isDockerfileLocation, severityRank, type Finding } from "../findings.ts";

/** Findings listed one by one per check, rule and Dockerfile. */
const MAX_FINDINGS_PER_RULE = 1000;

/** Keeps the first MAX_FINDINGS_PER_RULE Dockerfile findings of each rule and folds the rest into one. */
export function foldRepeatedFindings(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (!isDockerfileLocation(finding.location)) continue;
    const key = `${finding.check}\u0000${finding.rule}\u0000${finding.location.file}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if ([...counts.values()].every((count) => count <= MAX_FINDINGS_PER_RULE)) return findings;
  const kept: Finding[] = [];
  const seen = new Map<string, number>();
  const folded = new Map<string, { first: Finding; count: number; lastLine: number; worst: Finding }>();
  for (const finding of findings) {
    const location = finding.location;
    if (!isDockerfileLocation(location)) {
      kept.push(finding);
      continue;
    }
    const key = `${finding.check}\u0000${finding.rule}\u0000${location.file}`;
    const index = (seen.get(key) ?? 0) + 1;
    seen.set(key, index);
    if (index <= MAX_FINDINGS_PER_RULE) {
      kept.push(finding);
      continue;
    }
    const group = folded.get(key);
    if (!group) folded.set(key, { first: finding, count: 1, lastLine: location.line, worst: finding });
    else {
      group.count++;
      group.lastLine = Math.max(group.lastLine, location.line);
      if (severityRank(finding.severity) > severityRank(group.worst.severity)) group.worst = finding;
    }
  }
  for (const { first, count, lastLine, worst } of folded.values()) {
    const location = first.location as { file: string; line: number };
    kept.push({
      check: first.check,
      rule: first.rule,
      severity: worst.severity,
      message: `…and ${count} more like the ${MAX_FINDINGS_PER_RULE} above in ${location.file} (lines ${location.line}–${lastLine}), not listed one by one.`,
      location: { file: location.file, line: location.line },
      fingerprint: fingerprintOf(first.check, first.rule, `${location.file}|folded`),
    });
  }
  return kept;
}
