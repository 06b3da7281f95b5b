import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // vitest's default is one worker less than the cores: one worker on a two-core machine. Most
    // test time is spent waiting on child processes (the built CLI, buildah, the registry) and on
    // deadlines, so a worker per core keeps both cores busy; the slow files are split so that they
    // can run side by side. Files stay isolated (their own process): tests set process.env and
    // start servers that must not leak into the next file.
    pool: "forks",
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
