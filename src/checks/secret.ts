import type { DockerfileInstruction, DockerfileModel } from "../dockerfile/model.ts";
import { lineInScript, runScripts } from "../dockerfile/shell.ts";
import { severityRank, type Finding, type Location, type Severity } from "../findings.ts";
import type { ImageModel } from "../image/model.ts";
import { isPlaceholderValue, isSecretName } from "../secrets/names.ts";
import { redact } from "../secrets/redact.ts";
import { findSecretAssignments, SecretScanner } from "../secrets/scanner.ts";
import { makeFinding, type Check } from "./types.ts";

let scanner: SecretScanner | undefined;
/** One scanner for the process: compiling the keyword filter is the expensive part. */
export function sharedScanner(): SecretScanner {
  scanner ??= new SecretScanner();
  return scanner;
}

/**
 * Third-party test data: packages ship fixtures with fake keys (language package trees and
 * toolchain sources). A credential the team wrote is never under these paths.
 */
const THIRD_PARTY_TEST_DATA =
  /\/(?:node_modules|site-packages|dist-packages|vendor|gems|\.cargo\/registry|go\/pkg\/mod|go\/src)\/(?:.*\/)?(?:tests?|testdata|testing|__tests__|fixtures?|examples?|spec|test_data|testcases)\//;

/** One place a credential was seen. */
interface Sighting {
  rule: string;
  title: string;
  severity: Severity;
  evidence: string;
  location: Location;
  /** Lower sorts first: the image's own facts lead. */
  rank: number;
  /** Files group by path; config and Dockerfile sightings of one value are one fact. */
  group: string;
  message: string;
}

/** The instruction holding a line, by binary search (instructions are in file order, one per line range). */
function instructionAt(dockerfile: DockerfileModel, line: number): DockerfileInstruction | undefined {
  const instructions = dockerfile.instructions;
  let low = 0;
  let high = instructions.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (instructions[middle]!.line <= line) low = middle;
    else high = middle - 1;
  }
  const instruction = instructions[low];
  return instruction && instruction.line <= line && line <= instruction.endLine ? instruction : undefined;
}

function dockerfileSightings(dockerfile: DockerfileModel): Sighting[] {
  const file = dockerfile.path;
  const sightings: Sighting[] = [];
  const seen = new Set<string>();
  for (const match of sharedScanner().scan(dockerfile.text)) {
    seen.add(match.secret);
    const instruction = instructionAt(dockerfile, match.line);
    const evidence = redact(match.secret);
    sightings.push({
      rule: match.rule.id,
      title: match.rule.title,
      severity: match.rule.severity,
      evidence,
      location: { file, line: match.line },
      rank: 2,
      group: `value|${evidence}`,
      message: `${match.rule.title} in ${instruction ? instruction.keyword : "a comment"}.`,
    });
  }
  const variable = (kind: string, name: string, value: string, line: number) => {
    if ([...seen].some((known) => value.includes(known))) return;
    seen.add(value);
    const evidence = redact(value);
    const message = kind === "RUN" ? `RUN sets ${name} to a plaintext value.` : `${kind} ${name} holds a plaintext value.`;
    sightings.push({
      rule: "credential-variable",
      title: name,
      severity: "high",
      evidence,
      location: { file, line },
      rank: 2,
      group: `value|${evidence}`,
      message,
    });
  };
  for (const instruction of dockerfile.instructions) {
    for (const property of instruction.properties ?? []) {
      if (property.written === null || property.value === null || !isSecretName(property.name)) continue;
      // A value that is only a reference to another variable holds no credential itself.
      if (isPlaceholderValue(property.written) || isPlaceholderValue(property.value)) continue;
      variable(instruction.keyword, property.name, property.value, instruction.line);
    }
    for (const script of runScripts(instruction)) {
      for (const assignment of findSecretAssignments(script.text)) variable("RUN", assignment.name, assignment.value, lineInScript(script, assignment.index));
    }
  }
  return sightings;
}

