import type { LookupFunction } from "node:net";
import { describe, expect, it } from "vitest";
import { checkedLookup, destinationRefusal, isLoopbackName, normalizeAddress } from "../../src/image/destination.ts";

const METADATA_V4 = [169, 254, 169, 254];

describe("normalizeAddress: every spelling of an address is the same address", () => {
  it.each([
    ["169.254.169.254"],
    ["169.254.169.254."],
    ["2852039166"],
    ["0251.0376.0251.0376"],
    ["0xa9.0xfe.0xa9.0xfe"],
    ["0xa9fea9fe"],
    ["169.254.43518"],
    ["169.16689662"],
    ["0xa9.0376.43518"],
  ])("%s is 169.254.169.254", (text) => {
    expect(normalizeAddress(text)).toEqual({ family: 4, bytes: METADATA_V4 });
  });

  it.each([
    ["::ffff:169.254.169.254", [0, 0, 0, 0, 0, 0xffff, 0xa9fe, 0xa9fe]],
    ["[::ffff:a9fe:a9fe]", [0, 0, 0, 0, 0, 0xffff, 0xa9fe, 0xa9fe]],
    ["0:0:0:0:0:FFFF:A9FE:A9FE", [0, 0, 0, 0, 0, 0xffff, 0xa9fe, 0xa9fe]],
    ["fd00:ec2::254", [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254]],
    ["fe80::1%eth0", [0xfe80, 0, 0, 0, 0, 0, 0, 1]],
    ["[::1]", [0, 0, 0, 0, 0, 0, 0, 1]],
    ["1::2:3.4.5.6", [1, 0, 0, 0, 0, 2, 0x304, 0x506]],
  ])("%s is IPv6 %j", (text, groups) => {
    expect(normalizeAddress(text)).toEqual({ family: 6, groups });
  });

  it.each([["registry.example.com"], ["256.1.1.1"], ["1.2.3.4.5"], ["08.1.1.1"], ["0x.g"], ["::g"], [""]])("%j is a name, not an address", (text) => {
    expect(normalizeAddress(text)).toBeUndefined();
  });
});

describe("destinationRefusal: the one check for every hop", () => {
  it.each([
    ["169.254.169.254", /link-local/],
    ["169.254.170.2", /link-local/],
    ["2852039166", /link-local/],
    ["0251.0376.0251.0376", /link-local/],
    ["[::ffff:169.254.169.254]", /link-local/],
    ["::ffff:a9fe:a9fe", /link-local/],
    ["::ffff:0:a9fe:a9fe", /link-local/],
    ["::169.254.169.254", /link-local/],
    ["64:ff9b::169.254.169.254", /link-local/],
    ["fe80::1", /link-local/],
    ["febf::1", /link-local/],
    ["fd00:ec2::254", /cloud metadata address/],
    ["fd00:ec2::23", /cloud metadata address/],
    ["fd20:ce::254", /cloud metadata address/],
    ["100.100.100.200", /cloud metadata address/],
    ["168.63.129.16", /cloud metadata address/],
    ["metadata.google.internal", /cloud metadata service/],
    ["METADATA.GOOGLE.INTERNAL.", /cloud metadata service/],
  ])("%s is always refused", (host, reason) => {
    expect(destinationRefusal(host, { allowLoopback: true })).toMatch(reason);
    expect(destinationRefusal(host, { allowLoopback: false })).toMatch(reason);
  });

  it.each([["127.0.0.1"], ["127.1"], ["2130706433"], ["0x7f000001"], ["::1"], ["[::ffff:127.0.0.1]"], ["0.0.0.0"], ["::"]])(
    "%s is loopback: allowed only where loopback is",
    (host) => {
      expect(destinationRefusal(host, { allowLoopback: true })).toBeUndefined();
      expect(destinationRefusal(host, { allowLoopback: false })).toMatch(/loopback address/);
    },
  );

  it.each([["10.0.0.5"], ["192.168.1.10"], ["172.16.0.1"], ["fd12:3456::1"], ["2001:db8::1"], ["8.8.8.8"], ["registry.example.com"], ["localhost"]])(
    "%s passes (private networks hold private registries; names are checked on what they resolve to)",
    (host) => {
      expect(destinationRefusal(host, { allowLoopback: false })).toBeUndefined();
    },
  );

  it("isLoopbackName is the SPEC's list: localhost, 127.0.0.0/8, ::1", () => {
    for (const host of ["localhost", "127.0.0.1", "127.5.6.7", "[::1]", "::ffff:127.0.0.1", "LOCALHOST."]) expect(isLoopbackName(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "localhost.example.com", "10.0.0.1", "169.254.169.254"]) expect(isLoopbackName(host)).toBe(false);
  });
});

describe("checkedLookup: names are checked on what they resolve to, at every connection", () => {
  const resolver = (answers: Record<string, string[]>) =>
    ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      const addresses = answers[hostname] ?? [];
      if (options.all)
        return callback(
          null,
          addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
        );
      return callback(null, addresses[0], addresses[0]?.includes(":") ? 6 : 4);
    }) as unknown as LookupFunction;
  const resolve = (lookup: LookupFunction, hostname: string, all: boolean) =>
    new Promise<unknown>((done, fail) => lookup(hostname, { all }, (error, address) => (error ? fail(error) : done(address))));

  it("refuses a name that resolves to a metadata address, with or without `all`", async () => {
    const lookup = checkedLookup({ allowLoopback: true, lookup: resolver({ "meta.test": ["169.254.169.254"], "v6.test": ["fd00:ec2::254"] }), label: "L" });
    await expect(resolve(lookup, "meta.test", false)).rejects.toThrow("L: meta.test resolves to 169.254.169.254, a link-local address");
    await expect(resolve(lookup, "meta.test", true)).rejects.toThrow(/link-local/);
    await expect(resolve(lookup, "v6.test", true)).rejects.toThrow(/v6\.test resolves to fd00:ec2::254, a cloud metadata address/);
  });

  it("refuses a name when any of its addresses is refused", async () => {
    const lookup = checkedLookup({ allowLoopback: false, lookup: resolver({ "mixed.test": ["10.0.0.1", "127.0.0.1"] }), label: "L" });
    await expect(resolve(lookup, "mixed.test", true)).rejects.toThrow(/mixed\.test resolves to 127\.0\.0\.1, a loopback address/);
  });

  it("passes what may be connected to", async () => {
    const lookup = checkedLookup({ allowLoopback: true, lookup: resolver({ "local.test": ["127.0.0.1"], "far.test": ["10.1.2.3"] }), label: "L" });
    await expect(resolve(lookup, "local.test", false)).resolves.toBe("127.0.0.1");
    await expect(resolve(lookup, "far.test", true)).resolves.toEqual([{ address: "10.1.2.3", family: 4 }]);
  });
});
