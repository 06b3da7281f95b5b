import { finalStage } from "../dockerfile/model.ts";
import type { Finding } from "../findings.ts";
import { makeFinding, type Check } from "./types.ts";

/** True for `root`, `0`, `00`: the user part of a USER value that means uid 0. */
export function isRootUserName(user: string): boolean {
  return user === "root" || /^0+$/.test(user);
}

export const rootUser: Check = {
  id: "root-user",
  title: "Image runs as root",
  severity: "high",
  rationale: "A process running as uid 0 turns any container escape or file-write bug into host-level damage.",
  remediation: "Create an unprivileged user and end the final stage with USER <uid>:<gid> (a numeric uid that is not 0).",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "AWS ECS best practices: run as non-root"],
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const stage = finalStage(dockerfile);
    const file = dockerfile.path;
    const stageName = stage.name ? `"${stage.name}"` : `(FROM ${stage.base.written})`;
    const findings: Finding[] = [];
    const user = stage.user;
    if (!user) {
      findings.push(
        makeFinding(rootUser, {
          rule: "no-user",
          message: `The final stage ${stageName} sets no USER, so the container runs as its base image's user, which is root for most images.`,
          location: { file, line: stage.line },
          key: `${file}|no-user`,
        }),
      );
      return findings;
    }
    const inherited = user.stage !== stage.index ? ` (inherited from stage ${dockerfile.stages[user.stage]?.name ?? user.stage})` : "";
    const userPart = user.value.split(":")[0] ?? "";
    if (userPart === "" && user.missing.length > 0) {
      findings.push(
        makeFinding(rootUser, {
          rule: "user-unresolved",
          message: `USER ${user.written}${inherited} refers to ${user.missing.join(", ")}, which has no value; the user would be empty, which is root.`,
          location: { file, line: user.line },
          key: `${file}|user-unresolved`,
        }),
      );
    } else if (isRootUserName(userPart)) {
      const written = user.written === user.value ? user.written : `${user.written} (= ${user.value})`;
      findings.push(
        makeFinding(rootUser, {
          rule: "user-root",
          message: `The final stage ${stageName} runs as root: USER ${written}${inherited}.`,
          location: { file, line: user.line },
          key: `${file}|user-root`,
        }),
      );
    }
    return findings;
  },
};
