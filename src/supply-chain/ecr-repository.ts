/**
 * The settings of the ECR repository behind an image, for registry-settings: tag mutability and
 * its exclusion filters and encryption (DescribeRepositories with the image's registryId), and
 * the repository's effective scanning configuration (GetRegistryScanningConfiguration and
 * BatchGetRepositoryScanningConfiguration, which describe the caller's own registry only).
 */

import {
  BatchGetRepositoryScanningConfigurationCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand,
} from "@aws-sdk/client-ecr";
import * as z from "zod/mini";
import { GateError } from "../errors.ts";
import type { RepositorySettings } from "./model.ts";
import { describeAwsError } from "../aws/sdk.ts";
import type { EcrReference } from "../reference/ecr.ts";

const filterSchema = z.object({ filter: z.string(), filterType: z.string() });

const repositorySchema = z.looseObject({
  repositoryName: z.string(),
  registryId: z.optional(z.string()),
  imageTagMutability: z.optional(z.string()),
  imageTagMutabilityExclusionFilters: z.optional(z.nullable(z.array(filterSchema))),
  encryptionConfiguration: z.optional(z.looseObject({ encryptionType: z.string(), kmsKey: z.optional(z.string()) })),
});

const registryScanningSchema = z.looseObject({
  registryId: z.optional(z.string()),
  scanningConfiguration: z.optional(
    z.looseObject({
      scanType: z.optional(z.string()),
      rules: z.optional(z.nullable(z.array(z.looseObject({ scanFrequency: z.string(), repositoryFilters: z.optional(z.nullable(z.array(filterSchema))) })))),
    }),
  ),
});

const repositoryScanningSchema = z.looseObject({
  scanningConfigurations: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          repositoryArn: z.optional(z.string()),
          repositoryName: z.optional(z.string()),
          scanOnPush: z.optional(z.boolean()),
          scanFrequency: z.optional(z.string()),
          appliedScanFilters: z.optional(z.nullable(z.array(filterSchema))),
        }),
      ),
    ),
  ),
  failures: z.optional(
    z.nullable(z.array(z.looseObject({ repositoryName: z.optional(z.string()), failureCode: z.optional(z.string()), failureReason: z.optional(z.string()) }))),
  ),
});

function checked<T>(schema: z.ZodMiniType<T>, value: unknown, operation: string, reference: EcrReference): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new GateError(`${reference.text}: unexpected ${operation} answer (${issue.path.join(".") || "response"}: ${issue.message})`);
  }
  return result.data;
}

async function call<T>(reference: EcrReference, operation: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if ((error as Error).name === "RepositoryNotFoundException")
      throw new GateError(`${reference.text}: ECR repository ${reference.repository} not found in account ${reference.account} (${reference.region})`);
    throw new GateError(`${reference.text}: registry-settings cannot read the repository (ecr:${operation}): ${describeAwsError(error)}`);
  }
}

/** Reads the repository's settings; throws GateError when AWS cannot say (the check fails closed). */
export async function readRepositorySettings(reference: EcrReference): Promise<RepositorySettings> {
  const client = new ECRClient({ region: reference.region, requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 } });
  const described = await call(reference, "DescribeRepositories", () =>
    client.send(new DescribeRepositoriesCommand({ registryId: reference.account, repositoryNames: [reference.repository] })),
  );
  const repository = checked(z.array(repositorySchema), described.repositories ?? [], "DescribeRepositories", reference).find(
    (entry) => entry.repositoryName === reference.repository,
  );
  if (!repository) throw new GateError(`${reference.text}: DescribeRepositories did not return repository ${reference.repository}`);

  const registry = checked(
    registryScanningSchema,
    await call(reference, "GetRegistryScanningConfiguration", () => client.send(new GetRegistryScanningConfigurationCommand({}))),
    "GetRegistryScanningConfiguration",
    reference,
  );
  // The scanning APIs describe the caller's registry only: another account's answer would be about the wrong repository.
  if (registry.registryId !== undefined && registry.registryId !== reference.account) {
    throw new GateError(
      `${reference.text}: registry-settings judges repositories of the caller's own account; the credentials are for account ${registry.registryId}, the repository is in ${reference.account}`,
    );
  }
  const scanning = checked(
    repositoryScanningSchema,
    await call(reference, "BatchGetRepositoryScanningConfiguration", () =>
      client.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: [reference.repository] })),
    ),
    "BatchGetRepositoryScanningConfiguration",
    reference,
  );
  const failure = scanning.failures?.find((entry) => entry.repositoryName === reference.repository);
  const configuration = scanning.scanningConfigurations?.find((entry) => entry.repositoryName === reference.repository);
  if (!configuration) {
    throw new GateError(
      `${reference.text}: BatchGetRepositoryScanningConfiguration has no configuration for ${reference.repository}${failure ? ` (${failure.failureCode ?? "failure"}: ${failure.failureReason ?? ""})` : ""}`,
    );
  }
  const arnAccount = /^arn:aws[\w-]*:ecr:[\w-]+:(\d{12}):/.exec(configuration.repositoryArn ?? "")?.[1];
  if (arnAccount !== undefined && arnAccount !== reference.account) {
    throw new GateError(`${reference.text}: the scanning configuration returned is for account ${arnAccount}, not ${reference.account}`);
  }

  const settings: RepositorySettings = {
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
      repositoryFilters: rule.repositoryFilters ?? [],
    })),
  };
  if (reference.tag !== undefined) settings.tag = reference.tag;
  if (repository.encryptionConfiguration?.kmsKey) settings.kmsKey = repository.encryptionConfiguration.kmsKey;
  if (configuration.scanFrequency !== undefined) settings.scanFrequency = configuration.scanFrequency;
  if (configuration.scanOnPush !== undefined) settings.scanOnPush = configuration.scanOnPush;
  return settings;
}
