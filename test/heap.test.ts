import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { shrinkHeapBeforeWalk } from "../src/heap.ts";

const newSpace = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space")!.space_size;

describe("shrinkHeapBeforeWalk", () => {
  it("brings a grown young generation back to a few megabytes, and leaves no gc function behind", () => {
    // Allocation that survives grows the young generation, as loading the gate's modules does (at
    // V8's default growth factor: an image load earlier in this process may have set it to 1).
    v8.setFlagsFromString("--semi-space-growth-factor=2");
    let kept: object[] = [];
    for (let round = 0; round < 8 && newSpace() <= 4 * 1024 * 1024; round++) {
      for (let index = 0; index < 300_000; index++) kept.push({ index });
      kept = [];
    }
    expect(newSpace()).toBeGreaterThan(4 * 1024 * 1024);
    shrinkHeapBeforeWalk();
    expect(newSpace()).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
