import { commandsOf, programOf } from "../dockerfile/shell.ts";
import { dockerfileFindings, defineCheck, type Check } from "./types.ts";

/** Environment settings that turn certificate checks off, and the values that do it. */
const INSECURE_ENV: Record<string, RegExp> = {
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  GIT_SSL_NO_VERIFY: /^(?:1|true|yes)$/i,
  PYTHONHTTPSVERIFY: /^0$/,
  NPM_CONFIG_STRICT_SSL: /^(?:false|0)$/i,
  YARN_ENABLE_STRICT_SSL: /^(?:false|0)$/i,
  PIP_TRUSTED_HOST: /./,
  CURL_INSECURE: /^(?:1|true|yes)$/i,
};

/** Returns what disables verification in a command, if anything does. */
function insecureFlag(program: string, args: string[]): string | undefined {
  const has = (test: (arg: string, index: number) => boolean) => args.some(test);
  switch (program) {
    case "curl":
      if (has((arg) => arg === "--insecure" || /^-[A-Za-z]*k[A-Za-z]*$/.test(arg))) return "curl --insecure";
      break;
    case "wget":
      if (has((arg) => arg === "--no-check-certificate")) return "wget --no-check-certificate";
      break;
    case "pip":
    case "pip3":
    case "python":
    case "python3":
      if (has((arg) => arg === "--trusted-host" || arg.startsWith("--trusted-host="))) return "pip --trusted-host";
      break;
    case "npm":
    case "yarn":
    case "pnpm":
      if (has((arg) => /^--strict-ssl=(?:false|0)$/.test(arg))) return `${program} --strict-ssl=false`;
      if (has((arg, index) => arg === "strict-ssl" && /^(?:false|0)$/.test(args[index + 1] ?? ""))) return `${program} config set strict-ssl false`;
      if (has((arg, index) => arg === "--strict-ssl" && /^(?:false|0)$/.test(args[index + 1] ?? ""))) return `${program} --strict-ssl false`;
      break;
    case "git":
      if (has((arg, index) => /^http\.sslverify(?:=(?:false|0))?$/i.test(arg) && (/=/.test(arg) || /^(?:false|0)$/i.test(args[index + 1] ?? ""))))
        return "git http.sslVerify=false";
      break;
    case "apt-get":
    case "apt":
      if (has((arg) => /^Acquire::https?::Verify-(?:Peer|Host)=(?:false|0)$/i.test(arg))) return "apt Acquire::https::Verify-Peer=false";
      break;
  }
  return undefined;
}

export const tlsVerificationDisabled: Check = defineCheck({
  id: "tls-verification-disabled",
  title: "TLS certificate verification disabled",
  severity: "high",
  rationale: "Turning off certificate checks lets anyone on the network path replace what the build downloads, or what the container talks to.",
  remediation:
    "Keep verification on; add the private CA to the image's trust store (update-ca-certificates) or point the tool at it (NODE_EXTRA_CA_CERTS, PIP_CERT).",
  references: ["NIST SP 800-190 §4.1.2", "Amazon Inspector IN-DOCKER-005/006"],
  rules: {
    "insecure-flag": "A command disables certificate verification",
    "insecure-env": "An environment variable disables certificate verification",
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" },
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const collected = dockerfileFindings(tlsVerificationDisabled, file);
    const add = (rule: string, what: string, line: number) => collected.add(rule, `${what} disables certificate verification.`, line, what);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      const flag = parsed && insecureFlag(parsed.program, parsed.args);
      if (flag) add("insecure-flag", flag, command.line);
      for (const word of command.words) {
        const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(word);
        if (assignment && INSECURE_ENV[assignment[1]!]?.test(assignment[2]!)) add("insecure-env", `${assignment[1]}=${assignment[2]}`, command.line);
      }
    }
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ENV") continue;
      for (const property of instruction.properties ?? []) {
        if (property.value !== null && INSECURE_ENV[property.name]?.test(property.value))
          add("insecure-env", `ENV ${property.name}=${property.value}`, instruction.line);
      }
    }
    return collected.findings;
  },
});
