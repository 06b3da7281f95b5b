/**
 * A small in-process registry double for what the CNCF registry does not do: the OCI 1.1
 * referrers API (paged with `Link`, `?artifactType=` filtering announced or not), and blobs served
 * with bytes that do not match their digest (tampering in storage). Push uses the same
 * distribution API as a real registry, so the same test helpers push to both.
 */

import { createHash, randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

interface ReferrerDocument {
  mediaType?: string;
  artifactType?: string;
  config?: { mediaType?: string };
  subject?: { digest?: string };
  annotations?: Record<string, string>;
}

const sha256 = (data: Buffer) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

export class RegistryDouble {
  private server: http.Server | undefined;
  port = 0;
  readonly blobs = new Map<string, Buffer>();
  /** Manifests by `repository@digest`: referrers are per repository, as in a real registry. */
  readonly manifests = new Map<string, Buffer>();
  readonly tags = new Map<string, string>();
  /** Bytes served instead of the stored ones, by digest. */
  readonly tampered = new Map<string, Buffer>();
  /** Referrers per page (the Link header carries the rest). */
  pageSize = 2;
  /** When false, /referrers/ answers 404 like a registry without the API. */
  referrersApi = true;
  /** Apply ?artifactType= and say so (OCI-Filters-Applied), or ignore it as some registries do. */
  applyFilter = false;
  /** Put this in front of the Link target (a registry sending the client to another host). */
  linkOrigin = "";
  readonly requests: string[] = [];
  private readonly uploads = new Map<string, true>();

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? "/", `http://${this.host}`);
    this.requests.push(`${request.method} ${url.pathname}${url.search}`);
    const notFound = (code = "MANIFEST_UNKNOWN") => {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: [{ code, message: "not found" }] }));
    };
    if (url.pathname === "/v2/" || url.pathname === "/v2") {
      response.writeHead(200, { "content-type": "application/json" });
      return void response.end("{}");
    }
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/(.*)$/.exec(url.pathname);
    if (upload) {
      if (request.method === "POST") {
        const id = randomUUID();
        this.uploads.set(id, true);
        response.writeHead(202, { location: `/v2/${upload[1]}/blobs/uploads/${id}` });
        return void response.end();
      }
      const digest = url.searchParams.get("digest") ?? "";
      if (sha256(body) !== digest) {
        response.writeHead(400);
        return void response.end("digest mismatch");
      }
      this.blobs.set(digest, body);
      response.writeHead(201, { location: `/v2/${upload[1]}/blobs/${digest}`, "docker-content-digest": digest });
      return void response.end();
    }
    const match = /^\/v2\/(.+)\/(manifests|blobs|referrers)\/([^/]+)$/.exec(url.pathname);
    if (!match) return notFound("NAME_UNKNOWN");
    const [, repository, kind, ref] = match as unknown as [string, string, string, string];
    if (kind === "manifests" && request.method === "PUT") {
      const digest = sha256(body);
      this.manifests.set(`${repository}@${digest}`, body);
      if (!ref.startsWith("sha256:")) this.tags.set(`${repository}:${ref}`, digest);
      response.writeHead(201, {
        "docker-content-digest": digest,
        ...(JSON.parse(body.toString("utf8")).subject ? { "oci-subject": JSON.parse(body.toString("utf8")).subject.digest } : {}),
      });
      return void response.end();
    }
    if (kind === "manifests") {
      const digest = ref.startsWith("sha256:") ? ref : this.tags.get(`${repository}:${ref}`);
      const bytes = digest ? this.manifests.get(`${repository}@${digest}`) : undefined;
      if (!bytes || !digest) return notFound();
      const mediaType = (JSON.parse(bytes.toString("utf8")) as { mediaType?: string }).mediaType ?? "application/vnd.oci.image.manifest.v1+json";
      response.writeHead(200, { "content-type": mediaType, "docker-content-digest": digest, "content-length": bytes.length });
      return void response.end(request.method === "HEAD" ? undefined : bytes);
    }
    if (kind === "blobs") {
      const bytes = this.tampered.get(ref) ?? this.blobs.get(ref);
      if (!bytes) return notFound("BLOB_UNKNOWN");
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
      return void response.end(bytes);
    }
    // Referrers: every stored manifest whose subject is this digest, paged.
    if (!this.referrersApi) return notFound("NAME_UNKNOWN");
    const wanted = url.searchParams.get("artifactType");
    const all = [...this.manifests.entries()]
      .filter(([key]) => key.startsWith(`${repository}@`))
      .map(([key, bytes]) => ({ digest: key.slice(repository.length + 1), bytes, document: JSON.parse(bytes.toString("utf8")) as ReferrerDocument }))
      .filter((entry) => entry.document.subject?.digest === ref)
      .map((entry) => {
        const descriptor: { digest: string } & Record<string, unknown> = {
          mediaType: entry.document.mediaType,
          digest: entry.digest,
          size: entry.bytes.length,
          artifactType: entry.document.artifactType ?? entry.document.config?.mediaType,
        };
        if (entry.document.annotations) descriptor.annotations = entry.document.annotations;
        return descriptor;
      })
      .filter((entry) => !this.applyFilter || wanted === null || entry.artifactType === wanted)
      .sort((a, b) => a.digest.localeCompare(b.digest));
    const start = Number(url.searchParams.get("page") ?? "0");
    const page = all.slice(start, start + this.pageSize);
    const headers: Record<string, string> = { "content-type": "application/vnd.oci.image.index.v1+json" };
    if (start + this.pageSize < all.length) headers.link = `<${this.linkOrigin}/v2/${repository}/referrers/${ref}?page=${start + this.pageSize}>; rel="next"`;
    if (this.applyFilter && wanted !== null) headers["oci-filters-applied"] = "artifactType";
    response.writeHead(200, headers);
    response.end(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: page }));
  }
}
