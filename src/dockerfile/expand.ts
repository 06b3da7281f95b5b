/**
 * Dockerfile word processing as BuildKit does it for FROM, ENV, ARG, LABEL, USER and friends:
 * quotes, the escape character, and `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?msg}`.
 */

/** Returns the variable's value, or undefined when it is not set. */
export type Lookup = (name: string) => string | undefined;

export interface Expansion {
  value: string;
  /** Variables that were referenced without a value and without a default. */
  missing: string[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Expands one Dockerfile word (quotes removed, escapes applied, variables substituted). */
export function expandWord(text: string, lookup: Lookup, escape = "\\"): Expansion {
  const missing = new Set<string>();
  let i = 0;
  const n = text.length;

  const readName = (): string => {
    const start = i;
    if (i < n && NAME_START.test(text[i]!)) {
      i++;
      while (i < n && NAME_CHAR.test(text[i]!)) i++;
    }
    return text.slice(start, i);
  };

  const variable = (): string => {
    // text[i] === "$"
    const next = text[i + 1];
    if (next === "{") {
      const dollar = i;
      i += 2;
      const name = readName();
      if (name === "") {
        i = dollar + 1;
        return "$";
      }
      const value = lookup(name);
      if (text[i] === "}") {
        i++;
        if (value === undefined) missing.add(name);
        return value ?? "";
      }
      const op = [":-", ":+", ":?", "-", "+", "?"].find((candidate) => text.startsWith(candidate, i));
      if (op === undefined) {
        // Pattern modifiers (${VAR#x}, ${VAR%x}, ${VAR/x/y}): keep the value, skip the modifier.
        const close = text.indexOf("}", i);
        i = close === -1 ? n : close + 1;
        if (value === undefined) missing.add(name);
        return value ?? "";
      }
      i += op.length;
      const word = parseUntil("}");
      if (text[i] === "}") i++;
      const unsetOrEmpty = value === undefined || value === "";
      switch (op) {
        case ":-":
          return unsetOrEmpty ? word : value;
        case "-":
          return value === undefined ? word : value;
        case ":+":
          return unsetOrEmpty ? "" : word;
        case "+":
          return value === undefined ? "" : word;
        default: // ":?" and "?": BuildKit fails the build when unset; we record it as missing.
          if (op === ":?" ? unsetOrEmpty : value === undefined) {
            missing.add(name);
            return "";
          }
          return value!;
      }
    }
    if (next !== undefined && NAME_START.test(next)) {
      i++;
      const name = readName();
      const value = lookup(name);
      if (value === undefined) missing.add(name);
      return value ?? "";
    }
    i++;
    return "$";
  };

  const parseUntil = (end: string | undefined): string => {
    let out = "";
    while (i < n) {
      const c = text[i]!;
      if (end !== undefined && c === end) return out;
      if (c === escape) {
        const following = text[i + 1];
        if (following === undefined) {
          out += c;
          i++;
        } else if (following === "\n") {
          i += 2;
        } else if (following === "\r" && text[i + 2] === "\n") {
          i += 3;
        } else {
          out += following;
          i += 2;
        }
        continue;
      }
      if (c === "'") {
        const close = text.indexOf("'", i + 1);
        out += close === -1 ? text.slice(i + 1) : text.slice(i + 1, close);
        i = close === -1 ? n : close + 1;
        continue;
      }
      if (c === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          const d = text[i]!;
          if (d === escape && i + 1 < n && ['"', "$", escape].includes(text[i + 1]!)) {
            out += text[i + 1];
            i += 2;
          } else if (d === "$") {
            out += variable();
          } else {
            out += d;
            i++;
          }
        }
        i++;
        continue;
      }
      if (c === "$") {
        out += variable();
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };

  const value = parseUntil(undefined);
  return { value, missing: [...missing] };
}

/** True when the text refers to a variable anywhere ($X, ${X}). */
export function referencesVariable(text: string): boolean {
  return /\$(?:\{[A-Za-z_]|[A-Za-z_])/.test(text);
}
