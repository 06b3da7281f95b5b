import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  optional,
  text,
  timestamp
} from "./chunk-BUOUAKQC.js";
import {
  array,
  looseObject,
  number,
  record,
  string,
  unknown
} from "./chunk-LRSFJNTU.js";
import {
  _gte,
  _lte,
  _minLength,
  _regex
} from "./chunk-PE4PBRI4.js";

// src/poll.ts
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

// src/scans/ecr-status.ts
var WAIT = /* @__PURE__ */ new Set(["PENDING", "IN_PROGRESS"]);
var READY = /* @__PURE__ */ new Set(["COMPLETE", "ACTIVE"]);
function ecrStatusVerdict(status, description) {
  const detail = description ? `: ${description}` : "";
  if (status === void 0) return { state: "unavailable", reason: "the results carry no scan status" };
  if (READY.has(status)) return { state: "ready" };
  if (WAIT.has(status)) return { state: "wait", reason: `scan ${status}` };
  switch (status) {
    case "FAILED":
      return { state: "unavailable", reason: `the scan FAILED${detail}` };
    case "UNSUPPORTED_IMAGE":
      return { state: "unavailable", reason: `the image is not supported by the scanner (UNSUPPORTED_IMAGE)${detail}` };
    case "SCAN_ELIGIBILITY_EXPIRED":
      return { state: "unavailable", reason: `continuous scanning of this image has expired (SCAN_ELIGIBILITY_EXPIRED); push it again to rescan${detail}` };
    case "FINDINGS_UNAVAILABLE":
      return { state: "unavailable", reason: `findings are unavailable (FINDINGS_UNAVAILABLE)${detail}` };
    case "LIMIT_EXCEEDED":
      return { state: "unavailable", reason: `the basic scan quota is exhausted (LIMIT_EXCEEDED)${detail}` };
    case "IMAGE_ARCHIVED":
      return { state: "unavailable", reason: `the image is archived (IMAGE_ARCHIVED)${detail}` };
    default:
      return { state: "unavailable", reason: `unknown scan status ${status}${detail}` };
  }
}

