import pkg from "../package.json" with { type: "json" };

/** The version reports carry, from package.json. */
export const TOOL_VERSION: string = pkg.version;
