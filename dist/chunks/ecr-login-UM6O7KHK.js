import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  replaceAwsNodeWarning
} from "./chunk-GFEADTCJ.js";
import "./chunk-NLA4MBKA.js";
import {
  ShapeError,
  optional,
  parseShape,
  text,
  timestamp
} from "./chunk-BUOUAKQC.js";
import {
  REQUEST_TIMEOUTS,
  describeAwsError,
  require_dist_cjs3 as require_dist_cjs
} from "./chunk-NR2AOQR3.js";
import {
  GateError
} from "./chunk-MSQ75MTB.js";
import {
  array,
  looseObject
} from "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-KT6VUTM3.js";
import {
  __toESM
} from "./chunk-ENLSQBIW.js";

// src/aws/ecr-login.ts
var import_client_ecr = __toESM(require_dist_cjs(), 1);
var authorizationTokenSchema = looseObject({
  authorizationData: optional(array(looseObject({ authorizationToken: optional(text), expiresAt: optional(timestamp), proxyEndpoint: optional(text) })))
});
async function ecrRegistryLogin(region, host) {
  replaceAwsNodeWarning();
  try {
    const raw = await new import_client_ecr.ECRClient({ region, requestHandler: REQUEST_TIMEOUTS }).send(new import_client_ecr.GetAuthorizationTokenCommand({}));
    const token = parseShape(authorizationTokenSchema, raw, "GetAuthorizationToken").authorizationData?.[0]?.authorizationToken;
    if (!token) throw new GateError(`${host}: ECR returned no authorization token`);
    const decoded = Buffer.from(token, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) throw new GateError(`${host}: ECR's authorization token is not user:password`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: "ECR GetAuthorizationToken" };
  } catch (error) {
    if (error instanceof GateError) throw error;
    if (error instanceof ShapeError) throw new GateError(`${host}: unexpected answer from ECR: ${error.message}`);
    throw new GateError(`${host}: cannot log in to ECR: ${describeAwsError(error)}`);
  }
}
export {
  ecrRegistryLogin
};
