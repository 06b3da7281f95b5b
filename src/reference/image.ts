/**
 * Image references, normalized the way Docker does: `node:20` is `docker.io/library/node:20`,
 * `index.docker.io/x/y` is `docker.io/x/y`, registries may carry ports, digests pin content.
 */
import { quoteInput } from "../secrets/redact.ts";

const DEFAULT_REGISTRY = "docker.io";

export interface ImageReference {
  /** Registry host, with port when given (`docker.io`, `localhost:5000`). */
  registry: string;
  /** Repository path inside the registry (`library/node`). */
  path: string;
  /** `registry/path`: what trusted patterns are matched against. */
  repository: string;
  tag?: string;
  digest?: string;
  /** True when no tag and no digest was written, so Docker uses `latest`. */
  implicitLatest: boolean;
  /** The normalized, fully qualified reference as text. */
  normalized: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;

/** Thrown text explains what is wrong with the reference; callers add the file and line. */
export class ImageReferenceError extends Error {}

function isRegistryHost(component: string): boolean {
  // Docker's rule: the first component is a host when it has a dot or a colon, is localhost,
  // or has upper-case letters (which repository paths cannot have).
  return /[.:]/.test(component) || component === "localhost" || component.toLowerCase() !== component;
}

function validHost(host: string): boolean {
  if (host.startsWith("[")) {
    return /^\[[0-9a-fA-F:.]+\](?::\d{1,5})?$/.test(host);
  }
  const [name, port, ...rest] = host.split(":");
  if (rest.length > 0 || name === undefined || name === "") return false;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return false;
  return name.split(".").every((part) => DOMAIN_COMPONENT.test(part));
}

/** Parses and normalizes an image reference; throws ImageReferenceError on malformed input. */
export function parseImageReference(text: string): ImageReference {
  const input = text.trim();
  if (input === "") throw new ImageReferenceError("empty image reference");
  if (/\s/.test(input)) throw new ImageReferenceError(`${quoteInput(input)} is not a valid image reference (contains whitespace)`);

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new ImageReferenceError(`${quoteInput(input)} has a malformed digest`);
    if (digest.startsWith("sha256:") && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      throw new ImageReferenceError(`${quoteInput(input)} has a malformed sha256 digest (expected 64 lower-case hex digits)`);
    }
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) throw new ImageReferenceError(`${quoteInput(input)} has an invalid tag ${quoteInput(tag, 40)}`);
  }

  const components = rest.split("/");
  let registry = DEFAULT_REGISTRY;
  if (components.length > 1 && isRegistryHost(components[0]!)) {
    registry = components.shift()!;
    if (!validHost(registry)) throw new ImageReferenceError(`${quoteInput(input)} has an invalid registry host ${quoteInput(registry, 40)}`);
  }
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = DEFAULT_REGISTRY;
  if (registry === DEFAULT_REGISTRY && components.length === 1) components.unshift("library");

  for (const component of components) {
    if (!PATH_COMPONENT.test(component)) {
      throw new ImageReferenceError(
        component.toLowerCase() !== component
          ? `"${input}" is not a valid image reference (repository names must be lower-case)`
          : `"${input}" is not a valid image reference (bad path component "${component}")`,
      );
    }
  }
  const path = components.join("/");
  const repository = `${registry}/${path}`;
  if (repository.length > 255) throw new ImageReferenceError(`${quoteInput(input)} is longer than 255 characters`);

  const implicitLatest = tag === undefined && digest === undefined;
  const normalized = `${repository}${tag !== undefined ? `:${tag}` : implicitLatest ? ":latest" : ""}${digest !== undefined ? `@${digest}` : ""}`;
  return { registry, path, repository, tag, digest, implicitLatest, normalized };
}
