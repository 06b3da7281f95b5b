import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ecrWildcardMatch } from "../../src/checks/registry-settings.ts";
import { runGate } from "../../src/gate.ts";
import { ACCOUNT, AwsStandIn, REGION, ecrRef, type EcrRepository } from "../helpers/aws-stand-in.ts";
import { policyDir } from "../helpers/supply-chain.ts";

let standIn: AwsStandIn;
beforeAll(async () => {
  standIn = await new AwsStandIn().start();
  Object.assign(process.env, standIn.env());
});
afterAll(() => standIn?.stop());
beforeEach(() => standIn.reset());

const GOOD: EcrRepository = {
  name: "app",
  imageTagMutability: "IMMUTABLE",
  encryptionType: "KMS",
  kmsKey: "arn:aws:kms:eu-west-1:123456789012:key/abc",
  scanFrequency: "SCAN_ON_PUSH",
  scanOnPush: true,
};

function settingsPolicy(extra = ""): string {
  return `${policyDir({ "policy.yaml": `version: 1\nchecks:\n  registry-settings:\n    action: fail\n${extra}` })}/policy.yaml`;
}

async function judge(repository: EcrRepository, options: { tag?: string; policy?: string; scanType?: "BASIC" | "ENHANCED" } = {}) {
  standIn.scanType = options.scanType ?? "BASIC";
  standIn.repositories.set(repository.name, repository);
  const { report } = await runGate({ ecrImage: ecrRef(repository.name, options.tag ?? "1.0"), policy: options.policy ?? settingsPolicy() });
  return report.findings.filter((finding) => finding.check === "registry-settings");
}

