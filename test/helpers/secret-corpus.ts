/**
 * The secret corpus: one file per format applications keep credentials in, and one per
 * look-alike that is not a credential. Every value is generated at run time (fake-secrets.ts);
 * the image is built by the test setup and nothing credential-shaped is committed.
 */

import { createHash } from "node:crypto";
import { zipArchive, tarGzArchive } from "./archives.ts";
import { fake, pseudoRandom } from "./fake-secrets.ts";

const value = (seed: string) => `${pseudoRandom(seed, 18)}#7q`;
const b64 = (text: string) => Buffer.from(text).toString("base64");
const pemInJson = (seed: string) => fake.privateKey(seed, "PRIVATE KEY").replace(/\n/g, "\\n");

/** A credential that must be found: its rule and where. */
export interface Expected {
  rule: string;
  path: string;
}

/** Files (path in the image → content) and the findings they must produce, nothing more. */
export function secretCorpus(): { files: Record<string, string | Buffer>; expected: Expected[]; deletedCopy: string } {
  const files: Record<string, string | Buffer> = {};
  const expected: Expected[] = [];
  const add = (path: string, content: string | Buffer, ...rules: string[]) => {
    files[path] = content;
    for (const rule of rules) expected.push({ rule, path });
  };
  const assignment = "credential-assignment";

  // Configuration syntaxes, each with a credential-named key and a generated value.
  add("/app/.env", `NODE_ENV=production\nDB_PASSWORD=${value("env")}\n`, assignment);
  add("/app/bin/deploy.sh", `#!/bin/sh\nexport API_TOKEN="${value("shell")}"\n./deploy\n`, assignment);
  add("/etc/app/app.conf", `listen = 8080\nadmin_password = ${value("conf")}\n`, assignment);
  add("/etc/app/app.ini", `[database]\nhost=db\npassword=${value("ini")}\n`, assignment);
  add(
    "/root/.aws/credentials",
    `[default]\naws_access_key_id = ${fake.awsAccessKeyId("corpus")}\naws_secret_access_key = ${fake.awsSecretKey("corpus")}\n`,
    "aws-access-key-id",
    "aws-secret-access-key",
  );
  add("/app/config/database.yml", `production:\n  adapter: postgresql\n  password: "${value("yaml")}"\n`, assignment);
  add("/app/appsettings.json", `{\n  "Db": { "Host": "db", "Password": "${value("json")}" }\n}\n`, assignment);
  add("/app/config.toml", `[service]\napi_key = "${value("toml")}"\n`, assignment);
  add("/app/WEB-INF/application.properties", `spring.datasource.url=jdbc:postgresql://db/app\nspring.datasource.password=${value("properties")}\n`, assignment);
  add("/app/conf/context.xml", `<Context>\n  <Resource name="jdbc/app" username="app" password="${value("xml-attr")}"/>\n</Context>\n`, assignment);
  add(
    "/root/.m2/settings.xml",
    `<settings><servers><server><id>nexus</id><password>${value("xml-element")}</password></server></servers></settings>\n`,
    assignment,
  );
  add(
    "/app/Web.config",
    `<configuration><appSettings>\n  <add key="DbPassword" value="${value("appsettings")}" />\n</appSettings></configuration>\n`,
    assignment,
  );
  add("/var/www/html/wp-config.php", `<?php\ndefine('DB_NAME', 'wordpress');\ndefine('DB_PASSWORD', '${value("php")}');\n`, assignment);
  add("/app/app/settings.py", `DEBUG = False\nSECRET_KEY = '${value("python")}'\n`, assignment);
  add("/infra/prod.tfvars", `region = "eu-west-1"\ndb_password = "${value("tfvars")}"\n`, assignment);
  add("/app/config/database.url", `postgres://app:${value("url")}@db.internal:5432/app\n`, "url-credentials");
  add("/etc/app/connection.config", `Server=db;Database=app;User Id=sa;Password=${value("dotnet")};\n`, assignment);
  add("/root/.kube/config", `apiVersion: v1\nusers:\n- name: ci\n  user:\n    token: ${pseudoRandom("kube", 40)}\n`, "kubeconfig-credential");
  add(
    "/app/gcp-service-account.json",
    `{\n  "type": "service_account",\n  "private_key_id": "${pseudoRandom("sa-id", 40, "0123456789abcdef")}",\n  "private_key": "${pemInJson("sa")}"\n}\n`,
    "private-key",
  );
  add("/home/app/.npmrc", `//registry.npmjs.org/:_authToken=${pseudoRandom("npmrc-corpus", 32)}\n`, "npmrc-auth");
  add("/home/app/.pypirc", `[pypi]\nusername = __token__\npassword = ${fake.pypiToken("corpus")}\n`, "pypi-upload-token");
  add("/home/app/.netrc", `machine git.acme.io login ci password ${value("netrc")}\n`, "netrc-password");
  add("/home/app/.git-credentials", `https://ci:${fake.githubPat("git-credentials")}@github.com\n`, "github-pat");
  add("/app/vars.env", `DBPASSWD=${value("joined")}\nADMIN_PW=${value("abbreviated")}\nSECRET_1=${value("suffixed")}\n`, assignment, assignment, assignment);
  add("/app/tokens.txt", `stripe ${fake.stripeLive("corpus")}\nslack ${fake.slackBot("corpus")}\n`, "stripe-secret-key", "slack-token");

  // Archives inside the image, members named archive!member; a jar inside a war, written with data descriptors as jar does.
  const inner = zipArchive(
    { "META-INF/MANIFEST.MF": "Manifest-Version: 1.0\n", "config.properties": `db.password=${value("jar-in-war")}\n` },
    { descriptors: true },
  );
  add(
    "/srv/shop.war",
    zipArchive(
      { "WEB-INF/web.xml": "<web-app/>\n", "WEB-INF/classes/db.properties": `jdbc.password=${value("war")}\n`, "WEB-INF/lib/inner.jar": inner },
      { descriptors: true },
    ),
  );
  expected.push(
    { rule: assignment, path: "/srv/shop.war!WEB-INF/classes/db.properties" },
    { rule: assignment, path: "/srv/shop.war!WEB-INF/lib/inner.jar!config.properties" },
  );
  add("/srv/app.jar", zipArchive({ "BOOT-INF/classes/application.yml": `spring:\n  datasource:\n    password: ${value("jar")}\n` }));
  expected.push({ rule: assignment, path: "/srv/app.jar!BOOT-INF/classes/application.yml" });
  add("/srv/app.ear", zipArchive({ "META-INF/application.xml": `<application><password>${value("ear")}</password></application>\n` }, { store: true }));
  expected.push({ rule: assignment, path: "/srv/app.ear!META-INF/application.xml" });
  add("/srv/data.zip", zipArchive({ "deploy/.env": `API_KEY=${value("zip")}\n` }, { descriptors: true }));
  expected.push({ rule: assignment, path: "/srv/data.zip!deploy/.env" });
  add("/srv/tool-1.0-py3-none-any.whl", zipArchive({ "tool/settings.py": `SECRET_KEY = "${value("whl")}"\n` }));
  expected.push({ rule: assignment, path: "/srv/tool-1.0-py3-none-any.whl!tool/settings.py" });
  add("/srv/bundle.tar.gz", tarGzArchive({ "etc/app.env": `REDIS_PASSWORD=${value("targz")}\n` }));
  expected.push({ rule: assignment, path: "/srv/bundle.tar.gz!etc/app.env" });

  // Look-alikes: none of these is a finding.
  const lookalike = value("lookalike");
  files["/app/.env.example"] = `DB_PASSWORD=${lookalike}\n`;
  files["/app/config.sample.yml"] = `password: ${value("sample")}\n`;
  files["/app/phpunit.xml.dist"] = `<phpunit><php><env name="DB_PASSWORD" value="${value("dist")}"/></php></phpunit>\n`;
  files["/usr/share/doc/app/README"] = `Configure it with\n  export DB_PASSWORD=${value("doc")}\n`;
  files["/app/placeholders.env"] = [
    "DB_PASSWORD=",
    "API_KEY=changeme",
    "TOKEN=<your-token>",
    "SECRET=${SECRET}",
    "PASS={{ .Values.pass }}",
    "DB_PASSWORD_FILE=/run/secrets/db",
    "X_TOKEN=xxxxxxxxxxxxxxxx",
    "ZERO_SECRET=00000000-0000-0000-0000-000000000000",
    "AAA_PASSWORD=aaaaaaaaaaaaaaaa",
    "ADMIN_PASSWORD=admin",
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "",
  ].join("\n");
  files["/app/app/settings_prod.py"] =
    `import os\nSECRET_KEY = os.environ["SECRET_KEY"]\nDB_PASSWORD = os.getenv("DB_PASSWORD")\npassword = request.form["password"]\n`;
  files["/app/src/user.ts"] = "export interface User {\n  password: string;\n  token?: string;\n}\n";
  files["/root/.ssh/id_rsa.pub"] =
    `ssh-rsa AAAAB3NzaC1yc2E${pseudoRandom("pub", 200, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")} ci@build\n`;
  files["/etc/ssl/certs/app.pem"] = `-----BEGIN CERTIFICATE-----\n${pseudoRandom(
    "cert",
    256,
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  )
    .match(/.{1,64}/g)!
    .join("\n")}\n-----END CERTIFICATE-----\n`;
  files["/app/keys.yml"] = `public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${pseudoRandom("ed", 43)} ci"\n`;
  files["/app/node_modules/pg/test/fixtures/key.pem"] = `${fake.privateKey("third-party-test")}\n`;
  files["/app/node_modules/pg/lib/defaults.js"] = `module.exports = { password: "${value("node-modules")}" };\n`;
  // A file the distribution's package manager installed, byte for byte: public content.
  const packaged = `[client]\npassword=${value("packaged")}\n`;
  files["/usr/lib/fake/client.cnf"] = packaged;
  files["/var/lib/dpkg/info/fake.md5sums"] = `${createHash("md5").update(packaged).digest("hex")}  usr/lib/fake/client.cnf\n`;

  // One token in two files, one of them deleted by a later layer: one finding, both places.
  const shared = fake.githubPat("corpus-shared");
  files["/app/ci/token.txt"] = `${shared}\n`;
  files["/tmp/build/token.txt"] = `GITHUB_TOKEN=${shared}\n`;
  expected.push({ rule: "github-pat", path: "/app/ci/token.txt" });
  return { files, expected, deletedCopy: "/tmp/build/token.txt" };
}

export { b64 };
