/**
 * Dockerfile source: reads the file, parses it with dockerfile-ast and resolves what a build
 * would resolve (stages, ARG/ENV substitution, USER inheritance, image references).
 */

import type { Instruction, Property as AstProperty } from "dockerfile-ast";
import { GateError, where } from "../errors.ts";
import { quoteInput } from "../secrets/redact.ts";
import { ImageReferenceError, parseImageReference } from "../image/reference.ts";
import { formatBytes, readInputFile } from "../input-file.ts";
import { Environment, EnvironmentBuilder, VariableNames } from "./environment.ts";
import { parseChunks, releaseWords } from "./syntax.ts";
import { expandWord, type Lookup } from "./expand.ts";
import { refusal } from "./validate.ts";
import {
  newStage,
  type DockerfileInstruction,
  type DockerfileModel,
  type Heredoc,
  type ImageUse,
  type ImageUseKind,
  type InstructionFlag,
  type LineSegment,
  type Property,
  type SourceSpan,
  type Stage,
} from "./model.ts";

export interface DockerfileOptions {
  /** `--build-arg` values. */
  buildArgs?: Record<string, string>;
  /** Target platform for the automatic TARGET* and BUILD* args (default linux/amd64). */
  platform?: string;
  /** Bytes of the file parsed at a time (tests make it small to compare with a whole-file parse). */
  chunkBytes?: number;
}

/** Parsing in pieces of this size keeps only one piece's syntax tree alive at a time. */
const CHUNK_BYTES = 32 * 1024;

const KEYWORDS = new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
]);

/**
 * What the parser accepts. dockerfile-ast builds objects for every word of an instruction (about a
 * kilobyte each), so the number of words, not only bytes, bounds its memory and time; the limits
 * are far above any Dockerfile people write and keep any accepted file under 300 MB.
 */
export const DOCKERFILE_LIMITS = { maxBytes: 1024 * 1024, maxWords: 200_000, maxStages: 16_384 };

/** Refuses text whose size or word count is past DOCKERFILE_LIMITS, in one linear pass. */
function checkDockerfileSize(text: string, displayPath: string): void {
  if (text.length > DOCKERFILE_LIMITS.maxBytes) {
    throw new GateError(`${displayPath}: larger than ${formatBytes(DOCKERFILE_LIMITS.maxBytes)}, too large for a Dockerfile`);
  }
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 11 || code === 12;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  if (words > DOCKERFILE_LIMITS.maxWords) {
    throw new GateError(`${displayPath}: ${words} words, more than a Dockerfile can hold here (limit ${DOCKERFILE_LIMITS.maxWords})`);
  }
}

/** Reads and parses a Dockerfile; every problem is a GateError naming the file (and line). */
export async function loadDockerfile(filePath: string, displayPath: string, options: DockerfileOptions = {}): Promise<DockerfileModel> {
  const bytes = await readInputFile(filePath, { label: displayPath, noun: "the Dockerfile", kind: "a Dockerfile", maxBytes: DOCKERFILE_LIMITS.maxBytes });
  return parseDockerfile(decodeText(bytes, displayPath), displayPath, options);
}

/** Decodes a text file strictly: binary content and invalid UTF-8 are errors, not guesses. */
export function decodeText(bytes: Uint8Array, displayPath: string): string {
  if (bytes.includes(0)) throw new GateError(`${displayPath}: binary content (NUL bytes), not a Dockerfile`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GateError(`${displayPath}: not valid UTF-8 text, not a Dockerfile`);
  }
  return text.replace(/^\uFEFF/, "");
}

function platformArgs(platform: string): Record<string, string> {
  const [os = "linux", arch = "amd64", variant = ""] = platform.split("/");
  const args: Record<string, string> = {};
  for (const prefix of ["TARGET", "BUILD"]) {
    args[`${prefix}PLATFORM`] = platform;
    args[`${prefix}OS`] = os;
    args[`${prefix}ARCH`] = arch;
    args[`${prefix}VARIANT`] = variant;
  }
  return args;
}