// src/scans/schemas.ts
var vulnerablePackageSchema = looseObject({
  name: optional(text),
  version: optional(text),
  epoch: optional(number()),
  release: optional(text),
  arch: optional(text),
  packageManager: optional(text),
  filePath: optional(text),
  fixedInVersion: optional(text),
  remediation: optional(text)
});
var packageFindingSchema = looseObject({
  findingArn: optional(text),
  awsAccountId: optional(text),
  type: optional(text),
  title: optional(text),
  description: optional(text),
  severity: optional(text),
  status: optional(text),
  fixAvailable: optional(text),
  exploitAvailable: optional(text),
  inspectorScore: optional(number()),
  score: optional(number()),
  epss: optional(looseObject({ score: optional(number().check(_gte(0), _lte(1))) })),
  exploitabilityDetails: optional(looseObject({ lastKnownExploitAt: optional(timestamp) })),
  // Present on package vulnerability findings (the only type the gate reads); Inspector's other types lack it.
  packageVulnerabilityDetails: optional(
    looseObject({
      vulnerabilityId: text.check(_minLength(1)),
      source: optional(text),
      sourceUrl: optional(text),
      vendorSeverity: optional(text),
      vulnerablePackages: optional(array(vulnerablePackageSchema))
    })
  ),
  resources: optional(
    array(
      looseObject({
        type: optional(text),
        id: optional(text),
        details: optional(
          looseObject({
            awsEcrContainerImage: optional(
              looseObject({
                imageHash: optional(text),
                repositoryName: optional(text),
                registry: optional(text),
                platform: optional(text),
                architecture: optional(text)
              })
            )
          })
        )
      })
    )
  )
});
var basicFindingSchema = looseObject({
  name: text.check(_minLength(1)),
  description: optional(text),
  uri: optional(text),
  severity: optional(text),
  attributes: optional(array(looseObject({ key: text, value: optional(text) })))
});
var imageScanStatusSchema = looseObject({ status: optional(text), description: optional(text) });
var imageScanFindingsPageSchema = looseObject({
  registryId: optional(text),
  repositoryName: optional(text),
  imageId: optional(looseObject({ imageDigest: optional(text), imageTag: optional(text) })),
  imageScanStatus: optional(imageScanStatusSchema),
  imageScanFindings: optional(
    looseObject({
      imageScanCompletedAt: optional(timestamp),
      vulnerabilitySourceUpdatedAt: optional(timestamp),
      findingSeverityCounts: optional(record(string(), number())),
      findings: optional(array(basicFindingSchema)),
      enhancedFindings: optional(array(packageFindingSchema))
    })
  ),
  nextToken: optional(text)
});
var describeImagesSchema = looseObject({
  imageDetails: optional(
    array(
      looseObject({
        registryId: optional(text),
        repositoryName: optional(text),
        imageDigest: text.check(_regex(/^sha256:[0-9a-f]{64}$/, "expected sha256:<64 hex>")),
        imageTags: optional(array(text)),
        imagePushedAt: optional(timestamp),
        imageManifestMediaType: optional(text),
        artifactMediaType: optional(text)
      })
    )
  ),
  nextToken: optional(text)
});
var batchGetImageSchema = looseObject({
  images: optional(
    array(
      looseObject({
        registryId: optional(text),
        repositoryName: optional(text),
        imageId: optional(looseObject({ imageDigest: optional(text), imageTag: optional(text) })),
        imageManifest: optional(text),
        imageManifestMediaType: optional(text)
      })
    )
  ),
  failures: optional(
    array(
      looseObject({
        imageId: optional(looseObject({ imageDigest: optional(text), imageTag: optional(text) })),
        failureCode: optional(text),
        failureReason: optional(text)
      })
    )
  )
});
var registryScanningConfigurationSchema = looseObject({
  registryId: optional(text),
  scanningConfiguration: optional(looseObject({ scanType: optional(text), rules: optional(array(unknown())) }))
});
var coveredResourceSchema = looseObject({
  resourceType: optional(text),
  resourceId: optional(text),
  accountId: optional(text),
  scanType: optional(text),
  scanStatus: optional(looseObject({ statusCode: optional(text), reason: optional(text) })),
  lastScannedAt: optional(timestamp),
  scanMode: optional(text)
});
var listCoveragePageSchema = looseObject({ coveredResources: optional(array(coveredResourceSchema)), nextToken: optional(text) });
var listFindingsPageSchema = looseObject({ findings: optional(array(packageFindingSchema)), nextToken: optional(text) });
var findingDetailsSchema = looseObject({
  findingDetails: optional(
    array(
      looseObject({
        findingArn: optional(text),
        cisaData: optional(looseObject({ dateAdded: optional(timestamp), dateDue: optional(timestamp), action: optional(text) })),
        exploitObserved: optional(looseObject({ firstSeen: optional(timestamp), lastSeen: optional(timestamp) })),
        epssScore: optional(number().check(_gte(0), _lte(1)))
      })
    )
  ),
  errors: optional(array(looseObject({ findingArn: optional(text), errorCode: optional(text), errorMessage: optional(text) })))
});
var kevCatalogSchema = looseObject({
  catalogVersion: optional(text),
  vulnerabilities: array(
    looseObject({
      cveID: text.check(_regex(/^CVE-\d{4}-\d{4,}$/, "expected a CVE id")),
      dateAdded: optional(text),
      dueDate: optional(text),
      requiredAction: optional(text)
    })
  )
});

export {
  ecrStatusVerdict,
  imageScanFindingsPageSchema,
  describeImagesSchema,
  batchGetImageSchema,
  registryScanningConfigurationSchema,
  listCoveragePageSchema,
  listFindingsPageSchema,
  findingDetailsSchema,
  kevCatalogSchema,
  isAbort,
  pollUntil,
  readUntilSettled
};
