/**
 * Runs the built CLI as a user would and measures what the hostile-input tests promise: how it
 * exited, how long it took and its peak memory (max-rss.mjs reports it), optionally with a
 * name-resolution table preloaded (fake-dns.mjs) instead of the system's resolver.
 */

import { spawn } from "node:child_process";
import path from "node:path";
import { BUILT_CLI, ROOT } from "./paths.ts";

export interface MeasuredRun {
  code: number | null;
  stdout: string;
  /** stderr without the peak-memory line. */
  stderr: string;
  ms: number;
  peakRssBytes: number;
}

export function runMeasured(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; dns?: Record<string, string[]>; dnsLog?: string; killAfterMs?: number } = {},
): Promise<MeasuredRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const node = [path.join(ROOT, "test/helpers/max-rss.mjs"), BUILT_CLI, ...args];
  if (options.dns) {
    env.IMAGE_GATE_TEST_DNS = JSON.stringify(options.dns);
    if (options.dnsLog) env.IMAGE_GATE_TEST_DNS_LOG = options.dnsLog;
    node.unshift("--import", path.join(ROOT, "test/helpers/fake-dns.mjs"));
  }
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, node, { cwd: options.cwd ?? ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    // A hang is a failure, not a stuck test run.
    const timer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 90_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const rss = /maxRSS=(\d+)\n?$/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: rss ? stderr.slice(0, rss.index) : stderr,
        ms: Date.now() - started,
        peakRssBytes: rss ? Number(rss[1]) * 1024 : Number.NaN,
      });
    });
  });
}
