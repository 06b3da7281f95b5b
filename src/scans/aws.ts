/**
 * Amazon ECR and Amazon Inspector as scan sources, through the AWS SDK v3 clients: default
 * credential chain and region, the SDK's own retries, and its standard endpoint variables
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_INSPECTOR2), never overridden.
 * Loaded only by runs that talk to AWS.
 */

export { awsContext, type AwsContext } from "./aws-context.ts";
export { readEcrScan, readScanningConfiguration } from "./ecr-findings.ts";
export { resolveEcrTarget } from "./ecr-image.ts";
export { readInspectorFindings } from "./inspector.ts";
