/**
 * The GitHub Action: a thin shell over runGate(), as the CLI is. `run()` is what a runner (through
 * the entry, src/action.ts) and tools such as @github/local-action call; importing this module
 * runs nothing. Inputs are read in one place; outputs for later steps; annotations on the
 * Dockerfile lines (the runner shows about ten of each kind per step, so the rest are in the job
 * summary and the reports); a failed step when the gate fails.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { parseBuildArgs } from "./build-args.ts";
import { GateError, firstLine } from "./errors.ts";
import { isDockerfileLocation, type DecidedFinding, type DockerfileLocation } from "./findings.ts";
import { runGate, type GateOptions } from "./gate.ts";
import { setNoticeHandler } from "./notices.ts";
import { parseFormat, render, scrubOutput, type Format } from "./report/render.ts";
import { splitUserinfo } from "./image/transport.ts";
import { quoteInput } from "./secrets/redact.ts";

/** The runner displays about this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;

interface ActionInputs {
  gate: GateOptions;
  reports: Array<{ format: Format; file: string }>;
  summary: boolean;
}

function lines(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function readInputs(): ActionInputs {
  const gate: GateOptions = {};
  const dockerfile = core.getInput("dockerfile");
  const image = core.getInput("image");
  const policy = core.getInput("policy");
  const mode = core.getInput("mode");
  const ecrImage = core.getInput("ecr-image");
  // A reference with credentials is refused by the gate; the runner must not print them either.
  for (const reference of [image, ecrImage]) {
    const { userinfo } = splitUserinfo(reference);
    if (userinfo) {
      core.setSecret(userinfo);
      const password = userinfo.slice(userinfo.indexOf(":") + 1);
      if (password !== userinfo) core.setSecret(password);
    }
  }
  const platform = core.getInput("platform");
  const baseline = core.getInput("baseline");
  if (image) gate.image = image;
  if (policy) gate.policy = policy;
  if (ecrImage) gate.ecrImage = ecrImage;
  if (platform) gate.platform = platform;
  if (baseline) gate.baseline = baseline;
  const scanResults = lines("scan-results");
  if (scanResults.length > 0) gate.scanResults = scanResults;
  const buildArgs = lines("build-args");
  if (buildArgs.length > 0) gate.buildArgs = parseBuildArgs(buildArgs, "input build-args");
  if (mode) {
    if (mode !== "enforce" && mode !== "audit") throw new GateError(`input mode: expected enforce or audit, got ${quoteInput(mode, 30)}`);
    gate.mode = mode;
  }
  // The default Dockerfile applies only when nothing else is judged, as on the command line.
  if (dockerfile) gate.dockerfile = dockerfile;
  else if (!image && !ecrImage && scanResults.length === 0) gate.dockerfile = "Dockerfile";
  const reports = lines("reports").map((entry) => {
    const eq = entry.indexOf("=");
    if (eq <= 0 || eq === entry.length - 1) throw new GateError(`input reports: expected FORMAT=FILE per line, got ${quoteInput(entry)}`);
    return { format: parseFormat(entry.slice(0, eq).trim(), "input reports"), file: entry.slice(eq + 1).trim() };
  });
  const summaryInput = core.getInput("summary") || "true";
  if (!/^(?:true|false)$/i.test(summaryInput)) throw new GateError(`input summary: expected true or false, got ${quoteInput(summaryInput, 30)}`);
  return { gate, reports, summary: /^true$/i.test(summaryInput) };
}

function dockerfilePlace(finding: DecidedFinding): DockerfileLocation | undefined {
  return [finding.location, ...(finding.locations ?? [])].find(isDockerfileLocation);
}

function write(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new GateError(`${file}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? firstLine(error)})`);
  }
}

/**
 * The job summary is a convenience: without GITHUB_STEP_SUMMARY (self-hosted runners, local
 * tools) or when it cannot be written, the verdict, outputs and annotations still stand.
 */
async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.warning("image-gate: no job summary written: GITHUB_STEP_SUMMARY is not set (the verdict, outputs, annotations and reports are unaffected)");
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`image-gate: no job summary written: ${firstLine(error)} (the verdict, outputs, annotations and reports are unaffected)`);
  }
}

/** Runs the gate as a workflow step. Never throws: every failure becomes a failed step with one line. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    setNoticeHandler((message) => core.notice(message));
    const outcome = await runGate({
      ...inputs.gate,
      // Registry passwords and tokens never reach the log: the runner masks what it is told about.
      onSecret: (value) => core.setSecret(value),
      // A CI log gets one line per state change of a wait; no redrawn progress.
      progress: (event) => {
        if (event.changed) core.info(`${event.what}: ${event.state} (${Math.round(event.elapsedMs / 1000)} s)`);
      },
    });
    const { report } = outcome;

    const jsonFile = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), "image-gate", "report.json");
    write(jsonFile, render(report, "json", { color: false }));
    for (const entry of inputs.reports) write(entry.file, render(report, entry.format, { color: false }));

    core.setOutput("verdict", report.verdict);
    core.setOutput("blocking", String(report.summary.blocking));
    core.setOutput("findings", String(report.summary.findings));
    core.setOutput("report", jsonFile);
    for (const severity of ["critical", "high", "medium", "low"] as const) core.setOutput(severity, String(report.summary.bySeverity[severity]));

    core.info(render(report, "table", { color: false }));

    let errors = 0;
    let warnings = 0;
    for (const finding of report.findings) {
      if (finding.suppressed) continue;
      const place = dockerfilePlace(finding);
      if (!place) continue;
      const properties = { title: `${finding.check}/${finding.rule}`, file: place.file, startLine: place.line };
      const message = scrubOutput(
        `${finding.message}${finding.evidence ? ` (${finding.evidence})` : ""}${finding.baseline ? " (known from the baseline)" : ""}`,
      );
      if (finding.blocking && report.mode === "enforce") {
        if (errors++ < ANNOTATIONS_PER_LEVEL) core.error(message, properties);
      } else if (warnings++ < ANNOTATIONS_PER_LEVEL) {
        core.warning(message, properties);
      }
    }
    if (errors > ANNOTATIONS_PER_LEVEL || warnings > ANNOTATIONS_PER_LEVEL) {
      core.info(
        `${Math.max(0, errors - ANNOTATIONS_PER_LEVEL) + Math.max(0, warnings - ANNOTATIONS_PER_LEVEL)} more findings are listed in the job summary and the reports.`,
      );
    }

    if (inputs.summary) await writeJobSummary(render(report, "markdown", { color: false }));

    if (outcome.exitCode !== 0)
      core.setFailed(`image-gate: ${report.summary.blocking} blocking finding${report.summary.blocking === 1 ? "" : "s"} (policy ${report.policy.name})`);
  } catch (error) {
    // Same contract as the CLI's exit 2: one line that says what could not be judged.
    const message = error instanceof GateError ? error.message : `internal error: ${firstLine(error)}`;
    core.setFailed(scrubOutput(`image-gate could not run: ${message}`));
  }
}
