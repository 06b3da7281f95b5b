/**
 * Where the gate may connect. A registry decides where its token realm and its redirects send
 * the gate, so every hop is checked by one function: the address is normalized first (IPv4 in
 * every spelling inet_aton accepts, IPv4-mapped and NAT64 IPv6, zone ids), then link-local and
 * cloud-metadata targets are refused, and loopback is allowed only where the caller says so.
 * Names are checked again on what they resolve to, at every connection (DNS rebinding).
 */

import dns from "node:dns";
import net, { type LookupFunction } from "node:net";
import { GateError } from "../errors.ts";

/** An address in numeric form: four bytes, or eight 16-bit groups. */
export type NumericAddress = { family: 4; bytes: number[] } | { family: 6; groups: number[] };

/** Names of cloud metadata services (they resolve to link-local addresses, refused anyway). */
const METADATA_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"]);

/** Metadata and host-agent addresses outside the link-local ranges: Alibaba, Oracle (legacy), Azure's WireServer. */
const METADATA_V4 = new Set(["100.100.100.200", "192.0.0.192", "168.63.129.16"]);

/** One part of a dotted IPv4 address as inet_aton reads it: decimal, 0-led octal or 0x hex. */
function ipv4Part(part: string): number | undefined {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]*$/.test(part)) return parseInt(part, 8);
  if (/^[1-9]\d*$/.test(part)) return Number(part);
  return undefined;
}

/** `169.254.169.254`, `2852039166`, `0251.0376.0251.0376`, `0xa9.0xfe.43518`: four bytes, or undefined for a name. */
function parseIpv4(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((part) => part === "")) return undefined;
  const values = parts.map(ipv4Part);
  if (values.some((value) => value === undefined)) return undefined;
  const numbers = values as number[];
  const last = numbers.pop()!;
  if (numbers.some((value) => value > 255) || last >= 256 ** (4 - numbers.length)) return undefined;
  const bytes = [...numbers];
  for (let shift = 4 - numbers.length - 1; shift >= 0; shift--) bytes.push(Math.floor(last / 256 ** shift) % 256);
  return bytes;
}

/** Eight groups of an IPv6 address (with an embedded dotted IPv4 tail, if any), or undefined. */
function parseIpv6(text: string): number[] | undefined {
  if (!net.isIPv6(text)) return undefined;
  let body = text;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const bytes = dotted[1]!.split(".").map(Number);
    tail.push(bytes[0]! * 256 + bytes[1]!, bytes[2]! * 256 + bytes[3]!);
    body = body.slice(0, -dotted[1]!.length);
    if (body.endsWith(":") && !body.endsWith("::")) body = body.slice(0, -1);
  }
  const [head, rest] = body.split("::") as [string, string | undefined];
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const front = groups(head);
  const back = [...(rest === undefined ? [] : groups(rest)), ...tail];
  if (rest === undefined) return [...front, ...back];
  return [...front, ...Array.from({ length: 8 - front.length - back.length }, () => 0), ...back];
}

/** Normalizes a host (an IP literal in any spelling, brackets and zone id allowed) to numbers; undefined for a name. */
export function normalizeAddress(host: string): NumericAddress | undefined {
  let text = host.trim().toLowerCase();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  text = text.replace(/%.*$/, "");
  if (text.includes(":")) {
    const groups = parseIpv6(text);
    return groups ? { family: 6, groups } : undefined;
  }
  const bytes = parseIpv4(text.replace(/\.$/, ""));
  return bytes ? { family: 4, bytes } : undefined;
}

