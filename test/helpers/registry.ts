/**
 * A real CNCF distribution registry (Debian's docker-registry) on loopback for the tests, with
 * htpasswd or token authentication and optional TLS from a test CA; a small token server for the
 * Bearer flow; and helpers to push images with skopeo and buildah.
 */

import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createPrivateKey, createSign, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const REGISTRY_USER = "ci-bot";
export const REGISTRY_PASSWORD = "registry-pass-for-tests";

export interface TestCa {
  dir: string;
  caCert: string;
  /** Issues a server certificate for these names (DNS names and IPs). */
  issue(names: string[]): { cert: string; key: string };
}

/** A throwaway certificate authority made with openssl. */
export function makeCa(): TestCa {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-ca-"));
  const caKey = path.join(dir, "ca.key");
  const caCert = path.join(dir, "ca.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKey, "-out", caCert, "-days", "2", "-subj", "/CN=image-gate test CA"],
    { stdio: "ignore" },
  );
  let serial = 1;
  return {
    dir,
    caCert,
    issue(names) {
      const base = path.join(dir, `server-${serial++}`);
      const san = names.map((name) => (net.isIP(name) ? `IP:${name}` : `DNS:${name}`)).join(",");
      writeFileSync(
        `${base}.ext`,
        `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n`,
      );
      execFileSync("openssl", ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", `${base}.key`, "-out", `${base}.csr`, "-subj", `/CN=${names[0]}`], {
        stdio: "ignore",
      });
      execFileSync(
        "openssl",
        [
          "x509",
          "-req",
          "-in",
          `${base}.csr`,
          "-CA",
          caCert,
          "-CAkey",
          caKey,
          "-CAcreateserial",
          "-out",
          `${base}.pem`,
          "-days",
          "2",
          "-extfile",
          `${base}.ext`,
        ],
        { stdio: "ignore" },
      );
      return { cert: `${base}.pem`, key: `${base}.key` };
    },
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface RunningRegistry {
  host: string;
  port: number;
  stop(): Promise<void>;
}

export interface RegistryConfig {
  auth: { htpasswd: { user: string; password: string } } | { token: { realm: string; service: string; issuer: string; rootCert: string } } | "none";
  tls?: { cert: string; key: string };
  /** Listen on this address and port (default 127.0.0.1 and a free port). */
  address?: string;
  port?: number;
  /** Host name clients use (default 127.0.0.1:PORT). */
  hostname?: string;
}

export async function startRegistry(config: RegistryConfig): Promise<RunningRegistry> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-registry-"));
  const port = config.port ?? (await freePort());
  const lines = [
    "version: 0.1",
    "log:",
    "  level: error",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${path.join(dir, "data")}`,
    "  delete:",
    "    enabled: true",
    "http:",
    `  addr: ${config.address ?? "127.0.0.1"}:${port}`,
  ];
  if (config.tls) lines.push("  tls:", `    certificate: ${config.tls.cert}`, `    key: ${config.tls.key}`);
  if (config.auth !== "none" && "htpasswd" in config.auth) {
    const htpasswd = path.join(dir, "htpasswd");
    writeFileSync(htpasswd, execFileSync("htpasswd", ["-Bbn", config.auth.htpasswd.user, config.auth.htpasswd.password], { encoding: "utf8" }));
    lines.push("auth:", "  htpasswd:", "    realm: image-gate-test", `    path: ${htpasswd}`);
  } else if (config.auth !== "none") {
    const token = config.auth.token;
    lines.push(
      "auth:",
      "  token:",
      `    realm: ${token.realm}`,
      `    service: ${token.service}`,
      `    issuer: ${token.issuer}`,
      `    rootcertbundle: ${token.rootCert}`,
    );
  }
  writeFileSync(path.join(dir, "config.yml"), `${lines.join("\n")}\n`);
  const child: ChildProcess = spawn("docker-registry", ["serve", path.join(dir, "config.yml")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const host = config.hostname ?? `127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (up) break;
    if (attempt > 100 || child.exitCode !== null) throw new Error(`docker-registry did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    host,
    port,
    stop: async () => {
      child.kill();
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/**
 * Pushes an image (any skopeo source reference) to the registry. Asynchronous: a token server
 * living in the test process must keep answering while skopeo runs.
 */
export function push(source: string, destination: string, options: { tlsVerify?: boolean; certDir?: string; creds?: string } = {}): Promise<void> {
  const args = ["copy", "--quiet", `--dest-tls-verify=${options.tlsVerify ?? false}`];
  if (options.certDir) args.push("--dest-cert-dir", options.certDir);
  if (options.creds) args.push("--dest-creds", options.creds);
  return new Promise((resolve, reject) => {
    execFile("skopeo", [...args, source, destination], { timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`skopeo copy failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}

/**
 * A two-platform index made with `buildah manifest`: linux/amd64 and linux/arm64 images (the same
 * busybox files, different config), pushed with --all.
 */
export function pushTwoPlatformIndex(destination: string, creds: string, rootfs: string): void {
  const work = mkdtempSync(path.join(os.tmpdir(), "image-gate-manifest-"));
  const storage = ["--root", path.join(work, "storage"), "--runroot", path.join(work, "run"), "--storage-driver", "vfs"];
  const buildah = (...args: string[]) => execFileSync("buildah", [...storage, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  const images: string[] = [];
  for (const [arch, user] of [
    ["amd64", "1000"],
    ["arm64", "root"],
  ] as const) {
    const container = buildah("from", "--arch", arch, "scratch");
    buildah("copy", container, `${rootfs}/`, "/");
    buildah("config", "--arch", arch, "--os", "linux", "--user", user, container);
    const id = buildah("commit", container, `localhost/image-gate-test/multi-${arch}:latest`);
    images.push(id);
  }
  buildah("manifest", "create", "localhost/image-gate-test/multi:list");
  for (const id of images) buildah("manifest", "add", "localhost/image-gate-test/multi:list", id);
  buildah("manifest", "push", "--all", "--tls-verify=false", "--creds", creds, "localhost/image-gate-test/multi:list", destination);
}

/**
 * The token service a registry with `auth: token` sends clients to: checks Basic credentials and
 * issues a JWT (RS256, x5c) granting the scope asked for.
 */
export async function startTokenServer(options: {
  service: string;
  issuer: string;
  user: string;
  password: string;
}): Promise<{ realm: string; rootCert: string; requests: URL[]; stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-token-"));
  const key = path.join(dir, "token.key");
  const cert = path.join(dir, "token.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=image-gate token signer"],
    { stdio: "ignore" },
  );
  const der = execFileSync("openssl", ["x509", "-in", cert, "-outform", "DER"]);
  const privateKey = createPrivateKey(readFileSync(key));
  const requests: URL[] = [];
  const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");
  const server: Server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url);
    const expected = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString("base64")}`;
    if (request.headers.authorization !== expected) {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ details: "invalid credentials" }));
      return;
    }
    const access = url.searchParams.getAll("scope").map((scope) => {
      const [type, name, actions] = scope.split(":");
      return { type, name, actions: (actions ?? "").split(",").filter(Boolean) };
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "RS256", typ: "JWT", x5c: [der.toString("base64")] };
    const claims = { iss: options.issuer, sub: options.user, aud: options.service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign("RSA-SHA256").update(input).sign(privateKey);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ token: `${input}.${b64url(signature)}`, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { realm: `http://127.0.0.1:${port}/token`, rootCert: cert, requests, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A proxy in front of a registry that can misbehave: drop blob connections midway, answer 503 first. */
export async function startFlakyProxy(
  target: number,
  behaviour: { dropBlobsAfter?: number; fail503?: number },
): Promise<{ port: number; stop(): Promise<void> }> {
  let failures = behaviour.fail503 ?? 0;
  const server = http.createServer((request, response) => {
    if (failures > 0 && request.url?.includes("/manifests/")) {
      failures--;
      response.writeHead(503);
      response.end("try again");
      return;
    }
    const upstream = http.request(
      { host: "127.0.0.1", port: target, path: request.url, method: request.method, headers: { ...request.headers, host: `127.0.0.1:${target}` } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        const isBlob = request.url?.includes("/blobs/") && (answer.statusCode ?? 0) === 200;
        if (!isBlob || behaviour.dropBlobsAfter === undefined) {
          answer.pipe(response);
          return;
        }
        let sent = 0;
        answer.on("data", (chunk: Buffer) => {
          if (sent >= behaviour.dropBlobsAfter!) return;
          sent += chunk.length;
          response.write(chunk);
          if (sent >= behaviour.dropBlobsAfter!) {
            answer.destroy();
            response.socket?.destroy();
          }
        });
        answer.on("end", () => response.end());
      },
    );
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
