/** Vulnerability evidence from registry scans, normalized across ECR basic, ECR enhanced and Inspector. */

export type ScanSource = "ecr" | "inspector" | "file";

/** A CISA Known Exploited Vulnerabilities entry, as Inspector's finding details or the KEV catalog state it. */
export interface KevEntry {
  /** YYYY-MM-DD the CVE was added to the catalog. */
  dateAdded?: string;
  /** YYYY-MM-DD by which US federal agencies must remediate. */
  dueDate?: string;
  /** CISA's required action, when stated. */
  action?: string;
  /** Who said so: Inspector's BatchGetFindingDetails, or the policy's kev-catalog file. */
  source: "inspector" | "kev-catalog";
}

/** One vulnerable package as a scanner reported it. */
export interface Vulnerability {
  /** CVE or vendor id (`CVE-2024-12345`, `GHSA-…`, `ALAS-…`). */
  id: string;
  /** The vendor's severity as written (`CRITICAL`, `UNDEFINED`, `UNTRIAGED`, `INFORMATIONAL`, …). */
  vendorSeverity: string;
  package: string;
  version?: string;
  fixedIn?: string;
  /** Whether a fixed version exists for this package ("partial": for some of the packages). */
  fixAvailable: boolean | "partial" | "unknown";
  score?: number;
  /** Which scanner said so: `ecr-basic`, `ecr-enhanced`, `inspector`. */
  source: string;
  link?: string;
  title?: string;
  /** `suppressed`: an Amazon Inspector suppression rule matched it (CLOSED findings never get this far). */
  status: "active" | "suppressed";
  /** Inspector's finding ARN (ECR enhanced findings carry one too): the key for BatchGetFindingDetails. */
  findingArn?: string;
  /** The scanner knows a public exploit; undefined when the source does not say. */
  exploitAvailable?: boolean;
  /** When an exploit was last seen (ISO date), from Inspector. */
  lastKnownExploitAt?: string;
  /** EPSS probability (0–1); undefined when the source does not say. */
  epss?: number;
  /** Listed in CISA KEV (an entry), checked and not listed (false), or not known (undefined). */
  kev?: KevEntry | false;
  /** The platform image this finding is in (`linux/arm64`), when the scanned tag is a multi-platform index. */
  platform?: string;
  /** The manifest digest whose scan reported it. */
  imageDigest?: string;
}

/** The outcome of reading one scan source (for an index: one platform image of one source). */
export interface ScanResult {
  source: ScanSource;
  /** How the report names it: `ECR enhanced scan of repo@sha256:…`, a file path. */
  label: string;
  status: "complete" | "unavailable";
  /** Why results are unavailable (scan FAILED, not covered, timed out, access denied, …). */
  reason?: string;
  /** True when this source stopped because another one was definitely unavailable (not a cause itself). */
  cancelled?: boolean;
  /** `unknown`: another account's registry, whose scanning configuration the caller cannot read. */
  scanType?: "basic" | "enhanced" | "inspector" | "unknown";
  /** The platform image read (`linux/amd64`) when the tag is a multi-platform index, and its digest. */
  platform?: string;
  imageDigest?: string;
  /** Things a reader of the report should know about these results (KEV data unavailable, scan type unknown, …). */
  notes?: string[];
  vulnerabilities: Vulnerability[];
}
