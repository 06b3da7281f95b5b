import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  ECR_HOST
} from "./chunk-7XF7MECG.js";
import {
  guardStream
} from "./chunk-FHCWYKXI.js";
import {
  parseImageReference
} from "./chunk-IAMAJJEA.js";
import {
  MAX_DOCUMENT_BYTES,
  isIndexMediaType,
  isManifestMediaType
} from "./chunk-4SGPG5RS.js";
import {
  readInputFile
} from "./chunk-LOFLENB6.js";
import {
  GateError,
  firstLine,
  jsonProblem,
  quoteInput
} from "./chunk-MSQ75MTB.js";
import {
  array,
  looseObject,
  nullable,
  optional,
  string
} from "./chunk-LRSFJNTU.js";

// src/image/registry.ts
import { createHash } from "node:crypto";
import http from "node:http";
import https from "node:https";

// src/image/credentials.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var MAX_DOCKER_CONFIG_BYTES = 1024 * 1024;
function dockerConfigPath() {
  const dir = process.env.DOCKER_CONFIG ?? path.join(os.homedir(), ".docker");
  return path.join(dir, "config.json");
}
async function readDockerConfig() {
  const file = dockerConfigPath();
  if (!existsSync(file)) return void 0;
  const bytes = await readInputFile(file, { label: file, noun: "the Docker config", kind: "a Docker config file", maxBytes: MAX_DOCKER_CONFIG_BYTES });
  try {
    const config = JSON.parse(bytes.toString("utf8"));
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
var MAX_HELPER_OUTPUT = 1024 * 1024;
async function fromHelper(helper, host, options) {
  const program = `docker-credential-${helper}`;
  const timeoutMs = options.timeoutMs ?? 3e4;
  return new Promise((resolve, reject) => {
    const child = spawn(program, ["get"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const stop = (error) => {
      child.kill("SIGKILL");
      reject(error);
    };
    const timer = setTimeout(
      () => stop(new GateError(`${program}: the credential helper gave no answer for ${host} within ${Math.round(timeoutMs / 1e3)} s (limits.idle-timeout)`)),
      timeoutMs
    );
    const onAbort = () => stop(new GateError(`${program}: cancelled`));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    };
    child.on("close", settle);
    child.on("error", settle);
    child.stdout.on("data", (chunk) => {
      stdout += chunk.toString("utf8");
      if (stdout.length > MAX_HELPER_OUTPUT)
        stop(new GateError(`${program}: the credential helper's answer for ${host} is larger than ${MAX_HELPER_OUTPUT} bytes`));
    });
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 65536) stderr += chunk.toString("utf8");
    });
    child.stdin.on("error", () => void 0);
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
async function dockerConfigCredential(host, options = {}) {
  const loaded = await readDockerConfig();
  if (!loaded) return void 0;
  const { config, file } = loaded;
  const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => sameRegistry(key, host))?.[1];
  if (helper) return fromHelper(helper, host, options);
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
  if (config.credsStore) return fromHelper(config.credsStore, host, options);
  return void 0;
}

// src/image/destination.ts
import dns from "node:dns";
import net from "node:net";
var METADATA_NAMES = /* @__PURE__ */ new Set(["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"]);
var METADATA_V4 = /* @__PURE__ */ new Set(["100.100.100.200", "192.0.0.192", "168.63.129.16"]);
function ipv4Part(part) {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]*$/.test(part)) return parseInt(part, 8);
  if (/^[1-9]\d*$/.test(part)) return Number(part);
  return void 0;
}
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((part) => part === "")) return void 0;
  const values = parts.map(ipv4Part);
  if (values.some((value) => value === void 0)) return void 0;
  const numbers = values;
  const last = numbers.pop();
  if (numbers.some((value) => value > 255) || last >= 256 ** (4 - numbers.length)) return void 0;
  const bytes = [...numbers];
  for (let shift = 4 - numbers.length - 1; shift >= 0; shift--) bytes.push(Math.floor(last / 256 ** shift) % 256);
  return bytes;
}
function parseIpv6(text) {
  if (!net.isIPv6(text)) return void 0;
  let body = text;
  const tail = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const bytes = dotted[1].split(".").map(Number);
    tail.push(bytes[0] * 256 + bytes[1], bytes[2] * 256 + bytes[3]);
    body = body.slice(0, -dotted[1].length);
    if (body.endsWith(":") && !body.endsWith("::")) body = body.slice(0, -1);
  }
  const [head, rest] = body.split("::");
  const groups = (part) => part === "" ? [] : part.split(":").map((group) => parseInt(group, 16));
  const front = groups(head);
  const back = [...rest === void 0 ? [] : groups(rest), ...tail];
  if (rest === void 0) return [...front, ...back];
  return [...front, ...Array.from({ length: 8 - front.length - back.length }, () => 0), ...back];
}
function normalizeAddress(host) {
  let text = host.trim().toLowerCase();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  text = text.replace(/%.*$/, "");
  if (text.includes(":")) {
    const groups = parseIpv6(text);
    return groups ? { family: 6, groups } : void 0;
  }
  const bytes = parseIpv4(text.replace(/\.$/, ""));
  return bytes ? { family: 4, bytes } : void 0;
}
function embeddedIpv4(groups) {
  const zero = (from, to) => groups.slice(from, to).every((group) => group === 0);
  const tail = [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255];
  if (zero(0, 5) && groups[5] === 65535) return tail;
  if (zero(0, 4) && groups[4] === 65535 && groups[5] === 0) return tail;
  if (zero(0, 6) && !(groups[6] === 0 && groups[7] <= 1)) return tail;
  if (groups[0] === 100 && groups[1] === 65435 && zero(2, 6)) return tail;
  if (groups[0] === 100 && groups[1] === 65435 && groups[2] === 1) return tail;
  return void 0;
}
function classifyIpv4(bytes) {
  const [a, b] = bytes;
  if (a === 127 || a === 0) return "loopback";
  if (a === 169 && b === 254) return "link-local";
  if (METADATA_V4.has(bytes.join("."))) return "metadata";
  return "other";
}
function classify(address) {
  if (address.family === 4) return classifyIpv4(address.bytes);
  const groups = address.groups;
  const embedded = embeddedIpv4(groups);
  if (embedded) return classifyIpv4(embedded);
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] <= 1) return "loopback";
  if ((groups[0] & 65472) === 65152) return "link-local";
  if (groups[0] === 64768 && groups[1] === 3778) return "metadata";
  if (groups.join(":") === [64800, 206, 0, 0, 0, 0, 0, 596].join(":")) return "metadata";
  return "other";
}
function isLoopbackName(host) {
  const name = host.trim().toLowerCase().replace(/\.$/, "").replace(/^\[(.*)\]$/, "$1");
  if (name === "localhost") return true;
  const address = normalizeAddress(name);
  if (address === void 0) return false;
  const bytes = address.family === 4 ? address.bytes : embeddedIpv4(address.groups);
  if (bytes) return bytes[0] === 127;
  return address.family === 6 && address.groups.slice(0, 7).every((group) => group === 0) && address.groups[7] === 1;
}
function destinationRefusal(host, options) {
  const name = host.trim().toLowerCase().replace(/\.$/, "").replace(/^\[(.*)\]$/, "$1");
  if (METADATA_NAMES.has(name)) return "a cloud metadata service";
  const address = normalizeAddress(name);
  if (address === void 0) return void 0;
  const kind = classify(address);
  if (kind === "link-local") return "a link-local address (where cloud metadata services live)";
  if (kind === "metadata") return "a cloud metadata address";
  if (kind === "loopback" && !options.allowLoopback) return "a loopback address, and only a registry named as a loopback host may send the gate there";
  return void 0;
}
function checkedLookup(options) {
  return ((hostname, lookupOptions, callback) => {
    const lookup = options.lookup ?? dns.lookup;
    lookup(hostname, lookupOptions, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
      for (const resolved of addresses) {
        const refusal = destinationRefusal(resolved, options);
        if (refusal) return callback(new GateError(`${options.label}: ${hostname} resolves to ${resolved}, ${refusal}; refusing to connect`), address, family);
      }
      callback(null, address, family);
    });
  });
}

