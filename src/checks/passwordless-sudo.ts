/**
 * root-user's `passwordless-sudo` rule: a final user who may become root through sudo without a
 * password is root in all but name. Read from the Dockerfile (sudoers lines written by RUN or a
 * COPY heredoc in the final stage's chain) and from the image's /etc/sudoers and /etc/sudoers.d.
 */

import { expandWord } from "../dockerfile/expand.ts";
import { finalStage, stageChain, type DockerfileModel } from "../dockerfile/model.ts";
import { commandsOf, runScripts, shellCommands, type ShellCommand } from "../dockerfile/shell.ts";
import type { DockerfileLocation, LayerLocation } from "../findings.ts";
import { parseGroup, parsePasswd, parseShadow } from "../image/accounts.ts";
import type { ImageModel } from "../image/model.ts";
import type { ImageNeeds } from "../image/needs.ts";
import { parseSudoers, rootEquivalentRules, type RootEquivalentRule, type SudoUser } from "../image/sudoers.ts";
import { accountDatabase, accountDatabaseNeeds } from "./runtime-user.ts";

/** The name the image model lists sudo's rules under (`image.read.sudoers`). */
const SUDOERS = "sudoers";

/** What imageSudo reads: sudo's rules, the accounts they name, and the entry list (is sudo installed, where do the rules live). */
export const PASSWORDLESS_SUDO_NEEDS: ImageNeeds = {
  files: [
    {
      path: String.raw`^\/etc\/(?:sudoers|sudoers\.d\/[^/]+)$`,
      why: "sudo's rules, /etc/sudoers and /etc/sudoers.d (the passwordless-sudo rule; not read with `passwordless-sudo: false`)",
      name: SUDOERS,
    },
    ...accountDatabaseNeeds("passwd", "group", "shadow"),
  ],
  entries: true,
  config: ["user"],
};

export interface SudoVerdict {
  message: string;
  location: DockerfileLocation | LayerLocation;
  /** Every place the same grant was seen. */
  locations: Array<DockerfileLocation | LayerLocation>;
}

/** Groups whose members Debian, Fedora and Ubuntu images let use sudo; in Dockerfile-only runs the user is assumed to be in them. */
const ADMIN_GROUPS = ["sudo", "wheel", "admin"];

function describe(grant: RootEquivalentRule, user: string): string {
  const how =
    grant.because === "NOPASSWD"
      ? "without a password (NOPASSWD)"
      : grant.because === "!authenticate"
        ? "without a password (Defaults !authenticate)"
        : "and the account's password is empty";
  const what = grant.command === "ALL" ? "any command" : grant.command;
  return `The final user ${user} may run ${what} as root through sudo ${how} ("${grant.rule.text}"): the container runs as root in all but name.`;
}

/** Groups the Dockerfile adds the user to (usermod -aG, useradd -G, adduser USER GROUP, gpasswd -a). */
function dockerfileGroups(dockerfile: DockerfileModel, user: string): string[] {
  const groups = new Set<string>(ADMIN_GROUPS);
  for (const { command } of commandsOf(stageChain(dockerfile).flatMap((stage) => stage.instructions))) {
    const [program = "", ...args] = command.words.filter((word) => !/^(?:sudo|-[a-z]*f)$/.test(word));
    const groupList = (value: string | undefined) => (value ?? "").split(",").forEach((group) => group && groups.add(group));
    if ((program === "usermod" || program === "useradd") && args[args.length - 1] === user) {
      args.forEach((arg, index) => {
        if (arg === "-G" || arg === "--groups" || /^-a?G$/.test(arg) || arg === "-aG") groupList(args[index + 1]);
        else if (arg.startsWith("--groups=")) groupList(arg.slice(9));
      });
    } else if ((program === "adduser" || program === "addgroup") && args.filter((arg) => !arg.startsWith("-")).length === 2) {
      const [who, group] = args.filter((arg) => !arg.startsWith("-"));
      if (who === user) groupList(group);
    } else if (program === "gpasswd" && args[0] === "-a" && args[1] === user) groupList(args[2]);
  }
  return [...groups];
}

const SUDOERS_PATH = /\/etc\/sudoers(?:\.d(?:\/\S*)?)?/;

/** Sudoers text a command writes (its words and those piped into it), and the file it names. */
function writtenSudoers(command: ShellCommand): { text: string; target: string } | undefined {
  const chain: ShellCommand[] = [];
  for (let item: ShellCommand | undefined = command; item; item = item.pipedFrom) chain.unshift(item);
  const words = chain.flatMap((item) => item.words);
  const target = words.map((word) => SUDOERS_PATH.exec(word)?.[0]).find((path) => path !== undefined);
  if (target === undefined) return undefined;
  const text = words
    .filter((word) => !SUDOERS_PATH.test(word))
    .join("\n")
    .replace(/\\n/g, "\n");
  return { text, target };
}

/** True when `rm` of `operand` removes the sudoers file `target`. */
function removes(operand: string, target: string): boolean {
  const dir = operand.replace(/\/\*?$/, "");
  return operand === target || (target.startsWith(`${dir}/`) && (operand.endsWith("*") || /^\/etc\/sudoers\.d\/?$/.test(operand)));
}

