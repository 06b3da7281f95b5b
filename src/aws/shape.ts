/**
 * Reading AWS responses and the files AWS tools write through zod: unknown fields are allowed (AWS
 * adds them), absent and null read the same, timestamps of every wire form become ISO text, and a
 * mismatch is a ShapeError that names the field, never `undefined` read as zero.
 */

import * as z from "zod/mini";

/** Thrown when a response or file does not have the shape its model says. */
export class ShapeError extends Error {}

/** Absent or null (AWS omits empty fields, the CLI and hand-made files sometimes write null): both read as undefined. */
export const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(
    z.pipe(
      z.nullable(schema),
      z.transform((value: z.output<T> | null) => (value === null ? undefined : value)),
    ),
  );

export const timestamp = z.pipe(
  z.union([z.date(), z.number(), z.string()]),
  z.transform((value: Date | number | string, context) => {
    const date = value instanceof Date ? value : typeof value === "number" ? new Date(value * 1000) : new Date(value);
    if (Number.isNaN(date.getTime())) {
      context.issues.push({ code: "custom", message: "not a valid timestamp", input: value });
      return z.NEVER;
    }
    return date.toISOString();
  }),
);

export const text = z.string();

/** `a.b[2].c` for an issue path. */
function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
}

/** Validates `data` against `schema`; a mismatch is a ShapeError naming `what` and the field. */
export function parseShape<T extends z.ZodMiniType>(schema: T, data: unknown, what: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = pathText(issue.path);
  let value: unknown = data;
  for (const part of issue.path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  const problem =
    issue.code === "invalid_type"
      ? value === undefined
        ? "missing"
        : `expected ${issue.expected}, got ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}`
      : issue.message;
  throw new ShapeError(`${what === "" ? field.replace(/^\./, "") || "document" : `${what}${field}`}: ${problem}`);
}
