import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  GateError,
  quoteInput
} from "./chunk-MSQ75MTB.js";

// src/image/transport.ts
var TRANSPORTS = /* @__PURE__ */ new Set(["docker-archive", "oci", "oci-archive", "docker", "docker-daemon"]);
function pathAndRef(rest) {
  const colon = rest.lastIndexOf(":");
  if (colon > 0 && colon > rest.lastIndexOf("/") && colon < rest.length - 1) return { path: rest.slice(0, colon), ref: rest.slice(colon + 1) };
  return { path: colon === rest.length - 1 ? rest.slice(0, -1) : rest };
}
function parseImageSource(text, flag = "--image") {
  const colon = text.indexOf(":");
  const transport = colon === -1 ? "" : text.slice(0, colon);
  const rest = colon === -1 ? "" : text.slice(colon + 1);
  if (!TRANSPORTS.has(transport) || rest === "") {
    throw new GateError(
      `${flag}: ${quoteInput(text)} is not an image reference of a supported transport (docker-archive:PATH, oci:DIR[:TAG], oci-archive:PATH[:TAG], docker://HOST/REPO[:TAG|@DIGEST], docker-daemon:NAME[:TAG])`
    );
  }
  switch (transport) {
    case "docker":
      if (!rest.startsWith("//") || rest.length <= 2) throw new GateError(`${flag}: expected docker://HOST/REPO[:TAG|@DIGEST], got ${quoteInput(text)}`);
      return { transport: "docker", reference: rest.slice(2) };
    case "docker-daemon":
      return { transport: "docker-daemon", name: rest };
    case "docker-archive": {
      const pathEnd = rest.indexOf(":");
      if (pathEnd <= 0 || pathEnd === rest.length - 1) return { transport: "docker-archive", path: pathEnd === rest.length - 1 ? rest.slice(0, -1) : rest };
      return { transport: "docker-archive", path: rest.slice(0, pathEnd), ref: rest.slice(pathEnd + 1) };
    }
    default: {
      const { path, ref } = pathAndRef(rest);
      const source = { transport, path };
      return ref === void 0 ? source : { ...source, ref };
    }
  }
}
function describeSource(source) {
  switch (source.transport) {
    case "docker":
      return `docker://${source.reference}`;
    case "docker-daemon":
      return `docker-daemon:${source.name}`;
    default:
      return source.path;
  }
}
function splitUserinfo(text) {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? "";
  const rest = text.slice(scheme.length);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const at = authority.lastIndexOf("@");
  if (at === -1 || /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}/i.test(authority.slice(at + 1))) return { reference: text };
  return { userinfo: authority.slice(0, at), reference: scheme + rest.slice(at + 1) };
}
function refuseUserinfo(text, flag) {
  const { userinfo, reference } = splitUserinfo(text);
  if (userinfo === void 0) return;
  throw new GateError(
    `${flag}: ${reference.slice(0, 200)} was given with credentials in it (…@); they were not used and are not shown. Credentials belong in the Docker config: run docker login (it writes $DOCKER_CONFIG/config.json or ~/.docker/config.json); ECR hosts log in through the AWS SDK`
  );
}

export {
  parseImageSource,
  describeSource,
  splitUserinfo,
  refuseUserinfo
};
