import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  describeAwsError,
  require_dist_cjs3 as require_dist_cjs
} from "./chunk-NR2AOQR3.js";
import {
  GateError
} from "./chunk-MSQ75MTB.js";
import {
  array,
  boolean,
  looseObject,
  nullable,
  object,
  optional,
  string
} from "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-KT6VUTM3.js";
import {
  __toESM
} from "./chunk-ENLSQBIW.js";

// src/supply-chain/ecr-repository.ts
var import_client_ecr = __toESM(require_dist_cjs(), 1);
var filterSchema = object({ filter: string(), filterType: string() });
var repositorySchema = looseObject({
  repositoryName: string(),
  registryId: optional(string()),
  imageTagMutability: optional(string()),
  imageTagMutabilityExclusionFilters: optional(nullable(array(filterSchema))),
  encryptionConfiguration: optional(looseObject({ encryptionType: string(), kmsKey: optional(string()) }))
});
var registryScanningSchema = looseObject({
  registryId: optional(string()),
  scanningConfiguration: optional(
    looseObject({
      scanType: optional(string()),
      rules: optional(nullable(array(looseObject({ scanFrequency: string(), repositoryFilters: optional(nullable(array(filterSchema))) }))))
    })
  )
});
var repositoryScanningSchema = looseObject({
  scanningConfigurations: optional(
    nullable(
      array(
        looseObject({
          repositoryArn: optional(string()),
          repositoryName: optional(string()),
          scanOnPush: optional(boolean()),
          scanFrequency: optional(string()),
          appliedScanFilters: optional(nullable(array(filterSchema)))
        })
      )
    )
  ),
  failures: optional(
    nullable(array(looseObject({ repositoryName: optional(string()), failureCode: optional(string()), failureReason: optional(string()) })))
  )
});
function checked(schema, value, operation, reference) {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new GateError(`${reference.text}: unexpected ${operation} answer (${issue.path.join(".") || "response"}: ${issue.message})`);
  }
  return result.data;
}
async function call(reference, operation, send) {
  try {
    return await send();
  } catch (error) {
    if (error.name === "RepositoryNotFoundException")
      throw new GateError(`${reference.text}: ECR repository ${reference.repository} not found in account ${reference.account} (${reference.region})`);
    throw new GateError(`${reference.text}: registry-settings cannot read the repository (ecr:${operation}): ${describeAwsError(error)}`);
  }
}
async function readRepositorySettings(reference) {
  const client = new import_client_ecr.ECRClient({ region: reference.region, requestHandler: { connectionTimeout: 1e4, requestTimeout: 6e4 } });
  const described = await call(
    reference,
    "DescribeRepositories",
    () => client.send(new import_client_ecr.DescribeRepositoriesCommand({ registryId: reference.account, repositoryNames: [reference.repository] }))
  );
  const repository = checked(array(repositorySchema), described.repositories ?? [], "DescribeRepositories", reference).find(
    (entry) => entry.repositoryName === reference.repository
  );
  if (!repository) throw new GateError(`${reference.text}: DescribeRepositories did not return repository ${reference.repository}`);
  const registry = checked(
    registryScanningSchema,
    await call(reference, "GetRegistryScanningConfiguration", () => client.send(new import_client_ecr.GetRegistryScanningConfigurationCommand({}))),
    "GetRegistryScanningConfiguration",
    reference
  );
  if (registry.registryId !== void 0 && registry.registryId !== reference.account) {
    throw new GateError(
      `${reference.text}: registry-settings judges repositories of the caller's own account; the credentials are for account ${registry.registryId}, the repository is in ${reference.account}`
    );
  }
  const scanning = checked(
    repositoryScanningSchema,
    await call(
      reference,
      "BatchGetRepositoryScanningConfiguration",
      () => client.send(new import_client_ecr.BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: [reference.repository] }))
    ),
    "BatchGetRepositoryScanningConfiguration",
    reference
  );
  const failure = scanning.failures?.find((entry) => entry.repositoryName === reference.repository);
  const configuration = scanning.scanningConfigurations?.find((entry) => entry.repositoryName === reference.repository);
  if (!configuration) {
    throw new GateError(
      `${reference.text}: BatchGetRepositoryScanningConfiguration has no configuration for ${reference.repository}${failure ? ` (${failure.failureCode ?? "failure"}: ${failure.failureReason ?? ""})` : ""}`
    );
  }
  const arnAccount = /^arn:aws[\w-]*:ecr:[\w-]+:(\d{12}):/.exec(configuration.repositoryArn ?? "")?.[1];
  if (arnAccount !== void 0 && arnAccount !== reference.account) {
    throw new GateError(`${reference.text}: the scanning configuration returned is for account ${arnAccount}, not ${reference.account}`);
  }
  const settings = {
    repository: `${reference.registry.replace(/:\d+$/, "")}/${reference.repository}`,
    account: reference.account,
    region: reference.region,
    name: reference.repository,
    // Absent means the API default, MUTABLE.
    tagMutability: repository.imageTagMutability ?? "MUTABLE",
    exclusionFilters: repository.imageTagMutabilityExclusionFilters ?? [],
    encryptionType: repository.encryptionConfiguration?.encryptionType ?? "AES256",
    scanType: registry.scanningConfiguration?.scanType === "ENHANCED" ? "ENHANCED" : "BASIC",
    appliedScanFilters: configuration.appliedScanFilters ?? [],
    registryRules: (registry.scanningConfiguration?.rules ?? []).map((rule) => ({
      scanFrequency: rule.scanFrequency,
      repositoryFilters: rule.repositoryFilters ?? []
    }))
  };
  if (reference.tag !== void 0) settings.tag = reference.tag;
  if (repository.encryptionConfiguration?.kmsKey) settings.kmsKey = repository.encryptionConfiguration.kmsKey;
  if (configuration.scanFrequency !== void 0) settings.scanFrequency = configuration.scanFrequency;
  if (configuration.scanOnPush !== void 0) settings.scanOnPush = configuration.scanOnPush;
  return settings;
}
export {
  readRepositorySettings
};
