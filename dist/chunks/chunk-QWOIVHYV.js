import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/policy/glob.ts
var cache = /* @__PURE__ */ new Map();
function compileGlob(pattern) {
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
          source = i === 0 ? ".+" : `${source.slice(0, -1)}(?:/[^/]+)+`;
          i += 2;
        } else {
          source += "(?:[^/]+/)*";
          i += 3;
        }
        continue;
      }
      source += "[^/]*";
      i += 2;
      continue;
    }
    const c = pattern[i];
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    i++;
  }
  const regex = new RegExp(`^${source}$`);
  cache.set(pattern, regex);
  return regex;
}
function globMatch(pattern, text) {
  return compileGlob(pattern).test(text);
}

export {
  globMatch
};
