/**
 * Amazon Inspector as a scan source for one ECR image digest: its coverage first (ListCoverage,
 * filtered on the image's resource id and account, so a poll costs one request, not a walk over
 * the repository), then ListFindings for ACTIVE and SUPPRESSED package findings of exactly that
 * image, read until two reads agree. Finding details (CISA KEV, exploit observed, EPSS) come from
 * BatchGetFindingDetails, ten ARNs a call, for ECR enhanced findings too (they are Inspector's).
 */

import { BatchGetFindingDetailsCommand, paginateListCoverage, paginateListFindings } from "@aws-sdk/client-inspector2";
import { describeAwsError, isTransient } from "../aws/sdk.ts";
import { ecrImageResourceId, readSettled, retryTransient, type AwsContext, type FindingDetail } from "./aws-context.ts";
import { coverageVerdict } from "./coverage.ts";
import type { EcrImageTarget } from "./ecr-image.ts";
import type { ScanResult, Vulnerability } from "./model.ts";
import { fromPackageFinding, signatureOf } from "./normalize.ts";
import { isAbort, type Read } from "../poll.ts";
import { parseShape, ShapeError } from "../aws/shape.ts";
import { findingDetailsSchema, listCoveragePageSchema, listFindingsPageSchema, type CoveredResource } from "./schemas.ts";

/** With the resource id filter at most one resource matches; more pages than this means the filter was not applied. */
const MAX_COVERAGE_PAGES = 10;
const MAX_FINDING_PAGES = 1000;
/** BatchGetFindingDetails takes at most ten ARNs a call. */
const DETAILS_PER_CALL = 10;

const equals = (value: string) => [{ comparison: "EQUALS" as const, value }];

/** Inspector's coverage entry for the image, or undefined when Inspector does not list it (yet). Errors are thrown for the caller to judge. */
export async function findCoverage(context: AwsContext, digest: string): Promise<CoveredResource | undefined> {
  const { reference } = context;
  const resourceId = ecrImageResourceId(reference, digest);
  const paginator = paginateListCoverage(
    { client: context.inspector, stopOnSameToken: true },
    {
      filterCriteria: {
        resourceType: equals("AWS_ECR_CONTAINER_IMAGE"),
        resourceId: equals(resourceId),
        accountId: equals(reference.account),
        ecrRepositoryName: equals(reference.repository),
      },
      maxResults: 100,
    },
    { abortSignal: context.signal },
  );
  let pages = 0;
  for await (const raw of paginator) {
    const page = parseShape(listCoveragePageSchema, raw, `ListCoverage page ${++pages}`);
    // The filter is trusted to narrow the list, never to decide: the entry must name this image.
    const found = (page.coveredResources ?? []).find(
      (resource) => resource.resourceId === resourceId && (resource.accountId ?? reference.account) === reference.account,
    );
    if (found) return found;
    if (pages >= MAX_COVERAGE_PAGES) break;
  }
  return undefined;
}

