/**
 * A registry that misbehaves on purpose, on loopback: it serves one small, valid image (a gzip
 * layer, its config and an OCI manifest) and then breaks the part a scenario names — a blob
 * longer than its declared size, endless gzip of zeros, a trickle, silence, endless documents,
 * redirect loops, redirects and token realms pointed wherever a test wants. With TLS it speaks
 * HTTPS and plain HTTP on the same port (to see what a scheme-changing redirect carries). Every
 * request is recorded with the scheme it came over and its Authorization header.
 */

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import net, { type AddressInfo, type Socket } from "node:net";
import { Duplex, Readable } from "node:stream";
import zlib from "node:zlib";
import tar from "tar-stream";

export type LayerBehaviour =
  | "ok"
  /** The real layer, then zeros for ever. */
  | "longer-than-size"
  /** A gzip stream of zeros that never ends. */
  | "endless-gzip-zeros"
  /** Zeros for ever, uncompressed. */
  | "endless-zeros"
  /** One byte at a time, `trickleMs` apart, for ever. */
  | "trickle"
  /** Headers, then nothing. */
  | "silent"
  /** Half the layer, then the end of the response. */
  | "short"
  /** A Content-Length that is not the declared size. */
  | "content-length-mismatch"
  /** A redirect to itself, for ever. */
  | "redirect-loop";

export type DocumentBehaviour = "ok" | "silent-before-headers" | "trickle-headers" | "endless";

export interface HostileOptions {
  layer?: LayerBehaviour;
  manifest?: DocumentBehaviour;
  /** The layer size the manifest declares (default: the real one). */
  declaredLayerSize?: number;
  /** Pause between trickled bytes (default 1 s). */
  trickleMs?: number;
  /** Require HTTP Basic with these credentials for /v2/ requests. */
  basic?: { user: string; password: string };
  /** Require a Bearer token from this realm (a URL, or "self" for /token on this server). */
  bearer?: { realm: string; token?: "ok" | "endless" | { redirect: string } };
  /** Where blob requests are sent instead (a URL for the digest asked), if anywhere. */
  redirectBlobs?: (digest: string, self: { port: number; hostname: string }) => string;
  /** Certificate and key: speak HTTPS (and plain HTTP on the same port, told apart by the first byte). */
  tls?: { cert: string; key: string };
  /** Name the certificate is for, used in URLs built for redirects (default 127.0.0.1). */
  hostname?: string;
  /** Close every connection after its response, so each request connects (and resolves its name) anew. */
  closeConnections?: boolean;
}

export interface RecordedRequest {
  scheme: "http" | "https";
  path: string;
  authorization?: string;
}

