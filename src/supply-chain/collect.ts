/**
 * The supply-chain source the gate calls when the policy turns on unsigned-image,
 * unsigned-base-image, missing-attestations or registry-settings: it decides what can be judged
 * for this input (a registry image, an OCI layout holding attached artifacts, or nothing: "not
 * applicable"), discovers and verifies, and returns plain evidence for the checks.
 */

import type { DockerfileModel } from "../dockerfile/model.ts";
import { GateError } from "../errors.ts";
import { openStore } from "../image/open-store.ts";
import type { ImageModel } from "../image/model.ts";
import { parseImageReference, type ImageReference } from "../reference/image.ts";
import { RegistryClient, type RegistryOptions } from "../image/registry.ts";
import { parseImageSource } from "../image/transport.ts";
import type { EcrReference } from "../reference/ecr.ts";
import { baseImageOf, readAttestations } from "./attestations.ts";
import { LayoutArtifacts, RegistryArtifacts, type FoundArtifact } from "./discover.ts";
import type { AttestationEvidence, BaseImageRecord, BaseImageSignatures, JudgedDigest, RepositorySettings, SignatureEvidence } from "./model.ts";
import { loadSigners, type LoadedSigners, type SignerSpec } from "./signers.ts";
import { judgeSignatures, type ManifestReader } from "./signatures.ts";

export interface SignerSettings {
  signers: SignerSpec[];
  trustedRoot?: { file: string; shown: string };
}

export interface SupplyChainRequest {
  /** Which checks run (the policy lists them and their action is not off), with their signers. */
  unsignedImage?: SignerSettings;
  unsignedBaseImage?: SignerSettings;
  missingAttestations: boolean;
  registrySettings: boolean;
  image?: { reference: string; model: ImageModel };
  ecrReference?: EcrReference;
  dockerfile?: DockerfileModel;
  platform?: string;
  cwd: string;
  registry: RegistryOptions;
}

export interface SupplyChainEvidence {
  signatures?: SignatureEvidence;
  baseImageSignatures?: BaseImageSignatures[];
  attestations?: AttestationEvidence;
  repositorySettings?: RepositorySettings;
  /** Check id → why it has nothing to judge in this input. */
  notApplicable: Record<string, string>;
  base?: BaseImageRecord;
}

/** An image whose attached artifacts can be read: where, and the digests that count. */
interface Judged {
  label: string;
  digests: JudgedDigest[];
  discover(what: { signatures: boolean; attestations: boolean }): Promise<FoundArtifact[]>;
  readManifest: ManifestReader;
  annotations(digest: string): Promise<Record<string, string>>;
}

const ATTESTATION_MANIFEST = "attestation-manifest";

/** The platform manifest of an index for a platform (attestation manifests are never platforms). */
function pickPlatform(indexText: string, platform: string | undefined, label: string): string {
  const index = JSON.parse(indexText) as {
    manifests?: Array<{ digest: string; platform?: { os?: string; architecture?: string; variant?: string }; annotations?: Record<string, string> }>;
  };
  const candidates = (index.manifests ?? []).filter(
    (entry) => entry.annotations?.["vnd.docker.reference.type"] !== ATTESTATION_MANIFEST && entry.platform?.os !== "unknown",
  );
  const name = (entry: (typeof candidates)[number]) => [entry.platform?.os, entry.platform?.architecture, entry.platform?.variant].filter(Boolean).join("/");
  const wanted = platform ?? (candidates.length === 1 ? undefined : "linux/amd64");
  const chosen =
    wanted === undefined
      ? candidates[0]
      : candidates.find((entry) => name(entry) === wanted || name(entry).startsWith(`${wanted}/`) || wanted.startsWith(`${name(entry)}/`));
  if (!chosen) throw new GateError(`${label}: no image for platform ${wanted ?? "(any)"} (platforms: ${candidates.map(name).join(", ") || "none"})`);
  return chosen.digest;
}