/** Amazon Inspector findings for one ECR image digest, once Inspector's coverage says its scan succeeded. */
export async function readInspectorFindings(context: AwsContext, image: EcrImageTarget): Promise<ScanResult> {
  const { reference } = context;
  const shown = `${reference.repository}@${image.digest}${image.platform ? ` (${image.platform})` : ""}`;
  const base = {
    source: "inspector" as const,
    label: `Amazon Inspector findings for ${shown}`,
    scanType: "inspector" as const,
    imageDigest: image.digest,
    ...(image.platform ? { platform: image.platform } : {}),
  };
  const unavailable = (reason: string): ScanResult => ({ ...base, status: "unavailable", reason, vulnerabilities: [] });

  const readOnce = async (): Promise<Read<{ vulnerabilities: Vulnerability[]; closed: number }>> => {
    let scannedAt: string;
    try {
      const verdict = coverageVerdict(await findCoverage(context, image.digest));
      if (verdict.state !== "ready") return verdict;
      scannedAt = verdict.lastScannedAt;
    } catch (error) {
      if (isAbort(error)) throw error;
      if (isTransient(error)) return { state: "wait", reason: `coverage: throttled or failing (${(error as Error).name}), retrying` };
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from Inspector: ${error.message}` };
      return { state: "unavailable", reason: `cannot read Inspector's coverage of the image: ${describeAwsError(error)}` };
    }
    const vulnerabilities: Vulnerability[] = [];
    let closed = 0;
    try {
      const paginator = paginateListFindings(
        { client: context.inspector, stopOnSameToken: true },
        {
          // Always an explicit status filter: ListFindings has returned CLOSED findings to callers that did not ask.
          // SUPPRESSED ones are read too: a suppression rule is the account's decision, and the report shows it.
          filterCriteria: {
            awsAccountId: equals(reference.account),
            ecrImageHash: equals(image.digest),
            ecrImageRepositoryName: equals(reference.repository),
            findingStatus: [...equals("ACTIVE"), ...equals("SUPPRESSED")],
            findingType: equals("PACKAGE_VULNERABILITY"),
          },
          maxResults: 100,
        },
        { abortSignal: context.signal },
      );
      let pages = 0;
      for await (const raw of paginator) {
        const page = parseShape(listFindingsPageSchema, raw, `ListFindings page ${++pages}`);
        for (const [index, finding] of (page.findings ?? []).entries()) {
          const hashes = (finding.resources ?? []).map((resource) => resource.details?.awsEcrContainerImage?.imageHash).filter((hash) => hash !== undefined);
          if (hashes.length > 0 && !hashes.includes(image.digest))
            return { state: "unavailable", reason: `Inspector returned a finding for another image (page ${pages} finding ${index + 1}: ${hashes[0]})` };
          if (finding.type !== undefined && finding.type !== "PACKAGE_VULNERABILITY") continue;
          const found = fromPackageFinding(finding, "inspector", `ListFindings page ${pages} findings[${index}]`);
          if (found.length === 0) closed++;
          vulnerabilities.push(...found);
        }
        if (pages >= MAX_FINDING_PAGES) return { state: "unavailable", reason: `more than ${MAX_FINDING_PAGES} pages of findings` };
      }
    } catch (error) {
      if (isAbort(error)) throw error;
      if (isTransient(error)) return { state: "wait", reason: `findings: throttled or failing (${(error as Error).name}), retrying` };
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from Inspector: ${error.message}` };
      return { state: "unavailable", reason: `cannot list Inspector's findings: ${describeAwsError(error)}` };
    }
    return { state: "finished", value: { vulnerabilities, closed }, signature: `${scannedAt}|${signatureOf(vulnerabilities)}` };
  };

  try {
    const outcome = await readSettled(
      context,
      `Inspector coverage of ${reference.repository}@${image.digest.slice(0, 19)}…${image.platform ? ` (${image.platform})` : ""}`,
      readOnce,
    );
    if (!outcome.ok) {
      if (outcome.timedOut)
        return unavailable(
          `Inspector did not finish scanning the image within the policy's wait (${Math.round(outcome.timedOut.waitedMs / 1000)} s; last state: ${outcome.timedOut.lastState})`,
        );
      return unavailable(outcome.reason);
    }
    const { vulnerabilities, closed } = outcome.value;
    const notes: string[] = [];
    if (closed > 0) notes.push(`${closed} CLOSED finding${closed === 1 ? "" : "s"} not counted`);
    const missing = await attachFindingDetails(context, vulnerabilities, image);
    if (missing) notes.push(missing);
    return { ...base, status: "complete", vulnerabilities, ...(notes.length ? { notes } : {}) };
  } catch (error) {
    if (isAbort(error)) return { ...unavailable("cancelled: another scan source is unavailable"), cancelled: true };
    throw error;
  }
}

