/**
 * Amazon ECR and Amazon Inspector as scan sources, through the AWS SDK v3 clients: default
 * credential chain and region, the SDK's own retries, and its standard endpoint variables
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_INSPECTOR2), never overridden.
 * Loaded only by runs that talk to AWS.
 */

import { ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { GateError } from "../errors.ts";
import { describeAwsError, REQUEST_TIMEOUTS } from "./aws-context.ts";
import { replaceAwsNodeWarning } from "./node-support.ts";
import { authorizationTokenSchema, parseShape, ShapeError } from "./schemas.ts";

export { awsContext, describeAwsError, type AwsContext } from "./aws-context.ts";
export { readEcrScan, readScanningConfiguration } from "./ecr-findings.ts";
export { resolveEcrTarget } from "./ecr-image.ts";
export { readInspectorFindings } from "./inspector.ts";

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
