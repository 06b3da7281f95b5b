import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  decodeText,
  parseDockerfile,
  pinnedReference,
  unpinnableReason
} from "./chunk-YFLYDOZ3.js";
import {
  RegistryLookups,
  inBatches
} from "./chunk-4KXKR2BT.js";
import "./chunk-AGU6EIG2.js";
import "./chunk-7XF7MECG.js";
import "./chunk-FHCWYKXI.js";
import "./chunk-IAMAJJEA.js";
import "./chunk-4SGPG5RS.js";
import "./chunk-LOFLENB6.js";
import {
  GateError
} from "./chunk-MSQ75MTB.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";

// src/pin.ts
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;
async function runPin(options) {
  const cwd = options.cwd ?? process.cwd();
  const file = path.resolve(cwd, options.dockerfile ?? "Dockerfile");
  const relative = path.relative(cwd, file);
  const shown = (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
  let bytes;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new GateError(`${shown}: is a directory, not a Dockerfile`);
    if (info.size > MAX_DOCKERFILE_BYTES) throw new GateError(`${shown}: ${info.size} bytes is too large for a Dockerfile (limit ${MAX_DOCKERFILE_BYTES})`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = error.code;
    throw new GateError(`${shown}: cannot read the Dockerfile (${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code})`);
  }
  const text = decodeText(bytes, shown);
  const bom = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, 3)) === "\uFEFF";
  const model = parseDockerfile(text, shown);
  const lookups = new RegistryLookups(options.registry ?? {});
  const uses = model.imageUses.filter((use) => use.stageRef === void 0 && !use.scratch);
  const digests = /* @__PURE__ */ new Map();
  await inBatches(uses, 4, async (use) => {
    if (unpinnableReason(use) !== void 0 || !use.reference) return;
    const reference = use.reference;
    if (reference.tag === void 0 && reference.digest !== void 0) return;
    digests.set(use, await lookups.digest(reference, reference.tag ?? "latest"));
  });
  const lines = [];
  const edits = [];
  for (const use of uses) {
    const where = `${shown}:${use.line}:`;
    const reason = unpinnableReason(use);
    if (reason !== void 0 || !use.reference) {
      lines.push(`${where} ${use.written} not pinned (${reason ?? "not an image reference"})`);
      continue;
    }
    const digest = digests.get(use);
    if (digest === void 0) {
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
      throw new GateError(`${shown}: cannot write the pinned Dockerfile (${error.code ?? "error"})`);
    }
  }
  return { lines, changed: edits.length, exitCode: options.check && edits.length > 0 ? 1 : 0 };
}
function applyEdits(original, edits, bom, shown) {
  const lines = original.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g).filter((line, index, all) => line !== "" || index < all.length - 1);
  const byLine = /* @__PURE__ */ new Map();
  for (const edit of edits) byLine.set(edit.use.span.startLine, [...byLine.get(edit.use.span.startLine) ?? [], edit]);
  for (const [lineNumber, lineEdits] of byLine) {
    let line = lines[lineNumber - 1];
    const shift = bom && lineNumber === 1 ? 1 : 0;
    for (const edit of lineEdits.sort((a, b) => b.use.span.startCharacter - a.use.span.startCharacter)) {
      const start = edit.use.span.startCharacter + shift;
      const end = edit.use.span.endCharacter + shift;
      if (line.slice(start, end) !== edit.use.written)
        throw new GateError(`${shown}:${edit.use.line}: cannot rewrite ${edit.use.written}: it is not where the parser put it; nothing was written`);
      line = `${line.slice(0, start)}${edit.replacement}${line.slice(end)}`;
    }
    lines[lineNumber - 1] = line;
  }
  return lines.join("");
}
export {
  runPin
};
