#!/usr/bin/env node
// Builds dist/ from src/ with esbuild: one ESM bundle per entry, shared code split into chunks
// so that heavy parts (image layers, the AWS SDK) load only when a run needs them.
// Usage: node scripts/build.mjs [OUTDIR [SCHEMA_FILE]]   (default: dist policies/schema.json)
// The tests build into a temporary directory and compare with what is committed.

import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.resolve(root, process.argv[2] ?? "dist");
const schemaFile = path.resolve(root, process.argv[3] ?? "policies/schema.json");

/** `import text from "./file?raw"`: the file's text, as vitest (vite) also supports. */
const rawText = {
  name: "raw-text",
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -"?raw".length)),
      namespace: "raw-text",
    }));
    build.onLoad({ filter: /.*/, namespace: "raw-text" }, async (args) => ({
      contents: await readFile(args.path, "utf8"),
      loader: "text",
    }));
  },
};

await rm(outdir, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "linked",
  charset: "utf8",
  logLevel: "warning",
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __igCreateRequire } from "node:module";\nconst require = __igCreateRequire(import.meta.url);' },
  plugins: [rawText],
});

// policies/schema.json is generated from the same zod schema that validates policies.
const schemaBundle = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ["src/policy/schema.ts"],
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  plugins: [rawText],
});
const moduleUrl = `data:text/javascript;base64,${Buffer.from(schemaBundle.outputFiles[0].text).toString("base64")}`;
const { policyJsonSchema } = await import(moduleUrl);
await writeFile(schemaFile, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
