/**
 * Just enough shell to find commands in RUN: split on `&&`, `||`, `;`, `|`, `&`, newlines and
 * subshell parentheses, keeping quoted words whole, and remember which command feeds a pipe.
 */

import type { DockerfileInstruction, LineSegment } from "./model.ts";

export interface ShellCommand {
  /** Words with quotes removed. */
  words: string[];
  /** The command whose output is piped into this one. */
  pipedFrom?: ShellCommand;
  /** 1-based line in the Dockerfile. */
  line: number;
}

/** A shell script found in an instruction, with the Dockerfile line it starts on. */
export interface Script {
  text: string;
  line: number;
  /** For joined continuation lines: where each part of `text` came from. */
  segments?: LineSegment[];
}

/** Where each line of a script starts, computed once per script and searched for each offset. */
const lineStarts = new WeakMap<Script, number[]>();

/** How many values of an ascending list are at most `offset`. */
function countAtOrBefore<T>(values: readonly T[], offset: number, valueOf: (item: T) => number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (valueOf(values[middle]!) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The Dockerfile line of an offset in a script (by binary search: a script may have 100k lines and as many commands). */
export function lineInScript(script: Script, offset: number): number {
  if (script.segments) {
    const count = countAtOrBefore(script.segments, offset, (segment) => segment.offset);
    return count === 0 ? script.line : script.segments[count - 1]!.line;
  }
  let starts = lineStarts.get(script);
  if (!starts) {
    starts = [];
    for (let index = script.text.indexOf("\n"); index !== -1; index = script.text.indexOf("\n", index + 1)) starts.push(index + 1);
    lineStarts.set(script, starts);
  }
  return script.line + countAtOrBefore(starts, offset, (start) => start);
}

const SHELLS = /(?:^|\/)(?:ba|da|z|k|a|fi)?sh$/;

/**
 * Scripts and their commands are worked out once per instruction and shared by every check that
 * asks (a RUN of 100k lines would otherwise be split again by each of them).
 */
const scriptsOfInstruction = new WeakMap<DockerfileInstruction, Script[]>();
const commandsOfScript = new WeakMap<Script, ShellCommand[]>();

/** The shell scripts a RUN (or an ONBUILD RUN) executes: its shell form, -c scripts, heredocs. */
export function runScripts(instruction: DockerfileInstruction): Script[] {
  let scripts = scriptsOfInstruction.get(instruction);
  if (!scripts) {
    scripts = findRunScripts(instruction);
    scriptsOfInstruction.set(instruction, scripts);
  }
  return scripts;
}

function findRunScripts(instruction: DockerfileInstruction): Script[] {
  const scripts: Script[] = [];
  if (instruction.keyword === "ONBUILD") {
    if (instruction.trigger?.keyword === "RUN") scripts.push({ text: instruction.trigger.args, line: instruction.line });
    return scripts;
  }
  if (instruction.keyword !== "RUN") return scripts;
  if (instruction.json) {
    const [program, ...rest] = instruction.json;
    const dashC = rest.indexOf("-c");
    if (program !== undefined && SHELLS.test(program) && dashC !== -1 && rest[dashC + 1] !== undefined) {
      scripts.push({ text: rest[dashC + 1]!, line: instruction.line });
    } else {
      scripts.push({ text: instruction.json.map(quoteWord).join(" "), line: instruction.line });
    }
  } else {
    const heredocNames = instruction.heredocs.map((heredoc) => heredoc.name);
    // Without its heredoc markers, the first line may still hold a command ("RUN <<EOF bash").
    const firstLine = instruction.args.replace(/<<-?["']?[A-Za-z0-9_]+["']?/g, "").trim();
    if (heredocNames.length === 0) {
      scripts.push(
        instruction.segments
          ? { text: instruction.args, line: instruction.line, segments: instruction.segments }
          : { text: instruction.args, line: instruction.line },
      );
    } else if (firstLine !== "" && !heredocNames.includes(firstLine)) scripts.push({ text: firstLine.split("\n")[0]!, line: instruction.line });
    for (const heredoc of instruction.heredocs) scripts.push({ text: heredoc.content, line: heredoc.line });
  }
  return scripts;
}

function quoteWord(word: string): string {
  return /[\s'"]/.test(word) ? `'${word.replace(/'/g, "'\\''")}'` : word;
}

/** Splits a script into simple commands (once per script; treat the result as read-only). */
export function shellCommands(script: Script): ShellCommand[] {
  let commands = commandsOfScript.get(script);
  if (!commands) {
    commands = splitCommands(script);
    commandsOfScript.set(script, commands);
  }
  return commands;
}

function splitCommands(script: Script): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const text = script.text;
  let words: string[] = [];
  let word = "";
  let inWord = false;
  let commandStart = -1;
  let pipeNext = false;
  let previous: ShellCommand | undefined;

  const startWord = (offset: number) => {
    if (commandStart === -1) commandStart = offset;
    inWord = true;
  };
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = (pipe: boolean) => {
    endWord();
    if (words.length > 0) {
      const command: ShellCommand = { words, line: lineInScript(script, Math.max(commandStart, 0)) };
      if (pipeNext && previous) command.pipedFrom = previous;
      commands.push(command);
      previous = command;
    } else if (!pipe) {
      previous = undefined;
    }
    pipeNext = pipe;
    words = [];
    commandStart = -1;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length) {
      if (text[i + 1] !== "\n") {
        startWord(i);
        word += text[i + 1];
      }
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      const end = close === -1 ? text.length : close;
      startWord(i);
      word += text.slice(i + 1, end);
      i = end;
      continue;
    }
    if (c === "#" && !inWord) {
      const newline = text.indexOf("\n", i);
      i = (newline === -1 ? text.length : newline) - 1;
      continue;
    }
    if (c === "\n") {
      endCommand(false);
      continue;
    }
    if (c === " " || c === "\t") {
      endWord();
      continue;
    }
    if (c === "|") {
      const double = text[i + 1] === "|";
      endCommand(!double);
      if (double) i++;
      continue;
    }
    if (c === "&" || c === ";" || c === "(" || c === ")" || c === "`" || c === "{" || c === "}") {
      if (c === "&" && text[i + 1] === "&") i++;
      if ((c === "{" || c === "}") && inWord) {
        word += c;
        continue;
      }
      endCommand(false);
      continue;
    }
    if (c === "$" && text[i + 1] === "(") {
      endCommand(false);
      i++;
      continue;
    }
    if (c === "<" && text[i + 1] === "(") {
      // Process substitution: `bash <(curl ...)` feeds curl's output to bash.
      endWord();
      words.push("<(");
      endCommand(true);
      i++;
      continue;
    }
    startWord(i);
    word += c;
  }
  endCommand(false);
  return commands;
}

/** The program a command runs, skipping wrappers such as sudo, env and exec. */
export function programOf(command: ShellCommand): { program: string; args: string[] } | undefined {
  const words = command.words;
  // An index, not shift(): a command of 100k wrapper words must not cost 100k² steps.
  let index = 0;
  while (index < words.length) {
    const first = words[index]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) {
      index++;
      continue;
    }
    if (WRAPPERS.has(first)) {
      index++;
      while (words[index]?.startsWith("-")) index++;
      continue;
    }
    return { program: first.replace(/^.*\//, ""), args: words.slice(index + 1) };
  }
  return undefined;
}

const WRAPPERS = new Set(["sudo", "env", "exec", "command", "nohup", "time", "xargs"]);

/** Every command of every RUN script in the instructions given. */
export function* commandsOf(instructions: DockerfileInstruction[]): Generator<{ instruction: DockerfileInstruction; command: ShellCommand }> {
  for (const instruction of instructions) {
    for (const script of runScripts(instruction)) {
      for (const command of shellCommands(script)) yield { instruction, command };
    }
  }
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
