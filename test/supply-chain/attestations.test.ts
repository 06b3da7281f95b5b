import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerPurlName } from "../../src/supply-chain/attestations.ts";
import { runGate } from "../../src/gate.ts";
import { fixtureRef } from "../helpers/images.ts";
import { startRegistry, type RunningRegistry } from "../helpers/registry.ts";
import { RegistryDouble } from "../helpers/registry-double.ts";
import { ociLayout } from "../helpers/oci-layout.ts";
import {
  cosignSign,
  ecKeyPair,
  keylessInstance,
  MEDIA,
  pae,
  policyDir,
  publicKeyBundle,
  pushBundleReferrer,
  pushIndex,
  pushPlatformImage,
  Pusher,
  sha256,
  simpleSigningPayload,
  statement,
} from "../helpers/supply-chain.ts";
import { FIXTURE_TOOLS, REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...FIXTURE_TOOLS, ...REGISTRY_TOOLS);

const SPDX = "https://spdx.dev/Document";
const SLSA1 = "https://slsa.dev/provenance/v1";
const SLSA02 = "https://slsa.dev/provenance/v0.2";

let cncf: RunningRegistry;
let double: RegistryDouble;
beforeAll(async () => {
  cncf = await startRegistry({ auth: "none" });
  double = await new RegistryDouble().start();
}, 60_000);
afterAll(async () => {
  await cncf?.stop();
  await double?.stop();
});

function attestationPolicy(extra = ""): string {
  return `${policyDir({ "policy.yaml": `version: 1\nchecks:\n  missing-attestations:\n    action: fail\n${extra}` })}/policy.yaml`;
}

async function judge(image: string, policy = attestationPolicy(), dockerfile?: string) {
  const { report } = await runGate({ image, policy, ...(dockerfile ? { dockerfile } : {}) });
  return { findings: report.findings.filter((finding) => finding.check === "missing-attestations"), report };
}

const provenanceV1 = (base: string, digest: string) => ({
  buildDefinition: {
    buildType: "https://mobyproject.org/buildkit@v1",
    resolvedDependencies: [{ uri: `pkg:docker/${base}?platform=linux%2Famd64`, digest: { sha256: digest.slice(7) } }],
  },
  runDetails: { builder: { id: "" } },
});

describe("missing-attestations with BuildKit attestation manifests in the index", () => {
  it("passes an image with SBOM and SLSA v1 provenance for its platform manifest, and records the base image from provenance", async () => {
    const pusher = new Pusher(cncf.host, "attest/buildkit");
    const baseDigest = sha256("alpine");
    const image = await pushIndex(pusher, "1.0", (platform) => [
      statement(platform, SPDX, { spdxVersion: "SPDX-2.3" }),
      statement(platform, SLSA1, provenanceV1("alpine@3.20", baseDigest)),
    ]);
    const { findings, report } = await judge(`docker://${cncf.host}/attest/buildkit:1.0`);
    expect(findings).toEqual([]);
    expect(report.targets.image?.base).toEqual({ source: "provenance", name: "docker.io/library/alpine:3.20", digest: baseDigest });
    expect(image.amd64).toMatch(/^sha256:/);
  });

  it("reports no-provenance when only an SBOM is attached, and accepts SLSA v0.2 materials", async () => {
    const pusher = new Pusher(cncf.host, "attest/sbom-only");
    await pushIndex(pusher, "1.0", (platform) => [statement(platform, SPDX)]);
    const { findings } = await judge(`docker://${cncf.host}/attest/sbom-only:1.0`);
    expect(findings.map((finding) => finding.rule)).toEqual(["no-provenance"]);
    expect(findings[0]!.message).toContain("has no SLSA provenance (v0.2 or v1) attestation whose subject is");

    const v02 = new Pusher(cncf.host, "attest/v02");
    await pushIndex(v02, "1.0", (platform) => [
      statement(platform, SPDX),
      statement(platform, SLSA02, { materials: [{ uri: "pkg:docker/node@20", digest: { sha256: "ab".repeat(32) } }] }),
    ]);
    const passed = await judge(`docker://${cncf.host}/attest/v02:1.0`);
    expect(passed.findings).toEqual([]);
    expect(passed.report.targets.image?.base).toMatchObject({ source: "provenance", name: "docker.io/library/node:20" });
  });

  it("does not count an attestation whose subject is another digest, and says what it found", async () => {
    const pusher = new Pusher(cncf.host, "attest/wrong-subject");
    const other = sha256("some other image");
    await pushIndex(pusher, "1.0", () => [statement(other, SPDX), statement(other, SLSA1, provenanceV1("alpine", sha256("x")))]);
    const { findings } = await judge(`docker://${cncf.host}/attest/wrong-subject:1.0`);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(["no-provenance", "no-sbom"]);
    expect(findings.find((finding) => finding.rule === "no-sbom")!.message).toContain(
      `Found, but not for this image: ${SPDX} in the image index names ${other}`,
    );
  });

  it("require picks which attestations are needed", async () => {
    const pusher = new Pusher(cncf.host, "attest/require");
    await pushIndex(pusher, "1.0", (platform) => [statement(platform, SPDX)]);
    expect((await judge(`docker://${cncf.host}/attest/require:1.0`, attestationPolicy("    require: [sbom]\n"))).findings).toEqual([]);
  });
});

