import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  ImageReferenceError,
  parseImageReference
} from "./chunk-IAMAJJEA.js";
import {
  GateError,
  quoteInput
} from "./chunk-MSQ75MTB.js";

// src/reference/ecr.ts
var ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?(?::\d{1,5})?$/;
function isEcrHost(host) {
  return ECR_HOST.test(host);
}
function parseEcrReference(text, flag) {
  const bare = text.replace(/^docker:\/\//, "");
  let parsed;
  try {
    parsed = parseImageReference(bare);
  } catch (error) {
    if (error instanceof ImageReferenceError) throw new GateError(`${flag}: ${error.message}`);
    throw error;
  }
  const match = ECR_HOST.exec(parsed.registry);
  if (!match) throw new GateError(`${flag}: ${quoteInput(text)} is not an ECR image (expected ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST])`);
  const reference = { text, account: match[1], region: match[2], registry: parsed.registry, repository: parsed.path };
  if (parsed.digest !== void 0) reference.digest = parsed.digest;
  else reference.tag = parsed.tag ?? "latest";
  return reference;
}

export {
  ECR_HOST,
  isEcrHost,
  parseEcrReference
};
