/**
 * A stand-in for the ECR and Amazon Inspector APIs on loopback, spoken to over real HTTP by the
 * real SDK clients (through AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL_INSPECTOR2), so request
 * serialization, pagination, retries and error parsing are all exercised. ECR speaks awsJson1_1
 * (POST / with X-Amz-Target); inspector2 speaks restJson1 (POST /findings/list, /coverage/list,
 * /findings/details/batch/get). Shapes follow the service models in
 * node_modules/@aws-sdk/client-{ecr,inspector2}/dist-types/models, and it behaves like the services
 * where gates get them wrong: 100 findings a page whatever maxResults says, per-page severity
 * counts, COMPLETE before the findings exist, statuses that change between reads, CLOSED findings
 * unless asked for a status, registries of other accounts, indexes ECR does not scan.
 */

import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Json = Record<string, unknown>;

/** What one DescribeImageScanFindings read answers. */
export interface EcrScanState {
  status: string;
  description?: string;
  /** imageScanCompletedAt (epoch seconds); null: absent. Default: a fixed time for COMPLETE/ACTIVE. */
  completedAt?: number | null;
  /** Whether imageScanFindings is in the answer. Default: for COMPLETE and ACTIVE only. */
  findingsBlock?: boolean;
  /** The findings in this state (default: the image's `findings`). */
  findings?: Json[];
  /** Pages after the first of this read answer with this instead (the scan changed mid-read). */
  laterPages?: Omit<EcrScanState, "laterPages">;
}

export type CoverageAnswer = "missing" | { statusCode: string; reason: string; lastScannedAt?: number | null };

export interface StandInImage {
  /** The account whose registry holds it (default: the caller's, ACCOUNT). */
  registryId?: string;
  repository: string;
  tags: string[];
  /** The manifest digest (for an index made with `index()`: the digest of its JSON). */
  digest: string;
  /** imageManifestMediaType (default: an OCI image manifest). */
  mediaType?: string;
  /** The manifest text BatchGetImage returns (an index's JSON). */
  manifest?: string;
  /** Successive DescribeImageScanFindings reads (calls without nextToken); the last repeats. */
  scans?: EcrScanState[];
  /** Shorthand for `scans` with default findings. */
  statuses?: Array<{ status: string; description?: string }>;
  /** ScanNotFoundException for this many calls first (scan not registered yet). */
  scanNotFound?: number;
  /** Findings in the shape of the registry's scan type (basic `findings` or `enhancedFindings`). */
  findings: Json[];
  /** Extra findings that appear on the first read only (results still arriving). */
  lateFindings?: Json[];
  /** Image not visible for this many DescribeImages calls (a fresh push). */
  hiddenFor?: number;
  /** Inspector coverage answers for successive ListCoverage calls; the last repeats. Default: ACTIVE/SUCCESSFUL, scanned. */
  coverage?: CoverageAnswer[];
  /** Inspector's findings for the image (default: `findings`). */
  inspectorFindings?: Json[];
}

/** BatchGetFindingDetails' answer for one finding ARN (its `findingDetails` entry, or an `errors` code). */
export type FindingDetailAnswer = { cisaData?: Json; exploitObserved?: Json; epssScore?: number } | { errorCode: string; errorMessage?: string };

/** An ECR repository's settings, as DescribeRepositories and BatchGetRepositoryScanningConfiguration report them. */
export interface EcrRepository {
  name: string;
  imageTagMutability?: string;
  imageTagMutabilityExclusionFilters?: Array<{ filterType: string; filter: string }>;
  encryptionType?: string;
  kmsKey?: string;
  /** The repository's effective scan frequency (computed by ECR from the registry's rules). */
  scanFrequency?: string;
  scanOnPush?: boolean;
  appliedScanFilters?: Array<{ filter: string; filterType: string }>;
}

export interface Call {
  operation: string;
  body: Json;
}

export const ACCOUNT = "123456789012";
export const REGION = "eu-west-1";
const SCANNED_AT = 1_700_000_100;

