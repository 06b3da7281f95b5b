import { commandsOf, programOf } from "../dockerfile/shell.ts";
import { dockerfileFindings, defineCheck, type Check } from "./types.ts";

/** One package manager: how to find its install command and tell a pinned name from a bare one. */
interface Manager {
  rule: "apt" | "apk" | "dnf" | "pip" | "npm" | "gem";
  /** Options that take a value (the next word, unless written `--opt=value`). */
  valued: Set<string>;
  /** How to pin, for the message. */
  hint: string;
}

const MANAGERS: Record<string, Manager> = {
  apt: {
    rule: "apt",
    valued: new Set(["-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file"]),
    hint: "name=version",
  },
  apk: {
    rule: "apk",
    valued: new Set([
      "-X",
      "--repository",
      "-t",
      "--virtual",
      "-p",
      "--root",
      "--keys-dir",
      "--repositories-file",
      "--arch",
      "--cache-dir",
      "--progress-fd",
      "--wait",
      "--timeout",
    ]),
    hint: "name=version or name~version",
  },
  dnf: {
    rule: "dnf",
    valued: new Set([
      "-x",
      "--exclude",
      "--enablerepo",
      "--disablerepo",
      "--installroot",
      "--releasever",
      "--repo",
      "--repoid",
      "-c",
      "--config",
      "--downloaddir",
      "--forcearch",
      "-d",
      "--debuglevel",
      "-e",
      "--errorlevel",
      "--setopt",
      "--rpmverbosity",
    ]),
    hint: "name-version",
  },
  pip: {
    rule: "pip",
    valued: new Set([
      "-i",
      "--index-url",
      "--extra-index-url",
      "-f",
      "--find-links",
      "-t",
      "--target",
      "--prefix",
      "--root",
      "--trusted-host",
      "--platform",
      "--python-version",
      "--implementation",
      "--abi",
      "--cache-dir",
      "--src",
      "--progress-bar",
      "--log",
      "--timeout",
      "--retries",
      "--proxy",
      "--cert",
      "--client-cert",
      "--global-option",
      "-C",
      "--config-settings",
      "--no-binary",
      "--only-binary",
      "--upgrade-strategy",
      "--root-user-action",
      "-e",
      "--editable",
      "--python",
    ]),
    hint: "name==version, or a requirements file with -r",
  },
  npm: {
    rule: "npm",
    valued: new Set([
      "--prefix",
      "--registry",
      "--cache",
      "--tag",
      "-w",
      "--workspace",
      "--omit",
      "--include",
      "--userconfig",
      "--loglevel",
      "--install-strategy",
    ]),
    hint: "name@version, or a lock file with npm ci",
  },
  gem: {
    rule: "gem",
    valued: new Set(["-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy", "--platform", "-g", "--file", "--build-root"]),
    hint: "name:version or -v version",
  },
};

/** The manager and the words after its install verb, when a command installs packages by name. */
function installCommand(program: string, args: string[]): { manager: Manager; tool: string; words: string[] } | undefined {
  const verbAt = (manager: Manager, verbs: string[], from = 0): number => {
    for (let index = from; index < args.length; index++) {
      const word = args[index]!;
      if (manager.valued.has(word)) index++;
      else if (!word.startsWith("-")) return verbs.includes(word) ? index : -1;
    }
    return -1;
  };
  const after = (manager: Manager, tool: string, verbs: string[], from = 0) => {
    const at = verbAt(manager, verbs, from);
    return at === -1 ? undefined : { manager, tool, words: [...args.slice(from, at), ...args.slice(at + 1)] };
  };
  if (program === "apt-get" || program === "apt" || program === "aptitude") return after(MANAGERS.apt!, program, ["install"]);
  if (program === "apk") return after(MANAGERS.apk!, program, ["add"]);
  if (["dnf", "yum", "microdnf", "tdnf"].includes(program)) return after(MANAGERS.dnf!, program, ["install"]);
  if (/^pip[0-9.]*$/.test(program)) return after(MANAGERS.pip!, program, ["install"]);
  if (/^python[0-9.]*$/.test(program) && args[0] === "-m" && args[1] === "pip") return after(MANAGERS.pip!, "pip", ["install"], 2);
  if (program === "uv" && args[0] === "pip") return after(MANAGERS.pip!, "uv pip", ["install"], 1);
  if (program === "npm") return after(MANAGERS.npm!, program, ["install", "i", "add", "isntall", "in"]);
  if (program === "pnpm") return after(MANAGERS.npm!, program, ["add"]);
  if (program === "yarn") return args[0] === "global" ? after(MANAGERS.npm!, "yarn global", ["add"], 1) : after(MANAGERS.npm!, program, ["add"]);
  if (program === "gem") return after(MANAGERS.gem!, program, ["install"]);
  return undefined;
}

