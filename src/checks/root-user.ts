import { finalStage, type DockerfileModel } from "../dockerfile/model.ts";
import type { Finding, Location } from "../findings.ts";
import type { ImageModel } from "../image/model.ts";
import { dockerfileSudo, imageSudo, PASSWORDLESS_SUDO_NEEDS } from "./passwordless-sudo.ts";
import { accountDatabase, accountDatabaseNeeds, accountDatabaseProblem, isRootUid, passwdUid, runtimeUser } from "./runtime-user.ts";
import * as z from "zod/mini";
import { makeFinding, defineCheck, type Check, type Evidence } from "./types.ts";

/** True for `root`, `0`, `00`, `+0`, `-0` (and other uids a runtime runs as 0): a USER value's user part that means root. */
function isRootUserName(user: string): boolean {
  const parsed = runtimeUser(user);
  return user === "root" || (parsed.kind === "uid" && parsed.root);
}

interface Verdict {
  rule: string;
  message: string;
  location: Location;
}

/** What the Dockerfile says about the final user, when it says the container runs as root. */
function dockerfileVerdict(dockerfile: DockerfileModel): Verdict | undefined {
  const stage = finalStage(dockerfile);
  const file = dockerfile.path;
  const stageName = stage.name ? `"${stage.name}"` : `(FROM ${stage.base.written})`;
  const user = stage.user;
  if (!user) {
    return {
      rule: "no-user",
      message: `The final stage ${stageName} sets no USER, so the container runs as its base image's user, which is root for most images.`,
      location: { file, line: stage.line },
    };
  }
  const inherited = user.stage !== stage.index ? ` (inherited from stage ${dockerfile.stages[user.stage]?.name ?? user.stage})` : "";
  const userPart = user.value.split(":")[0] ?? "";
  if (userPart === "" && user.missing.length > 0) {
    return {
      rule: "user-unresolved",
      message: `USER ${user.written}${inherited} refers to ${user.missing.join(", ")}, which has no value; the user would be empty, which is root.`,
      location: { file, line: user.line },
    };
  }
  if (userPart === "") {
    return {
      rule: "user-root",
      message: `The final stage ${stageName} runs as root: USER ${user.written}${inherited} names no user, and runtimes run that as uid 0.`,
      location: { file, line: user.line },
    };
  }
  if (isRootUserName(userPart)) {
    const written = user.written === user.value ? user.written : `${user.written} (= ${user.value})`;
    return { rule: "user-root", message: `The final stage ${stageName} runs as root: USER ${written}${inherited}.`, location: { file, line: user.line } };
  }
  return undefined;
}

/** What the image config (resolved through the image's own /etc/passwd) says, when it is root or cannot be told. */
function imageVerdict(image: ImageModel): Verdict | undefined {
  const location = { config: "User" };
  const user = image.config.user.trim();
  if (user === "") return { rule: "config-user-empty", message: "The image config sets no User, so the container runs as root.", location };
  const parsed = runtimeUser(user);
  if (parsed.kind === "default") {
    return { rule: "config-user-empty", message: `The image config's User "${user}" names no user, so the container runs as root (uid 0).`, location };
  }
  if (parsed.kind === "uid") {
    if (!parsed.root) return undefined;
    const plain = /^0+(?::|$)/.test(user) ? "" : ` (container runtimes read ${user.split(":", 1)[0]} as uid 0)`;
    return { rule: "config-user-root", message: `The image config runs the container as root (User "${user}")${plain}.`, location };
  }
  if (parsed.name === "root") return { rule: "config-user-root", message: `The image config runs the container as root (User "${user}").`, location };
  const passwd = accountDatabase(image, "passwd");
  if (passwd !== undefined) {
    const account = passwdUid(passwd, parsed.name);
    if (account && isRootUid(account.uid)) {
      return {
        rule: "passwd-uid-0",
        message: `The image config's User "${user}" is uid 0 in the image's /etc/passwd (line ${account.line}): the container runs as root under another name.`,
        location,
      };
    }
    return undefined;
  }
  const problem = accountDatabaseProblem(image, "passwd");
  if (problem !== undefined) {
    // Fail closed: a name the gate cannot look up might be uid 0.
    return {
      rule: "accounts-unreadable",
      message: `The image config's User "${user}" is a name, and the image's accounts could not be read (${problem}): the gate cannot tell whether it is uid 0.`,
      location,
    };
  }
  // No /etc/passwd at all: runtimes refuse to start a container whose user is a name they cannot find.
  return undefined;
}

