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
import * as z from "zod/mini";
import { GateError, firstLine } from "../errors.ts";
import type { RunActivity } from "../run-control.ts";
import { dockerConfigCredential, type Credential } from "./credentials.ts";
import { checkedLookup, destinationRefusal, isLoopbackName } from "./destination.ts";
import { isIndexMediaType, isManifestMediaType, MAX_DOCUMENT_BYTES } from "./documents.ts";
import { parseImageReference, type ImageReference } from "./reference.ts";
import { guardStream, type StreamProblem } from "./stream-guard.ts";
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
  /** No byte from the registry for this long, while one is awaited, fails the request (default 30 s; limits.idle-timeout). */
  idleTimeoutMs?: number;
  /** Every request must be done within this, plus a second per 64 KiB a blob declares (default 2 min; limits.read-timeout). */
  readTimeoutMs?: number;
  /** Attempts for 429, 5xx and dropped connections before any body byte is read (default 4). */
  attempts?: number;
  /** Name resolution for every connection (default: the system's, dns.lookup); what it returns is checked too. */
  lookup?: LookupFunction;
  /** Ends every request when the run is cancelled (--timeout). */
  signal?: AbortSignal;
  /** Told what is being fetched, so a run that times out can say where it stopped. */
  activity?: RunActivity;
}

/** A blob is given this much time per byte on top of limits.read-timeout: 64 KiB/s, slower than any working link. */
export const MIN_BLOB_BYTES_PER_SECOND = 64 * 1024;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const DEFAULT_READ_TIMEOUT_MS = 120_000;
const MAX_REDIRECTS = 5;

/** How long one request (a document, a token, a blob) may take, in all. */
interface Budget {
  /** What is being fetched, as messages name it ("manifest 1.0", "blob sha256:…"). */
  what: string;
  /** Date.now() time by which it must be done. */
  deadline: number;
  /** The allowance, for messages. */
  allowedMs: number;
  /** Whether the allowance includes time for a declared size. */
  sized: boolean;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
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
  if (code === "ETIMEDOUT" || error.name === "TimeoutError") return `${host}: ${firstLine(error.message) || "no response in time"}`;
  return `${host}: ${firstLine(error.message)}${code ? ` (${code})` : ""}`;
}

function parseChallenge(header: string | undefined): { scheme: string; params: Record<string, string> } | undefined {
  if (!header) return undefined;
  const match = /^(\w+)\s*(.*)$/.exec(header.trim());
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const part of match[2]!.matchAll(/(\w+)="([^"]*)"|(\w+)=([^\s,]+)/g)) params[(part[1] ?? part[3])!.toLowerCase()] = part[2] ?? part[4]!;
  return { scheme: match[1]!.toLowerCase(), params };
}

/** The host each response came from, after redirects (blob storage is often elsewhere). */
const responseHost = new WeakMap<IncomingMessage, string>();

/** Where a request goes: the registry's API (and its redirects), or the token service (and its redirects). */
type Purpose = "registry" | "realm";

export class RegistryClient {
  private scheme: "https" | "http" = "https";
  /** Set once the registry answered over HTTPS: from then on it is never spoken to in plain HTTP. */
  private spokeTls = false;
  private authorization: string | undefined;
  private credential: Credential | undefined;
  private credentialLoaded = false;
  private readonly apiHost: string;
  /** The registry's host name as URLs spell it (IPv6 in brackets), to tell its own hops from others. */
  private readonly apiHostname: string;
  /** Named as a loopback host: only then may its realm and redirects point at loopback too. */
  private readonly loopbackRegistry: boolean;

  constructor(
    readonly reference: ImageReference,
    private readonly options: RegistryOptions = {},
  ) {
    // Docker Hub's API lives on registry-1.docker.io.
    this.apiHost = reference.registry === "docker.io" ? "registry-1.docker.io" : reference.registry;
    this.apiHostname = new URL(`https://${this.apiHost}`).hostname;
    this.loopbackRegistry = isLoopbackName(this.apiHostname);
  }

  get label(): string {
    return `docker://${this.reference.normalized}`;
  }

  private get idleMs(): number {
    return this.options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  }

  /** The time one request may take: limits.read-timeout, plus a second per 64 KiB of a declared size. */
  private budget(what: string, declaredSize?: number): Budget {
    const allowedMs = (this.options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS) + ((declaredSize ?? 0) / MIN_BLOB_BYTES_PER_SECOND) * 1000;
    return { what, deadline: Date.now() + allowedMs, allowedMs, sized: declaredSize !== undefined };
  }