/** Calls BatchGetFindingDetails for up to ten ARNs; failures become per-ARN `unavailable` (aborts are thrown). */
async function fetchDetails(context: AwsContext, arns: string[]): Promise<Map<string, FindingDetail>> {
  const result = new Map<string, FindingDetail>();
  try {
    const raw = await retryTransient(context, "Inspector finding details", () =>
      context.inspector.send(new BatchGetFindingDetailsCommand({ findingArns: arns }), { abortSignal: context.signal }),
    );
    const response = parseShape(findingDetailsSchema, raw, "BatchGetFindingDetails");
    for (const detail of response.findingDetails ?? []) {
      if (detail.findingArn === undefined || !arns.includes(detail.findingArn)) continue;
      const cisa = detail.cisaData;
      const kev = cisa
        ? {
            ...(cisa.dateAdded !== undefined ? { dateAdded: cisa.dateAdded.slice(0, 10) } : {}),
            ...(cisa.dateDue !== undefined ? { dueDate: cisa.dateDue.slice(0, 10) } : {}),
            ...(cisa.action !== undefined ? { action: cisa.action } : {}),
          }
        : false;
      const found: FindingDetail = { state: "found", kev };
      if (detail.epssScore !== undefined) found.epss = detail.epssScore;
      const seen = detail.exploitObserved?.lastSeen ?? detail.exploitObserved?.firstSeen;
      if (seen !== undefined) found.exploitLastSeen = seen;
      result.set(detail.findingArn, found);
    }
    for (const error of response.errors ?? []) {
      if (error.findingArn !== undefined && !result.has(error.findingArn))
        result.set(error.findingArn, { state: "unavailable", reason: `${error.errorCode ?? "error"}${error.errorMessage ? `: ${error.errorMessage}` : ""}` });
    }
    for (const arn of arns) if (!result.has(arn)) result.set(arn, { state: "unavailable", reason: "not in BatchGetFindingDetails' answer" });
  } catch (error) {
    if (isAbort(error)) throw error;
    const reason = error instanceof ShapeError ? `unexpected answer from Inspector: ${error.message}` : describeAwsError(error);
    for (const arn of arns) result.set(arn, { state: "unavailable", reason });
  }
  return result;
}

/**
 * Names the image in every vulnerability, and adds CISA KEV, EPSS and exploit-observed facts from Inspector's finding details to every
 * vulnerability with a finding ARN. Returns a note when some could not be read (their KEV status
 * stays unknown; it is never guessed as "not listed").
 */
export async function attachFindingDetails(context: AwsContext, vulnerabilities: Vulnerability[], image: EcrImageTarget): Promise<string | undefined> {
  // Each finding names the image (and platform) it was found in.
  for (const vulnerability of vulnerabilities) {
    vulnerability.imageDigest = image.digest;
    if (image.platform) vulnerability.platform = image.platform;
  }
  const arns = [...new Set(vulnerabilities.map((vulnerability) => vulnerability.findingArn).filter((arn): arn is string => arn !== undefined))];
  if (arns.length === 0) return undefined;
  // One call at a time (a shared queue for both readers): details are many small calls and throttle easily.
  const fresh = arns.filter((arn) => !context.findingDetails.has(arn));
  let queue: Promise<unknown> = Promise.all(context.findingDetails.values()).catch(() => undefined);
  for (let start = 0; start < fresh.length; start += DETAILS_PER_CALL) {
    const chunk = fresh.slice(start, start + DETAILS_PER_CALL);
    const call = queue.then(() => fetchDetails(context, chunk));
    queue = call.catch(() => undefined);
    for (const arn of chunk) {
      const entry = call.then((map) => map.get(arn));
      // A cancelled run rejects these; the reader that awaits them sees it, the others must not be unhandled.
      entry.catch(() => undefined);
      context.findingDetails.set(arn, entry);
    }
  }
  const details = new Map<string, FindingDetail | undefined>();
  for (const arn of arns) details.set(arn, await context.findingDetails.get(arn));
  const failures: string[] = [];
  for (const vulnerability of vulnerabilities) {
    const detail = vulnerability.findingArn === undefined ? undefined : details.get(vulnerability.findingArn);
    if (!detail) continue;
    if (detail.state === "unavailable") {
      failures.push(detail.reason);
      continue;
    }
    vulnerability.kev = detail.kev === false ? false : { ...detail.kev, source: "inspector" };
    if (vulnerability.epss === undefined && detail.epss !== undefined) vulnerability.epss = detail.epss;
    if (detail.exploitLastSeen !== undefined) {
      // Exploitation observed in the wild outranks a scanner's "no known exploit".
      if (vulnerability.lastKnownExploitAt === undefined || detail.exploitLastSeen > vulnerability.lastKnownExploitAt)
        vulnerability.lastKnownExploitAt = detail.exploitLastSeen;
      vulnerability.exploitAvailable = true;
    }
  }
  if (failures.length === 0) return undefined;
  return `CISA KEV and exploit details unavailable for ${failures.length} finding${failures.length === 1 ? "" : "s"} (BatchGetFindingDetails: ${failures[0]})`;
}
