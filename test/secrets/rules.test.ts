import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../../src/secrets/rules.ts";
import { defaultScanner } from "../../src/secrets/scanner.ts";
import { fake, pseudoRandom } from "../helpers/fake-secrets.ts";

const scanner = defaultScanner();
const ruleIds = (text: string) => scanner.scan(text, { formatsOnly: true }).map((match) => match.rule);

describe("secret rules: each finds its format", () => {
  const b64 = (text: string) => Buffer.from(text).toString("base64");
  const cases: Array<[string, string, string]> = [
    ["aws-access-key-id", `aws_access_key_id = ${fake.awsAccessKeyId()}`, fake.awsAccessKeyId()],
    ["aws-secret-access-key", `aws_secret_access_key = ${fake.awsSecretKey()}`, fake.awsSecretKey()],
    ["aws-secret-access-key", `aws configure set aws_secret_access_key ${fake.awsSecretKey("cli")}`, fake.awsSecretKey("cli")],
    ["github-pat", `git clone https://${fake.githubPat()}@github.com/acme/app`, fake.githubPat()],
    ["github-oauth-token", `oauth=${fake.githubOauth()}`, fake.githubOauth()],
    ["github-app-token", `installation ${fake.githubApp()}`, fake.githubApp()],
    [
      "slack-webhook-url",
      `curl -X POST https://hooks.slack.com/services/T00000000/B00000000/${pseudoRandom("hook", 24)}`,
      `https://hooks.slack.com/services/T00000000/B00000000/${pseudoRandom("hook", 24)}`,
    ],
    ["github-fine-grained-pat", `TOKEN=${fake.githubFineGrained()}`, fake.githubFineGrained()],
    ["gitlab-token", `PRIVATE=${fake.gitlabPat()}`, fake.gitlabPat()],
    ["slack-token", `SLACK=${fake.slackBot()}`, fake.slackBot()],
    ["stripe-secret-key", `stripe.api_key = "${fake.stripeLive()}"`, fake.stripeLive()],
    ["google-api-key", `key=${fake.googleApiKey()}`, fake.googleApiKey()],
    ["npm-access-token", `//registry.npmjs.org/:_authToken=${fake.npmToken()}`, fake.npmToken()],
    ["npmrc-auth", `//npm.acme.io/:_authToken=${pseudoRandom("npmrc", 30)}`, pseudoRandom("npmrc", 30)],
    ["pypi-upload-token", `password = ${fake.pypiToken()}`, fake.pypiToken()],
    ["docker-hub-pat", `echo ${fake.dockerHubPat()} | docker login -u me --password-stdin`, fake.dockerHubPat()],
    ["docker-config-auth", `{"auths":{"ghcr.io":{"auth":"${b64(`me:${fake.password()}`)}"}}}`, b64(`me:${fake.password()}`)],
    ["openai-api-key", `OPENAI=${fake.openAiKey()}`, fake.openAiKey()],
    ["anthropic-api-key", `x ${fake.anthropicKey()} y`, fake.anthropicKey()],
    ["huggingface-token", `HF=${fake.huggingFace()}`, fake.huggingFace()],
    ["vault-token", `VAULT=${fake.vault()}`, fake.vault()],
    ["sendgrid-api-key", `SG=${fake.sendgrid()}`, fake.sendgrid()],
    ["azure-storage-account-key", `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${fake.azureStorageKey()};`, fake.azureStorageKey()],
    ["age-secret-key", fake.ageKey(), fake.ageKey()],
    ["databricks-token", `DATABRICKS=${fake.databricks()}`, fake.databricks()],
    ["shopify-token", `X=${fake.shopify()}`, fake.shopify()],
    ["url-credentials", `pip install --index-url https://ci:${fake.password()}@pypi.acme.io/simple app`, fake.password()],
    ["authorization-header", `curl -H "Authorization: Bearer ${pseudoRandom("bearer", 40)}" https://x`, pseudoRandom("bearer", 40)],
    ["api-key-header", `curl -H 'X-Api-Key: ${pseudoRandom("xapi", 32)}' https://x`, pseudoRandom("xapi", 32)],
    ["password-argument", `mysql --password=${fake.password("mysql")} -h db`, fake.password("mysql")],
    ["basic-auth-argument", `curl -fsSL -u deploy:${fake.password("curl")} https://nexus.acme.io/x`, fake.password("curl")],
    ["chpasswd-password", `echo 'root:${fake.password("chpasswd")}' | chpasswd`, fake.password("chpasswd")],
    ["chpasswd-password", `chpasswd <<< "app:${fake.password("herestring")}"`, fake.password("herestring")],
    [
      "usermod-password",
      `usermod -p '$6$${pseudoRandom("salt", 8)}$${pseudoRandom("hash", 40)}' app`,
      `$6$${pseudoRandom("salt", 8)}$${pseudoRandom("hash", 40)}`,
    ],
    ["openssl-passwd", `useradd -m -p "$(openssl passwd -1 ${fake.password("openssl")})" app`, fake.password("openssl")],
    ["htpasswd-password", `htpasswd -bc /etc/nginx/.htpasswd admin ${fake.password("htpasswd")}`, fake.password("htpasswd")],
    ["htpasswd-password", `htpasswd -nbB admin ${fake.password("htpasswd-n")} > users`, fake.password("htpasswd-n")],
    ["mysql-password-argument", `mysql -uroot -p${fake.password("mysql-p")} -e "CREATE DATABASE app"`, fake.password("mysql-p")],
    ["mysql-password-argument", `mysql -p${fake.password("mysql-first")} app`, fake.password("mysql-first")],
    ["sshpass-password", `sshpass -p '${fake.password("sshpass")}' scp x host:`, fake.password("sshpass")],
    ["registry-login-password", `docker login -u ci -p ${fake.password("login")} registry.acme.io`, fake.password("login")],
    ["redis-cli-password", `redis-cli -h cache -a ${fake.password("redis")} ping`, fake.password("redis")],
  ];

  it("covers every rule", () => {
    const covered = new Set(cases.map(([id]) => id));
    expect(
      BUILTIN_RULES.filter((rule) => rule.path === undefined)
        .map((rule) => rule.id)
        .filter((id) => id !== "private-key" && !covered.has(id)),
    ).toEqual([]);
  });

  it.each(cases)("%s", (id, text, secret) => {
    const matches = scanner.scan(text, { formatsOnly: true }).filter((match) => match.rule === id);
    expect(matches.map((match) => match.secret)).toEqual([secret]);
  });

  it("private-key: a PEM block with a real body, also with literal \\n escapes", () => {
    const pem = fake.privateKey();
    expect(ruleIds(pem)).toEqual(["private-key"]);
    expect(ruleIds(`RUN echo "${pem.replace(/\n/g, "\\n")}" > /root/.ssh/id_rsa`)).toContain("private-key");
    expect(ruleIds(fake.privateKey("ec", "EC PRIVATE KEY"))).toEqual(["private-key"]);
    expect(ruleIds(fake.privateKey("ossh", "OPENSSH PRIVATE KEY"))).toEqual(["private-key"]);
  });
});

