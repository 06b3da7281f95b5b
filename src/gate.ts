/**
 * The one pipeline: inputs → evidence → checks → findings → policy decision → report.
 * The CLI and the GitHub Action are thin shells around runGate().
 */

import path from "node:path";
import { foldRepeatedFindings } from "./checks/finding-limit.ts";
import { CHECKS } from "./checks/index.ts";
import type { CheckContext, Evidence } from "./checks/types.ts";
import { loadDockerfile } from "./dockerfile/parse.ts";
import type { ImageLoadOptions } from "./image/load.ts";
import type * as ImageLoading from "./image/load.ts";
import type { ImageModel } from "./image/model.ts";
import { imageNeedsOfEnabledChecks } from "./checks/image-needs.ts";
import { readsNoLayerContent } from "./image/needs.ts";
import type { RegistryOptions } from "./image/registry.ts";
import { GateError } from "./errors.ts";
import { refuseUserinfo } from "./image/transport.ts";
import type { Finding } from "./findings.ts";
import { decide, stopsOnUnavailable, unavailableScanCause } from "./policy/decide.ts";
import { loadBaseline } from "./policy/baseline.ts";
import { loadPolicy } from "./policy/load.ts";
import { isEcrHost, parseEcrReference, type EcrReference } from "./reference/ecr.ts";
import type { ScanResult, ScanSource } from "./scans/model.ts";
import type { Clock, Progress } from "./poll.ts";
import type { ImageProgressEvent } from "./progress.ts";
import { buildReport, type NotScanned, type Report, type Targets } from "./report/model.ts";
import { scannerFor, unsafeRegexes, type SecretPolicyOptions } from "./secrets/policy-options.ts";
import { quoteInput } from "./secrets/redact.ts";
import { cancellableClock, DEFAULT_RUN_TIMEOUT, withRunDeadline, type RunActivity } from "./run-control.ts";
import { TOOL_VERSION } from "./version.ts";
import { notice } from "./notices.ts";

export interface GateOptions {
  /** Path of the Dockerfile to judge. */
  dockerfile?: string;
  /** --image: a built image in the skopeo transport spelling (docker-archive:, oci:, ...). */
  image?: string;
  /** --policy: a file path or a preset name. */
  policy?: string;
  /** --mode: overrides the policy's mode. */
  mode?: "enforce" | "audit";
  /** --build-arg values. */
  buildArgs?: Record<string, string>;
  /** --platform (os/arch[/variant]). */
  platform?: string;
  /** Working directory for relative paths and the default policy (default: process.cwd()). */
  cwd?: string;
  /** The clock, for exception expiry (default: now). */
  now?: Date;
  /** --ecr / --inspector: read scan results from ECR / Amazon Inspector (also switchable in the policy). */
  ecr?: boolean;
  inspector?: boolean;
  /** --ecr-image: the ECR image whose scan results are gated (default: --image when it is in ECR). */
  ecrImage?: string;
  /** --scan-results: offline results files (aws ecr describe-image-scan-findings / aws inspector2 list-findings). */
  scanResults?: string[];
  /** Waiting for scans: an injectable clock, progress reports, and the pause between settling reads. */
  clock?: Clock;
  progress?: Progress;
  settleMs?: number;
  /** How far the image's layers have been read (the CLI draws it on a terminal). */
  imageProgress?: (event: ImageProgressEvent) => void;
  /** Called with every credential the run handles (registry passwords, tokens), so a shell can mask it. */
  onSecret?: (value: string) => void;
  /** --baseline: an earlier JSON report; findings it holds are marked and never block. */
  baseline?: string;
  /** Registry client settings for embedding and tests (name resolution, timeouts). */
  registry?: Omit<RegistryOptions, "onSecret" | "signal" | "activity">;
  /** --timeout: the whole run's deadline, such as "30m" (default); past it the run ends with a GateError saying what it was doing. */
  timeout?: string;
}

export interface GateOutcome {
  report: Report;
  /** 0: passed or audit mode; 1: blocking findings. (2 is a thrown GateError.) */
  exitCode: 0 | 1;
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return (relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(cwd, file) : relative).split(path.sep).join("/");
}

