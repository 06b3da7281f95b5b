/**
 * What a Dockerfile downloads and what it does with each download: curl, wget,
 * Invoke-WebRequest (and WebClient.DownloadFile) and `ADD <url>`, followed through `-o`/`-O`,
 * redirection, `cd`, `mv`/`cp`, pipes and the later RUNs of the stage to where the file is
 * executed, unpacked, installed or put on PATH, and whether a verification of that file
 * (`sha256sum -c`, `gpg --verify`, `cosign verify-blob`, `minisign -V`, `Get-FileHash`,
 * `ADD --checksum=`) came first. Pure: it reads the model and guesses nothing it cannot see.
 */

import { Environment, EnvironmentBuilder, VariableNames } from "./environment.ts";
import { expandWord } from "./expand.ts";
import type { DockerfileInstruction, DockerfileModel, Stage } from "./model.ts";
import { execForm, runScripts, shellCommands, type ShellCommand } from "./shell.ts";

export type DownloadTool = "curl" | "wget" | "Invoke-WebRequest" | "WebClient.DownloadFile" | "ADD";

/** What happened to a download that makes it matter. */
export type UseKind = "executed" | "unpacked" | "installed" | "put on PATH" | "made executable";

export interface DownloadUse {
  kind: UseKind;
  /** The command or instruction that used it (`tar`, `dpkg -i`, `mv to /usr/local/bin`, `ENTRYPOINT`). */
  by: string;
  line: number;
}

export interface Download {
  tool: DownloadTool;
  /** The URLs fetched, with Dockerfile and shell variables substituted where their values are known. */
  urls: string[];
  line: number;
  stage: number;
  /** The file written (as the Dockerfile names it, resolved against the working directory when it can be). */
  file?: string;
  /** The command its output was piped into, for a download to stdout. */
  pipedInto?: string;
  /** `ADD --checksum=`: verified by the builder. */
  checksummed: boolean;
  /** A verification of the file was seen somewhere in the stage. */
  verified?: boolean;
  /** The first use that came before any verification of the file; undefined when it was verified first or never used. */
  unverifiedUse?: DownloadUse;
}

/** Directories on the default PATH of Linux images. */
const PATH_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
const SHELLS = /^(?:ba|da|z|k|a|fi|mk)?sh$/;
const INTERPRETERS = /^(?:python[0-9.]*|perl|ruby|node|php[0-9.]*|pwsh|powershell)$/;
/** Consumers of a piped download that curl-pipe-shell reports (one fact, one finding). */
const PIPE_INTERPRETERS = /^(?:(?:ba|da|z|k|a|fi)?sh|python[0-9.]*|perl|ruby|node|php)$/;
const CHECKSUM_TOOLS = /^(?:sha(?:1|224|256|384|512)sum|md5sum|b2sum|shasum|cksum)$/;

// curl's options that take a value (short letters, and long names).
const CURL_SHORT_VALUE = new Set("AbcCdDeEFHKmoPQrtTuUwxXyYz".split(""));
const CURL_LONG_VALUE = new Set([
  "abstract-unix-socket",
  "alt-svc",
  "aws-sigv4",
  "cacert",
  "capath",
  "cert",
  "cert-type",
  "ciphers",
  "config",
  "connect-timeout",
  "connect-to",
  "continue-at",
  "cookie",
  "cookie-jar",
  "create-file-mode",
  "curves",
  "data",
  "data-ascii",
  "data-binary",
  "data-raw",
  "data-urlencode",
  "dns-interface",
  "dns-ipv4-addr",
  "dns-ipv6-addr",
  "dns-servers",
  "dump-header",
  "etag-compare",
  "etag-save",
  "expect100-timeout",
  "form",
  "form-string",
  "happy-eyeballs-timeout-ms",
  "header",
  "hostpubmd5",
  "hostpubsha256",
  "interface",
  "json",
  "keepalive-time",
  "key",
  "key-type",
  "limit-rate",
  "local-port",
  "login-options",
  "max-filesize",
  "max-redirs",
  "max-time",
  "netrc-file",
  "noproxy",
  "oauth2-bearer",
  "output",
  "output-dir",
  "parallel-max",
  "pass",
  "pinnedpubkey",
  "proto",
  "proto-default",
  "proto-redir",
  "proxy",
  "proxy-header",
  "proxy-user",
  "quote",
  "random-file",
  "range",
  "referer",
  "request",
  "request-target",
  "resolve",
  "retry",
  "retry-delay",
  "retry-max-time",
  "speed-limit",
  "speed-time",
  "stderr",
  "tls-max",
  "trace",
  "trace-ascii",
  "unix-socket",
  "upload-file",
  "url",
  "url-query",
  "user",
  "user-agent",
  "variable",
  "write-out",
]);
const WGET_SHORT_VALUE = new Set("aABdDeiIlloOPQrRtTUwXY".split("").filter((letter) => letter !== "d" && letter !== "r"));
const WGET_LONG_VALUE = new Set([
  "output-document",
  "output-file",
  "append-output",
  "directory-prefix",
  "tries",
  "timeout",
  "wait",
  "user-agent",
  "execute",
  "input-file",
  "base",
  "level",
  "accept",
  "reject",
  "domains",
  "header",
  "user",
  "password",
  "post-data",
  "post-file",
  "load-cookies",
  "save-cookies",
  "ca-certificate",
  "ca-directory",
  "certificate",
  "private-key",
  "progress",
  "quota",
  "limit-rate",
  "dns-timeout",
  "connect-timeout",
  "read-timeout",
  "bind-address",
  "restrict-file-names",
  "proxy-user",
  "proxy-password",
  "secure-protocol",
]);

