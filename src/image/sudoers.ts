/**
 * Just enough sudoers to answer one question: can this user become root without a password?
 * Reads user specifications (`users hosts = (runas) TAGS: commands`), aliases, and
 * `Defaults[:users] !authenticate`, as sudoers(5) writes them.
 */

export interface SudoCommand {
  command: string;
  /** NOPASSWD applies (the tag carries over to the commands after it, until PASSWD). */
  nopasswd: boolean;
  /** May run as root: no runas list, or one that names ALL, root or #0. */
  asRoot: boolean;
}

export interface SudoRule {
  users: string[];
  commands: SudoCommand[];
  /** 1-based line in the text (of the first line, for continued lines). */
  line: number;
  text: string;
}

export interface Sudoers {
  rules: SudoRule[];
  aliases: { user: Map<string, string[]>; runas: Map<string, string[]>; command: Map<string, string[]> };
  /** Who needs no password for anything (`Defaults !authenticate`): "ALL" or user list items. */
  noAuthenticate: string[];
}

/** Joins continued lines and drops comments (but not `#uid` user names or #include lines). */
function logicalLines(text: string): Array<{ text: string; line: number }> {
  const lines: Array<{ text: string; line: number }> = [];
  let current: { text: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const withoutComment = /^\s*[#@]include/.test(raw) ? "" : raw.replace(/(^|[\s,(=:!])#(?!\d).*$/, "$1");
    if (current) current.text += ` ${withoutComment.trim()}`;
    else current = { text: withoutComment.trim(), line: index + 1 };
    if (current.text.endsWith("\\")) {
      current.text = current.text.slice(0, -1);
      return;
    }
    if (current.text !== "") lines.push(current);
    current = undefined;
  });
  if (current && current.text !== "") lines.push(current);
  return lines;
}

