/**
 * A stand-in for the ECR and Amazon Inspector APIs on loopback, spoken to over real HTTP by the
 * real SDK clients (through AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL_INSPECTOR2), so request
 * serialization, pagination, retries and error parsing are all exercised. ECR speaks awsJson1_1
 * (POST / with X-Amz-Target); inspector2 speaks restJson1 (POST /findings/list, /coverage/list).
 * It behaves like the services where gates get them wrong: 100 findings a page whatever
 * maxResults says, per-page severity counts, CLOSED findings unless asked for ACTIVE only.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface EcrImage {
  repository: string;
  tags: string[];
  digest: string;
  /** Statuses returned by successive DescribeImageScanFindings calls; the last one repeats. */
  statuses: Array<{ status: string; description?: string }>;
  /** ScanNotFoundException for this many calls first (scan not registered yet). */
  scanNotFound?: number;
  /** Findings in the shape of the scan type (basic `findings` or `enhancedFindings`). */
  findings: Array<Record<string, unknown>>;
  /** Extra findings that appear on the first read only (results still arriving). */
  lateFindings?: Array<Record<string, unknown>>;
  /** Image not visible by tag for this many DescribeImages calls (a fresh push). */
  hiddenFor?: number;
}

export interface InspectorImage {
  repository: string;
  digest: string;
  /** Coverage answers for successive calls ("missing" = not in the list); the last one repeats. */
  coverage: Array<"missing" | { statusCode: string; reason: string }>;
  findings: Array<Record<string, unknown>>;
}

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
  body: Record<string, unknown>;
}