describe("missing-attestations with referrers (GitHub attest-build-provenance, cosign attest)", () => {
  it("counts a provenance bundle pushed as a referrer and a cosign .att DSSE envelope", async () => {
    const sigstore = await keylessInstance();
    const pusher = new Pusher(double.host, "attest/referrers");
    const image = await pushIndex(pusher, "1.0");
    const provenance = await sigstore.signDsse(
      "https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main",
      statement(image.amd64, SLSA1, provenanceV1("node@22", sha256("node"))),
    );
    await pushBundleReferrer(pusher, { digest: image.amd64, size: image.amd64Size }, provenance, false, SLSA1);
    // cosign attest --type spdxjson (legacy): a DSSE envelope in the sha256-<hex>.att manifest.
    const key = ecKeyPair();
    const sbom = statement(image.index, SPDX);
    const envelope = Buffer.from(
      JSON.stringify({
        payloadType: MEDIA.inToto,
        payload: sbom.toString("base64"),
        signatures: [{ sig: cosignSign(pae(MEDIA.inToto, sbom), key.privateKey).toString("base64") }],
      }),
    );
    await pusher.blob(envelope);
    await pusher.blob(Buffer.from("{}"));
    await pusher.manifest(`${image.index.replace(":", "-")}.att`, {
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      config: { mediaType: MEDIA.config, digest: sha256("{}"), size: 2 },
      layers: [{ mediaType: MEDIA.dsse, digest: sha256(envelope), size: envelope.length, annotations: { predicateType: SPDX } }],
    });
    const { findings, report } = await judge(`docker://${double.host}/attest/referrers:1.0`);
    expect(findings).toEqual([]);
    expect(report.targets.image?.base).toMatchObject({ source: "provenance", name: "docker.io/library/node:22" });
  });

  it("reads the base image from org.opencontainers.image.base.* annotations first", async () => {
    const pusher = new Pusher(double.host, "attest/annotated");
    const manifest = await pushPlatformImage(
      pusher,
      { os: "linux", architecture: "amd64" },
      { "org.opencontainers.image.base.name": "docker.io/library/debian:12", "org.opencontainers.image.base.digest": sha256("debian") },
    );
    await pusher.manifest("1.0", JSON.parse(await (await fetch(`http://${double.host}/v2/attest/annotated/manifests/${manifest.digest}`)).text()) as unknown);
    const { findings, report } = await judge(`docker://${double.host}/attest/annotated:1.0`);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(["no-provenance", "no-sbom"]);
    expect(report.targets.image?.base).toEqual({ source: "annotations", name: "docker.io/library/debian:12", digest: sha256("debian") });
  });
});

