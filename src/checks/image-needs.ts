/** What the checks a policy turns on need from an image, together: the image loader reads that and nothing else. */

import { mergeImageNeeds, type MergedImageNeeds } from "../image/needs.ts";
import { CHECKS } from "./index.ts";

/** The merged needs of every check whose action is not `off` (the same checks the gate runs). */
export function imageNeedsOfEnabledChecks(settings: Readonly<Record<string, { action: string } | undefined>>): MergedImageNeeds {
  return mergeImageNeeds(CHECKS.filter((check) => settings[check.id]?.action !== "off").map((check) => check.imageNeeds));
}
