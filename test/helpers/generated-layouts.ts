/**
 * Test images that take seconds to generate (a gigabyte of zeros, a million files) are kept in
 * .cache/fixtures/generated between runs, as the buildah images are, and made again when a file
 * that makes them changes. CI keeps .cache/fixtures between runs too. The CLI only reads them.
 */

import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { FIXTURES } from "./images.ts";

/**
 * The OCI layout `make` writes (into a temporary folder, which this then removes), kept under
 * `name` while the `sources` files hash the same; returns its path in the cache.
 */
export async function cachedLayout(name: string, sources: string[], make: () => Promise<string> | string): Promise<string> {
  const hash = createHash("sha256");
  for (const source of sources) hash.update(readFileSync(source));
  const generated = path.join(FIXTURES, "generated");
  const kept = `${name}-${hash.digest("hex").slice(0, 16)}`;
  const dir = path.join(generated, kept);
  if (existsSync(path.join(dir, "index.json"))) return dir;
  const made = await make();
  mkdirSync(generated, { recursive: true });
  // Layouts of older sources go; the new one is copied beside its place and renamed into it, so a
  // run stopped halfway leaves no layout that looks whole.
  for (const entry of readdirSync(generated))
    if (entry.startsWith(`${name}-`) && entry !== kept) rmSync(path.join(generated, entry), { recursive: true, force: true });
  const staging = `${dir}.partial-${process.pid}`;
  cpSync(made, staging, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  rmSync(made, { recursive: true, force: true });
  return dir;
}
