/**
 * dockerfile-ast, kept linear in time and bounded in memory on hostile input.
 *
 * As published, the library (1) tokenizes an instruction's arguments again on every call
 * (getArguments, getRawArgumentsContent, getFlags, getHeredocs, and twice more while parsing a
 * RUN, COPY or ADD), (2) removes flags from the front of the word list with one shift() per flag,
 * quadratic on an instruction of 150k `--x` flags, (3) files every comment under its stage by
 * trying every stage, quadratic with many comments and stages (40k comments and 16k stages took
 * minutes), and (4) keeps objects of about a kilobyte per instruction and per word for the whole
 * file, several hundred megabytes for a 1 MB Dockerfile.
 *
 * (1) to (3) are replaced below by equivalents that return exactly what the originals return.
 * For (4) the file is parsed in chunks cut at instruction boundaries that the library's own
 * scanner finds (a first pass that builds no tree), so only one chunk's tree is alive at a time.
 */

import { DockerfileParser, Instruction, ModifiableInstruction, type Argument, type Dockerfile } from "dockerfile-ast";
import { Parser } from "dockerfile-ast/lib/parser.js";

interface Tokenizing {
  getRawArguments(): Argument[];
  getFlags(): unknown[];
}

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Ranged {
  getRange(): Range;
}
interface Template {
  getRange(): Range;
  getComments(): Ranged[];
  addComment(comment: Ranged): void;
  instructions?: unknown[];
}

const tokenized = new WeakMap<object, Argument[]>();
const instructionPrototype = Instruction.prototype as unknown as Tokenizing & { getArguments(): Argument[] };
// Kept to be called with the instruction as `this` (below), never on its own.
// oxlint-disable-next-line typescript/unbound-method
const originalRawArguments = instructionPrototype.getRawArguments;

// (1) Each instruction is tokenized once.
instructionPrototype.getRawArguments = function (this: Tokenizing): Argument[] {
  let words = tokenized.get(this);
  if (!words) {
    words = originalRawArguments.call(this);
    tokenized.set(this, words);
  }
  // A copy: callers are free to change the list they get (the original shifted flags off it).
  return words.slice();
};

// (2) Flags leave the word list in one slice, as many as shift() removed one by one.
(ModifiableInstruction.prototype as unknown as Tokenizing & { getArguments(): Argument[] }).getArguments = function (this: Tokenizing): Argument[] {
  const words = instructionPrototype.getArguments.call(this);
  const flags = this.getFlags();
  return flags.length === 0 ? words : words.slice(flags.length);
};

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
function inside(position: Position, range: Range): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

// (3) Comments and stages are both in file order: one walk files each comment under its stage.
// The Dockerfile class is not exported; its prototype is that of any parsed file.
(Object.getPrototypeOf(DockerfileParser.parse("")) as { organizeComments(): void }).organizeComments = function (
  this: Template & { initialInstructions: Template; buildStages: Template[] },
): void {
  const initialRange = this.initialInstructions.getRange();
  let stage = 0;
  for (const comment of this.getComments()) {
    const range = comment.getRange();
    if (inside(range.end, initialRange)) {
      this.initialInstructions.addComment(comment);
      continue;
    }
    while (stage < this.buildStages.length && before(this.buildStages[stage]!.getRange().end, range.start)) stage++;
    const current = this.buildStages[stage];
    if (current && inside(range.start, current.getRange())) current.addComment(comment);
  }
};

/** Drops an instruction's remembered words once the parser is done with it, so they do not outlive their use. */
export function releaseWords(instruction: object): void {
  tokenized.delete(instruction);
}

interface ScannerInternals {
  buffer: string;
  document: { positionAt(offset: number): Position };
  createInstruction(dockerfile: unknown, keyword: string, start: number, instructionEnd: number, end: number): unknown;
  parse(text: string): Dockerfile;
}

/**
 * Where each top-level instruction starts, as dockerfile-ast's own scanner sees it (continuation
 * lines, comments inside them, heredoc bodies), without building the instructions: the scanner
 * gets a stand-in for each, and a real one only where a heredoc may start (`<<` in a RUN, COPY,
 * ADD or ONBUILD), since finding its end needs the instruction's words.
 */