/** The ECR image a run names: --ecr-image, else --image when it is an ECR docker:// reference. */
function ecrReferenceOf(options: GateOptions): EcrReference | undefined {
  if (options.ecrImage !== undefined) return parseEcrReference(options.ecrImage, "--ecr-image");
  if (options.image?.startsWith("docker://") && isEcrHost(options.image.slice("docker://".length).split("/")[0] ?? ""))
    return parseEcrReference(options.image, "--image");
  return undefined;
}

/** Runs the gate. Throws GateError for anything that keeps it from judging (exit 2), the run's deadline included. */
export async function runGate(options: GateOptions): Promise<GateOutcome> {
  try {
    return await withRunDeadline(options.timeout ?? DEFAULT_RUN_TIMEOUT, (control) => judge(options, control));
  } finally {
    // Layer threads started for an image the run never reached (it failed before): stopped.
    if (options.image !== undefined) await import("./image/load.ts").then((loaded) => loaded.stopPreparedThreads()).catch(() => undefined);
  }
}

async function judge(options: GateOptions, control: { signal: AbortSignal; activity: RunActivity }): Promise<GateOutcome> {
  const { activity } = control;
  const cwd = options.cwd ?? process.cwd();
  if (options.platform !== undefined && !/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(options.platform)) {
    throw new GateError(`--platform: ${quoteInput(options.platform, 40)} is not of the form os/arch[/variant], e.g. linux/amd64`);
  }
  // Before anything can echo them: references with credentials are refused without quoting them.
  if (options.image !== undefined) refuseUserinfo(options.image, "--image");
  if (options.ecrImage !== undefined) refuseUserinfo(options.ecrImage, "--ecr-image");
  const scanFiles = options.scanResults ?? [];
  if (options.dockerfile === undefined && options.image === undefined && options.ecrImage === undefined && scanFiles.length === 0) {
    throw new GateError("nothing to judge: give a Dockerfile path, --image, --ecr-image or --scan-results");
  }
  activity.phase("loading the policy");
  const policy = loadPolicy(options.policy, cwd);
  const mode = options.mode ?? policy.mode;
  const secretOptions = policy.checks.secret?.options as SecretPolicyOptions | undefined;
  const [unsafe] = await unsafeRegexes(secretOptions);
  if (unsafe) {
    const field = ["checks", "secret", ...unsafe.field.map((part) => (/^\d+$/.test(part) ? Number(part) : part))];
    const name = field.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`), "");
    throw new GateError(`${policy.locate(field)}: ${name}: ${unsafe.problem}`);
  }
  // Read before any slow work, so a wrong path fails at once.
  const baseline = options.baseline !== undefined ? loadBaseline(path.resolve(cwd, options.baseline), displayPath(options.baseline, cwd)) : undefined;

  // Every registry the run reads gets the policy's deadlines, and ends with the run.
  const registryOptions: RegistryOptions = {
    idleTimeoutMs: policy.limits.idleTimeoutMs,
    readTimeoutMs: policy.limits.readTimeoutMs,
    ...options.registry,
    signal: control.signal,
    activity,
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
  };
  // The image's load options are known now: its layer threads start while the Dockerfile and the
  // manifests are read (a thread started once the walks have the cores busy starts late).
  let imageLoad: { options: ImageLoadOptions; module: Promise<typeof ImageLoading> } | undefined;
  if (options.image !== undefined) {
    // What the checks the policy turns on need from the layers, and nothing more: a check that is off costs no I/O.
    const needs = imageNeedsOfEnabledChecks(policy.checks);
    const loadOptions: ImageLoadOptions = {
      cwd,
      limits: { maxFileBytes: policy.limits.maxFileBytes, maxLayerBytes: policy.limits.maxLayerBytes, maxEntries: policy.limits.maxEntries },
      idleTimeoutMs: policy.limits.idleTimeoutMs,
      signal: control.signal,
      activity,
      registry: registryOptions,
      needs,
    };
    if (needs.credentials) loadOptions.scanner = scannerFor(secretOptions);
    if (options.platform !== undefined) loadOptions.platform = options.platform;
    if (options.imageProgress !== undefined) loadOptions.progress = options.imageProgress;
    // Loaded only when a run reads an image: a Dockerfile-only run stays light.
    const image = options.image;
    const module = import("./image/load.ts").then((loaded) => {
      loaded.prepareImageLoad(image, loadOptions);
      return loaded;
    });
    module.catch(() => undefined); // awaited below; a run that fails before then must not also report this
    imageLoad = { options: loadOptions, module };
  }

  const evidence: Evidence = {};
  const targets: Targets = {};
  if (options.dockerfile !== undefined) {
    const dockerfilePath = displayPath(options.dockerfile, cwd);
    activity.phase(`reading the Dockerfile ${dockerfilePath}`);
    evidence.dockerfile = await loadDockerfile(path.resolve(cwd, options.dockerfile), dockerfilePath, {
      buildArgs: options.buildArgs ?? {},
      platform: options.platform ?? "linux/amd64",
    });
    targets.dockerfile = {
      path: dockerfilePath,
      stages: evidence.dockerfile.stages.length,
      finalFromLine: evidence.dockerfile.stages[evidence.dockerfile.stages.length - 1]!.line,
      baseImages: evidence.dockerfile.imageUses
        .filter((use) => use.kind === "from" && use.stageRef === undefined)
        .map((use) => (use.scratch ? "scratch" : (use.reference?.normalized ?? use.resolved))),
    };
  }
  // Registry evidence about the base images, only when a check that needs it is on: `off` (and
  // the default preset) makes no request, so a Dockerfile-only run stays offline.
  const outdated = policy.checks["outdated-base-image"];
  if (evidence.dockerfile && outdated && outdated.action !== "off") {
    activity.phase("reading the tag lists of the base images");
    const { gatherBaseImageEvidence, RegistryLookups } = await import("./image/base-image-registry.ts");
    const lookups = new RegistryLookups(registryOptions);
    evidence.baseImages = await gatherBaseImageEvidence(evidence.dockerfile, { tags: true, digests: policy.checks["mutable-tag"]?.action !== "off" }, lookups);
    const unreadable = Object.entries(evidence.baseImages.tags).find(([, listing]) => "unavailable" in listing);
    if (unreadable && stopsOnUnavailable(outdated.options["on-unavailable"], mode)) {
      throw new GateError(
        `${(unreadable[1] as { unavailable: string }).unavailable} (the tag list of ${unreadable[0]}; checks.outdated-base-image.on-unavailable is fail)`,
      );
    }
  }

  if (options.image !== undefined) {
    activity.phase(`reading the image ${options.image}`);
    const { loadImage } = await imageLoad!.module;
    if (readsNoLayerContent(imageLoad!.options.needs!))
      notice(`--image: no enabled check reads the image's files; its layers are read only to verify their digests`);
    evidence.image = await loadImage(options.image, imageLoad!.options);
    targets.image = {
      reference: options.image,
      transport: evidence.image.transport,
      platform: evidence.image.platform,
      configDigest: evidence.image.configDigest,
      layers: evidence.image.layers.length,
      user: evidence.image.config.user,
    };
    // The digest the reference resolved to (what a deploy can pin), and the platform manifest read.
    const resolvedDigest = evidence.image.referenceDigest ?? evidence.image.digest;
    if (resolvedDigest !== undefined) targets.image.digest = resolvedDigest;
    if (evidence.image.digest !== undefined && evidence.image.digest !== resolvedDigest) targets.image.manifestDigest = evidence.image.digest;
  }

  // Vulnerability sources: the policy's, plus what the command line switched on.
  const sources = new Set<ScanSource>(policy.vulnerabilities.sources);
  if (options.ecr) sources.add("ecr");
  if (options.inspector) sources.add("inspector");
  if (scanFiles.length > 0) sources.add("file");
  let scans: ScanResult[] | undefined;
  if (sources.size > 0) {
    let ecrReference = ecrReferenceOf(options);
    const imageInEcr =
      options.image?.startsWith("docker://") && isEcrHost(options.image.slice("docker://".length).split("/")[0] ?? "")
        ? parseEcrReference(options.image, "--image")
        : undefined;
    // The digest --image resolved is the one whose scan is read: never resolve the same tag a second time (it may have moved).
    const resolvedDigest = evidence.image?.referenceDigest;
    if (
      ecrReference &&
      imageInEcr &&
      resolvedDigest !== undefined &&
      ecrReference.digest === undefined &&
      ecrReference.registry === imageInEcr.registry &&
      ecrReference.repository === imageInEcr.repository &&
      ecrReference.tag === imageInEcr.tag
    ) {
      ecrReference = { ...ecrReference, digest: resolvedDigest };
    }
    if ((sources.has("ecr") || sources.has("inspector")) && !ecrReference) {
      throw new GateError(
        `${sources.has("ecr") ? "ECR" : "Inspector"} scan results need the ECR image: give --ecr-image ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST]`,
      );
    }
    activity.phase(`reading scan results (${[...sources].join(", ")})`);
    const { gatherScans } = await import("./scans/gather.ts");
    // The latest wait state names what a run that times out was waiting for.
    let waiting: (() => void) | undefined;
    const progress: Progress = (event) => {
      waiting?.();
      waiting = activity.begin(`waiting for the ${event.what} (${event.state})`);
      options.progress?.(event);
    };
    const gathered = await gatherScans({
      sources,
      files: scanFiles,
      cwd,
      ...(ecrReference ? { ecr: ecrReference } : {}),
      waitMs: policy.vulnerabilities.waitMs,
      startScan: policy.vulnerabilities.startScan,
      clock: options.clock ?? cancellableClock(control.signal),
      platforms: policy.vulnerabilities.platforms,
      // With --image, the platform it read; else --platform (default: the only one, or linux/amd64).
      ...((evidence.image?.platform ?? options.platform) ? { platform: evidence.image?.platform ?? options.platform } : {}),
      ...(policy.vulnerabilities.kevCatalog ? { kevCatalog: policy.vulnerabilities.kevCatalog } : {}),
      stopOnUnavailable: stopsOnUnavailable(policy.vulnerabilities.onUnavailable, mode),
      progress,
      ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
    });
    waiting?.();
    // Fail closed: missing or unfinished results are never "no vulnerabilities". In audit mode
    // they are reported instead, since audit never fails the pipeline. The cause is named, not a
    // source that was cancelled because of it.
    const missing = unavailableScanCause(gathered.results);
    if (missing && stopsOnUnavailable(policy.vulnerabilities.onUnavailable, mode)) {
      throw new GateError(`${missing.label}: scan results unavailable: ${missing.reason ?? "unknown reason"} (vulnerabilities.on-unavailable is fail)`);
    }
    scans = gathered.results;
    evidence.scans = scans;
    if (scanFiles.length > 0) targets.scanResults = scanFiles.map((file) => displayPath(file, cwd));
    if (ecrReference) {
      targets.ecrImage = { reference: ecrReference.text, registry: ecrReference.registry, region: ecrReference.region, repository: ecrReference.repository };
      if (ecrReference.tag !== undefined) targets.ecrImage.tag = ecrReference.tag;
      if (gathered.digest !== undefined) targets.ecrImage.digest = gathered.digest;
      if (gathered.index) {
        targets.ecrImage.index = true;
        targets.ecrImage.platforms = gathered.index.images;
        if (gathered.index.skipped.length > 0) targets.ecrImage.skippedPlatforms = gathered.index.skipped;
      }
    }
  }

  // Signatures, attestations and repository settings: only for the checks the policy turns on.
  let notApplicable: Record<string, string> = {};
  const on = (id: string) => (policy.checks[id]?.action ?? "off") !== "off";
  if (["unsigned-image", "unsigned-base-image", "missing-attestations", "registry-settings"].some(on)) {
    activity.phase("reading signatures, attestations and repository settings");
    const [{ collectSupplyChain }, { signerSettings }] = await Promise.all([import("./supply-chain/collect.ts"), import("./checks/signer-options.ts")]);
    const ecrReference = ecrReferenceOf(options);
    const collected = await collectSupplyChain({
      ...(on("unsigned-image") ? { unsignedImage: signerSettings(policy.checks["unsigned-image"]!.options, cwd) } : {}),
      ...(on("unsigned-base-image") ? { unsignedBaseImage: signerSettings(policy.checks["unsigned-base-image"]!.options, cwd) } : {}),
      missingAttestations: on("missing-attestations"),
      registrySettings: on("registry-settings"),
      ...(options.image !== undefined && evidence.image ? { image: { reference: options.image, model: evidence.image } } : {}),
      ...(ecrReference ? { ecrReference } : {}),
      ...(evidence.dockerfile ? { dockerfile: evidence.dockerfile } : {}),
      ...(options.platform !== undefined ? { platform: options.platform } : {}),
      cwd,
      registry: registryOptions,
    });
    for (const key of ["signatures", "baseImageSignatures", "attestations", "repositorySettings"] as const) {
      if (collected[key] !== undefined) (evidence as Record<string, unknown>)[key] = collected[key];
    }
    notApplicable = collected.notApplicable;
    if (collected.base) {
      if (targets.image) targets.image.base = collected.base;
      else if (targets.ecrImage) targets.ecrImage.base = collected.base;
      else if (ecrReference)
        targets.ecrImage = {
          reference: ecrReference.text,
          registry: ecrReference.registry,
          region: ecrReference.region,
          repository: ecrReference.repository,
          base: collected.base,
        };
    }
  }

  // outdated-base-image reads FROM lines: without a Dockerfile there is nothing to judge.
  if (on("outdated-base-image") && !evidence.dockerfile) notApplicable["outdated-base-image"] = "no Dockerfile to read base images from";
  else if (on("outdated-base-image") && evidence.baseImages && Object.keys(evidence.baseImages.tags).length === 0)
    notApplicable["outdated-base-image"] = "the Dockerfile has no base image from a registry";

  activity.phase("judging the evidence");
  const findings: Finding[] = [];
  const context: CheckContext = { unknownSeverity: policy.vulnerabilities.unknownSeverity };
  for (const check of CHECKS) {
    const settings = policy.checks[check.id];
    if (settings?.action === "off") continue;
    for (const finding of foldRepeatedFindings(check.run(evidence, settings?.options ?? {}, context))) findings.push(finding);
  }

  const now = options.now ?? new Date();
  const decision = decide(findings, policy, now, {
    cwd,
    ...(baseline ? { baseline: baseline.fingerprints } : {}),
    scope: {
      dockerfile: evidence.dockerfile !== undefined,
      image: evidence.image !== undefined,
      scansComplete: scans !== undefined && scans.every((scan) => scan.status === "complete"),
    },
  });
  const report = buildReport({
    toolVersion: TOOL_VERSION,
    now,
    verdict: decision.verdict,
    policy,
    mode,
    targets,
    findings: decision.findings,
    ...(scans ? { scans } : {}),
    notApplicable,
    ...(baseline ? { baseline } : {}),
    ...(evidence.image ? { notScanned: notScannedOf(evidence.image) } : {}),
  });
  return { report, exitCode: report.verdict === "fail" && mode === "enforce" ? 1 : 0 };
}

/** Totals of what an image read left out, for the verdict line of every report. */
function notScannedOf(image: ImageModel): NotScanned {
  const notScanned: NotScanned = {
    files: 0,
    fileBytes: 0,
    layers: 0,
    entries: 0,
    foreignLayers: 0,
    binaryFiles: image.binary.files,
    binaryBytes: image.binary.bytes,
  };
  for (const item of image.unscanned) {
    if (item.reason === "file-too-large") {
      notScanned.files++;
      notScanned.fileBytes += item.size - item.scanned;
    } else if (item.reason === "layer-too-large") notScanned.layers++;
    else if (item.reason === "entries-limit") notScanned.entries += item.entries ?? 0;
    else notScanned.foreignLayers++;
  }
  return notScanned;
}
