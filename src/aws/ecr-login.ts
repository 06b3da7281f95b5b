/** Logging in to an ECR registry with the run's AWS credentials, for registry reads (docker:// ECR images). */

import { ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import * as z from "zod/mini";
import { GateError } from "../errors.ts";
import { replaceAwsNodeWarning } from "./node-support.ts";
import { describeAwsError, REQUEST_TIMEOUTS } from "./sdk.ts";
import { optional, parseShape, ShapeError, text, timestamp } from "./shape.ts";

const authorizationTokenSchema = z.looseObject({
  authorizationData: optional(z.array(z.looseObject({ authorizationToken: optional(text), expiresAt: optional(timestamp), proxyEndpoint: optional(text) }))),
});

/** Registry credentials for an ECR host: GetAuthorizationToken's base64 "AWS:password". */
export async function ecrRegistryLogin(region: string, host: string): Promise<{ username: string; password: string; source: string }> {
  replaceAwsNodeWarning();
  try {
    const raw = await new ECRClient({ region, requestHandler: REQUEST_TIMEOUTS }).send(new GetAuthorizationTokenCommand({}));
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
