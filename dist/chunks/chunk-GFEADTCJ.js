import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  notice
} from "./chunk-NLA4MBKA.js";

// src/aws/node-support.ts
var AWS_SDK_NODE_MAJOR = 22;
var SDK_SWITCH = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
function replaceAwsNodeWarning(version = process.version) {
  const silencedByUser = process.env[SDK_SWITCH] === "true";
  process.env[SDK_SWITCH] = "true";
  const major = Number(/^v(\d+)\./.exec(version)?.[1] ?? Number.NaN);
  if (!silencedByUser && major < AWS_SDK_NODE_MAJOR) {
    notice(`Node.js ${version} is past its end of life and AWS SDK releases from 2027 will need Node.js ${AWS_SDK_NODE_MAJOR} or later: use Node.js 22 or 24`);
  }
}

export {
  replaceAwsNodeWarning
};