const OPTIONS = {
  "passwordless-sudo": z.optional(
    z
      .boolean()
      .check(
        z.describe(
          "Judge root-equivalent sudo (rule passwordless-sudo; default true). false: that rule is off, and the image's sudoers files, /etc/group and /etc/shadow are not read for it",
        ),
      ),
  ),
};

export const rootUser: Check<typeof OPTIONS> = defineCheck({
  id: "root-user",
  title: "Image runs as root",
  severity: "high",
  rationale: "A process running as uid 0 turns any container escape or file-write bug into host-level damage.",
  remediation: "Create an unprivileged user and end the final stage with USER <uid>:<gid> (a numeric uid that is not 0); give that user no passwordless sudo.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "AWS ECS best practices: run as non-root"],
  rules: {
    "no-user": "The final stage sets no USER",
    "user-root": "USER is root",
    "user-unresolved": "USER resolves to an empty user",
    "config-user-empty": "The image config sets no User",
    "config-user-root": "The image config's User is root",
    "passwd-uid-0": "The User is uid 0 in the image's /etc/passwd",
    "passwordless-sudo": "The final user may become root through sudo without a password",
    "accounts-unreadable": "The User is a name the image's unreadable /etc/passwd cannot resolve",
  },
  options: OPTIONS,
  // The config's User, resolved through the image's /etc/passwd; the passwordless-sudo rule, unless turned off, reads sudo's rules too.
  imageNeeds: (options) => ({
    files: [...accountDatabaseNeeds("passwd"), ...(options["passwordless-sudo"] === false ? [] : (PASSWORDLESS_SUDO_NEEDS.files ?? []))],
    entries: true,
    config: ["user"],
  }),
  presets: {
    default: {
      action: "fail",
      why: "Running as root is almost never needed in production; a user who can sudo to root without a password (`passwordless-sudo`) is root in all but name.",
    },
    strict: { action: "fail" },
  },
  run(evidence, options) {
    const fromDockerfile = evidence.dockerfile ? dockerfileVerdict(evidence.dockerfile) : undefined;
    // The image is what ships: where it has a say, its facts win over the Dockerfile's.
    const verdict = evidence.image ? imageVerdict(evidence.image) : fromDockerfile;
    if (!verdict) return options["passwordless-sudo"] === false ? [] : passwordlessSudo(evidence, fromDockerfile !== undefined);
    const finding: Finding = makeFinding(rootUser, {
      rule: verdict.rule,
      message: verdict.message,
      location: verdict.location,
      key: `${evidence.dockerfile?.path ?? ""}|runtime-user`,
    });
    if (evidence.image && fromDockerfile) finding.locations = [verdict.location, fromDockerfile.location];
    return [finding];
  },
});

/** A non-root final user who can sudo to root without a password: one finding, every place it is granted. */
function passwordlessSudo(evidence: Evidence, dockerfileUserIsRoot: boolean): Finding[] {
  const fromDockerfile = evidence.dockerfile && !dockerfileUserIsRoot ? dockerfileSudo(evidence.dockerfile) : undefined;
  const fromImage = evidence.image ? imageSudo(evidence.image) : undefined;
  // With an image, its own files decide (no sudo binary: the lines are inert); the Dockerfile's lines join as places.
  const verdict = evidence.image ? (fromImage === "no-sudo" ? undefined : fromImage) : fromDockerfile;
  if (!verdict) return [];
  const finding = makeFinding(rootUser, {
    rule: "passwordless-sudo",
    message: verdict.message,
    location: verdict.location,
    key: `${evidence.dockerfile?.path ?? ""}|passwordless-sudo`,
  });
  const places = [...verdict.locations, ...(evidence.image && fromDockerfile ? fromDockerfile.locations : [])];
  if (places.length > 1) finding.locations = places;
  return [finding];
}
