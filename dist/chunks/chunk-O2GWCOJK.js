import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  MAX_DOCUMENT_BYTES,
  isIndexMediaType,
  isManifestMediaType
} from "./chunk-V52A7YY6.js";
import {
  ECR_HOST
} from "./chunk-54PK6BX6.js";
import {
  parseImageReference
} from "./chunk-R2YC7IFL.js";
import {
  GateError,
  firstLine,
  jsonProblem,
  quoteInput
} from "./chunk-A6QDF7GZ.js";

// src/image/registry.ts
import { createHash } from "node:crypto";
import http from "node:http";
import https from "node:https";

// src/image/credentials.ts
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function dockerConfigPath() {
  const dir = process.env.DOCKER_CONFIG ?? path.join(os.homedir(), ".docker");
  return path.join(dir, "config.json");
}
function readDockerConfig() {
  const file = dockerConfigPath();
  if (!existsSync(file)) return void 0;
  try {
    const config = JSON.parse(readFileSync(file, "utf8"));
    if (typeof config !== "object" || config === null) throw new Error("not an object");
    return { config, file };
  } catch (error) {
    throw new GateError(
      `${file}: cannot read the Docker config (${error instanceof SyntaxError ? `not valid JSON: ${jsonProblem(error)}` : firstLine(error)})`
    );
  }
}
function hostOf(key) {
  return key.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
}
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function sameRegistry(key, host) {
  const keyHost = hostOf(key);
  return keyHost === host || DOCKER_HUB.has(keyHost) && DOCKER_HUB.has(host);
}
async function fromHelper(helper, host) {
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = spawn(program, ["get"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString("utf8"));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.on("error", (error) => {
      if (error.code === "ENOENT") resolve(void 0);
      else reject(new GateError(`${program}: cannot run the credential helper (${error.code ?? firstLine(error)})`));
    });
    child.on("close", (code) => {
      if (code !== 0) {
        if (/not found/i.test(`${stdout}${stderr}`)) resolve(void 0);
        else reject(new GateError(`${program}: the credential helper failed for ${host} (exit ${code})`));
        return;
      }
      try {
        const answer = JSON.parse(stdout);
        const credential = { source: `credential helper ${program}` };
        if (answer.Username === "<token>") credential.identityToken = answer.Secret;
        else {
          if (answer.Username) credential.username = answer.Username;
          if (answer.Secret) credential.password = answer.Secret;
        }
        resolve(credential);
      } catch {
        reject(new GateError(`${program}: the credential helper's answer for ${host} is not JSON`));
      }
    });
    child.stdin.end(host);
  });
}
async function dockerConfigCredential(host) {
  const loaded = readDockerConfig();
  if (!loaded) return void 0;
  const { config, file } = loaded;
  const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => sameRegistry(key, host))?.[1];
  if (helper) return fromHelper(helper, host);
  const entry = Object.entries(config.auths ?? {}).find(([key]) => sameRegistry(key, host))?.[1];
  if (entry) {
    const source = `auths in ${file}`;
    if (entry.identitytoken) return { identityToken: entry.identitytoken, source };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon <= 0) throw new GateError(`${file}: auths[${quoteInput(host)}].auth is not base64 of user:password`);
      return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password, source };
  }
  if (config.credsStore) return fromHelper(config.credsStore, host);
  return void 0;
}

