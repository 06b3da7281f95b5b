/**
 * Amazon ECR and Amazon Inspector as scan sources, through the AWS SDK v3 clients: default
 * credential chain and region, the SDK's own retries, and its standard endpoint variables
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_INSPECTOR2), never overridden.
 */

import {
  DescribeImageScanFindingsCommand,
  GetAuthorizationTokenCommand,
  DescribeImagesCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand,
  StartImageScanCommand,
  type DescribeImageScanFindingsCommandOutput,
} from "@aws-sdk/client-ecr";
import { Inspector2Client, ListCoverageCommand, ListFindingsCommand, type CoveredResource } from "@aws-sdk/client-inspector2";
import { GateError, firstLine } from "../errors.ts";
import type { EcrReference } from "./ecr-reference.ts";
import { ecrStatusVerdict } from "./ecr-status.ts";
import { replaceAwsNodeWarning } from "./node-support.ts";
import type { ScanResult, Vulnerability } from "./model.ts";
import { fromBasicFinding, fromPackageFinding, ShapeError } from "./normalize.ts";
import { pollUntil, settle, type Clock, type Progress } from "./poll.ts";

export interface AwsScanOptions {
  reference: EcrReference;
  waitMs: number;
  /** Start a basic scan when none is registered (manual-scan repositories). */
  startScan: boolean;
  clock: Clock;
  progress?: Progress;
  /** Pause between the reads that must agree before results count (default 5 s). */
  settleMs?: number;
}

/** Error names that mean "you may not", as the services spell them. */
const ACCESS_DENIED = new Set(["AccessDeniedException", "AccessDenied", "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException"]);

/** One line about an SDK or network failure, with no credentials in it. */
export function describeAwsError(error: unknown): string {
  const named = error as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const name = named.name ?? "Error";
  if (name === "CredentialsProviderError")
    return "no AWS credentials found (the SDK's default chain: environment, profile, web identity, container or instance role)";
  if (ACCESS_DENIED.has(name)) return `access denied (${name}: ${firstLine(named.message ?? "")})`;
  if (named.code && /^E[A-Z]+$/.test(named.code)) return `cannot reach the AWS endpoint (${named.code})`;
  if (name === "TimeoutError") return "the AWS endpoint did not answer in time";
  const status = named.$metadata?.httpStatusCode;
  return `${name}${status ? ` (HTTP ${status})` : ""}: ${firstLine(named.message ?? String(error)).slice(0, 300)}`;
}

const REQUEST_TIMEOUTS = { connectionTimeout: 10_000, requestTimeout: 60_000 };

function ecrClient(region: string): ECRClient {
  replaceAwsNodeWarning();
  return new ECRClient({ region, requestHandler: REQUEST_TIMEOUTS });
}

/** Registry credentials for an ECR host: GetAuthorizationToken's base64 "AWS:password". */
export async function ecrRegistryLogin(region: string, host: string): Promise<{ username: string; password: string; source: string }> {
  try {
    const response = await ecrClient(region).send(new GetAuthorizationTokenCommand({}));
    const token = response.authorizationData?.[0]?.authorizationToken;
    if (!token) throw new GateError(`${host}: ECR returned no authorization token`);
    const decoded = Buffer.from(token, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) throw new GateError(`${host}: ECR's authorization token is not user:password`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: "ECR GetAuthorizationToken" };
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError(`${host}: cannot log in to ECR: ${describeAwsError(error)}`);
  }
}

/** Resolves the tag to a digest once; everything after uses the digest. */
export async function resolveEcrDigest(options: AwsScanOptions): Promise<string> {
  const { reference } = options;
  if (reference.digest) return reference.digest;
  const client = ecrClient(reference.region);
  const what = `${reference.repository}:${reference.tag}`;
  const outcome = await pollUntil({
    what: `ECR image ${what}`,
    waitMs: Math.min(options.waitMs, 120_000),
    clock: options.clock,
    progress: options.progress,
    step: async () => {
      try {
        const response = await client.send(
          new DescribeImagesCommand({ registryId: reference.account, repositoryName: reference.repository, imageIds: [{ imageTag: reference.tag }] }),
        );
        const digest = response.imageDetails?.[0]?.imageDigest;
        if (!digest) throw new GateError(`${reference.text}: ECR returned no digest for tag ${reference.tag}`);
        return { done: true, value: digest };
      } catch (error) {
        // A tag pushed a moment ago may not be visible yet.
        if ((error as Error).name === "ImageNotFoundException") return { done: false, state: "tag not found yet" };
        if (error instanceof GateError) throw error;
        if ((error as Error).name === "RepositoryNotFoundException")
          throw new GateError(`${reference.text}: ECR repository ${reference.repository} not found in account ${reference.account} (${reference.region})`);
        throw new GateError(`${reference.text}: cannot resolve the tag to a digest: ${describeAwsError(error)}`);
      }
    },
  });
  if (!outcome.done) throw new GateError(`${reference.text}: tag ${reference.tag} not found in ECR repository ${reference.repository}`);
  return outcome.value;
}

