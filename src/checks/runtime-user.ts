/**
 * How container runtimes read a user spec (`USER`, the config's `User`) and /etc/passwd, so the
 * gate calls root exactly what runs as root. Docker and runc (moby/sys/user) and containerd parse
 * numbers with Go's strconv.Atoi, which takes a sign: `+0` and `-0` are uid 0. containerd then
 * keeps the low 32 bits (`4294967296` is 0 too), where runc refuses what is out of range; a uid
 * is root here when either would run it as 0. A spec with no user part (`:1000`) runs as uid 0.
 * In /etc/passwd, the first line whose name matches wins, and a uid field Atoi cannot read counts
 * as 0 (moby/sys/user ignores the error).
 */

import type { ImageModel } from "../image/model.ts";
import type { FileNeed } from "../image/needs.ts";

/** The account databases a check reads, for its `imageNeeds`. */
export type AccountDatabase = "passwd" | "group" | "shadow";

/**
 * Captures of the account databases: wherever a file of that name is (the image's /etc/passwd
 * may be a symlink to one, or /etc a symlink to another directory; which one a container reads is
 * resolved once all layers are read), and at their usual place as text whatever it looks like,
 * opened there as a container would and named after the database (`image.read.passwd`).
 */
export function accountDatabaseNeeds(...names: AccountDatabase[]): FileNeed[] {
  return names.flatMap((name) => [
    { path: `\\/${name}$`, why: `/etc/${name}, wherever its symbolic links lead` },
    { path: `^\\/etc\\/${name}$`, why: `/etc/${name}, wherever its symbolic links lead`, alwaysText: true, name, open: [`/etc/${name}`] },
  ]);
}

/** An account database's text as a container reads it (undefined: absent, unreadable, or no enabled check asked for it). */
export function accountDatabase(image: ImageModel, name: AccountDatabase): string | undefined {
  return image.read[name]?.final[`/etc/${name}`];
}

/** Why an account database that exists could not be read, if it could not. */
export function accountDatabaseProblem(image: ImageModel, name: AccountDatabase): string | undefined {
  return image.read[name]?.unreadable[`/etc/${name}`];
}

/** What the user part of a spec is to a runtime. */
export type RuntimeUser = { kind: "default" } | { kind: "uid"; uid: bigint; root: boolean } | { kind: "name"; name: string };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go's strconv.Atoi: an optional sign and decimal digits within int64; undefined otherwise. */
export function goAtoi(text: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}

/** True when a numeric uid runs as root under runc (0) or containerd (low 32 bits 0). */
export function isRootUid(uid: bigint): boolean {
  return BigInt.asUintN(32, uid) === 0n;
}

/** Reads the user part (before the first `:`) of a spec as runtimes do. */
export function runtimeUser(spec: string): RuntimeUser {
  const user = spec.split(":", 1)[0] ?? "";
  if (user === "") return { kind: "default" };
  const uid = goAtoi(user);
  if (uid !== undefined) return { kind: "uid", uid, root: isRootUid(uid) };
  return { kind: "name", name: user };
}

/** The uid /etc/passwd gives a name, read as moby/sys/user reads it; undefined when no line has the name. */
export function passwdUid(passwd: string, name: string): { uid: bigint; line: number } | undefined {
  const lines = passwd.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === "") continue;
    const fields = line.split(":");
    if (fields[0] !== name) continue;
    // Atoi's errors are ignored (0); a number out of range saturates, as Go returns it.
    const field = fields[2] ?? "";
    const parsed = /^[+-]?[0-9]+$/.test(field) ? BigInt(field) : 0n;
    const uid = parsed > INT64_MAX ? INT64_MAX : parsed < INT64_MIN ? INT64_MIN : parsed;
    return { uid, line: index + 1 };
  }
  return undefined;
}
