import { describe, expect, it } from "vitest";
import { packagedChecksums } from "../../src/secrets/allow-rules.ts";

/** The reading the lookup must agree with: every line parsed with the expression, every path kept. */
function everyChecksum(texts: string[]): Map<string, Set<string>> {
  const sums = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const line of text.split("\n")) {
      const match = /^([0-9a-f]{32}) {1,2}(.+)$/.exec(line.trim());
      if (!match) continue;
      const path = `/${match[2]!.replace(/^\.?\//, "")}`;
      sums.set(path, (sums.get(path) ?? new Set()).add(match[1]!));
    }
  }
  return sums;
}

const md5 = (seed: number) => seed.toString(16).padStart(32, "0");

describe("packagedChecksums", () => {
  const texts = [
    [
      `${md5(1)}  usr/lib/a.py`,
      `${md5(2)} usr/lib/one-space.py`,
      `${md5(3)}  ./usr/lib/dot-slash.py`,
      `${md5(4)}  /usr/lib/slash.py\r`,
      `  ${md5(5)}  usr/lib/indented.py  `,
      `${md5(6)}   usr/lib/three-spaces.py`,
      `${md5(7).toUpperCase().replace(/0/g, "A")}  usr/lib/upper.py`,
      `${md5(8).slice(1)}  usr/lib/short.py`,
      `${md5(9)}usr/lib/no-space.py`,
      `${md5(10)}  usr/lib/a.py`,
      `${md5(11)}  usr/lib/with\u2028separator.py`,
      `${md5(12)}  `,
      "",
      "not a checksum line",
    ].join("\n"),
    `${md5(13)}  usr/lib/a.py`,
  ];
  const paths = [
    "/usr/lib/a.py",
    "/usr/lib/one-space.py",
    "/usr/lib/dot-slash.py",
    "/usr/lib/slash.py",
    "/usr/lib/indented.py",
    "/ usr/lib/three-spaces.py",
    "/usr/lib/upper.py",
    "/usr/lib/short.py",
    "/usr/lib/no-space.py",
    "/usr/lib/with\u2028separator.py",
    "/usr/lib/unlisted.py",
  ];

  it("reads each line as the dpkg expression does, for the paths asked about", () => {
    const all = everyChecksum(texts);
    const found = packagedChecksums(texts, new Set(paths));
    for (const path of paths) expect([path, found.get(path)]).toEqual([path, all.get(path)]);
    expect(found.get("/usr/lib/a.py")).toEqual(new Set([md5(1), md5(10), md5(13)]));
    expect(found.get("/usr/lib/dot-slash.py")).toEqual(new Set([md5(3)]));
  });

  it("keeps nothing it was not asked about", () => {
    expect(packagedChecksums(texts, new Set(["/usr/lib/slash.py"]))).toEqual(new Map([["/usr/lib/slash.py", new Set([md5(4)])]]));
    expect(packagedChecksums(texts, new Set()).size).toBe(0);
  });
});