describe("inputs read from files", () => {
  it("are not applicable (no finding) for a docker-archive, and the report says so", async () => {
    const policy = `${policyDir({
      "cosign.pub": ecKeyPair().publicPem,
      "policy.yaml":
        "version: 1\nchecks:\n  missing-attestations: { action: fail }\n  unsigned-image: { action: fail, signers: [ { cosign-key: cosign.pub } ] }\n",
    })}/policy.yaml`;
    const { report } = await runGate({ image: fixtureRef("clean", "docker-archive"), policy });
    expect(report.findings.filter((finding) => ["missing-attestations", "unsigned-image"].includes(finding.check))).toEqual([]);
    for (const id of ["missing-attestations", "unsigned-image"]) {
      expect(report.checks.find((check) => check.id === id)!.notApplicable).toContain("docker-archive: images carry no registry signatures or attestations");
    }
    const { render } = await import("../../src/report/render.ts");
    expect(render(report, "table", { color: false })).toContain(
      "Not applicable to this input:\n  - unsigned-image: docker-archive: images carry no registry signatures",
    );
    expect(render(report, "markdown", { color: false })).toContain("➖ `missing-attestations`: not applicable to this input");
    expect(render(report, "junit", { color: false })).toMatch(
      /<testcase classname="image-gate\.unsigned-image"[^>]*>\s*<skipped message="not applicable to this input: docker-archive/,
    );
  });

  it("judge an OCI layout that holds cosign signatures (cosign save), with the signature naming the layout's image", async () => {
    const key = ecKeyPair();
    const layout = await ociLayout({
      platform: { os: "linux", architecture: "amd64" },
      layers: [{ entries: [{ name: "etc/passwd", content: "root:x:0:0::/root:/bin/sh\n" }] }],
    });
    const index = JSON.parse((await import("node:fs")).readFileSync(path.join(layout, "index.json"), "utf8")) as {
      manifests: Array<{ digest: string; annotations?: Record<string, string> }>;
    };
    const imageDigest = index.manifests[0]!.digest;
    const writeBlob = (bytes: Buffer) => {
      mkdirSync(path.join(layout, "blobs", "sha256"), { recursive: true });
      writeFileSync(path.join(layout, "blobs", "sha256", sha256(bytes).slice(7)), bytes);
      return sha256(bytes);
    };
    const sign = (digest: string, signer = key) => {
      const payload = simpleSigningPayload(digest);
      writeBlob(payload);
      const config = Buffer.from("{}");
      writeBlob(config);
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MEDIA.manifest,
          config: { mediaType: MEDIA.config, digest: sha256(config), size: 2 },
          layers: [
            {
              mediaType: MEDIA.simpleSigning,
              digest: sha256(payload),
              size: payload.length,
              annotations: { "dev.cosignproject.cosign/signature": cosignSign(payload, signer.privateKey).toString("base64") },
            },
          ],
        }),
      );
      return { mediaType: MEDIA.manifest, digest: writeBlob(manifest), size: manifest.length, annotations: { kind: "dev.cosignproject.cosign/sigs" } };
    };
    const policy = (pem: string) =>
      `${policyDir({ "cosign.pub": pem, "policy.yaml": "version: 1\nchecks:\n  unsigned-image: { action: fail, signers: [ { cosign-key: cosign.pub } ] }\n" })}/policy.yaml`;
    // Before cosign save adds its signatures, the layout holds nothing to judge.
    const bare = await runGate({ image: `oci:${layout}`, policy: policy(key.publicPem) });
    expect(bare.report.checks.find((check) => check.id === "unsigned-image")!.notApplicable).toMatch(/the OCI layout .* holds no signatures or attestations/);
    index.manifests[0]!.annotations = { ...index.manifests[0]!.annotations, kind: "dev.cosignproject.cosign/image" };
    writeFileSync(path.join(layout, "index.json"), JSON.stringify({ ...index, manifests: [...index.manifests, sign(imageDigest)] }));
    let { report } = await runGate({ image: `oci:${layout}`, policy: policy(key.publicPem) });
    expect(report.findings.filter((finding) => finding.check === "unsigned-image")).toEqual([]);
    expect(report.checks.find((check) => check.id === "unsigned-image")!.notApplicable).toBeUndefined();
    ({ report } = await runGate({ image: `oci:${layout}`, policy: policy(ecKeyPair().publicPem) }));
    expect(report.findings.filter((finding) => finding.check === "unsigned-image").map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    // A public-key Sigstore bundle in a layout is read the same way.
    expect(publicKeyBundle(statement(imageDigest, "x"), key.privateKey)).toHaveProperty("dsseEnvelope");
  });
});

describe("provenance materials", () => {
  it("turn docker purls into normalized image names", () => {
    expect(dockerPurlName("pkg:docker/alpine@3.20?platform=linux%2Famd64")).toBe("docker.io/library/alpine:3.20");
    expect(dockerPurlName("pkg:docker/acme/base@sha256:" + "a".repeat(64))).toBe(`docker.io/acme/base@sha256:${"a".repeat(64)}`);
    expect(dockerPurlName("pkg:docker/app@1?repository_url=ghcr.io/acme")).toBe("ghcr.io/acme/app:1");
    expect(dockerPurlName("https://github.com/acme/app")).toBeUndefined();
  });
});