interface Tracked {
  download: Download;
  /** Every path the file is known by (after mv/cp), as written or resolved. */
  paths: string[];
  verified: boolean;
  /**
   * A use that matters only once the stage is done (on PATH, made executable, ENTRYPOINT): a
   * verification anywhere in the stage still fails the build before the file ships.
   */
  pending?: DownloadUse;
}

/** Joins a path onto a directory the way the shell would; `dir` may be symbolic (`$(mktemp -d)`). */
function joinPath(dir: string, file: string): string {
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return normalizePath(file);
  // `$HOME/x`, `~/x`: a place the shell decides, not the working directory.
  if (/^[$~]/.test(file)) return file;
  return normalizePath(`${dir.replace(/\/+$/, "")}/${file}`);
}

function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "." || (part === "" && parts.length > 0)) continue;
    if (part === ".." && parts.length > 1) parts.pop();
    else parts.push(part);
  }
  return parts.join("/") || "/";
}

function basename(path: string): string {
  return path.replace(/[\\/]+$/, "").replace(/^.*[\\/]/, "");
}

function dirname(path: string): string {
  const index = path.replace(/\/+$/, "").lastIndexOf("/");
  return index <= 0 ? "/" : path.slice(0, index);
}

/** The file name a URL is saved under by `curl -O` or `wget` without `-O`. */
function urlFileName(url: string): string | undefined {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "");
  const name = basename(path);
  return name === "" ? undefined : name;
}

/** True for a word that can only be an option (`-o`, `--output`). */
const isOption = (word: string) => word.startsWith("-") && word !== "-";

interface Redirects {
  /** The file stdout goes to (`> file`, `>> file`). */
  stdout?: string;
  /** Words without the redirections. */
  words: string[];
}

/** Separates redirections from arguments: `> file`, `>file`, `>>file`, `1> file`; others are dropped. */
function redirectsOf(words: string[]): Redirects {
  const result: Redirects = { words: [] };
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const match = /^(\d*|&)(>>?|<)(&?)(.*)$/.exec(word);
    if (!match || (match[1] === "" && match[2] === "<" && word === "<(")) {
      result.words.push(word);
      continue;
    }
    const [, fd, direction, duplicate, rest] = match;
    const target = rest === "" ? words[++index] : rest;
    if (direction !== "<" && duplicate === "" && (fd === "" || fd === "1" || fd === "&") && target !== undefined) result.stdout = target;
  }
  return result;
}

interface ParsedDownload {
  urls: string[];
  /** Output files, in the order their URLs come; "-" for stdout. */
  outputs: Array<string | undefined>;
}

/** Reads a curl command line: URLs and where each goes. */
function parseCurl(args: string[]): ParsedDownload {
  const urls: string[] = [];
  const explicit: string[] = [];
  let remoteNames = 0;
  let remoteAll = false;
  let outputDir: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const word = args[index]!;
    if (word.startsWith("--")) {
      const [name = "", inline] = word.slice(2).split(/=(.*)/s, 2);
      const takesValue = CURL_LONG_VALUE.has(name);
      const value = takesValue ? (inline ?? args[++index]) : undefined;
      if (name === "output" && value !== undefined) explicit.push(value);
      else if (name === "output-dir" && value !== undefined) outputDir = value;
      else if (name === "url" && value !== undefined) urls.push(value);
      else if (name === "remote-name") remoteNames++;
      else if (name === "remote-name-all") remoteAll = true;
      continue;
    }
    if (isOption(word)) {
      for (let at = 1; at < word.length; at++) {
        const letter = word[at]!;
        if (letter === "O") remoteNames++;
        if (!CURL_SHORT_VALUE.has(letter)) continue;
        const value = at + 1 < word.length ? word.slice(at + 1) : args[++index];
        if (letter === "o" && value !== undefined) explicit.push(value);
        break;
      }
      continue;
    }
    urls.push(word);
  }
  const outputs = urls.map((url, index) => {
    if (index < explicit.length) return explicit[index] === "-" ? "-" : explicit[index];
    if (remoteAll || index < explicit.length + remoteNames) {
      const name = urlFileName(url);
      return name === undefined ? undefined : outputDir ? `${outputDir.replace(/\/+$/, "")}/${name}` : name;
    }
    return "-";
  });
  return { urls, outputs };
}

