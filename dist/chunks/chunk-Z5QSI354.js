import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/scans/poll.ts
function abortError(signal) {
  const error = new Error(typeof signal?.reason === "string" ? signal.reason : "cancelled");
  error.name = "AbortError";
  return error;
}
function isAbort(error) {
  return error?.name === "AbortError";
}
function throwIfAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}
var realClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};
async function pollUntil(options) {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3e3;
  const maxInterval = options.maxIntervalMs ?? 15e3;
  let previous;
  for (; ; ) {
    throwIfAborted(options.signal);
    const step = await options.step();
    if (step.done) return step;
    const elapsedMs = clock.now() - started;
    options.progress?.({ what: options.what, state: step.state, elapsedMs, changed: step.state !== previous });
    previous = step.state;
    if (elapsedMs >= options.waitMs) return { done: false, lastState: step.state, waitedMs: elapsedMs };
    await clock.sleep(Math.min(interval, Math.max(0, options.waitMs - elapsedMs)), options.signal);
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}
async function readUntilSettled(options) {
  const { clock } = options;
  const started = clock.now();
  let interval = options.intervalMs ?? 3e3;
  const maxInterval = options.maxIntervalMs ?? 15e3;
  let previousState;
  let previous;
  let disagreements = 0;
  for (; ; ) {
    throwIfAborted(options.signal);
    const read = await options.read();
    if (read.state === "unavailable") return { ok: false, reason: read.reason };
    const elapsedMs = clock.now() - started;
    if (read.state === "finished") {
      if (previous?.signature === read.signature) return { ok: true, value: read.value };
      if (previous) {
        disagreements++;
        options.progress?.({ what: options.what, state: "findings still arriving", elapsedMs, changed: previousState !== "findings still arriving" });
        previousState = "findings still arriving";
        if (disagreements >= (options.maxDisagreements ?? 6)) return { ok: false, reason: "findings kept changing between reads" };
      }
      previous = { signature: read.signature };
      await clock.sleep(options.settleMs, options.signal);
      continue;
    }
    previous = void 0;
    options.progress?.({ what: options.what, state: read.reason, elapsedMs, changed: read.reason !== previousState });
    previousState = read.reason;
    if (elapsedMs >= options.waitMs) return { ok: false, reason: read.reason, timedOut: { waitedMs: elapsedMs, lastState: read.reason } };
    await clock.sleep(Math.min(interval, Math.max(0, options.waitMs - elapsedMs)), options.signal);
    interval = Math.min(maxInterval, Math.round(interval * 1.5));
  }
}

// src/scans/normalize.ts
function fixState(value) {
  switch (value?.toUpperCase()) {
    case "YES":
      return true;
    case "NO":
      return false;
    case "PARTIAL":
      return "partial";
    default:
      return "unknown";
  }
}
function exploitState(value) {
  switch (value?.toUpperCase()) {
    case "YES":
      return true;
    case "NO":
      return false;
    default:
      return void 0;
  }
}
function findingStatus(status) {
  switch (status?.toUpperCase()) {
    case "CLOSED":
      return "closed";
    case "SUPPRESSED":
      return "suppressed";
    default:
      return "active";
  }
}
function fromBasicFinding(finding) {
  const attributes = /* @__PURE__ */ new Map();
  for (const attribute of finding.attributes ?? []) if (attribute.value != null) attributes.set(attribute.key, attribute.value);
  const score = Number(attributes.get("CVSS3_SCORE") ?? attributes.get("CVSS2_SCORE"));
  const vulnerability = {
    id: finding.name,
    vendorSeverity: finding.severity ?? "UNDEFINED",
    package: attributes.get("package_name") ?? attributes.get("PACKAGE_NAME") ?? "(unknown package)",
    fixAvailable: "unknown",
    source: "ecr-basic",
    status: "active"
  };
  const version = attributes.get("package_version") ?? attributes.get("PACKAGE_VERSION");
  if (version !== void 0) vulnerability.version = version;
  if (Number.isFinite(score)) vulnerability.score = score;
  if (finding.uri != null) vulnerability.link = finding.uri;
  if (finding.description != null) vulnerability.title = finding.description.split("\n", 1)[0].slice(0, 200);
  return vulnerability;
}
function fromPackageFinding(finding, source) {
  const status = findingStatus(finding.status);
  if (status === "closed") return [];
  const details = finding.packageVulnerabilityDetails;
  const id = details.vulnerabilityId;
  const severity = finding.severity ?? details.vendorSeverity ?? "UNDEFINED";
  const fix = fixState(finding.fixAvailable);
  const score = finding.inspectorScore ?? finding.score ?? void 0;
  const common = { id, vendorSeverity: severity, fixAvailable: fix, source, status };
  if (score !== void 0) common.score = score;
  if (details.sourceUrl != null) common.link = details.sourceUrl;
  if (finding.title != null) common.title = finding.title.slice(0, 200);
  if (finding.findingArn != null) common.findingArn = finding.findingArn;
  const exploit = exploitState(finding.exploitAvailable);
  if (exploit !== void 0) common.exploitAvailable = exploit;
  if (finding.exploitabilityDetails?.lastKnownExploitAt != null) common.lastKnownExploitAt = finding.exploitabilityDetails.lastKnownExploitAt;
  if (finding.epss?.score != null) common.epss = finding.epss.score;
  const result = [];
  const seen = /* @__PURE__ */ new Set();
  for (const pkg of details.vulnerablePackages ?? []) {
    const name = pkg.name ?? "(unknown package)";
    const key = `${name}\0${pkg.version ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const vulnerability = { ...common, package: name };
    if (pkg.version != null) vulnerability.version = pkg.version;
    const fixedIn = pkg.fixedInVersion;
    if (fixedIn != null && fixedIn !== "NotAvailable" && fixedIn !== "") {
      vulnerability.fixedIn = fixedIn;
      if (fix === "unknown") vulnerability.fixAvailable = true;
    }
    result.push(vulnerability);
  }
  if (result.length === 0) result.push({ ...common, package: "(unknown package)" });
  return result;
}
function normalizeSeverity(vendor, unknown) {
  switch (vendor.toUpperCase()) {
    case "CRITICAL":
      return "critical";
    case "HIGH":
      return "high";
    case "MEDIUM":
    case "MODERATE":
      return "medium";
    case "LOW":
      return "low";
    case "INFORMATIONAL":
    case "INFO":
    case "NEGLIGIBLE":
      return "info";
    default:
      return unknown;
  }
}
function signatureOf(vulnerabilities) {
  return vulnerabilities.map((item) => `${item.id}|${item.package}|${item.version ?? ""}|${item.vendorSeverity}|${item.status}|${item.fixedIn ?? ""}`).sort().join("\n");
}

export {
  fromBasicFinding,
  fromPackageFinding,
  normalizeSeverity,
  signatureOf,
  isAbort,
  realClock,
  pollUntil,
  readUntilSettled
};
