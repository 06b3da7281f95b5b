import { commandsOf, programOf } from "../dockerfile/shell.ts";
import type { Finding } from "../findings.ts";
import { makeFinding, defineCheck, type Check, type Evidence } from "./types.ts";

const INSTALLERS: Record<string, string[]> = {
  "apt-get": ["install"],
  apt: ["install"],
  apk: ["add"],
  yum: ["install"],
  dnf: ["install"],
  microdnf: ["install"],
  zypper: ["install", "in"],
};

const SUDO_BINARIES = new Set(["/usr/bin/sudo", "/bin/sudo", "/usr/local/bin/sudo", "/usr/sbin/sudo"]);

export const sudo: Check = defineCheck({
  id: "sudo",
  title: "sudo in the image",
  severity: "medium",
  rationale:
    "sudo gives an in-container path back to root and behaves unpredictably without a TTY; an image should drop privileges once, not carry the means to regain them.",
  remediation: "Run root-only steps before USER, and use gosu or su-exec in an entrypoint that must step down at run time; do not install sudo.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "hadolint DL3004", "Dockle DKL-DI-0001"],
  rules: {
    "sudo-installed": "sudo is installed",
    "sudo-command": "A command runs through sudo",
  },
  imageNeeds: { entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    return withImage(evidence, fromDockerfile(evidence));
  },
});

function fromDockerfile(evidence: Evidence): Finding[] {
  const dockerfile = evidence.dockerfile;
  if (!dockerfile) return [];
  const file = dockerfile.path;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { command } of commandsOf(dockerfile.instructions)) {
    const first = command.words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
    let rule: string | undefined;
    let message = "";
    if (first === "sudo") {
      rule = "sudo-command";
      message = "RUN uses sudo.";
    } else {
      const parsed = programOf(command);
      const verbs = parsed ? INSTALLERS[parsed.program] : undefined;
      if (parsed && verbs && parsed.args.some((arg) => verbs.includes(arg)) && parsed.args.some((arg) => arg === "sudo" || arg.startsWith("sudo="))) {
        rule = "sudo-installed";
        message = `RUN installs the sudo package with ${parsed.program}.`;
      }
    }
    if (!rule || seen.has(`${rule}|${command.line}`)) continue;
    seen.add(`${rule}|${command.line}`);
    findings.push(makeFinding(sudo, { rule, message, location: { file, line: command.line }, key: `${file}|${rule}|${command.words.join(" ")}` }));
  }
  return findings;
}

/** The image's view: a sudo binary in the final filesystem is one fact with the line that installed it. */
function withImage(evidence: Evidence, dockerfileFindings: Finding[]): Finding[] {
  const image = evidence.image;
  if (!image) return dockerfileFindings;
  const binary = image.files.find((file) => SUDO_BINARIES.has(file.path) && !file.deleted && (file.type === "file" || file.type === "hardlink"));
  const installed = dockerfileFindings.filter((finding) => finding.rule === "sudo-installed");
  const others = dockerfileFindings.filter((finding) => finding.rule !== "sudo-installed");
  if (!binary) return others;
  const location = { layer: binary.layerDigest, path: binary.path, deleted: false };
  const finding = makeFinding(sudo, { rule: "sudo-installed", message: `The image contains ${binary.path}.`, location, key: `image|${binary.path}` });
  if (installed.length > 0) finding.locations = [location, ...installed.map((item) => item.location)];
  return [finding, ...others];
}