/** Reads a wget command line: URLs and where each goes. */
function parseWget(args: string[]): ParsedDownload {
  const urls: string[] = [];
  let document: string | undefined;
  let prefix: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const word = args[index]!;
    if (word.startsWith("--")) {
      const [name = "", inline] = word.slice(2).split(/=(.*)/s, 2);
      const value = WGET_LONG_VALUE.has(name) ? (inline ?? args[++index]) : inline;
      if (name === "output-document" && value !== undefined) document = value;
      if (name === "directory-prefix" && value !== undefined) prefix = value;
      continue;
    }
    if (isOption(word)) {
      for (let at = 1; at < word.length; at++) {
        const letter = word[at]!;
        if (!WGET_SHORT_VALUE.has(letter)) continue;
        const value = at + 1 < word.length ? word.slice(at + 1) : args[++index];
        if (letter === "O") document = value;
        if (letter === "P") prefix = value;
        break;
      }
      continue;
    }
    urls.push(word);
  }
  const outputs = urls.map((url) => {
    if (document !== undefined) return document;
    const name = urlFileName(url) ?? "index.html";
    return prefix ? `${prefix.replace(/\/+$/, "")}/${name}` : name;
  });
  return { urls, outputs };
}

/** Reads Invoke-WebRequest / iwr: `-Uri`, `-OutFile` (PowerShell parameters are case-insensitive and may be shortened). */
function parseInvokeWebRequest(args: string[]): ParsedDownload {
  let uri: string | undefined;
  let outFile: string | undefined;
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const word = args[index]!;
    if (/^-u(?:ri?)?$/i.test(word)) uri = args[++index];
    else if (/^-o(?:u(?:t(?:f(?:i(?:le?)?)?)?)?)?$/i.test(word)) outFile = args[++index];
    else if (
      /^-(?:headers|method|body|usera(?:gent)?|proxy|timeoutsec|maximumredirection|credential|contenttype|infile|sessionvariable|websession)$/i.test(word)
    )
      index++;
    else if (!word.startsWith("-")) positional.push(word);
  }
  const url = uri ?? positional[0];
  return url === undefined ? { urls: [], outputs: [] } : { urls: [url], outputs: [outFile ?? "-"] };
}

interface Program {
  program: string;
  args: string[];
}

/** The program and its arguments, past wrappers (sudo, env, exec) and assignments; keeps `./x` paths. */
function commandOf(words: string[]): Program | undefined {
  // An index walks past the wrappers: shifting each off the front of the list would copy the rest every time.
  let index = 0;
  while (index < words.length) {
    const first = words[index]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) {
      index++;
      continue;
    }
    if (["sudo", "env", "exec", "command", "nohup", "time", "xargs", "&", "!"].includes(first)) {
      index++;
      while (words[index]?.startsWith("-")) index++;
      continue;
    }
    return { program: first, args: words.slice(index + 1) };
  }
  return undefined;
}

/** Walks one stage's instructions in order. */
class StageWalk {
  readonly tracked: Tracked[] = [];
  readonly downloads: Download[] = [];
  /** Checksum files the Dockerfile wrote itself, and the downloads they name. */
  private readonly checksumFiles = new Map<string, Tracked[]>();
  private workdir: string;
  /** ENV and ARG values, shared with the stages built on this one rather than copied (environment.ts). */
  private readonly variables: EnvironmentBuilder;
  private readonly pathDirs: string[];

  constructor(
    private readonly model: DockerfileModel,
    private readonly stage: Stage,
    inherited: StageState | undefined,
    names: VariableNames,
  ) {
    this.workdir = inherited?.workdir ?? "/";
    this.variables = new EnvironmentBuilder(inherited?.variables ?? Environment.empty(names));
    const path = stage.environment.get("PATH");
    this.pathDirs = path ? [...new Set([...PATH_DIRS, ...path.split(":").filter((dir) => dir.startsWith("/"))])] : PATH_DIRS;
  }

  get state(): StageState {
    return { workdir: this.workdir, variables: this.variables.snapshot() };
  }

