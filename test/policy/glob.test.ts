import { describe, expect, it } from "vitest";
import { globMatch } from "../../src/policy/glob.ts";

describe("globMatch (SPEC §4 patterns)", () => {
  const ecr = "123456789012.dkr.ecr.*.amazonaws.com/**";
  it.each([
    [ecr, "123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node", true],
    [ecr, "123456789012.dkr.ecr.us-east-1.amazonaws.com/app", true],
    [ecr, "123456789012.dkr.ecr.evil.io/x.amazonaws.com/y", false],
    [ecr, "123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.io/app", false],
    [ecr, "999999999999.dkr.ecr.eu-west-1.amazonaws.com/app", false],
    ["public.ecr.aws/docker/library/*", "public.ecr.aws/docker/library/node", true],
    ["public.ecr.aws/docker/library/*", "public.ecr.aws/docker/library/node/extra", false],
    ["public.ecr.aws/docker/library/*", "public.ecr.aws/docker/library-evil/node", false],
    ["docker.io/library/node", "docker.io/library/node", true],
    ["docker.io/library/node", "docker.io/library/nodejs", false],
    ["docker.io/library/node", "evil.io/docker.io/library/node", false],
    ["docker.io/library/*", "docker.io/library/alpine", true],
    ["docker.io/*", "docker.io/library/alpine", false],
    ["docker.io/**", "docker.io/library/alpine", true],
    ["docker.io/**", "docker.io", false],
    ["ghcr.io/acme/**/base", "ghcr.io/acme/base", true],
    ["ghcr.io/acme/**/base", "ghcr.io/acme/x/y/base", true],
    ["ghcr.io/acme/**/base", "ghcr.io/acme/x/y/base2", false],
    ["**", "anything.io/at/all", true],
    ["/usr/share/doc/**", "/usr/share/doc/openssl/example.pem", true],
    ["/usr/share/doc/**", "/usr/share/docs/x", false],
    ["*.example.com/app", "registry.example.com/app", true],
    ["*.example.com/app", "a.b.example.com/app", true],
    ["reg?.io/app", "reg1.io/app", true],
    ["reg?.io/app", "reg12.io/app", false],
    ["a+b.io/app", "aab.io/app", false],
  ])("%s vs %s → %s", (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });
});
