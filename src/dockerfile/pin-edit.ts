/**
 * The one edit `image-gate pin` makes, shared with the mutable-tag suggestion: a reference keeps
 * exactly what was written and gains (or refreshes) `@sha256:<digest>`.
 */

import type { ImageUse } from "./model.ts";

/** `node:20` + digest → `node:20@sha256:…`; `node:20@sha256:old` → `node:20@sha256:new`. */
export function pinnedReference(written: string, digest: string): string {
  const at = written.indexOf("@");
  return `${at === -1 ? written : written.slice(0, at)}@${digest}`;
}

/** Why a reference cannot be rewritten as written, if it cannot. */
export function unpinnableReason(use: ImageUse): string | undefined {
  if (/\$/.test(use.written)) return "holds a variable";
  if (/["'\\]/.test(use.written)) return "written with quotes or escapes";
  if (!use.span || use.span.startLine !== use.span.endLine) return "split across lines";
  return undefined;
}
