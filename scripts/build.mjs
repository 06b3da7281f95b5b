#!/usr/bin/env node
// Builds dist/ from src/ with esbuild: one ESM bundle per entry, shared code split into chunks
// so that heavy parts (image layers, the AWS SDK) load only when a run needs them.
// Usage: node scripts/build.mjs [OUTDIR [SCHEMA_FILE]]   (default: dist policies/schema.json)
// The tests build into a temporary directory and compare with what is committed.

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.resolve(root, process.argv[2] ?? "dist");
const schemaFile = path.resolve(root, process.argv[3] ?? "policies/schema.json");

/**
 * src/version.ts reads package.json when run from source (vitest, tsx, @github/local-action); in
 * the bundle it is replaced by the version inlined, so dist/ reads no files at run time and works
 * wherever it is installed.
 */
const inlineVersion = {
  name: "inline-version",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, async () => {
      const { version } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
      return { contents: `export const TOOL_VERSION = ${JSON.stringify(version)};\n`, loader: "ts" };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts", action: "src/action.ts", "layer-worker": "src/image/layer-worker.ts" },
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
  plugins: [inlineVersion],
});

// Generated documentation: policies/schema.json from the zod schema that validates policies, and
// the README's check and preset tables from the checks and presets themselves.
const docsBundle = await esbuild.build({
  absWorkingDir: root,
  stdin: {
    contents: [
      'export { policyJsonSchema } from "./src/policy/schema.ts";',
      'export { checksTable, imageNeedsTable, presetsTable } from "./src/docs/readme-tables.ts";',
      'export { loadPolicy } from "./src/policy/load.ts";',
      'export { presetYaml } from "./src/policy/presets.ts";',
    ].join("\n"),
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  plugins: [inlineVersion],
  banner: { js: 'import { createRequire as __igCreateRequire } from "node:module";\nconst require = __igCreateRequire(import.meta.url);' },
});
const docsModule = path.join(await mkdtemp(path.join(os.tmpdir(), "image-gate-build-")), "docs.mjs");
await writeFile(docsModule, docsBundle.outputFiles[0].text);
const docs = await import(pathToFileURL(docsModule).href);
await rm(path.dirname(docsModule), { recursive: true, force: true });
await writeFile(schemaFile, `${JSON.stringify(docs.policyJsonSchema(), null, 2)}\n`);

if (process.argv[2] === undefined) {
  // The presets' policy files, generated from the checks' own stances.
  for (const name of ["default", "strict"]) await writeFile(path.join(root, "policies", `${name}.yaml`), docs.presetYaml(name));
  const presets = { default: docs.loadPolicy("default", os.tmpdir()), strict: docs.loadPolicy("strict", os.tmpdir()) };
  const readmePath = path.join(root, "README.md");
  let readme = await readFile(readmePath, "utf8");
  const replaceBlock = (name, content) => {
    const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(readme)) throw new Error(`README.md has no generated:${name} block`);
    readme = readme.replace(pattern, (_match, open, close) => `${open}\n${content}\n${close}`);
  };
  replaceBlock("checks", docs.checksTable());
  replaceBlock("presets", docs.presetsTable(presets));
  replaceBlock("image-needs", docs.imageNeedsTable());
  await writeFile(readmePath, readme);
}
