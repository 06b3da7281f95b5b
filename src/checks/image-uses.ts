import type { DockerfileModel, ImageUse } from "../dockerfile/model.ts";

/** Image uses that pull from outside the Dockerfile: not scratch, not an earlier stage. */
export function externalImageUses(dockerfile: DockerfileModel): ImageUse[] {
  return dockerfile.imageUses.filter((use) => use.stageRef === undefined && !use.scratch);
}

/** How a use reads in a message: `FROM node:20`, `COPY --from=alpine`. */
export function describeUse(use: ImageUse): string {
  const shown = use.written === use.resolved || use.missing.length > 0 ? use.written : `${use.written} (= ${use.resolved})`;
  switch (use.kind) {
    case "from":
      return `FROM ${shown}`;
    case "copy-from":
      return `COPY --from=${shown}`;
    case "mount-from":
      return `RUN --mount from=${shown}`;
  }
}

/** Names the missing variables and how to supply them. */
export function describeMissing(use: ImageUse): string {
  const names = use.missing;
  const plural = names.length > 1;
  return `${names.join(", ")} ${plural ? "have" : "has"} no value (pass ${names.map((name) => `--build-arg ${name}=...`).join(" ")})`;
}
