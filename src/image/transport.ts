/** `--image` references in the skopeo/containers-image spelling. */

import { GateError } from "../errors.ts";

export type ImageSource =
  | { transport: "docker-archive"; path: string; ref?: string }
  | { transport: "oci"; path: string; ref?: string }
  | { transport: "oci-archive"; path: string; ref?: string }
  | { transport: "docker-daemon"; name: string }
  | { transport: "docker"; reference: string };

const TRANSPORTS = ["docker-archive", "oci", "oci-archive", "docker", "docker-daemon"];

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
  if (!TRANSPORTS.includes(transport) || rest === "") {
    throw new GateError(
      `${flag}: "${text}" is not an image reference of a supported transport (docker-archive:PATH, oci:DIR[:TAG], oci-archive:PATH[:TAG], docker://HOST/REPO[:TAG|@DIGEST], docker-daemon:NAME[:TAG])`,
    );
  }
  switch (transport) {
    case "docker":
      if (!rest.startsWith("//") || rest.length <= 2) throw new GateError(`${flag}: expected docker://HOST/REPO[:TAG|@DIGEST], got "${text}"`);
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
