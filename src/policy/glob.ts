/**
 * The glob dialect of policy files, used for trusted image repositories and exception paths:
 * `*` matches within one path segment (never across `/`), `?` one character of a segment,
 * `**` any number of whole segments, and a pattern must match the whole text.
 */

const cache = new Map<string, RegExp>();

/** Compiles a pattern into an anchored regular expression. */
export function compileGlob(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let source = "";
  let i = 0;
  while (i < pattern.length) {
    if (pattern.startsWith("**", i)) {
      const atStart = i === 0 || pattern[i - 1] === "/";
      const atEnd = i + 2 === pattern.length || pattern[i + 2] === "/";
      if (atStart && atEnd) {
        if (i + 2 === pattern.length) {
          // "a/**": one or more segments below a; "**" alone: anything.
          source = i === 0 ? ".+" : `${source.slice(0, -1)}(?:/[^/]+)+`;
          i += 2;
        } else {
          // "**/" anywhere: zero or more whole segments.
          source += "(?:[^/]+/)*";
          i += 3;
        }
        continue;
      }
      source += "[^/]*";
      i += 2;
      continue;
    }
    const c = pattern[i]!;
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    i++;
  }
  const regex = new RegExp(`^${source}$`);
  cache.set(pattern, regex);
  return regex;
}

/** True when the whole text matches the pattern. */
export function globMatch(pattern: string, text: string): boolean {
  return compileGlob(pattern).test(text);
}