  private lateMessage(budget: Budget, received?: number): string {
    const rule = budget.sized ? "limits.read-timeout, plus a second per 64 KiB the descriptor declares" : "limits.read-timeout";
    return `${this.label}: ${budget.what} not received within ${seconds(budget.allowedMs)}${received !== undefined ? ` (${received} bytes arrived)` : ""} (${rule})`;
  }

  /** A response body that ends in a GateError when it stalls, runs late, or breaks its declared size. */
  private guard(response: IncomingMessage, budget: Budget, expectedSize?: number): Readable {
    const host = responseHost.get(response) ?? this.apiHost;
    return guardStream(response, {
      idleMs: this.idleMs,
      deadline: budget.deadline,
      ...(expectedSize !== undefined ? { expectedSize } : {}),
      ...(this.options.signal ? { signal: this.options.signal } : {}),
      describe: (problem: StreamProblem) => {
        if (problem.kind === "idle") return `${this.label}: ${budget.what}: nothing received from ${host} for ${seconds(problem.ms)} (limits.idle-timeout)`;
        if (problem.kind === "deadline") return this.lateMessage(budget, problem.received);
        if (problem.kind === "too-long")
          return `${this.label}: ${budget.what} is longer than the ${problem.expected} bytes its descriptor declares; stopped reading it`;
        return `${this.label}: ${budget.what} ended after ${problem.received} of the ${problem.expected} bytes its descriptor declares`;
      },
    });
  }

  private async loadCredential(): Promise<Credential | undefined> {
    if (this.credentialLoaded) return this.credential;
    this.credentialLoaded = true;
    const ecr = ECR_HOST.exec(this.reference.registry);
    if (ecr) this.credential = await ecrCredential(ecr[2]!, this.reference.registry);
    else
      this.credential = await dockerConfigCredential(this.reference.registry, {
        timeoutMs: this.idleMs,
        ...(this.options.signal ? { signal: this.options.signal } : {}),
      });
    for (const secret of [this.credential?.password, this.credential?.identityToken]) if (secret) this.options.onSecret?.(secret);
    return this.credential;
  }

  /**
   * Checks one hop (the first request, a token realm, each redirect) before connecting: HTTP(S)
   * only, never a link-local or metadata address, loopback only for the registry itself or when
   * the registry was named as a loopback host, and token realms over HTTPS. Returns whether
   * loopback addresses are allowed for the names this hop resolves.
   */
  private checkHop(url: URL, purpose: Purpose, redirected: boolean): boolean {
    const what = purpose === "realm" ? (redirected ? "a token realm redirect to" : "the token realm") : redirected ? "a redirect to" : "connecting to";
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new GateError(`${this.label}: refusing ${what} a ${url.protocol} URL`);
    const allowLoopback = this.loopbackRegistry || url.hostname === this.apiHostname;
    const refusal = destinationRefusal(url.hostname, { allowLoopback });
    if (refusal) throw new GateError(`${this.label}: refusing ${what} ${url.host}: ${refusal}`);
    if (purpose === "realm" && url.protocol !== "https:" && !(this.loopbackRegistry && isLoopbackName(url.hostname))) {
      throw new GateError(`${this.label}: refusing ${what} ${url.origin} (credentials only go over HTTPS)`);
    }
    return allowLoopback;
  }

