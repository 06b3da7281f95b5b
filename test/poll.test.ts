import { describe, expect, it } from "vitest";
import { readUntilSettled, realClock, type Clock, type Read } from "../src/poll.ts";

function fakeClock(): Clock & { time: number } {
  const clock = {
    time: 0,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
    },
  };
  return clock;
}

/** A read function that answers from a script, the last answer repeating. */
function script<T>(answers: Array<Read<T>>): { read: () => Promise<Read<T>>; calls: () => number } {
  let calls = 0;
  return { read: async () => answers[Math.min(calls++, answers.length - 1)]!, calls: () => calls };
}

const finished = (value: string): Read<string> => ({ state: "finished", value, signature: value });

describe("realClock.sleep", () => {
  it("rejects with an AbortError as soon as the signal aborts, leaving no timer behind", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const sleeping = realClock.sleep(600_000, controller.signal);
    setTimeout(() => controller.abort("another source is unavailable"), 20);
    await expect(sleeping).rejects.toMatchObject({ name: "AbortError", message: "another source is unavailable" });
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(realClock.sleep(600_000, controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("readUntilSettled", () => {
  it("counts only two finished reads in a row that agree; a read in between that is not finished starts over", async () => {
    const reads = script([finished("a"), { state: "wait", reason: "scan IN_PROGRESS" }, finished("a"), finished("a")]);
    const outcome = await readUntilSettled({ what: "x", waitMs: 60_000, clock: fakeClock(), settleMs: 5_000, read: reads.read });
    expect(outcome).toEqual({ ok: true, value: "a" });
    expect(reads.calls()).toBe(4);
  });

  it("gives up when finished reads keep disagreeing", async () => {
    let n = 0;
    const outcome = await readUntilSettled({
      what: "x",
      waitMs: 60_000,
      clock: fakeClock(),
      settleMs: 5_000,
      read: async () => finished(String(n++)),
      maxDisagreements: 3,
    });
    expect(outcome).toEqual({ ok: false, reason: "findings kept changing between reads" });
  });

  it("past the wait an unfinished read is unavailable, with the last state; a definitely unavailable read ends at once", async () => {
    const waiting = await readUntilSettled({
      what: "x",
      waitMs: 30_000,
      clock: fakeClock(),
      settleMs: 5_000,
      read: async () => ({ state: "wait", reason: "scan PENDING" }),
    });
    expect(waiting).toMatchObject({ ok: false, timedOut: { lastState: "scan PENDING" } });
    const denied = script<string>([{ state: "unavailable", reason: "access denied" }]);
    expect(await readUntilSettled({ what: "x", waitMs: 30_000, clock: fakeClock(), settleMs: 5_000, read: denied.read })).toEqual({
      ok: false,
      reason: "access denied",
    });
    expect(denied.calls()).toBe(1);
  });

  it("makes the confirming read even when the first finished read came just as the wait ran out", async () => {
    const clock = fakeClock();
    const reads = script([{ state: "wait", reason: "scan IN_PROGRESS" }, finished("a"), finished("a")]);
    const outcome = await readUntilSettled({ what: "x", waitMs: 3_000, clock, settleMs: 5_000, read: reads.read });
    expect(outcome).toEqual({ ok: true, value: "a" });
  });

  it("stops at once when its signal aborts", async () => {
    const controller = new AbortController();
    controller.abort("cancelled");
    await expect(
      readUntilSettled({ what: "x", waitMs: 60_000, clock: fakeClock(), settleMs: 5_000, signal: controller.signal, read: async () => finished("a") }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});
