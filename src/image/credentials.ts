/**
 * Registry credentials, from where `docker login` leaves them: the Docker config file
 * ($DOCKER_CONFIG/config.json, else ~/.docker/config.json) with its `auths`, `credHelpers` and
 * `credsStore`, and for ECR hosts the AWS SDK (GetAuthorizationToken). A credential never appears
 * in a message: errors name the source that was tried, not what it held.
 */

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GateError, firstLine, jsonProblem } from "../errors.ts";
import { readInputFile } from "../input-file.ts";
import { quoteInput } from "../secrets/redact.ts";

/** A Docker config holds a few logins; a megabyte is far more than any needs. */
const MAX_DOCKER_CONFIG_BYTES = 1024 * 1024;

export interface Credential {
  username?: string;
  password?: string;
  /** An identity token (OAuth refresh token) instead of a password. */
  identityToken?: string;
  /** Where it came from, for messages: "docker config auths", "credential helper docker-credential-ecr-login", ... */
  source: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

function dockerConfigPath(): string {
  const dir = process.env.DOCKER_CONFIG ?? path.join(os.homedir(), ".docker");
  return path.join(dir, "config.json");
}

async function readDockerConfig(): Promise<{ config: DockerConfig; file: string } | undefined> {
  const file = dockerConfigPath();
  if (!existsSync(file)) return undefined;
  const bytes = await readInputFile(file, { label: file, noun: "the Docker config", kind: "a Docker config file", maxBytes: MAX_DOCKER_CONFIG_BYTES });
  try {
    const config = JSON.parse(bytes.toString("utf8")) as DockerConfig;
    if (typeof config !== "object" || config === null) throw new Error("not an object");
    return { config, file };
  } catch (error) {
    throw new GateError(
      `${file}: cannot read the Docker config (${error instanceof SyntaxError ? `not valid JSON: ${jsonProblem(error)}` : firstLine(error)})`,
    );
  }
}

/** `https://index.docker.io/v1/` → `index.docker.io`; `localhost:5000` stays. */
function hostOf(key: string): string {
  return key.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
}

const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

function sameRegistry(key: string, host: string): boolean {
  const keyHost = hostOf(key);
  return keyHost === host || (DOCKER_HUB.has(keyHost) && DOCKER_HUB.has(host));
}

/** How a credential helper is run: how long it may take, and what cancels it. */
export interface HelperOptions {
  /** Longest wait for its answer (limits.idle-timeout; default 30 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A helper's answer is a line of JSON; more than this is not an answer. */
const MAX_HELPER_OUTPUT = 1024 * 1024;

/** Runs `docker-credential-<helper> get`, the protocol Docker's credential helpers speak; a helper that hangs or floods is ended. */
async function fromHelper(helper: string, host: string, options: HelperOptions): Promise<Credential | undefined> {
  const program = `docker-credential-${helper}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    const child = spawn(program, ["get"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const stop = (error: GateError) => {
      child.kill("SIGKILL");
      reject(error);
    };
    const timer = setTimeout(
      () => stop(new GateError(`${program}: the credential helper gave no answer for ${host} within ${Math.round(timeoutMs / 1000)} s (limits.idle-timeout)`)),
      timeoutMs,
    );
    const onAbort = () => stop(new GateError(`${program}: cancelled`));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    };
    child.on("close", settle);
    child.on("error", settle);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      if (stdout.length > MAX_HELPER_OUTPUT)
        stop(new GateError(`${program}: the credential helper's answer for ${host} is larger than ${MAX_HELPER_OUTPUT} bytes`));
    });
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 65536) stderr += chunk.toString("utf8");
    });
    // A helper that exits before reading the host must not take the gate down with EPIPE.
    child.stdin.on("error", () => undefined);
    child.on("error", (error: NodeJS.ErrnoException) => {
      // A helper named in the config but not installed: carry on without it, as Docker would fail to log in.
      if (error.code === "ENOENT") resolve(undefined);
      else reject(new GateError(`${program}: cannot run the credential helper (${error.code ?? firstLine(error)})`));
    });
    child.on("close", (code) => {
      if (code !== 0) {
        // "credentials not found in native keychain" is not an error: the registry may allow anonymous pulls.
        if (/not found/i.test(`${stdout}${stderr}`)) resolve(undefined);
        else reject(new GateError(`${program}: the credential helper failed for ${host} (exit ${code})`));
        return;
      }
      try {
        const answer = JSON.parse(stdout) as { Username?: string; Secret?: string };
        const credential: Credential = { source: `credential helper ${program}` };
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

/** Credentials for a registry host from the Docker config, or undefined for anonymous access. */
export async function dockerConfigCredential(host: string, options: HelperOptions = {}): Promise<Credential | undefined> {
  const loaded = await readDockerConfig();
  if (!loaded) return undefined;
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
  return undefined;
}
