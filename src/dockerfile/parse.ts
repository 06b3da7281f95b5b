/**
 * Dockerfile source: reads the file, parses it with dockerfile-ast and resolves what a build
 * would resolve (stages, ARG/ENV substitution, USER inheritance, image references).
 */

import { readFile, stat } from "node:fs/promises";
import { DockerfileParser, type Instruction, type Property as AstProperty } from "dockerfile-ast";
import { GateError, where } from "../errors.ts";
import { quoteInput } from "../secrets/redact.ts";
import { ImageReferenceError, parseImageReference } from "../image/reference.ts";
import { expandWord, type Lookup } from "./expand.ts";
import { refusal } from "./validate.ts";
import type { DockerfileInstruction, DockerfileModel, Heredoc, ImageUse, ImageUseKind, InstructionFlag, LineSegment, Property, Stage } from "./model.ts";

export interface DockerfileOptions {
  /** `--build-arg` values. */
  buildArgs?: Record<string, string>;
  /** Target platform for the automatic TARGET* and BUILD* args (default linux/amd64). */
  platform?: string;
}

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

/** Dockerfiles bigger than this are not Dockerfiles anyone writes; refuse rather than churn. */
const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;

/** Reads and parses a Dockerfile; every problem is a GateError naming the file (and line). */
export async function loadDockerfile(filePath: string, displayPath: string, options: DockerfileOptions = {}): Promise<DockerfileModel> {
  let bytes: Buffer;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) throw new GateError(`${displayPath}: is a directory, not a Dockerfile`);
    if (info.size > MAX_DOCKERFILE_BYTES) {
      throw new GateError(`${displayPath}: ${info.size} bytes is too large for a Dockerfile (limit ${MAX_DOCKERFILE_BYTES})`);
    }
    bytes = await readFile(filePath);
  } catch (error) {
    if (error instanceof GateError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new GateError(`${displayPath}: cannot read the Dockerfile (${reason})`);
  }
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
  const buildArgs = options.buildArgs ?? {};
  const ast = DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();
  const lines = text.split("\n");
  const fail = (line: number | undefined, problem: string): never => {
    throw new GateError(`${where(displayPath, line)}: ${problem}`);
  };

  const astInstructions = ast.getInstructions();
  if (astInstructions.length === 0) {
    fail(undefined, text.trim() === "" ? "the file is empty; expected a Dockerfile" : "no instructions found; expected a Dockerfile with a FROM");
  }

  // Automatic platform args are global; --build-arg overrides only what the file declares.
  const globalValues = new Map<string, string | undefined>(Object.entries(platformArgs(options.platform ?? "linux/amd64")));
  const globalArgs: Property[] = [];
  const instructions: DockerfileInstruction[] = [];
  const stages: Stage[] = [];
  const imageUses: ImageUse[] = [];

  // Per-stage state while walking.
  let stageArgs = new Map<string, string | undefined>();
  let stageEnv = new Map<string, string>();
  const stageLookup: Lookup = (name) => (stageEnv.has(name) ? stageEnv.get(name) : stageArgs.get(name));
  const globalLookup: Lookup = (name) => globalValues.get(name);

  const findStage = (value: string, before: number): number | undefined => {
    if (/^\d+$/.test(value)) {
      const index = Number(value);
      return index < before ? index : undefined;
    }
    const lower = value.toLowerCase();
    for (let index = before - 1; index >= 0; index--) {
      if (stages[index]!.name === lower) return index;
    }
    return undefined;
  };

  const resolveImageUse = (kind: ImageUseKind, written: string, line: number, stage: number, lookup: Lookup): ImageUse => {
    const { value, missing } = expandWord(written, lookup, escape);
    const use: ImageUse = { kind, stage, line, written, resolved: value, missing, scratch: false };
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

  for (const node of astInstructions) {
    const keyword = node.getKeyword().toUpperCase();
    const range = node.getRange();
    const line = range.start.line + 1;
    const endLine = range.end.line + 1;
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
      heredocs: heredocsOf(node, lines),
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
        const name = args.length === 3 ? args[2]!.toLowerCase() : undefined;
        if (name !== undefined && !/^[a-z][a-z0-9._-]*$/.test(name)) fail(line, `invalid stage name ${quoteInput(args[2]!, 40)}`);
        if (name !== undefined && stages.some((stage) => stage.name === name)) fail(line, `duplicate stage name ${quoteInput(args[2]!, 40)}`);
        // The stage that ends here keeps its environment (copied once per stage, not per instruction).
        if (stages.length > 0) stages[stages.length - 1]!.env = Object.fromEntries(stageEnv);
        const base = resolveImageUse("from", args[0]!, line, index, globalLookup);
        const parent = base.stageRef !== undefined ? stages[base.stageRef] : undefined;
        stageArgs = new Map();
        stageEnv = new Map(parent ? Object.entries(parent.env) : []);
        const stage: Stage = {
          index,
          name,
          line,
          base,
          parent: parent?.index,
          instructions: [],
          user: parent?.user,
          env: {},
        };
        stages.push(stage);
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
        if (from?.value) imageUses.push(resolveImageUse("copy-from", from.value, line, stageIndex, stageLookup));
        break;
      }
      case "RUN": {
        for (const flag of instruction.flags) {
          if (flag.name !== "mount" || !flag.value) continue;
          const fromOption = flag.value
            .split(",")
            .map((part) => part.split("="))
            .find(([key]) => key === "from");
          if (fromOption?.[1]) imageUses.push(resolveImageUse("mount-from", fromOption[1], line, stageIndex, stageLookup));
        }
        break;
      }
      case "ONBUILD": {
        const trigger = (node as Instruction & { getTriggerInstruction?: () => Instruction | null }).getTriggerInstruction?.();
        if (trigger) instruction.trigger = { keyword: trigger.getKeyword().toUpperCase(), args: trigger.getArgumentsContent() ?? "" };
        break;
      }
    }

    instructions.push(instruction);
    const current = stages[instruction.stage];
    current?.instructions.push(instruction);
  }

  if (stages.length === 0) fail(undefined, "no FROM instruction; not a Dockerfile");
  stages[stages.length - 1]!.env = Object.fromEntries(stageEnv);
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
  let text = (rawLines[0] ?? "").trimStart();
  const segments: LineSegment[] = [{ offset: 0, line: 0 }];
  rawLines.slice(1).forEach((line, index) => {
    if (/^\s*#/.test(line) || /^\s*$/.test(line)) return;
    text = `${text.replace(continuation, "")} `;
    segments.push({ offset: text.length, line: index + 1 });
    text += line.trim();
  });
  return { text: text.replace(continuation, "").trimEnd(), segments };
}

