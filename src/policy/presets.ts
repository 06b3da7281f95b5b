/** The built-in presets, embedded at build time from policies/*.yaml (the files are the source). */

import defaultPreset from "../../policies/default.yaml?raw";
import strictPreset from "../../policies/strict.yaml?raw";

export const PRESETS: Readonly<Record<string, string>> = { default: defaultPreset, strict: strictPreset };
