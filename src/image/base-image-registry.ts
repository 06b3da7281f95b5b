/**
 * Registry evidence about the images a Dockerfile pulls: each repository's tag list and the
 * digest each tag points to now. A source: it asks the registries (the same client, credentials,
 * TLS and retries as docker://) and judges nothing. Loaded only when a check that needs it is on.
 */

import type { DockerfileModel } from "../dockerfile/model.ts";
import { GateError, firstLine } from "../errors.ts";
import type { ImageReference } from "../reference/image.ts";
import { RegistryClient, type RegistryOptions } from "./registry.ts";

/** A repository's tags, or why they could not be read. */
export type TagListing = { tags: string[] } | { unavailable: string };

export interface BaseImageEvidence {
  /** Tag lists by normalized repository (`docker.io/library/node`). */
  tags: Record<string, TagListing>;
  /** What `repository:tag` points to now (the index digest for a multi-platform tag). */
  digests: Record<string, string>;
}

/** How many registry requests run at once. */
const CONCURRENCY = 4;

/**
 * Registry look-ups for one run: one client per repository (so a token is fetched once), and
 * every tag list and digest asked for at most once.
 */
export class RegistryLookups {
  private readonly clients = new Map<string, RegistryClient>();
  /** The last request queued per repository: a client logs in on its first 401, so its requests go one at a time. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly tagLists = new Map<string, Promise<string[]>>();
  private readonly digests = new Map<string, Promise<string>>();

  constructor(private readonly options: RegistryOptions = {}) {}

  private client(reference: ImageReference): RegistryClient {
    let client = this.clients.get(reference.repository);
    if (!client) {
      // One client serves every tag of the repository, so its messages name the repository alone.
      const repository: ImageReference = {
        registry: reference.registry,
        path: reference.path,
        repository: reference.repository,
        implicitLatest: false,
        normalized: reference.repository,
      };
      client = new RegistryClient(repository, this.options);
      this.clients.set(reference.repository, client);
    }
    return client;
  }

  private queued<T>(reference: ImageReference, task: (client: RegistryClient) => Promise<T>): Promise<T> {
    const previous = this.queues.get(reference.repository) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => task(this.client(reference)));
    this.queues.set(reference.repository, next);
    return next;
  }

  /** The repository's tags, read once per run. */
  tags(reference: ImageReference): Promise<string[]> {
    let listing = this.tagLists.get(reference.repository);
    if (!listing) {
      listing = this.queued(reference, (client) => client.listTags());
      this.tagLists.set(reference.repository, listing);
    }
    return listing;
  }

  /** The digest the tag points to now, asked once per run. */
  digest(reference: ImageReference, tag: string): Promise<string> {
    const key = `${reference.repository}:${tag}`;
    let digest = this.digests.get(key);
    if (!digest) {
      digest = this.queued(reference, (client) => client.resolveDigest(tag));
      this.digests.set(key, digest);
    }
    return digest;
  }
}

/** Runs the tasks with at most `limit` in flight. */
export async function inBatches<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Why a look-up failed, in one line. */
function lookupFailure(error: unknown): string {
  return error instanceof GateError ? error.message : firstLine(error);
}

/**
 * Reads the tag lists of the base images (`FROM`) and, when asked, the digests of every external
 * reference that is not pinned by digest. A registry that cannot be read is recorded, not thrown:
 * the policy (`on-unavailable`) decides what that means.
 */
export async function gatherBaseImageEvidence(
  dockerfile: DockerfileModel,
  want: { tags: boolean; digests: boolean },
  lookups: RegistryLookups,
): Promise<BaseImageEvidence> {
  const evidence: BaseImageEvidence = { tags: {}, digests: {} };
  const references = dockerfile.imageUses.filter((use) => use.reference !== undefined && use.stageRef === undefined && !use.scratch);
  const repositories = new Map<string, ImageReference>();
  if (want.tags) for (const use of references) if (use.kind === "from") repositories.set(use.reference!.repository, use.reference!);
  const tagged = new Map<string, ImageReference>();
  if (want.digests) {
    for (const use of references) {
      const reference = use.reference!;
      if (reference.digest === undefined) tagged.set(`${reference.repository}:${reference.tag ?? "latest"}`, reference);
    }
  }
  const tasks: Array<() => Promise<void>> = [
    ...[...repositories].map(([repository, reference]) => async () => {
      try {
        evidence.tags[repository] = { tags: await lookups.tags(reference) };
      } catch (error) {
        evidence.tags[repository] = { unavailable: lookupFailure(error) };
      }
    }),
    ...[...tagged].map(([key, reference]) => async () => {
      try {
        evidence.digests[key] = await lookups.digest(reference, reference.tag ?? "latest");
      } catch {
        // A suggestion without a digest still tells the user to pin; the tag list says what failed.
      }
    }),
  ];
  await inBatches(tasks, CONCURRENCY, (task) => task());
  return evidence;
}