describe("registry-settings against the ECR API (stand-in through the SDK)", () => {
  it("passes an immutable, KMS-encrypted, scanned-on-push repository, reading it with the image's registryId", async () => {
    expect(await judge(GOOD)).toEqual([]);
    const described = standIn.calls.find((call) => call.operation === "DescribeRepositories")!;
    expect(described.body).toEqual({ registryId: ACCOUNT, repositoryNames: ["app"] });
    expect(standIn.calls.map((call) => call.operation)).toContain("BatchGetRepositoryScanningConfiguration");
  });

  it("reports each problem with the exact AWS CLI command that fixes it", async () => {
    const findings = await judge({ name: "app", imageTagMutability: "MUTABLE", encryptionType: "AES256", scanFrequency: "MANUAL", scanOnPush: false });
    expect(findings.map((finding) => finding.rule).sort()).toEqual(["mutable-tags", "no-kms-encryption", "scan-on-push-off"]);
    const byRule = Object.fromEntries(findings.map((finding) => [finding.rule, finding]));
    expect(byRule["mutable-tags"]!.message).toContain(
      `Fix: aws ecr put-image-tag-mutability --registry-id ${ACCOUNT} --repository-name app --image-tag-mutability IMMUTABLE --region ${REGION}`,
    );
    expect(byRule["scan-on-push-off"]!.message).toContain(
      `Fix: aws ecr put-registry-scanning-configuration --scan-type BASIC --rules '[{"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"app","filterType":"WILDCARD"}]}]' --region ${REGION}`,
    );
    expect(byRule["no-kms-encryption"]!.message).toContain("encrypted with AES256");
    expect(byRule["no-kms-encryption"]!.message).toContain("--encryption-configuration encryptionType=KMS");
    expect(findings[0]!.location).toEqual({ image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/app` });
  });

  it("judges IMMUTABLE_WITH_EXCLUSION by whether an exclusion filter matches the judged tag, and says which", async () => {
    const repository: EcrRepository = {
      ...GOOD,
      imageTagMutability: "IMMUTABLE_WITH_EXCLUSION",
      imageTagMutabilityExclusionFilters: [
        { filterType: "WILDCARD", filter: "latest" },
        { filterType: "WILDCARD", filter: "dev-*" },
      ],
    };
    expect(await judge(repository, { tag: "1.0" })).toEqual([]);
    const findings = await judge(repository, { tag: "dev-42" });
    expect(findings.map((finding) => finding.rule)).toEqual(["mutable-tags"]);
    expect(findings[0]!.message).toContain(`except those matching "dev-*", which the judged tag "dev-42" does`);
    // The fix keeps the other exclusion.
    expect(findings[0]!.message).toContain(
      "--image-tag-mutability IMMUTABLE_WITH_EXCLUSION --image-tag-mutability-exclusion-filters filterType=WILDCARD,filter=latest",
    );
  });

  it("judges enhanced scanning by whether a registry rule's filter covers the repository, keeping the other rules in the fix", async () => {
    standIn.scanningRules = [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "prod-*", filterType: "WILDCARD" }] }];
    const findings = await judge({ ...GOOD, scanFrequency: "SCAN_ON_PUSH" }, { scanType: "ENHANCED" });
    expect(findings.map((finding) => finding.rule)).toEqual(["scan-on-push-off"]);
    expect(findings[0]!.message).toContain('no scanning rule\'s filter ("prod-*") covers the repository app');
    expect(findings[0]!.message).toContain(
      `--scan-type ENHANCED --rules '[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"prod-*","filterType":"WILDCARD"},{"filter":"app","filterType":"WILDCARD"}]}]'`,
    );
    standIn.scanningRules = [{ scanFrequency: "SCAN_ON_PUSH", repositoryFilters: [{ filter: "a*", filterType: "WILDCARD" }] }];
    expect(await judge({ ...GOOD }, { scanType: "ENHANCED" })).toEqual([]);
  });

  it("counts KMS_DSSE as KMS, and require picks the rules that apply", async () => {
    expect(await judge({ ...GOOD, encryptionType: "KMS_DSSE" })).toEqual([]);
    const onlyTags = settingsPolicy("    require: [tag-immutability]\n");
    const findings = await judge({ name: "app", imageTagMutability: "MUTABLE", encryptionType: "AES256", scanFrequency: "MANUAL" }, { policy: onlyTags });
    expect(findings.map((finding) => finding.rule)).toEqual(["mutable-tags"]);
  });

  it("stops with one line when the repository is not the caller's account or AWS refuses", async () => {
    standIn.callerAccount = "210987654321";
    await expect(judge(GOOD)).rejects.toThrow(
      /registry-settings judges repositories of the caller's own account; the credentials are for account 210987654321/,
    );
    standIn.reset();
    standIn.deny.add("DescribeRepositories");
    await expect(judge(GOOD)).rejects.toThrow(/registry-settings cannot read the repository \(ecr:DescribeRepositories\): access denied/);
    standIn.reset();
    standIn.repositories.clear();
    await expect(runGate({ ecrImage: ecrRef("missing"), policy: settingsPolicy() })).rejects.toThrow(
      /ECR repository missing not found in account 123456789012/,
    );
  });

  it("makes no AWS request when off, and is not applicable without an ECR image", async () => {
    const off = `${policyDir({ "policy.yaml": "version: 1\nextends: strict\nchecks:\n  registry-settings: { action: off }\n  missing-attestations: { action: off }\n" })}/policy.yaml`;
    await runGate({ ecrImage: ecrRef("app"), policy: off });
    expect(standIn.calls).toEqual([]);
    const { report } = await runGate({ dockerfile: "examples/Dockerfile", policy: settingsPolicy() });
    expect(report.checks.find((check) => check.id === "registry-settings")).toMatchObject({
      action: "fail",
      notApplicable: expect.stringContaining("no ECR image"),
    });
    expect(standIn.calls).toEqual([]);
  });
});

describe("ECR wildcard filters", () => {
  it("match * against any run of characters, the rest literally", () => {
    expect(ecrWildcardMatch("dev-*", "dev-42")).toBe(true);
    expect(ecrWildcardMatch("dev-*", "prod-dev-1")).toBe(false);
    expect(ecrWildcardMatch("*", "anything/at/all")).toBe(true);
    expect(ecrWildcardMatch("v1.0", "v1x0")).toBe(false);
  });
});