/** Parses Dockerfile text into resolved evidence. Pure: no I/O. */
export function parseDockerfile(source: string, displayPath: string, options: DockerfileOptions = {}): DockerfileModel {
  const text = source.replace(/\r\n?/g, "\n");
  checkDockerfileSize(text, displayPath);
  const buildArgs = options.buildArgs ?? {};
  const { escape, count, chunks } = parseChunks(text, options.chunkBytes ?? CHUNK_BYTES);
  const lines = text.split("\n");
  const fail = (line: number | undefined, problem: string): never => {
    throw new GateError(`${where(displayPath, line)}: ${problem}`);
  };

  if (count === 0) {
    fail(undefined, text.trim() === "" ? "the file is empty; expected a Dockerfile" : "no instructions found; expected a Dockerfile with a FROM");
  }

  // Automatic platform args are global; --build-arg overrides only what the file declares.
  const globalValues = new Map<string, string | undefined>(Object.entries(platformArgs(options.platform ?? "linux/amd64")));
  const globalArgs: Property[] = [];
  const instructions: DockerfileInstruction[] = [];
  const stages: Stage[] = [];
  const imageUses: ImageUse[] = [];

  // Per-stage state while walking. A stage's environment starts as its parent's, shared, not copied.
  const variableNames = new VariableNames();
  const emptyEnvironment = Environment.empty(variableNames);
  let stageArgs = new Map<string, string | undefined>();
  let stageEnv = new EnvironmentBuilder(emptyEnvironment);
  const stageLookup: Lookup = (name) => stageEnv.get(name) ?? stageArgs.get(name);
  const globalLookup: Lookup = (name) => globalValues.get(name);
  const stageNames = new Map<string, number>();

  const findStage = (value: string, before: number): number | undefined => {
    if (/^\d+$/.test(value)) {
      const index = Number(value);
      return index < before ? index : undefined;
    }
    const index = stageNames.get(value.toLowerCase());
    return index !== undefined && index < before ? index : undefined;
  };

  const resolveImageUse = (kind: ImageUseKind, written: string, line: number, stage: number, lookup: Lookup, span: SourceSpan | undefined): ImageUse => {
    const { value, missing } = expandWord(written, lookup, escape);
    const use: ImageUse = { kind, stage, line, written, resolved: value, missing, scratch: false };
    if (span) use.span = span;
    if (missing.length > 0) return use;
    const stageRef = findStage(value, kind === "from" ? stage : stage + 1);
    if (stageRef !== undefined && stageRef !== stage) {
      use.stageRef = stageRef;
      return use;
    }
    if (kind !== "from" && stageRef === stage) {
      fail(line, `${kind === "copy-from" ? "COPY --from" : "RUN --mount from"} refers to its own stage ${quoteInput(value, 40)}`);
    }
    if (value.toLowerCase() === "scratch") {
      use.scratch = true;
      return use;
    }
    try {
      use.reference = parseImageReference(value);
    } catch (error) {
      if (error instanceof ImageReferenceError) fail(line, error.message);
      throw error;
    }
    return use;
  };

  for (const chunk of chunks) {
    const nodes: Array<Instruction | undefined> = chunk.instructions;
    for (let position = 0; position < nodes.length; position++) {
      const node = nodes[position]!;
      // Each syntax node is dropped once converted: the tree and the model never both hold the whole file.
      nodes[position] = undefined;
      convert(node, chunk.lineOffset);
      releaseWords(node);
    }
  }

  function convert(node: Instruction, lineOffset: number): void {
    const keyword = node.getKeyword().toUpperCase();
    const range = node.getRange();
    const line = range.start.line + 1 + lineOffset;
    const endLine = range.end.line + 1 + lineOffset;
    if (!KEYWORDS.has(keyword)) {
      // The "instruction" is often a value whose line lost its continuation backslash: never echo it whole.
      // As written (dockerfile-ast upper-cases keywords).
      const written = (lines[range.start.line] ?? "").trim().split(/\s/, 1)[0] || node.getKeyword();
      const hint = /[=:]/.test(written) ? " (a line that continues the one before it without a trailing backslash?)" : "";
      fail(line, `unknown instruction ${quoteInput(written, 40)}${hint}`);
    }
    const stageIndex = stages.length - 1;
    if (stageIndex < 0 && keyword !== "ARG" && keyword !== "FROM") {
      fail(line, `${keyword} before the first FROM; only ARG may come before FROM`);
    }

    const instruction: DockerfileInstruction = {
      keyword,
      line,
      endLine,
      stage: keyword === "FROM" ? stageIndex + 1 : stageIndex,
      args: "",
      flags: flagsOf(node),
      heredocs: heredocsOf(node, lines, lineOffset),
    };
    const raw = node.getRawArgumentsContent() ?? "";
    // With heredocs, the instruction's own arguments are on its first line; the bodies are separate.
    if (instruction.heredocs.length > 0) {
      instruction.args = raw.split("\n", 1)[0]!.trim();
    } else {
      const joined = joinContinuations(raw, escape);
      instruction.args = joined.text;
      if (joined.segments.length > 1) instruction.segments = joined.segments.map((segment) => ({ offset: segment.offset, line: line + segment.line }));
    }
    const json = execForm(instruction.args);
    if (json !== undefined && ["RUN", "CMD", "ENTRYPOINT", "SHELL", "HEALTHCHECK"].includes(keyword)) instruction.json = json;

    const refused = refusal({ instruction, properties: propertiesOf(node), expand: (word) => expandWord(word, stageLookup, escape) });
    if (refused !== undefined) fail(line, refused);

    if (["EXPOSE", "WORKDIR", "VOLUME", "STOPSIGNAL"].includes(keyword) && stageIndex >= 0) {
      instruction.expanded = expandWord(instruction.args, stageLookup, escape).value;
    }

    switch (keyword) {
      case "FROM": {
        const args = node.getArguments().map((argument) => argument.getValue());
        if (args.length === 0) fail(line, "FROM without an image");
        if (!(args.length === 1 || (args.length === 3 && args[1]!.toLowerCase() === "as"))) {
          fail(line, `FROM takes an image and optionally "AS <name>", got ${quoteInput(args.join(" "))}`);
        }
        const index = stages.length;
        if (index >= DOCKERFILE_LIMITS.maxStages) fail(line, `more than ${DOCKERFILE_LIMITS.maxStages} stages, more than a Dockerfile can hold here`);
        const name = args.length === 3 ? args[2]!.toLowerCase() : undefined;
        if (name !== undefined && !/^[a-z][a-z0-9._-]*$/.test(name)) fail(line, `invalid stage name ${quoteInput(args[2]!, 40)}`);
        if (name !== undefined && stageNames.has(name)) fail(line, `duplicate stage name ${quoteInput(args[2]!, 40)}`);
        const base = resolveImageUse("from", args[0]!, line, index, globalLookup, spanOf(node.getArguments()[0]!.getRange(), lineOffset));
        const parent = base.stageRef !== undefined ? stages[base.stageRef] : undefined;
        const previous = stages[stages.length - 1];
        if (previous) previous.environment = stageEnv.snapshot();
        stageArgs = new Map();
        stageEnv = new EnvironmentBuilder(parent ? parent.environment : emptyEnvironment);
        const stage = newStage({ index, name, line, base, parent: parent?.index, instructions: [], user: parent?.user, environment: stageEnv.snapshot() });
        stages.push(stage);
        if (name !== undefined) stageNames.set(name, index);
        imageUses.push(base);
        instruction.stage = index;
        break;
      }
      case "ARG": {
        const properties: Property[] = [];
        for (const property of propertiesOf(node)) {
          const name = property.getName();
          const written = property.getValue() === null ? null : rawValueOf(property);
          let value: string | undefined;
          let missing: string[] = [];
          if (stageIndex < 0) {
            if (written !== null) ({ value, missing } = expandWord(written, globalLookup, escape));
            value = buildArgs[name] ?? value;
            globalValues.set(name, value);
            globalArgs.push({ name, written, value: value ?? null, missing });
          } else {
            if (written !== null) ({ value, missing } = expandWord(written, stageLookup, escape));
            else value = globalValues.get(name);
            value = buildArgs[name] ?? value;
            stageArgs.set(name, value);
          }
          properties.push({ name, written, value: value ?? null, missing });
        }
        instruction.properties = properties;
        break;
      }
      case "ENV": {
        // All values of one ENV see the environment as it was before the instruction.
        const properties = propertiesOf(node).map((property): Property => {
          const written = rawValueOf(property);
          const { value, missing } = expandWord(written, stageLookup, escape);
          return { name: property.getName(), written, value, missing };
        });
        for (const property of properties) stageEnv.set(property.name, property.value ?? "");
        instruction.properties = properties;
        break;
      }
      case "LABEL": {
        instruction.properties = propertiesOf(node).map((property): Property => {
          const written = rawValueOf(property);
          const { value, missing } = expandWord(written, stageLookup, escape);
          return { name: property.getName(), written, value, missing };
        });
        break;
      }
      case "USER": {
        const written = instruction.args.trim();
        if (written === "") fail(line, "USER without a user");
        const { value, missing } = expandWord(written, stageLookup, escape);
        stages[stageIndex]!.user = { written, value, missing, line, stage: stageIndex };
        break;
      }
      case "COPY": {
        const from = instruction.flags.find((flag) => flag.name === "from");
        const fromRange = astFlagsOf(node)
          .find((flag) => flag.getName().toLowerCase() === "from")
          ?.getValueRange();
        if (from?.value)
          imageUses.push(resolveImageUse("copy-from", from.value, line, stageIndex, stageLookup, fromRange ? spanOf(fromRange, lineOffset) : undefined));
        break;
      }
      case "RUN": {
        const astFlags = astFlagsOf(node);
        instruction.flags.forEach((flag, index) => {
          if (flag.name !== "mount" || !flag.value) return;
          const fromOption = flag.value
            .split(",")
            .map((part) => part.split("="))
            .find(([key]) => key === "from");
          const fromRange = astFlags[index]
            ?.getOptions?.()
            .find((option) => option.getName() === "from")
            ?.getValueRange();
          if (fromOption?.[1])
            imageUses.push(resolveImageUse("mount-from", fromOption[1], line, stageIndex, stageLookup, fromRange ? spanOf(fromRange, lineOffset) : undefined));
        });
        break;
      }
      case "ONBUILD": {
        const trigger = (node as Instruction & { getTriggerInstruction?: () => Instruction | null }).getTriggerInstruction?.();
        if (trigger) instruction.trigger = { keyword: trigger.getKeyword().toUpperCase(), args: trigger.getArgumentsContent() ?? "" };
        break;
      }
    }

    instructions.push(instruction);
    stages[instruction.stage]?.instructions.push(instruction);
  }

  if (stages.length === 0) fail(undefined, "no FROM instruction; not a Dockerfile");
  stages[stages.length - 1]!.environment = stageEnv.snapshot();
  return { path: displayPath, escape, text, instructions, stages, imageUses, globalArgs };
}

