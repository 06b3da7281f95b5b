import { describe, expect, it } from "vitest";
import { isPlaceholderValue, isSecretName } from "../../src/secrets/names.ts";
import { redact, scrubSecrets } from "../../src/secrets/redact.ts";
import { findAssignments } from "../../src/secrets/assignments.ts";

describe("isSecretName", () => {
  it.each([
    "DB_PASSWORD",
    "MYSQL_ROOT_PASSWORD",
    "POSTGRES_PASSWD",
    "NPM_TOKEN",
    "GITHUB_TOKEN",
    "API_KEY",
    "apiKey",
    "SECRET_KEY_BASE",
    "AWS_SECRET_ACCESS_KEY",
    "STRIPE_SECRET",
    "clientSecret",
    "SIGNING_KEY",
    "PRIVATE_KEY",
    "SSH_KEY",
    "DBPASSWORD",
    "GITHUBTOKEN",
    "REDIS_PASS",
    "SMTP_CREDENTIALS",
    "auth_token",
  ])("%s is a credential name", (name) => expect(isSecretName(name)).toBe(true));

  it.each([
    "PATH",
    "NODE_VERSION",
    "GPG_KEY",
    "GPG_KEYS",
    "PASSWORD_FILE",
    "DB_PASSWORD_PATH",
    "TOKEN_TTL",
    "SECRET_NAME",
    "API_KEY_ID",
    "AWS_ACCESS_KEY_ID",
    "KEYCLOAK_VERSION",
    "PUBLIC_KEY",
    "TOKEN_URL",
    "PASSWORD_MIN_LENGTH",
    "SECRETS_MANAGER_REGION",
    "KEY",
    "PRIMARY_KEY",
    "PASSWORD_HASH_ALGORITHM",
  ])("%s is not", (name) => expect(isSecretName(name)).toBe(false));

  it("judges a name the same however often it is asked, past the bound of names it remembers", () => {
    const names = ["DB_PASSWORD", "KEYCLOAK_VERSION", "api_key", "PUBLIC_KEY", "x.password."];
    const first = names.map(isSecretName);
    expect(first).toEqual([true, false, true, false, true]);
    // Thousands of distinct keys, as a hostile or generated file has: the remembered ones are let go, not wrong.
    for (let index = 0; index < 10_000; index++) isSecretName(`field_${index}_token`);
    expect(names.map(isSecretName)).toEqual(first);
    // A key read out of a large text: the verdict is the key's, whatever text it was cut from.
    const text = `${"x".repeat(200_000)} SERVICE_TOKEN `;
    const key = text.slice(200_001, 200_014);
    expect(key).toBe("SERVICE_TOKEN");
    expect(isSecretName(key)).toBe(true);
  });
});

describe("isPlaceholderValue", () => {
  it.each([
    "",
    "${DB_PASSWORD}",
    "$TOKEN",
    "$(cat /run/secrets/db)",
    "<your-token>",
    "{{ .Token }}",
    "xxxxxxxx",
    "********",
    "/run/secrets/db_password",
    "changeme-via-${X}",
    "true",
    "arn:aws:secretsmanager:eu-west-1:1:secret:x",
    "your_token_here",
  ])("%j is a placeholder", (value) => expect(isPlaceholderValue(value)).toBe(true));
  it.each(["hunter2hunter2", "S3cr3t!pass", "password", "admin", "root"])("%j is a value", (value) => expect(isPlaceholderValue(value)).toBe(false));
});

describe("findAssignments", () => {
  it("finds credential-named assignments in shell text", () => {
    const found = findAssignments('export DB_PASSWORD="s3cr3t-value" && API_KEY=abcd1234efgh ./run.sh; TOKEN=$TOKEN make; GPG_KEY=ABCDEF0123456789');
    expect(found.map((entry) => [entry.key, entry.value])).toEqual([
      ["DB_PASSWORD", "s3cr3t-value"],
      ["API_KEY", "abcd1234efgh"],
      ["TOKEN", "$TOKEN"],
    ]);
  });
});

describe("redaction", () => {
  it("shows at most four characters, the length and a hash", () => {
    expect(redact("ghp_0123456789abcdefghijklmnopqrstuvwxyz")).toMatch(/^ghp_… \(40 chars, sha256:[0-9a-f]{8}\)$/);
    expect(redact("hunter2")).toMatch(/^h… \(7 chars, sha256:[0-9a-f]{8}\)$/);
    expect(redact("abc")).toMatch(/^… \(3 chars/);
  });

  it("scrubs known secrets from any text", () => {
    expect(scrubSecrets("token=s3cr3t-value end", ["s3cr3t-value"])).not.toContain("s3cr3t-value");
  });
});