/** The IPv4 address an IPv6 one carries to an IPv4 host: mapped, compatible, SIIT-translated, NAT64. */
function embeddedIpv4(groups: number[]): number[] | undefined {
  const zero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const tail = [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255];
  if (zero(0, 5) && groups[5] === 0xffff) return tail; // ::ffff:a.b.c.d
  if (zero(0, 4) && groups[4] === 0xffff && groups[5] === 0) return tail; // ::ffff:0:a.b.c.d
  if (zero(0, 6) && !(groups[6] === 0 && groups[7]! <= 1)) return tail; // ::a.b.c.d (deprecated)
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return tail; // 64:ff9b::/96
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups[2] === 1) return tail; // 64:ff9b:1::/48
  return undefined;
}

type AddressKind = "loopback" | "link-local" | "metadata" | "other";

function classifyIpv4(bytes: number[]): AddressKind {
  const [a, b] = bytes as [number, number];
  // 0.0.0.0/8 is "this host": connecting to it reaches the machine itself, like loopback.
  if (a === 127 || a === 0) return "loopback";
  if (a === 169 && b === 254) return "link-local";
  if (METADATA_V4.has(bytes.join("."))) return "metadata";
  return "other";
}

function classify(address: NumericAddress): AddressKind {
  if (address.family === 4) return classifyIpv4(address.bytes);
  const groups = address.groups;
  const embedded = embeddedIpv4(groups);
  if (embedded) return classifyIpv4(embedded);
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7]! <= 1) return "loopback"; // :: and ::1
  if ((groups[0]! & 0xffc0) === 0xfe80) return "link-local";
  // AWS's IPv6 instance metadata, DNS and time (fd00:ec2::/32); Google's IPv6 metadata server.
  if (groups[0] === 0xfd00 && groups[1] === 0x0ec2) return "metadata";
  if (groups.join(":") === [0xfd20, 0xce, 0, 0, 0, 0, 0, 0x254].join(":")) return "metadata";
  return "other";
}

/** Whether a host is named as loopback (`localhost`, 127.0.0.0/8, `::1`): such a registry may be spoken to in plain HTTP. */
export function isLoopbackName(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^\[(.*)\]$/, "$1");
  if (name === "localhost") return true;
  const address = normalizeAddress(name);
  if (address === undefined) return false;
  const bytes = address.family === 4 ? address.bytes : embeddedIpv4(address.groups);
  if (bytes) return bytes[0] === 127;
  return address.family === 6 && address.groups.slice(0, 7).every((group) => group === 0) && address.groups[7] === 1;
}

/**
 * The one check for every destination (a registry, a token realm, each redirect hop, each address
 * a name resolves to): why the gate refuses to connect there, or undefined when it may.
 */
export function destinationRefusal(host: string, options: { allowLoopback: boolean }): string | undefined {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^\[(.*)\]$/, "$1");
  if (METADATA_NAMES.has(name)) return "a cloud metadata service";
  const address = normalizeAddress(name);
  if (address === undefined) return undefined; // a name: checked again on what it resolves to
  const kind = classify(address);
  if (kind === "link-local") return "a link-local address (where cloud metadata services live)";
  if (kind === "metadata") return "a cloud metadata address";
  if (kind === "loopback" && !options.allowLoopback) return "a loopback address, and only a registry named as a loopback host may send the gate there";
  return undefined;
}

/** A name resolution that refuses names resolving to an address `destinationRefusal` refuses; `label` starts its messages. */
export function checkedLookup(options: { allowLoopback: boolean; lookup?: LookupFunction | undefined; label: string }): LookupFunction {
  return ((hostname: string, lookupOptions: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    // Looked up at call time, so a resolver swapped in for tests (or by an embedding) is honoured.
    const lookup: LookupFunction = options.lookup ?? dns.lookup;
    lookup(hostname, lookupOptions, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((entry: { address: string }) => entry.address) : [address];
      for (const resolved of addresses) {
        const refusal = destinationRefusal(resolved, options);
        if (refusal) return callback(new GateError(`${options.label}: ${hostname} resolves to ${resolved}, ${refusal}; refusing to connect`), address, family);
      }
      callback(null, address, family);
    });
  }) as unknown as LookupFunction;
}
