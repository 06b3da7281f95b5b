/** The README's check and preset tables, generated from the checks and presets themselves. */

import type { ResolvedPolicy } from "../policy/load.ts";
import { CHECKS, CORE_CHECKS } from "./index.ts";

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** Markdown: one row per check with its default severity, what it finds and its references. */
export function checksTable(): string {
  const rows = CHECKS.map(
    (check) =>
      `| \`${check.id}\`${CORE_CHECKS.has(check.id) ? " (core)" : ""} | ${check.severity} | ${cell(check.title)}: ${cell(check.rationale)} | ${cell(check.remediation)} | ${cell(check.references.join("; "))} |`,
  );
  return ["| check | severity | what and why | remediation | references |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** Markdown: what each preset does, check by check. */
export function presetsTable(presets: Record<string, ResolvedPolicy>): string {
  const names = Object.keys(presets);
  const describe = (policy: ResolvedPolicy, id: string) => {
    const settings = policy.checks[id]!;
    const extras = [settings.requireDigest ? "require-digest" : "", settings.trusted.length > 0 ? "trusted list" : ""].filter(Boolean);
    return `${settings.action}${extras.length > 0 ? ` (${extras.join(", ")})` : ""}`;
  };
  const rows = CHECKS.map((check) => `| \`${check.id}\` | ${names.map((name) => describe(presets[name]!, check.id)).join(" | ")} |`);
  const vulnerability = (policy: ResolvedPolicy) => {
    const v = policy.vulnerabilities;
    const max =
      Object.entries(v.max)
        .map(([severity, count]) => `${severity} ≤ ${count}`)
        .join(", ") || "unlimited";
    const block = [
      v.block.kev ? "CISA KEV" : "",
      v.block.exploitAvailable ? "known exploit" : "",
      v.block.epss !== undefined ? `EPSS ≥ ${v.block.epss}` : "",
    ].filter(Boolean);
    return `${max}; ${v.fixableOnly ? "fixable only" : "fixable and unfixable"}; ${block.length > 0 ? `always blocks: ${block.join(", ")}; ` : ""}unavailable results: ${v.onUnavailable}; sources: ${v.sources.join(", ") || "none until you enable them"}`;
  };
  return [
    `| check | ${names.join(" | ")} |`,
    `|---|${names.map(() => "---").join("|")}|`,
    ...rows,
    `| vulnerabilities | ${names.map((name) => vulnerability(presets[name]!)).join(" | ")} |`,
  ].join("\n");
}