/** A repository as DescribeRepositories returns it (fields absent when unset, as the service leaves them out). */
function repositoryDescription(repository: EcrRepository): Record<string, unknown> {
  const description: Record<string, unknown> = {
    repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${repository.name}`,
    registryId: ACCOUNT,
    repositoryName: repository.name,
    repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${repository.name}`,
    createdAt: 1_700_000_000,
    imageScanningConfiguration: { scanOnPush: repository.scanOnPush ?? false },
    encryptionConfiguration: { encryptionType: repository.encryptionType ?? "AES256" },
  };
  if (repository.imageTagMutability !== undefined) description.imageTagMutability = repository.imageTagMutability;
  if (repository.imageTagMutabilityExclusionFilters) description.imageTagMutabilityExclusionFilters = repository.imageTagMutabilityExclusionFilters;
  if (repository.kmsKey) (description.encryptionConfiguration as Record<string, string>).kmsKey = repository.kmsKey;
  return description;
}

export class AwsStandIn {
  private server: Server | undefined;
  port = 0;
  /** The caller's registry scanning configuration. */
  scanType: "BASIC" | "ENHANCED" = "ENHANCED";
  /** Scan types of other accounts' registries (for the findings' shape). */
  readonly registryScanTypes = new Map<string, "BASIC" | "ENHANCED">();
  /** Images by a name the test chooses. */
  readonly ecr = new Map<string, StandInImage>();
  readonly details = new Map<string, FindingDetailAnswer>();
  readonly calls: Call[] = [];
  /** Operation → how many times to answer with throttling first. */
  readonly throttle = new Map<string, number>();
  /** Operations answered with AccessDeniedException. */
  readonly deny = new Set<string>();
  /** ListCoverage ignores its filter and lists this many unrelated images first, 100 a page (a filter the service did not apply). */
  unrelatedCoverage = 0;
  /** ListFindings ignores its filter criteria (every image's findings, every status). */
  ignoreFindingsFilter = false;
  /** Repositories for registry-settings (DescribeRepositories, BatchGetRepositoryScanningConfiguration). */
  readonly repositories = new Map<string, EcrRepository>();
  /** The registry's scanning rules (GetRegistryScanningConfiguration). */
  scanningRules: Array<{ scanFrequency: string; repositoryFilters: Array<{ filter: string; filterType: string }> }> = [];
  /** The account the caller's credentials belong to (the registry the scanning APIs describe). */
  callerAccount = ACCOUNT;
  /** The registry password GetAuthorizationToken hands out (user AWS). */
  registryPassword = "ecr-token-from-stand-in";
  private readonly counters = new Map<string, number>();

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The environment a process needs to reach this stand-in through the SDK's own variables. */
  env(): Record<string, string> {
    const url = `http://127.0.0.1:${this.port}`;
    return {
      AWS_ENDPOINT_URL_ECR: url,
      AWS_ENDPOINT_URL_INSPECTOR2: url,
      AWS_ACCESS_KEY_ID: "AKIDSTANDIN",
      AWS_SECRET_ACCESS_KEY: "stand-in-secret",
      AWS_REGION: REGION,
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_CONFIG_FILE: "/nonexistent",
      AWS_SHARED_CREDENTIALS_FILE: "/nonexistent",
    };
  }

  reset(): void {
    this.ecr.clear();
    this.details.clear();
    this.repositories.clear();
    this.scanningRules = [];
    this.callerAccount = ACCOUNT;
    this.registryScanTypes.clear();
    this.calls.length = 0;
    this.throttle.clear();
    this.deny.clear();
    this.counters.clear();
    this.scanType = "ENHANCED";
    this.unrelatedCoverage = 0;
    this.ignoreFindingsFilter = false;
  }

  /** Calls of one operation (`DescribeImageScanFindings`, `/findings/list`, …). */
  callsOf(operation: string): Call[] {
    return this.calls.filter((call) => call.operation === operation);
  }

