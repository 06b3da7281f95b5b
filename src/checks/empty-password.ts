import type { Finding } from "../findings.ts";
import { parsePasswd, parseShadow } from "../image/accounts.ts";
import { layerLocation, visibleFile } from "./image-files.ts";
import { accountDatabase, accountDatabaseNeeds } from "./runtime-user.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

export const emptyPassword: Check = defineCheck({
  id: "empty-password",
  title: "Account without a password",
  severity: "high",
  rationale: "An account with an empty password field lets anyone who reaches a login path (su, a shell service) become that user without a secret.",
  remediation: "Lock the account (passwd -l <user>, or usermod -p '!' <user>) or remove it; service accounts need no password.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "Dockle DKL-LI-0001"],
  rules: {
    "empty-shadow-hash": "Empty password hash in /etc/shadow",
    "empty-passwd-field": "Empty password field in /etc/passwd",
  },
  imageNeeds: { files: accountDatabaseNeeds("passwd", "shadow"), entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings: Finding[] = [];
    const shadow = visibleFile(image, "/etc/shadow");
    const shadowText = accountDatabase(image, "shadow");
    if (shadow && shadowText !== undefined) {
      for (const entry of parseShadow(shadowText)) {
        if (entry.hash !== "") continue;
        findings.push(
          makeFinding(emptyPassword, {
            rule: "empty-shadow-hash",
            message: `Account "${entry.name}" has an empty password in /etc/shadow (line ${entry.line}).`,
            location: layerLocation(shadow),
            key: `shadow|${entry.name}`,
          }),
        );
      }
    }
    const passwd = visibleFile(image, "/etc/passwd");
    const passwdText = accountDatabase(image, "passwd");
    if (passwd && passwdText !== undefined) {
      for (const entry of parsePasswd(passwdText)) {
        if (entry.password !== "") continue;
        findings.push(
          makeFinding(emptyPassword, {
            rule: "empty-passwd-field",
            message: `Account "${entry.name}" has an empty password field in /etc/passwd (line ${entry.line}), so no password is asked.`,
            location: layerLocation(passwd),
            key: `passwd|${entry.name}`,
          }),
        );
      }
    }
    return findings;
  },
});