/** Resolves a registry reference to the digests signatures may name: the tag's digest and, for an index, the platform manifest's. */
async function resolveRegistryImage(client: RegistryClient, reference: ImageReference, platform: string | undefined): Promise<JudgedDigest[]> {
  const top = await client.manifest(reference.digest ?? reference.tag ?? "latest");
  if (!/"manifests"\s*:/.test(top.text)) return [{ digest: top.digest, role: "manifest" }];
  return [
    { digest: top.digest, role: "index" },
    { digest: pickPlatform(top.text, platform, client.label), role: "manifest" },
  ];
}

function registryJudged(client: RegistryClient, digests: JudgedDigest[]): Judged {
  const artifacts = new RegistryArtifacts(client);
  return {
    label: `${client.reference.repository}@${digests[digests.length - 1]!.digest}`,
    digests,
    async discover(what) {
      const found = await artifacts.discover(
        digests.map((entry) => entry.digest),
        what,
      );
      const index = digests.find((entry) => entry.role === "index");
      if (what.attestations && index) found.push(...(await artifacts.indexAttestations(index.digest)));
      return found;
    },
    readManifest: async (digest) => (await client.optionalManifest(digest))?.bytes,
    annotations: (digest) => artifacts.manifestAnnotations(digest),
  };
}

