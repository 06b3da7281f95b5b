import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  quoteInput
} from "./chunk-MSQ75MTB.js";

// src/reference/image.ts
var DEFAULT_REGISTRY = "docker.io";
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
var ImageReferenceError = class extends Error {
};
function isRegistryHost(component) {
  return /[.:]/.test(component) || component === "localhost" || component.toLowerCase() !== component;
}
function validHost(host) {
  if (host.startsWith("[")) {
    return /^\[[0-9a-fA-F:.]+\](?::\d{1,5})?$/.test(host);
  }
  const [name, port, ...rest] = host.split(":");
  if (rest.length > 0 || name === void 0 || name === "") return false;
  if (port !== void 0 && !/^\d{1,5}$/.test(port)) return false;
  return name.split(".").every((part) => DOMAIN_COMPONENT.test(part));
}
function parseImageReference(text) {
  const input = text.trim();
  if (input === "") throw new ImageReferenceError("empty image reference");
  if (/\s/.test(input)) throw new ImageReferenceError(`${quoteInput(input)} is not a valid image reference (contains whitespace)`);
  let rest = input;
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new ImageReferenceError(`${quoteInput(input)} has a malformed digest`);
    if (digest.startsWith("sha256:") && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      throw new ImageReferenceError(`${quoteInput(input)} has a malformed sha256 digest (expected 64 lower-case hex digits)`);
    }
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) throw new ImageReferenceError(`${quoteInput(input)} has an invalid tag ${quoteInput(tag, 40)}`);
  }
  const components = rest.split("/");
  let registry = DEFAULT_REGISTRY;
  if (components.length > 1 && isRegistryHost(components[0])) {
    registry = components.shift();
    if (!validHost(registry)) throw new ImageReferenceError(`${quoteInput(input)} has an invalid registry host ${quoteInput(registry, 40)}`);
  }
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = DEFAULT_REGISTRY;
  if (registry === DEFAULT_REGISTRY && components.length === 1) components.unshift("library");
  for (const component of components) {
    if (!PATH_COMPONENT.test(component)) {
      throw new ImageReferenceError(
        component.toLowerCase() !== component ? `"${input}" is not a valid image reference (repository names must be lower-case)` : `"${input}" is not a valid image reference (bad path component "${component}")`
      );
    }
  }
  const path = components.join("/");
  const repository = `${registry}/${path}`;
  if (repository.length > 255) throw new ImageReferenceError(`${quoteInput(input)} is longer than 255 characters`);
  const implicitLatest = tag === void 0 && digest === void 0;
  const normalized = `${repository}${tag !== void 0 ? `:${tag}` : implicitLatest ? ":latest" : ""}${digest !== void 0 ? `@${digest}` : ""}`;
  return { registry, path, repository, tag, digest, implicitLatest, normalized };
}

export {
  ImageReferenceError,
  parseImageReference
};
