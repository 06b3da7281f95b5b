import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where the test run's own build of src/ goes. */
export const BUILD_DIR = path.join(ROOT, ".cache", "test-build", "dist");
export const SCHEMA_BUILD = path.join(ROOT, ".cache", "test-build", "schema.json");
export const BUILT_CLI = path.join(BUILD_DIR, "cli.js");
