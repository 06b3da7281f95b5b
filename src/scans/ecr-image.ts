/**
 * Which ECR images a run gates. A tag is resolved to a digest once (a digest `--image docker://`
 * already resolved is used as it is: the tag may have moved since). When that digest is an index
 * (`docker buildx build --push` writes one, with provenance, even for one platform), ECR does not
 * scan it (UNSUPPORTED_IMAGE) and Inspector covers only its platform manifests, so the gate reads
 * the index with BatchGetImage and gates its platform images: all of them, or only the selected
 * platform's. Attestation manifests are never platforms.
 */

import { createHash } from "node:crypto";
import { BatchGetImageCommand, DescribeImagesCommand } from "@aws-sdk/client-ecr";
import { GateError } from "../errors.ts";
import { indexSchema, isAttestation, isIndexMediaType, MEDIA_TYPES, platformMatches, platformOf } from "../image/documents.ts";
import { describeAwsError, isTransient } from "../aws/sdk.ts";
import { retryTransient, type AwsContext } from "./aws-context.ts";
import { isAbort, pollUntil } from "../poll.ts";
import { parseShape, ShapeError } from "../aws/shape.ts";
import { batchGetImageSchema, describeImagesSchema } from "./schemas.ts";

/** One image whose scan is read: the digest, and its platform when it came from an index. */
export interface EcrImageTarget {
  digest: string;
  platform?: string;
}

export interface EcrTarget {
  /** What the reference resolved to (the index digest for a multi-platform tag). */
  digest: string;
  /** True when that digest is an index. */
  index: boolean;
  /** The images whose scans are gated. */
  images: EcrImageTarget[];
  /** Platform images of the index left out (`platforms: selected`). */
  skipped: EcrImageTarget[];
}

export interface TargetOptions {
  /** `all`: every platform image of an index; `selected`: only `platform`'s (or the only one, or linux/amd64). */
  platforms: "all" | "selected";
  platform?: string;
}

/** Resolves the reference (tag or digest) and, for an index, its platform images. */
export async function resolveEcrTarget(context: AwsContext, options: TargetOptions): Promise<EcrTarget> {
  const { reference } = context;
  const details = await describeImage(context);
  if (!isIndexMediaType(details.mediaType)) return { digest: details.digest, index: false, images: [{ digest: details.digest }], skipped: [] };

  const where = `${reference.text}: the index ${details.digest}`;
  let response;
  try {
    response = parseShape(
      batchGetImageSchema,
      await retryTransient(context, `ECR index ${reference.repository}@${details.digest.slice(0, 19)}…`, () =>
        context.ecr.send(
          new BatchGetImageCommand({
            registryId: reference.account,
            repositoryName: reference.repository,
            imageIds: [{ imageDigest: details.digest }],
            acceptedMediaTypes: [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList],
          }),
          { abortSignal: context.signal },
        ),
      ),
      "BatchGetImage",
    );
  } catch (error) {
    if (isAbort(error)) throw error;
    if (error instanceof ShapeError) throw new GateError(`${where}: unexpected answer from ECR: ${error.message}`);
    throw new GateError(`${where}: cannot read it with BatchGetImage: ${describeAwsError(error)}`);
  }
  const failure = response.failures?.[0];
  if (failure) throw new GateError(`${where}: BatchGetImage failed (${failure.failureCode ?? "no code"}: ${failure.failureReason ?? "no reason"})`);
  const manifest = response.images?.find((image) => image.imageId?.imageDigest === details.digest)?.imageManifest;
  if (manifest === undefined) throw new GateError(`${where}: BatchGetImage returned no manifest`);
  const actual = `sha256:${createHash("sha256").update(manifest, "utf8").digest("hex")}`;
  if (actual !== details.digest) throw new GateError(`${where}: the manifest ECR returned does not match its digest (got ${actual})`);

  let index;
  try {
    index = parseShape(indexSchema, JSON.parse(manifest), "index");
  } catch (error) {
    throw new GateError(`${where}: not a valid image index (${error instanceof Error ? error.message : String(error)})`);
  }
  const platformImages: EcrImageTarget[] = [];
  for (const descriptor of index.manifests ?? []) {
    if (isAttestation(descriptor)) continue;
    if (isIndexMediaType(descriptor.mediaType)) throw new GateError(`${where}: nests another index (${descriptor.digest}); nested indexes are not supported`);
    const platform = platformOf(descriptor);
    platformImages.push(platform === undefined ? { digest: descriptor.digest } : { digest: descriptor.digest, platform });
  }
  if (platformImages.length === 0) throw new GateError(`${where}: lists no platform images (only attestations)`);
  if (options.platforms === "all") return { digest: details.digest, index: true, images: platformImages, skipped: [] };

  const listed = platformImages.map((image) => image.platform ?? "(no platform)").join(", ");
  let chosen: EcrImageTarget[];
  if (options.platform !== undefined) {
    chosen = platformImages.filter((image) => platformMatches(options.platform!, image.platform));
    if (chosen.length === 0) throw new GateError(`${where}: has no image for platform ${options.platform} (platforms: ${listed})`);
  } else if (platformImages.length === 1) {
    chosen = platformImages;
  } else {
    chosen = platformImages.filter((image) => platformMatches("linux/amd64", image.platform));
    if (chosen.length === 0)
      throw new GateError(`${where}: holds images for several platforms (${listed}); choose one with --platform, or set vulnerabilities.platforms: all`);
  }
  const first = chosen[0]!;
  return { digest: details.digest, index: true, images: [first], skipped: platformImages.filter((image) => image !== first) };
}

