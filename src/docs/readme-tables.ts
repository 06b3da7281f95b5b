/** The README's check and preset tables, generated from the checks and presets themselves. */

import type { ResolvedPolicy } from "../policy/load.ts";
import { imageNeedsOf } from "../checks/image-needs.ts";
import { CHECKS, CORE_CHECKS } from "../checks/index.ts";
import { PRESET_NAMES, type PresetName } from "../checks/types.ts";

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** Markdown: one row per check with its default severity, what it finds and its references. */
export function checksTable(): string {
  const rows = CHECKS.map(
    (check) =>
      `| \`${check.id}\`${CORE_CHECKS.has(check.id) ? " (core)" : ""} | ${check.severity} | ${cell(check.title)}: ${cell(check.rationale)} | ${cell(check.remediation)} | ${cell(check.references.join("; "))} |`,
  );
  return ["| check | severity | what and why | remediation | references |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** An option value as a table cell says it: flags by name, lists by size, the rest as written. */
function describeOption(key: string, value: unknown): string | undefined {
  if (value === false || value === undefined || (Array.isArray(value) && value.length === 0)) return undefined;
  if (value === true) return key;
  if (Array.isArray(value)) return `${key}: ${value.length}`;
  return `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`;
}

/** Markdown: what each preset does, check by check, and why. */
export function presetsTable(presets: Record<string, ResolvedPolicy>): string {
  const names = Object.keys(presets);
  const describe = (policy: ResolvedPolicy, id: string) => {
    const settings = policy.checks[id]!;
    const extras = Object.entries(settings.options)
      .map(([key, value]) => describeOption(key, value))
      .filter((text): text is string => text !== undefined);
    return `${settings.action}${extras.length > 0 ? ` (${extras.join(", ")})` : ""}`;
  };
  const why = (id: string) => {
    const check = CHECKS.find((candidate) => candidate.id === id)!;
    return PRESET_NAMES.filter((name: PresetName) => check.presets[name].why)
      .map((name: PresetName) => `${name}: ${cell(check.presets[name].why!)}`)
      .join(" ");
  };
  const rows = CHECKS.map((check) => `| \`${check.id}\` | ${names.map((name) => describe(presets[name]!, check.id)).join(" | ")} | ${why(check.id)} |`);
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
    `| check | ${names.join(" | ")} | why |`,
    `|---|${names.map(() => "---").join("|")}|---|`,
    ...rows,
    `| vulnerabilities | ${names.map((name) => vulnerability(presets[name]!)).join(" | ")} | |`,
  ].join("\n");
}

/** Markdown: what each check reads of an image's layers and config, from its own `imageNeeds` (with the default preset's options). */
export function imageNeedsTable(): string {
  const yes = (flag: boolean | undefined) => (flag ? "yes" : "");
  const rows = CHECKS.filter((check) => check.imageNeeds !== undefined).map((check) => {
    const needs = imageNeedsOf(check, check.presets.default.options ?? {})!;
    const files = [...new Set((needs.files ?? []).map((file) => file.why))].join("; ");
    const config = (needs.config ?? []).map((field) => `\`${field}\``).join(", ");
    return `| \`${check.id}\` | ${yes(needs.credentials)} | ${yes(needs.entries)} | ${cell(files)} | ${config} |`;
  });
  return [
    "| check | every file's contents, scanned for credentials | the entry list (paths, modes, owners, links, whiteouts) | files captured whole | config fields |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
