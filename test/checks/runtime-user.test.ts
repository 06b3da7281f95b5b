import { describe, expect, it } from "vitest";
import { goAtoi, isRootUid, passwdUid, runtimeUser } from "../../src/checks/runtime-user.ts";
import { rootUser } from "../../src/checks/root-user.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

describe("user specs as container runtimes read them", () => {
  it.each([
    ["0", true],
    ["+0", true],
    ["-0", true],
    ["000", true],
    ["4294967296", true], // containerd keeps the low 32 bits
    ["-4294967296", true],
    ["1000", false],
    ["+1000", false],
    ["-1", false], // runc refuses it; containerd runs 4294967295
    ["9223372036854775808", false], // past int64: not a number to Atoi, so a name
  ])("%j is root: %s", (spec, root) => {
    const user = runtimeUser(spec);
    expect(user.kind === "uid" && user.root).toBe(root);
  });

  it("reads an empty user part as the default user, uid 0", () => {
    expect(runtimeUser(":1000")).toEqual({ kind: "default" });
    expect(runtimeUser("")).toEqual({ kind: "default" });
  });

  it("parses numbers as Go's Atoi does", () => {
    expect(goAtoi("+12")).toBe(12n);
    expect(goAtoi("1_000")).toBeUndefined();
    expect(goAtoi(" 1")).toBeUndefined();
    expect(goAtoi("0x10")).toBeUndefined();
    expect(isRootUid(0n)).toBe(true);
  });

  it("looks names up in passwd as moby/sys/user does: first match, unreadable uids are 0, comments are not special", () => {
    const passwd = "root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/app:/bin/sh\napp:x:0:0::/:/bin/sh\n  svc:x:abc:1::/:/bin/sh\n#old:x:1:1::/:/bin/sh\nshort\n";
    expect(passwdUid(passwd, "app")).toEqual({ uid: 1000n, line: 2 });
    expect(passwdUid(passwd, "svc")).toEqual({ uid: 0n, line: 4 });
    expect(passwdUid(passwd, "#old")).toEqual({ uid: 1n, line: 5 });
    expect(passwdUid(passwd, "short")).toEqual({ uid: 0n, line: 6 });
    expect(passwdUid(passwd, "nobody")).toBeUndefined();
  });
});

describe("root-user on Dockerfiles: signed and empty user parts", () => {
  it.each(["+0", "-0", "+0:+0", ":1000", "4294967296"])("flags USER %s", (user) => {
    expect(rulesAt(check(rootUser, ["FROM alpine:3.19", `USER ${user}`]))).toEqual(["user-root@2"]);
  });

  it("keeps judging USER name by name in a Dockerfile-only run", () => {
    expect(check(rootUser, ["FROM alpine:3.19", "USER app"])).toEqual([]);
  });
});
