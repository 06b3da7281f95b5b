/**
 * The glob dialect of policy files, used for trusted image repositories and exception paths:
 * `*` matches within one path segment (never across `/`), `?` one character of a segment,
 * `**` any number of whole segments (at the end of a pattern: one or more), and a pattern must
 * match the whole text.
 *
 * Patterns come from a repository's own policy file, so matching must not be attackable: a
 * regular expression built from `**` and `*` (nested, repeated quantifiers) backtracks
 * exponentially on a pattern like `**` repeated. Patterns are matched segment by segment
 * instead: the set of text positions reachable after each pattern segment is carried forward, so
 * a match costs at most (pattern length × text length) steps, and patterns are capped in length.
 */

import * as z from "zod/mini";

/** Patterns longer than this are refused by the policy schema and never match. */
const MAX_GLOB_LENGTH = 1024;

/** The check every glob of a policy gets (trusted repositories, exception and allow paths, signer identities). */
export const globLength = () => z.maxLength(MAX_GLOB_LENGTH, `too long: a pattern has at most ${MAX_GLOB_LENGTH} characters`);

type PatternSegment = { kind: "globstar" } | { kind: "literal"; text: string } | { kind: "wildcard"; text: string };

interface CompiledGlob {
  /** The pattern `**` alone: any non-empty text on one line. */
  anything: boolean;
  segments: PatternSegment[];
}

const cache = new Map<string, CompiledGlob>();

function compile(pattern: string): CompiledGlob {
  let compiled = cache.get(pattern);
  if (!compiled) {
    const segments = pattern.split("/").map((text): PatternSegment => {
      if (text === "**") return { kind: "globstar" };
      return /[*?]/.test(text) ? { kind: "wildcard", text } : { kind: "literal", text };
    });
    compiled = { anything: pattern === "**", segments };
    cache.set(pattern, compiled);
  }
  return compiled;
}

/**
 * `*` and `?` within one segment (neither can meet a `/` here): the classic matcher that returns
 * to the last star on a mismatch, at most (pattern × text) steps, never exponential.
 */
function segmentMatches(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || (pattern[p] !== "*" && pattern[p] === text[t]))) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      resume = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

/** True when the whole text matches the pattern. */
export function globMatch(pattern: string, text: string): boolean {
  if (pattern.length > MAX_GLOB_LENGTH) return false;
  const { anything, segments } = compile(pattern);
  if (anything) return /^.+$/.test(text);
  const parts = text.split("/");
  // reachable[j]: the segments matched so far can end just before text segment j.
  let reachable = new Uint8Array(parts.length + 1);
  reachable[0] = 1;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const next = new Uint8Array(parts.length + 1);
    let any = false;
    if (segment.kind === "globstar" && index === segments.length - 1) {
      // `a/**`: one or more further segments, none empty.
      for (let j = parts.length - 1; j >= 0 && parts[j] !== ""; j--) if (reachable[j]) return true;
      return false;
    }
    if (segment.kind === "globstar") {
      // `**/`: zero or more whole, non-empty segments.
      let open = false;
      for (let j = 0; j <= parts.length; j++) {
        open = (open && j > 0 && parts[j - 1] !== "") || reachable[j] === 1;
        if (open) {
          next[j] = 1;
          any = true;
        }
      }
    } else {
      for (let j = 0; j < parts.length; j++) {
        if (!reachable[j]) continue;
        const part = parts[j]!;
        if (segment.kind === "literal" ? part === segment.text : segmentMatches(segment.text, part)) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reachable = next;
  }
  return reachable[parts.length] === 1;
}

/** Something that tells whether a whole path matches, as a RegExp's `test` does. */
export interface PathMatcher {
  test(text: string): boolean;
}

/** A matcher for one pattern, for code that holds path tests (allow rules, rules limited to paths). */
export function compileGlob(pattern: string): PathMatcher {
  return { test: (text) => globMatch(pattern, text) };
}
