/**
 * What BuildKit refuses to build, refused here too (exit 2 with the line), so the gate never judges
 * a Dockerfile Docker would reject: instructions missing required arguments, unknown flags, values
 * Docker cannot parse (ports, signals, health-check durations) and malformed exec-form arrays.
 * Values that still hold a variable without a value are left alone: a build argument may set them.
 */

import type { Property as AstProperty } from "dockerfile-ast";
import type { Expansion } from "./expand.ts";
import type { DockerfileInstruction } from "./model.ts";
import { quoteInput } from "../secrets/redact.ts";

/** Flags each instruction accepts (BuildKit's, labs channel included). */
const FLAGS: Readonly<Record<string, readonly string[]>> = {
  FROM: ["platform"],
  ADD: ["chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"],
  COPY: ["from", "chown", "chmod", "link", "parents", "exclude"],
  RUN: ["mount", "network", "security", "device"],
  HEALTHCHECK: ["interval", "timeout", "start-period", "start-interval", "retries"],
};

/** Instructions whose arguments BuildKit reads as a JSON array when they start with `[`. */
const JSON_FORM = new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "HEALTHCHECK", "ADD", "COPY", "VOLUME"]);

/** Linux signal names Docker's STOPSIGNAL accepts (with or without SIG). */
const SIGNALS = new Set(
  "ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX".split(
    " ",
  ),
);

export interface ValidationInput {
  instruction: DockerfileInstruction;
  /** ENV, LABEL and ARG name/value pairs as dockerfile-ast read them. */
  properties: AstProperty[];
  /** Expands stage variables (for EXPOSE and STOPSIGNAL, which Docker expands before parsing). */
  expand: (text: string) => Expansion;
}

