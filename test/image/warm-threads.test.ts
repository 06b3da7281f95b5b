/**
 * The command line starts the layer threads before the rest of the gate loads, from its arguments
 * alone (src/image/warm-threads.ts): only for an image whose layers are walked on threads.
 */
import { describe, expect, it } from "vitest";
import { threadedImage, threadedImageArgument } from "../../src/image/warm-threads.ts";

describe("the image a command line names, for the early start of the layer threads", () => {
  it("reads --image REF and --image=REF wherever they stand", () => {
    expect(threadedImageArgument(["--image", "oci:build/app", "--format", "json"])).toBe("oci:build/app");
    expect(threadedImageArgument(["Dockerfile", "--image=docker-archive:app.tar"])).toBe("docker-archive:app.tar");
    expect(threadedImageArgument(["--policy", "strict", "--image", "docker://127.0.0.1:5000/app:1"])).toBe("docker://127.0.0.1:5000/app:1");
  });

  it("starts nothing for a Dockerfile-only run, a missing reference or the Docker daemon (walked in the gate's thread)", () => {
    expect(threadedImageArgument(["Dockerfile", "--format", "json"])).toBeUndefined();
    expect(threadedImageArgument(["--image"])).toBeUndefined();
    expect(threadedImageArgument(["--image="])).toBeUndefined();
    expect(threadedImageArgument(["--image", "docker-daemon:app:1"])).toBeUndefined();
    expect(threadedImageArgument(["--ecr-image", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1"])).toBeUndefined();
  });

  it("reads the Action's image input the same way (trimmed, as the runner's inputs are read)", () => {
    expect(threadedImage("  oci:build/app\n")).toBe("oci:build/app");
    expect(threadedImage(undefined)).toBeUndefined();
    expect(threadedImage("   ")).toBeUndefined();
    expect(threadedImage("docker-daemon:app:1")).toBeUndefined();
  });
});
