/**
 * ECR basic or enhanced scan results for one image digest, read so that nothing unfinished is
 * ever counted: every page must itself carry a finished status (COMPLETE or ACTIVE), a findings
 * block and a completion time (the same on every page); otherwise the read starts over. An
 * enhanced scan also needs Inspector's coverage of the image to say the scan succeeded, since
 * ECR has answered COMPLETE with an empty findings block before the findings existed
 * (aws/aws-sdk#289). Two finished reads a pause apart must agree.
 */

import { GetRegistryScanningConfigurationCommand, paginateDescribeImageScanFindings, StartImageScanCommand } from "@aws-sdk/client-ecr";
import { GateError } from "../errors.ts";
import { describeAwsError, isTransient } from "../aws/sdk.ts";
import { readSettled, retryTransient, type AwsContext } from "./aws-context.ts";
import { coverageVerdict } from "./coverage.ts";
import type { EcrImageTarget } from "./ecr-image.ts";
import { ecrStatusVerdict } from "./ecr-status.ts";
import { attachFindingDetails, findCoverage } from "./inspector.ts";
import type { ScanResult, Vulnerability } from "./model.ts";
import { fromBasicFinding, fromPackageFinding, signatureOf } from "./normalize.ts";
import { isAbort, type Read } from "../poll.ts";
import { parseShape, ShapeError } from "../aws/shape.ts";
import { imageScanFindingsPageSchema, registryScanningConfigurationSchema, type ImageScanFindingsPage } from "./schemas.ts";

/** More pages than this is not a scan of one image (ECR gives at least 100 findings a page). */
const MAX_FINDING_PAGES = 1000;

/** The registry's scan type, and whether the image's registry is the caller's own. */
export type ScanningConfiguration =
  { state: "known"; scanType: "basic" | "enhanced" | "unknown"; callerRegistryId?: string; note?: string } | { state: "unavailable"; reason: string };

/**
 * GetRegistryScanningConfiguration describes the caller's registry only. For another account's
 * image the scan type is never inferred from it: it is `unknown`, and the report says so.
 */
export async function readScanningConfiguration(context: AwsContext): Promise<ScanningConfiguration> {
  try {
    const raw = await retryTransient(context, "ECR scanning configuration", () =>
      context.ecr.send(new GetRegistryScanningConfigurationCommand({}), { abortSignal: context.signal }),
    );
    const response = parseShape(registryScanningConfigurationSchema, raw, "GetRegistryScanningConfiguration");
    const caller = response.registryId;
    if (caller !== undefined && caller !== context.reference.account) {
      return {
        state: "known",
        scanType: "unknown",
        callerRegistryId: caller,
        note: `the scan type (basic or enhanced) could not be determined: the image is in account ${context.reference.account}'s registry, and ECR describes only the caller's (${caller}) scanning configuration`,
      };
    }
    const scanType = response.scanningConfiguration?.scanType;
    if (scanType === "ENHANCED") return { state: "known", scanType: "enhanced", ...(caller ? { callerRegistryId: caller } : {}) };
    if (scanType === "BASIC") return { state: "known", scanType: "basic", ...(caller ? { callerRegistryId: caller } : {}) };
    return { state: "unavailable", reason: `the registry's scanning configuration names no known scan type (${scanType ?? "none"})` };
  } catch (error) {
    if (isAbort(error)) throw error;
    if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from ECR: ${error.message}` };
    return { state: "unavailable", reason: `cannot read the registry's scanning configuration: ${describeAwsError(error)}` };
  }
}

