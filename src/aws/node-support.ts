/**
 * On Node.js older than 22 the AWS SDK prints an eight-line deprecation warning whenever a client
 * is made. The gate says the same in one short line, once, and keeps the SDK's own warning quiet.
 */

import { notice } from "../notices.ts";

/** The oldest Node.js major the AWS SDK keeps supporting (its warning names the same number). */
const AWS_SDK_NODE_MAJOR = 22;
const SDK_SWITCH = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";

/** Call before creating an AWS SDK client. */
export function replaceAwsNodeWarning(version: string = process.version): void {
  const silencedByUser = process.env[SDK_SWITCH] === "true";
  process.env[SDK_SWITCH] = "true";
  const major = Number(/^v(\d+)\./.exec(version)?.[1] ?? Number.NaN);
  if (!silencedByUser && major < AWS_SDK_NODE_MAJOR) {
    notice(`Node.js ${version} is past its end of life and AWS SDK releases from 2027 will need Node.js ${AWS_SDK_NODE_MAJOR} or later: use Node.js 22 or 24`);
  }
}
