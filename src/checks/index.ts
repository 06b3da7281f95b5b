/** Every check, in the order reports list them. Adding a check: one file here and its test. */

import { curlPipeShell } from "./curl-pipe-shell.ts";
import { duplicateIds } from "./duplicate-ids.ts";
import { emptyPassword } from "./empty-password.ts";
import { expiredException } from "./expired-exception.ts";
import { insecureDownload } from "./insecure-download.ts";
import { missingAttestations } from "./missing-attestations.ts";
import { missingHealthcheck } from "./missing-healthcheck.ts";
import { mutableTag } from "./mutable-tag.ts";
import { outdatedBaseImage } from "./outdated-base-image.ts";
import { packageCache } from "./package-cache.ts";
import { registrySettings } from "./registry-settings.ts";
import { rootUser } from "./root-user.ts";
import { secret } from "./secret.ts";
import { secretBuildArg } from "./secret-build-arg.ts";
import { setuidFiles } from "./setuid-files.ts";
import { sshPortExposed } from "./ssh-port-exposed.ts";
import { sudo } from "./sudo.ts";
import { tlsVerificationDisabled } from "./tls-verification-disabled.ts";
import type { Check } from "./types.ts";
import { unpinnedPackages } from "./unpinned-packages.ts";
import { unscannedContent } from "./unscanned-content.ts";
import { unsignedBaseImage } from "./unsigned-base-image.ts";
import { unsignedImage } from "./unsigned-image.ts";
import { unusedException } from "./unused-exception.ts";
import { untrustedBaseImage } from "./untrusted-base-image.ts";
import { unverifiedDownload } from "./unverified-download.ts";
import { unverifiedPackages } from "./unverified-packages.ts";
import { vulnerability } from "./vulnerability.ts";
import { worldWritableFiles } from "./world-writable-files.ts";

// oxlint-disable-next-line no-explicit-any -- each check has its own options type; the registry holds them all
export const CHECKS: readonly Check<any>[] = [
  rootUser,
  secret,
  untrustedBaseImage,
  mutableTag,
  vulnerability,
  unsignedImage,
  unsignedBaseImage,
  missingAttestations,
  registrySettings,
  outdatedBaseImage,
  secretBuildArg,
  emptyPassword,
  duplicateIds,
  setuidFiles,
  worldWritableFiles,
  unscannedContent,
  tlsVerificationDisabled,
  unverifiedPackages,
  curlPipeShell,
  unverifiedDownload,
  insecureDownload,
  unpinnedPackages,
  sudo,
  sshPortExposed,
  missingHealthcheck,
  packageCache,
  expiredException,
  unusedException,
];

/** The five checks the specification names; everything else is hardening. */
export const CORE_CHECKS = new Set(["root-user", "secret", "untrusted-base-image", "mutable-tag", "vulnerability"]);

/** Old check names that policies may still use, and the check that took each over. */
export const CHECK_ALIASES: Readonly<Record<string, string>> = { "add-remote-url": "unverified-download" };
