/**
 * What one image's layer walks may keep, shared by all its layers (walked several at a time).
 *
 * Entries (paths with their type, mode and owner, whiteouts, opaque directories) are what the
 * image checks read, and they are kept in memory: a layer of a million empty files held 400 MB.
 * The image keeps at most `limit` of them, and always the same ones whatever order the walks
 * finish in: the first `limit` in image order (bottom layer first, then tar order). When the
 * budget is full and a lower layer needs room, the last entry of the highest layer that holds
 * any is given back; that layer, and every layer above it, keeps no more. Layers past the limit
 * are still read in full (digests verified, contents scanned for credentials); only their
 * entries are not kept, and the image says how many (an `unscanned-content` finding).
 *
 * Small files captured whole (account databases, dpkg checksums) share a byte budget too.
 *
 * A layer walked on another thread sends its items here as it finds them (an `EntrySink`), in
 * batches, and keeps none itself: the budget lives in the main thread only.
 */

import type { LayerEntry, LayerScan } from "./model.ts";

/** Where a layer walk puts the entries, whiteouts and opaque directories it finds, in tar order. */
export interface EntrySink {
  entry(entry: LayerEntry): void;
  whiteout(path: string): void;
  opaque(dir: string): void;
}

/** What a kept item was, so the last one can be given back. */
const ENTRY = 0;
const WHITEOUT = 1;
const OPAQUE = 2;
type Kind = typeof ENTRY | typeof WHITEOUT | typeof OPAQUE;

/** One layer's share: what it kept, in order, and what it was offered. */
class LayerRecords {
  private kinds = new Uint8Array(1024);
  /** Items kept. */
  count = 0;
  /** Items offered (kept or not). */
  offered = 0;
  /** True once an item of this layer was given back or refused: it keeps no more. */
  closed = false;

  constructor(
    readonly order: number,
    readonly scan: LayerScan,
  ) {}

  push(kind: Kind): void {
    if (this.count === this.kinds.length) {
      const grown = new Uint8Array(this.kinds.length * 2);
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[this.count++] = kind;
  }

  /** Gives back the last item kept. */
  pop(): void {
    const kind = this.kinds[--this.count];
    if (kind === ENTRY) this.scan.entries.pop();
    else if (kind === WHITEOUT) this.scan.whiteouts.pop();
    else this.scan.opaqueDirs.pop();
  }
}

export class EntryBudget {
  private readonly layers: Array<LayerRecords | undefined> = [];
  private kept = 0;
  /** At or above the highest layer that holds items (moves down lazily). */
  private top = -1;
  /** The lowest layer that lost an item: no layer above it may keep any. */
  private lowestClosed = Number.POSITIVE_INFINITY;

  constructor(readonly limit: number) {}

  /** A layer's share; `order` is its place in the image (the bottom layer is 0). */
  layer(order: number, scan: LayerScan): LayerRecords {
    const records = new LayerRecords(order, scan);
    this.layers[order] = records;
    return records;
  }

  /** Records an entry (or whiteout, or opaque directory) if the image may keep it; false when it may not. */
  admit(records: LayerRecords, kind: Kind): boolean {
    records.offered++;
    if (records.closed || records.order > this.lowestClosed) return false;
    if (this.kept >= this.limit) {
      const highest = this.highestHolding();
      if (!highest || highest.order <= records.order) {
        this.close(records);
        return false;
      }
      highest.pop();
      this.close(highest);
      this.kept--;
    }
    records.push(kind);
    this.kept++;
    if (records.order > this.top) this.top = records.order;
    return true;
  }

  /** The layers that could not keep everything, and how many items each left out. */
  shortfalls(): Array<{ scan: LayerScan; left: number }> {
    return this.layers
      .filter((records): records is LayerRecords => records !== undefined && records.offered > records.count)
      .map((records) => ({ scan: records.scan, left: records.offered - records.count }));
  }

  private close(records: LayerRecords): void {
    records.closed = true;
    this.lowestClosed = Math.min(this.lowestClosed, records.order);
  }

  private highestHolding(): LayerRecords | undefined {
    while (this.top >= 0 && (this.layers[this.top]?.count ?? 0) === 0) this.top--;
    return this.top >= 0 ? this.layers[this.top] : undefined;
  }
}

/** Budgets of one image walk. */
export class ImageBudget {
  readonly entries: EntryBudget;
  /** Bytes of small files that may still be captured whole. */
  captureBytesLeft: number;

  constructor(
    maxEntries: number,
    readonly maxCaptureBytes: number,
  ) {
    this.entries = new EntryBudget(maxEntries);
    this.captureBytesLeft = maxCaptureBytes;
  }

  /** Keeps a layer's items in `scan` as far as this image's budget allows; `order` is the layer's place in the image. */
  keeper(order: number, scan: LayerScan): EntrySink {
    const entries = this.entries;
    const records = entries.layer(order, scan);
    return {
      entry(entry) {
        if (entries.admit(records, ENTRY)) scan.entries.push(entry);
      },
      whiteout(path) {
        if (entries.admit(records, WHITEOUT)) scan.whiteouts.push(path);
      },
      opaque(dir) {
        if (entries.admit(records, OPAQUE)) scan.opaqueDirs.push(dir);
      },
    };
  }

  /**
   * Keeps captured files (account databases, dpkg checksums) within the byte budget, lowest layer
   * first, for layers walked on threads, each of which had a capture budget of its own.
   */
  trimCaptured(scans: LayerScan[]): void {
    let left = this.maxCaptureBytes;
    for (const scan of scans) {
      for (const [path, text] of Object.entries(scan.captured)) {
        const size = Buffer.byteLength(text);
        if (size <= left) left -= size;
        else delete scan.captured[path];
      }
    }
    this.captureBytesLeft = left;
  }

  /** Marks every layer that could not keep all its entries as not fully scanned. */
  reportShortfalls(): void {
    for (const { scan, left } of this.entries.shortfalls()) {
      scan.unscanned.push({ reason: "entries-limit", size: 0, scanned: 0, entries: left, limit: this.entries.limit });
    }
  }
}

/** The kinds of item a budget keeps (for tests that admit items directly). */
export const ITEM = { ENTRY, WHITEOUT, OPAQUE } as const;
