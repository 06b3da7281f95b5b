/** The `docker-archive:` and `oci-archive:` transports: a tar archive, indexed once, as a blob store. */

import { GateError } from "../errors.ts";
import type { BlobStore, LayerSource } from "./blob-store.ts";
import { MAX_DOCUMENT_BYTES } from "./documents.ts";
import type { LayerBytes } from "./layer-threads.ts";
import type { TarIndex } from "./tar-index.ts";

export class ArchiveStore implements BlobStore {
  constructor(
    readonly index: TarIndex,
    readonly label: string,
  ) {}
  has(name: string): boolean {
    return this.index.has(name);
  }
  async read(name: string): Promise<string> {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    return this.index.text(member, MAX_DOCUMENT_BYTES);
  }
  open(name: string): LayerSource {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    return this.index.open(member);
  }
  bytes(name: string): LayerBytes {
    const member = this.index.member(name);
    if (!member) throw new GateError(`${this.label}: ${name} is missing from the archive`);
    // An empty member has no byte range to read.
    if (member.size === 0) return { stream: () => this.index.open(member) };
    return { file: this.index.file, start: member.offset, end: member.offset + member.size - 1 };
  }
}