/**
 * Joins continuation lines as BuildKit does: the escape character at the end of a line continues
 * it, and comment or empty lines inside a continuation are dropped. `segments` maps offsets in the
 * joined text back to line offsets in the raw text, so findings keep their real line.
 */
export function joinContinuations(raw: string, escape: string): { text: string; segments: LineSegment[] } {
  const continuation = new RegExp(`${escape.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}[ \\t]*$`);
  const rawLines = raw.split("\n");
  // Pieces are joined once at the end, and the escape is stripped from each line on its own:
  // re-scanning the text joined so far for every line would be quadratic.
  const pieces: string[] = [];
  let length = 0;
  let last = (rawLines[0] ?? "").trimStart();
  const segments: LineSegment[] = [{ offset: 0, line: 0 }];
  for (let index = 1; index < rawLines.length; index++) {
    const line = rawLines[index]!;
    if (/^\s*(?:#|$)/.test(line)) continue;
    last = `${last.replace(continuation, "")} `;
    pieces.push(last);
    length += last.length;
    segments.push({ offset: length, line: index });
    last = line.trim();
  }
  pieces.push(last.replace(continuation, ""));
  return { text: pieces.join("").trimEnd(), segments };
}

interface AstRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface AstFlag {
  getName(): string;
  getValue(): string | null;
  getValueRange(): AstRange | null;
  getOptions?(): Array<{ getName(): string; getValueRange(): AstRange | null }>;
}

function astFlagsOf(node: Instruction): AstFlag[] {
  return (node as Instruction & { getFlags?: () => AstFlag[] }).getFlags?.() ?? [];
}

function flagsOf(node: Instruction): InstructionFlag[] {
  return astFlagsOf(node).map((flag) => ({ name: flag.getName().toLowerCase(), value: flag.getValue() }));
}

function spanOf(range: AstRange, lineOffset: number): SourceSpan {
  return {
    startLine: range.start.line + 1 + lineOffset,
    startCharacter: range.start.character,
    endLine: range.end.line + 1 + lineOffset,
    endCharacter: range.end.character,
  };
}

function propertiesOf(node: Instruction): AstProperty[] {
  const withProperties = node as Instruction & { getProperties?: () => AstProperty[] };
  return withProperties.getProperties?.() ?? [];
}

/** The value exactly as written (dockerfile-ast's "unescaped" value keeps quotes and escapes). */
function rawValueOf(property: AstProperty): string {
  return property.getUnescapedValue() ?? property.getValue() ?? "";
}

function heredocsOf(node: Instruction, lines: string[], lineOffset: number): Heredoc[] {
  const withHeredocs = node as Instruction & {
    getHeredocs?: () => Array<{
      getName(): string;
      getContentRange(): { start: { line: number; character: number }; end: { line: number; character: number } } | null;
    }>;
  };
  const heredocs = withHeredocs.getHeredocs?.() ?? [];
  return heredocs.map((heredoc) => {
    const range = heredoc.getContentRange();
    if (!range) return { name: heredoc.getName(), content: "", line: node.getRange().start.line + 2 + lineOffset };
    const body = lines.slice(range.start.line + lineOffset, range.end.line + 1 + lineOffset);
    if (body.length > 0) {
      body[body.length - 1] = body[body.length - 1]!.slice(0, range.end.character);
      body[0] = body[0]!.slice(range.start.character);
    }
    return { name: heredoc.getName(), content: body.join("\n"), line: range.start.line + 1 + lineOffset };
  });
}

/** Parses the exec (JSON array) form; undefined when the arguments are in shell form. */
export function execForm(args: string): string[] | undefined {
  const trimmed = args.trim();
  if (!trimmed.startsWith("[")) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
  } catch {
    // Not JSON: Docker runs it in shell form.
  }
  return undefined;
}
