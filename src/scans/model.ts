/** Vulnerability evidence from registry scans, normalized across ECR basic, ECR enhanced and Inspector. */

export type ScanSource = "ecr" | "inspector" | "file";

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
  /** Which scanner said so: `ecr-basic`, `ecr-enhanced`, `inspector`, or the results file. */
  source: string;
  link?: string;
  title?: string;
}

/** The outcome of reading one scan source. */
export interface ScanResult {
  source: ScanSource;
  /** How the report names it: `ECR enhanced scan of repo@sha256:…`, a file path. */
  label: string;
  status: "complete" | "unavailable";
  /** Why results are unavailable (scan FAILED, not covered, timed out, access denied, …). */
  reason?: string;
  scanType?: "basic" | "enhanced" | "inspector";
  vulnerabilities: Vulnerability[];
}
