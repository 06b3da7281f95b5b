/** The command-line shell: parse flags, run the gate, print, exit 0/1/2 (cli.ts starts it). */

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseBuildArgs } from "./build-args.ts";
import { GateError, firstLine } from "./errors.ts";
import { runGate, type GateOptions } from "./gate.ts";
import { createProgressPrinter } from "./progress.ts";
import { parseFormat, render, scrubOutput, type Format } from "./report/render.ts";
import { TOOL_VERSION } from "./version.ts";
import { quoteInput } from "./secrets/redact.ts";

const USAGE = `Usage: image-gate [DOCKERFILE] [--image REF] [options]

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

const PIN_USAGE = `Usage: image-gate pin [DOCKERFILE] [--check]

Rewrites FROM, COPY --from=IMAGE and RUN --mount=...,from=IMAGE references as REF@sha256:DIGEST,
the digest the tag points to now (the index digest for a multi-platform tag), keeping everything
else byte for byte. A digest whose tag moved is refreshed. Prints one line per reference.
Exit 0: done (or nothing to change); 1: --check and something would change; 2: could not run.

Options:
  --check    write nothing; exit 1 when any reference would change
  --debug    print stack traces for errors
`;

interface CliArgs {
  gate: GateOptions;
  format: Format;
  reports: Array<{ format: Format; file: string }>;
  debug: boolean;
}

function parseCli(argv: string[]): CliArgs | "help" | "version" {
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
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new GateError(`${firstLine(error).replace(/\. To specify a positional argument.*$/, "")} (see image-gate --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.version) return "version";
  if (positionals.length > 1) throw new GateError(`expected one Dockerfile, got ${positionals.length} arguments (see image-gate --help)`);
  if (values.mode !== undefined && values.mode !== "enforce" && values.mode !== "audit") {
    throw new GateError(`--mode: expected enforce or audit, got ${quoteInput(values.mode, 30)}`);
  }
  const buildArgs = parseBuildArgs(values["build-arg"] ?? [], "--build-arg");
  const reports = (values.report ?? []).map((entry) => {
    const eq = entry.indexOf("=");
    if (eq <= 0 || eq === entry.length - 1) throw new GateError(`--report: expected FORMAT=FILE, got ${quoteInput(entry)}`);
    return { format: parseFormat(entry.slice(0, eq), "--report"), file: entry.slice(eq + 1) };
  });
  const gate: GateOptions = { buildArgs };
  const dockerfile = positionals[0];
  if (dockerfile !== undefined) gate.dockerfile = dockerfile;
  if (values.policy !== undefined) gate.policy = values.policy;
  if (values.image !== undefined) gate.image = values.image;
  if (values["ecr-image"] !== undefined) gate.ecrImage = values["ecr-image"];
  if (values.ecr) gate.ecr = true;
  if (values.inspector) gate.inspector = true;
  if (values["scan-results"]) gate.scanResults = values["scan-results"];
  if (values.mode !== undefined) gate.mode = values.mode;
  if (values.platform !== undefined) gate.platform = values.platform;
  if (values.baseline !== undefined) gate.baseline = values.baseline;
  if (values.timeout !== undefined) gate.timeout = values.timeout;
  return { gate, format: parseFormat(values.format ?? "table", "--format"), reports, debug: values.debug ?? false };
}

/** A default Dockerfile, as `docker build .` would use, when no input is named at all. */
function defaultDockerfile(gate: GateOptions): GateOptions {
  if (gate.dockerfile !== undefined || gate.image !== undefined || gate.ecrImage !== undefined || (gate.scanResults ?? []).length > 0) return gate;
  return { ...gate, dockerfile: "Dockerfile" };
}

// isTTY is undefined, not false, on a stream that is not a terminal (Node's typings say boolean).
function useColor(stream: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

/** `image-gate pin`: its own flags, its own output. */
async function pinCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { check: { type: "boolean" }, debug: { type: "boolean" }, help: { type: "boolean", short: "h" } },
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
  // Loaded only for pin: the gate's own runs do not carry the registry client.
  const { runPin } = await import("./pin.ts");
  const outcome = await runPin({ ...(parsed.positionals[0] !== undefined ? { dockerfile: parsed.positionals[0] } : {}), check: parsed.values.check ?? false });
  process.stdout.write(scrubOutput(outcome.lines.map((line) => `${line}\n`).join("")));
  if (parsed.values.check && outcome.changed > 0) {
    process.stderr.write(`image-gate: ${outcome.changed} reference${outcome.changed === 1 ? "" : "s"} would change; run image-gate pin to update them\n`);
  }
  return outcome.exitCode;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    if (argv[0] === "pin") return await pinCommand(argv.slice(1));
    const args = parseCli(argv);
    if (args === "help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (args === "version") {
      process.stdout.write(`${TOOL_VERSION}\n`);
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
        throw new GateError(`${report.file}: cannot write the ${report.format} report (${(error as NodeJS.ErrnoException).code ?? firstLine(error)})`);
      }
    }
    process.stdout.write(render(outcome.report, args.format, { color: args.format === "table" && useColor(process.stdout) }));
    return outcome.exitCode;
  } catch (error) {
    // Error text can quote input; it is scrubbed like every other output.
    if (debug && error instanceof Error) process.stderr.write(scrubOutput(`${error.stack ?? error.message}\n`));
    if (error instanceof GateError) {
      process.stderr.write(scrubOutput(`image-gate: error: ${error.message}\n`));
    } else {
      process.stderr.write(scrubOutput(`image-gate: internal error: ${firstLine(error)}${debug ? "" : " (run with --debug for details)"}\n`));
    }
    return 2;
  }
}