/** ECR scan results for one image digest (a platform image when the tag is an index). */
export async function readEcrScan(context: AwsContext, configuration: ScanningConfiguration, image: EcrImageTarget): Promise<ScanResult> {
  const { reference } = context;
  const scanType = configuration.state === "known" ? configuration.scanType : undefined;
  const shown = `${reference.repository}@${image.digest}${image.platform ? ` (${image.platform})` : ""}`;
  const label = `ECR ${scanType && scanType !== "unknown" ? `${scanType} ` : ""}scan of ${shown}`;
  const base = {
    source: "ecr" as const,
    label,
    imageDigest: image.digest,
    ...(image.platform ? { platform: image.platform } : {}),
    ...(scanType ? { scanType } : {}),
  };
  const notes: string[] = configuration.state === "known" && configuration.note ? [configuration.note] : [];
  const unavailable = (reason: string): ScanResult => ({ ...base, status: "unavailable", reason, vulnerabilities: [], ...(notes.length ? { notes } : {}) });
  if (configuration.state === "unavailable") return unavailable(configuration.reason);

  let started = false;
  let coverageHidden = false;
  const readOnce = async (): Promise<Read<{ vulnerabilities: Vulnerability[]; closed: number }>> => {
    const pages: ImageScanFindingsPage[] = [];
    let completedAt: string | undefined;
    try {
      const paginator = paginateDescribeImageScanFindings(
        { client: context.ecr, stopOnSameToken: true },
        { registryId: reference.account, repositoryName: reference.repository, imageId: { imageDigest: image.digest }, maxResults: 1000 },
        { abortSignal: context.signal },
      );
      for await (const raw of paginator) {
        const number: number = pages.length + 1;
        const page: ImageScanFindingsPage = parseShape(imageScanFindingsPageSchema, raw, `DescribeImageScanFindings page ${number}`);
        const status = page.imageScanStatus?.status;
        const verdict = ecrStatusVerdict(status, page.imageScanStatus?.description);
        if (verdict.state !== "ready") return verdict.state === "wait" ? { state: "wait", reason: verdict.reason } : verdict;
        const block = page.imageScanFindings;
        if (!block) return { state: "wait", reason: `scan ${status} but no findings block yet${number > 1 ? ` (page ${number})` : ""}` };
        const at = block.imageScanCompletedAt;
        // ECR enhanced scan-on-push has answered COMPLETE with an empty block and no completion time, the findings arriving later.
        if (at === undefined) return { state: "wait", reason: `scan ${status} without a completion time: findings not written yet` };
        if (completedAt !== undefined && at !== completedAt) return { state: "wait", reason: "the scan changed while its pages were read" };
        completedAt = at;
        pages.push(page);
        if (pages.length > MAX_FINDING_PAGES) return { state: "unavailable", reason: `more than ${MAX_FINDING_PAGES} pages of findings` };
      }
    } catch (error) {
      if (isAbort(error)) throw error;
      const name = (error as Error).name;
      if (name === "ScanNotFoundException") {
        if (context.startScan && scanType === "basic" && !started) {
          started = true;
          try {
            await context.ecr.send(
              new StartImageScanCommand({ registryId: reference.account, repositoryName: reference.repository, imageId: { imageDigest: image.digest } }),
              { abortSignal: context.signal },
            );
          } catch (startError) {
            if (isAbort(startError)) throw startError;
            // Once a day per image: LimitExceeded means a scan exists already, so keep polling.
            if ((startError as Error).name !== "LimitExceededException")
              return { state: "unavailable", reason: `no scan exists and StartImageScan failed: ${describeAwsError(startError)}` };
          }
          return { state: "wait", reason: "scan started" };
        }
        return { state: "wait", reason: "scan not registered yet" };
      }
      if (name === "ImageNotFoundException")
        throw new GateError(`${reference.text}: image ${image.digest} not found in ECR repository ${reference.repository}`);
      if (isTransient(error)) return { state: "wait", reason: `throttled or failing (${name}), retrying` };
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from ECR: ${error.message}` };
      return { state: "unavailable", reason: describeAwsError(error) };
    }

    const vulnerabilities: Vulnerability[] = [];
    let closed = 0;
    let enhancedSeen = false;
    try {
      for (const [pageIndex, page] of pages.entries()) {
        for (const [index, finding] of (page.imageScanFindings?.enhancedFindings ?? []).entries()) {
          enhancedSeen = true;
          const found = fromPackageFinding(finding, "ecr-enhanced", `DescribeImageScanFindings page ${pageIndex + 1} enhancedFindings[${index}]`);
          if (found.length === 0) closed++;
          vulnerabilities.push(...found);
        }
        for (const finding of page.imageScanFindings?.findings ?? []) vulnerabilities.push(fromBasicFinding(finding));
      }
    } catch (error) {
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from ECR: ${error.message}` };
      throw error;
    }

    // Enhanced results count only once Inspector says its scan of this image succeeded.
    let scannedAt = "";
    if (scanType === "enhanced" || (scanType === "unknown" && enhancedSeen && !coverageHidden)) {
      let coverage;
      try {
        coverage = await findCoverage(context, image.digest);
      } catch (error) {
        if (isAbort(error)) throw error;
        if (isTransient(error)) return { state: "wait", reason: `Inspector coverage: throttled or failing (${(error as Error).name}), retrying` };
        if (scanType === "unknown") {
          coverageHidden = true;
        } else {
          const why = error instanceof ShapeError ? `unexpected answer from Inspector: ${error.message}` : describeAwsError(error);
          return { state: "unavailable", reason: `enhanced results need Inspector's coverage of the image (inspector2:ListCoverage): ${why}` };
        }
      }
      if (scanType === "unknown" && coverage === undefined) {
        // Another account's coverage is visible only to its Inspector administrator: judge by the scan status and completion time.
        coverageHidden = true;
      } else if (!coverageHidden) {
        const verdict = coverageVerdict(coverage);
        if (verdict.state === "wait") return { state: "wait", reason: verdict.reason };
        if (verdict.state === "unavailable") return verdict;
        scannedAt = verdict.lastScannedAt;
      }
    }
    return { state: "finished", value: { vulnerabilities, closed }, signature: `${completedAt}|${scannedAt}|${signatureOf(vulnerabilities)}` };
  };

  try {
    const outcome = await readSettled(
      context,
      `ECR ${scanType && scanType !== "unknown" ? `${scanType} ` : ""}scan of ${reference.repository}@${image.digest.slice(0, 19)}…${image.platform ? ` (${image.platform})` : ""}`,
      readOnce,
    );
    if (!outcome.ok) {
      if (outcome.timedOut)
        return unavailable(
          `the scan did not finish within the policy's wait (${Math.round(outcome.timedOut.waitedMs / 1000)} s; last state: ${outcome.timedOut.lastState})`,
        );
      return unavailable(outcome.reason);
    }
    const { vulnerabilities, closed } = outcome.value;
    if (closed > 0) notes.push(`${closed} CLOSED finding${closed === 1 ? "" : "s"} not counted`);
    if (coverageHidden)
      notes.push("Inspector's coverage of this image is not visible to the caller; completeness was judged by the scan status and its completion time");
    const missing = await attachFindingDetails(context, vulnerabilities, image);
    if (missing) notes.push(missing);
    return { ...base, status: "complete", vulnerabilities, ...(notes.length ? { notes } : {}) };
  } catch (error) {
    if (isAbort(error)) return { ...unavailable("cancelled: another scan source is unavailable"), cancelled: true };
    throw error;
  }
}
