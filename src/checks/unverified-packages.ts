import { commandsOf, lineInScript, programOf, runScripts } from "../dockerfile/shell.ts";
import { dockerfileFindings, defineCheck, type Check } from "./types.ts";

const FLAGS: Record<string, RegExp> = {
  "apt-get": /^(?:--allow-unauthenticated|--allow-insecure-repositories|APT::Get::AllowUnauthenticated=(?:true|1|yes))$/i,
  apt: /^(?:--allow-unauthenticated|--allow-insecure-repositories|APT::Get::AllowUnauthenticated=(?:true|1|yes))$/i,
  apk: /^--allow-untrusted$/,
  yum: /^(?:--nogpgcheck|--setopt=(?:\S+\.)?gpgcheck=(?:0|false))$/,
  dnf: /^(?:--nogpgcheck|--setopt=(?:\S+\.)?gpgcheck=(?:0|false))$/,
  microdnf: /^--nogpgcheck$/,
  zypper: /^(?:--no-gpg-checks|--no-gpgcheck)$/,
  rpm: /^(?:--nosignature|--nodigest)$/,
};

export const unverifiedPackages: Check = defineCheck({
  id: "unverified-packages",
  title: "Package signature checks disabled",
  severity: "high",
  rationale:
    "Package managers verify signatures so that a mirror or a network attacker cannot substitute packages; turning that off installs whatever arrives.",
  remediation: "Remove the flag and import the repository's signing key instead (signed-by= for apt, rpm --import for yum/dnf, the repository key for apk).",
  references: ["CIS Docker Benchmark 4.11", "NIST SP 800-190 §4.1.5", "Amazon Inspector IN-DOCKER-005"],
  rules: {
    "signature-check-off": "Package signature checks turned off",
    "trusted-repository": "Package repository marked trusted",
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const { add, findings } = dockerfileFindings(unverifiedPackages, file);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      const pattern = parsed ? FLAGS[parsed.program] : undefined;
      const flag = parsed && pattern ? parsed.args.find((arg) => pattern.test(arg)) : undefined;
      if (parsed && flag)
        add("signature-check-off", `${parsed.program} ${flag} installs packages without verifying signatures.`, command.line, `${parsed.program} ${flag}`);
    }
    for (const instruction of dockerfile.instructions) {
      for (const script of runScripts(instruction)) {
        for (const offset of trustedAptSources(script.text)) {
          add("trusted-repository", "An apt source marked [trusted=yes] skips signature checks.", lineInScript(script, offset), "trusted=yes");
        }
        for (const offset of repositoryGpgcheckOff(script.text)) {
          add("trusted-repository", "A repository with gpgcheck=0 skips signature checks.", lineInScript(script, offset), "gpgcheck=0");
        }
      }
    }
    return findings;
  },
});

const WORD_CHAR = /[A-Za-z0-9_]/;
const WHITESPACE = /\s/;

/**
 * Offsets of `[... trusted=yes ...]` (an apt source option list) in linear time: each occurrence
 * of `trusted=yes` must have a `[` before it and a `]` after it on its line with no other bracket
 * between. (A regular expression that starts at every `[` and scans to the end of the line is
 * quadratic on a megabyte of `[`.)
 */
export function* trustedAptSources(text: string): Generator<number> {
  let scanned = 0;
  let open = -1;
  let close = -1;
  for (const match of text.matchAll(/trusted=yes/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if ((start > 0 && WORD_CHAR.test(text[start - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) continue;
    // A "[" since the last "]" or newline opens the option list (the first such, as a regex would match).
    for (; scanned < start; scanned++) {
      const c = text[scanned];
      if (c === "[") open = open === -1 ? scanned : open;
      else if (c === "]" || c === "\n") open = -1;
    }
    // The first "]" or newline after it must be "]" (it closes the list).
    if (close < end) {
      close = end;
      while (close < text.length && text[close] !== "]" && text[close] !== "\n") close++;
    }
    if (open !== -1 && text[close] === "]") yield open;
  }
}

/**
 * Offsets of `gpgcheck=0` / `gpgcheck = false` written into a repository file (at a word start,
 * or after a literal `\n` in an echo or printf string), but not the `--setopt=…gpgcheck=0` flag
 * that the command check reports. Linear: whitespace and `--setopt=` positions are tracked
 * once, front to back, instead of a lookbehind that rescans each word.
 */
export function* repositoryGpgcheckOff(text: string): Generator<number> {
  const setopts = Array.from(text.matchAll(/--setopt=/gi), (match) => match.index + match[0].length);
  let nextSetopt = 0;
  let lastSetoptEnd = -1;
  let scanned = 0;
  let lastSpace = -1;
  for (const match of text.matchAll(/gpgcheck\s*=\s*(?:0|false)\b/gi)) {
    const start = match.index;
    const before = text[start - 1];
    const atWordStart = start === 0 || !WORD_CHAR.test(before!) || ((before === "n" || before === "N") && text[start - 2] === "\\");
    if (!atWordStart) continue;
    while (nextSetopt < setopts.length && setopts[nextSetopt]! <= start) lastSetoptEnd = setopts[nextSetopt++]!;
    for (; scanned < start; scanned++) if (WHITESPACE.test(text[scanned]!)) lastSpace = scanned;
    // Part of a `--setopt=` word when no whitespace separates the two.
    if (lastSetoptEnd !== -1 && lastSpace < lastSetoptEnd) continue;
    yield start;
  }
}
