/**
 * `--baseline REPORT.json`: the JSON report of an earlier run. Findings whose fingerprint it holds
 * are known problems: reported with `baseline: true` and never blocking, so a team can adopt the
 * gate on a legacy image today and block only what gets worse.
 */

import * as z from "zod/mini";
import { GateError, firstLine } from "../errors.ts";
import { readInputFileSync } from "../input-file.ts";

/** JSON reports can be large on big images (64 MiB is some 150k findings); far past this is not a report. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

const baselineReportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal("image-gate") }),
  findings: z.array(z.object({ fingerprint: z.string().check(z.minLength(1)) })),
});

export interface Baseline {
  /** The file as the user named it. */
  path: string;
  fingerprints: ReadonlySet<string>;
}

/** Reads the fingerprints of an earlier JSON report; anything else is a GateError naming the file and field. */
export function loadBaseline(file: string, shownAs: string): Baseline {
  const text = readInputFileSync(file, { label: shownAs, noun: "the baseline report", kind: "a baseline report", maxBytes: MAX_BASELINE_BYTES }).toString(
    "utf8",
  );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${shownAs}: the baseline is not valid JSON (${firstLine(error)}); give a report written with --format json or --report json=FILE`);
  }
  const parsed = baselineReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field =
      issue.path
        .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
        .join("")
        .replace(/^\./, "") || "(top level)";
    throw new GateError(
      `${shownAs}: not an image-gate JSON report (${field}: ${issue.message}); give a report written with --format json or --report json=FILE`,
    );
  }
  return { path: shownAs, fingerprints: new Set(parsed.data.findings.map((finding) => finding.fingerprint)) };
}
