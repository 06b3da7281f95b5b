/** Renders a report in any supported format, with every output scrubbed of credentials. */

import { GateError } from "../errors.ts";
import { quoteInput, redactText } from "../secrets/redact.ts";
import { renderJson } from "./json.ts";
import { renderJunit } from "./junit.ts";
import { renderMarkdown } from "./markdown.ts";
import { renderSarif } from "./sarif.ts";
import type { Report } from "./model.ts";
import { renderTable } from "./table.ts";

export const FORMATS = ["table", "json", "sarif", "junit", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function parseFormat(value: string, flag: string): Format {
  if (!isFormat(value)) throw new GateError(`${flag}: unknown format ${quoteInput(value, 30)} (formats: ${FORMATS.join(", ")})`);
  return value;
}

/**
 * Replaces anything that looks like a credential with its redacted form. Findings already carry
 * only redacted evidence; this is the second line of defence for every byte the gate writes.
 */
export function scrubOutput(text: string): string {
  return redactText(text, { formatsOnly: true });
}

export function render(report: Report, format: Format, options: { color: boolean }): string {
  const renderers: Record<Format, () => string> = {
    table: () => renderTable(report, { color: options.color }),
    json: () => renderJson(report),
    sarif: () => renderSarif(report),
    junit: () => renderJunit(report),
    markdown: () => renderMarkdown(report),
  };
  return scrubOutput(renderers[format]());
}
