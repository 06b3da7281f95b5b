import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // The CI log is the report: show each file's result, never wait for a TTY.
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
