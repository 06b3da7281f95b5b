/**
 * Schemas for every AWS response and results file the scan sources read, modelled on the SDK's
 * service models (client-ecr, client-inspector2). Unknown fields are allowed (AWS adds them);
 * a field of the wrong type is an error that names where it is, so a missing or odd field is a
 * clear "unavailable" (or exit 2 for a file), never `undefined` read as zero. Timestamps arrive
 * as Date (SDK), epoch seconds (the wire, AWS CLI v1) or ISO text (AWS CLI v2): all become ISO text.
 */

import * as z from "zod/mini";
import { optional, text, timestamp } from "../aws/shape.ts";

const vulnerablePackageSchema = z.looseObject({
  name: optional(text),
  version: optional(text),
  epoch: optional(z.number()),
  release: optional(text),
  arch: optional(text),
  packageManager: optional(text),
  filePath: optional(text),
  fixedInVersion: optional(text),
  remediation: optional(text),
});

/** Inspector's `Finding` and ECR's `EnhancedImageScanFinding`: the same shape (ECR enhanced scanning is Inspector underneath). */
const packageFindingSchema = z.looseObject({
  findingArn: optional(text),
  awsAccountId: optional(text),
  type: optional(text),
  title: optional(text),
  description: optional(text),
  severity: optional(text),
  status: optional(text),
  fixAvailable: optional(text),
  exploitAvailable: optional(text),
  inspectorScore: optional(z.number()),
  score: optional(z.number()),
  epss: optional(z.looseObject({ score: optional(z.number().check(z.gte(0), z.lte(1))) })),
  exploitabilityDetails: optional(z.looseObject({ lastKnownExploitAt: optional(timestamp) })),
  // Present on package vulnerability findings (the only type the gate reads); Inspector's other types lack it.
  packageVulnerabilityDetails: optional(
    z.looseObject({
      vulnerabilityId: text.check(z.minLength(1)),
      source: optional(text),
      sourceUrl: optional(text),
      vendorSeverity: optional(text),
      vulnerablePackages: optional(z.array(vulnerablePackageSchema)),
    }),
  ),
  resources: optional(
    z.array(
      z.looseObject({
        type: optional(text),
        id: optional(text),
        details: optional(
          z.looseObject({
            awsEcrContainerImage: optional(
              z.looseObject({
                imageHash: optional(text),
                repositoryName: optional(text),
                registry: optional(text),
                platform: optional(text),
                architecture: optional(text),
              }),
            ),
          }),
        ),
      }),
    ),
  ),
});
export type PackageFinding = z.infer<typeof packageFindingSchema>;

/** ECR basic scanning's `ImageScanFinding`: the CVE is `name`, the package is in `attributes`. */
const basicFindingSchema = z.looseObject({
  name: text.check(z.minLength(1)),
  description: optional(text),
  uri: optional(text),
  severity: optional(text),
  attributes: optional(z.array(z.looseObject({ key: text, value: optional(text) }))),
});
export type BasicFinding = z.infer<typeof basicFindingSchema>;

const imageScanStatusSchema = z.looseObject({ status: optional(text), description: optional(text) });

/** One page of DescribeImageScanFindings (also what `aws ecr describe-image-scan-findings` prints). */
export const imageScanFindingsPageSchema = z.looseObject({
  registryId: optional(text),
  repositoryName: optional(text),
  imageId: optional(z.looseObject({ imageDigest: optional(text), imageTag: optional(text) })),
  imageScanStatus: optional(imageScanStatusSchema),
  imageScanFindings: optional(
    z.looseObject({
      imageScanCompletedAt: optional(timestamp),
      vulnerabilitySourceUpdatedAt: optional(timestamp),
      findingSeverityCounts: optional(z.record(z.string(), z.number())),
      findings: optional(z.array(basicFindingSchema)),
      enhancedFindings: optional(z.array(packageFindingSchema)),
    }),
  ),
  nextToken: optional(text),
});
export type ImageScanFindingsPage = z.infer<typeof imageScanFindingsPageSchema>;

export const describeImagesSchema = z.looseObject({
  imageDetails: optional(
    z.array(
      z.looseObject({
        registryId: optional(text),
        repositoryName: optional(text),
        imageDigest: text.check(z.regex(/^sha256:[0-9a-f]{64}$/, "expected sha256:<64 hex>")),
        imageTags: optional(z.array(text)),
        imagePushedAt: optional(timestamp),
        imageManifestMediaType: optional(text),
        artifactMediaType: optional(text),
      }),
    ),
  ),
  nextToken: optional(text),
});

export const batchGetImageSchema = z.looseObject({
  images: optional(
    z.array(
      z.looseObject({
        registryId: optional(text),
        repositoryName: optional(text),
        imageId: optional(z.looseObject({ imageDigest: optional(text), imageTag: optional(text) })),
        imageManifest: optional(text),
        imageManifestMediaType: optional(text),
      }),
    ),
  ),
  failures: optional(
    z.array(
      z.looseObject({
        imageId: optional(z.looseObject({ imageDigest: optional(text), imageTag: optional(text) })),
        failureCode: optional(text),
        failureReason: optional(text),
      }),
    ),
  ),
});

export const registryScanningConfigurationSchema = z.looseObject({
  registryId: optional(text),
  scanningConfiguration: optional(z.looseObject({ scanType: optional(text), rules: optional(z.array(z.unknown())) })),
});

const coveredResourceSchema = z.looseObject({
  resourceType: optional(text),
  resourceId: optional(text),
  accountId: optional(text),
  scanType: optional(text),
  scanStatus: optional(z.looseObject({ statusCode: optional(text), reason: optional(text) })),
  lastScannedAt: optional(timestamp),
  scanMode: optional(text),
});
export type CoveredResource = z.infer<typeof coveredResourceSchema>;

export const listCoveragePageSchema = z.looseObject({ coveredResources: optional(z.array(coveredResourceSchema)), nextToken: optional(text) });

export const listFindingsPageSchema = z.looseObject({ findings: optional(z.array(packageFindingSchema)), nextToken: optional(text) });

export const findingDetailsSchema = z.looseObject({
  findingDetails: optional(
    z.array(
      z.looseObject({
        findingArn: optional(text),
        cisaData: optional(z.looseObject({ dateAdded: optional(timestamp), dateDue: optional(timestamp), action: optional(text) })),
        exploitObserved: optional(z.looseObject({ firstSeen: optional(timestamp), lastSeen: optional(timestamp) })),
        epssScore: optional(z.number().check(z.gte(0), z.lte(1))),
      }),
    ),
  ),
  errors: optional(z.array(z.looseObject({ findingArn: optional(text), errorCode: optional(text), errorMessage: optional(text) }))),
});
export type FindingDetails = z.infer<typeof findingDetailsSchema>;

/** CISA's KEV catalog (known_exploited_vulnerabilities.json). */
export const kevCatalogSchema = z.looseObject({
  catalogVersion: optional(text),
  vulnerabilities: z.array(
    z.looseObject({
      cveID: text.check(z.regex(/^CVE-\d{4}-\d{4,}$/, "expected a CVE id")),
      dateAdded: optional(text),
      dueDate: optional(text),
      requiredAction: optional(text),
    }),
  ),
});