describe("secret rules: precision", () => {
  it.each([
    ["AWS documentation keys", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    ["a PEM header alone, as binaries embed it", "\u0000-----BEGIN RSA PRIVATE KEY-----\u0000%s\u0000-----END RSA PRIVATE KEY-----\u0000"],
    ["a PEM with a placeholder body", "-----BEGIN PRIVATE KEY-----\n...your key here...\n-----END PRIVATE KEY-----"],
    ["a public certificate", "-----BEGIN CERTIFICATE-----\n" + pseudoRandom("cert", 128) + "\n-----END CERTIFICATE-----"],
    ["placeholder URL passwords", "postgres://user:password@db:5432/app https://me:${TOKEN}@git.acme.io https://u:<pass>@x.io"],
    ["variable references in headers and flags", 'curl -H "Authorization: Bearer $TOKEN" --token "$(cat /run/secrets/t)" https://x'],
    ["BuildKit secret syntax", "docker build --secret id=npm,src=$HOME/.npmrc . && buildx --secret id=aws,env=AWS_KEY"],
    ["password-stdin", "echo $P | docker login --password-stdin"],
    ["npmrc with an env reference", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"],
    ["identifiers that only look similar", "npm_config_cache=/tmp/npm hf_hub_download sg.example.com ghp_short"],
    ["docker config with an empty auth", '{"auths":{"https://index.docker.io/v1/":{}},"credsStore":"ecr-login"}'],
    [
      "commands given variables",
      'echo "root:${ROOT_PASSWORD}" | chpasswd && mysql -p"$MYSQL_ROOT_PASSWORD" && htpasswd -b f admin "$PW" && redis-cli -a $REDIS_PASS',
    ],
    ["mysql -P for the port, -p alone to prompt", "mysql -P 3306 -p -h db"],
  ])("ignores %s", (_label, text) => {
    expect(ruleIds(text)).toEqual([]);
  });

  it("reports lines correctly and once per secret and line", () => {
    const token = fake.githubPat();
    const matches = scanner.scan(`first\nsecond ${token} ${token}\nthird ${token}`);
    expect(matches.map((match) => match.line)).toEqual([2, 3]);
  });

  it("stays fast on hostile input (no catastrophic backtracking)", () => {
    const hostile = `${"a:".repeat(50_000)}//${"x".repeat(100_000)}:${"y".repeat(100_000)} Authorization: Bearer ${"=".repeat(100_000)} curl ${"-u ".repeat(30_000)}`;
    const started = performance.now();
    scanner.scan(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("every rule is data the ReDoS analysis accepts", () => {
  it("no built-in rule can backtrack catastrophically or match the empty string", async () => {
    const { regexProblem } = await import("../../src/secrets/regex-safety.ts");
    expect(BUILTIN_RULES.map((rule) => [rule.id, regexProblem(rule.regex, rule.flags ?? "")]).filter(([, problem]) => problem !== undefined)).toEqual([]);
  });
});
