/**
 * Registry helpers for tag lists: re-tagging in a real registry over the distribution API, and a
 * small loopback double that pages tag lists the way Docker Hub does (Bearer token, `n`/`last`,
 * relative `Link` headers) or the ways other registries get it wrong, counting every request.
 */

import { createHash } from "node:crypto";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";

const MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json",
].join(", ");

/** Points `to` at whatever `from` points to, as `docker tag` + `docker push` would (the registry must allow anonymous pushes). */
export async function retag(host: string, repository: string, from: string, to: string): Promise<string> {
  const got = await fetch(`http://${host}/v2/${repository}/manifests/${from}`, { headers: { accept: MANIFEST_TYPES } });
  if (got.status !== 200) throw new Error(`retag: GET ${repository}:${from} answered ${got.status}`);
  const body = Buffer.from(await got.arrayBuffer());
  const put = await fetch(`http://${host}/v2/${repository}/manifests/${to}`, {
    method: "PUT",
    headers: { "content-type": got.headers.get("content-type")! },
    body,
  });
  if (put.status !== 201) throw new Error(`retag: PUT ${repository}:${to} answered ${put.status}: ${await put.text()}`);
  return `sha256:${createHash("sha256").update(body).digest("hex")}`;
}

export interface TagListDouble {
  host: string;
  /** Every request, in order (path and query). */
  requests: string[];
  stop(): Promise<void>;
}

export interface TagListDoubleOptions {
  repository: string;
  tags: string[];
  /** The most tags the server puts on a page, whatever `n` asks. */
  maxPage?: number;
  /** How the next page is announced: a relative Link (Docker Hub), an absolute one, none at all, one that loops, one to another host. */
  link?: "relative" | "absolute" | "none" | "loop" | "foreign";
  /** Ask for a Bearer token from the double's own token endpoint first, as Docker Hub does. */
  bearer?: boolean;
  /** Digests that tags point to (answered to HEAD and GET of manifests). */
  digests?: Record<string, string>;
}

/** Starts the double on a free loopback port. */
export async function startTagListDouble(options: TagListDoubleOptions): Promise<TagListDouble> {
  const requests: string[] = [];
  const token = "double-token";
  let host = "";
  const sorted = [...options.tags].sort();
  const server: Server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://double");
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    if (url.pathname === "/token") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ token, scope: url.searchParams.get("scope") }));
      return;
    }
    if (options.bearer && request.headers.authorization !== `Bearer ${token}`) {
      response.writeHead(401, {
        "www-authenticate": `Bearer realm="http://${host}/token",service="registry.docker.io",scope="repository:${options.repository}:pull"`,
        "content-type": "application/json",
      });
      response.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED" }] }));
      return;
    }
    const tagsPath = `/v2/${options.repository}/tags/list`;
    const manifestPrefix = `/v2/${options.repository}/manifests/`;
    if (url.pathname === tagsPath) {
      const n = Math.min(Number(url.searchParams.get("n") ?? sorted.length) || sorted.length, options.maxPage ?? Number.MAX_SAFE_INTEGER);
      const last = url.searchParams.get("last");
      const start = options.link === "loop" || last === null ? 0 : sorted.findIndex((tag) => tag > last);
      const page = start === -1 ? [] : sorted.slice(start, start + n);
      const headers: Record<string, string> = { "content-type": "application/json" };
      const more = start !== -1 && start + n < sorted.length;
      if (more && options.link !== "none") {
        const next = `${tagsPath}?last=${encodeURIComponent(page[page.length - 1]!)}&n=${n}`;
        const target =
          options.link === "absolute"
            ? `http://${host}${next}`
            : options.link === "foreign"
              ? `http://registry.example.com${next}`
              : options.link === "loop"
                ? `${tagsPath}?n=${n}&again=1`
                : next;
        headers.link = `<${target}>; rel="next"`;
      }
      response.writeHead(200, headers);
      response.end(JSON.stringify({ name: options.repository, tags: page }));
      return;
    }
    if (url.pathname.startsWith(manifestPrefix) && options.digests?.[url.pathname.slice(manifestPrefix.length)]) {
      response.writeHead(200, {
        "docker-content-digest": options.digests[url.pathname.slice(manifestPrefix.length)]!,
        "content-type": "application/vnd.oci.image.index.v1+json",
      });
      response.end();
      return;
    }
    if (url.pathname === "/v2/" || url.pathname === "/v2") {
      response.writeHead(200);
      response.end("{}");
      return;
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ errors: [{ code: url.pathname.startsWith(`/v2/${options.repository}/`) ? "MANIFEST_UNKNOWN" : "NAME_UNKNOWN" }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
