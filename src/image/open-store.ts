/** Opens the blob store of a local image source: an OCI layout directory or an archive. */

import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { GateError } from "../errors.ts";
import { ArchiveStore } from "./archive-store.ts";
import type { BlobStore } from "./blob-store.ts";
import { DirectoryStore } from "./oci-directory-store.ts";
import { TarIndex } from "./tar-index.ts";
import type { ImageSource } from "./transport.ts";

/** The store for an `oci:`, `docker-archive:` or `oci-archive:` source; any other transport is an error here. */
export async function openStore(source: ImageSource, cwd: string): Promise<BlobStore> {
  if (source.transport === "oci") {
    const dir = path.resolve(cwd, source.path);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new GateError(`${source.path}: no such OCI layout directory`);
    if (!existsSync(path.join(dir, "oci-layout")) && !existsSync(path.join(dir, "index.json"))) {
      throw new GateError(`${source.path}: not an OCI image layout (no oci-layout or index.json)`);
    }
    return new DirectoryStore(dir, source.path);
  }
  if (source.transport === "docker-archive" || source.transport === "oci-archive") {
    const index = await TarIndex.open(path.resolve(cwd, source.path), source.path);
    return new ArchiveStore(index, source.path);
  }
  throw new GateError(`--image: the ${source.transport} transport is not supported here`);
}
