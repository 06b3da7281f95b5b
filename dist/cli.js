#!/usr/bin/env node
import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  parseFormat,
  render,
  runGate,
  scrubOutput
} from "./chunks/chunk-2CGJWG2Y.js";
import "./chunks/chunk-VTHC3NIC.js";
import "./chunks/chunk-KOBFJD7X.js";
import "./chunks/chunk-DHVEYQYP.js";
import {
  GateError,
  firstLine
} from "./chunks/chunk-E3I2VQOH.js";
import "./chunks/chunk-ENLSQBIW.js";

// src/cli.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var USAGE = `Usage: image-gate [DOCKERFILE] [--image REF] [options]

Judges a Dockerfile and/or a built image against an assurance policy.
Exit 0: pass; 1: blocking findings; 2: could not run.

Options:
  --image REF              the built image: docker-archive:PATH, oci:DIR[:TAG], oci-archive:PATH[:TAG],
                           docker-daemon:NAME[:TAG], docker://HOST/REPO[:TAG|@DIGEST]
  --ecr-image REF          the ECR image whose scan is gated (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST])
  --ecr, --inspector       read the scan from ECR / Amazon Inspector (also: vulnerabilities.sources in the policy)
  --scan-results FILE      offline results: aws ecr describe-image-scan-findings or aws inspector2 list-findings JSON
  --policy FILE|PRESET     policy file or preset (default: .image-gate.yaml, else the "default" preset)
  --format FMT             what to print on stdout: table (default), json, sarif, junit, markdown
  --report FMT=FILE        also write a report in FMT to FILE (repeatable)
  --mode enforce|audit     audit reports everything and always exits 0
  --build-arg KEY=VALUE    value for an ARG, as docker build takes it (repeatable)
  --platform OS/ARCH       image of a multi-platform index to read, and TARGETPLATFORM for the Dockerfile
                           (default: linux/amd64, or the only one there is)
  --debug                  print stack traces for errors
  --version, --help
`;
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        image: { type: "string" },
        "ecr-image": { type: "string" },
        ecr: { type: "boolean" },
        inspector: { type: "boolean" },
        "scan-results": { type: "string", multiple: true },
        format: { type: "string", short: "f" },
        report: { type: "string", multiple: true },
        mode: { type: "string" },
        "build-arg": { type: "string", multiple: true },
        platform: { type: "string" },
        debug: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new GateError(`${firstLine(error).replace(/\. To specify a positional argument.*$/, "")} (see image-gate --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.version) return "version";
  if (positionals.length > 1) throw new GateError(`expected one Dockerfile, got ${positionals.length} arguments (see image-gate --help)`);
  if (values.mode !== void 0 && values.mode !== "enforce" && values.mode !== "audit") {
    throw new GateError(`--mode: expected enforce or audit, got "${values.mode}"`);
  }
  const buildArgs = {};
  for (const entry of values["build-arg"] ?? []) {
    const eq = entry.indexOf("=");
    const key = eq === -1 ? entry : entry.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new GateError(`--build-arg: "${key}" is not a valid ARG name`);
    const value = eq === -1 ? process.env[key] : entry.slice(eq + 1);
    if (value !== void 0) buildArgs[key] = value;
  }
  const reports = (values.report ?? []).map((entry) => {
    const eq = entry.indexOf("=");
    if (eq <= 0 || eq === entry.length - 1) throw new GateError(`--report: expected FORMAT=FILE, got "${entry}"`);
    return { format: parseFormat(entry.slice(0, eq), "--report"), file: entry.slice(eq + 1) };
  });
  const gate = { buildArgs };
  const dockerfile = positionals[0];
  if (dockerfile !== void 0) gate.dockerfile = dockerfile;
  if (values.policy !== void 0) gate.policy = values.policy;
  if (values.image !== void 0) gate.image = values.image;
  if (values["ecr-image"] !== void 0) gate.ecrImage = values["ecr-image"];
  if (values.ecr) gate.ecr = true;
  if (values.inspector) gate.inspector = true;
  if (values["scan-results"]) gate.scanResults = values["scan-results"];
  if (values.mode !== void 0) gate.mode = values.mode;
  if (values.platform !== void 0) gate.platform = values.platform;
  return { gate, format: parseFormat(values.format ?? "table", "--format"), reports, debug: values.debug ?? false };
}
function defaultDockerfile(gate) {
  if (gate.dockerfile !== void 0 || gate.image !== void 0 || gate.ecrImage !== void 0 || (gate.scanResults ?? []).length > 0) return gate;
  return { ...gate, dockerfile: "Dockerfile" };
}
function useColor(stream) {
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== void 0 && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}
function progressPrinter(stream) {
  let live = false;
  return {
    progress: (event) => {
      const seconds = Math.round(event.elapsedMs / 1e3);
      if (stream.isTTY) {
        stream.write(`\r\x1B[2K${event.what}: ${event.state}… ${seconds} s`);
        live = true;
      } else if (event.changed) {
        stream.write(`image-gate: ${event.what}: ${event.state} (${seconds} s)
`);
      }
    },
    finish: () => {
      if (live) stream.write("\r\x1B[2K");
      live = false;
    }
  };
}
async function main(argv) {
  const debug = argv.includes("--debug");
  try {
    const args = parseCli(argv);
    if (args === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (args === "version") {
      process.stdout.write(`${TOOL_VERSION}
`);
      return 0;
    }
    const printer = progressPrinter(process.stderr);
    const outcome = await runGate({ ...defaultDockerfile(args.gate), progress: printer.progress }).finally(printer.finish);
    for (const report of args.reports) {
      const file = path.resolve(report.file);
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, render(outcome.report, report.format, { color: false }));
      } catch (error) {
        throw new GateError(`${report.file}: cannot write the ${report.format} report (${error.code ?? firstLine(error)})`);
      }
    }
    process.stdout.write(render(outcome.report, args.format, { color: args.format === "table" && useColor(process.stdout) }));
    return outcome.exitCode;
  } catch (error) {
    if (debug && error instanceof Error) process.stderr.write(scrubOutput(`${error.stack ?? error.message}
`));
    if (error instanceof GateError) {
      process.stderr.write(scrubOutput(`image-gate: error: ${error.message}
`));
    } else {
      process.stderr.write(scrubOutput(`image-gate: internal error: ${firstLine(error)}${debug ? "" : " (run with --debug for details)"}
`));
    }
    return 2;
  }
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
