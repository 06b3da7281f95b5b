/** Set at build time (esbuild and vitest `define`) from package.json's version. */
declare const __IMAGE_GATE_VERSION__: string;

/** The version reports carry. */
export const TOOL_VERSION: string = __IMAGE_GATE_VERSION__;