function flagsOf(node: Instruction): InstructionFlag[] {
  const withFlags = node as Instruction & { getFlags?: () => Array<{ getName(): string; getValue(): string | null }> };
  return (withFlags.getFlags?.() ?? []).map((flag) => ({ name: flag.getName().toLowerCase(), value: flag.getValue() }));
}

function propertiesOf(node: Instruction): AstProperty[] {
  const withProperties = node as Instruction & { getProperties?: () => AstProperty[] };
  return withProperties.getProperties?.() ?? [];
}

/** The value exactly as written (dockerfile-ast's "unescaped" value keeps quotes and escapes). */
function rawValueOf(property: AstProperty): string {
  return property.getUnescapedValue() ?? property.getValue() ?? "";
}

function heredocsOf(node: Instruction, lines: string[]): Heredoc[] {
  const withHeredocs = node as Instruction & {
    getHeredocs?: () => Array<{
      getName(): string;
      getContentRange(): { start: { line: number; character: number }; end: { line: number; character: number } } | null;
    }>;
  };
  const heredocs = withHeredocs.getHeredocs?.() ?? [];
  return heredocs.map((heredoc) => {
    const range = heredoc.getContentRange();
    if (!range) return { name: heredoc.getName(), content: "", line: node.getRange().start.line + 2 };
    const body = lines.slice(range.start.line, range.end.line + 1);
    if (body.length > 0) {
      body[body.length - 1] = body[body.length - 1]!.slice(0, range.end.character);
      body[0] = body[0]!.slice(range.start.character);
    }
    return { name: heredoc.getName(), content: body.join("\n"), line: range.start.line + 1 };
  });
}

/** Parses the exec (JSON array) form; undefined when the arguments are in shell form. */
export function execForm(args: string): string[] | undefined {
  const trimmed = args.trim();
  if (!trimmed.startsWith("[")) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed as string[];
  } catch {
    // Not JSON: Docker runs it in shell form.
  }
  return undefined;
}
