import type { DockerfileInstruction, DockerfileModel } from "../dockerfile/model.ts";
import { lineInScript, runScripts, type Script } from "../dockerfile/shell.ts";
import { severityRank, type Finding, type Location, type Severity } from "../findings.ts";
import type { ImageModel } from "../image/model.ts";
import { isCredentialIdName, isCredentialLiteral, isSecretName } from "../secrets/names.ts";
import { scannerFor, secretOptionsShape } from "../secrets/policy-options.ts";
import { redact, secretDigest } from "../secrets/redact.ts";
import { BUILTIN_ALLOW_RULES, packagedChecksums } from "../secrets/allow-rules.ts";
import { ASSIGNMENT_RULE, BUILTIN_RULES } from "../secrets/rules.ts";
import type { SecretScanner } from "../secrets/scanner.ts";
import { makeFinding, defineCheck, type Check } from "./types.ts";

/** One place a credential was seen. */
interface Sighting {
  rule: string;
  severity: Severity;
  evidence: string;
  /** Identifies the credential: every sighting of one credential is one finding. */
  digest: string;
  location: Location;
  /** Lower sorts first: the image's own files lead, then its config, then the Dockerfile. */
  rank: number;
  /** A format rule (AWS, GitHub, PEM, ...) names the credential better than a key name does. */
  generic: boolean;
  message: string;
}

const { id: VARIABLE_RULE, severity: VARIABLE_SEVERITY } = ASSIGNMENT_RULE.dockerfile;

/** Finds the instruction that holds a line: instructions are in order, so this is a binary search. */
function instructionFinder(dockerfile: DockerfileModel): (line: number) => DockerfileInstruction | undefined {
  const instructions = dockerfile.instructions;
  return (line) => {
    let low = 0;
    let high = instructions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const instruction = instructions[mid]!;
      if (line < instruction.line) high = mid - 1;
      else if (line > instruction.endLine) low = mid + 1;
      else return instruction;
    }
    return undefined;
  };
}

/** Scripts an instruction runs or writes: RUN (and ONBUILD RUN), CMD, ENTRYPOINT, HEALTHCHECK, and heredoc bodies of COPY and ADD. */
function scriptsOf(instruction: DockerfileInstruction): Script[] {
  const scripts = runScripts(instruction);
  if (["CMD", "ENTRYPOINT", "HEALTHCHECK"].includes(instruction.keyword)) {
    const text = instruction.json ? instruction.json.join(" ") : instruction.args;
    scripts.push(instruction.segments ? { text, line: instruction.line, segments: instruction.segments } : { text, line: instruction.line });
  }
  if (instruction.keyword === "ONBUILD" && instruction.trigger && ["CMD", "ENTRYPOINT", "HEALTHCHECK"].includes(instruction.trigger.keyword)) {
    scripts.push({ text: instruction.trigger.args, line: instruction.line });
  }
  if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
    for (const heredoc of instruction.heredocs) scripts.push({ text: heredoc.content, line: heredoc.line });
  }
  return scripts;
}

