import { spawnSync } from "node:child_process";
import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { collectSpentChunks, shrinkHeapBeforeWalk, SPENT_CHUNKS_BYTES } from "../src/heap.ts";

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

describe("favourSmallHeap", () => {
  it("makes the layer threads made after it optimize on their own thread, not on V8's background threads", () => {
    // In a process of its own (the flags are process-wide), traced: a thread made after the call compiles a hot function.
    const script = `
      import { favourSmallHeap } from ${JSON.stringify(new URL("../src/heap.ts", import.meta.url).href)};
      import { Worker } from "node:worker_threads";
      if (process.argv.includes("--call")) favourSmallHeap();
      new Worker("function hot(x) { let s = 0; for (let i = 0; i < 1000; i++) s += (x * i) % 7; return s; } let t = 0; for (let i = 0; i < 20000; i++) t += hot(i);", { eval: true });
    `;
    const modes = (call: boolean) => {
      const run = spawnSync(
        process.execPath,
        ["--no-warnings", "--experimental-strip-types", "--trace-opt", "--input-type=module", "-e", script, ...(call ? ["--", "--call"] : [])],
        { encoding: "utf8" },
      );
      expect(run.status, run.stderr).toBe(0);
      return new Set(
        run.stdout
          .split("\n")
          .filter((line) => line.startsWith("[compiling method") && line.includes("<JSFunction hot "))
          .map((line) => /ConcurrencyMode::k(\w+)/.exec(line)?.[1]),
      );
    };
    expect(modes(false)).toContain("Concurrent");
    expect(modes(true)).toEqual(new Set(["Synchronous"]));
  });
});

describe("collectSpentChunks", () => {
  /** The collections V8 makes while `run` runs (synchronously). */
  const collections = (run: () => void) => {
    const profiler = new v8.GCProfiler();
    profiler.start();
    run();
    return profiler.stop().statistics.map((event) => event.gcType);
  };

  it("collects the young generation once spent buffers pile up, and not before", () => {
    shrinkHeapBeforeWalk();
    expect(v8.getHeapStatistics().external_memory).toBeLessThan(SPENT_CHUNKS_BYTES);
    expect(collections(collectSpentChunks)).toEqual([]);
    // Buffers of 1 MiB, each dropped at once: what a stretch of tar read without scanning leaves behind.
    for (let index = 0; index < 12; index++) Buffer.allocUnsafeSlow(1024 * 1024).fill(index);
    expect(v8.getHeapStatistics().external_memory).toBeGreaterThan(SPENT_CHUNKS_BYTES);
    // A collection: a young one in the gate; in a test runner's larger heap V8 may make it a full one, or start marking too.
    expect(collections(collectSpentChunks).filter((kind) => kind === "Scavenge" || kind === "MarkSweepCompact")).toHaveLength(1);
  });
});
