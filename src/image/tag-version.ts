/**
 * What an image tag says about its version, as SPEC §3 reads it: `[v]VERSION[-SUFFIX]`, with
 * semver's loose parsing and coercion (`20` is 20, `1.25` is 1.25, `v1.2.3` is 1.2.3). A suffix
 * that is a pre-release marker makes a pre-release; any other suffix is a variant, and tags are
 * only compared with tags of the same variant. Also: the tags that move by convention.
 */

import { compare as compareSemver, parse as parseSemver, type SemVer } from "semver";

export type Precision = "major" | "minor" | "patch";
export const PRECISIONS: readonly Precision[] = ["major", "minor", "patch"];

/** A tag read as a version. */
export interface VersionTag {
  tag: string;
  /** The release version (major.minor.patch, missing parts 0), with the pre-release if there is one. */
  version: SemVer;
  /** How many parts the tag writes: `20` major, `20.11` minor, `20.11.1` (or more) patch. */
  precision: Precision;
  /** A fourth number (`1.2.3.4`, `21.0.2_13`): a rebuild of the same release, newer when higher. */
  build: number;
  /** The suffix that is not a pre-release marker (`alpine`, `slim-bookworm`); "" for none. */
  variant: string;
  prerelease: boolean;
  /** Written with a leading `v`. */
  prefixed: boolean;
}

// `rc`, `alpha`, `beta`, `preview`, `dev`, `pre`, optionally followed by `.N` or `N`; Python's
// `a1`, `b2` and `rc1` written straight after the version (`3.13.0b2`) are read the same way.
const PRERELEASE_MARKER = /^(?:rc|alpha|beta|preview|dev|pre)(?:\.?\d+)?$/i;
const ATTACHED_PRERELEASE = /^(?:rc|alpha|beta|preview|dev|pre|a|b)\.?\d*$/i;
const VERSION_TAG = /^(v?)(\d{1,9}(?:\.\d{1,9}){0,2})(?:[._](\d{1,9}))?([A-Za-z][A-Za-z0-9.]*)?(?:-(.+))?$/;

/** Reads a tag as a version; undefined for tags that are not version tags (`bookworm`, `latest`, `sha-1a2b`). */
export function parseVersionTag(tag: string): VersionTag | undefined {
  const match = VERSION_TAG.exec(tag);
  if (!match) return undefined;
  const [, v = "", numbers = "", fourth, attached, suffix] = match;
  // A fourth number only after three (`1.2.3.4`, `21.0.2_13`); `1.2_3` is not a version.
  const parts = numbers.split(".");
  if (fourth !== undefined && parts.length < 3) return undefined;
  let prereleaseText: string | undefined;
  if (attached !== undefined) {
    if (!ATTACHED_PRERELEASE.test(attached)) return undefined;
    prereleaseText = attached;
  }
  let variant = "";
  if (suffix !== undefined) {
    const [first = "", ...rest] = suffix.split("-");
    if (prereleaseText === undefined && PRERELEASE_MARKER.test(first)) {
      prereleaseText = first;
      variant = rest.join("-");
    } else {
      variant = suffix;
    }
    if (variant === "" && prereleaseText === undefined) return undefined;
  }
  const release = [parts[0], parts[1] ?? "0", parts[2] ?? "0"].map((part) => String(Number(part))).join(".");
  const text =
    prereleaseText === undefined
      ? release
      : `${release}-${prereleaseText.toLowerCase().replace(/^([a-z]+)\.?(\d*)$/, (_all, word: string, n: string) => (n ? `${word}.${n}` : word))}`;
  const version = parseSemver(text, { loose: true });
  if (!version) return undefined;
  return {
    tag,
    version,
    precision: parts.length === 1 ? "major" : parts.length === 2 ? "minor" : "patch",
    build: fourth === undefined ? 0 : Number(fourth),
    variant,
    prerelease: prereleaseText !== undefined,
    prefixed: v === "v",
  };
}

/** Orders version tags: version, then the rebuild number, then more precise tags first. */
export function compareVersionTags(a: VersionTag, b: VersionTag): number {
  return compareSemver(a.version, b.version) || a.build - b.build || PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision);
}

/** Tags that move by convention (SPEC §3), exact. */
const MOVING_NAMES = new Set(["edge", "sid", "nightly", "rolling", "main", "master", "develop", "stable", "testing", "unstable", "canary", "lts", "current"]);

/** The moving name a tag follows, if it is one: `edge`, `sid-slim` (sid), `latest-py3`, `3-latest`. */
export function movingTagName(tag: string): string | undefined {
  const lower = tag.toLowerCase();
  if (lower.startsWith("latest-")) return "latest";
  if (lower.endsWith("-latest")) return "latest";
  const head = lower.split("-", 1)[0]!;
  return MOVING_NAMES.has(head) ? head : undefined;
}