function scanInstructions(text: string): { starts: number[]; escape: string } | undefined {
  const scanner = new Parser() as unknown as ScannerInternals;
  // Called with the scanner as `this` (below), never on its own.
  // oxlint-disable-next-line typescript/unbound-method
  const real = scanner.createInstruction;
  if (typeof real !== "function") return undefined;
  const starts: number[] = [];
  scanner.createInstruction = function (this: ScannerInternals, dockerfile, keyword, start, instructionEnd, end) {
    if (starts[starts.length - 1] !== start) starts.push(start);
    const upper = keyword.toUpperCase();
    if ((upper === "RUN" || upper === "COPY" || upper === "ADD" || upper === "ONBUILD") && this.buffer.substring(start, end).includes("<<")) {
      return real.call(this, dockerfile, keyword, start, instructionEnd, end);
    }
    const document = this.document;
    return {
      getKeyword: () => upper,
      getArguments: () => [],
      getTriggerInstruction: () => null,
      getRange: () => ({ start: document.positionAt(start), end: document.positionAt(end) }),
    };
  };
  const dockerfile = scanner.parse(text);
  return { starts, escape: dockerfile.getEscapeCharacter() };
}

/** One piece of the file, parsed: its instructions and how far its lines are from the file's. */
export interface SyntaxChunk {
  instructions: Instruction[];
  /** Add to a 0-based line of this chunk to get the file's 0-based line. */
  lineOffset: number;
}

/**
 * Parses the text a chunk of about `chunkBytes` at a time (whole instructions; one instruction
 * larger than that is a chunk of its own). The escape character comes from the file's directive.
 */
export function parseChunks(text: string, chunkBytes: number): { escape: string; count: number; chunks: Generator<SyntaxChunk> } {
  const scanned = text.length > chunkBytes ? scanInstructions(text) : undefined;
  if (!scanned) {
    // Small enough to parse at once (or the scanner is not there to be borrowed).
    const dockerfile = new Parser().parse(text);
    const instructions = dockerfile.getInstructions();
    return {
      escape: dockerfile.getEscapeCharacter(),
      count: instructions.length,
      chunks: (function* () {
        yield { instructions: detach(dockerfile), lineOffset: 0 };
      })(),
    };
  }
  const { starts, escape } = scanned;
  // Cut at the start of the line an instruction starts on (only whitespace precedes it there).
  const cuts = [0];
  for (const start of starts) {
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    if (lineStart - cuts[cuts.length - 1]! >= chunkBytes) cuts.push(lineStart);
  }
  cuts.push(text.length);
  const prefix = escape === "\\" ? "" : `# escape=${escape}\n`;
  return {
    escape,
    count: starts.length,
    chunks: (function* () {
      let lineOffset = 0;
      for (let index = 0; index + 1 < cuts.length; index++) {
        const piece = text.slice(cuts[index], cuts[index + 1]);
        const withDirective = index === 0 ? piece : prefix + piece;
        const dockerfile = new Parser().parse(withDirective);
        yield { instructions: detach(dockerfile), lineOffset: index === 0 || prefix === "" ? lineOffset : lineOffset - 1 };
        for (let at = piece.indexOf("\n"); at !== -1; at = piece.indexOf("\n", at + 1)) lineOffset++;
      }
    })(),
  };
}

/**
 * Takes the instructions out of a parsed Dockerfile, leaving its own lists empty, so the caller
 * can let each one go as soon as it has read it.
 */
function detach(dockerfile: Dockerfile): Instruction[] {
  const instructions = dockerfile.getInstructions().slice();
  const lists = dockerfile as unknown as Template & { initialInstructions?: Template; buildStages?: Template[] };
  for (const holder of [lists, lists.initialInstructions, ...(lists.buildStages ?? [])]) {
    if (Array.isArray(holder?.instructions)) holder.instructions.length = 0;
  }
  return instructions;
}
