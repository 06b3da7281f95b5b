/**
 * docker://HOST/REPO[:TAG|@DIGEST]: manifests, config and layers over the OCI distribution API,
 * layers streamed straight into the same walker as archives on disk. HTTPS everywhere, falling
 * back to plain HTTP only for loopback registries that do not speak TLS (as Docker does);
 * anonymous, Basic and Bearer-token authentication; bounded retries; digests verified.
 */

import { createHash } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { GateError, firstLine } from "../errors.ts";
import { dockerConfigCredential, type Credential } from "./credentials.ts";
import { isIndexMediaType, isManifestMediaType, MAX_DOCUMENT_BYTES } from "./documents.ts";
import { parseImageReference, type ImageReference } from "./reference.ts";
import { ECR_HOST } from "../scans/ecr-reference.ts";
import { quoteInput } from "../secrets/redact.ts";

const ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");

export interface RegistryOptions {
  /** Called with every credential the run uses, so a shell can mask it (the GitHub Action does). */
  onSecret?: (value: string) => void;
  /** Per-request timeout in milliseconds (default 30 s without data). */
  timeoutMs?: number;
  /** Attempts for 429, 5xx and dropped connections before any body byte is read (default 4). */
  attempts?: number;
  /** Name resolution for every connection (default: the system's, dns.lookup). */
  lookup?: LookupFunction;
}