/** Splits on commas that are not escaped. */
function splitList(text: string): string[] {
  return text
    .split(/(?<!\\),/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const USER_SPEC = /^((?:[^\s,=]+\s*,\s*)*[^\s,=]+)\s+((?:[^\s,=]+\s*,\s*)*[^\s,=]+)\s*=\s*(.+)$/;

/** Parses sudoers text; lines it does not understand are skipped (sudo would refuse the file). */
export function parseSudoers(text: string): Sudoers {
  const sudoers: Sudoers = { rules: [], aliases: { user: new Map(), runas: new Map(), command: new Map() }, noAuthenticate: [] };
  for (const { text: line, line: number } of logicalLines(text)) {
    const defaults = /^Defaults(?:([:>@!])(\S+))?\s+(.*)$/.exec(line);
    if (defaults) {
      const settings = splitList(defaults[3]!);
      if (settings.some((setting) => /^!\s*authenticate$/.test(setting))) {
        if (defaults[1] === undefined) sudoers.noAuthenticate.push("ALL");
        else if (defaults[1] === ":") sudoers.noAuthenticate.push(...splitList(defaults[2]!));
      }
      continue;
    }
    const alias = /^(User|Runas|Cmnd|Cmd|Host)_Alias\s+(.+)$/.exec(line);
    if (alias) {
      const target =
        alias[1] === "User" ? sudoers.aliases.user : alias[1] === "Runas" ? sudoers.aliases.runas : alias[1] === "Host" ? undefined : sudoers.aliases.command;
      for (const definition of alias[2]!.split(/\s:\s/)) {
        const match = /^([A-Z][A-Z0-9_]*)\s*=\s*(.+)$/.exec(definition.trim());
        if (match && target) target.set(match[1]!, splitList(match[2]!));
      }
      continue;
    }
    const spec = USER_SPEC.exec(line);
    if (!spec) continue;
    const users = splitList(spec[1]!);
    const commands: SudoCommand[] = [];
    let nopasswd = false;
    let runas: string[] | undefined;
    // `host = cmnds : host2 = cmnds` adds more specs for other hosts; their commands count the same.
    for (const part of spec[3]!.split(/\s:\s*(?=[^\s,=]+\s*=)/)) {
      const body = part.replace(/^[^\s,=]+\s*=\s*/, "");
      for (let item of splitList(body)) {
        const runasMatch = /^\(([^)]*)\)\s*(.*)$/.exec(item);
        if (runasMatch) {
          runas = runasMatch[1]!.split(":")[0]!.trim() === "" ? [] : splitList(runasMatch[1]!.split(":")[0]!);
          item = runasMatch[2]!;
        }
        for (let tag = /^([A-Z_]+):\s*(.*)$/.exec(item); tag; tag = /^([A-Z_]+):\s*(.*)$/.exec(item)) {
          if (tag[1] === "NOPASSWD") nopasswd = true;
          if (tag[1] === "PASSWD") nopasswd = false;
          item = tag[2]!;
        }
        if (item === "") continue;
        commands.push({ command: item, nopasswd, asRoot: runas === undefined || runsAsRoot(runas, sudoers.aliases.runas) });
      }
    }
    sudoers.rules.push({ users, commands, line: number, text: line.length > 160 ? `${line.slice(0, 157)}…` : line });
  }
  return sudoers;
}

function runsAsRoot(list: string[], aliases: Map<string, string[]>, depth = 0): boolean {
  return list.some((item) => {
    if (item.startsWith("!")) return false;
    if (item === "ALL" || item === "root" || item === "#0") return true;
    const alias = aliases.get(item);
    return alias !== undefined && depth < 8 && runsAsRoot(alias, aliases, depth + 1);
  });
}

/** The user a rule is judged for. */
export interface SudoUser {
  name: string;
  uid?: number;
  /** Group names (and `#gid` forms) the user is in. */
  groups: string[];
  /** The account has an empty password: a password prompt is no barrier. */
  emptyPassword?: boolean;
}

function listMatches(list: string[], user: SudoUser, aliases: Map<string, string[]>, depth = 0): boolean {
  let matched = false;
  for (const raw of list) {
    const negated = raw.startsWith("!");
    const item = raw.replace(/^!+\s*/, "");
    let hit = item === "ALL" || item === user.name || (user.uid !== undefined && item === `#${user.uid}`);
    if (!hit && item.startsWith("%")) hit = user.groups.includes(item.slice(1)) || user.groups.includes(item.slice(1).replace(/^:/, ""));
    if (!hit && aliases.has(item) && depth < 8) hit = listMatches(aliases.get(item)!, user, aliases, depth + 1);
    if (hit) matched = !negated;
  }
  return matched;
}

/** Commands whose power, run as root, is root itself (shells, editors, file owners and writers, package managers). */
const ROOT_YIELDING = new Set([
  "sh",
  "bash",
  "dash",
  "zsh",
  "ksh",
  "ash",
  "fish",
  "csh",
  "tcsh",
  "su",
  "sudo",
  "sudoedit",
  "visudo",
  "chown",
  "chmod",
  "chgrp",
  "tee",
  "cp",
  "mv",
  "dd",
  "install",
  "ln",
  "rsync",
  "tar",
  "vi",
  "vim",
  "nvim",
  "view",
  "nano",
  "pico",
  "emacs",
  "ed",
  "joe",
  "less",
  "more",
  "man",
  "find",
  "env",
  "xargs",
  "awk",
  "gawk",
  "mawk",
  "sed",
  "perl",
  "ruby",
  "node",
  "lua",
  "php",
  "busybox",
  "apt",
  "apt-get",
  "aptitude",
  "dpkg",
  "yum",
  "dnf",
  "microdnf",
  "rpm",
  "apk",
  "zypper",
  "pip",
  "npm",
  "gem",
  "docker",
  "mount",
  "crontab",
  "passwd",
  "chpasswd",
  "useradd",
  "usermod",
  "systemctl",
  "git",
  "script",
]);

/** True for a command that yields root: ALL, a wildcard path, or a program in the list above. */
export function yieldsRoot(command: string): boolean {
  const program = command.trim().split(/\s+/)[0] ?? "";
  if (program === "ALL" || program === "sudoedit") return true;
  if (/\*/.test(program)) return true;
  const name = program.replace(/^.*\//, "");
  return ROOT_YIELDING.has(name) || /^python[0-9.]*$/.test(name) || /^pip[0-9.]*$/.test(name) || /^php[0-9.]*$/.test(name);
}

/** A rule that lets the user become root without a password, and the command that does it. */
export interface RootEquivalentRule {
  rule: SudoRule;
  command: string;
  /** Why no password is asked: NOPASSWD, `Defaults !authenticate`, or an empty account password. */
  because: "NOPASSWD" | "!authenticate" | "empty password";
}

/** The rules that make the user root in all but name. */
export function rootEquivalentRules(sudoers: Sudoers, user: SudoUser): RootEquivalentRule[] {
  const noAuth = listMatches(sudoers.noAuthenticate, user, sudoers.aliases.user);
  const found: RootEquivalentRule[] = [];
  for (const rule of sudoers.rules) {
    if (!listMatches(rule.users, user, sudoers.aliases.user)) continue;
    // A Cmnd_Alias stands for its commands, each with the alias's tags and run-as.
    const commands: SudoCommand[] = [];
    for (const command of rule.commands) {
      if (command.command.startsWith("!")) continue;
      const expanded = sudoers.aliases.command.get(command.command);
      if (!expanded) commands.push(command);
      else for (const item of expanded) commands.push({ command: item, nopasswd: command.nopasswd, asRoot: command.asRoot });
    }
    for (const command of commands) {
      if (!command.asRoot || command.command.startsWith("!") || !yieldsRoot(command.command)) continue;
      const because = command.nopasswd ? "NOPASSWD" : noAuth ? "!authenticate" : user.emptyPassword ? "empty password" : undefined;
      if (because === undefined) continue;
      found.push({ rule, command: command.command, because });
      break;
    }
  }
  return found;
}
