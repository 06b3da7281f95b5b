/** What the checks a policy turns on need from an image, together: the image loader reads that and nothing else. */

import { mergeImageNeeds, type ImageNeeds, type MergedImageNeeds } from "../image/needs.ts";
import { CHECKS } from "./index.ts";
import type { Check } from "./types.ts";

/** What one check needs from an image with these (merged) options of its own. */
export function imageNeedsOf(check: Check, options: Readonly<Record<string, unknown>>): ImageNeeds | undefined {
  return typeof check.imageNeeds === "function" ? check.imageNeeds(options) : check.imageNeeds;
}

/** The merged needs of every check whose action is not `off` (the same checks the gate runs), each with its options. */
export function imageNeedsOfEnabledChecks(
  settings: Readonly<Record<string, { action: string; options?: Readonly<Record<string, unknown>> } | undefined>>,
): MergedImageNeeds {
  return mergeImageNeeds(CHECKS.filter((check) => settings[check.id]?.action !== "off").map((check) => imageNeedsOf(check, settings[check.id]?.options ?? {})));
}
