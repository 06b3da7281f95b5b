/**
 * The built-in presets. Each check declares its own stance in every preset (action, options and
 * why); the rest of a preset (mode, vulnerabilities, limits) is written here. policies/<name>.yaml
 * is generated from this by `npm run build`, for people to read and for editors; a test keeps the
 * files in step.
 */

import YAML from "yaml";
import { CHECKS } from "../checks/index.ts";
import { PRESET_NAMES, type PresetName } from "../checks/types.ts";

interface PresetRest {
  /** Comment lines at the top of the file: what the preset is for. */
  about: string[];
  vulnerabilities: Array<[key: string, value: unknown, comment?: string]>;
  limits: Array<[key: string, value: unknown, comment?: string]>;
}

const LIMITS: PresetRest["limits"] = [
  [
    "max-file-size",
    "256MiB",
    "Credentials are looked for in each file's first max-file-size bytes, and in each layer's first max-layer-size bytes once unpacked; what lies beyond is reported by unscanned-content.",
  ],
  ["max-layer-size", "16GiB"],
];

const REST: Record<PresetName, PresetRest> = {
  default: {
    about: [
      "The default preset: what a team gets before it writes any policy.",
      "Blocks what is almost never acceptable in a production image and warns on the rest.",
    ],
    vulnerabilities: [
      ["sources", [], "No scan source is on by default; turn on ecr, inspector or file."],
      ["max", { critical: 0, high: 0 }],
      ["fixable-only", true],
      ["on-unavailable", "fail"],
      ["wait", "10m"],
      ["block", { kev: true }, "A vulnerability in CISA's Known Exploited Vulnerabilities catalog blocks whatever its severity."],
      ["inspector-suppressions", "honor", "Findings an Amazon Inspector suppression rule matched are reported as suppressed."],
      ["platforms", "all", "A multi-platform tag in ECR: every platform image is gated."],
    ],
    limits: LIMITS,
  },
  strict: {
    about: [
      "The strict preset: for production images of regulated workloads. Every base image is pinned by",
      "digest and comes from a trusted source, every hardening check blocks, and unfixable",
      "vulnerabilities count too. Extend it and list your trusted registries.",
    ],
    vulnerabilities: [
      ["sources", [], "No scan source is on by default; turn on ecr, inspector or file."],
      ["max", { critical: 0, high: 0 }],
      ["fixable-only", false],
      ["on-unavailable", "fail"],
      ["wait", "10m"],
      ["block", { kev: true, "exploit-available": true }, "Known exploited, and publicly exploitable, vulnerabilities block whatever their severity."],
      ["inspector-suppressions", "honor"],
      ["platforms", "all"],
    ],
    limits: LIMITS,
  },
};

/** A YAML flow value; JSON is valid YAML, and plain words read better where they are safe. */
function flow(value: unknown): string {
  if (typeof value === "string" && /^[A-Za-z0-9][\w.-]*$/.test(value) && YAML.parse(value) === value) return value;
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${flow(inner)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** Comment lines of at most about 100 characters. */
function comment(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + 2 + line.length + 1 + word.length > 100) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(`${indent}# ${line}`);
  return lines;
}

/** The preset as a policy file: generated from the checks' stances and the preset's own settings. */
export function presetYaml(name: PresetName): string {
  const rest = REST[name];
  const lines = [
    "# yaml-language-server: $schema=./schema.json",
    ...rest.about.flatMap((line) => comment(line, "")),
    "# Generated from the checks' own stances (src/checks/*.ts) by npm run build; do not edit by hand.",
    "version: 1",
    "mode: enforce",
    "checks:",
  ];
  for (const check of CHECKS) {
    const stance = check.presets[name];
    if (stance.why) lines.push(...comment(stance.why, "  "));
    lines.push(`  ${check.id}: ${flow({ action: stance.action, ...stance.options })}`);
  }
  lines.push("limits:");
  for (const [key, value, note] of rest.limits) {
    if (note) lines.push(...comment(note, "  "));
    lines.push(`  ${key}: ${flow(value)}`);
  }
  lines.push("vulnerabilities:");
  for (const [key, value, note] of rest.vulnerabilities) {
    if (note) lines.push(...comment(note, "  "));
    lines.push(`  ${key}: ${flow(value)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Preset name → policy text, as the loader reads files. */
export const PRESETS: Readonly<Record<string, string>> = Object.fromEntries(PRESET_NAMES.map((name) => [name, presetYaml(name)]));
