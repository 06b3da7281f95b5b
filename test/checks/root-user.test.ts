import { describe, expect, it } from "vitest";
import { rootUser } from "../../src/checks/root-user.ts";
import { check, rulesAt } from "../helpers/dockerfile.ts";

describe("root-user", () => {
  it("flags a final stage with no USER anywhere in its chain, at its FROM line", () => {
    expect(rulesAt(check(rootUser, ["FROM node:20 AS build", "USER node", "FROM nginx:1.25", "COPY --from=build /app /usr/share/nginx/html"]))).toEqual([
      "no-user@3",
    ]);
  });

  it.each(["root", "0", "0:0", "root:root", "00", "root:1000"])("flags USER %s", (user) => {
    expect(rulesAt(check(rootUser, ["FROM alpine:3.19", "USER app", `USER ${user}`]))).toEqual(["user-root@3"]);
  });

  it.each(["app", "1000", "1000:0", "nobody:nogroup", "10001:10001"])("accepts USER %s", (user) => {
    expect(check(rootUser, ["FROM alpine:3.19", `USER ${user}`])).toEqual([]);
  });

  it("resolves USER through ARG and ENV, build args included", () => {
    const lines = ["FROM alpine:3.19", "ARG RUN_AS=10001", "ENV APP_USER=${RUN_AS}", "USER ${APP_USER}"];
    expect(check(rootUser, lines)).toEqual([]);
    const root = check(rootUser, lines, {}, { buildArgs: { RUN_AS: "0" } });
    expect(rulesAt(root)).toEqual(["user-root@4"]);
    expect(root[0]!.message).toContain("USER ${APP_USER} (= 0)");
  });

  it("uses the default of ${VAR:-default} and names a missing variable", () => {
    expect(rulesAt(check(rootUser, ["FROM alpine:3.19", "USER ${APP_USER:-root}"]))).toEqual(["user-root@2"]);
    const missing = check(rootUser, ["FROM alpine:3.19", "USER ${APP_USER}"]);
    expect(rulesAt(missing)).toEqual(["user-unresolved@2"]);
    expect(missing[0]!.message).toContain("APP_USER");
  });

  it("inherits USER from the stage the final stage is built on", () => {
    const lines = ["FROM python:3.12-slim AS base", "RUN useradd -u 10001 app", "USER app", "FROM base AS runtime", "COPY . /app"];
    expect(check(rootUser, lines)).toEqual([]);
    const rootBase = check(rootUser, ["FROM python:3.12-slim AS base", "USER root", "FROM base AS runtime", 'CMD ["python"]']);
    expect(rulesAt(rootBase)).toEqual(["user-root@2"]);
    expect(rootBase[0]!.message).toContain("inherited from stage base");
  });

  it("only the final stage counts: builder stages may be root", () => {
    expect(check(rootUser, ["FROM golang:1.22 AS build", "USER root", "FROM gcr.io/distroless/static:nonroot", "USER 65532:65532"])).toEqual([]);
  });

  it("works on CRLF files with lower-case instructions", () => {
    expect(rulesAt(check(rootUser, "from alpine:3.19\r\nuser root\r\n"))).toEqual(["user-root@2"]);
  });
});
