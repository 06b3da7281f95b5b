/**
 * What checks need from an image's layers, as plain data: every check declares its own needs
 * (`imageNeeds` in its definition), the gate merges the needs of the checks the policy turns on,
 * and the layer walker reads exactly that, on whatever thread it runs (needs are structured-clone
 * safe: strings and booleans, no functions). The walker holds no rule of its own: a file is
 * captured because a check asked for it, contents are scanned because a check asked for it, and
 * with nothing asked a layer is only hashed and verified against its digests.
 */

import type { ImageConfig } from "./model.ts";

/** A file (or files) a check reads whole, by path pattern. */
export interface FileNeed {
  /** JavaScript regular expression over the absolute in-image path (`/etc/passwd`). */
  path: string;
  /** Why it is read (shown in the README), so a reviewer sees which check costs what. */
  why: string;
  /** Read as text even when it looks binary (a damaged /etc/passwd is still what the runtime reads). */
  alwaysText?: boolean;
  /**
   * The name the image model lists what this need read under (`image.read[name]`): the check finds
   * its files by that name, so the code that assembles the model names no path of its own. Without
   * a name, the files are captured only for others to reach (where a symbolic link may lead).
   */
  name?: string;
  /**
   * Paths a container would open (`/etc/passwd`), read in the final filesystem with symbolic links
   * followed inside the image, even when no layer has an entry of that name (`/etc` may be a link).
   * Captured files that match `path` are read that way too.
   */
  open?: string[];
}

/** What one check needs from the image beyond its config. */
export interface ImageNeeds {
  /** Small text files captured whole (at most MAX_CAPTURE_BYTES each, within the image's capture budget). */
  files?: readonly FileNeed[];
  /** Every file's contents scanned for credentials (archives inside the image opened). */
  credentials?: boolean;
  /** The entry list: paths, types, modes, owners, links, whiteouts (what is deleted, setuid, world-writable...). */
  entries?: boolean;
  /** The config fields the check reads (the config is always read: it names the layers' digests). */
  config?: ReadonlyArray<keyof ImageConfig>;
}

/** The needs of every enabled check together: what one walk over each layer reads. */
export interface MergedImageNeeds {
  files: FileNeed[];
  credentials: boolean;
  entries: boolean;
  config: Array<keyof ImageConfig>;
}

/** Nothing but the config and the digests: every layer is still read once and verified. */
export const VERIFY_ONLY: MergedImageNeeds = { files: [], credentials: false, entries: false, config: [] };

/** The union of needs. Captured files imply the entry list: they are found through it (symlinks, deletions, hard links). */
export function mergeImageNeeds(needs: ReadonlyArray<ImageNeeds | undefined>): MergedImageNeeds {
  const files: FileNeed[] = [];
  const seen = new Set<string>();
  const config = new Set<keyof ImageConfig>();
  let credentials = false;
  let entries = false;
  for (const need of needs) {
    if (!need) continue;
    for (const file of need.files ?? []) {
      const key = JSON.stringify([file.path, file.alwaysText === true, file.name, file.open]);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push({ ...file });
    }
    credentials ||= need.credentials === true;
    entries ||= need.entries === true;
    for (const field of need.config ?? []) config.add(field);
  }
  // Credential hits are located by the entry list too (deleted by a later layer, reached through a hard link).
  if (files.length > 0 || credentials) entries = true;
  return { files, credentials, entries, config: [...config].sort() };
}

/** True when no check reads anything of the layers: they are only verified against their digests. */
export function readsNoLayerContent(needs: MergedImageNeeds): boolean {
  return needs.files.length === 0 && !needs.credentials && !needs.entries;
}

/** Merged needs ready for the walker: path patterns compiled once per walk (or per thread). */
export interface ReadPlan {
  needs: MergedImageNeeds;
  /** Whether a file is captured whole, and whether it is read as text whatever it looks like; undefined: not captured. */
  capture(path: string): { alwaysText: boolean } | undefined;
  /** The names of the needs whose pattern a captured path matches (what the model lists it under). */
  namesOf(path: string): string[];
}

/** Compiles merged needs into the walker's plan. A pattern that does not compile is a bug in a check, not bad input. */
export function readPlan(needs: MergedImageNeeds): ReadPlan {
  const patterns = needs.files.map((file) => ({ regex: new RegExp(file.path), alwaysText: file.alwaysText === true, name: file.name }));
  // One expression over every pattern answers the common question (is this path wanted at all?) in one test.
  const any = patterns.length > 0 ? new RegExp(needs.files.map((file) => `(?:${file.path})`).join("|")) : undefined;
  return {
    needs,
    capture(path) {
      if (!any?.test(path)) return undefined;
      return { alwaysText: patterns.some((pattern) => pattern.alwaysText && pattern.regex.test(path)) };
    },
    namesOf(path) {
      const names = new Set<string>();
      for (const pattern of patterns) if (pattern.name !== undefined && pattern.regex.test(path)) names.add(pattern.name);
      return [...names];
    },
  };
}
