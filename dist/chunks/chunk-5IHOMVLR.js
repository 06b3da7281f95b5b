import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/errors.ts
var GateError = class extends Error {
  name = "GateError";
  constructor(message, options) {
    super(message, options);
  }
};
function where(file, line) {
  return line === void 0 ? file : `${file}:${line}`;
}
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/, 1)[0] ?? "";
}

export {
  GateError,
  where,
  firstLine
};