/** A word that names something other than a registry package: a file, a URL, a variable, a group. */
function isNotAName(word: string): boolean {
  return (
    word === "" ||
    /[$`(){}*]/.test(word) ||
    /^[./~]/.test(word) ||
    /:\/\//.test(word) ||
    /^(?:git\+|file:|github:|git:|link:|workspace:)/.test(word) ||
    /\.(?:deb|rpm|apk|whl|tar\.gz|tgz|zip|gem)$/.test(word)
  );
}

/** The bare (unversioned) package names among the operands. */
function unpinnedNames(manager: Manager, words: string[]): string[] {
  const names: string[] = [];
  let versionFlag = false;
  let requirements = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word.startsWith("-")) {
      const [flag = ""] = word.split("=", 1);
      if (manager.rule === "gem" && (flag === "-v" || flag === "--version")) versionFlag = true;
      if (manager.rule === "pip" && /^(?:-r|--requirement|-c|--constraint)$/.test(flag)) requirements = true;
      if (manager.rule === "pip" && /^-[rc]./.test(word)) requirements = true;
      if (
        (manager.valued.has(word) ||
          (manager.rule === "gem" && (word === "-v" || word === "--version")) ||
          /^(?:-r|--requirement|-c|--constraint)$/.test(word)) &&
        !word.includes("=")
      )
        index++;
      continue;
    }
    if (isNotAName(word)) continue;
    if (!isPinned(manager, word)) names.push(word);
  }
  if (versionFlag || requirements) return [];
  return names;
}

function isPinned(manager: Manager, word: string): boolean {
  switch (manager.rule) {
    case "apt":
      return word.includes("=");
    case "apk":
      return /[=~<>]/.test(word);
    case "dnf":
      // name-version[-release]: the version starts with a digit (java-17-openjdk is a name).
      return word.startsWith("@") || /-\d[\w.+~^:]*(?:-\d[\w.+~^]*)?$/.test(word) || /[<>=]/.test(word);
    case "pip":
      return /(?:===?|~=)\s*[\w*]/.test(word) || /\s@\s|^[\w.-]+(?:\[[^\]]*\])?\s*@/.test(word);
    case "npm": {
      const at = word.indexOf("@", word.startsWith("@") ? 1 : 0);
      if (at === -1) return word.includes("/") && !word.startsWith("@"); // user/repo is a GitHub shorthand, not a registry name
      const version = word.slice(at + 1);
      return version !== "" && !/^(?:latest|next|\*|x|canary|beta|alpha|rc)$/i.test(version);
    }
    case "gem":
      return /:\S/.test(word);
    default:
      return true;
  }
}

export const unpinnedPackages: Check = defineCheck({
  id: "unpinned-packages",
  title: "Packages installed without a version",
  severity: "low",
  rationale:
    "A package installed by name gets whatever version the repository serves that day, so two builds of the same Dockerfile differ and a compromised or broken release flows in unreviewed.",
  remediation:
    "Pin versions (apt-get install curl=7.88.1-10+deb12u5, apk add curl=8.5.0-r0, pip install requests==2.31.0, npm install -g pnpm@9.1.0, gem install rails -v 7.1.3), or install from a lock or requirements file (npm ci, pip install -r requirements.txt).",
  references: ["NIST SP 800-190 §4.1.5", "hadolint DL3008/DL3013/DL3016/DL3018/DL3028/DL3041/DL3033"],
  rules: {
    apt: "apt-get/apt install of a package without =version",
    apk: "apk add of a package without =version or ~version",
    dnf: "dnf/yum/microdnf install of a package without -version",
    pip: "pip install of a package without ==version (and without -r/-c)",
    npm: "npm/pnpm/yarn install of a package without @version (npm ci and lock files are pinned)",
    gem: "gem install without :version or -v",
  },
  presets: {
    default: { action: "warn", why: "Almost every Dockerfile installs something by name; a team should see it before it blocks." },
    strict: {
      action: "fail",
      why: "A regulated image installs the versions that were reviewed. (The check most teams relax: pin through lock and requirements files, or set it to `warn`.)",
    },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const collected = dockerfileFindings(unpinnedPackages, dockerfile.path);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      if (!parsed) continue;
      // Redirections (`> /dev/null`, `2>&1`) are not packages.
      const args = parsed.args.filter((word, index, all) => !/^(?:\d*|&)[<>]/.test(word) && !/^(?:\d*|&)[<>]{1,2}$/.test(all[index - 1] ?? ""));
      const install = installCommand(parsed.program, args);
      if (!install) continue;
      const names = unpinnedNames(install.manager, install.words);
      if (names.length === 0) continue;
      const shown = names.length > 8 ? `${names.slice(0, 8).join(", ")} and ${names.length - 8} more` : names.join(", ");
      collected.add(
        install.manager.rule,
        `${install.tool} installs ${shown} without an exact version (pin with ${install.manager.hint}).`,
        command.line,
        `${install.tool} ${[...names].sort().join(" ")}`,
      );
    }
    return collected.findings;
  },
});
