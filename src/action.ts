/**
 * The GitHub Action: a thin shell over runGate(), as the CLI is. Inputs in one place, outputs for
 * later steps, annotations on the Dockerfile lines (the runner shows about ten of each kind per
 * step, so the rest are in the job summary), and a failed step when the gate fails.
 */

import "./heap.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { GateError, firstLine } from "./errors.ts";
import { isDockerfileLocation, type DecidedFinding, type DockerfileLocation } from "./findings.ts";
import { runGate, type GateOptions } from "./gate.ts";
import { parseFormat, render, scrubOutput, type Format } from "./report/render.ts";

/** The runner displays about this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;

function lines(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function readInputs(): { gate: GateOptions; reports: Array<{ format: Format; file: string }>; summary: boolean } {
  const gate: GateOptions = {};
  const dockerfile = core.getInput("dockerfile");
  const image = core.getInput("image");
  const policy = core.getInput("policy");
  const mode = core.getInput("mode");
  const ecrImage = core.getInput("ecr-image");
  if (image) gate.image = image;
  if (policy) gate.policy = policy;
  if (ecrImage) gate.ecrImage = ecrImage;
  const scanResults = lines("scan-results");
  if (scanResults.length > 0) gate.scanResults = scanResults;
  if (mode) {
    if (mode !== "enforce" && mode !== "audit") throw new GateError(`input mode: expected enforce or audit, got "${mode}"`);
    gate.mode = mode;
  }
  // The default Dockerfile applies only when nothing else is judged, as on the command line.
  if (dockerfile) gate.dockerfile = dockerfile;
  else if (!image && !ecrImage && scanResults.length === 0) gate.dockerfile = "Dockerfile";
  const reports = lines("reports").map((entry) => {
    const eq = entry.indexOf("=");
    if (eq <= 0 || eq === entry.length - 1) throw new GateError(`input reports: expected FORMAT=FILE per line, got "${entry}"`);
    return { format: parseFormat(entry.slice(0, eq).trim(), "input reports"), file: entry.slice(eq + 1).trim() };
  });
  const summaryInput = core.getInput("summary") || "true";
  if (!/^(?:true|false)$/i.test(summaryInput)) throw new GateError(`input summary: expected true or false, got "${summaryInput}"`);
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

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const outcome = await runGate({
      ...inputs.gate,
      // Registry passwords and tokens never reach the log: the runner masks what it is told about.
      onSecret: (value) => core.setSecret(value),
      progress: (event) => {
        if (event.changed) core.info(`${event.what}: ${event.state} (${Math.round(event.elapsedMs / 1000)} s)`);
      },
    });
    const { report } = outcome;

    const jsonFile = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), "image-gate", "report.json");
    write(jsonFile, render(report, "json", { color: false }));
    for (const entry of inputs.reports) write(entry.file, render(report, entry.format, { color: false }));

    core.info(render(report, "table", { color: false }));

    let errors = 0;
    let warnings = 0;
    for (const finding of report.findings) {
      if (finding.suppressed) continue;
      const place = dockerfilePlace(finding);
      if (!place) continue;
      const properties = { title: `${finding.check}/${finding.rule}`, file: place.file, startLine: place.line };
      const message = scrubOutput(`${finding.message}${finding.evidence ? ` (${finding.evidence})` : ""}`);
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

    if (inputs.summary) await core.summary.addRaw(render(report, "markdown", { color: false })).write();

    core.setOutput("verdict", report.verdict);
    core.setOutput("blocking", String(report.summary.blocking));
    core.setOutput("findings", String(report.summary.findings));
    core.setOutput("report", jsonFile);

    if (outcome.exitCode !== 0)
      core.setFailed(`image-gate: ${report.summary.blocking} blocking finding${report.summary.blocking === 1 ? "" : "s"} (policy ${report.policy.name})`);
  } catch (error) {
    // Same contract as the CLI's exit 2: one line that says what could not be judged.
    const message = error instanceof GateError ? error.message : `internal error: ${firstLine(error)}`;
    core.setFailed(scrubOutput(`image-gate could not run: ${message}`));
  }
}

await run();