export const ACCOUNT = "123456789012";
export const REGION = "eu-west-1";

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
  scanType: "BASIC" | "ENHANCED" = "ENHANCED";
  readonly ecr = new Map<string, EcrImage>();
  readonly inspector = new Map<string, InspectorImage>();
  readonly calls: Call[] = [];
  /** Operation → how many times to answer with throttling first. */
  readonly throttle = new Map<string, number>();
  /** Operations answered with AccessDeniedException. */
  readonly deny = new Set<string>();
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
    this.inspector.clear();
    this.repositories.clear();
    this.scanningRules = [];
    this.callerAccount = ACCOUNT;
    this.calls.length = 0;
    this.throttle.clear();
    this.deny.clear();
    this.counters.clear();
    this.scanType = "ENHANCED";
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
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    const target = request.headers["x-amz-target"];
    const json = typeof target === "string";
    const operation = json ? target.split(".").pop()! : (request.url ?? "");
    this.calls.push({ operation, body });

    const fail = (status: number, type: string, message: string) => {
      if (json) {
        response.writeHead(status, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ __type: type, message }));
      } else {
        response.writeHead(status, { "content-type": "application/json", "x-amzn-errortype": type });
        response.end(JSON.stringify({ message }));
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
      response.writeHead(200, { "content-type": json ? "application/x-amz-json-1.1" : "application/json" });
      response.end(JSON.stringify(payload));
    };
    switch (operation) {
      case "DescribeImages":
        return this.describeImages(body, reply, fail);
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
          registryId: ACCOUNT,
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
        return this.listCoverage(body, reply);
      case "/findings/list":
        return this.listFindings(body, reply);
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

  private imageByDigest(body: Record<string, unknown>): EcrImage | undefined {
    const digest = (body.imageId as { imageDigest?: string } | undefined)?.imageDigest;
    return [...this.ecr.values()].find((image) => image.digest === digest && image.repository === body.repositoryName);
  }

  private describeImages(
    body: Record<string, unknown>,
    reply: (payload: unknown) => void,
    fail: (status: number, type: string, message: string) => void,
  ): void {
    const tag = (body.imageIds as Array<{ imageTag?: string }> | undefined)?.[0]?.imageTag;
    const repositories = new Set([...this.ecr.values()].map((image) => image.repository));
    if (!repositories.has(body.repositoryName as string))
      return fail(400, "RepositoryNotFoundException", `The repository with name '${String(body.repositoryName)}' does not exist`);
    const image = [...this.ecr.values()].find((candidate) => candidate.repository === body.repositoryName && tag !== undefined && candidate.tags.includes(tag));
    if (!image || this.count(`hidden:${image.digest}`) <= (image.hiddenFor ?? 0))
      return fail(400, "ImageNotFoundException", "The image requested does not exist in the specified repository.");
    reply({
      imageDetails: [{ registryId: ACCOUNT, repositoryName: image.repository, imageDigest: image.digest, imageTags: image.tags, imagePushedAt: 1_700_000_000 }],
    });
  }

  private describeImageScanFindings(
    body: Record<string, unknown>,
    reply: (payload: unknown) => void,
    fail: (status: number, type: string, message: string) => void,
  ): void {
    const image = this.imageByDigest(body);
    if (!image) return fail(400, "ImageNotFoundException", "The image requested does not exist in the specified repository.");
    const nextToken = body.nextToken as string | undefined;
    if (nextToken === undefined) {
      if ((image.scanNotFound ?? 0) > 0) {
        image.scanNotFound! -= 1;
        return fail(400, "ScanNotFoundException", "The specified image scan could not be found.");
      }
    }
    const call = nextToken === undefined ? this.count(`status:${image.digest}`) : (this.counters.get(`status:${image.digest}`) ?? 1);
    const status = image.statuses[Math.min(call, image.statuses.length) - 1]!;
    const ready = status.status === "COMPLETE" || status.status === "ACTIVE";
    const reads = nextToken === undefined && ready ? this.count(`reads:${image.digest}`) : (this.counters.get(`reads:${image.digest}`) ?? 1);
    const all = ready ? [...image.findings, ...(reads === 1 ? (image.lateFindings ?? []) : [])] : [];
    // 100 a page, whatever maxResults asked for (boto3#3449).
    const start = nextToken ? Number(nextToken.slice("page-".length)) : 0;
    const page = all.slice(start, start + 100);
    const counts: Record<string, number> = {};
    for (const finding of page) counts[finding.severity as string] = (counts[finding.severity as string] ?? 0) + 1;
    const key = this.scanType === "ENHANCED" ? "enhancedFindings" : "findings";
    reply({
      registryId: ACCOUNT,
      repositoryName: image.repository,
      imageId: { imageDigest: image.digest },
      imageScanStatus: status,
      imageScanFindings: ready
        ? { imageScanCompletedAt: 1_700_000_100, vulnerabilitySourceUpdatedAt: 1_700_000_000, findingSeverityCounts: counts, [key]: page }
        : undefined,
      ...(start + 100 < all.length ? { nextToken: `page-${start + 100}` } : {}),
    });
  }

  private listCoverage(body: Record<string, unknown>, reply: (payload: unknown) => void): void {
    const filter = body.filterCriteria as { ecrRepositoryName?: Array<{ value: string }> } | undefined;
    const repository = filter?.ecrRepositoryName?.[0]?.value;
    const resources = [];
    for (const image of this.inspector.values()) {
      if (repository !== undefined && image.repository !== repository) continue;
      const call = this.count(`coverage:${image.digest}`);
      const answer = image.coverage[Math.min(call, image.coverage.length) - 1]!;
      if (answer === "missing") continue;
      resources.push({
        resourceType: "AWS_ECR_CONTAINER_IMAGE",
        resourceId: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${image.repository}/${image.digest}`,
        accountId: ACCOUNT,
        scanType: "PACKAGE",
        scanStatus: answer,
        resourceMetadata: { ecrImage: { tags: ["latest"] } },
      });
    }
    reply({ coveredResources: resources });
  }

  private listFindings(body: Record<string, unknown>, reply: (payload: unknown) => void): void {
    const filter = (body.filterCriteria ?? {}) as Record<string, Array<{ comparison: string; value: string }> | undefined>;
    const digest = filter.ecrImageHash?.[0]?.value;
    const status = filter.findingStatus?.[0]?.value;
    const image = [...this.inspector.values()].find((candidate) => candidate.digest === digest);
    // Without a status filter, CLOSED findings come back too (prowler#2394).
    const all = (image?.findings ?? []).filter((finding) => status === undefined || finding.status === status);
    const start = body.nextToken ? Number(String(body.nextToken).slice("page-".length)) : 0;
    reply({ findings: all.slice(start, start + 100), ...(start + 100 < all.length ? { nextToken: `page-${start + 100}` } : {}) });
  }
}

/** An enhanced (Inspector-shaped) finding, as ECR enhanced scanning and inspector2 return it. */
export function packageFinding(
  id: string,
  severity: string,
  pkg: string,
  version: string,
  options: { fixedIn?: string; status?: string; score?: number } = {},
): Record<string, unknown> {
  return {
    findingArn: `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/${id}-${pkg}`,
    awsAccountId: ACCOUNT,
    type: "PACKAGE_VULNERABILITY",
    title: `${id} - ${pkg}`,
    description: `A vulnerability in ${pkg}.`,
    severity,
    status: options.status ?? "ACTIVE",
    fixAvailable: options.fixedIn ? "YES" : "NO",
    ...(options.score !== undefined ? { inspectorScore: options.score, score: options.score } : {}),
    firstObservedAt: 1_700_000_000,
    lastObservedAt: 1_700_000_000,
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

/** A basic-scan finding, Clair-era attribute keys. */
export function basicFinding(id: string, severity: string, pkg: string, version: string): Record<string, unknown> {
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

export const ecrRef = (repository: string, tag = "latest") => `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${repository}:${tag}`;
export const digestOf = (seed: string) => `sha256:${Buffer.from(seed.padEnd(32, "0")).toString("hex").slice(0, 64).padEnd(64, "0")}`;