/** `KEY=value` pairs (and the legacy `KEY value` form) of an ONBUILD ENV, ARG or LABEL trigger. */
function triggerProperties(args: string): Array<{ name: string; value: string }> {
  const text = args.trim();
  const pairs: Array<{ name: string; value: string }> = [];
  const legacy = /^([A-Za-z_][\w.-]*)\s+(?!\S*=)(.+)$/.exec(text);
  if (legacy) return [{ name: legacy[1]!, value: unquote(legacy[2]!.trim()) }];
  for (const match of text.matchAll(/(?:^|\s)(?<name>"[^"]+"|[A-Za-z_][\w.-]*)=(?<value>"(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    pairs.push({ name: unquote(match.groups!.name!), value: unquote(match.groups!.value!) });
  }
  return pairs;
}

function unquote(text: string): string {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}

function dockerfileSightings(dockerfile: DockerfileModel, scanner: SecretScanner): Sighting[] {
  const file = dockerfile.path;
  const sightings: Sighting[] = [];
  const instructionAt = instructionFinder(dockerfile);
  // What format rules matched, per instruction: a variable holding one of them is that credential.
  const formatSecrets = new Map<number, string[]>();
  const add = (rule: string, severity: Severity, secret: string, line: number, message: string, generic: boolean) => {
    sightings.push({ rule, severity, evidence: redact(secret), digest: secretDigest(secret), location: { file, line }, rank: 2, generic, message });
  };

  // Format rules over the whole file: instructions, heredoc bodies, and comments (the file is committed).
  for (const match of scanner.scan(dockerfile.text, { values: "literal", formatsOnly: true })) {
    const instruction = instructionAt(match.line);
    const at = instruction?.line ?? match.line;
    formatSecrets.set(at, [...(formatSecrets.get(at) ?? []), match.secret]);
    add(match.rule, match.severity, match.secret, match.line, `${match.title} in ${instruction ? instruction.keyword : "a comment"}.`, false);
  }
  const variable = (kind: string, name: string, value: string, line: number, instructionLine: number) => {
    if (isCredentialIdName(name) || !isCredentialLiteral(value)) return;
    if ((formatSecrets.get(instructionLine) ?? []).some((known) => value.includes(known))) return;
    if (scanner.allowedBy(VARIABLE_RULE, undefined, value)) return;
    const message = ["RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "ONBUILD", "COPY", "ADD"].includes(kind)
      ? `${kind} sets ${name} to a plaintext value.`
      : `${kind} ${name} holds a plaintext value.`;
    add(VARIABLE_RULE, VARIABLE_SEVERITY, value, line, message, true);
  };
  for (const instruction of dockerfile.instructions) {
    for (const property of instruction.properties ?? []) {
      if (property.written === null || property.value === null || !isSecretName(property.name)) continue;
      // A value that is only a reference to another variable holds no credential itself.
      if (!isCredentialLiteral(property.written)) continue;
      variable(instruction.keyword, property.name, property.value, instruction.line, instruction.line);
    }
    const trigger = instruction.keyword === "ONBUILD" ? instruction.trigger : undefined;
    if (trigger && ["ENV", "ARG", "LABEL"].includes(trigger.keyword)) {
      for (const { name, value } of triggerProperties(trigger.args))
        if (isSecretName(name)) variable(`ONBUILD ${trigger.keyword}`, name, value, instruction.line, instruction.line);
    }
    for (const script of scriptsOf(instruction)) {
      for (const match of scanner.scan(script.text, { values: "literal" })) {
        if (match.key === undefined) {
          // Usually also found in the whole file above (same value, same line: one place); exec form is only seen here.
          add(match.rule, match.severity, match.secret, lineInScript(script, match.index), `${match.title} in ${instruction.keyword}.`, false);
          continue;
        }
        variable(instruction.keyword === "RUN" ? "RUN" : instruction.keyword, match.key, match.secret, lineInScript(script, match.index), instruction.line);
      }
    }
  }
  return sightings;
}

/** Credentials in the image config: Env, Labels, and history (build args leak there as `|N KEY=value`). */
function configSightings(image: ImageModel, scanner: SecretScanner): Sighting[] {
  const sightings: Sighting[] = [];
  const add = (field: string, text: string, named: boolean) => {
    for (const match of scanner.scan(text, { values: "literal", formatsOnly: !named })) {
      const what = match.key === undefined ? match.title : match.key;
      sightings.push({
        rule: match.rule,
        severity: match.severity,
        evidence: redact(match.secret),
        digest: secretDigest(match.secret),
        location: { config: field },
        rank: 1,
        generic: match.key !== undefined,
        message: match.key === undefined ? `${what} in the image config (${field}).` : `${what} holds a plaintext value in the image config (${field}).`,
      });
    }
  };
  image.config.env.forEach((entry, index) => add(`Env[${index}]`, entry, true));
  for (const [name, value] of Object.entries(image.config.labels)) {
    add(`Labels.${name}`, value, false);
    if (isSecretName(name) && !isCredentialIdName(name) && isCredentialLiteral(value) && !scanner.allowedBy(VARIABLE_RULE, undefined, value)) {
      const already = sightings.some((sighting) => "config" in sighting.location && sighting.location.config === `Labels.${name}`);
      if (!already) {
        sightings.push({
          rule: VARIABLE_RULE,
          severity: VARIABLE_SEVERITY,
          evidence: redact(value),
          digest: secretDigest(value),
          location: { config: `Labels.${name}` },
          rank: 1,
          generic: true,
          message: `Label ${name} holds a plaintext value.`,
        });
      }
    }
  }
  image.config.history.forEach((entry, index) => {
    if (entry.createdBy) add(`history[${index}].created_by`, entry.createdBy, true);
  });
  return sightings;
}

/** The md5 sums package managers list for the files that held hits, read from what the allow rules about packaged files captured. */
function packageChecksums(image: ImageModel, scanner: SecretScanner): Map<string, Set<string>> {
  const names = scanner.allowRules.flatMap((allow) => (allow.rule.packaged ? (allow.rule.captures ?? []).map((capture) => capture.name) : []));
  const wanted = new Set(image.fileHits.filter((file) => file.md5 !== undefined).map((file) => file.file));
  return packagedChecksums(
    names.flatMap((name) => (image.read[name]?.versions ?? []).map((version) => version.text)),
    wanted,
  );
}

function fileSightings(image: ImageModel, scanner: SecretScanner): Sighting[] {
  const sightings: Sighting[] = [];
  // Read only when a file held credential-shaped text.
  let checksums: Map<string, Set<string>> | undefined;
  for (const file of image.fileHits) {
    // Files byte-identical to what the distribution's package installed are public content (an archive's members with it).
    checksums ??= file.md5 === undefined ? undefined : packageChecksums(image, scanner);
    const packaged = file.md5 !== undefined && (checksums?.get(file.file)?.has(file.md5) ?? false);
    for (const hit of file.hits) {
      if (scanner.allowedBy(hit.rule, file.path, undefined, packaged)) continue;
      const what = hit.key === undefined ? hit.title : `${hit.title} (${hit.key})`;
      sightings.push({
        rule: hit.rule,
        severity: hit.severity,
        evidence: hit.evidence,
        digest: hit.digest,
        location: { layer: file.layerDigest, path: file.path, deleted: file.deleted },
        rank: file.deleted ? 0.5 : 0,
        generic: hit.key !== undefined,
        message: `${what} in ${file.path} (line ${hit.line})${file.deleted ? `; the file is deleted by a later layer, but its bytes still ship in layer ${file.layer + 1}` : ""}.`,
      });
    }
  }
  return sightings;
}

export const secret: Check<typeof secretOptionsShape> = defineCheck({
  id: "secret",
  title: "Plaintext credential",
  severity: "critical",
  rationale: "Anyone who can pull the image, or read the repository, can read a credential written into it; deleting it in a later step does not remove it.",
  remediation:
    "Remove the credential, rotate it, and pass secrets at build time with RUN --mount=type=secret (BuildKit) and at run time from AWS Secrets Manager or SSM Parameter Store.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "Dockle CIS-DI-0010"],
  rules: {
    ...Object.fromEntries(BUILTIN_RULES.map((rule) => [rule.id, rule.title])),
    [ASSIGNMENT_RULE.dockerfile.id]: "Literal value of a credential-named variable (Dockerfile, image config)",
    [ASSIGNMENT_RULE.file.id]: "Random-looking value of a credential-named key in a file",
  },
  // The policy may add rules of its own (checks.secret.rules); their ids are the policy's.
  openRules: true,
  options: secretOptionsShape,
  imageNeeds: {
    // Every file's contents, the entry list (credentials in files a later layer deleted, or reached
    // through a hard link), the config's text, and what the built-in allow rules read to decide.
    credentials: true,
    entries: true,
    files: BUILTIN_ALLOW_RULES.flatMap((rule) => rule.captures ?? []),
    config: ["env", "labels", "history"],
  },
  presets: {
    default: { action: "fail", why: "A plaintext credential in an image is readable by anyone who can pull it." },
    strict: { action: "fail" },
  },
  run(evidence, options) {
    const scanner = scannerFor(options);
    const sightings = [
      ...(evidence.image ? [...fileSightings(evidence.image, scanner), ...configSightings(evidence.image, scanner)] : []),
      ...(evidence.dockerfile ? dockerfileSightings(evidence.dockerfile, scanner) : []),
    ];
    // One credential, one finding: wherever the same value appears (files, layers, config, Dockerfile),
    // the finding lists every place.
    const groups = new Map<string, Sighting[]>();
    for (const sighting of sightings) {
      const list = groups.get(sighting.digest);
      if (list) list.push(sighting);
      else groups.set(sighting.digest, [sighting]);
    }
    const findings: Finding[] = [];
    for (const [digest, list] of groups) {
      list.sort((a, b) => a.rank - b.rank);
      const lead = list[0]!;
      const named = list.find((item) => !item.generic);
      const rule = named?.rule ?? lead.rule;
      const severity = list.reduce<Severity>((worst, item) => (severityRank(item.severity) > severityRank(worst) ? item.severity : worst), lead.severity);
      const finding = makeFinding(secret, {
        rule,
        severity,
        message: lead.message,
        location: lead.location,
        evidence: lead.evidence,
        key: `value|${digest.slice(0, 32)}`,
      });
      const places = new Map<string, Location>();
      for (const item of list) places.set(JSON.stringify(item.location), item.location);
      if (places.size > 1) finding.locations = [...places.values()];
      findings.push(finding);
    }
    return findings;
  },
});
