import type { Finding } from "../findings.ts";
import { parseGroup, parsePasswd } from "../image/accounts.ts";
import { layerLocation, visibleFile } from "./image-files.ts";
import { accountDatabase, accountDatabaseNeeds } from "./runtime-user.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

export const duplicateIds: Check = defineCheck({
  id: "duplicate-ids",
  title: "Duplicate user or group IDs",
  severity: "medium",
  rationale: "Two accounts with one uid are one identity under two names: a second uid 0 account is root that audits and allow-lists miss.",
  remediation: "Give every account its own uid (and every group its own gid); remove aliases of root.",
  references: ["CIS Docker Benchmark 4.1", "Dockle DKL-LI-0002"],
  rules: {
    "uid-0-alias": "Another account with uid 0",
    "duplicate-uid": "Two accounts share a uid",
    "duplicate-gid": "Two groups share a gid",
  },
  imageNeeds: { files: accountDatabaseNeeds("passwd", "group"), entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings: Finding[] = [];
    const passwd = visibleFile(image, "/etc/passwd");
    const passwdText = accountDatabase(image, "passwd");
    if (passwd && passwdText !== undefined) {
      const byUid = new Map<number, string[]>();
      for (const entry of parsePasswd(passwdText)) byUid.set(entry.uid, [...(byUid.get(entry.uid) ?? []), entry.name]);
      for (const [uid, names] of byUid) {
        if (names.length < 2) continue;
        findings.push(
          makeFinding(duplicateIds, {
            rule: uid === 0 ? "uid-0-alias" : "duplicate-uid",
            severity: uid === 0 ? "high" : "medium",
            message: `uid ${uid} is shared by ${names.join(", ")} in /etc/passwd${uid === 0 ? ": more than one name for root" : ""}.`,
            location: layerLocation(passwd),
            key: `uid|${uid}`,
          }),
        );
      }
    }
    const group = visibleFile(image, "/etc/group");
    const groupText = accountDatabase(image, "group");
    if (group && groupText !== undefined) {
      const byGid = new Map<number, string[]>();
      for (const entry of parseGroup(groupText)) byGid.set(entry.gid, [...(byGid.get(entry.gid) ?? []), entry.name]);
      for (const [gid, names] of byGid) {
        if (names.length < 2) continue;
        findings.push(
          makeFinding(duplicateIds, {
            rule: "duplicate-gid",
            severity: "low",
            message: `gid ${gid} is shared by ${names.join(", ")} in /etc/group.`,
            location: layerLocation(group),
            key: `gid|${gid}`,
          }),
        );
      }
    }
    return findings;
  },
});
