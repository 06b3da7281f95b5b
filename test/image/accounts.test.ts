import { describe, expect, it } from "vitest";
import { parseGroup, parsePasswd, parseShadow } from "../../src/image/accounts.ts";

describe("account databases", () => {
  it("parses passwd, skipping comments, NIS lines and malformed rows", () => {
    const text = "root:x:0:0:root:/root:/bin/sh\n# comment\n+::::::\napp:x:0:0::/app:/bin/sh\nbroken:x:abc:0::/:/bin/sh\nsvc::1001:1001::/home/svc:/bin/sh\r\n";
    expect(parsePasswd(text).map((entry) => [entry.name, entry.password, entry.uid, entry.line])).toEqual([
      ["root", "x", 0, 1],
      ["app", "x", 0, 4],
      ["svc", "", 1001, 6],
    ]);
  });

  it("parses group and shadow", () => {
    expect(parseGroup("root:x:0:\nwheel:x:10:app\n").map((entry) => [entry.name, entry.gid])).toEqual([
      ["root", 0],
      ["wheel", 10],
    ]);
    expect(parseShadow("root:*:19000::::::\nsvc::19000::::::\n").map((entry) => [entry.name, entry.hash])).toEqual([
      ["root", "*"],
      ["svc", ""],
    ]);
  });
});
