/** What every check needs from an image together: loadImage reads only what it is asked (the gate asks for the enabled checks' needs). */

import { imageNeedsOf } from "../../src/checks/image-needs.ts";
import { CHECKS } from "../../src/checks/index.ts";
import { mergeImageNeeds, type MergedImageNeeds } from "../../src/image/needs.ts";

export const EVERY_CHECK_NEEDS: MergedImageNeeds = mergeImageNeeds(CHECKS.map((check) => imageNeedsOf(check, check.presets.default.options ?? {})));