// src/image/registry.ts
var ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
function isLoopbackHost(host) {
  const name = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
  return name === "localhost" || name === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
var RetryableError = class extends Error {
};
function describeNetworkError(host, error) {
  const code = error.code ?? "";
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|HOSTNAME|ALTNAME/.test(code) || /certificate/i.test(error.message)) {
    return `${host}: TLS error: ${firstLine(error.message)} (${code || "TLS"}); add the registry's CA with NODE_EXTRA_CA_CERTS`;
  }
  if (code === "ECONNREFUSED") return `${host}: cannot connect (connection refused)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `${host}: host not found (${code})`;
  if (code === "ETIMEDOUT" || error.name === "TimeoutError") return `${host}: no response in time`;
  return `${host}: ${firstLine(error.message)}${code ? ` (${code})` : ""}`;
}
function validateRealm(realm, registryHost) {
  let url;
  try {
    url = new URL(realm);
  } catch {
    throw new GateError(`${registryHost}: the registry's token realm ${quoteInput(realm)} is not a URL`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (/^169\.254\./.test(host) || /^fe80:/i.test(host) || host === "metadata.google.internal" || host === "100.100.100.200") {
    throw new GateError(`${registryHost}: refusing the token realm ${url.host} (a link-local or metadata address)`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.host) && isLoopbackHost(registryHost))) {
    throw new GateError(`${registryHost}: refusing the token realm ${url.origin} (credentials only go over HTTPS)`);
  }
  return url;
}
function parseChallenge(header) {
  if (!header) return void 0;
  const match = /^(\w+)\s*(.*)$/.exec(header.trim());
  if (!match) return void 0;
  const params = {};
  for (const part of match[2].matchAll(/(\w+)="([^"]*)"|(\w+)=([^\s,]+)/g)) params[(part[1] ?? part[3]).toLowerCase()] = part[2] ?? part[4];
  return { scheme: match[1].toLowerCase(), params };
}
var RegistryClient = class {
  constructor(reference, options = {}) {
    this.reference = reference;
    this.options = options;
    this.apiHost = reference.registry === "docker.io" ? "registry-1.docker.io" : reference.registry;
  }
  reference;
  options;
  scheme = "https";
  authorization;
  credential;
  credentialLoaded = false;
  apiHost;
  get label() {
    return `docker://${this.reference.normalized}`;
  }
  async loadCredential() {
    if (this.credentialLoaded) return this.credential;
    this.credentialLoaded = true;
    const ecr = ECR_HOST.exec(this.reference.registry);
    if (ecr) this.credential = await ecrCredential(ecr[2], this.reference.registry);
    else this.credential = await dockerConfigCredential(this.reference.registry);
    for (const secret of [this.credential?.password, this.credential?.identityToken]) if (secret) this.options.onSecret?.(secret);
    return this.credential;
  }
  /** One raw request; follows redirects, dropping Authorization when the host changes. */
  send(method, url, headers, redirects = 0) {
    return new Promise((resolve, reject) => {
      const transport = url.protocol === "http:" ? http : https;
      const request = transport.request(
        url,
        { method, headers, timeout: this.options.timeoutMs ?? 3e4, ...this.options.lookup ? { lookup: this.options.lookup } : {} },
        (response) => {
          const status = response.statusCode ?? 0;
          const location = response.headers.location;
          if ([301, 302, 303, 307, 308].includes(status) && location) {
            response.resume();
            if (redirects >= 5) return reject(new GateError(`${this.apiHost}: too many redirects`));
            const next = new URL(location, url);
            const nextHeaders = { ...headers };
            if (next.host !== url.host) delete nextHeaders.authorization;
            this.send(method === "HEAD" ? "HEAD" : "GET", next, nextHeaders, redirects + 1).then(resolve, reject);
            return;
          }
          resolve(response);
        }
      );
      request.on("timeout", () => request.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
      request.on("error", reject);
      request.end();
    });
  }
  url(path2) {
    return new URL(`${this.scheme}://${this.apiHost}${path2}`);
  }
  /** Sends with authentication (answering a 401 challenge once), fallback to HTTP on loopback, and retries. */
  async request(path2, headers = {}) {
    const attempts = this.options.attempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.requestOnce(path2, headers);
      } catch (error) {
        if (!(error instanceof RetryableError) || attempt >= attempts) {
          if (error instanceof RetryableError) throw new GateError(`${this.label}: ${error.message} (after ${attempts} attempts)`);
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1)));
      }
    }
  }
  async requestOnce(path2, headers) {
    const send = async () => {
      const all = { "user-agent": "image-gate", ...headers, ...this.authorization ? { authorization: this.authorization } : {} };
      try {
        return await this.send("GET", this.url(path2), all);
      } catch (error) {
        if (error instanceof GateError) throw error;
        const failure = error;
        if (this.scheme === "https" && isLoopbackHost(this.apiHost) && /EPROTO|ECONNRESET|ERR_SSL|wrong version number|packet length/i.test(`${failure.code} ${failure.message}`)) {
          this.scheme = "http";
          return this.send("GET", this.url(path2), all);
        }
        if (failure.code === "ECONNRESET" || failure.code === "EPIPE" || failure.code === "ETIMEDOUT")
          throw new RetryableError(describeNetworkError(this.apiHost, failure));
        throw new GateError(describeNetworkError(this.apiHost, failure));
      }
    };
    let response = await send();
    if (response.statusCode === 401) {
      const challenge = parseChallenge(response.headers["www-authenticate"]);
      response.resume();
      await this.authenticate(challenge);
      response = await send();
      if (response.statusCode === 401) {
        response.resume();
        const source = this.credential?.source ?? "no credentials (anonymous)";
        throw new GateError(`${this.label}: authentication failed at ${this.apiHost} (401) using ${source}`);
      }
    }
    const status = response.statusCode ?? 0;
    if (status === 429 || status >= 500) {
      response.resume();
      throw new RetryableError(`${this.apiHost} answered ${status}`);
    }
    return response;
  }
  async authenticate(challenge) {
    const credential = await this.loadCredential();
    if (!challenge || challenge.scheme === "basic") {
      if (!credential?.username || !credential.password)
        throw new GateError(`${this.label}: ${this.apiHost} requires credentials and none were found (docker login, or a credential helper)`);
      this.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
      return;
    }
    if (challenge.scheme !== "bearer" || !challenge.params.realm)
      throw new GateError(`${this.label}: unsupported authentication challenge ${quoteInput(challenge.scheme, 40)}`);
    const realm = validateRealm(challenge.params.realm, this.apiHost);
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    realm.searchParams.set("scope", `repository:${this.reference.path}:pull`);
    const headers = { "user-agent": "image-gate" };
    if (credential?.username && credential.password)
      headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
    let response;
    try {
      response = await this.send("GET", realm, headers);
    } catch (error) {
      throw new GateError(describeNetworkError(realm.host, error));
    }
    const body = await readBody(response, 1024 * 1024, `${realm.host} token`);
    if (response.statusCode === 401 || response.statusCode === 403) {
      throw new GateError(`${this.label}: the token service ${realm.host} refused ${credential?.source ?? "anonymous access"} (${response.statusCode})`);
    }
    if (response.statusCode !== 200) throw new GateError(`${this.label}: the token service ${realm.host} answered ${response.statusCode}`);
    let token;
    try {
      const parsed = JSON.parse(body.toString("utf8"));
      token = parsed.token ?? parsed.access_token;
    } catch {
    }
    if (!token) throw new GateError(`${this.label}: the token service ${realm.host} returned no token`);
    this.options.onSecret?.(token);
    this.authorization = `Bearer ${token}`;
  }
  notFound(what, body) {
    const codes = (() => {
      try {
        return (JSON.parse(body.toString("utf8")).errors ?? []).map((error) => error.code);
      } catch {
        return [];
      }
    })();
    if (codes.includes("NAME_UNKNOWN")) return new GateError(`${this.label}: repository ${this.reference.path} not found at ${this.apiHost}`);
    return new GateError(`${this.label}: ${what} not found in ${this.reference.path} at ${this.apiHost}`);
  }
  /** Tells a missing repository from a missing tag (registries answer MANIFEST_UNKNOWN for both). */
  async missingTag(tag, body) {
    try {
      const response = await this.request(`/v2/${this.reference.path}/tags/list?n=20`);
      const listing = await readBody(response, 1024 * 1024, `${this.label} tags`);
      if (response.statusCode === 404) return this.notFound(`tag "${tag}"`, listing);
      if (response.statusCode === 200) {
        const tags = JSON.parse(listing.toString("utf8")).tags ?? [];
        if (tags.length === 0) return new GateError(`${this.label}: repository ${this.reference.path} not found at ${this.apiHost} (it has no tags)`);
        return new GateError(
          `${this.label}: tag ${quoteInput(tag, 60)} not found in ${this.reference.path} at ${this.apiHost} (tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", …" : ""})`
        );
      }
    } catch {
    }
    return this.notFound(`tag "${tag}"`, body);
  }
  /** A manifest (or index) by tag or digest, verified against the digest it was asked by or announced with. */
  async manifest(ref) {
    const response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, { accept: ACCEPT });
    const body = await readBody(response, MAX_DOCUMENT_BYTES, `${this.label} manifest`);
    if (response.statusCode === 404) {
      if (ref.startsWith("sha256:")) throw this.notFound(`manifest ${ref}`, body);
      throw await this.missingTag(ref, body);
    }
    if (response.statusCode === 403)
      throw new GateError(
        `${this.label}: access denied to ${this.reference.path} at ${this.apiHost} (403) using ${this.credential?.source ?? "anonymous access"}`
      );
    if (response.statusCode !== 200) throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for manifest ${ref}`);
    const digest = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    if (ref.startsWith("sha256:") && ref !== digest) throw new GateError(`${this.label}: manifest ${ref} does not match its digest (got ${digest})`);
    const announced = response.headers["docker-content-digest"];
    if (typeof announced === "string" && announced.startsWith("sha256:") && announced !== digest) {
      throw new GateError(`${this.label}: manifest does not match the Docker-Content-Digest the registry announced (${announced}, got ${digest})`);
    }
    const text = body.toString("utf8");
    let mediaType;
    try {
      mediaType = JSON.parse(text).mediaType;
    } catch {
      throw new GateError(`${this.label}: manifest ${ref} is not valid JSON`);
    }
    const contentType = String(response.headers["content-type"] ?? "").split(";")[0].trim();
    if (mediaType && contentType && (isIndexMediaType(contentType) || isManifestMediaType(contentType)) && mediaType !== contentType) {
      throw new GateError(`${this.label}: manifest media type ${mediaType} does not match the Content-Type ${contentType}`);
    }
    const type = mediaType ?? (contentType || void 0);
    return type === void 0 ? { text, digest } : { text, digest, mediaType: type };
  }
  /** A blob's bytes as a stream (the walker verifies the digest as they pass). */
  async blob(digest) {
    const response = await this.request(`/v2/${this.reference.path}/blobs/${digest}`);
    if (response.statusCode !== 200) {
      const body = await readBody(response, 64 * 1024, `${this.label} blob`);
      if (response.statusCode === 404) throw this.notFound(`blob ${digest}`, body);
      throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for blob ${digest}`);
    }
    response.on("aborted", () => response.destroy(new Error(`the connection to ${this.apiHost} closed mid-blob`)));
    return response;
  }
  /** A small blob (the config) as text, verified. */
  async blobText(digest) {
    const stream = await this.blob(digest);
    const body = await readBody(stream, MAX_DOCUMENT_BYTES, `${this.label} blob ${digest}`);
    const actual = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    if (digest.startsWith("sha256:") && actual !== digest) throw new GateError(`${this.label}: blob ${digest} does not match its digest (got ${actual})`);
    return body.toString("utf8");
  }
  // Supply-chain reads (signatures, attestations): the same authentication, retries and limits,
  // but a missing tag or an unsupported endpoint is an answer, not an error.
  /** A manifest that may not exist (a signature tag, the referrers fallback tag): undefined on 404, else verified bytes. */
  async optionalManifest(ref) {
    const response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, { accept: ACCEPT });
    const body = await readBody(response, MAX_DOCUMENT_BYTES, `${this.label} manifest ${ref}`);
    if (response.statusCode === 404) return void 0;
    if (response.statusCode === 403) throw new GateError(`${this.label}: access denied to manifest ${ref} at ${this.apiHost} (403)`);
    if (response.statusCode !== 200) throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for manifest ${ref}`);
    const digest = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    if (ref.startsWith("sha256:") && ref !== digest) throw new GateError(`${this.label}: manifest ${ref} does not match its digest (got ${digest})`);
    return { bytes: body, digest };
  }
  /**
   * One page of the OCI 1.1 referrers API (`path` is the first page's or a `Link` continuation).
   * Returns the status for the caller to judge (404 means: use the tag fallback) and the `Link`
   * header; only same-host continuations are followed, so a registry cannot send the client elsewhere.
   */
  async referrersPage(path2) {
    const response = await this.request(path2, { accept: "application/vnd.oci.image.index.v1+json" });
    const body = await readBody(response, MAX_DOCUMENT_BYTES, `${this.label} referrers`);
    const page = { status: response.statusCode ?? 0, body };
    const link = response.headers.link;
    if (typeof link === "string") page.link = link;
    const filters = response.headers["oci-filters-applied"];
    if (typeof filters === "string") page.filtersApplied = filters;
    return page;
  }
  /** The path of the first referrers page for a digest. */
  referrersPath(digest) {
    return `/v2/${this.reference.path}/referrers/${digest}`;
  }
  /** Resolves a `Link: <…>; rel="next"` target to a path on this registry, or undefined when it points elsewhere. */
  sameHostPath(target) {
    const base = this.url("/");
    const next = new URL(target, base);
    return next.host === base.host ? `${next.pathname}${next.search}` : void 0;
  }
  /** A small blob's bytes (a signature payload, a bundle, an attestation), verified against its digest. */
  async blobBytes(digest, limit) {
    const stream = await this.blob(digest);
    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        size += chunk.length;
        if (size > limit) {
          stream.destroy();
          throw new GateError(`${this.label} blob ${digest}: response larger than ${limit} bytes`);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof GateError) throw error;
      throw new GateError(`${this.label} blob ${digest}: the connection closed while reading (${firstLine(error)})`);
    }
    const body = Buffer.concat(chunks);
    const actual = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    if (digest.startsWith("sha256:") && actual !== digest)
      throw new BlobDigestMismatch(`${this.label}: blob ${digest} does not match its digest (got ${actual})`);
    return body;
  }
};
var BlobDigestMismatch = class extends GateError {
};
async function readBody(stream, limit, label) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        throw new GateError(`${label}: response larger than ${limit} bytes`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError(`${label}: the connection closed while reading (${firstLine(error)})`);
  }
  return Buffer.concat(chunks);
}
async function ecrCredential(region, host) {
  const { ecrRegistryLogin } = await import("./aws-OJKY5QDB.js");
  return ecrRegistryLogin(region, host);
}
function parseRegistryReference(text) {
  const bare = text.replace(/^docker:\/\//, "");
  try {
    return parseImageReference(bare);
  } catch (error) {
    throw new GateError(`--image: ${error.message}`);
  }
}

export {
  isLoopbackHost,
  RegistryClient,
  BlobDigestMismatch,
  parseRegistryReference
};
