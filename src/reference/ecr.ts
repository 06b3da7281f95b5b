/** `ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST]`, the only references ECR answers for. */

import { GateError } from "../errors.ts";
import { ImageReferenceError, parseImageReference } from "./image.ts";
import { quoteInput } from "../secrets/redact.ts";

export interface EcrReference {
  /** As given, for messages. */
  text: string;
  account: string;
  region: string;
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** An ECR registry host; a port is accepted (ECR itself only answers on 443, but a proxy or a test may not). */
export const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?(?::\d{1,5})?$/;

/** True for an ECR registry host name. */
export function isEcrHost(host: string): boolean {
  return ECR_HOST.test(host);
}

export function parseEcrReference(text: string, flag: string): EcrReference {
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
  const reference: EcrReference = { text, account: match[1]!, region: match[2]!, registry: parsed.registry, repository: parsed.path };
  if (parsed.digest !== undefined) reference.digest = parsed.digest;
  else reference.tag = parsed.tag ?? "latest";
  return reference;
}
