/** Plain, resolved evidence about a Dockerfile: what the checks read. */

import type { Environment } from "./environment.ts";
import type { ImageReference } from "../reference/image.ts";

export interface InstructionFlag {
  name: string;
  value: string | null;
}

export interface Property {
  name: string;
  /** The value as written (quotes and variables intact), null for `ARG NAME` without a default. */
  written: string | null;
  /** The value after quote removal and variable substitution. */
  value: string | null;
  /** Variables the value referenced that had no value. */
  missing: string[];
}

export interface Heredoc {
  name: string;
  content: string;
  /** 1-based line of the first content line. */
  line: number;
}

/** Text from `offset` on (in joined arguments) comes from `line` of the file. */
export interface LineSegment {
  offset: number;
  line: number;
}

export interface DockerfileInstruction {
  /** Upper-case keyword: RUN, ENV, ... */
  keyword: string;
  /** 1-based first and last line. */
  line: number;
  endLine: number;
  /** Index of the stage it belongs to; -1 before the first FROM. */
  stage: number;
  /** Arguments without flags, continuation lines joined and comments removed. */
  args: string;
  /** Where `args` came from when it spans several lines (relative offsets to absolute lines). */
  segments?: LineSegment[];
  flags: InstructionFlag[];
  /** Arguments after variable substitution, for instructions Docker expands (EXPOSE, WORKDIR, ...). */
  expanded?: string;
  /** Exec form (`["a", "b"]`) arguments. */
  json?: string[];
  /** ENV, ARG and LABEL key/value pairs. */
  properties?: Property[];
  heredocs: Heredoc[];
  /** For ONBUILD: the instruction it triggers in child builds. */
  trigger?: { keyword: string; args: string };
}

export type ImageUseKind = "from" | "copy-from" | "mount-from";

/** Where a piece of text sits in the file: 1-based lines, 0-based characters within the line. */
export interface SourceSpan {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

/** A place where the Dockerfile pulls content from an image or an earlier stage. */
export interface ImageUse {
  kind: ImageUseKind;
  stage: number;
  line: number;
  /** As written in the file. */
  written: string;
  /** After build-arg substitution. */
  resolved: string;
  /** Variables with no value: the reference cannot be known. */
  missing: string[];
  /** Set when this refers to an earlier stage (by name or index). */
  stageRef?: number;
  scratch: boolean;
  /** Set for an external image whose reference resolved and parsed. */
  reference?: ImageReference;
  /** Where `written` sits in the file (for rewriting it: pin, SARIF fixes). */
  span?: SourceSpan;
}

export interface UserSetting {
  written: string;
  value: string;
  missing: string[];
  line: number;
  /** The stage whose USER instruction this is (may be an ancestor of the stage that uses it). */
  stage: number;
}

export interface Stage {
  index: number;
  name?: string;
  line: number;
  base: ImageUse;
  /** The earlier stage this one is built on, when FROM names one. */
  parent?: number;
  instructions: DockerfileInstruction[];
  /** The USER in effect at the end of the stage, own or inherited; undefined: the base image's. */
  user?: UserSetting;
  /** Environment at the end of the stage (ENV of this stage and its parent stages), shared with its parent. */
  environment: Environment;
  /** The same as a plain object, built on each read: prefer `environment.get()`. */
  readonly env: Record<string, string>;
}

/** A Stage whose `env` is computed from `environment` when read (never stored per stage). */
export function newStage(fields: Omit<Stage, "env">): Stage {
  return new StageRecord(fields);
}

class StageRecord implements Stage {
  index!: number;
  name?: string;
  line!: number;
  base!: ImageUse;
  parent?: number;
  instructions!: DockerfileInstruction[];
  user?: UserSetting;
  environment!: Environment;
  constructor(fields: Omit<Stage, "env">) {
    Object.assign(this, fields);
  }
  get env(): Record<string, string> {
    return this.environment.toRecord();
  }
}

export interface DockerfileModel {
  /** The path as reports show it (relative to the working directory, forward slashes). */
  path: string;
  escape: string;
  /** The text with line endings normalized to \n. */
  text: string;
  instructions: DockerfileInstruction[];
  stages: Stage[];
  imageUses: ImageUse[];
  /** `ARG`s declared before the first FROM. */
  globalArgs: Property[];
}

/** The stage the image is built from (the last one). */
export function finalStage(model: DockerfileModel): Stage {
  return model.stages[model.stages.length - 1]!;
}

/** The stage and the earlier stages it is built on, oldest first: what its image inherits. */
export function stageChain(model: DockerfileModel, stage: Stage = finalStage(model)): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | undefined = stage; current; current = current.parent === undefined ? undefined : model.stages[current.parent]) {
    chain.push(current);
  }
  return chain.reverse();
}