  private count(key: string): number {
    const value = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, value);
    return value;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body = text ? (JSON.parse(text) as Json) : {};
    const target = request.headers["x-amz-target"];
    const json = typeof target === "string";
    const operation = json ? target.split(".").pop()! : (request.url ?? "");
    this.calls.push({ operation, body });

    const fail = (status: number, type: string, message: string, extra: Json = {}) => {
      if (response.destroyed) return;
      if (json) {
        response.writeHead(status, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ __type: type, message, ...extra }));
      } else {
        response.writeHead(status, { "content-type": "application/json", "x-amzn-errortype": type });
        response.end(JSON.stringify({ message, ...extra }));
      }
    };
    const throttled = this.throttle.get(operation) ?? 0;
    if (throttled > 0) {
      this.throttle.set(operation, throttled - 1);
      return fail(json ? 400 : 429, "ThrottlingException", "Rate exceeded");
    }
    if (this.deny.has(operation))
      return fail(json ? 400 : 403, "AccessDeniedException", `User: arn:aws:iam::${ACCOUNT}:user/ci is not authorized to perform: ${operation}`);

    const reply = (payload: unknown) => {
      if (response.destroyed) return;
      response.writeHead(200, { "content-type": json ? "application/x-amz-json-1.1" : "application/json" });
      response.end(JSON.stringify(payload));
    };
    switch (operation) {
      case "DescribeImages":
        return this.describeImages(body, reply, fail);
      case "BatchGetImage":
        return this.batchGetImage(body, reply, fail);
      case "GetRegistryScanningConfiguration":
        return reply({ registryId: this.callerAccount, scanningConfiguration: { scanType: this.scanType, rules: this.scanningRules } });
      case "DescribeRepositories":
        return this.describeRepositories(body, reply, fail);
      case "BatchGetRepositoryScanningConfiguration":
        return this.batchGetRepositoryScanningConfiguration(body, reply);
      case "DescribeImageScanFindings":
        return this.describeImageScanFindings(body, reply, fail);
      case "StartImageScan": {
        const image = this.imageByDigest(body);
        if (!image) return fail(400, "ImageNotFoundException", "The image requested does not exist in the specified repository.");
        image.scanNotFound = 0;
        return reply({
          registryId: this.registryOf(body),
          repositoryName: image.repository,
          imageId: { imageDigest: image.digest },
          imageScanStatus: { status: "IN_PROGRESS" },
        });
      }
      case "GetAuthorizationToken":
        return reply({
          authorizationData: [
            {
              authorizationToken: Buffer.from(`AWS:${this.registryPassword}`).toString("base64"),
              expiresAt: Math.floor(Date.now() / 1000) + 43_200,
              proxyEndpoint: `https://${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`,
            },
          ],
        });
      case "/coverage/list":
        return this.listCoverage(body, reply, fail);
      case "/findings/list":
        return this.listFindings(body, reply, fail);
      case "/findings/details/batch/get":
        return this.batchGetFindingDetails(body, reply, fail);
      default:
        return fail(400, "UnknownOperationException", `stand-in does not implement ${operation}`);
    }
  }

  /** DescribeRepositories: RepositoryNotFoundException for any name it does not know, as ECR does. */
  private describeRepositories(
    body: Record<string, unknown>,
    reply: (payload: unknown) => void,
    fail: (status: number, type: string, message: string) => void,
  ): void {
    const registryId = (body.registryId as string | undefined) ?? this.callerAccount;
    const names = (body.repositoryNames as string[] | undefined) ?? [...this.repositories.keys()];
    const found = names.map((name) => this.repositories.get(name));
    const missing = names.find((_, index) => !found[index]);
    if (missing !== undefined || registryId !== ACCOUNT)
      return fail(
        400,
        "RepositoryNotFoundException",
        `The repository with name '${missing ?? names[0]}' does not exist in the registry with id '${registryId}'`,
      );
    reply({
      repositories: found.map((repository) => repositoryDescription(repository!)),
    });
  }

  /** BatchGetRepositoryScanningConfiguration: the caller's registry only; unknown names come back as failures, not errors. */
  private batchGetRepositoryScanningConfiguration(body: Record<string, unknown>, reply: (payload: unknown) => void): void {
    const names = (body.repositoryNames as string[] | undefined) ?? [];
    const known = this.callerAccount === ACCOUNT ? names.filter((name) => this.repositories.has(name)) : [];
    reply({
      scanningConfigurations: known.map((name) => {
        const repository = this.repositories.get(name)!;
        return {
          repositoryArn: `arn:aws:ecr:${REGION}:${this.callerAccount}:repository/${name}`,
          repositoryName: name,
          scanOnPush: repository.scanOnPush ?? false,
          scanFrequency: repository.scanFrequency ?? "MANUAL",
          appliedScanFilters: repository.appliedScanFilters ?? [],
        };
      }),
      failures: names
        .filter((name) => !known.includes(name))
        .map((name) => ({ repositoryName: name, failureCode: "REPOSITORY_NOT_FOUND", failureReason: "REPOSITORY_NOT_FOUND" })),
    });
  }

  /** ECR answers for the registry named by registryId, else the caller's own. */
  private registryOf(body: Json): string {
    return typeof body.registryId === "string" ? body.registryId : this.callerAccount;
  }

  private imagesIn(body: Json): StandInImage[] {
    const registry = this.registryOf(body);
    return [...this.ecr.values()].filter((image) => (image.registryId ?? ACCOUNT) === registry && image.repository === body.repositoryName);
  }

  private imageByDigest(body: Json): StandInImage | undefined {
    const digest = (body.imageId as { imageDigest?: string } | undefined)?.imageDigest;
    return this.imagesIn(body).find((image) => image.digest === digest);
  }

  private repositoryMissing(body: Json, fail: (status: number, type: string, message: string) => void): boolean {
    const registry = this.registryOf(body);
    if ([...this.ecr.values()].some((image) => (image.registryId ?? ACCOUNT) === registry && image.repository === body.repositoryName)) return false;
    fail(400, "RepositoryNotFoundException", `The repository with name '${String(body.repositoryName)}' does not exist in the registry with id '${registry}'`);
    return true;
  }

  private describeImages(body: Json, reply: (payload: unknown) => void, fail: (status: number, type: string, message: string, extra?: Json) => void): void {
    if (this.repositoryMissing(body, fail)) return;
    const id = (body.imageIds as Array<{ imageTag?: string; imageDigest?: string }> | undefined)?.[0] ?? {};
    const image = this.imagesIn(body).find((candidate) =>
      id.imageDigest !== undefined ? candidate.digest === id.imageDigest : id.imageTag !== undefined && candidate.tags.includes(id.imageTag),
    );
    if (!image || this.count(`hidden:${image.digest}`) <= (image.hiddenFor ?? 0))
      return fail(400, "ImageNotFoundException", "The image requested does not exist in the specified repository.");
    reply({
      imageDetails: [
        {
          registryId: image.registryId ?? ACCOUNT,
          repositoryName: image.repository,
          imageDigest: image.digest,
          imageTags: image.tags,
          imageSizeInBytes: 31_457_280,
          imagePushedAt: 1_700_000_000,
          imageManifestMediaType: image.mediaType ?? "application/vnd.oci.image.manifest.v1+json",
          ...(image.mediaType?.includes("index") || image.mediaType?.includes("list") ? {} : { artifactMediaType: "application/vnd.oci.image.config.v1+json" }),
        },
      ],
    });
  }

  private batchGetImage(body: Json, reply: (payload: unknown) => void, fail: (status: number, type: string, message: string, extra?: Json) => void): void {
    if (this.repositoryMissing(body, fail)) return;
    const accepted = body.acceptedMediaTypes as string[] | undefined;
    const images: Json[] = [];
    const failures: Json[] = [];
    for (const id of (body.imageIds as Array<{ imageDigest?: string; imageTag?: string }>) ?? []) {
      const image = this.imagesIn(body).find(
        (candidate) => candidate.digest === id.imageDigest || (id.imageTag !== undefined && candidate.tags.includes(id.imageTag)),
      );
      const mediaType = image?.mediaType ?? "application/vnd.oci.image.manifest.v1+json";
      if (!image || image.manifest === undefined) {
        failures.push({ imageId: id, failureCode: "ImageNotFound", failureReason: "Requested image not found" });
      } else if (accepted && !accepted.includes(mediaType)) {
        failures.push({ imageId: id, failureCode: "ImageNotFound", failureReason: `Requested image not found (media type ${mediaType} not accepted)` });
      } else {
        images.push({
          registryId: image.registryId ?? ACCOUNT,
          repositoryName: image.repository,
          imageId: { imageDigest: image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
          imageManifest: image.manifest,
          imageManifestMediaType: mediaType,
        });
      }
    }
    reply({ images, failures });
  }

  private scanState(image: StandInImage, read: number): EcrScanState {
    const scans: EcrScanState[] = image.scans ?? image.statuses ?? [{ status: "COMPLETE" }];
    return scans[Math.min(read, scans.length) - 1]!;
  }

  private describeImageScanFindings(
    body: Json,
    reply: (payload: unknown) => void,
    fail: (status: number, type: string, message: string, extra?: Json) => void,
  ): void {
    if (this.repositoryMissing(body, fail)) return;
    const image = this.imageByDigest(body);
    if (!image) return fail(400, "ImageNotFoundException", "The image requested does not exist in the specified repository.");
    const nextToken = body.nextToken as string | undefined;
    // ECR does not scan an index: its platform manifests are the images.
    if (image.mediaType?.includes("index") || image.mediaType?.includes("manifest.list")) {
      return reply({
        registryId: image.registryId ?? ACCOUNT,
        repositoryName: image.repository,
        imageId: { imageDigest: image.digest },
        imageScanStatus: { status: "UNSUPPORTED_IMAGE", description: "The operating system and/or package manager are not supported." },
      });
    }
    if (nextToken === undefined && (image.scanNotFound ?? 0) > 0) {
      image.scanNotFound! -= 1;
      return fail(400, "ScanNotFoundException", "The specified image scan could not be found.");
    }
    const read = nextToken === undefined ? this.count(`read:${image.digest}`) : (this.counters.get(`read:${image.digest}`) ?? 1);
    const first = this.scanState(image, read);
    const state = nextToken !== undefined && first.laterPages ? first.laterPages : first;
    const ready = state.status === "COMPLETE" || state.status === "ACTIVE";
    const block = state.findingsBlock ?? ready;
    const findings = [...(state.findings ?? image.findings), ...(read === 1 && ready ? (image.lateFindings ?? []) : [])];
    const registry = image.registryId ?? ACCOUNT;
    const key = (registry === ACCOUNT ? this.scanType : (this.registryScanTypes.get(registry) ?? "BASIC")) === "ENHANCED" ? "enhancedFindings" : "findings";
    const all = block ? findings.map((finding) => (key === "enhancedFindings" ? asEcrEnhancedFinding(finding) : finding)) : [];
    // 100 a page, whatever maxResults asked for (boto3#3449).
    const start = nextToken ? Number(nextToken.slice("page-".length)) : 0;
    const page = all.slice(start, start + 100);
    const counts: Record<string, number> = {};
    for (const finding of page) counts[finding.severity as string] = (counts[finding.severity as string] ?? 0) + 1;
    const completedAt = state.completedAt === undefined ? (ready ? SCANNED_AT : null) : state.completedAt;
    reply({
      registryId: registry,
      repositoryName: image.repository,
      imageId: { imageDigest: image.digest },
      imageScanStatus: { status: state.status, ...(state.description ? { description: state.description } : {}) },
      ...(block
        ? {
            imageScanFindings: {
              ...(completedAt !== null ? { imageScanCompletedAt: completedAt, vulnerabilitySourceUpdatedAt: completedAt } : {}),
              findingSeverityCounts: counts,
              [key]: page,
            },
          }
        : {}),
      ...(start + 100 < all.length ? { nextToken: `page-${start + 100}` } : {}),
    });
  }

  private listCoverage(body: Json, reply: (payload: unknown) => void, fail: (status: number, type: string, message: string, extra?: Json) => void): void {
    const filter = (body.filterCriteria ?? {}) as Record<string, Array<{ comparison: string; value: string }> | undefined>;
    const maxResults = typeof body.maxResults === "number" ? body.maxResults : 100;
    if (maxResults > 200) return fail(400, "ValidationException", "maxResults must be at most 200", { reason: "FIELD_VALIDATION_FAILED" });
    const matches = (name: string, value: string) => filter[name]?.some((entry) => entry.value === value) ?? true;
    const resources: Json[] = [];
    for (let number = 0; number < this.unrelatedCoverage; number++) {
      resources.push({
        resourceType: "AWS_ECR_CONTAINER_IMAGE",
        resourceId: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/other/sha256:${String(number).padStart(64, "0")}`,
        accountId: ACCOUNT,
        scanType: "PACKAGE",
        scanStatus: { statusCode: "ACTIVE", reason: "SUCCESSFUL" },
        lastScannedAt: SCANNED_AT,
      });
    }
    for (const image of this.ecr.values()) {
      const account = image.registryId ?? ACCOUNT;
      const resourceId = `arn:aws:ecr:${REGION}:${account}:repository/${image.repository}/${image.digest}`;
      if (
        this.unrelatedCoverage === 0 &&
        !(matches("resourceId", resourceId) && matches("accountId", account) && matches("ecrRepositoryName", image.repository))
      )
        continue;
      const answers = image.coverage ?? [{ statusCode: "ACTIVE", reason: "SUCCESSFUL" }];
      const answer = answers[Math.min(this.count(`coverage:${image.digest}`), answers.length) - 1]!;
      if (answer === "missing") continue;
      const scannedAt = answer.lastScannedAt === undefined ? SCANNED_AT : answer.lastScannedAt;
      resources.push({
        resourceType: "AWS_ECR_CONTAINER_IMAGE",
        resourceId,
        accountId: account,
        scanType: "PACKAGE",
        scanStatus: { statusCode: answer.statusCode, reason: answer.reason },
        resourceMetadata: { ecrRepository: { name: image.repository, scanFrequency: "CONTINUOUS_SCAN" }, ecrImage: { tags: image.tags } },
        ...(scannedAt !== null ? { lastScannedAt: scannedAt } : {}),
      });
    }
    const start = typeof body.nextToken === "string" ? Number(body.nextToken.slice("page-".length)) : 0;
    const size = Math.min(100, maxResults);
    reply({ coveredResources: resources.slice(start, start + size), ...(start + size < resources.length ? { nextToken: `page-${start + size}` } : {}) });
  }

  private listFindings(body: Json, reply: (payload: unknown) => void, fail: (status: number, type: string, message: string, extra?: Json) => void): void {
    const filter = (this.ignoreFindingsFilter ? {} : (body.filterCriteria ?? {})) as Record<string, Array<{ comparison: string; value: string }> | undefined>;
    const maxResults = typeof body.maxResults === "number" ? body.maxResults : 100;
    if (maxResults > 100) return fail(400, "ValidationException", "maxResults must be at most 100", { reason: "FIELD_VALIDATION_FAILED" });
    const values = (name: string) => filter[name]?.filter((entry) => entry.comparison === "EQUALS").map((entry) => entry.value);
    const digests = values("ecrImageHash");
    const accounts = values("awsAccountId");
    const statuses = values("findingStatus");
    const images = [...this.ecr.values()].filter(
      (image) => (digests === undefined || digests.includes(image.digest)) && (accounts === undefined || accounts.includes(image.registryId ?? ACCOUNT)),
    );
    // Without a status filter, CLOSED findings come back too (prowler#2394); several EQUALS values of one filter are OR'd.
    const all = images
      .flatMap((image) =>
        (image.inspectorFindings ?? image.findings).map((finding): Json =>
          Object.assign({}, finding, {
            awsAccountId: image.registryId ?? ACCOUNT,
            resources: [
              {
                type: "AWS_ECR_CONTAINER_IMAGE",
                id: `arn:aws:ecr:${REGION}:${image.registryId ?? ACCOUNT}:repository/${image.repository}/${image.digest}`,
                details: { awsEcrContainerImage: { imageHash: image.digest, repositoryName: image.repository, registry: image.registryId ?? ACCOUNT } },
              },
            ],
          }),
        ),
      )
      .filter((finding: Json) => statuses === undefined || statuses.includes(finding.status as string));
    const start = typeof body.nextToken === "string" ? Number(body.nextToken.slice("page-".length)) : 0;
    const size = Math.min(100, maxResults);
    reply({ findings: all.slice(start, start + size), ...(start + size < all.length ? { nextToken: `page-${start + size}` } : {}) });
  }

  private batchGetFindingDetails(
    body: Json,
    reply: (payload: unknown) => void,
    fail: (status: number, type: string, message: string, extra?: Json) => void,
  ): void {
    const arns = body.findingArns as string[] | undefined;
    // The model: 1 to 10 ARNs a call.
    if (!Array.isArray(arns) || arns.length < 1 || arns.length > 10)
      return fail(
        400,
        "ValidationException",
        "1 validation error detected: Value at 'findingArns' failed to satisfy constraint: Member must have length between 1 and 10",
        {
          reason: "FIELD_VALIDATION_FAILED",
        },
      );
    const findingDetails: Json[] = [];
    const errors: Json[] = [];
    for (const arn of arns) {
      const answer = this.details.get(arn);
      if (answer && "errorCode" in answer) errors.push({ findingArn: arn, errorCode: answer.errorCode, errorMessage: answer.errorMessage ?? answer.errorCode });
      else findingDetails.push({ findingArn: arn, riskScore: 10, tools: [], ttps: [], cwes: [], referenceUrls: [], ...answer });
    }
    reply({ findingDetails, errors });
  }
}

/** The fields ECR's EnhancedImageScanFinding (and its VulnerablePackage) has: ECR passes Inspector's finding on without EPSS or exploitability details. */
const ECR_ENHANCED_FIELDS = [
  "awsAccountId",
  "description",
  "findingArn",
  "firstObservedAt",
  "lastObservedAt",
  "packageVulnerabilityDetails",
  "remediation",
  "resources",
  "score",
  "scoreDetails",
  "severity",
  "status",
  "title",
  "type",
  "updatedAt",
  "fixAvailable",
  "exploitAvailable",
];
const ECR_PACKAGE_FIELDS = ["arch", "epoch", "filePath", "name", "packageManager", "release", "sourceLayerHash", "version", "fixedInVersion"];

function pick(object: Json, fields: string[]): Json {
  return Object.fromEntries(Object.entries(object).filter(([key]) => fields.includes(key)));
}

/** An Inspector-shaped finding as ECR's DescribeImageScanFindings carries it in enhancedFindings. */
function asEcrEnhancedFinding(finding: Json): Json {
  const ecr = pick(finding, ECR_ENHANCED_FIELDS);
  const details = finding.packageVulnerabilityDetails as Json | undefined;
  if (details?.vulnerablePackages)
    ecr.packageVulnerabilityDetails = { ...details, vulnerablePackages: (details.vulnerablePackages as Json[]).map((pkg) => pick(pkg, ECR_PACKAGE_FIELDS)) };
  return ecr;
}

/** An enhanced (Inspector-shaped) finding, as inspector2 returns it (ECR enhanced scanning passes on a subset). */
export function packageFinding(
  id: string,
  severity: string,
  pkg: string,
  version: string,
  options: {
    fixedIn?: string;
    status?: string;
    score?: number;
    exploitAvailable?: "YES" | "NO";
    epss?: number;
    lastKnownExploitAt?: number;
    fixAvailable?: string;
  } = {},
): Json {
  return {
    findingArn: findingArn(id, pkg),
    awsAccountId: ACCOUNT,
    type: "PACKAGE_VULNERABILITY",
    title: `${id} - ${pkg}`,
    description: `A vulnerability in ${pkg}.`,
    remediation: { recommendation: { text: "None Provided" } },
    severity,
    status: options.status ?? "ACTIVE",
    fixAvailable: options.fixAvailable ?? (options.fixedIn ? "YES" : "NO"),
    exploitAvailable: options.exploitAvailable ?? "NO",
    ...(options.score !== undefined ? { inspectorScore: options.score, score: options.score } : {}),
    ...(options.epss !== undefined ? { epss: { score: options.epss } } : {}),
    ...(options.lastKnownExploitAt !== undefined ? { exploitabilityDetails: { lastKnownExploitAt: options.lastKnownExploitAt } } : {}),
    firstObservedAt: 1_700_000_000,
    lastObservedAt: 1_700_000_000,
    updatedAt: 1_700_000_000,
    packageVulnerabilityDetails: {
      vulnerabilityId: id,
      source: "NVD",
      sourceUrl: `https://nvd.nist.gov/vuln/detail/${id}`,
      vendorSeverity: severity,
      vulnerablePackages: [
        { name: pkg, version, packageManager: "OS", ...(options.fixedIn ? { fixedInVersion: options.fixedIn } : { fixedInVersion: "NotAvailable" }) },
      ],
    },
  };
}

/** The ARN packageFinding gives a finding. */
export const findingArn = (id: string, pkg: string) =>
  `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/${createHash("sha256").update(`${id}|${pkg}`).digest("hex").slice(0, 32)}`;

/** A basic-scan finding, Clair-era attribute keys. */
export function basicFinding(id: string, severity: string, pkg: string, version: string): Json {
  return {
    name: id,
    description: `A vulnerability in ${pkg}.`,
    uri: `https://cve.mitre.org/cgi-bin/cvename.cgi?name=${id}`,
    severity,
    attributes: [
      { key: "package_version", value: version },
      { key: "package_name", value: pkg },
      { key: "CVSS2_SCORE", value: "7.5" },
    ],
  };
}

/**
 * An OCI index as `docker buildx build --push` writes it: one manifest per platform and, for
 * each, an attestation manifest (provenance) of platform unknown/unknown. Returns the JSON text and its digest.
 */
export function ociIndex(platforms: Array<{ platform: string; digest: string }>): { manifest: string; digest: string } {
  const manifests: Json[] = [];
  for (const { platform, digest } of platforms) {
    const [os, architecture, variant] = platform.split("/");
    manifests.push({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest,
      size: 1234,
      platform: { architecture, os, ...(variant ? { variant } : {}) },
    });
  }
  for (const { digest } of platforms) {
    manifests.push({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: `sha256:${createHash("sha256").update(`attestation of ${digest}`).digest("hex")}`,
      size: 566,
      annotations: { "vnd.docker.reference.digest": digest, "vnd.docker.reference.type": "attestation-manifest" },
      platform: { architecture: "unknown", os: "unknown" },
    });
  }
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests }, null, 2);
  return { manifest, digest: `sha256:${createHash("sha256").update(manifest).digest("hex")}` };
}

export const ecrRef = (repository: string, tag = "latest", account = ACCOUNT) => `${account}.dkr.ecr.${REGION}.amazonaws.com/${repository}:${tag}`;
export const digestOf = (seed: string) => `sha256:${createHash("sha256").update(seed).digest("hex")}`;
