/** The `oci:` transport: an OCI image layout directory as a blob store. */

import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { GateError } from "../errors.ts";
import { openInputFile, readInputFile } from "../input-file.ts";
import { quoteInput } from "../secrets/redact.ts";
import type { BlobStore } from "./blob-store.ts";
import { FileChunks } from "./file-chunks.ts";
import { MAX_DOCUMENT_BYTES } from "./documents.ts";
import type { LayerBytes } from "./layer-threads.ts";

export class DirectoryStore implements BlobStore {
  constructor(
    readonly root: string,
    readonly label: string,
  ) {}
  private resolve(name: string): string {
    const full = path.resolve(this.root, name);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new GateError(`${this.label}: ${quoteInput(name)} points outside the image layout`);
    return full;
  }
  has(name: string): boolean {
    const full = this.resolve(name);
    return existsSync(full) && statSync(full).isFile();
  }
  async read(name: string): Promise<string> {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    const bytes = await readInputFile(full, { label: `${this.label}: ${name}`, noun: "image metadata", kind: "image metadata", maxBytes: MAX_DOCUMENT_BYTES });
    return bytes.toString("utf8");
  }
  open(name: string): FileChunks {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    const label = `${this.label}: ${name}`;
    // Opened lazily, when the walker first reads, through the helper that refuses FIFOs and devices.
    return new FileChunks(async () => (await openInputFile(full, { label, noun: "the blob", kind: "a blob file" })).handle);
  }
  bytes(name: string): LayerBytes {
    const full = this.resolve(name);
    if (!existsSync(full)) throw new GateError(`${this.label}: ${name} is missing`);
    // The thread opens it through the same helper (a FIFO or device is refused there, not waited on).
    return { file: full, label: `${this.label}: ${name}` };
  }
}