  private expand(word: string, shellVariables: Map<string, string | undefined>): string {
    if (!word.includes("$")) return word;
    // PowerShell's $env:NAME reads the same environment.
    const normalized = word.replace(
      /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}|\$env:([A-Za-z_][A-Za-z0-9_]*)/gi,
      (_all, braced?: string, bare?: string) => `\${${braced ?? bare}}`,
    );
    // A shell variable shadows the Dockerfile's, even when its value is unknown.
    const { value, missing } = expandWord(normalized, (name) => (shellVariables.has(name) ? shellVariables.get(name) : this.variables.get(name)));
    return missing.length > 0 ? word : value;
  }

  private isOnPath(path: string): boolean {
    const dir = dirname(path);
    return this.pathDirs.some((pathDir) => dir === pathDir);
  }

  /** The tracked files a word names: by path, or by file name when the word has no directory. */
  private matching(word: string, cwd: string): Tracked[] {
    word = word.replace(/,$/, "");
    if (word === "" || word === "-") return [];
    const resolved = joinPath(cwd, word);
    const name = basename(word);
    return this.tracked.filter((tracked) => tracked.paths.some((path) => path === resolved || path === word || basename(path) === name));
  }

  /** Tracked files whose name appears anywhere in the text (a checksum line, a signature file name). */
  private mentioned(text: string): Tracked[] {
    return this.tracked.filter((tracked) => tracked.paths.some((path) => basename(path).length > 0 && text.includes(basename(path))));
  }

  private use(tracked: Tracked[], kind: UseKind, by: string, line: number): void {
    for (const item of tracked) {
      if (item.verified || item.download.unverifiedUse || item.download.checksummed) continue;
      item.download.unverifiedUse = { kind, by, line };
    }
  }

  private defer(tracked: Tracked[], kind: UseKind, by: string, line: number): void {
    for (const item of tracked) item.pending ??= { kind, by, line };
  }

  private verify(tracked: Tracked[]): void {
    for (const item of tracked) item.verified = true;
  }

  private addDownload(download: Download, file: string | undefined, cwd: string, written = file): Tracked | undefined {
    this.downloads.push(download);
    if (file === undefined || file === "-" || file === "/dev/null") return undefined;
    const path = joinPath(cwd, file);
    download.file = path;
    // Later commands may name the file as written (`$OTP_PATH.tar.gz`) or as it expands: track both.
    const paths = [...new Set([path, file, ...(written !== undefined ? [written, joinPath(cwd, written)] : [])])];
    const tracked: Tracked = { download, paths, verified: download.checksummed };
    if (this.isOnPath(path)) this.defer([tracked], "put on PATH", `${download.tool} into ${dirname(path)}`, download.line);
    this.tracked.push(tracked);
    return tracked;
  }

  /** The stage is done: deferred uses of files never verified count now. */
  finish(): void {
    for (const tracked of this.tracked) {
      if (tracked.verified) tracked.download.verified = true;
      if (tracked.pending && !tracked.verified && !tracked.download.unverifiedUse && !tracked.download.checksummed)
        tracked.download.unverifiedUse = tracked.pending;
    }
  }

  instruction(instruction: DockerfileInstruction): void {
    switch (instruction.keyword) {
      case "WORKDIR":
        this.workdir = joinPath(this.workdir, instruction.expanded ?? instruction.args);
        return;
      case "ENV":
      case "ARG":
        for (const property of instruction.properties ?? []) if (property.value !== null) this.variables.set(property.name, property.value);
        return;
      case "ADD":
        this.add(instruction);
        return;
      case "RUN":
        this.run(instruction);
        return;
      case "ENTRYPOINT":
      case "CMD":
      case "HEALTHCHECK": {
        const words = execForm(instruction.args) ?? instruction.args.split(/\s+/);
        for (const word of words)
          this.defer(
            this.matching(word, this.workdir).filter((tracked) => word.includes("/") || this.isOnPathTracked(tracked)),
            "executed",
            instruction.keyword,
            instruction.line,
          );
        return;
      }
    }
  }

  private isOnPathTracked(tracked: Tracked): boolean {
    return tracked.paths.some((path) => this.isOnPath(path));
  }

  private add(instruction: DockerfileInstruction): void {
    const words = (execForm(instruction.args) ?? instruction.args.split(/\s+/).filter((word) => word !== "")).map((word) => {
      const { value, missing } = expandWord(word, (name) => this.variables.get(name));
      return missing.length > 0 ? word : value;
    });
    if (words.length < 2) return;
    const destination = words[words.length - 1]!;
    const checksummed = instruction.flags.some((flag) => flag.name === "checksum" && !!flag.value);
    for (const source of words.slice(0, -1)) {
      const isGit = source.startsWith("git@") || /^(?:https?|ssh|git):\/\/.*\.git(?:#.*)?$/i.test(source) || /^ssh:\/\//i.test(source);
      if (!/^(?:https?|ftp):\/\//i.test(source) && !isGit) continue;
      // A Git source pinned to a full commit id is content-addressed, like a checksum.
      const pinnedCommit = isGit && /#[0-9a-f]{40}(?::|$)/.test(source);
      const download: Download = { tool: "ADD", urls: [source], line: instruction.line, stage: this.stage.index, checksummed: checksummed || pinnedCommit };
      const name = urlFileName(source);
      const file =
        isGit || name === undefined ? undefined : destination.endsWith("/") || words.length > 2 ? `${destination.replace(/\/+$/, "")}/${name}` : destination;
      this.addDownload(download, file, this.workdir);
      // ADD puts the content into the image itself: without --checksum it ships unverified, used or not.
      if (!download.checksummed) download.unverifiedUse = { kind: "installed", by: "ADD", line: instruction.line };
    }
  }

  private run(instruction: DockerfileInstruction): void {
    const shellVariables = new Map<string, string | undefined>();
    const assigned = new Set<string>();
    let cwd = this.workdir;
    for (const script of runScripts(instruction)) {
      const commands = withSubstitutions(shellCommands(script));
      const consumers = new Map<ShellCommand, ShellCommand>();
      for (const command of commands) if (command.pipedFrom) consumers.set(command.pipedFrom, command);
      const substituted = /(?:\$\(|`)\s*(?:sha(?:1|224|256|384|512)sum|md5sum|b2sum|shasum|openssl)\b/.test(script.text);
      // WebClient.DownloadFile(url, file) is a method call, not a command: read it from the text.
      for (const match of script.text.matchAll(/\.DownloadFile\(\s*([^,()]+?)\s*,\s*([^()]+?)\s*\)/g)) {
        const unquote = (text: string) => text.replace(/^['"]|['"]$/g, "");
        const url = this.expand(unquote(match[1]!), shellVariables);
        const line = script.line + script.text.slice(0, match.index).split("\n").length - 1;
        const file = unquote(match[2]!);
        this.addDownload(
          { tool: "WebClient.DownloadFile", urls: [url], line, stage: this.stage.index, checksummed: false },
          this.expand(file, shellVariables),
          cwd,
          file,
        );
      }
      for (const command of commands) {
        const { words, stdout } = redirectsOf(command.words);
        // Shell assignments (`url=…`, `export url=…`) feed later URLs and names.
        const assignments =
          words[0] === "export" || words[0] === "local" ? words.slice(1) : words.every((word) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) ? words : [];
        for (const word of assignments) {
          const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
          if (!assignment) continue;
          // A variable assigned in several places (case branches) has no one value to show.
          // An empty value is usually a `$(…)` the parser split off: unknown, not empty.
          if (assigned.has(assignment[1]!) || assignment[2] === "") shellVariables.set(assignment[1]!, undefined);
          else shellVariables.set(assignment[1]!, this.expand(assignment[2]!, shellVariables));
          assigned.add(assignment[1]!);
        }
        const parsed = commandOf(words);
        // Not a command: the arguments of a method call the shell splitter cut out (`.DownloadFile('https://…', 'x')`).
        if (!parsed || parsed.program.includes("://")) continue;
        const program = basename(parsed.program);
        const lowerProgram = program.toLowerCase();
        const args = parsed.args;
        const line = command.line;
        const consumer = consumers.get(command);

        if (program === "cd" || lowerProgram === "set-location" || lowerProgram === "push-location") {
          const target = args.find((arg) => !arg.startsWith("-"));
          if (target !== undefined && target !== "-") cwd = joinPath(cwd, this.expand(target, shellVariables));
          continue;
        }

        // Downloads.
        let download: ParsedDownload | undefined;
        let tool: DownloadTool | undefined;
        if (program === "curl" || lowerProgram === "curl.exe") [download, tool] = [parseCurl(args), "curl"];
        else if (program === "wget") [download, tool] = [parseWget(args), "wget"];
        else if (lowerProgram === "invoke-webrequest" || lowerProgram === "iwr") [download, tool] = [parseInvokeWebRequest(args), "Invoke-WebRequest"];
        if (download && tool) {
          download.urls.forEach((url, index) => {
            let output = download.outputs[index];
            if (output === "-" && stdout !== undefined) output = stdout;
            const expandedUrl = this.expand(url, shellVariables);
            // A value that is no URL (an ARG placeholder such as "set by CI") says less than the variable's name.
            const shownUrl = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(expandedUrl) ? expandedUrl : url;
            const entry: Download = { tool, urls: [shownUrl], line, stage: this.stage.index, checksummed: false };
            if (output === "-" && consumer) {
              const into = commandOf(consumer.words);
              const intoProgram = into ? basename(into.program) : "";
              entry.pipedInto = intoProgram;
              this.downloads.push(entry);
              const kind = into ? pipeUse(intoProgram, into.args) : undefined;
              if (kind) entry.unverifiedUse = { kind, by: intoProgram, line: consumer.line };
              return;
            }
            this.addDownload(entry, output === undefined ? undefined : this.expand(output, shellVariables), cwd, output);
          });
          continue;
        }

        // A checksum line written to a file (`echo "$SHA  x.tgz" > x.sha256`) vouches for what it names.
        if ((program === "echo" || program === "printf") && stdout !== undefined) {
          const named = this.mentioned([...args, ...args.map((arg) => this.expand(arg, shellVariables))].join(" "));
          if (named.length > 0) this.checksumFiles.set(basename(this.expand(stdout, shellVariables)), named);
          continue;
        }

        // Verifications.
        if (this.verification(program, args, command, substituted, cwd, shellVariables)) continue;

        // Uses.
        this.uses(parsed.program, program, args, line, cwd, shellVariables);
      }
    }
  }

  /** Marks what a verification command verifies; true when the command is one. */
  private verification(
    program: string,
    args: string[],
    command: ShellCommand,
    substituted: boolean,
    cwd: string,
    shellVariables: Map<string, string | undefined>,
  ): boolean {
    const lower = program.toLowerCase();
    const allWords = (item: ShellCommand | undefined): string[] => (item ? [...allWords(item.pipedFrom), ...item.words] : []);
    const words = allWords(command);
    const text = [...words, ...words.map((word) => this.expand(word, shellVariables))].join(" ");
    if (CHECKSUM_TOOLS.test(program) || (program === "openssl" && /^(?:dgst|sha\d*)$/.test(args[0] ?? ""))) {
      const checking = args.some((arg) => arg === "-c" || arg === "--check" || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg));
      const piped = command.pipedFrom !== undefined || checking;
      if (!checking && !substituted && !piped) return false;
      // The checksum files given as operands (`sha256sum -c SHA256SUMS`) are the list, not what is checked.
      const list = checking ? args.filter((arg) => !isOption(arg) && arg !== "-").map((arg) => basename(this.expand(arg, shellVariables))) : [];
      const named = this.mentioned(text).filter((tracked) => !tracked.paths.some((path) => list.includes(basename(path))));
      if (named.length > 0) {
        this.verify(named);
        return true;
      }
      if (checking) {
        const written = list.flatMap((item) => this.checksumFiles.get(item) ?? []);
        if (written.length > 0) {
          this.verify(written);
          return true;
        }
        // `kubectl.sha256` checks `kubectl`; a list such as SHA256SUMS checks what is beside it.
        const byName = this.tracked.filter((tracked) =>
          tracked.paths.some((path) => list.some((item) => item !== basename(path) && item.startsWith(basename(path)))),
        );
        if (byName.length > 0) this.verify(byName);
        else if (list.length > 0) this.verify(this.tracked.filter((tracked) => dirname(tracked.paths[0]!) === normalizePath(cwd)));
      }
      return true;
    }
    const signatureCheck =
      ((program === "gpg" || program === "gpg2") && args.some((arg) => arg === "--verify" || arg === "--verify-files")) ||
      program === "gpgv" ||
      program === "gpgv2" ||
      (program === "cosign" && (args[0] ?? "").startsWith("verify-blob")) ||
      (program === "minisign" && args.some((arg) => /^-[A-Za-z]*V/.test(arg))) ||
      (program === "signify" && args.some((arg) => /^-[A-Za-z]*[VC]/.test(arg))) ||
      (program === "rpm" && args.some((arg) => arg === "-K" || arg === "--checksig")) ||
      (program === "slsa-verifier" && args[0] === "verify-artifact") ||
      (program === "gh" && args[0] === "attestation" && args[1] === "verify") ||
      lower === "get-filehash" ||
      lower === "get-authenticodesignature";
    if (!signatureCheck) return false;
    // `gpg --verify file.asc` checks `file` (and the signature itself needs no check); names match as written or expanded.
    const named = [...args, ...args.map((arg) => this.expand(arg, shellVariables))];
    this.verify(this.mentioned([...named, ...named.map((arg) => arg.replace(/\.(?:asc|sig|sign|minisig|bundle|pem)$/, ""))].join(" ")));
    return true;
  }

  /** Records what a command does with tracked files (execute, unpack, install, move onto PATH). */
  private uses(written: string, program: string, args: string[], line: number, cwd: string, shellVariables: Map<string, string | undefined>): void {
    const lower = program.toLowerCase();
    const expanded = args.map((arg) => this.expand(arg, shellVariables));
    const operands = expanded.filter((arg) => !isOption(arg));
    const named = (words: string[]) => words.flatMap((word) => this.matching(word, cwd));

    // Running the file itself: `./install.sh`, `/tmp/x/bin/tool`, or a name put on PATH.
    const self = this.matching(this.expand(written, shellVariables), cwd).filter((tracked) => written.includes("/") || this.isOnPathTracked(tracked));
    if (self.length > 0) return this.use(self, "executed", basename(written), line);

    if (SHELLS.test(program) || INTERPRETERS.test(program) || program === "source" || program === "." || lower === "start-process" || program === "&") {
      // The script is the first operand (`sh -c` runs text, not a file).
      if (args.includes("-c") && SHELLS.test(program)) return;
      const target = lower === "start-process" ? (/^-filepath$/i.test(expanded[0] ?? "") ? expanded[1] : operands[0]) : operands[0];
      if (target !== undefined) this.use(this.matching(target, cwd), target.endsWith(".msi") ? "installed" : "executed", program, line);
      if (lower === "start-process")
        this.use(
          named(operands.slice(1)).filter((tracked) => /\.msi$/i.test(tracked.paths[0]!)),
          "installed",
          "msiexec",
          line,
        );
      return;
    }
    if (program === "java" && args.some((arg) => arg === "-jar" || arg.startsWith("-javaagent:"))) {
      const jar = args.includes("-jar") ? expanded[expanded.indexOf("-jar") + 1] : expanded.find((arg) => arg.startsWith("-javaagent:"))?.slice(11);
      if (jar !== undefined) this.use(this.matching(jar, cwd), "executed", "java", line);
      return;
    }
    const unpack = unpackerUse(program, expanded);
    if (unpack) return this.use(named(unpack.files), "unpacked", unpack.by, line);
    const install = installerUse(program, expanded);
    if (install) return this.use(named(install.files), "installed", install.by, line);
    if (program === "rm" || lower === "remove-item" || lower === "del") {
      // A removed file no longer ships; only what happened to it before counts.
      for (const tracked of named(operands)) tracked.pending = undefined;
      return;
    }
    if (program === "chmod") {
      const mode = operands[0] ?? "";
      if (/x/.test(mode) || /^[0-7]*[1357][0-7]{0,2}$/.test(mode)) this.defer(named(operands.slice(1)), "made executable", "chmod", line);
      return;
    }
    if (program === "mv" || program === "cp" || program === "install" || program === "ln" || lower === "move-item" || lower === "copy-item") {
      const valued =
        program === "install" ? new Set(["-m", "-o", "-g", "-t", "--mode", "--owner", "--group", "--target-directory"]) : new Set(["-t", "--target-directory"]);
      const plain: string[] = [];
      let targetDir: string | undefined;
      for (let index = 0; index < expanded.length; index++) {
        const word = expanded[index]!;
        if (valued.has(word)) {
          if (word === "-t" || word === "--target-directory") targetDir = expanded[index + 1];
          index++;
        } else if (word.startsWith("--target-directory=")) targetDir = word.slice(19);
        else if (!isOption(word) && !/^-(?:Path|Destination|LiteralPath)$/i.test(word)) plain.push(word);
      }
      const destination = targetDir ?? plain.pop();
      if (destination === undefined) return;
      const sources = plain.flatMap((word) => this.matching(word, cwd).map((tracked) => ({ tracked, word })));
      for (const { tracked, word } of sources) {
        const isDir =
          targetDir !== undefined || destination.endsWith("/") || plain.length > 1 || this.pathDirs.includes(normalizePath(joinPath(cwd, destination)));
        const target = isDir ? joinPath(joinPath(cwd, destination), basename(word)) : joinPath(cwd, destination);
        if (program !== "ln") tracked.paths.push(target);
        if (this.isOnPath(target)) this.defer([tracked], "put on PATH", `${program} to ${dirname(target)}`, line);
        else if (program === "install") this.use([tracked], "installed", "install", line);
      }
    }
  }
}

/** The text inside each `$(…)` and backtick pair of a word (quoted words keep them whole). */
function substitutionsIn(word: string): string[] {
  const found: string[] = [];
  for (let index = word.indexOf("$("); index !== -1; index = word.indexOf("$(", index + 2)) {
    let depth = 0;
    for (let at = index + 1; at < word.length; at++) {
      if (word[at] === "(") depth++;
      else if (word[at] === ")" && --depth === 0) {
        found.push(word.slice(index + 2, at));
        break;
      }
    }
  }
  for (const match of word.matchAll(/`([^`]*)`/g)) found.push(match[1]!);
  return found;
}

/**
 * The commands with, before each, the commands of the substitutions inside its quoted words
 * (`[ "$(sha256sum f | cut -c1-64)" = "$X" ]` runs sha256sum), on the same line.
 */
function withSubstitutions(commands: ShellCommand[], depth = 0): ShellCommand[] {
  if (depth > 4) return commands;
  return commands.flatMap((command) => {
    const inner = command.words.flatMap(substitutionsIn).flatMap((text) => shellCommands({ text, line: command.line }));
    return [...withSubstitutions(inner, depth + 1), command];
  });
}

/** What a consumer does with a download piped into it; undefined when it is not a use (gpg, tee, sha256sum). */
function pipeUse(program: string, args: string[]): UseKind | undefined {
  if (PIPE_INTERPRETERS.test(program)) return undefined; // curl-pipe-shell reports these
  if (program === "tar" || program === "bsdtar") return tarMode(args) === "extract" ? "unpacked" : undefined;
  if (["gunzip", "zcat", "unxz", "xzcat", "bunzip2", "bzcat", "unzstd", "zstdcat", "cpio", "busybox"].includes(program)) return "unpacked";
  if (["gzip", "xz", "bzip2", "zstd"].includes(program) && args.some((arg) => /^-[A-Za-z]*d/.test(arg) || arg === "--decompress")) return "unpacked";
  if (program === "dpkg" || program === "rpm" || program === "apk") return "installed";
  return undefined;
}

/** `tar` in extract mode? Reads both `-xzf` and the old `xzf` spelling. */
function tarMode(args: string[]): "extract" | "other" {
  const first = args[0] ?? "";
  if (/^[A-Za-z]+$/.test(first) && first.includes("x")) return "extract";
  return args.some((arg) => arg === "--extract" || arg === "--get" || /^-[A-Za-z]*x[A-Za-z]*$/.test(arg)) ? "extract" : "other";
}

/** Unpacking commands and the files they unpack. */
function unpackerUse(program: string, args: string[]): { by: string; files: string[] } | undefined {
  const operands = args.filter((arg) => !isOption(arg));
  if (program === "tar" || program === "bsdtar") {
    if (tarMode(args) !== "extract") return undefined;
    const files: string[] = [];
    args.forEach((arg, index) => {
      if (arg.startsWith("--file=")) files.push(arg.slice(7));
      else if (arg === "--file" || /^-?[A-Za-z]*f$/.test(arg)) files.push(args[index + 1] ?? "");
      else if (/^-[A-Za-z]*f[A-Za-z]+$/.test(arg)) files.push(arg.slice(arg.indexOf("f") + 1));
    });
    return { by: "tar", files: files.length > 0 ? files : operands };
  }
  if (["unzip", "gunzip", "unxz", "bunzip2", "unzstd", "rpm2cpio", "rpm2archive", "zcat", "xzcat", "bzcat"].includes(program))
    return { by: program, files: operands };
  if (["gzip", "xz", "bzip2", "zstd"].includes(program) && args.some((arg) => /^-[A-Za-z]*d/.test(arg) || arg === "--decompress"))
    return { by: `${program} -d`, files: operands };
  if ((program === "7z" || program === "7za" || program === "7zr") && (operands[0] === "x" || operands[0] === "e"))
    return { by: program, files: operands.slice(1) };
  if (program === "dpkg-deb" && args.some((arg) => /^(?:-x|-X|--extract|-R|--raw-extract)$/.test(arg))) return { by: "dpkg-deb", files: operands };
  if (program.toLowerCase() === "expand-archive") return { by: "Expand-Archive", files: args.filter((arg) => !arg.startsWith("-")) };
  return undefined;
}

/** Installing commands and the files they install. */
function installerUse(program: string, args: string[]): { by: string; files: string[] } | undefined {
  const operands = args.filter((arg) => !isOption(arg));
  if (program === "dpkg" && args.some((arg) => arg === "-i" || arg === "--install" || /^-[A-Za-z]*i/.test(arg))) return { by: "dpkg -i", files: operands };
  if (program === "rpm" && args.some((arg) => /^-[A-Za-z]*[iUF]/.test(arg) || arg === "--install" || arg === "--upgrade"))
    return { by: "rpm", files: operands };
  if (
    ["apt-get", "apt", "yum", "dnf", "microdnf", "zypper", "tdnf"].includes(program) &&
    ["install", "localinstall", "reinstall", "in"].includes(operands[0] ?? "")
  )
    return { by: `${program} install`, files: operands.slice(1) };
  if (program === "apk" && operands[0] === "add") return { by: "apk add", files: operands.slice(1) };
  if (/^pip[0-9.]*$/.test(program) && operands[0] === "install") return { by: "pip install", files: operands.slice(1) };
  if ((program === "npm" || program === "pnpm" || program === "yarn") && ["install", "i", "add"].includes(operands[0] ?? ""))
    return { by: `${program} install`, files: operands.slice(1) };
  if (program === "gem" && operands[0] === "install") return { by: "gem install", files: operands.slice(1) };
  if (program === "msiexec") return { by: "msiexec", files: args.filter((arg) => !arg.startsWith("/")) };
  return undefined;
}

/** Where a stage left off: what the stages built on it start from. */
interface StageState {
  workdir: string;
  variables: Environment;
}

/** Every download of every stage, with what became of it. */
export function downloadsOf(dockerfile: DockerfileModel): Download[] {
  const states = new Map<number, StageState>();
  const names = new VariableNames();
  const downloads: Download[] = [];
  for (const stage of dockerfile.stages) {
    const walk = new StageWalk(dockerfile, stage, stage.parent === undefined ? undefined : states.get(stage.parent), names);
    for (const instruction of stage.instructions) walk.instruction(instruction);
    walk.finish();
    states.set(stage.index, walk.state);
    downloads.push(...walk.downloads);
  }
  return downloads;
}
