/**
 * CISA's Known Exploited Vulnerabilities catalog as a file (`vulnerabilities.kev-catalog`), for
 * sources that do not say whether a CVE is in it (ECR basic scanning, results files) and for
 * findings whose Inspector details could not be read.
 */

import { GateError, jsonProblem } from "../errors.ts";
import { readInputFile } from "../input-file.ts";
import type { KevEntry, ScanResult } from "./model.ts";
import { parseShape, ShapeError } from "../aws/shape.ts";
import { kevCatalogSchema } from "./schemas.ts";

/** The catalog is about 1.5 MB today; anything far larger is not it. */
const MAX_CATALOG_BYTES = 64 * 1024 * 1024;

export type KevCatalog = Map<string, KevEntry>;

/** Reads CISA's KEV JSON feed; a missing or malformed file is a GateError naming it. */
export async function readKevCatalog(file: string, label: string): Promise<KevCatalog> {
  const text = (await readInputFile(file, { label, noun: "the KEV catalog", kind: "CISA's KEV catalog", maxBytes: MAX_CATALOG_BYTES })).toString("utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${label}: not valid JSON (${jsonProblem(error)})`);
  }
  let catalog;
  try {
    catalog = parseShape(kevCatalogSchema, data, "");
  } catch (error) {
    if (error instanceof ShapeError) throw new GateError(`${label}: not CISA's KEV catalog: ${error.message}`);
    throw error;
  }
  const entries: KevCatalog = new Map();
  for (const item of catalog.vulnerabilities) {
    const entry: KevEntry = { source: "kev-catalog" };
    if (item.dateAdded !== undefined) entry.dateAdded = item.dateAdded;
    if (item.dueDate !== undefined) entry.dueDate = item.dueDate;
    if (item.requiredAction !== undefined) entry.action = item.requiredAction;
    entries.set(item.cveID.toUpperCase(), entry);
  }
  return entries;
}

/**
 * Marks every vulnerability the catalog lists; one whose KEV status is still unknown and is not
 * listed becomes "not listed". A scanner's own "listed" is never undone.
 */
export function applyKevCatalog(results: ScanResult[], catalog: KevCatalog): void {
  for (const result of results) {
    for (const vulnerability of result.vulnerabilities) {
      const entry = catalog.get(vulnerability.id.toUpperCase());
      if (entry && !vulnerability.kev) vulnerability.kev = entry;
      else if (!entry && vulnerability.kev === undefined) vulnerability.kev = false;
    }
  }
}
