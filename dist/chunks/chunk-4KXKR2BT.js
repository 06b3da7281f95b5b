import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryClient
} from "./chunk-AGU6EIG2.js";
import {
  GateError,
  firstLine
} from "./chunk-MSQ75MTB.js";

// src/image/base-image-registry.ts
var CONCURRENCY = 4;
var RegistryLookups = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  clients = /* @__PURE__ */ new Map();
  /** The last request queued per repository: a client logs in on its first 401, so its requests go one at a time. */
  queues = /* @__PURE__ */ new Map();
  tagLists = /* @__PURE__ */ new Map();
  digests = /* @__PURE__ */ new Map();
  client(reference) {
    let client = this.clients.get(reference.repository);
    if (!client) {
      const repository = {
        registry: reference.registry,
        path: reference.path,
        repository: reference.repository,
        implicitLatest: false,
        normalized: reference.repository
      };
      client = new RegistryClient(repository, this.options);
      this.clients.set(reference.repository, client);
    }
    return client;
  }
  queued(reference, task) {
    const previous = this.queues.get(reference.repository) ?? Promise.resolve();
    const next = previous.catch(() => void 0).then(() => task(this.client(reference)));
    this.queues.set(reference.repository, next);
    return next;
  }
  /** The repository's tags, read once per run. */
  tags(reference) {
    let listing = this.tagLists.get(reference.repository);
    if (!listing) {
      listing = this.queued(reference, (client) => client.listTags());
      this.tagLists.set(reference.repository, listing);
    }
    return listing;
  }
  /** The digest the tag points to now, asked once per run. */
  digest(reference, tag) {
    const key = `${reference.repository}:${tag}`;
    let digest = this.digests.get(key);
    if (!digest) {
      digest = this.queued(reference, (client) => client.resolveDigest(tag));
      this.digests.set(key, digest);
    }
    return digest;
  }
};
async function inBatches(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function lookupFailure(error) {
  return error instanceof GateError ? error.message : firstLine(error);
}
async function gatherBaseImageEvidence(dockerfile, want, lookups) {
  const evidence = { tags: {}, digests: {} };
  const references = dockerfile.imageUses.filter((use) => use.reference !== void 0 && use.stageRef === void 0 && !use.scratch);
  const repositories = /* @__PURE__ */ new Map();
  if (want.tags) {
    for (const use of references) if (use.kind === "from") repositories.set(use.reference.repository, use.reference);
  }
  const tagged = /* @__PURE__ */ new Map();
  if (want.digests) {
    for (const use of references) {
      const reference = use.reference;
      if (reference.digest === void 0) tagged.set(`${reference.repository}:${reference.tag ?? "latest"}`, reference);
    }
  }
  const tasks = [
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
      }
    })
  ];
  await inBatches(tasks, CONCURRENCY, (task) => task());
  return evidence;
}

export {
  RegistryLookups,
  inBatches,
  gatherBaseImageEvidence
};
