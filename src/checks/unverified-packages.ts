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
        const addMatches = (pattern: RegExp, what: string, message: () => string) => {
          for (const match of script.text.matchAll(pattern)) {
            const line = lineInScript(script, match.index ?? 0);
            add("trusted-repository", message(), line, what);
          }
        };
        addMatches(/\[[^\]\n]*\btrusted=yes\b[^\]\n]*\]/g, "trusted=yes", () => "An apt source marked [trusted=yes] skips signature checks.");
        addMatches(
          /(?<!--setopt=\S*)(?:(?<![A-Za-z0-9_])|(?<=\\n))gpgcheck\s*=\s*(?:0|false)\b/gi,
          "gpgcheck=0",
          () => "A repository with gpgcheck=0 skips signature checks.",
        );
      }
    }
    return findings;
  },
});