// src/image/registry.ts
var ACCEPT = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
var MIN_BLOB_BYTES_PER_SECOND = 64 * 1024;
var DEFAULT_IDLE_TIMEOUT_MS = 3e4;
var DEFAULT_READ_TIMEOUT_MS = 12e4;
var MAX_REDIRECTS = 5;
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(ms < 1e4 ? 1 : 0))} s`;
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
  if (code === "ETIMEDOUT" || error.name === "TimeoutError") return `${host}: ${firstLine(error.message) || "no response in time"}`;
  return `${host}: ${firstLine(error.message)}${code ? ` (${code})` : ""}`;
}
function parseChallenge(header) {
  if (!header) return void 0;
  const match = /^(\w+)\s*(.*)$/.exec(header.trim());
  if (!match) return void 0;
  const params = {};
  for (const part of match[2].matchAll(/(\w+)="([^"]*)"|(\w+)=([^\s,]+)/g)) params[(part[1] ?? part[3]).toLowerCase()] = part[2] ?? part[4];
  return { scheme: match[1].toLowerCase(), params };
}
var responseHost = /* @__PURE__ */ new WeakMap();
var RegistryClient = class {
  constructor(reference, options = {}) {
    this.reference = reference;
    this.options = options;
    this.apiHost = reference.registry === "docker.io" ? "registry-1.docker.io" : reference.registry;
    this.apiHostname = new URL(`https://${this.apiHost}`).hostname;
    this.loopbackRegistry = isLoopbackName(this.apiHostname);
  }
  reference;
  options;
  scheme = "https";
  /** Set once the registry answered over HTTPS: from then on it is never spoken to in plain HTTP. */
  spokeTls = false;
  authorization;
  credential;
  credentialLoaded = false;
  apiHost;
  /** The registry's host name as URLs spell it (IPv6 in brackets), to tell its own hops from others. */
  apiHostname;
  /** Named as a loopback host: only then may its realm and redirects point at loopback too. */
  loopbackRegistry;
  get label() {
    return `docker://${this.reference.normalized}`;
  }
  get idleMs() {
    return this.options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  }
  /** The time one request may take: limits.read-timeout, plus a second per 64 KiB of a declared size. */
  budget(what, declaredSize) {
    const allowedMs = (this.options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS) + (declaredSize ?? 0) / MIN_BLOB_BYTES_PER_SECOND * 1e3;
    return { what, deadline: Date.now() + allowedMs, allowedMs, sized: declaredSize !== void 0 };
  }
  lateMessage(budget, received) {
    const rule = budget.sized ? "limits.read-timeout, plus a second per 64 KiB the descriptor declares" : "limits.read-timeout";
    return `${this.label}: ${budget.what} not received within ${seconds(budget.allowedMs)}${received !== void 0 ? ` (${received} bytes arrived)` : ""} (${rule})`;
  }
  /** A response body that ends in a GateError when it stalls, runs late, or breaks its declared size. */
  guard(response, budget, expectedSize) {
    const host = responseHost.get(response) ?? this.apiHost;
    return guardStream(response, {
      idleMs: this.idleMs,
      deadline: budget.deadline,
      ...expectedSize !== void 0 ? { expectedSize } : {},
      ...this.options.signal ? { signal: this.options.signal } : {},
      describe: (problem) => {
        if (problem.kind === "idle") return `${this.label}: ${budget.what}: nothing received from ${host} for ${seconds(problem.ms)} (limits.idle-timeout)`;
        if (problem.kind === "deadline") return this.lateMessage(budget, problem.received);
        if (problem.kind === "too-long")
          return `${this.label}: ${budget.what} is longer than the ${problem.expected} bytes its descriptor declares; stopped reading it`;
        return `${this.label}: ${budget.what} ended after ${problem.received} of the ${problem.expected} bytes its descriptor declares`;
      }
    });
  }
  async loadCredential() {
    if (this.credentialLoaded) return this.credential;
    this.credentialLoaded = true;
    const ecr = ECR_HOST.exec(this.reference.registry);
    if (ecr) this.credential = await ecrCredential(ecr[2], this.reference.registry);
    else
      this.credential = await dockerConfigCredential(this.reference.registry, {
        timeoutMs: this.idleMs,
        ...this.options.signal ? { signal: this.options.signal } : {}
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
  checkHop(url, purpose, redirected) {
    const what = purpose === "realm" ? redirected ? "a token realm redirect to" : "the token realm" : redirected ? "a redirect to" : "connecting to";
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
  send(method, url, headers, purpose, budget, redirects = 0) {
    return new Promise((resolve, reject) => {
      const allowLoopback = this.checkHop(url, purpose, redirects > 0);
      const transport = url.protocol === "http:" ? http : https;
      const lookup = checkedLookup({ allowLoopback, lookup: this.options.lookup, label: `${this.label}: ${budget.what}` });
      const request = transport.request(url, { method, headers, lookup, ...this.options.signal ? { signal: this.options.signal } : {} }, (response) => {
        clearTimeout(timer);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if ([301, 302, 303, 307, 308].includes(status) && location) {
          response.resume();
          if (redirects >= MAX_REDIRECTS) return reject(new GateError(`${this.label}: ${budget.what}: more than ${MAX_REDIRECTS} redirects`));
          let next;
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
      const late = budget.deadline - Date.now() <= this.idleMs;
      const timer = setTimeout(
        () => request.destroy(
          late ? new GateError(this.lateMessage(budget)) : Object.assign(new Error(`no response for ${seconds(this.idleMs)} (limits.idle-timeout)`), { code: "ETIMEDOUT" })
        ),
        Math.max(0, Math.min(this.idleMs, budget.deadline - Date.now()))
      );
      request.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.end();
    });
  }
  url(path2) {
    return new URL(`${this.scheme}://${this.apiHost}${path2}`);
  }
  /** Sends with authentication (answering a 401 challenge once), fallback to HTTP on loopback, and retries, all within one budget. */
  async request(path2, budget, headers = {}, method = "GET") {
    const attempts = this.options.attempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.requestOnce(path2, headers, budget, method);
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
  classify(error) {
    if (error instanceof GateError) return error;
    const failure = error;
    if (failure.code === "ECONNRESET" || failure.code === "EPIPE" || failure.code === "ETIMEDOUT")
      return new RetryableError(describeNetworkError(this.apiHost, failure));
    return new GateError(describeNetworkError(this.apiHost, failure));
  }
  async requestOnce(path2, headers, budget, method) {
    const send = async () => {
      const all = { "user-agent": "image-gate", ...headers, ...this.authorization ? { authorization: this.authorization } : {} };
      try {
        return await this.send(method, this.url(path2), all, "registry", budget);
      } catch (error) {
        if (error instanceof GateError) throw error;
        const failure = error;
        if (this.scheme === "https" && !this.spokeTls && this.loopbackRegistry && /EPROTO|ECONNRESET|ERR_SSL|wrong version number|packet length/i.test(`${failure.code} ${failure.message}`)) {
          this.scheme = "http";
          try {
            return await this.send(method, this.url(path2), all, "registry", budget);
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
    let realm;
    try {
      realm = new URL(challenge.params.realm);
    } catch {
      throw new GateError(`${this.apiHost}: the registry's token realm ${quoteInput(challenge.params.realm)} is not a URL`);
    }
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    realm.searchParams.set("scope", `repository:${this.reference.path}:pull`);
    const headers = { "user-agent": "image-gate" };
    if (credential?.username && credential.password)
      headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
    const budget = this.budget(`the token from ${realm.host}`);
    const done = this.options.activity?.begin(`asking ${realm.host} for a token for ${this.label}`);
    let response;
    let body;
    try {
      try {
        response = await this.send("GET", realm, headers, "realm", budget);
      } catch (error) {
        if (error instanceof GateError) throw error;
        throw new GateError(describeNetworkError(realm.host, error));
      }
      body = await readBody(this.guard(response, budget), 1024 * 1024, `${realm.host} token`);
    } finally {
      done?.();
    }
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
      const budget = this.budget("the tag list");
      const response = await this.request(`/v2/${this.reference.path}/tags/list?n=20`, budget);
      const listing = await readBody(this.guard(response, budget), 1024 * 1024, `${this.label} tags`);
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
  /** A manifest (or index) by tag or digest, verified against the digest it was asked by and the size its descriptor declares. */
  async manifest(ref, declaredSize) {
    const budget = this.budget(`manifest ${ref}`);
    const done = this.options.activity?.begin(`fetching manifest ${ref} of ${this.label}`);
    let response;
    let body;
    try {
      response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, budget, { accept: ACCEPT });
      body = await readBody(this.guard(response, budget, response.statusCode === 200 ? declaredSize : void 0), MAX_DOCUMENT_BYTES, `${this.label} manifest`);
    } finally {
      done?.();
    }
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
    const contentType = (response.headers["content-type"] ?? "").split(";")[0].trim();
    if (mediaType && contentType && (isIndexMediaType(contentType) || isManifestMediaType(contentType)) && mediaType !== contentType) {
      throw new GateError(`${this.label}: manifest media type ${mediaType} does not match the Content-Type ${contentType}`);
    }
    const type = mediaType ?? (contentType || void 0);
    return type === void 0 ? { text, digest } : { text, digest, mediaType: type };
  }
  /**
   * A blob's bytes as a stream (the walker verifies the digest as they pass). With the size its
   * descriptor declares, not a byte more is read, and the whole blob must arrive within
   * limits.read-timeout plus a second per 64 KiB; silence past limits.idle-timeout ends it too.
   */
  async blob(digest, declaredSize) {
    const budget = this.budget(`blob ${digest}`, declaredSize);
    const response = await this.request(`/v2/${this.reference.path}/blobs/${digest}`, budget);
    if (response.statusCode !== 200) {
      const body = await readBody(this.guard(response, budget), 64 * 1024, `${this.label} blob`);
      if (response.statusCode === 404) throw this.notFound(`blob ${digest}`, body);
      throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for blob ${digest}`);
    }
    const length = response.headers["content-length"];
    if (declaredSize !== void 0 && length !== void 0 && Number(length) !== declaredSize) {
      response.destroy();
      throw new GateError(`${this.label}: blob ${digest}: the registry sends ${length} bytes but its descriptor declares ${declaredSize}`);
    }
    response.on("aborted", () => response.destroy(new Error(`the connection to ${this.apiHost} closed mid-blob`)));
    return this.guard(response, budget, declaredSize);
  }
  /** A small blob (the config) as text, verified. */
  async blobText(digest, declaredSize) {
    const done = this.options.activity?.begin(`fetching blob ${digest} of ${this.label}`);
    let body;
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
  async listTags(pageSize = TAG_PAGE_SIZE) {
    const tags = [];
    const known = /* @__PURE__ */ new Set();
    const asked = /* @__PURE__ */ new Set();
    let path2 = `/v2/${this.reference.path}/tags/list?n=${pageSize}`;
    while (path2 !== void 0) {
      if (asked.has(path2)) throw new GateError(`${this.label}: the tag list at ${this.apiHost} pages in a loop (${path2.slice(0, 200)})`);
      if (asked.size >= MAX_TAG_PAGES) throw new GateError(`${this.label}: more than ${MAX_TAG_PAGES} pages of tags at ${this.apiHost}`);
      asked.add(path2);
      const budget = this.budget("the tag list");
      const done = this.options.activity?.begin(`listing the tags of ${this.label}`);
      let response;
      let body;
      try {
        response = await this.request(path2, budget);
        body = await readBody(this.guard(response, budget), MAX_DOCUMENT_BYTES, `${this.label} tag list`);
      } finally {
        done?.();
      }
      if (response.statusCode === 404) throw this.notFound("tag list", body);
      if (response.statusCode === 403)
        throw new GateError(
          `${this.label}: access denied to the tags of ${this.reference.path} at ${this.apiHost} (403) using ${this.credential?.source ?? "anonymous access"}`
        );
      if (response.statusCode !== 200) throw new GateError(`${this.label}: ${this.apiHost} answered ${response.statusCode} for the tag list`);
      let page;
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
      path2 = next ?? (page.length >= pageSize && fresh.length > 0 ? `/v2/${this.reference.path}/tags/list?n=${pageSize}&last=${encodeURIComponent(page[page.length - 1])}` : void 0);
    }
    return tags;
  }
  /**
   * The digest a tag points to now: the index for a multi-platform tag, else the manifest. Asked
   * with HEAD (Docker Hub does not count it as a pull), falling back to reading the manifest.
   */
  async resolveDigest(tag) {
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
  async optionalManifest(ref) {
    const budget = this.budget(`manifest ${ref}`);
    const response = await this.request(`/v2/${this.reference.path}/manifests/${ref}`, budget, { accept: ACCEPT });
    const body = await readBody(this.guard(response, budget), MAX_DOCUMENT_BYTES, `${this.label} manifest ${ref}`);
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
    const budget = this.budget("a referrers page");
    const response = await this.request(path2, budget, { accept: "application/vnd.oci.image.index.v1+json" });
    const body = await readBody(this.guard(response, budget), MAX_DOCUMENT_BYTES, `${this.label} referrers`);
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
var TAG_PAGE_SIZE = 1e3;
var MAX_TAG_PAGES = 500;
var tagListSchema = looseObject({ tags: optional(nullable(array(string()))) });
function nextPageLink(header, apiHost) {
  const text = Array.isArray(header) ? header.join(", ") : header;
  if (!text) return void 0;
  for (const part of text.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match || !/\brel\s*=\s*"?next"?/i.test(match[2])) continue;
    let url;
    try {
      url = new URL(match[1], `https://${apiHost}`);
    } catch {
      return void 0;
    }
    if (url.host !== apiHost) return "foreign";
    return `${url.pathname}${url.search}`;
  }
  return void 0;
}
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
  const { ecrRegistryLogin } = await import("./ecr-login-UM6O7KHK.js");
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
  RegistryClient,
  BlobDigestMismatch,
  parseRegistryReference
};
