import { commandsOf, programOf } from "../dockerfile/shell.ts";
import type { Finding } from "../findings.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

const DOWNLOADERS = new Set(["curl", "wget", "fetch", "aria2c"]);
const INTERPRETERS = /^(?:ba|da|z|k|a|fi)?sh$|^(?:python[0-9.]*|perl|ruby|node|php)$/;

export const curlPipeShell: Check = defineCheck({
  id: "curl-pipe-shell",
  title: "Remote script piped into a shell",
  severity: "medium",
  rationale: "curl ... | sh runs whatever the server returns at build time, unreviewed and unverified, with the build's privileges.",
  remediation: "Download the script or package to a file, verify its checksum or signature, then run it; better, install from a signed package repository.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.11"],
  rules: {
    "pipe-to-interpreter": "Download piped into an interpreter",
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const { command, instruction } of commandsOf(dockerfile.instructions)) {
      const program = programOf(command)?.program;
      const source = command.pipedFrom ? programOf(command.pipedFrom) : undefined;
      let downloader: string | undefined;
      let interpreter: string | undefined;
      if (program && INTERPRETERS.test(program) && source && DOWNLOADERS.has(source.program)) {
        // curl ... | sh
        downloader = source.program;
        interpreter = program;
      } else if (program && DOWNLOADERS.has(program) && source && INTERPRETERS.test(source.program) && command.pipedFrom!.words.includes("<(")) {
        // bash <(curl ...)
        downloader = program;
        interpreter = source.program;
      } else if (program && INTERPRETERS.test(program)) {
        // sh -c "$(curl ...)"
        const inline = command.words.find((word) => /(?:\$\(|`)\s*(?:curl|wget)\b/.test(word));
        if (inline) {
          downloader = /wget/.test(inline) ? "wget" : "curl";
          interpreter = program;
        }
      }
      if (!downloader || !interpreter || seen.has(command.line)) continue;
      seen.add(command.line);
      findings.push(
        makeFinding(curlPipeShell, {
          rule: "pipe-to-interpreter",
          message: `${instruction.keyword === "ONBUILD" ? "ONBUILD RUN" : "RUN"} pipes a ${downloader} download into ${interpreter}.`,
          location: { file, line: command.line },
          key: `${file}|${downloader}|${interpreter}|${command.words.join(" ")}`,
        }),
      );
    }
    return findings;
  },
});
