import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCliAsync } from "../helpers/cli.ts";
import { AwsStandIn, digestOf, ecrRef, packageFinding } from "../helpers/aws-stand-in.ts";

/**
 * The built CLI in its own process against the stand-in, with the real clock: when one source is
 * definitely unavailable and the policy fails on that, the process exits with 2 in seconds,
 * although the other source is still waiting and `wait` allows ten minutes. A timer or request
 * left running would keep the process alive; the deadline here only catches such a hang.
 */
const standIn = new AwsStandIn();
beforeAll(() => standIn.start());
afterAll(() => standIn.stop());
beforeEach(() => standIn.reset());

function workdir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-gate-no-hang-"));
  writeFileSync(path.join(dir, ".image-gate.yaml"), "version: 1\nextends: default\nvulnerabilities:\n  sources: [ecr, inspector]\n  wait: 10m\n");
  return dir;
}

describe("one source unavailable, the other still waiting", () => {
  it("Inspector access denied while the ECR scan is IN_PROGRESS: exit 2 within seconds", async () => {
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["1.0"],
      digest: digestOf("no-hang-1"),
      statuses: [{ status: "IN_PROGRESS" }],
      findings: [packageFinding("CVE-2024-0001", "LOW", "bash", "5.2")],
    });
    standIn.deny.add("/coverage/list");
    const started = Date.now();
    const result = await runCliAsync(["--ecr-image", ecrRef("app", "1.0")], { cwd: workdir(), env: standIn.env(), timeoutMs: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /image-gate: error: Amazon Inspector findings for app@sha256:[0-9a-f]{64}: scan results unavailable: cannot read Inspector's coverage of the image: access denied \(AccessDeniedException/,
    );
    expect(seconds).toBeLessThan(20);
  }, 90_000);

  it("ECR access denied while Inspector's coverage is PENDING_INITIAL_SCAN: exit 2 within seconds", async () => {
    standIn.ecr.set("app", {
      repository: "app",
      tags: ["1.0"],
      digest: digestOf("no-hang-2"),
      coverage: [{ statusCode: "ACTIVE", reason: "PENDING_INITIAL_SCAN" }],
      findings: [],
    });
    standIn.deny.add("DescribeImageScanFindings");
    const started = Date.now();
    const result = await runCliAsync(["--ecr-image", ecrRef("app", "1.0")], { cwd: workdir(), env: standIn.env(), timeoutMs: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/image-gate: error: ECR enhanced scan of app@sha256:[0-9a-f]{64}: scan results unavailable: access denied/);
    expect(seconds).toBeLessThan(20);
  }, 90_000);
});