/** Loopback hosts may be spoken to in plain HTTP when they do not speak TLS. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
  return name === "localhost" || name === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

interface Response {
  status: number;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

class RetryableError extends Error {}

/** One line for a network failure, with no credentials in it. */
function describeNetworkError(host: string, error: NodeJS.ErrnoException): string {
  const code = error.code ?? "";
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|HOSTNAME|ALTNAME/.test(code) || /certificate/i.test(error.message)) {
    return `${host}: TLS error: ${firstLine(error.message)} (${code || "TLS"}); add the registry's CA with NODE_EXTRA_CA_CERTS`;
  }
  if (code === "ECONNREFUSED") return `${host}: cannot connect (connection refused)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `${host}: host not found (${code})`;
  if (code === "ETIMEDOUT" || error.name === "TimeoutError") return `${host}: no response in time`;
  return `${host}: ${firstLine(error.message)}${code ? ` (${code})` : ""}`;
}

/** Bearer realms are where credentials go: never to a non-TLS or link-local/metadata host. */
function validateRealm(realm: string, registryHost: string): URL {
  let url: URL;
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

function parseChallenge(header: string | undefined): { scheme: string; params: Record<string, string> } | undefined {
  if (!header) return undefined;
  const match = /^(\w+)\s*(.*)$/.exec(header.trim());
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const part of match[2]!.matchAll(/(\w+)="([^"]*)"|(\w+)=([^\s,]+)/g)) params[(part[1] ?? part[3])!.toLowerCase()] = part[2] ?? part[4]!;
  return { scheme: match[1]!.toLowerCase(), params };
}

export class RegistryClient {
  private scheme: "https" | "http" = "https";
  private authorization: string | undefined;
  private credential: Credential | undefined;
  private credentialLoaded = false;
  private readonly apiHost: string;

  constructor(
    readonly reference: ImageReference,
    private readonly options: RegistryOptions = {},
  ) {
    // Docker Hub's API lives on registry-1.docker.io.
    this.apiHost = reference.registry === "docker.io" ? "registry-1.docker.io" : reference.registry;
  }

  get label(): string {
    return `docker://${this.reference.normalized}`;
  }

  private async loadCredential(): Promise<Credential | undefined> {
    if (this.credentialLoaded) return this.credential;
    this.credentialLoaded = true;
    const ecr = ECR_HOST.exec(this.reference.registry);
    if (ecr) this.credential = await ecrCredential(ecr[2]!, this.reference.registry);
    else this.credential = await dockerConfigCredential(this.reference.registry);
    for (const secret of [this.credential?.password, this.credential?.identityToken]) if (secret) this.options.onSecret?.(secret);
    return this.credential;
  }

  /** One raw request; follows redirects, dropping Authorization when the host changes. */
  private send(method: string, url: URL, headers: Record<string, string>, redirects = 0): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const transport = url.protocol === "http:" ? http : https;
      const request = transport.request(
        url,
        { method, headers, timeout: this.options.timeoutMs ?? 30_000, ...(this.options.lookup ? { lookup: this.options.lookup } : {}) },
        (response) => {
          const status = response.statusCode ?? 0;
          const location = response.headers.location;
          if ([301, 302, 303, 307, 308].includes(status) && location) {
            response.resume();
            if (redirects >= 5) return reject(new GateError(`${this.apiHost}: too many redirects`));
            const next = new URL(location, url);
            // Blob storage behind a redirect gets no registry credentials (distribution spec).
            const nextHeaders = { ...headers };
            if (next.host !== url.host) delete nextHeaders.authorization;
            this.send(method === "HEAD" ? "HEAD" : "GET", next, nextHeaders, redirects + 1).then(resolve, reject);
            return;
          }
          resolve(response);
        },
      );
      request.on("timeout", () => request.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
      request.on("error", reject);
      request.end();
    });
  }

  private url(path: string): URL {
    return new URL(`${this.scheme}://${this.apiHost}${path}`);
  }

  /** Sends with authentication (answering a 401 challenge once), fallback to HTTP on loopback, and retries. */
  private async request(path: string, headers: Record<string, string> = {}): Promise<IncomingMessage> {
    const attempts = this.options.attempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.requestOnce(path, headers);
      } catch (error) {
        if (!(error instanceof RetryableError) || attempt >= attempts) {
          if (error instanceof RetryableError) throw new GateError(`${this.label}: ${error.message} (after ${attempts} attempts)`);
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1)));
      }
    }
  }

  private async requestOnce(path: string, headers: Record<string, string>): Promise<IncomingMessage> {
    const send = async () => {
      const all = { "user-agent": "image-gate", ...headers, ...(this.authorization ? { authorization: this.authorization } : {}) };
      try {
        return await this.send("GET", this.url(path), all);
      } catch (error) {
        if (error instanceof GateError) throw error;
        const failure = error as NodeJS.ErrnoException;
        // A loopback registry that answers TLS with plain HTTP: speak HTTP to it, as Docker does.
        if (
          this.scheme === "https" &&
          isLoopbackHost(this.apiHost) &&
          /EPROTO|ECONNRESET|ERR_SSL|wrong version number|packet length/i.test(`${failure.code} ${failure.message}`)
        ) {
          this.scheme = "http";
          return this.send("GET", this.url(path), all);
        }
        if (failure.code === "ECONNRESET" || failure.code === "EPIPE" || failure.code === "ETIMEDOUT")
          throw new RetryableError(describeNetworkError(this.apiHost, failure));
        throw new GateError(describeNetworkError(this.apiHost, failure));
      }
    };
    let response = await send();
    if (response.statusCode === 401) {
      const challenge = parseChallenge(response.headers["www-authenticate"] as string | undefined);
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

  private async authenticate(challenge: ReturnType<typeof parseChallenge>): Promise<void> {
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
    const headers: Record<string, string> = { "user-agent": "image-gate" };
    if (credential?.username && credential.password)
      headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
    let response: IncomingMessage;
    try {
      response = await this.send("GET", realm, headers);
    } catch (error) {
      throw new GateError(describeNetworkError(realm.host, error as NodeJS.ErrnoException));
    }
    const body = await readBody(response, 1024 * 1024, `${realm.host} token`);
    if (response.statusCode === 401 || response.statusCode === 403) {
      throw new GateError(`${this.label}: the token service ${realm.host} refused ${credential?.source ?? "anonymous access"} (${response.statusCode})`);
    }
    if (response.statusCode !== 200) throw new GateError(`${this.label}: the token service ${realm.host} answered ${response.statusCode}`);
    let token: string | undefined;
    try {
      const parsed = JSON.parse(body.toString("utf8")) as { token?: string; access_token?: string };
      token = parsed.token ?? parsed.access_token;
    } catch {
      // handled below
    }
    if (!token) throw new GateError(`${this.label}: the token service ${realm.host} returned no token`);
    this.options.onSecret?.(token);
    this.authorization = `Bearer ${token}`;
  }

  private notFound(what: string, body: Buffer): GateError {
    const codes = (() => {
      try {
        return ((JSON.parse(body.toString("utf8")) as { errors?: Array<{ code?: string }> }).errors ?? []).map((error) => error.code);
      } catch {
        return [];
      }
    })();
    if (codes.includes("NAME_UNKNOWN")) return new GateError(`${this.label}: repository ${this.reference.path} not found at ${this.apiHost}`);
    return new GateError(`${this.label}: ${what} not found in ${this.reference.path} at ${this.apiHost}`);
  }

  /** Tells a missing repository from a missing tag (registries answer MANIFEST_UNKNOWN for both). */
  private async missingTag(tag: string, body: Buffer): Promise<GateError> {
    try {
      const response = await this.request(`/v2/${this.reference.path}/tags/list?n=20`);
      const listing = await readBody(response, 1024 * 1024, `${this.label} tags`);
      if (response.statusCode === 404) return this.notFound(`tag "${tag}"`, listing);
      if (response.statusCode === 200) {
        const tags = (JSON.parse(listing.toString("utf8")) as { tags?: string[] | null }).tags ?? [];
        if (tags.length === 0) return new GateError(`${this.label}: repository ${this.reference.path} not found at ${this.apiHost} (it has no tags)`);
        return new GateError(
          `${this.label}: tag ${quoteInput(tag, 60)} not found in ${this.reference.path} at ${this.apiHost} (tags: ${tags.slice(0, 10).join(", ")}${tags.length > 10 ? ", …" : ""})`,
        );
      }
    } catch {
      // Fall back to what the manifest request said.
    }
    return this.notFound(`tag "${tag}"`, body);
  }

  /** A manifest (or index) by tag or digest, verified against the digest it was asked by or announced with. */
  async manifest(ref: string): Promise<{ text: string; digest: string; mediaType?: string }> {
    const response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, { accept: ACCEPT });
    const body = await readBody(response, MAX_DOCUMENT_BYTES, `${this.label} manifest`);
    if (response.statusCode === 404) {
      if (ref.startsWith("sha256:")) throw this.notFound(`manifest ${ref}`, body);
      throw await this.missingTag(ref, body);
    }
    if (response.statusCode === 403)
      throw new GateError(
        `${this.label}: access denied to ${this.reference.path} at ${this.apiHost} (403) using ${this.credential?.source ?? "anonymous access"}`,
      );
    if (response.statusCode !== 200) throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for manifest ${ref}`);
    const digest = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    if (ref.startsWith("sha256:") && ref !== digest) throw new GateError(`${this.label}: manifest ${ref} does not match its digest (got ${digest})`);
    const announced = response.headers["docker-content-digest"];
    if (typeof announced === "string" && announced.startsWith("sha256:") && announced !== digest) {
      throw new GateError(`${this.label}: manifest does not match the Docker-Content-Digest the registry announced (${announced}, got ${digest})`);
    }
    const text = body.toString("utf8");
    let mediaType: string | undefined;
    try {
      mediaType = (JSON.parse(text) as { mediaType?: string }).mediaType;
    } catch {
      throw new GateError(`${this.label}: manifest ${ref} is not valid JSON`);
    }
    const contentType = String(response.headers["content-type"] ?? "")
      .split(";")[0]!
      .trim();
    if (mediaType && contentType && (isIndexMediaType(contentType) || isManifestMediaType(contentType)) && mediaType !== contentType) {
      throw new GateError(`${this.label}: manifest media type ${mediaType} does not match the Content-Type ${contentType}`);
    }
    const type = mediaType ?? (contentType || undefined);
    return type === undefined ? { text, digest } : { text, digest, mediaType: type };
  }

  /** A blob's bytes as a stream (the walker verifies the digest as they pass). */
  async blob(digest: string): Promise<Readable> {
    const response = await this.request(`/v2/${this.reference.path}/blobs/${digest}`);
    if (response.statusCode !== 200) {
      const body = await readBody(response, 64 * 1024, `${this.label} blob`);
      if (response.statusCode === 404) throw this.notFound(`blob ${digest}`, body);
      throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for blob ${digest}`);
    }
    // A connection dropped mid-blob surfaces as a stream error; the walker reports it with the layer.
    response.on("aborted", () => response.destroy(new Error(`the connection to ${this.apiHost} closed mid-blob`)));
    return response;
  }

  /** A small blob (the config) as text, verified. */
  async blobText(digest: string): Promise<string> {
    const stream = await this.blob(digest);
    const body = await readBody(stream as IncomingMessage, MAX_DOCUMENT_BYTES, `${this.label} blob ${digest}`);
    const actual = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    if (digest.startsWith("sha256:") && actual !== digest) throw new GateError(`${this.label}: blob ${digest} does not match its digest (got ${actual})`);
    return body.toString("utf8");
  }

  // Supply-chain reads (signatures, attestations): the same authentication, retries and limits,
  // but a missing tag or an unsupported endpoint is an answer, not an error.

  /** A manifest that may not exist (a signature tag, the referrers fallback tag): undefined on 404, else verified bytes. */
  async optionalManifest(ref: string): Promise<{ bytes: Buffer; digest: string } | undefined> {
    const response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, { accept: ACCEPT });
    const body = await readBody(response, MAX_DOCUMENT_BYTES, `${this.label} manifest ${ref}`);
    if (response.statusCode === 404) return undefined;
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
  async referrersPage(path: string): Promise<{ status: number; body: Buffer; link?: string; filtersApplied?: string }> {
    const response = await this.request(path, { accept: "application/vnd.oci.image.index.v1+json" });
    const body = await readBody(response, MAX_DOCUMENT_BYTES, `${this.label} referrers`);
    const page: { status: number; body: Buffer; link?: string; filtersApplied?: string } = { status: response.statusCode ?? 0, body };
    const link = response.headers.link;
    if (typeof link === "string") page.link = link;
    const filters = response.headers["oci-filters-applied"];
    if (typeof filters === "string") page.filtersApplied = filters;
    return page;
  }

  /** The path of the first referrers page for a digest. */
  referrersPath(digest: string): string {
    return `/v2/${this.reference.path}/referrers/${digest}`;
  }

  /** Resolves a `Link: <…>; rel="next"` target to a path on this registry, or undefined when it points elsewhere. */
  sameHostPath(target: string): string | undefined {
    const base = this.url("/");
    const next = new URL(target, base);
    return next.host === base.host ? `${next.pathname}${next.search}` : undefined;
  }

  /** A small blob's bytes (a signature payload, a bundle, an attestation), verified against its digest. */
  async blobBytes(digest: string, limit: number): Promise<Buffer> {
    const stream = await this.blob(digest);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        size += (chunk as Buffer).length;
        if (size > limit) {
          stream.destroy();
          throw new GateError(`${this.label} blob ${digest}: response larger than ${limit} bytes`);
        }
        chunks.push(chunk as Buffer);
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
}

/** A blob whose bytes do not hash to the digest that named it: tampering, which signature checks judge rather than abort on. */
export class BlobDigestMismatch extends GateError {}

async function readBody(stream: IncomingMessage, limit: number, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > limit) {
        stream.destroy();
        throw new GateError(`${label}: response larger than ${limit} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError(`${label}: the connection closed while reading (${firstLine(error)})`);
  }
  return Buffer.concat(chunks);
}

/** ECR registries: a token from GetAuthorizationToken (user AWS), through the AWS SDK (loaded only here). */
async function ecrCredential(region: string, host: string): Promise<Credential> {
  const { ecrRegistryLogin } = await import("../scans/aws.ts");
  return ecrRegistryLogin(region, host);
}

/** Parses `docker://HOST/REPO[:TAG|@DIGEST]`. */
export function parseRegistryReference(text: string): ImageReference {
  const bare = text.replace(/^docker:\/\//, "");
  try {
    return parseImageReference(bare);
  } catch (error) {
    throw new GateError(`--image: ${(error as Error).message}`);
  }
}