type FindingsPage = DescribeImageScanFindingsCommandOutput;

function vulnerabilitiesOf(pages: FindingsPage[]): Vulnerability[] {
  const vulnerabilities: Vulnerability[] = [];
  pages.forEach((page, pageIndex) => {
    const findings = page.imageScanFindings;
    (findings?.enhancedFindings ?? []).forEach((finding, index) =>
      vulnerabilities.push(
        ...fromPackageFinding(finding as unknown as Record<string, unknown>, `page ${pageIndex + 1} enhancedFindings[${index}]`, "ecr-enhanced"),
      ),
    );
    (findings?.findings ?? []).forEach((finding, index) =>
      vulnerabilities.push(fromBasicFinding(finding as unknown as Record<string, unknown>, `page ${pageIndex + 1} findings[${index}]`)),
    );
  });
  return vulnerabilities;
}

/** Identity of a result set: the findings, not their order, and not the per-page severity counts (never trusted). */
function signatureOf(vulnerabilities: Vulnerability[]): string {
  return vulnerabilities
    .map((vulnerability) => `${vulnerability.id}|${vulnerability.package}|${vulnerability.version ?? ""}|${vulnerability.vendorSeverity}`)
    .sort()
    .join("\n");
}

/** ECR basic or enhanced scan results for one image digest. */
export async function readEcrScan(options: AwsScanOptions, digest: string): Promise<ScanResult> {
  const { reference } = options;
  const client = ecrClient(reference.region);
  const label = `ECR scan of ${reference.repository}@${digest}`;
  const unavailable = (reason: string, scanType?: ScanResult["scanType"]): ScanResult => ({
    source: "ecr",
    label,
    status: "unavailable",
    reason,
    vulnerabilities: [],
    ...(scanType ? { scanType } : {}),
  });

  let scanType: "basic" | "enhanced" | undefined;
  try {
    const configuration = await client.send(new GetRegistryScanningConfigurationCommand({}));
    scanType = configuration.scanningConfiguration?.scanType === "ENHANCED" ? "enhanced" : "basic";
  } catch (error) {
    return unavailable(`cannot read the registry's scanning configuration: ${describeAwsError(error)}`);
  }

  const readAll = async (): Promise<FindingsPage[]> => {
    const pages: FindingsPage[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client.send(
        new DescribeImageScanFindingsCommand({
          registryId: reference.account,
          repositoryName: reference.repository,
          imageId: { imageDigest: digest },
          maxResults: 1000,
          nextToken,
        }),
      );
      pages.push(page);
      nextToken = page.nextToken;
      if (pages.length > 10_000) throw new GateError(`${label}: more than 10,000 pages of findings`);
    } while (nextToken);
    return pages;
  };

  let started = false;
  let failure: string | undefined;
  const outcome = await pollUntil({
    what: `ECR ${scanType} scan of ${reference.repository}@${digest.slice(0, 19)}…`,
    waitMs: options.waitMs,
    clock: options.clock,
    progress: options.progress,
    step: async () => {
      try {
        const first = await client.send(
          new DescribeImageScanFindingsCommand({
            registryId: reference.account,
            repositoryName: reference.repository,
            imageId: { imageDigest: digest },
            maxResults: 1000,
          }),
        );
        const verdict = ecrStatusVerdict(first.imageScanStatus?.status, first.imageScanStatus?.description);
        if (verdict.state === "ready") return { done: true, value: true };
        if (verdict.state === "unavailable") {
          failure = verdict.reason;
          return { done: true, value: false };
        }
        return { done: false, state: verdict.reason };
      } catch (error) {
        const name = (error as Error).name;
        if (name === "ScanNotFoundException") {
          if (options.startScan && scanType === "basic" && !started) {
            started = true;
            try {
              await client.send(
                new StartImageScanCommand({ registryId: reference.account, repositoryName: reference.repository, imageId: { imageDigest: digest } }),
              );
            } catch (startError) {
              // Once a day per image: LimitExceeded means a scan exists already, so keep polling.
              if ((startError as Error).name !== "LimitExceededException") {
                failure = `no scan exists and StartImageScan failed: ${describeAwsError(startError)}`;
                return { done: true, value: false };
              }
            }
            return { done: false, state: "scan started" };
          }
          return { done: false, state: "scan not registered yet" };
        }
        if (name === "ImageNotFoundException") throw new GateError(`${reference.text}: image ${digest} not found in ECR repository ${reference.repository}`);
        failure = describeAwsError(error);
        return { done: true, value: false };
      }
    },
  });
  if (!outcome.done)
    return unavailable(
      `the scan did not finish within the policy's wait (${Math.round(outcome.waitedMs / 1000)} s; last state: ${outcome.lastState})`,
      scanType,
    );
  if (!outcome.value) return unavailable(failure ?? "unknown failure", scanType);

  try {
    const settled = await settle({
      what: label,
      read: async () => vulnerabilitiesOf(await readAll()),
      signature: signatureOf,
      clock: options.clock,
      pauseMs: options.settleMs ?? 5000,
      ...(options.progress ? { progress: options.progress } : {}),
    });
    if (!settled.settled) return unavailable("findings kept changing between reads", scanType);
    return { source: "ecr", label: `ECR ${scanType} scan of ${reference.repository}@${digest}`, status: "complete", scanType, vulnerabilities: settled.value };
  } catch (error) {
    if (error instanceof GateError) throw error;
    if (error instanceof ShapeError) return unavailable(`unexpected findings from ECR: ${error.message}`, scanType);
    return unavailable(describeAwsError(error), scanType);
  }
}

