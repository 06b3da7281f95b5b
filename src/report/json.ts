import type { Report } from "./model.ts";

/** The JSON report: stable, versioned (`version`), every finding with its decision. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
