/**
 * `image-gate pin [DOCKERFILE] [--check]`: appends to every external image reference the digest
 * its tag points to now (refreshing a digest whose tag moved), and changes nothing else in the
 * file, byte for byte. `--check` writes nothing and says whether anything would change.
 */

import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ImageUse } from "./dockerfile/model.ts";
import { decodeText, parseDockerfile } from "./dockerfile/parse.ts";
import { pinnedReference, unpinnableReason } from "./dockerfile/pin-edit.ts";
import { GateError } from "./errors.ts";
import { inBatches, RegistryLookups } from "./image/base-image-registry.ts";
import type { RegistryOptions } from "./image/registry.ts";

export interface PinOptions {
  /** The Dockerfile (default ./Dockerfile). */
  dockerfile?: string;
  /** Write nothing; exit 1 when a reference would change. */
  check: boolean;
  cwd?: string;
  /** Registry client settings (name resolution, timeouts) and where credentials are reported for masking. */
  registry?: RegistryOptions;
}

export interface PinOutcome {
  /** One line per reference: `FILE:LINE: old → new`, `… unchanged`, `… not pinned (why)`. */
  lines: string[];
  /** References that changed (or, with --check, would change). */
  changed: number;
  exitCode: 0 | 1;
}

interface Edit {
  use: ImageUse;
  replacement: string;
}

const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;

/** Pins the Dockerfile's references; throws GateError when it cannot (exit 2), having written nothing. */
export async function runPin(options: PinOptions): Promise<PinOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const file = path.resolve(cwd, options.dockerfile ?? "Dockerfile");
  const relative = path.relative(cwd, file);
  const shown = (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new GateError(`${shown}: is a directory, not a Dockerfile`);
    if (info.size > MAX_DOCKERFILE_BYTES) throw new GateError(`${shown}: ${info.size} bytes is too large for a Dockerfile (limit ${MAX_DOCKERFILE_BYTES})`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GateError(`${shown}: cannot read the Dockerfile (${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code})`);
  }
  const text = decodeText(bytes, shown);
  const bom = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, 3)) === "\uFEFF";
  const model = parseDockerfile(text, shown);

  const lookups = new RegistryLookups(options.registry ?? {});
  const uses = model.imageUses.filter((use) => use.stageRef === undefined && !use.scratch);
  const digests = new Map<ImageUse, string>();
  await inBatches(uses, 4, async (use) => {
    if (unpinnableReason(use) !== undefined || !use.reference) return;
    const reference = use.reference;
    if (reference.tag === undefined && reference.digest !== undefined) return;
    digests.set(use, await lookups.digest(reference, reference.tag ?? "latest"));
  });

  const lines: string[] = [];
  const edits: Edit[] = [];
  for (const use of uses) {
    const where = `${shown}:${use.line}:`;
    const reason = unpinnableReason(use);
    if (reason !== undefined || !use.reference) {
      lines.push(`${where} ${use.written} not pinned (${reason ?? "not an image reference"})`);
      continue;
    }
    const digest = digests.get(use);
    if (digest === undefined) {
      lines.push(`${where} ${use.written} unchanged (pinned by digest only)`);
      continue;
    }
    const replacement = pinnedReference(use.written, digest);
    if (replacement === use.written) {
      lines.push(`${where} ${use.written} unchanged`);
      continue;
    }
    lines.push(`${where} ${use.written} → ${replacement}`);
    edits.push({ use, replacement });
  }

  if (edits.length > 0 && !options.check) {
    try {
      await writeFile(file, applyEdits(bytes.toString("utf8"), edits, bom, shown));
    } catch (error) {
      throw new GateError(`${shown}: cannot write the pinned Dockerfile (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  return { lines, changed: edits.length, exitCode: options.check && edits.length > 0 ? 1 : 0 };
}

/** Replaces each reference in the original text, keeping every other byte (line endings, BOM) as it was. */
function applyEdits(original: string, edits: Edit[], bom: boolean, shown: string): string {
  // The parser saw the text with \r\n and \r turned into \n, so its lines are these lines.
  const lines = original.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g)!.filter((line, index, all) => line !== "" || index < all.length - 1);
  const byLine = new Map<number, Edit[]>();
  for (const edit of edits) byLine.set(edit.use.span!.startLine, [...(byLine.get(edit.use.span!.startLine) ?? []), edit]);
  for (const [lineNumber, lineEdits] of byLine) {
    let line = lines[lineNumber - 1]!;
    const shift = bom && lineNumber === 1 ? 1 : 0;
    for (const edit of lineEdits.sort((a, b) => b.use.span!.startCharacter - a.use.span!.startCharacter)) {
      const start = edit.use.span!.startCharacter + shift;
      const end = edit.use.span!.endCharacter + shift;
      if (line.slice(start, end) !== edit.use.written)
        throw new GateError(`${shown}:${edit.use.line}: cannot rewrite ${edit.use.written}: it is not where the parser put it; nothing was written`);
      line = `${line.slice(0, start)}${edit.replacement}${line.slice(end)}`;
    }
    lines[lineNumber - 1] = line;
  }
  return lines.join("");
}
