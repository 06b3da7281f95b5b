import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  parseBuildArgs,
  parseFormat,
  render,
  runGate,
  scrubOutput
} from "./chunk-FTCV5GC3.js";
import "./chunk-YFLYDOZ3.js";
import "./chunk-ITT2IBVO.js";
import "./chunk-BH7SIBKX.js";
import "./chunk-7XF7MECG.js";
import "./chunk-IAMAJJEA.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-IAWQKDHJ.js";
import "./chunk-BUOUAKQC.js";
import "./chunk-FIMDBGEE.js";
import "./chunk-LOFLENB6.js";
import {
  GateError,
  firstLine,
  quoteInput
} from "./chunk-MSQ75MTB.js";
import "./chunk-NAQIIRL5.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";

// src/cli-main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/progress.ts
function isCi(env) {
  const value = env.CI;
  return value !== void 0 && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}
var REDRAW_MS = 100;
function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
function createProgressPrinter(stream, env, now = Date.now) {
  const live = stream.isTTY === true && !isCi(env);
  let drawn = false;
  let lastDraw = 0;
  let started;
  const draw = (text, force) => {
    const time = now();
    if (!force && time - lastDraw < REDRAW_MS) return;
    lastDraw = time;
    stream.write(`\r\x1B[2K${text}`);
    drawn = true;
  };
  return {
    scan: (event) => {
      const seconds = Math.round(event.elapsedMs / 1e3);
      if (live) draw(`${event.what}: ${event.state}… ${seconds} s`, true);
      else if (event.changed) stream.write(`image-gate: ${event.what}: ${event.state} (${seconds} s)
`);
    },
    image: (event) => {
      if (!live) return;
      started ??= now();
      const seconds = (now() - started) / 1e3;
      const rate = seconds >= 0.5 ? ` · ${megabytes(event.bytes / seconds)}/s` : "";
      const layers = event.layersTotal !== void 0 ? `${event.layersDone}/${event.layersTotal} layers` : `${event.layersDone} layers`;
      draw(`image-gate: ${event.activity}: ${layers} · ${megabytes(event.bytes)}${rate}`, event.layersDone === event.layersTotal);
    },
    finish: () => {
      if (drawn) stream.write("\r\x1B[2K");
      drawn = false;
    }
  };
}

// src/cli-main.ts
var USAGE = `Usage: image-gate [DOCKERFILE] [--image REF] [options]

Judges a Dockerfile and/or a built image against an assurance policy.
Exit 0: pass; 1: blocking findings; 2: could not run.

Options:
  --image REF              the built image: docker-archive:PATH[:NAME:TAG|:@N], oci:DIR[:TAG], oci-archive:PATH[:TAG],
                           docker-daemon:NAME[:TAG], docker://HOST/REPO[:TAG|@DIGEST]
  --ecr-image REF          the ECR image whose scan is gated (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST])
  --ecr, --inspector       read the scan from ECR / Amazon Inspector (also: vulnerabilities.sources in the policy)
  --scan-results FILE      offline results: aws ecr describe-image-scan-findings or aws inspector2 list-findings JSON
  --policy FILE|PRESET     policy file or preset (default: .image-gate.yaml, else the "default" preset)
  -f, --format FMT         what to print on stdout: table (default), json, sarif, junit, markdown
  --report FMT=FILE        also write a report in FMT to FILE (repeatable)
  --mode enforce|audit     audit reports everything and always exits 0
  --baseline REPORT.json   an earlier JSON report: findings it holds are marked baseline and never block
  --build-arg KEY=VALUE    value for an ARG, as docker build takes it (repeatable)
  --platform OS/ARCH       image of a multi-platform index to read, and TARGETPLATFORM for the Dockerfile
                           (default: linux/amd64, or the only one there is)
  --timeout DURATION       the whole run's deadline, e.g. 30m (default), 90s, 1h; past it: exit 2
  --debug                  print stack traces for errors
  -v, --version            print the version
  -h, --help               print this help

       image-gate pin [DOCKERFILE] [--check]

Appends to every external image reference the digest its tag points to now (refreshing digests
whose tag moved) and changes nothing else. --check writes nothing and exits 1 when a reference
would change.
`;
var PIN_USAGE = `Usage: image-gate pin [DOCKERFILE] [--check]

Rewrites FROM, COPY --from=IMAGE and RUN --mount=...,from=IMAGE references as REF@sha256:DIGEST,
the digest the tag points to now (the index digest for a multi-platform tag), keeping everything
else byte for byte. A digest whose tag moved is refreshed. Prints one line per reference.
Exit 0: done (or nothing to change); 1: --check and something would change; 2: could not run.

Options:
  --check    write nothing; exit 1 when any reference would change
  --debug    print stack traces for errors
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
        baseline: { type: "string" },
        "build-arg": { type: "string", multiple: true },
        platform: { type: "string" },
        timeout: { type: "string" },
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
    throw new GateError(`--mode: expected enforce or audit, got ${quoteInput(values.mode, 30)}`);
  }
  const buildArgs = parseBuildArgs(values["build-arg"] ?? [], "--build-arg");
  const reports = (values.report ?? []).map((entry) => {
    const eq = entry.indexOf("=");
    if (eq <= 0 || eq === entry.length - 1) throw new GateError(`--report: expected FORMAT=FILE, got ${quoteInput(entry)}`);
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
  if (values.baseline !== void 0) gate.baseline = values.baseline;
  if (values.timeout !== void 0) gate.timeout = values.timeout;
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
async function pinCommand(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { check: { type: "boolean" }, debug: { type: "boolean" }, help: { type: "boolean", short: "h" } }
    });
  } catch (error) {
    throw new GateError(`pin: ${firstLine(error).replace(/\. To specify a positional argument.*$/, "")} (see image-gate pin --help)`);
  }
  if (parsed.values.help) {
    process.stdout.write(PIN_USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1)
    throw new GateError(`pin: expected one Dockerfile, got ${parsed.positionals.length} arguments (see image-gate pin --help)`);
  const { runPin } = await import("./pin-DM2K6ET4.js");
  const outcome = await runPin({ ...parsed.positionals[0] !== void 0 ? { dockerfile: parsed.positionals[0] } : {}, check: parsed.values.check ?? false });
  process.stdout.write(scrubOutput(outcome.lines.map((line) => `${line}
`).join("")));
  if (parsed.values.check && outcome.changed > 0) {
    process.stderr.write(`image-gate: ${outcome.changed} reference${outcome.changed === 1 ? "" : "s"} would change; run image-gate pin to update them
`);
  }
  return outcome.exitCode;
}
async function main(argv) {
  const debug = argv.includes("--debug");
  try {
    if (argv[0] === "pin") return await pinCommand(argv.slice(1));
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
    const printer = createProgressPrinter(process.stderr, process.env);
    const outcome = await runGate({ ...defaultDockerfile(args.gate), progress: printer.scan, imageProgress: printer.image }).finally(printer.finish);
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
export {
  main
};