export interface HostileRegistry {
  port: number;
  /** host:port as a docker:// reference spells it. */
  host: string;
  /** What the image's layer, config and manifest are. */
  image: { layerDigest: string; configDigest: string; manifestDigest: string; layerSize: number };
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

const sha256 = (data: Buffer) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

/** A one-layer image: /etc/passwd with an unprivileged user, run as uid 1000. */
async function smallImage(): Promise<{ layer: Buffer; config: Buffer }> {
  const pack = tar.pack();
  // A fixed mtime: every registry started serves the same bytes (one can be another's blob storage).
  const mtime = new Date("2024-01-01T00:00:00Z");
  pack.entry({ name: "etc/passwd", mode: 0o644, mtime }, "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n");
  pack.entry({ name: "app/README", mode: 0o644, mtime }, `nothing to see here ${"padding ".repeat(2000)}\n`);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
  const tarBytes = Buffer.concat(chunks);
  const layer = zlib.gzipSync(tarBytes);
  const config = Buffer.from(
    JSON.stringify({ architecture: "amd64", os: "linux", config: { User: "1000" }, rootfs: { type: "layers", diff_ids: [sha256(tarBytes)] } }),
  );
  return { layer, config };
}

/** Writes `next()` chunks for as long as the client reads them (or until the socket closes). */
function streamForever(response: ServerResponse, next: () => Buffer): void {
  const write = (): void => {
    while (!response.destroyed && !response.writableEnded) {
      if (!response.write(next())) {
        response.once("drain", write);
        return;
      }
    }
  };
  response.on("error", () => undefined);
  write();
}

/** A gzip stream of zeros that never ends. */
function endlessGzipOfZeros(response: ServerResponse): void {
  const zeros = Buffer.alloc(1024 * 1024);
  const source = new Readable({
    read() {
      this.push(zeros);
    },
  });
  const gzip = zlib.createGzip({ level: 1 });
  response.on("close", () => {
    source.destroy();
    gzip.destroy();
  });
  source.pipe(gzip).pipe(response);
}

export async function startHostileRegistry(options: HostileOptions = {}): Promise<HostileRegistry> {
  const { layer, config } = await smallImage();
  const declaredLayerSize = options.declaredLayerSize ?? layer.length;
  const layerDigest = sha256(layer);
  const configDigest = sha256(config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: configDigest, size: config.length },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: layerDigest, size: declaredLayerSize }],
    }),
  );
  const manifestDigest = sha256(manifest);
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const hostname = options.hostname ?? "127.0.0.1";
  let port = 0;
  const trickleMs = options.trickleMs ?? 1000;

  const trickle = (socket: Socket | ServerResponse, bytes: () => string | Buffer) => {
    const timer = setInterval(() => {
      if (socket.destroyed) clearInterval(timer);
      else socket.write(bytes());
    }, trickleMs);
    timers.add(timer);
  };

  const blob = (digest: string, request: IncomingMessage, response: ServerResponse) => {
    if (digest === configDigest) {
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": config.length });
      return void response.end(config);
    }
    if (digest !== layerDigest) {
      response.writeHead(404, { "content-type": "application/json" });
      return void response.end(JSON.stringify({ errors: [{ code: "BLOB_UNKNOWN" }] }));
    }
    switch (options.layer ?? "ok") {
      case "ok":
        response.writeHead(200, { "content-type": "application/octet-stream", "content-length": layer.length });
        return void response.end(layer);
      case "longer-than-size": {
        response.writeHead(200, { "content-type": "application/octet-stream" });
        response.write(layer);
        const zeros = Buffer.alloc(64 * 1024);
        return streamForever(response, () => zeros);
      }
      case "endless-gzip-zeros":
        response.writeHead(200, { "content-type": "application/octet-stream" });
        return endlessGzipOfZeros(response);
      case "endless-zeros": {
        response.writeHead(200, { "content-type": "application/octet-stream" });
        const zeros = Buffer.alloc(64 * 1024);
        return streamForever(response, () => zeros);
      }
      case "trickle": {
        response.writeHead(200, { "content-type": "application/octet-stream" });
        let offset = 0;
        return trickle(response, () => layer.subarray(offset, ++offset));
      }
      case "silent":
        response.writeHead(200, { "content-type": "application/octet-stream" });
        response.flushHeaders();
        return;
      case "short":
        response.writeHead(200, { "content-type": "application/octet-stream" });
        return void response.end(layer.subarray(0, layer.length >> 1));
      case "content-length-mismatch":
        response.writeHead(200, { "content-type": "application/octet-stream", "content-length": layer.length + 1000 });
        return void response.end(Buffer.concat([layer, Buffer.alloc(1000)]));
      case "redirect-loop":
        response.writeHead(307, { location: request.url });
        return void response.end();
    }
  };

  const handle = (scheme: "http" | "https") => (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://registry");
    const recorded: RecordedRequest = { scheme, path: url.pathname };
    if (request.headers.authorization) recorded.authorization = request.headers.authorization;
    requests.push(recorded);
    if (options.closeConnections) response.setHeader("connection", "close");

    if (url.pathname === "/token") {
      const behaviour = options.bearer?.token ?? "ok";
      if (typeof behaviour === "object") {
        response.writeHead(302, { location: behaviour.redirect });
        return void response.end();
      }
      response.writeHead(200, { "content-type": "application/json" });
      if (behaviour === "endless") {
        response.write('{"token": "');
        const filler = Buffer.alloc(64 * 1024, "a");
        return streamForever(response, () => filler);
      }
      return void response.end(JSON.stringify({ token: "hostile-registry-token" }));
    }
    if (url.pathname.startsWith("/storage/")) return blob(url.pathname.slice("/storage/".length), request, response);
    if (!url.pathname.startsWith("/v2/")) {
      response.writeHead(404);
      return void response.end();
    }
    if (options.basic) {
      const expected = `Basic ${Buffer.from(`${options.basic.user}:${options.basic.password}`).toString("base64")}`;
      if (request.headers.authorization !== expected) {
        response.writeHead(401, { "www-authenticate": 'Basic realm="hostile"', "content-type": "application/json" });
        return void response.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED" }] }));
      }
    }
    if (options.bearer && request.headers.authorization !== "Bearer hostile-registry-token") {
      const realm = options.bearer.realm === "self" ? `${scheme}://${hostname}:${port}/token` : options.bearer.realm;
      response.writeHead(401, { "www-authenticate": `Bearer realm="${realm}",service="hostile"`, "content-type": "application/json" });
      return void response.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED" }] }));
    }
    const manifestMatch = /^\/v2\/.+\/manifests\/(.+)$/.exec(url.pathname);
    if (manifestMatch) {
      switch (options.manifest ?? "ok") {
        case "ok":
          response.writeHead(200, { "content-type": "application/vnd.oci.image.manifest.v1+json", "docker-content-digest": manifestDigest });
          return void response.end(manifest);
        case "silent-before-headers":
          return;
        case "trickle-headers":
          // The status line, then a header line that never ends.
          request.socket.write("HTTP/1.1 200 OK\r\nX-Slow: ");
          return trickle(request.socket, () => "a");
        case "endless": {
          response.writeHead(200, { "content-type": "application/vnd.oci.image.manifest.v1+json" });
          response.write('{"schemaVersion": 2, "padding": "');
          const filler = Buffer.alloc(64 * 1024, "a");
          return streamForever(response, () => filler);
        }
      }
    }
    const blobMatch = /^\/v2\/.+\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname);
    if (blobMatch) {
      if (options.redirectBlobs) {
        response.writeHead(307, { location: options.redirectBlobs(blobMatch[1]!, { port, hostname }) });
        return void response.end();
      }
      return blob(blobMatch[1]!, request, response);
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ errors: [{ code: "NAME_UNKNOWN" }] }));
  };

  const plain = http.createServer(handle("http"));
  const servers: Array<http.Server | https.Server | net.Server> = [plain];
  let listener: net.Server = plain;
  if (options.tls) {
    const secure = https.createServer({ cert: readFileSync(options.tls.cert), key: readFileSync(options.tls.key) }, handle("https"));
    servers.push(secure);
    // One port, both schemes: a TLS handshake starts with 0x16.
    listener = net.createServer((socket) => {
      socket.once("data", (first: Buffer) => {
        if (first[0] !== 0x16) {
          socket.unshift(first);
          plain.emit("connection", socket);
          return;
        }
        // TLS reads a net.Socket's handle directly, past what was already read from it; a plain
        // stream in front makes it read through JavaScript, first bytes included.
        const front = new Duplex({
          read: () => void socket.resume(),
          write: (chunk, encoding, callback) => void socket.write(chunk, encoding, callback),
          final: (callback) => void socket.end(callback),
          destroy: (error, callback) => {
            socket.destroy();
            callback(error);
          },
        });
        socket.on("data", (data: Buffer) => {
          if (!front.push(data)) socket.pause();
        });
        socket.on("end", () => front.push(null));
        socket.on("close", () => front.destroy());
        socket.on("error", () => front.destroy());
        front.push(first);
        secure.emit("connection", front);
      });
    });
    servers.push(listener);
  }
  listener.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  port = (listener.address() as AddressInfo).port;
  return {
    port,
    host: `${hostname}:${port}`,
    image: { layerDigest, configDigest, manifestDigest, layerSize: layer.length },
    requests,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

/** A TCP listener that counts connections: a place the gate must never reach. */
export async function startForbiddenListener(): Promise<{ port: number; connections: () => number; stop(): Promise<void> }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
