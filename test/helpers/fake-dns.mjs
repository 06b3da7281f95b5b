// Preloaded into a CLI run (node --import fake-dns.mjs ...): name resolution from a table instead
// of the system's, so tests can give names to loopback servers, point names at metadata addresses
// and change answers between lookups (DNS rebinding) without touching the machine.
// IMAGE_GATE_TEST_DNS='{"registry.test": ["127.0.0.1"], "rebind.test": ["127.0.0.1", "169.254.169.254"]}'
// Each lookup of a name takes the next answer of its list (the last one repeats); unknown names
// are not found (no query ever leaves the process). IMAGE_GATE_TEST_DNS_LOG, if set, is a file
// that gets one line per lookup.
import dns from "node:dns";
import { appendFileSync } from "node:fs";
import net from "node:net";

const table = JSON.parse(process.env.IMAGE_GATE_TEST_DNS ?? "{}");
const asked = new Map();
const real = dns.lookup;

dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === "function" ? options : callback;
  const settings = typeof options === "object" && options !== null ? options : {};
  // Literal addresses resolve to themselves, as getaddrinfo does.
  if (net.isIP(hostname)) return real.call(dns, hostname, options, callback);
  if (process.env.IMAGE_GATE_TEST_DNS_LOG) appendFileSync(process.env.IMAGE_GATE_TEST_DNS_LOG, `${hostname}\n`);
  const answers = table[hostname];
  if (!answers) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
    return process.nextTick(done, error);
  }
  const count = asked.get(hostname) ?? 0;
  asked.set(hostname, count + 1);
  const address = answers[Math.min(count, answers.length - 1)];
  const family = net.isIPv6(address) ? 6 : 4;
  if (settings.all) return process.nextTick(done, null, [{ address, family }]);
  return process.nextTick(done, null, address, family);
};
