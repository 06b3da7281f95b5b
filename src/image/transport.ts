/** `--image` references in the skopeo/containers-image spelling. */

import { GateError } from "../errors.ts";
import { quoteInput } from "../secrets/redact.ts";

export type ImageSource =
  | { transport: "docker-archive"; path: string; ref?: string }
  | { transport: "oci"; path: string; ref?: string }
  | { transport: "oci-archive"; path: string; ref?: string }
  | { transport: "docker-daemon"; name: string }
  | { transport: "docker"; reference: string };

const TRANSPORTS = new Set(["docker-archive", "oci", "oci-archive", "docker", "docker-daemon"]);

/** Splits `PATH[:REF]`: a colon after the last slash starts the reference. */
function pathAndRef(rest: string): { path: string; ref?: string } {
  const colon = rest.lastIndexOf(":");
  if (colon > 0 && colon > rest.lastIndexOf("/") && colon < rest.length - 1) return { path: rest.slice(0, colon), ref: rest.slice(colon + 1) };
  return { path: colon === rest.length - 1 ? rest.slice(0, -1) : rest };
}

/** Parses `--image`; the error lists the transports when the spelling is unknown. */
export function parseImageSource(text: string, flag = "--image"): ImageSource {
  const colon = text.indexOf(":");
  const transport = colon === -1 ? "" : text.slice(0, colon);
  const rest = colon === -1 ? "" : text.slice(colon + 1);
  if (!TRANSPORTS.has(transport) || rest === "") {
    throw new GateError(
      `${flag}: ${quoteInput(text)} is not an image reference of a supported transport (docker-archive:PATH, oci:DIR[:TAG], oci-archive:PATH[:TAG], docker://HOST/REPO[:TAG|@DIGEST], docker-daemon:NAME[:TAG])`,
    );
  }
  switch (transport) {
    case "docker":
      if (!rest.startsWith("//") || rest.length <= 2) throw new GateError(`${flag}: expected docker://HOST/REPO[:TAG|@DIGEST], got ${quoteInput(text)}`);
      return { transport: "docker", reference: rest.slice(2) };
    case "docker-daemon":
      return { transport: "docker-daemon", name: rest };
    case "docker-archive": {
      // skopeo's spelling: the path ends at the first colon, and what follows names one image of
      // the archive, NAME[:TAG] (docker.io/library/app:1.0 may be written app:1.0) or @INDEX.
      const pathEnd = rest.indexOf(":");
      if (pathEnd <= 0 || pathEnd === rest.length - 1) return { transport: "docker-archive", path: pathEnd === rest.length - 1 ? rest.slice(0, -1) : rest };
      return { transport: "docker-archive", path: rest.slice(0, pathEnd), ref: rest.slice(pathEnd + 1) };
    }
    default: {
      const { path, ref } = pathAndRef(rest);
      const source = { transport: transport as "oci" | "oci-archive", path };
      return ref === undefined ? source : { ...source, ref };
    }
  }
}

/** How a source reads in messages: the path or name it points at. */
export function describeSource(source: ImageSource): string {
  switch (source.transport) {
    case "docker":
      return `docker://${source.reference}`;
    case "docker-daemon":
      return `docker-daemon:${source.name}`;
    default:
      return source.path;
  }
}

/**
 * A registry reference must not carry credentials (`docker://user:PASSWORD@host/app`): they would
 * end up in reports, logs and process listings. Returns the userinfo found (so a shell can mask
 * it) and the reference without it; the gate refuses such a reference without echoing it.
 */
export function splitUserinfo(text: string): { userinfo?: string; reference: string } {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? "";
  const rest = text.slice(scheme.length);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const at = authority.lastIndexOf("@");
  // `name@sha256:…` is a digest, not userinfo.
  if (at === -1 || /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}/i.test(authority.slice(at + 1))) return { reference: text };
  return { userinfo: authority.slice(0, at), reference: scheme + rest.slice(at + 1) };
}

/** Refuses a reference with userinfo, naming it without the credentials. */
export function refuseUserinfo(text: string, flag: string): void {
  const { userinfo, reference } = splitUserinfo(text);
  if (userinfo === undefined) return;
  throw new GateError(
    `${flag}: ${reference.slice(0, 200)} was given with credentials in it (…@); they were not used and are not shown. Credentials belong in the Docker config: run docker login (it writes $DOCKER_CONFIG/config.json or ~/.docker/config.json); ECR hosts log in through the AWS SDK`,
  );
}
