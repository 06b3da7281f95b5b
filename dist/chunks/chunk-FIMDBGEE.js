import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/image/needs.ts
var VERIFY_ONLY = { files: [], credentials: false, entries: false, config: [] };
function mergeImageNeeds(needs) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const config = /* @__PURE__ */ new Set();
  let credentials = false;
  let entries = false;
  for (const need of needs) {
    if (!need) continue;
    for (const file of need.files ?? []) {
      const key = JSON.stringify([file.path, file.alwaysText === true, file.name, file.open]);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push({ ...file });
    }
    credentials ||= need.credentials === true;
    entries ||= need.entries === true;
    for (const field of need.config ?? []) config.add(field);
  }
  if (files.length > 0 || credentials) entries = true;
  return { files, credentials, entries, config: [...config].sort() };
}
function readsNoLayerContent(needs) {
  return needs.files.length === 0 && !needs.credentials && !needs.entries;
}
function readPlan(needs) {
  const patterns = needs.files.map((file) => ({ regex: new RegExp(file.path), alwaysText: file.alwaysText === true, name: file.name }));
  const any = patterns.length > 0 ? new RegExp(needs.files.map((file) => `(?:${file.path})`).join("|")) : void 0;
  return {
    needs,
    capture(path) {
      if (!any?.test(path)) return void 0;
      return { alwaysText: patterns.some((pattern) => pattern.alwaysText && pattern.regex.test(path)) };
    },
    namesOf(path) {
      const names = /* @__PURE__ */ new Set();
      for (const pattern of patterns) if (pattern.name !== void 0 && pattern.regex.test(path)) names.add(pattern.name);
      return [...names];
    }
  };
}

export {
  VERIFY_ONLY,
  mergeImageNeeds,
  readsNoLayerContent,
  readPlan
};
