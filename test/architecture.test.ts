/**
 * The one-way flow of ARCHITECTURE.md, checked over every import under src/: sources turn input
 * into evidence, checks judge evidence, the policy decides, reports render. An import against the
 * flow, a cycle between directories or modules, or a check or report that reaches I/O fails here.
 * So does a file name or path pattern in the image readers: what they read is the checks' say.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/** The shells: they wire the pipeline together and may import anything. */
const SHELLS = new Set(["action.ts", "cli.ts", "cli-main.ts", "main.ts", "gate.ts", "pin.ts"]);

/** What the secret rules themselves stand on: severities and findings, globs. */
const BASE = new Set(["findings.ts", "glob.ts"]);

/**
 * The area of a file: its directory under src/, `shell` for the shells, `base` for what the
 * secret rules need, and `foundation` for the neutral helpers every area may use (errors, input
 * files, polling and the run's clock, image and ECR references). Redaction is part of secrets/
 * and foundation uses it: no error message prints a secret.
 */
function areaOf(file: string): string {
  if (!file.includes("/")) return SHELLS.has(file) ? "shell" : BASE.has(file) ? "base" : "foundation";
  const area = file.split("/")[0]!;
  return area === "reference" ? "foundation" : area;
}

const COMMON = ["base", "secrets", "foundation"];

/** What each area may import besides itself (the shells may import anything). */
const ALLOWED: Record<string, readonly string[]> = {
  base: [],
  secrets: ["base"],
  foundation: ["base", "secrets"],
  aws: [...COMMON],
  dockerfile: [...COMMON],
  image: [...COMMON, "dockerfile", "aws"],
  scans: [...COMMON, "aws", "image"],
  "supply-chain": [...COMMON, "aws", "image", "dockerfile"],
  checks: [...COMMON, "dockerfile", "image", "scans", "supply-chain"],
  policy: [...COMMON, "checks", "scans"],
  report: [...COMMON, "checks", "policy", "scans", "supply-chain"],
  docs: [...COMMON, "checks", "policy"],
};

/** Node and package modules that mean I/O: a module that reaches one of them at run time is a source. */
const IO_PACKAGES = /^(?:node:)?(?:fs|fs\/promises|http|https|http2|net|tls|dns|dgram|child_process|worker_threads)$|^@aws-sdk\//;

interface Import {
  from: string;
  /** A file under src/ (relative), or the package specifier. */
  to: string;
  local: boolean;
  typeOnly: boolean;
  dynamic: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [path.relative(SRC, full)] : [];
  });
}

/** Every import, re-export and dynamic import of a file (comments and strings in code are rare enough in import position to parse by pattern). */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(SRC, file), "utf8");
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean, dynamic: boolean) => {
    const local = specifier.startsWith(".");
    const to = local ? path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), specifier)) : specifier;
    found.push({ from: file, to, local, typeOnly, dynamic });
  };
  const statics = /^(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/gm;
  for (const match of text.matchAll(statics)) {
    // `import { type A, type B } from` erases as fully as `import type`.
    const names = /\{([^}]*)\}/.exec(match[0])?.[1];
    const allTypes = names !== undefined && names.split(",").every((name) => name.trim() === "" || name.trim().startsWith("type "));
    add(match[3]!, match[2] !== undefined || allTypes, false);
  }
  for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) add(match[1]!, false, true);
  return found;
}

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);
const runtime = imports.filter((edge) => !edge.typeOnly);

/** Files that do I/O themselves or through their static runtime imports. */
function ioFiles(): Set<string> {
  const io = new Set(runtime.filter((edge) => !edge.local && !edge.dynamic && IO_PACKAGES.test(edge.to)).map((edge) => edge.from));
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of runtime) {
      if (edge.local && !edge.dynamic && io.has(edge.to) && !io.has(edge.from)) {
        io.add(edge.from);
        grew = true;
      }
    }
  }
  return io;
}