/** Credentials in the image config: Env, Labels, and history (build args leak there as `|N KEY=value`). */
function configSightings(image: ImageModel): Sighting[] {
  const sightings: Sighting[] = [];
  const seen = new Set<string>();
  const add = (field: string, text: string, allowAssignments: boolean) => {
    for (const match of sharedScanner().scan(text)) {
      seen.add(match.secret);
      const evidence = redact(match.secret);
      sightings.push({
        rule: match.rule.id,
        title: match.rule.title,
        severity: match.rule.severity,
        evidence,
        location: { config: field },
        rank: 1,
        group: `value|${evidence}`,
        message: `${match.rule.title} in the image config (${field}).`,
      });
    }
    if (!allowAssignments) return;
    for (const assignment of findSecretAssignments(text)) {
      if ([...seen].some((known) => assignment.value.includes(known))) continue;
      seen.add(assignment.value);
      const evidence = redact(assignment.value);
      sightings.push({
        rule: "credential-variable",
        title: assignment.name,
        severity: "high",
        evidence,
        location: { config: field },
        rank: 1,
        group: `value|${evidence}`,
        message: `${assignment.name} holds a plaintext value in the image config (${field}).`,
      });
    }
  };
  image.config.env.forEach((entry, index) => add(`Env[${index}]`, entry, true));
  for (const [name, value] of Object.entries(image.config.labels)) {
    add(`Labels.${name}`, value, false);
    if (isSecretName(name) && !isPlaceholderValue(value) && ![...seen].some((known) => value.includes(known))) {
      seen.add(value);
      const evidence = redact(value);
      sightings.push({
        rule: "credential-variable",
        title: name,
        severity: "high",
        evidence,
        location: { config: `Labels.${name}` },
        rank: 1,
        group: `value|${evidence}`,
        message: `Label ${name} holds a plaintext value.`,
      });
    }
  }
  image.config.history.forEach((entry, index) => {
    if (entry.createdBy) add(`history[${index}].created_by`, entry.createdBy, true);
  });
  return sightings;
}

function fileSightings(image: ImageModel): Sighting[] {
  const sightings: Sighting[] = [];
  for (const file of image.fileHits) {
    // Files byte-identical to what the distribution's package installed are public content.
    if (file.packaged || THIRD_PARTY_TEST_DATA.test(file.path)) continue;
    for (const hit of file.hits) {
      sightings.push({
        rule: hit.rule,
        title: hit.title,
        severity: hit.severity,
        evidence: hit.evidence,
        location: { layer: file.layerDigest, path: file.path, deleted: file.deleted },
        rank: file.deleted ? 0.5 : 0,
        group: `file|${file.path}|${hit.evidence}`,
        message: `${hit.title} in ${file.path} (line ${hit.line})${file.deleted ? `; the file is deleted by a later layer, but its bytes still ship in layer ${file.layer + 1}` : ""}.`,
      });
    }
  }
  return sightings;
}

export const secret: Check = {
  id: "secret",
  title: "Plaintext credential",
  severity: "critical",
  rationale: "Anyone who can pull the image, or read the repository, can read a credential written into it; deleting it in a later step does not remove it.",
  remediation:
    "Remove the credential, rotate it, and pass secrets at build time with RUN --mount=type=secret (BuildKit) and at run time from AWS Secrets Manager or SSM Parameter Store.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "Dockle CIS-DI-0010"],
  run(evidence) {
    const sightings = [
      ...(evidence.image ? [...fileSightings(evidence.image), ...configSightings(evidence.image)] : []),
      ...(evidence.dockerfile ? dockerfileSightings(evidence.dockerfile) : []),
    ];
    // One fact, one finding: the same credential seen in the image config and the Dockerfile,
    // or in the same file of several layers, is reported once with every place it was seen.
    const groups = new Map<string, Sighting[]>();
    for (const sighting of sightings) {
      const list = groups.get(sighting.group) ?? [];
      list.push(sighting);
      groups.set(sighting.group, list);
    }
    const findings: Finding[] = [];
    for (const [group, list] of groups) {
      list.sort((a, b) => a.rank - b.rank);
      const lead = list[0]!;
      const severity = list.reduce<Severity>((worst, item) => (severityRank(item.severity) > severityRank(worst) ? item.severity : worst), lead.severity);
      const finding = makeFinding(secret, { rule: lead.rule, severity, message: lead.message, location: lead.location, evidence: lead.evidence, key: group });
      const places = new Map(list.map((item) => [JSON.stringify(item.location), item.location]));
      if (places.size > 1) finding.locations = [...places.values()];
      findings.push(finding);
    }
    return findings;
  },
};