  /**
   * One raw request, following redirects. Every hop is checked (checkHop, and what its name
   * resolves to); credentials stay with the origin they were given for, so a hop that changes
   * scheme, host or port gets none. The response must start within the idle deadline and the budget.
   */
  private send(method: string, url: URL, headers: Record<string, string>, purpose: Purpose, budget: Budget, redirects = 0): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      // Thrown here, a refusal rejects this promise (it runs inside the previous hop's response handler).
      const allowLoopback = this.checkHop(url, purpose, redirects > 0);
      const transport = url.protocol === "http:" ? http : https;
      const lookup = checkedLookup({ allowLoopback, lookup: this.options.lookup, label: `${this.label}: ${budget.what}` });
      const request = transport.request(url, { method, headers, lookup, ...(this.options.signal ? { signal: this.options.signal } : {}) }, (response) => {
        clearTimeout(timer);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if ([301, 302, 303, 307, 308].includes(status) && location) {
          response.resume();
          if (redirects >= MAX_REDIRECTS) return reject(new GateError(`${this.label}: ${budget.what}: more than ${MAX_REDIRECTS} redirects`));
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            return reject(new GateError(`${this.label}: ${budget.what}: the registry redirected to something that is not a URL`));
          }
          next.username = "";
          next.password = "";
          const nextHeaders = { ...headers };
          if (next.origin !== url.origin) delete nextHeaders.authorization;
          this.send(method === "HEAD" ? "HEAD" : "GET", next, nextHeaders, purpose, budget, redirects + 1).then(resolve, reject);
          return;
        }
        if (url.protocol === "https:" && url.hostname === this.apiHostname) this.spokeTls = true;
        responseHost.set(response, url.host);
        resolve(response);
      });
      // Until the response starts, the idle deadline and the request's budget both run.
      const late = budget.deadline - Date.now() <= this.idleMs;
      const timer = setTimeout(
        () =>
          request.destroy(
            late
              ? new GateError(this.lateMessage(budget))
              : Object.assign(new Error(`no response for ${seconds(this.idleMs)} (limits.idle-timeout)`), { code: "ETIMEDOUT" }),
          ),
        Math.max(0, Math.min(this.idleMs, budget.deadline - Date.now())),
      );
      request.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.end();
    });
  }

  private url(path: string): URL {
    return new URL(`${this.scheme}://${this.apiHost}${path}`);
  }

  /** Sends with authentication (answering a 401 challenge once), fallback to HTTP on loopback, and retries, all within one budget. */
  private async request(path: string, budget: Budget, headers: Record<string, string> = {}, method: "GET" | "HEAD" = "GET"): Promise<IncomingMessage> {
    const attempts = this.options.attempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.requestOnce(path, headers, budget, method);
      } catch (error) {
        if (!(error instanceof RetryableError) || attempt >= attempts) {
          if (error instanceof RetryableError) throw new GateError(`${this.label}: ${error.message} (after ${attempt} attempts)`);
          throw error;
        }
        const pause = 250 * 2 ** (attempt - 1);
        if (Date.now() + pause >= budget.deadline) throw new GateError(`${this.lateMessage(budget)}; last failure: ${error.message}`);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  /** A failure of one send as a GateError, or a RetryableError for what may pass on a second try. */
  private classify(error: unknown): Error {
    if (error instanceof GateError) return error;
    const failure = error as NodeJS.ErrnoException;
    if (failure.code === "ECONNRESET" || failure.code === "EPIPE" || failure.code === "ETIMEDOUT")
      return new RetryableError(describeNetworkError(this.apiHost, failure));
    return new GateError(describeNetworkError(this.apiHost, failure));
  }

  private async requestOnce(path: string, headers: Record<string, string>, budget: Budget, method: "GET" | "HEAD"): Promise<IncomingMessage> {
    const send = async () => {
      const all = { "user-agent": "image-gate", ...headers, ...(this.authorization ? { authorization: this.authorization } : {}) };
      try {
        return await this.send(method, this.url(path), all, "registry", budget);
      } catch (error) {
        if (error instanceof GateError) throw error;
        const failure = error as NodeJS.ErrnoException;
        // A loopback registry that answers TLS with plain HTTP: speak HTTP to it, as Docker does;
        // never after it has spoken TLS (a reset connection is no reason to drop encryption).
        if (
          this.scheme === "https" &&
          !this.spokeTls &&
          this.loopbackRegistry &&
          /EPROTO|ECONNRESET|ERR_SSL|wrong version number|packet length/i.test(`${failure.code} ${failure.message}`)
        ) {
          this.scheme = "http";
          try {
            return await this.send(method, this.url(path), all, "registry", budget);
          } catch (fallbackError) {
            throw this.classify(fallbackError);
          }
        }
        throw this.classify(error);
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
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm);
    } catch {
      throw new GateError(`${this.apiHost}: the registry's token realm ${quoteInput(challenge.params.realm)} is not a URL`);
    }
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    realm.searchParams.set("scope", `repository:${this.reference.path}:pull`);
    const headers: Record<string, string> = { "user-agent": "image-gate" };
    if (credential?.username && credential.password)
      headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
    const budget = this.budget(`the token from ${realm.host}`);
    const done = this.options.activity?.begin(`asking ${realm.host} for a token for ${this.label}`);
    let response: IncomingMessage;
    let body: Buffer;
    try {
      try {
        response = await this.send("GET", realm, headers, "realm", budget);
      } catch (error) {
        if (error instanceof GateError) throw error;
        throw new GateError(describeNetworkError(realm.host, error as NodeJS.ErrnoException));
      }
      body = await readBody(this.guard(response, budget), 1024 * 1024, `${realm.host} token`);
    } finally {
      done?.();
    }
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
      const budget = this.budget("the tag list");
      const response = await this.request(`/v2/${this.reference.path}/tags/list?n=20`, budget);
      const listing = await readBody(this.guard(response, budget), 1024 * 1024, `${this.label} tags`);
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

  /** A manifest (or index) by tag or digest, verified against the digest it was asked by and the size its descriptor declares. */
  async manifest(ref: string, declaredSize?: number): Promise<{ text: string; digest: string; mediaType?: string }> {
    const budget = this.budget(`manifest ${ref}`);
    const done = this.options.activity?.begin(`fetching manifest ${ref} of ${this.label}`);
    let response: IncomingMessage;
    let body: Buffer;
    try {
      response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, budget, { accept: ACCEPT });
      body = await readBody(this.guard(response, budget, response.statusCode === 200 ? declaredSize : undefined), MAX_DOCUMENT_BYTES, `${this.label} manifest`);
    } finally {
      done?.();
    }
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
    const contentType = (response.headers["content-type"] ?? "").split(";")[0]!.trim();
    if (mediaType && contentType && (isIndexMediaType(contentType) || isManifestMediaType(contentType)) && mediaType !== contentType) {
      throw new GateError(`${this.label}: manifest media type ${mediaType} does not match the Content-Type ${contentType}`);
    }
    const type = mediaType ?? (contentType || undefined);
    return type === undefined ? { text, digest } : { text, digest, mediaType: type };
  }

  /**
   * A blob's bytes as a stream (the walker verifies the digest as they pass). With the size its
   * descriptor declares, not a byte more is read, and the whole blob must arrive within
   * limits.read-timeout plus a second per 64 KiB; silence past limits.idle-timeout ends it too.
   */
  async blob(digest: string, declaredSize?: number): Promise<Readable> {
    const budget = this.budget(`blob ${digest}`, declaredSize);
    const response = await this.request(`/v2/${this.reference.path}/blobs/${digest}`, budget);
    if (response.statusCode !== 200) {
      const body = await readBody(this.guard(response, budget), 64 * 1024, `${this.label} blob`);
      if (response.statusCode === 404) throw this.notFound(`blob ${digest}`, body);
      throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for blob ${digest}`);
    }
    const length = response.headers["content-length"];
    if (declaredSize !== undefined && length !== undefined && Number(length) !== declaredSize) {
      response.destroy();
      throw new GateError(`${this.label}: blob ${digest}: the registry sends ${length} bytes but its descriptor declares ${declaredSize}`);
    }
    // A connection dropped mid-blob surfaces as a stream error; the walker reports it with the layer.
    response.on("aborted", () => response.destroy(new Error(`the connection to ${this.apiHost} closed mid-blob`)));
    return this.guard(response, budget, declaredSize);
  }

  /** A small blob (the config) as text, verified. */
  async blobText(digest: string, declaredSize?: number): Promise<string> {
    const done = this.options.activity?.begin(`fetching blob ${digest} of ${this.label}`);
    let body: Buffer;
    try {
      body = await readBody(await this.blob(digest, declaredSize), MAX_DOCUMENT_BYTES, `${this.label} blob ${digest}`);
    } finally {
      done?.();
    }
    const actual = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    if (digest.startsWith("sha256:") && actual !== digest) throw new GateError(`${this.label}: blob ${digest} does not match its digest (got ${actual})`);
    return body.toString("utf8");
  }

  /**
   * Every tag of the repository: `/v2/<name>/tags/list`, paged with `n` and `last` and the `Link`
   * header (Docker Hub, ECR and distribution all page; some registries ignore `n`).
   */
  async listTags(pageSize = TAG_PAGE_SIZE): Promise<string[]> {
    const tags: string[] = [];
    const known = new Set<string>();
    const asked = new Set<string>();
    let path: string | undefined = `/v2/${this.reference.path}/tags/list?n=${pageSize}`;
    while (path !== undefined) {
      if (asked.has(path)) throw new GateError(`${this.label}: the tag list at ${this.apiHost} pages in a loop (${path.slice(0, 200)})`);
      if (asked.size >= MAX_TAG_PAGES) throw new GateError(`${this.label}: more than ${MAX_TAG_PAGES} pages of tags at ${this.apiHost}`);
      asked.add(path);
      const budget = this.budget("the tag list");
      const done = this.options.activity?.begin(`listing the tags of ${this.label}`);
      let response: IncomingMessage;
      let body: Buffer;
      try {
        response = await this.request(path, budget);
        body = await readBody(this.guard(response, budget), MAX_DOCUMENT_BYTES, `${this.label} tag list`);
      } finally {
        done?.();
      }
      if (response.statusCode === 404) throw this.notFound("tag list", body);
      if (response.statusCode === 403)
        throw new GateError(
          `${this.label}: access denied to the tags of ${this.reference.path} at ${this.apiHost} (403) using ${this.credential?.source ?? "anonymous access"}`,
        );
      if (response.statusCode !== 200) throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for the tag list`);
      let page: string[];
      try {
        page = tagListSchema.parse(JSON.parse(body.toString("utf8"))).tags ?? [];
      } catch {
        throw new GateError(`${this.label}: the tag list from ${this.apiHost} is not a {"tags": [...]} JSON document`);
      }
      const fresh = page.filter((tag) => !known.has(tag));
      for (const tag of fresh) {
        known.add(tag);
        tags.push(tag);
      }
      const next = nextPageLink(response.headers.link, this.apiHost);
      if (next === "foreign") throw new GateError(`${this.label}: the tag list's next page points away from ${this.apiHost}`);
      // Without a Link header, a full page may still have a successor: ask from its last tag.
      path =
        next ??
        (page.length >= pageSize && fresh.length > 0
          ? `/v2/${this.reference.path}/tags/list?n=${pageSize}&last=${encodeURIComponent(page[page.length - 1]!)}`
          : undefined);
    }
    return tags;
  }

  /**
   * The digest a tag points to now: the index for a multi-platform tag, else the manifest. Asked
   * with HEAD (Docker Hub does not count it as a pull), falling back to reading the manifest.
   */
  async resolveDigest(tag: string): Promise<string> {
    const budget = this.budget(`the digest of ${tag}`);
    const response = await this.request(`/v2/${this.reference.path}/manifests/${tag}`, budget, { accept: ACCEPT }, "HEAD");
    response.resume();
    const announced = response.headers["docker-content-digest"];
    if (response.statusCode === 200 && typeof announced === "string" && /^sha256:[0-9a-f]{64}$/.test(announced)) return announced;
    return (await this.manifest(tag)).digest;
  }

  // Supply-chain reads (signatures, attestations): the same authentication, retries and limits,
  // but a missing tag or an unsupported endpoint is an answer, not an error.

  /** A manifest that may not exist (a signature tag, the referrers fallback tag): undefined on 404, else verified bytes. */
  async optionalManifest(ref: string): Promise<{ bytes: Buffer; digest: string } | undefined> {
    const budget = this.budget(`manifest ${ref}`);
    const response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, budget, { accept: ACCEPT });
    const body = await readBody(this.guard(response, budget), MAX_DOCUMENT_BYTES, `${this.label} manifest ${ref}`);
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
    const budget = this.budget("a referrers page");
    const response = await this.request(path, budget, { accept: "application/vnd.oci.image.index.v1+json" });
    const body = await readBody(this.guard(response, budget), MAX_DOCUMENT_BYTES, `${this.label} referrers`);
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

const TAG_PAGE_SIZE = 1000;
const MAX_TAG_PAGES = 500;
const tagListSchema = z.looseObject({ tags: z.optional(z.nullable(z.array(z.string()))) });

/** The path of a `Link: <…>; rel="next"` header on the same registry, "foreign" for another host. */
export function nextPageLink(header: string | string[] | undefined, apiHost: string): string | undefined {
  const text = Array.isArray(header) ? header.join(", ") : header;
  if (!text) return undefined;
  for (const part of text.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match || !/\brel\s*=\s*"?next"?/i.test(match[2]!)) continue;
    let url: URL;
    try {
      url = new URL(match[1]!, `https://${apiHost}`);
    } catch {
      return undefined;
    }
    if (url.host !== apiHost) return "foreign";
    return `${url.pathname}${url.search}`;
  }
  return undefined;
}

/** A blob whose bytes do not hash to the digest that named it: tampering, which signature checks judge rather than abort on. */
export class BlobDigestMismatch extends GateError {}

async function readBody(stream: Readable, limit: number, label: string): Promise<Buffer> {
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
