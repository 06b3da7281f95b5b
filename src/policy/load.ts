/**
 * Policy source: finds the policy (file, preset, or the default), follows `extends`, validates
 * every layer against the schema with errors that name the file, line and field, and merges
 * the layers as SPEC §4 says: maps key by key (child wins), lists replace, exceptions add up.
 */

import { existsSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import type * as z from "zod/mini";
import { CHECK_ALIASES, CHECKS } from "../checks/index.ts";
import { GateError, where } from "../errors.ts";
import { readInputFileSync } from "../input-file.ts";
import type { Action, Severity } from "../findings.ts";
import { PRESETS } from "./presets.ts";
import { policySchema, type PolicyDocument } from "./schema.ts";
import { quoteInput } from "../secrets/redact.ts";

export interface PolicyException {
  check: string;
  id?: string;
  path?: string;
  package?: string;
  reason: string;
  expires: string;
  /** The policy file that declared it, and the line. */
  file: string;
  line?: number;
  /** Absolute directory `path` globs are relative to for files outside images: the policy file's (the working directory for presets). */
  dir: string;
}

export interface CheckPolicy {
  action: Action;
  severity?: Severity;
  /** The check's own keys (those its definition declares), as the merged policy sets them. */
  options: Record<string, unknown>;
}

export interface VulnerabilityPolicy {
  sources: Array<"ecr" | "inspector" | "file">;
  max: Partial<Record<Severity, number>>;
  fixableOnly: boolean;
  onUnavailable: "fail" | "warn";
  waitMs: number;
  unknownSeverity: Severity;
  startScan: boolean;
  /** `vulnerabilities.block`: findings that block whatever max and fixable-only say. */
  block: { kev: boolean; exploitAvailable: boolean; epss?: number };
  /** CISA's KEV catalog file (absolute) and how messages name it. */
  kevCatalog?: { file: string; label: string };
  inspectorSuppressions: "honor" | "ignore";
  platforms: "all" | "selected";
}

export interface ScanLimits {
  maxFileBytes: number;
  maxLayerBytes: number;
  /** Entries kept per image (limits.max-entries). */
  maxEntries: number;
  /** limits.idle-timeout: longest silence from a registry or docker save. */
  idleTimeoutMs: number;
  /** limits.read-timeout: time for one registry request (blobs get more for their declared size). */
  readTimeoutMs: number;
}

export interface ResolvedPolicy {
  /** How reports name it: a file path or `preset:<name>`. */
  name: string;
  /** The policy and what it extends, nearest first. */
  chain: string[];
  mode: "enforce" | "audit";
  checks: Record<string, CheckPolicy>;
  vulnerabilities: VulnerabilityPolicy;
  limits: ScanLimits;
  exceptions: PolicyException[];
  /** Things the policy should change but that still work (deprecated check names), one line each. */
  warnings: string[];
  /**
   * Checks no layer of a policy that extends no preset lists: they run with `warn`. Reports say so,
   * since a forgotten `extends` would otherwise weaken a gate without anyone noticing.
   */
  unlistedChecks: string[];
  /** `file:line` of a field (`["checks", "secret", "rules", 0, "regex"]`) in the policy file that set it, for later errors. */
  locate(field: Array<string | number>): string;
}

interface Layer {
  name: string;
  file: string;
  dir: string | undefined;
  document: PolicyDocument;
  lineOf: (fieldPath: Array<string | number>) => number | undefined;
}

const DEFAULT_FILES = [".image-gate.yaml", ".image-gate.yml"];
/** Entries kept per image by default: far more than real images hold, and under 200 MB of memory. */
export const DEFAULT_MAX_ENTRIES = 300_000;
const MAX_EXTENDS_DEPTH = 8;

/** Finds and resolves the policy for a run. `spec` is --policy (a path or a preset name). */
export function loadPolicy(spec: string | undefined, cwd: string): ResolvedPolicy {
  if (spec === undefined) {
    const found = DEFAULT_FILES.map((name) => path.join(cwd, name)).find((candidate) => existsSync(candidate));
    return resolveLayers(found ? readFileLayer(found, cwd) : presetLayer("default"), cwd);
  }
  const candidate = path.resolve(cwd, spec);
  if (existsSync(candidate)) return resolveLayers(readFileLayer(candidate, cwd), cwd);
  if (Object.hasOwn(PRESETS, spec)) return resolveLayers(presetLayer(spec), cwd);
  throw new GateError(`${quoteInput(spec)}: no such policy file, and not a preset (presets: ${Object.keys(PRESETS).join(", ")})`);
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
}

/** Policies hold patterns and exceptions, not data: a megabyte is far more than any needs. */
export const MAX_POLICY_BYTES = 1024 * 1024;

function readFileLayer(file: string, cwd: string): Layer {
  const shown = displayPath(file, cwd);
  const bytes = readInputFileSync(file, { label: shown, noun: "the policy", kind: "a policy file", maxBytes: MAX_POLICY_BYTES });
  if (bytes.includes(0)) throw new GateError(`${shown}: binary content, not a policy file`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GateError(`${shown}: cannot read the policy (not valid UTF-8 text)`);
  }
  return parseLayer(text, shown, path.dirname(file));
}

function presetLayer(name: string): Layer {
  const text = PRESETS[name];
  if (text === undefined) throw new GateError(`extends: unknown preset ${quoteInput(name)} (presets: ${Object.keys(PRESETS).join(", ")})`);
  return parseLayer(text, `preset:${name}`, undefined);
}

/** Parses and validates one policy document. Exported for tests and the schema check. */
export function parseLayer(text: string, file: string, dir: string | undefined): Layer {
  const lineCounter = new YAML.LineCounter();
  const document = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const error = document.errors[0];
  if (error) {
    const line = error.pos ? lineCounter.linePos(error.pos[0]).line : undefined;
    const problem = error.code === "DUPLICATE_KEY" ? "duplicate key" : error.message.split("\n")[0]!.replace(/ at line \d+, column \d+.*$/, "");
    throw new GateError(`${where(file, line)}: invalid YAML: ${problem}`);
  }
  const lineOf = (fieldPath: Array<string | number>): number | undefined => {
    for (let length = fieldPath.length; length >= 0; length--) {
      const node = document.getIn(fieldPath.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) throw new GateError(`${file}: the policy is empty; it needs at least "version: 1"`);
  if (typeof data !== "object" || Array.isArray(data)) throw new GateError(`${where(file, 1)}: expected a mapping with "version: 1" at the top level`);
  const parsed = policySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GateError(`${where(file, lineOf(issuePath(issue)))}: ${describeIssue(issue, data)}`);
  }
  return { name: file, file, dir, document: renameAliases(parsed.data, file, lineOf), lineOf };
}

/**
 * Deprecated check names become the check that replaced them (a layer that also names the new
 * check keeps its own settings), each use noted once as a warning with its file and line.
 */
function renameAliases(document: PolicyDocument, file: string, lineOf: Layer["lineOf"]): PolicyDocument & { warnings?: string[] } {
  const warnings: string[] = [];
  const checks = { ...(document.checks as Record<string, unknown> | undefined) };
  for (const [alias, target] of Object.entries(CHECK_ALIASES)) {
    if (!(alias in checks)) continue;
    warnings.push(`${where(file, lineOf(["checks", alias]))}: checks.${alias} is deprecated; it now configures ${target} (rename the key)`);
    if (!(target in checks)) checks[target] = checks[alias];
    delete checks[alias];
  }
  // oxlint-disable-next-line no-map-spread -- copies leave the parsed document unchanged; a policy has a handful of exceptions
  const exceptions = (document.exceptions ?? []).map((exception, index) => {
    const target = CHECK_ALIASES[exception.check];
    if (target === undefined) return exception;
    warnings.push(`${where(file, lineOf(["exceptions", index, "check"]))}: exception check ${exception.check} is deprecated; it now applies to ${target}`);
    // add-remote-url's only rule was called unverified-download; the rule is now no-checksum.
    return { ...exception, check: target, ...(exception.id === "unverified-download" ? { id: "no-checksum" } : {}) };
  });
  if (warnings.length === 0) return document;
  return { ...document, ...(document.checks ? { checks: checks as PolicyDocument["checks"] } : {}), ...(document.exceptions ? { exceptions } : {}), warnings };
}

function issuePath(issue: z.core.$ZodIssue): Array<string | number> {
  const base = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
  return issue.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...base, issue.keys[0]] : base;
}

function fieldName(parts: Array<string | number>): string {
  return parts.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`), "");
}

function valueAt(data: unknown, parts: Array<string | number>): unknown {
  let value = data;
  for (const part of parts) value = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${typeof value === "string" ? quoteInput(value, 40) : (JSON.stringify(value) ?? "").slice(0, 40)}`;
}

/** Edit distance, for "did you mean" on unknown keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const parts = issuePath(issue);
  const field = fieldName(parts) || "(top level)";
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const allowed = knownKeys(issue.path.map(String));
      const closest = allowed.map((name) => ({ name, cost: distance(key, name) })).sort((a, b) => a.cost - b.cost)[0];
      const hint = closest && closest.cost <= 3 ? ` (did you mean "${closest.name}"?)` : allowed.length > 0 ? ` (expected one of: ${allowed.join(", ")})` : "";
      return `${field}: unknown key${hint}`;
    }
    case "invalid_value": {
      const expected = issue.values.map((value) => JSON.stringify(value)).join(" or ");
      const value = valueAt(data, parts);
      return value === undefined ? `${field}: required (expected ${expected})` : `${field}: expected ${expected}, got ${typeName(value)}`;
    }
    case "invalid_type": {
      const value = valueAt(data, parts);
      return value === undefined ? `${field}: required (expected ${issue.expected})` : `${field}: expected ${issue.expected}, got ${typeName(value)}`;
    }
    default:
      return `${field}: ${issue.message}`;
  }
}

/** The schema inside optional and default wrappers. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  while (current && "innerType" in current._zod.def) current = (current._zod.def as { innerType: z.core.$ZodType }).innerType;
  return current;
}

/** Keys the schema allows at a path of the policy (for suggestions), read from the schema itself. */
function knownKeys(parts: string[]): string[] {
  let schema = unwrap(policySchema);
  for (const part of parts) {
    const def = schema?._zod.def;
    if (def?.type === "object") schema = unwrap((def as z.core.$ZodObjectDef).shape[part]);
    else if (def?.type === "array") schema = unwrap((def as z.core.$ZodArrayDef).element);
    else return [];
  }
  const def = schema?._zod.def;
  return def?.type === "object" ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

function resolveExtends(layer: Layer, cwd: string): Layer {
  const target = layer.document.extends!;
  if (Object.hasOwn(PRESETS, target)) return presetLayer(target);
  if (layer.dir === undefined) throw new GateError(`${layer.file}: extends ${quoteInput(target)} is not a preset`);
  const file = path.resolve(layer.dir, target);
  if (!existsSync(file)) {
    throw new GateError(
      `${where(layer.file, layer.lineOf(["extends"]))}: extends ${quoteInput(target)}: no such file, and not a preset (presets: ${Object.keys(PRESETS).join(", ")})`,
    );
  }
  return readFileLayer(file, cwd);
}

function resolveLayers(leaf: Layer, cwd: string): ResolvedPolicy {
  const listed = new Set<string>();
  const layers: Layer[] = [leaf];
  for (let layer = leaf; layer.document.extends !== undefined;) {
    const parent = resolveExtends(layer, cwd);
    if (layers.some((seen) => seen.name === parent.name)) {
      throw new GateError(`${where(layer.file, layer.lineOf(["extends"]))}: extends ${quoteInput(layer.document.extends ?? "")} makes a cycle`);
    }
    if (layers.length > MAX_EXTENDS_DEPTH) throw new GateError(`${leaf.file}: extends is nested more than ${MAX_EXTENDS_DEPTH} deep`);
    layers.push(parent);
    layer = parent;
  }

  // Merge from the base-most layer up to the leaf: the child wins key by key.
  let mode: ResolvedPolicy["mode"] | undefined;
  const checks: Record<string, Record<string, unknown>> = {};
  const vulnerabilities: Record<string, unknown> = {};
  const max: Record<string, number> = {};
  const block: Record<string, unknown> = {};
  let kevCatalog: VulnerabilityPolicy["kevCatalog"];
  const limits: { "max-file-size"?: string; "max-layer-size"?: string; "max-entries"?: number; "idle-timeout"?: string; "read-timeout"?: string } = {};
  const exceptions: PolicyException[] = [];
  const warnings: string[] = [];
  // Which layer set each check option, so that later errors about it can name the file and line.
  const origins = new Map<string, Layer>();
  for (const layer of [...layers].reverse()) {
    const document = layer.document;
    warnings.push(...((document as { warnings?: string[] }).warnings ?? []));
    mode = document.mode ?? mode;
    for (const [id, settings] of Object.entries(document.checks ?? {})) {
      listed.add(id);
      // Files a check reads are relative to the policy that names them (the working directory for presets).
      const check = CHECKS.find((candidate) => candidate.id === id);
      const dir = layer.dir ?? cwd;
      const own = check?.resolveFiles ? check.resolveFiles(settings as Record<string, unknown>, (file) => path.resolve(dir, file)) : settings;
      const merged: Record<string, unknown> = { ...checks[id], ...(own as Record<string, unknown>) };
      // ranges is a map: it merges key by key like the rest of the policy.
      const ranges = (own as { ranges?: Record<string, string> }).ranges;
      if (ranges && checks[id]?.ranges) merged.ranges = { ...(checks[id].ranges as Record<string, string>), ...ranges };
      checks[id] = merged;
      for (const key of Object.keys(settings as Record<string, unknown>)) origins.set(`${id}\u0000${key}`, layer);
    }
    const { max: layerMax, block: layerBlock, "kev-catalog": layerCatalog, ...rest } = document.vulnerabilities ?? {};
    Object.assign(vulnerabilities, rest);
    if (layerMax) Object.assign(max, layerMax);
    if (layerBlock) Object.assign(block, layerBlock);
    // Files a policy names are relative to that policy's directory (presets: the working directory).
    if (layerCatalog !== undefined) {
      const file = path.resolve(layer.dir ?? cwd, layerCatalog);
      kevCatalog = { file, label: displayPath(file, cwd) };
    }
    Object.assign(limits, document.limits ?? {});
    (document.exceptions ?? []).forEach((exception, index) => {
      const entry: PolicyException = { ...exception, file: layer.file, dir: layer.dir ?? cwd };
      const line = layer.lineOf(["exceptions", index]);
      if (line !== undefined) entry.line = line;
      exceptions.push(entry);
    });
  }

  const resolvedChecks: Record<string, CheckPolicy> = {};
  for (const check of CHECKS) {
    const { action, severity, ...options } = checks[check.id] ?? {};
    const resolved: CheckPolicy = {
      // Vulnerabilities block only past vulnerabilities.max, so their check defaults to fail;
      // checks that reach a registry or AWS run only when a policy lists them.
      action: (action as Action | undefined) ?? (check.id === "vulnerability" ? "fail" : check.network && !listed.has(check.id) ? "off" : "warn"),
      options,
    };
    if (severity !== undefined) resolved.severity = severity as Severity;
    const problem = resolved.action === "off" ? undefined : check.problemWhenOn?.(options);
    if (problem !== undefined) throw new GateError(`${leaf.file}: checks.${check.id}.${problem.field}: ${problem.message}`);
    resolvedChecks[check.id] = resolved;
  }

  // Presets are the only layers without a directory; a chain that ends in a file starts from nothing.
  const startsFromPreset = layers[layers.length - 1]!.dir === undefined;
  return {
    name: leaf.name,
    chain: layers.map((layer) => layer.name),
    // Unlisted checks that reach registries or AWS do not run at all, so they do not only warn.
    unlistedChecks: startsFromPreset ? [] : CHECKS.filter((check) => !check.network && checks[check.id] === undefined).map((check) => check.id),
    mode: mode ?? "enforce",
    checks: resolvedChecks,
    vulnerabilities: {
      sources: (vulnerabilities.sources as VulnerabilityPolicy["sources"] | undefined) ?? [],
      max,
      fixableOnly: (vulnerabilities["fixable-only"] as boolean | undefined) ?? false,
      onUnavailable: (vulnerabilities["on-unavailable"] as "fail" | "warn" | undefined) ?? "fail",
      waitMs: parseDuration((vulnerabilities.wait as string | undefined) ?? "10m"),
      unknownSeverity: (vulnerabilities["unknown-severity"] as Severity | undefined) ?? "high",
      startScan: (vulnerabilities["start-scan"] as boolean | undefined) ?? false,
      block: {
        kev: (block.kev as boolean | undefined) ?? false,
        exploitAvailable: (block["exploit-available"] as boolean | undefined) ?? false,
        ...(block.epss !== undefined ? { epss: block.epss as number } : {}),
      },
      ...(kevCatalog ? { kevCatalog } : {}),
      inspectorSuppressions: (vulnerabilities["inspector-suppressions"] as "honor" | "ignore" | undefined) ?? "honor",
      platforms: (vulnerabilities.platforms as "all" | "selected" | undefined) ?? "all",
    },
    limits: {
      maxFileBytes: parseSize(limits["max-file-size"] ?? "256MiB"),
      maxLayerBytes: parseSize(limits["max-layer-size"] ?? "16GiB"),
      maxEntries: limits["max-entries"] ?? DEFAULT_MAX_ENTRIES,
      idleTimeoutMs: parseDuration(limits["idle-timeout"] ?? "30s"),
      readTimeoutMs: parseDuration(limits["read-timeout"] ?? "2m"),
    },
    exceptions,
    warnings,
    locate(field) {
      const layer = field[0] === "checks" ? origins.get(`${field[1]}\u0000${field[2]}`) : undefined;
      return layer ? where(layer.file, layer.lineOf(field)) : leaf.file;
    },
  };
}

/** "10MiB", "2GB", "512B" to bytes. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/.exec(text);
  if (!match) throw new GateError(`invalid size ${quoteInput(text)}`);
  const units: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };
  return Math.floor(Number(match[1]) * units[match[2]!]!);
}

/** "30s", "10m", "1h", "500ms" to milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!match) throw new GateError(`invalid duration ${quoteInput(text)}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
  return Number(match[1]) * unit;
}
