/** Build arguments as `docker build --build-arg` takes them, shared by the CLI flag and the Action input. */

import { GateError } from "./errors.ts";
import { quoteInput } from "./secrets/redact.ts";

/** `KEY=VALUE` entries into a map; `KEY` alone takes its value from the environment (and is skipped when unset), as docker build does. */
export function parseBuildArgs(entries: string[], flag: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const buildArgs: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const key = eq === -1 ? entry : entry.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new GateError(`${flag}: ${quoteInput(key, 40)} is not a valid ARG name`);
    const value = eq === -1 ? env[key] : entry.slice(eq + 1);
    if (value !== undefined) buildArgs[key] = value;
  }
  return buildArgs;
}
