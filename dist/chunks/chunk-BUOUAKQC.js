import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  date,
  nullable,
  number,
  optional,
  pipe,
  string,
  transform,
  union
} from "./chunk-LRSFJNTU.js";
import {
  NEVER
} from "./chunk-PE4PBRI4.js";

// src/aws/shape.ts
var ShapeError = class extends Error {
};
var optional2 = (schema) => optional(
  pipe(
    nullable(schema),
    transform((value) => value === null ? void 0 : value)
  )
);
var timestamp = pipe(
  union([date(), number(), string()]),
  transform((value, context) => {
    const date2 = value instanceof Date ? value : typeof value === "number" ? new Date(value * 1e3) : new Date(value);
    if (Number.isNaN(date2.getTime())) {
      context.issues.push({ code: "custom", message: "not a valid timestamp", input: value });
      return NEVER;
    }
    return date2.toISOString();
  })
);
var text = string();
function pathText(path) {
  return path.map((part) => typeof part === "number" ? `[${part}]` : `.${String(part)}`).join("");
}
function parseShape(schema, data, what) {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = pathText(issue.path);
  let value = data;
  for (const part of issue.path) value = value !== null && typeof value === "object" ? value[part] : void 0;
  const problem = issue.code === "invalid_type" ? value === void 0 ? "missing" : `expected ${issue.expected}, got ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}` : issue.message;
  throw new ShapeError(`${what === "" ? field.replace(/^\./, "") || "document" : `${what}${field}`}: ${problem}`);
}

export {
  ShapeError,
  optional2 as optional,
  timestamp,
  text,
  parseShape
};
