/**
 * Key/value pairs around a keyword, in any of the syntaxes configuration is written in: shell and
 * .env (`KEY=value`, `export KEY=value`), INI and TOML (`key = value`), YAML (`key: value`), JSON
 * (`"key": "value"`), Java .properties (`a.b.password=value`), XML (`<password>value</password>`,
 * `password="value"`, `<add key="DbPassword" value="..."/>`), PHP (`define('DB_PASSWORD', '...')`,
 * `$cfg['password'] = '...'`), Python (`SECRET_KEY = '...'`), Terraform .tfvars, and query or
 * connection strings (`?user=a&password=b`, `Server=x;Password=y;`).
 *
 * The reader starts from a keyword occurrence, reads the key around it and the value after it; it
 * never goes back over text it has read, so a text is read in linear time however many keys it has.
 */

import { isSecretName } from "./names.ts";

export interface Assignment {
  key: string;
  value: string;
  /** Offset of the value in the text. */
  index: number;
  /** The value was a quoted string literal. */
  quoted: boolean;
}

const MAX_KEY = 120;
const MAX_VALUE = 1000;

function isKeyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46;
}

const isDotOrDash = (code: number) => code === 46 || code === 45;

/** Characters that end an unquoted value. */
function endsBareValue(code: number): boolean {
  // whitespace " ' ` , ; & < > ( ) { } [ ] |
  return (
    code <= 32 ||
    code === 34 ||
    code === 39 ||
    code === 96 ||
    code === 44 ||
    code === 59 ||
    code === 38 ||
    code === 60 ||
    code === 62 ||
    code === 40 ||
    code === 41 ||
    code === 123 ||
    code === 125 ||
    code === 91 ||
    code === 93 ||
    code === 124
  );
}

function skipBlanks(text: string, index: number): number {
  while (index < text.length && (text[index] === " " || text[index] === "\t")) index++;
  return index;
}

/** A quoted string starting at `index` (the quote), on one line; undefined when unterminated. */
function readQuoted(text: string, index: number): { value: string; end: number } | undefined {
  const quote = text[index]!;
  let value = "";
  for (let i = index + 1; i < text.length && i - index <= MAX_VALUE; i++) {
    const char = text[i]!;
    if (char === "\n") return undefined;
    if (char === "\\" && quote !== "'" && i + 1 < text.length) {
      const next = text[i + 1]!;
      value += next === "n" ? "\n" : next;
      i++;
      continue;
    }
    if (char === quote) return { value, end: i + 1 };
    value += char;
  }
  return undefined;
}

/** Reads the value that starts at `index`: quoted, up to `</` for XML elements, or bare. */
function readValue(text: string, index: number, untilTag: boolean): { value: string; index: number; end: number; quoted: boolean } | undefined {
  const first = text[index];
  if (first === undefined) return undefined;
  if (!untilTag && (first === '"' || first === "'" || first === "`")) {
    const quoted = readQuoted(text, index);
    return quoted ? { value: quoted.value, index: index + 1, end: quoted.end, quoted: true } : undefined;
  }
  let end = index;
  if (untilTag) {
    while (end < text.length && end - index < MAX_VALUE && text[end] !== "<" && text[end] !== "\n") end++;
  } else {
    while (end < text.length && end - index < MAX_VALUE && !endsBareValue(text.charCodeAt(end))) end++;
  }
  if (end === index) return undefined;
  return { value: text.slice(index, end).trim(), index, end, quoted: false };
}

/**
 * The assignment whose key contains the keyword at `at`, or undefined. `from` is where reading
 * may start (text before it was already read); the result's `end` is where the next read starts.
 */
function assignmentAt(text: string, at: number, from: number): { assignment?: Assignment; end: number } {
  let start = at;
  while (start > from && at - start < MAX_KEY && isKeyChar(text.charCodeAt(start - 1))) start--;
  let keyEnd = at;
  while (keyEnd < text.length && keyEnd - at < MAX_KEY && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
  if (keyEnd - start >= MAX_KEY) return { end: keyEnd };
  // The key without the dots and dashes it may start or end with.
  let first = start;
  let last = keyEnd;
  while (first < last && isDotOrDash(text.charCodeAt(first))) first++;
  while (last > first && isDotOrDash(text.charCodeAt(last - 1))) last--;
  if (first === last) return { end: keyEnd };
  const key = text.slice(first, last);
  if (!isSecretName(key)) return { end: keyEnd };

  const before = start > 0 ? text[start - 1]! : "";
  let i = keyEnd;
  let quotedKey = false;
  if ((before === '"' || before === "'") && text[i] === before) {
    quotedKey = true;
    i++;
    if (text[i] === "]") i++; // $cfg['password'] = ..., settings["token"] = ...
  }

  // XML element: <password>value</password>
  if (before === "<" && text[i] === ">") {
    const value = readValue(text, i + 1, true);
    if (!value || !text.startsWith("</", value.end)) return { end: i + 1 };
    return { assignment: { key, value: value.value, index: value.index, quoted: true }, end: value.end };
  }

  // The key is the value of a key/name attribute: <add key="DbPassword" value="..."/>, <entry key="password">value</entry>
  if (quotedKey && /(?:key|name)\s{0,5}=\s{0,5}$/i.test(text.slice(Math.max(0, start - 12), start - 1))) {
    const attribute = /^\s{1,20}value\s{0,5}=\s{0,5}(?=["'])/i.exec(text.slice(i, i + 40));
    if (attribute) {
      const value = readValue(text, i + attribute[0].length, false);
      if (!value) return { end: i };
      return { assignment: { key, value: value.value, index: value.index, quoted: value.quoted }, end: value.end };
    }
    if (text[i] === ">") {
      const value = readValue(text, i + 1, true);
      if (!value || !text.startsWith("</", value.end)) return { end: i + 1 };
      return { assignment: { key, value: value.value, index: value.index, quoted: true }, end: value.end };
    }
  }

  i = skipBlanks(text, i);
  const a = text[i];
  const b = text[i + 1];
  if (a === "=" && b === ">")
    i += 2; // Perl, PHP, Ruby hashes
  else if (a === ":" && b === "=")
    i += 2; // Go, Makefiles
  else if (a === "=" && b !== "=" && b !== "~")
    i += 1; // not a comparison
  else if (a === ":" && b !== ":") i += 1;
  else if (a === "," && quotedKey)
    i += 1; // define('DB_PASSWORD', '...'), ('password', '...')
  else return { end: i };
  i = skipBlanks(text, i);
  const value = readValue(text, i, false);
  if (!value || value.value === "") return { end: i };
  return { assignment: { key, value: value.value, index: value.index, quoted: value.quoted }, end: value.end };
}

/** Assignments to credential-named keys, read from keyword occurrences given in ascending order. */
export function assignmentsAt(text: string, keywordOffsets: Iterable<number>): Assignment[] {
  const found: Assignment[] = [];
  let from = 0;
  for (const at of keywordOffsets) {
    if (at < from) continue;
    const { assignment, end } = assignmentAt(text, at, from);
    if (assignment) found.push(assignment);
    from = Math.max(from, end);
  }
  return found;
}

const KEYWORD = /pass|pw|secret|token|cred|key/gi;

/** Assignments to credential-named keys anywhere in a text (shell, env files, configuration). */
export function findAssignments(text: string): Assignment[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(KEYWORD)) offsets.push(match.index ?? 0);
  return assignmentsAt(text, offsets);
}