/** The image the registry checks judge: --image docker://, else --ecr-image, else an OCI layout; undefined with a reason when none. */
async function judgedImage(request: SupplyChainRequest): Promise<Judged | { notApplicable: string }> {
  const image = request.image;
  if (image && image.reference.startsWith("docker://")) {
    const reference = parseImageReference(image.reference.slice("docker://".length));
    const client = new RegistryClient(reference, request.registry);
    const digests: JudgedDigest[] = [];
    const top = image.model.referenceDigest;
    if (top && image.model.digest && top !== image.model.digest) digests.push({ digest: top, role: "index" });
    digests.push({ digest: image.model.digest ?? top ?? "", role: "manifest" });
    return registryJudged(client, digests);
  }
  if (request.ecrReference) {
    const reference = parseImageReference(request.ecrReference.text.replace(/^docker:\/\//, ""));
    const client = new RegistryClient(reference, request.registry);
    return registryJudged(client, await resolveRegistryImage(client, reference, request.platform));
  }
  if (!image) return { notApplicable: "no image to judge: give --image docker://… or --ecr-image" };
  const source = parseImageSource(image.reference);
  if (source.transport !== "oci" && source.transport !== "oci-archive") {
    return {
      notApplicable: `${source.transport}: images carry no registry signatures or attestations (judge the pushed image with --ecr-image or --image docker://…)`,
    };
  }
  const store = await openStore(source, request.cwd);
  const layout = new LayoutArtifacts(store);
  const digests: JudgedDigest[] = [];
  // The index in index.json that holds the platform manifest read also counts.
  const top = JSON.parse(await store.read("index.json")) as { manifests?: Array<{ digest: string; mediaType?: string }> };
  for (const entry of top.manifests ?? []) {
    if (!/index|manifest\.list/.test(entry.mediaType ?? "")) continue;
    const name = `blobs/${entry.digest.replace(":", "/")}`;
    if (!store.has(name)) continue;
    if ((await store.read(name)).includes(image.model.digest ?? "\u0000")) digests.push({ digest: entry.digest, role: "index" });
  }
  if (image.model.digest) digests.push({ digest: image.model.digest, role: "manifest" });
  const found = await layout.discover(digests.map((entry) => entry.digest).reverse());
  if (found.length === 0) return { notApplicable: `the OCI layout ${store.label} holds no signatures or attestations` };
  return {
    label: `${store.label}@${digests[digests.length - 1]?.digest ?? ""}`,
    digests,
    discover: async () => found,
    readManifest: async (digest) => {
      const name = `blobs/${digest.replace(":", "/")}`;
      return store.has(name) ? Buffer.from(await store.read(name), "utf8") : undefined;
    },
    annotations: (digest) => layout.manifestAnnotations(digest),
  };
}

async function signaturesOf(judged: Judged, settings: SignerSettings, signers: LoadedSigners, artifacts?: FoundArtifact[]): Promise<SignatureEvidence> {
  const found = artifacts ?? (await judged.discover({ signatures: true, attestations: false }));
  return {
    image: judged.label,
    digests: judged.digests,
    verdicts: await judgeSignatures(found, signers, judged.readManifest),
    signers: settings.signers.length,
  };
}

/** Resolves every base image (FROM) through its registry and verifies its signatures with the base-image signers. */
async function baseImageSignatures(request: SupplyChainRequest, settings: SignerSettings): Promise<BaseImageSignatures[]> {
  const dockerfile = request.dockerfile!;
  const signers = loadSigners(settings.signers, settings.trustedRoot);
  const results: BaseImageSignatures[] = [];
  const cache = new Map<string, SignatureEvidence>();
  for (const use of dockerfile.imageUses) {
    if (use.kind !== "from" || use.stageRef !== undefined || use.scratch) continue;
    const place = { file: dockerfile.path, line: use.line, written: use.resolved };
    if (use.missing.length > 0 || !use.reference) {
      results.push({
        ...place,
        image: use.written,
        digests: [],
        verdicts: [],
        signers: settings.signers.length,
        unresolved: `${use.missing.join(", ")} has no value`,
      });
      continue;
    }
    const key = use.reference.normalized;
    let evidence = cache.get(key);
    if (!evidence) {
      const client = new RegistryClient(use.reference, request.registry);
      const digests = await resolveRegistryImage(client, use.reference, request.platform);
      evidence = await signaturesOf(registryJudged(client, digests), settings, signers);
      cache.set(key, evidence);
    }
    results.push({ ...place, ...evidence });
  }
  return results;
}

/** Collects the evidence for the enabled checks. Registry and AWS errors are GateErrors (the gate fails closed). */
export async function collectSupplyChain(request: SupplyChainRequest): Promise<SupplyChainEvidence> {
  const result: SupplyChainEvidence = { notApplicable: {} };

  if (request.unsignedBaseImage) {
    const hasFrom = request.dockerfile?.imageUses.some((use) => use.kind === "from" && use.stageRef === undefined && !use.scratch);
    if (hasFrom) result.baseImageSignatures = await baseImageSignatures(request, request.unsignedBaseImage);
    else
      result.notApplicable["unsigned-base-image"] = request.dockerfile
        ? "the Dockerfile has no base image from a registry"
        : "no Dockerfile to read base images from";
  }

  if (request.unsignedImage || request.missingAttestations) {
    const judged = await judgedImage(request);
    if ("notApplicable" in judged) {
      if (request.unsignedImage) result.notApplicable["unsigned-image"] = judged.notApplicable;
      if (request.missingAttestations) result.notApplicable["missing-attestations"] = judged.notApplicable;
    } else {
      const found = await judged.discover({ signatures: request.unsignedImage !== undefined, attestations: request.missingAttestations });
      if (request.unsignedImage) {
        const signers = loadSigners(request.unsignedImage.signers, request.unsignedImage.trustedRoot);
        result.signatures = await signaturesOf(judged, request.unsignedImage, signers, found);
      }
      if (request.missingAttestations) {
        const digests = judged.digests.map((entry) => entry.digest);
        const reading = await readAttestations(found, digests);
        result.attestations = { image: judged.label, digests: judged.digests, records: reading.records };
        const manifest = judged.digests[judged.digests.length - 1]!.digest;
        const finalFrom = request.dockerfile?.imageUses.findLast((use) => use.kind === "from")?.reference?.normalized;
        const base = baseImageOf(await judged.annotations(manifest), request.image?.model.config.labels ?? {}, reading.provenance, finalFrom);
        if (base) result.attestations.base = result.base = base;
      }
    }
  }

  if (request.registrySettings) {
    if (!request.ecrReference)
      result.notApplicable["registry-settings"] = "no ECR image: give --ecr-image ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST]";
    else {
      const { readRepositorySettings } = await import("./ecr-repository.ts");
      result.repositorySettings = await readRepositorySettings(request.ecrReference);
    }
  }
  return result;
}