/** What the Dockerfile says about a final user that is not root: the sudoers lines its stages write. */
export function dockerfileSudo(dockerfile: DockerfileModel): SudoVerdict | undefined {
  const stage = finalStage(dockerfile);
  const userValue = stage.user?.value.split(":")[0] ?? "";
  if (userValue === "") return undefined;
  const user: SudoUser = /^\d+$/.test(userValue)
    ? { name: userValue, uid: Number(userValue), groups: dockerfileGroups(dockerfile, userValue) }
    : { name: userValue, groups: dockerfileGroups(dockerfile, userValue) };
  const found: Array<{ place: DockerfileLocation; target: string; message: string }> = [];
  const variables = new Map<string, string>();
  const lookup = (name: string) => variables.get(name);
  const judge = (text: string, line: number, target: string) => {
    const expanded = expandWord(text.replace(/['"]/g, ""), lookup).value;
    const grants = rootEquivalentRules(parseSudoers(expanded), user);
    if (grants.length > 0)
      found.push({ place: { file: dockerfile.path, line }, target: expandWord(target, lookup).value, message: describe(grants[0]!, user.name) });
  };
  for (const current of stageChain(dockerfile)) {
    for (const instruction of current.instructions) {
      if (instruction.keyword === "ENV" || instruction.keyword === "ARG") {
        for (const property of instruction.properties ?? []) if (property.value !== null) variables.set(property.name, property.value);
        continue;
      }
      const heredocTarget =
        /\/etc\/sudoers/.test(instruction.args) && (instruction.keyword === "COPY" || instruction.keyword === "ADD" || instruction.keyword === "RUN");
      if (heredocTarget) for (const heredoc of instruction.heredocs) judge(heredoc.content, heredoc.line, SUDOERS_PATH.exec(instruction.args)![0]);
      for (const script of runScripts(instruction)) {
        for (const command of shellCommands(script)) {
          const words = command.words.filter((word) => word !== "sudo");
          // A sudoers file removed later in the chain no longer ships.
          if (words[0] === "rm") {
            const operands = words.slice(1).filter((word) => !word.startsWith("-"));
            for (let index = found.length - 1; index >= 0; index--)
              if (operands.some((operand) => removes(operand, found[index]!.target))) found.splice(index, 1);
            continue;
          }
          const written = writtenSudoers(command);
          if (written !== undefined) judge(written.text, command.line, written.target);
        }
      }
    }
  }
  if (found.length === 0) return undefined;
  const places = found.map((item) => item.place);
  return { message: found[0]!.message, location: places[0]!, locations: places };
}

/** What the image says about a config user that is not root: its own sudoers files, with the user resolved through /etc/passwd and /etc/group. */
export function imageSudo(image: ImageModel): SudoVerdict | undefined | "no-sudo" {
  // Rules in some layer's /etc/sudoers or /etc/sudoers.d, and sudo installed: else the lines are inert.
  const read = image.read[SUDOERS];
  const hasSudo = image.files.some((file) => /^\/(?:usr\/)?(?:local\/)?s?bin\/sudo$/.test(file.path) && !file.deleted);
  if (!read || read.versions.length === 0 || !hasSudo) return "no-sudo";
  const sudoers = read.final;
  const configUser = image.config.user.split(":")[0] ?? "";
  if (configUser === "") return undefined;
  const passwdText = accountDatabase(image, "passwd");
  const groupText = accountDatabase(image, "group");
  const shadowText = accountDatabase(image, "shadow");
  const passwd = passwdText ? parsePasswd(passwdText) : [];
  const account = /^\d+$/.test(configUser) ? passwd.find((entry) => entry.uid === Number(configUser)) : passwd.find((entry) => entry.name === configUser);
  if (account?.uid === 0) return undefined;
  const name = account?.name ?? configUser;
  const groups = new Set<string>();
  for (const group of groupText ? parseGroup(groupText) : []) {
    if (group.members.includes(name) || (account && group.gid === account.gid)) {
      groups.add(group.name);
      groups.add(`#${group.gid}`);
    }
  }
  const shadow = shadowText ? parseShadow(shadowText).find((entry) => entry.name === name) : undefined;
  const user: SudoUser = { name, groups: [...groups], emptyPassword: shadow !== undefined && shadow.hash === "" };
  if (account) user.uid = account.uid;
  else if (/^\d+$/.test(configUser)) user.uid = Number(configUser);

  // sudo reads /etc/sudoers, and /etc/sudoers.d only through its includedir; it skips names with a dot or ending in ~.
  const main = sudoers["/etc/sudoers"];
  const included = main === undefined || /^[#@]includedir\s+\/etc\/sudoers\.d\/?\s*$/m.test(main);
  const files = Object.entries(sudoers).filter(
    ([path]) => path === "/etc/sudoers" || (included && !/[.~][^/]*$/.test(path.slice("/etc/sudoers.d/".length)) && !path.endsWith("~")),
  );
  const places: LayerLocation[] = [];
  let first: string | undefined;
  for (const [path, text] of files) {
    const grants = rootEquivalentRules(parseSudoers(text), user);
    if (grants.length === 0) continue;
    const entry = image.files.find((file) => file.path === path && !file.deleted);
    places.push({ layer: entry?.layerDigest ?? "", path, deleted: false });
    first ??= describe(grants[0]!, name);
  }
  if (places.length === 0) return undefined;
  return { message: first!, location: places[0]!, locations: places };
}