/** Amazon Inspector findings for one ECR image digest, after checking that Inspector covers it. */
export async function readInspectorFindings(options: AwsScanOptions, digest: string): Promise<ScanResult> {
  const { reference } = options;
  replaceAwsNodeWarning();
  const client = new Inspector2Client({ region: reference.region, requestHandler: REQUEST_TIMEOUTS });
  const label = `Amazon Inspector findings for ${reference.repository}@${digest}`;
  const unavailable = (reason: string): ScanResult => ({
    source: "inspector",
    label,
    status: "unavailable",
    reason,
    scanType: "inspector",
    vulnerabilities: [],
  });
  const equals = (value: string) => [{ comparison: "EQUALS" as const, value }];

  const coverage = async (): Promise<CoveredResource | undefined> => {
    let nextToken: string | undefined;
    do {
      const page = await client.send(
        new ListCoverageCommand({
          filterCriteria: { resourceType: equals("AWS_ECR_CONTAINER_IMAGE"), ecrRepositoryName: equals(reference.repository) },
          maxResults: 200,
          nextToken,
        }),
      );
      const found = (page.coveredResources ?? []).find((resource) => resource.resourceId?.endsWith(`/${digest}`) || resource.resourceId === digest);
      if (found) return found;
      nextToken = page.nextToken;
    } while (nextToken);
    return undefined;
  };

  let failure: string | undefined;
  const outcome = await pollUntil({
    what: `Inspector coverage of ${reference.repository}@${digest.slice(0, 19)}…`,
    waitMs: options.waitMs,
    clock: options.clock,
    progress: options.progress,
    step: async () => {
      try {
        const resource = await coverage();
        if (!resource) return { done: false, state: "not covered by Inspector yet" };
        const code = resource.scanStatus?.statusCode;
        const reason = resource.scanStatus?.reason ?? "";
        if (code === "ACTIVE" && /^PENDING/.test(reason)) return { done: false, state: `scan ${reason}` };
        if (code === "ACTIVE") return { done: true, value: true };
        failure = `Inspector does not cover the image (${code ?? "no status"}${reason ? `: ${reason}` : ""})`;
        return { done: true, value: false };
      } catch (error) {
        failure = describeAwsError(error);
        return { done: true, value: false };
      }
    },
  });
  if (!outcome.done)
    return unavailable(
      `Inspector did not cover the image within the policy's wait (${Math.round(outcome.waitedMs / 1000)} s; last state: ${outcome.lastState})`,
    );
  if (!outcome.value) return unavailable(failure ?? "unknown failure");

  const readAll = async (): Promise<Vulnerability[]> => {
    const vulnerabilities: Vulnerability[] = [];
    let nextToken: string | undefined;
    let pageIndex = 0;
    do {
      const page = await client.send(
        new ListFindingsCommand({
          // Always an explicit status filter: ListFindings has returned CLOSED findings to callers that did not ask.
          filterCriteria: {
            ecrImageHash: equals(digest),
            ecrImageRepositoryName: equals(reference.repository),
            findingStatus: equals("ACTIVE"),
            findingType: equals("PACKAGE_VULNERABILITY"),
          },
          maxResults: 100,
          nextToken,
        }),
      );
      pageIndex++;
      (page.findings ?? []).forEach((finding, index) => {
        if (finding.status !== undefined && finding.status !== "ACTIVE") return;
        vulnerabilities.push(...fromPackageFinding(finding as unknown as Record<string, unknown>, `page ${pageIndex} findings[${index}]`, "inspector"));
      });
      nextToken = page.nextToken;
      if (pageIndex > 10_000) throw new GateError(`${label}: more than 10,000 pages of findings`);
    } while (nextToken);
    return vulnerabilities;
  };
  try {
    const settled = await settle({
      what: label,
      read: readAll,
      signature: signatureOf,
      clock: options.clock,
      pauseMs: options.settleMs ?? 5000,
      ...(options.progress ? { progress: options.progress } : {}),
    });
    if (!settled.settled) return unavailable("findings kept changing between reads");
    return { source: "inspector", label, status: "complete", scanType: "inspector", vulnerabilities: settled.value };
  } catch (error) {
    if (error instanceof GateError) throw error;
    if (error instanceof ShapeError) return unavailable(`unexpected findings from Inspector: ${error.message}`);
    return unavailable(describeAwsError(error));
  }
}