/** Strongly connected components of more than one node (Tarjan). */
function cycles(nodes: Iterable<string>, edges: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

describe("architecture", () => {
  it("finds the source files and their imports", () => {
    expect(files).toContain("gate.ts");
    expect(files).toContain("checks/root-user.ts");
    expect(imports.filter((edge) => edge.local).length).toBeGreaterThan(300);
    for (const edge of imports.filter((candidate) => candidate.local))
      expect(existsSync(path.join(SRC, edge.to)), `${edge.from} imports a missing ${edge.to}`).toBe(true);
  });

  it("every area is known to the rules", () => {
    const unknown = [...new Set(files.map(areaOf))].filter((area) => area !== "shell" && !(area in ALLOWED));
    expect(unknown, "a new directory under src/: give it a place in ALLOWED and in ARCHITECTURE.md").toEqual([]);
  });

  it("imports follow the flow: sources -> evidence -> checks -> policy -> reports", () => {
    const against = imports
      .filter((edge) => edge.local)
      .filter((edge) => {
        const from = areaOf(edge.from);
        const to = areaOf(edge.to);
        return from !== "shell" && from !== to && !ALLOWED[from]!.includes(to);
      })
      .map((edge) => `${edge.from} -> ${edge.to}`);
    expect(against).toEqual([]);
  });

  it("no cycle between areas", () => {
    const edges = new Map<string, Set<string>>();
    for (const edge of imports.filter((candidate) => candidate.local)) {
      const from = areaOf(edge.from);
      const to = areaOf(edge.to);
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    expect(cycles(edges.keys(), edges)).toEqual([]);
  });

  it("no cycle between modules through runtime imports", () => {
    const edges = new Map<string, Set<string>>();
    for (const edge of runtime.filter((candidate) => candidate.local)) edges.set(edge.from, (edges.get(edge.from) ?? new Set()).add(edge.to));
    expect(cycles(files, edges)).toEqual([]);
  });

  it("checks, the policy's decision and reports do no I/O, not even through what they import", () => {
    const io = ioFiles();
    // Sanity: the detector sees the sources as sources.
    expect(io).toContain("image/load.ts");
    expect(io).toContain("aws/ecr-login.ts");
    const pure = files.filter((file) => /^(checks|report)\//.test(file) || file === "policy/decide.ts");
    expect(pure.filter((file) => io.has(file))).toEqual([]);
  });

  it("a Dockerfile-only run loads the image machinery and the AWS SDK only through dynamic imports", () => {
    const reached = new Set(["cli.ts", "cli-main.ts", "action.ts"]);
    for (let grew = true; grew;) {
      grew = false;
      for (const edge of runtime) {
        if (edge.local && !edge.dynamic && reached.has(edge.from) && !reached.has(edge.to)) {
          reached.add(edge.to);
          grew = true;
        }
      }
    }
    const heavy = [...reached].filter((file) =>
      /^(image\/(load|layer-|registry|daemon|.*-store|resolve-image)|aws\/(ecr-login|sdk)|scans\/(aws|inspector|ecr-))/.test(file),
    );
    expect(heavy).toEqual([]);
    const sdk = runtime.filter((edge) => !edge.local && !edge.dynamic && reached.has(edge.from) && edge.to.startsWith("@aws-sdk/"));
    expect(sdk.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([]);
  });

  it("no dead exports: every exported function, constant or class is named in another file", () => {
    const readers = [
      ...files.map((file) => path.join(SRC, file)),
      ...sourceFiles(path.resolve(SRC, "../test")).map((file) => path.resolve(SRC, file)),
      ...readdirSync(path.resolve(SRC, "../scripts")).map((file) => path.resolve(SRC, "../scripts", file)),
    ].filter((file) => /\.(ts|mjs|js)$/.test(file));
    // The identifiers each file names: a word match is conservative (a use is never missed).
    const words = new Map(readers.map((file) => [file, new Set(readFileSync(file, "utf8").match(/[A-Za-z_$][\w$]*/g))]));
    const dead: string[] = [];
    for (const file of files) {
      const own = path.join(SRC, file);
      for (const match of readFileSync(own, "utf8").matchAll(/^export (?:async )?(?:function\*?|const|let|class|enum) ([A-Za-z_$][\w$]*)/gm)) {
        const name = match[1]!;
        const used = [...words].some(([reader, named]) => reader !== own && named.has(name));
        if (!used) dead.push(`${file}: ${name}`);
      }
    }
    expect(dead, "exported but named nowhere else: drop the export, or the code").toEqual([]);
  });

  it("the image readers hold no rule: no file name, pattern or credential rule in the walker, its threads, file contents or assembly", () => {
    // What is read, and what a file means, comes from the checks' declared needs and the secret rules.
    const readers = ["image/layer-walker.ts", "image/layer-worker.ts", "image/layer-threads.ts", "image/file-content.ts", "image/assemble.ts"];
    for (const file of readers) {
      const code = readFileSync(path.join(SRC, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:\\])\/\/.*$/gm, "$1");
      const found = {
        file,
        names: /passwd|shadow|\bgroup\b|sudoers|md5sums|dpkg|\.npmrc|id_rsa|\bAKIA|BEGIN [A-Z ]*PRIVATE KEY|\/etc\/|\.pem\b|\.netrc|kubeconfig/i.exec(
          code,
        )?.[0],
        constructed: /new RegExp|RegExp\(/.exec(code)?.[0],
        // A regular-expression literal: a slash-delimited pattern where an expression starts.
        literal: /(?:^|[=(,:!&|?;{}[]|\breturn)\s*\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuyv]*/m.exec(code)?.[0],
      };
      expect(found).toEqual({ file, names: undefined, constructed: undefined, literal: undefined });
    }
  });
});