/** DescribeImages for the tag or digest: the digest and the manifest's media type. A tag pushed a moment ago may need a moment to appear. */
async function describeImage(context: AwsContext): Promise<{ digest: string; mediaType?: string }> {
  const { reference } = context;
  const imageId = reference.digest !== undefined ? { imageDigest: reference.digest } : { imageTag: reference.tag ?? "latest" };
  const named = reference.digest ?? `tag ${reference.tag}`;
  const outcome = await pollUntil({
    what: `ECR image ${reference.repository}${reference.digest ? `@${reference.digest.slice(0, 19)}…` : `:${reference.tag}`}`,
    waitMs: Math.min(context.waitMs, 120_000),
    clock: context.clock,
    signal: context.signal,
    ...(context.progress ? { progress: context.progress } : {}),
    step: async () => {
      try {
        const raw = await context.ecr.send(
          new DescribeImagesCommand({ registryId: reference.account, repositoryName: reference.repository, imageIds: [imageId] }),
          { abortSignal: context.signal },
        );
        const response = parseShape(describeImagesSchema, raw, "DescribeImages");
        const detail = response.imageDetails?.[0];
        if (!detail) throw new GateError(`${reference.text}: ECR returned no image for ${named}`);
        if (reference.digest !== undefined && detail.imageDigest !== reference.digest)
          throw new GateError(`${reference.text}: ECR described ${detail.imageDigest} when asked for ${reference.digest}`);
        return {
          done: true,
          value:
            detail.imageManifestMediaType === undefined
              ? { digest: detail.imageDigest }
              : { digest: detail.imageDigest, mediaType: detail.imageManifestMediaType },
        };
      } catch (error) {
        if (error instanceof GateError || isAbort(error)) throw error;
        const name = (error as Error).name;
        if (name === "ImageNotFoundException") return { done: false, state: `${reference.digest ? "image" : "tag"} not found yet` };
        if (isTransient(error)) return { done: false, state: `throttled or failing (${name}), retrying` };
        if (name === "RepositoryNotFoundException")
          throw new GateError(`${reference.text}: ECR repository ${reference.repository} not found in account ${reference.account} (${reference.region})`);
        if (error instanceof ShapeError) throw new GateError(`${reference.text}: unexpected answer from ECR: ${error.message}`);
        throw new GateError(`${reference.text}: cannot resolve ${named}: ${describeAwsError(error)}`);
      }
    },
  });
  if (!outcome.done) {
    if (outcome.lastState.startsWith("throttled"))
      throw new GateError(`${reference.text}: cannot resolve ${named}: ECR kept throttling (${outcome.lastState})`);
    throw new GateError(
      reference.digest
        ? `${reference.text}: image ${reference.digest} not found in ECR repository ${reference.repository}`
        : `${reference.text}: tag ${reference.tag} not found in ECR repository ${reference.repository}`,
    );
  }
  return outcome.value;
}