/** The reason BuildKit would refuse the instruction, or undefined when it builds. */
export function refusal({ instruction, properties, expand }: ValidationInput): string | undefined {
  const { keyword, args } = instruction;
  const text = args.trim();
  const accepted = FLAGS[keyword];
  if (accepted) {
    const unknown = instruction.flags.find((flag) => !accepted.includes(flag.name));
    if (unknown) return `${keyword} has an unknown flag --${unknown.name} (${keyword} takes ${accepted.map((name) => `--${name}`).join(", ")})`;
  }
  if (JSON_FORM.has(keyword) && text.startsWith("[")) {
    const problem = jsonFormProblem(text);
    if (problem) return `${keyword}: ${problem}`;
  }
  switch (keyword) {
    case "ADD":
    case "COPY": {
      const words = instruction.json ?? execFormArray(text) ?? splitWords(text);
      if (words.length < 2) return `${keyword} needs a source and a destination, but only ${words.length === 0 ? "nothing was" : "one argument was"} given`;
      if (/^<<-?["']?[A-Za-z_]/.test(words[words.length - 1]!)) return `${keyword} cannot take a heredoc as its destination`;
      return undefined;
    }
    case "USER":
    case "WORKDIR":
    case "MAINTAINER":
      return text === "" ? `${keyword} needs exactly one argument, got none` : undefined;
    case "STOPSIGNAL": {
      if (text === "") return "STOPSIGNAL needs exactly one argument (a signal such as SIGTERM or 15), got none";
      if (splitWords(text).length > 1) return `STOPSIGNAL needs exactly one argument, got ${quoteInput(text)}`;
      const { value, missing } = expand(text);
      if (missing.length > 0 || isSignal(value)) return undefined;
      return `STOPSIGNAL ${quoteInput(value, 40)} is not a signal (a name such as SIGTERM or a number such as 15)`;
    }
    case "EXPOSE": {
      if (text === "") return "EXPOSE needs at least one port";
      for (const word of splitWords(text)) {
        const { value, missing } = expand(word);
        if (missing.length > 0) continue;
        for (const port of value.split(/\s+/).filter(Boolean)) {
          const problem = portProblem(port);
          if (problem) return `EXPOSE ${quoteInput(port, 40)} is not a port: ${problem} (expected PORT[/tcp|udp|sctp] or a range such as 8000-8010)`;
        }
      }
      return undefined;
    }
    case "ENV":
    case "LABEL":
      return pairsProblem(keyword, text, properties);
    case "ARG":
      if (properties.length === 0) return "ARG needs at least one name";
      return properties.some((property) => property.getName() === "") ? "ARG names can not be blank" : undefined;
    case "VOLUME": {
      if (text === "") return "VOLUME needs at least one path";
      const list = execFormArray(text);
      return list?.some((item) => item.trim() === "")
        ? "VOLUME paths can not be empty strings"
        : list?.length === 0
          ? "VOLUME needs at least one path"
          : undefined;
    }
    case "SHELL": {
      const list = execFormArray(text);
      if (list === undefined) return `SHELL must be written as a JSON array, such as SHELL ["/bin/sh", "-c"]`;
      return list.length === 0 ? "SHELL needs at least one argument" : undefined;
    }
    case "HEALTHCHECK":
      return healthcheckProblem(instruction, text);
    case "ONBUILD": {
      if (text === "") return "ONBUILD needs an instruction to run later";
      const trigger = text.split(/\s+/, 1)[0]!.toUpperCase();
      if (trigger === "ONBUILD") return "ONBUILD ONBUILD is not allowed";
      if (trigger === "FROM" || trigger === "MAINTAINER") return `${trigger} is not allowed as an ONBUILD trigger`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Whitespace-separated words, as BuildKit splits EXPOSE, FROM, ADD and COPY arguments. */
function splitWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A JSON array of strings, or undefined when the text is not JSON at all (then Docker reads the shell form). */
function execFormArray(text: string): string[] | undefined {
  if (!text.startsWith("[")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** BuildKit reads `[...]` as JSON when it parses; an array with something other than strings is an error. */
function jsonFormProblem(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(parsed) && !parsed.every((item) => typeof item === "string")) return "a JSON array must hold strings only";
  return undefined;
}

function isSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) > 0 && Number(value) <= 0xffffffff;
  const name = value.toUpperCase().replace(/^SIG/, "");
  if (SIGNALS.has(name)) return true;
  return /^RTMIN\+([1-9]|1[0-5])$|^RTMAX-([1-9]|1[0-4])$/.test(name);
}

/** Docker's port spec: [[IP:]HOST_PORT:]PORT[-END][/PROTO]; the reason it does not parse. */
function portProblem(spec: string): string | undefined {
  const parts = spec.split(":");
  const container = parts[parts.length - 1]!;
  const [range, proto] = container.split("/", 2) as [string, string | undefined];
  if (range === "") return "no port number";
  if (proto !== undefined && !["tcp", "udp", "sctp", ""].includes(proto.toLowerCase())) return `unknown protocol ${quoteInput(proto, 20)}`;
  const rangeProblem = (text: string): string | undefined => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(text);
    if (!match) return `${quoteInput(text, 30)} is not a number`;
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start > 65535 || end > 65535) return "ports go from 0 to 65535";
    return end < start ? `the range ${text} ends before it starts` : undefined;
  };
  const containerProblem = rangeProblem(range);
  if (containerProblem) return containerProblem;
  if (parts.length >= 2 && parts[parts.length - 2] !== "") return rangeProblem(parts[parts.length - 2]!);
  return undefined;
}

/** ENV and LABEL: `name=value` pairs, or the legacy `NAME value` form with exactly one name. */
function pairsProblem(keyword: string, text: string, properties: AstProperty[]): string | undefined {
  if (text === "" || properties.length === 0) return `${keyword} needs at least one name=value pair`;
  if (properties.some((property) => property.getName() === "")) return `${keyword} names can not be blank`;
  const valueless = properties.find((property) => property.getValue() === null);
  if (!valueless) return undefined;
  if (properties.length === 1 && !text.split(/\s+/, 1)[0]!.includes("="))
    return `${keyword} ${valueless.getName()} has no value (write ${valueless.getName()}=VALUE)`;
  return `${keyword}: ${quoteInput(valueless.getName(), 40)} has no "=" (every item must be name=value)`;
}

/** Go's time.ParseDuration, as Docker reads health-check intervals: "30s", "1m30s", "500ms". */
function goDurationMs(text: string): number | undefined {
  if (text === "0") return 0;
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const pattern = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return undefined;
    total += Number(match[1]) * units[match[2]!]!;
    at = pattern.lastIndex;
  }
  return at === 0 ? undefined : total;
}

function healthcheckProblem(instruction: DockerfileInstruction, text: string): string | undefined {
  if (text === "") return "HEALTHCHECK needs CMD <command> or NONE";
  const [type = "", ...rest] = text.split(/\s+/);
  if (type.toUpperCase() === "NONE") return rest.length > 0 ? "HEALTHCHECK NONE takes no arguments" : undefined;
  if (type.toUpperCase() !== "CMD") return `HEALTHCHECK type ${quoteInput(type, 20)} is unknown (try CMD)`;
  const command = text.slice(type.length).trim();
  if (command === "" || command === "[]") return "HEALTHCHECK CMD needs a command";
  if (command.startsWith("[")) {
    const problem = jsonFormProblem(command);
    if (problem) return `HEALTHCHECK: ${problem}`;
  }
  for (const flag of instruction.flags) {
    if (flag.value === null || flag.value === "") continue;
    if (flag.name === "retries") {
      if (!/^-?\d+$/.test(flag.value)) return `HEALTHCHECK --retries ${quoteInput(flag.value, 30)} is not a whole number`;
      if (Number(flag.value) < 0) return `HEALTHCHECK --retries can not be negative (${flag.value})`;
      continue;
    }
    const ms = goDurationMs(flag.value);
    if (ms === undefined) return `HEALTHCHECK --${flag.name} ${quoteInput(flag.value, 30)} is not a duration (such as 30s or 1m30s)`;
    if (ms !== 0 && ms < 1) return `HEALTHCHECK --${flag.name} can not be less than 1ms`;
  }
  return undefined;
}
