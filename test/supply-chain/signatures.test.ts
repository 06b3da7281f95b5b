import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecidedFinding } from "../../src/findings.ts";
import { runGate } from "../../src/gate.ts";
import { startRegistry, type RunningRegistry } from "../helpers/registry.ts";
import { RegistryDouble } from "../helpers/registry-double.ts";
import {
  COSIGN_SIGN,
  GITHUB_ISSUER,
  cosignSign,
  ecKeyPair,
  keylessInstance,
  notationCa,
  notationJws,
  policyDir,
  publicKeyBundle,
  pushBundleReferrer,
  pushCosignSignature,
  pushIndex,
  pushNotation,
  Pusher,
  simpleSigningPayload,
  statement,
  type KeyPair,
} from "../helpers/supply-chain.ts";
import { REGISTRY_TOOLS, requireTools } from "../helpers/require-tools.ts";

requireTools(...REGISTRY_TOOLS);

let cncf: RunningRegistry;
let double: RegistryDouble;
const trustedKey: KeyPair = ecKeyPair();
const otherKey: KeyPair = ecKeyPair();

beforeAll(async () => {
  cncf = await startRegistry({ auth: "none" });
  double = await new RegistryDouble().start();
}, 60_000);
afterAll(async () => {
  await cncf?.stop();
  await double?.stop();
});

/** A policy with these unsigned-image signers (files written beside it). */
function policy(signers: string, files: Record<string, string> = {}, extra = ""): string {
  const dir = policyDir({
    "cosign.pub": trustedKey.publicPem,
    ...files,
    "policy.yaml": `version: 1\nchecks:\n  unsigned-image:\n    action: fail\n    signers:\n${signers}\n${extra}`,
  });
  return `${dir}/policy.yaml`;
}

async function judge(image: string, policyFile: string): Promise<DecidedFinding[]> {
  const { report } = await runGate({ image, policy: policyFile });
  return report.findings.filter((finding) => finding.check === "unsigned-image");
}

const KEY_POLICY = () => policy("      - cosign-key: cosign.pub");

describe("unsigned-image with cosign key signatures (legacy .sig tags, CNCF registry without the referrers API)", () => {
  it("passes an index signed with a listed key, and judges the platform manifest read from it", async () => {
    const pusher = new Pusher(cncf.host, "keyed/app");
    const image = await pushIndex(pusher, "1.0");
    await pushCosignSignature(pusher, image.index, [
      { payload: simpleSigningPayload(image.index), signature: cosignSign(simpleSigningPayload(image.index), trustedKey.privateKey) },
    ]);
    expect(await judge(`docker://${cncf.host}/keyed/app:1.0`, KEY_POLICY())).toEqual([]);
  });

  it("passes a signature on the platform manifest alone", async () => {
    const pusher = new Pusher(cncf.host, "keyed/platform");
    const image = await pushIndex(pusher, "1.0");
    await pushCosignSignature(pusher, image.amd64, [
      { payload: simpleSigningPayload(image.amd64), signature: cosignSign(simpleSigningPayload(image.amd64), trustedKey.privateKey) },
    ]);
    expect(await judge(`docker://${cncf.host}/keyed/platform:1.0`, KEY_POLICY())).toEqual([]);
  });

  it("reports no-signature for an unsigned image, naming both digests it looked for", async () => {
    const pusher = new Pusher(cncf.host, "keyed/unsigned");
    const image = await pushIndex(pusher, "1.0");
    const findings = await judge(`docker://${cncf.host}/keyed/unsigned:1.0`, KEY_POLICY());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "no-signature", blocking: true, location: { image: `${cncf.host}/keyed/unsigned@${image.amd64}` } });
    expect(findings[0]!.message).toContain(`index ${image.index}`);
    expect(findings[0]!.message).toContain(`manifest ${image.amd64}`);
  });

  it("reports untrusted-signer for a signature by another key, and says so", async () => {
    const pusher = new Pusher(cncf.host, "keyed/other");
    const image = await pushIndex(pusher, "1.0");
    await pushCosignSignature(pusher, image.index, [
      { payload: simpleSigningPayload(image.index), signature: cosignSign(simpleSigningPayload(image.index), otherKey.privateKey) },
    ]);
    const findings = await judge(`docker://${cncf.host}/keyed/other:1.0`, KEY_POLICY());
    expect(findings.map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    expect(findings[0]!.message).toMatch(
      /cosign signature \(tag sha256-[0-9a-f]{64}\.sig, signed by a key the policy does not list\): no listed cosign-key \(\S+\/cosign\.pub \(sha256:[0-9a-f]{16}\)\)/,
    );
  });

  it("reports invalid-signature for a payload that names another digest: an index signature stored for the platform manifest, and the reverse", async () => {
    const pusher = new Pusher(cncf.host, "keyed/misplaced");
    const image = await pushIndex(pusher, "1.0");
    const payload = simpleSigningPayload(image.index);
    await pushCosignSignature(pusher, image.amd64, [{ payload, signature: cosignSign(payload, trustedKey.privateKey) }]);
    const findings = await judge(`docker://${cncf.host}/keyed/misplaced:1.0`, KEY_POLICY());
    expect(findings.map((finding) => finding.rule)).toEqual(["invalid-signature"]);
    expect(findings[0]!.severity).toBe("critical");
    expect(findings[0]!.message).toContain(`the signed payload names ${image.index}, not ${image.amd64}`);

    const reverse = new Pusher(cncf.host, "keyed/reverse");
    const other = await pushIndex(reverse, "1.0");
    const platformPayload = simpleSigningPayload(other.amd64);
    await pushCosignSignature(reverse, other.index, [{ payload: platformPayload, signature: cosignSign(platformPayload, trustedKey.privateKey) }]);
    const reversed = await judge(`docker://${cncf.host}/keyed/reverse:1.0`, KEY_POLICY());
    expect(reversed.map((finding) => finding.rule)).toEqual(["invalid-signature"]);
    expect(reversed[0]!.message).toContain(`names ${other.amd64}, not ${other.index}`);
  });

  it("does not count a signature on the index when the platform manifest is judged by digest", async () => {
    const pusher = new Pusher(cncf.host, "keyed/by-digest");
    const image = await pushIndex(pusher, "1.0");
    await pushCosignSignature(pusher, image.index, [
      { payload: simpleSigningPayload(image.index), signature: cosignSign(simpleSigningPayload(image.index), trustedKey.privateKey) },
    ]);
    const findings = await judge(`docker://${cncf.host}/keyed/by-digest@${image.amd64}`, KEY_POLICY());
    expect(findings.map((finding) => finding.rule)).toEqual(["no-signature"]);
  });

  it("reports the most alarming rule when several signatures fail: invalid-signature over untrusted-signer", async () => {
    const pusher = new Pusher(cncf.host, "keyed/mixed");
    const image = await pushIndex(pusher, "1.0");
    const good = simpleSigningPayload(image.index);
    const wrong = simpleSigningPayload(image.arm64);
    await pushCosignSignature(pusher, image.index, [
      { payload: good, signature: cosignSign(good, otherKey.privateKey) },
      { payload: wrong, signature: cosignSign(wrong, trustedKey.privateKey) },
    ]);
    const findings = await judge(`docker://${cncf.host}/keyed/mixed:1.0`, KEY_POLICY());
    expect(findings.map((finding) => finding.rule)).toEqual(["invalid-signature"]);
    expect(findings[0]!.message).toContain("also 1 by untrusted signers");
    // One listed signer verifying any signature is enough.
    await pushCosignSignature(pusher, image.amd64, [
      { payload: simpleSigningPayload(image.amd64), signature: cosignSign(simpleSigningPayload(image.amd64), trustedKey.privateKey) },
    ]);
    expect(await judge(`docker://${cncf.host}/keyed/mixed:1.0`, KEY_POLICY())).toEqual([]);
  });
});

describe("unsigned-image with Sigstore bundles as OCI 1.1 referrers", () => {
  it("finds a public-key bundle through the referrers tag fallback on a registry without the API", async () => {
    const pusher = new Pusher(cncf.host, "bundle/fallback");
    const image = await pushIndex(pusher, "1.0");
    await pushBundleReferrer(
      pusher,
      { digest: image.index, size: image.indexSize, mediaType: "application/vnd.oci.image.index.v1+json" },
      publicKeyBundle(statement(image.index, COSIGN_SIGN), trustedKey.privateKey),
      true,
    );
    expect(await judge(`docker://${cncf.host}/bundle/fallback:1.0`, KEY_POLICY())).toEqual([]);
    // The same bundle by another key: untrusted-signer.
    const other = new Pusher(cncf.host, "bundle/fallback-other");
    const otherImage = await pushIndex(other, "1.0");
    await pushBundleReferrer(
      other,
      { digest: otherImage.amd64, size: otherImage.amd64Size },
      publicKeyBundle(statement(otherImage.amd64, COSIGN_SIGN), otherKey.privateKey),
      true,
    );
    const findings = await judge(`docker://${cncf.host}/bundle/fallback-other:1.0`, KEY_POLICY());
    expect(findings.map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    expect(findings[0]!.message).toContain("Sigstore bundle (referrers tag");
  });

  it("pages through the referrers API (Link) and filters artifact types itself", async () => {
    const pusher = new Pusher(double.host, "bundle/api");
    const image = await pushIndex(pusher, "1.0");
    // Unrelated referrers first, so the signature is on a later page.
    for (let i = 0; i < 3; i++) {
      await pusher.blob(Buffer.from("{}"));
      await pusher.referrer(
        { digest: image.amd64, size: image.amd64Size },
        {
          artifactType: `application/x-unrelated-${i}`,
          config: {
            mediaType: "application/vnd.oci.empty.v1+json",
            digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
            size: 2,
          },
          layers: [],
        },
        false,
      );
    }
    await pushBundleReferrer(
      pusher,
      { digest: image.amd64, size: image.amd64Size },
      publicKeyBundle(statement(image.amd64, COSIGN_SIGN), trustedKey.privateKey),
      false,
    );
    double.requests.length = 0;
    expect(await judge(`docker://${double.host}/bundle/api:1.0`, KEY_POLICY())).toEqual([]);
    const referrerCalls = double.requests.filter((line) => line.includes(`/referrers/${image.amd64}`));
    expect(referrerCalls.length).toBeGreaterThanOrEqual(2);
    // Unrelated artifacts were listed but never fetched.
    expect(double.requests.some((line) => line.includes("/manifests/") && line.includes("unrelated"))).toBe(false);
  });

  it("follows only same-host Link continuations", async () => {
    const pusher = new Pusher(double.host, "bundle/foreign-link");
    const image = await pushIndex(pusher, "1.0");
    for (let i = 0; i < 3; i++)
      await pushBundleReferrer(
        pusher,
        { digest: image.amd64, size: image.amd64Size },
        publicKeyBundle(statement(image.amd64, `${COSIGN_SIGN}#${i}`), otherKey.privateKey),
        false,
      );
    double.linkOrigin = "http://metadata.example";
    try {
      await expect(judge(`docker://${double.host}/bundle/foreign-link:1.0`, KEY_POLICY())).rejects.toThrow(
        /the referrers Link header points to another host \(http:\/\/metadata\.example/,
      );
    } finally {
      double.linkOrigin = "";
    }
  });

  it("reports invalid-signature for a bundle whose statement names another digest, and for a tampered blob", async () => {
    const pusher = new Pusher(double.host, "bundle/tampered");
    const image = await pushIndex(pusher, "1.0");
    await pushBundleReferrer(
      pusher,
      { digest: image.amd64, size: image.amd64Size },
      publicKeyBundle(statement(image.arm64, COSIGN_SIGN), trustedKey.privateKey),
      false,
    );
    let findings = await judge(`docker://${double.host}/bundle/tampered:1.0`, KEY_POLICY());
    expect(findings.map((finding) => finding.rule)).toEqual(["invalid-signature"]);
    expect(findings[0]!.message).toContain(`the signed statement names ${image.arm64}, not ${image.amd64}`);

    const clean = new Pusher(double.host, "bundle/tampered-blob");
    const other = await pushIndex(clean, "1.0");
    const payload = simpleSigningPayload(other.index);
    await pushCosignSignature(clean, other.index, [{ payload, signature: cosignSign(payload, trustedKey.privateKey) }]);
    // Storage now serves other bytes for the payload's digest.
    double.tampered.set(`sha256:${(await import("node:crypto")).createHash("sha256").update(payload).digest("hex")}`, simpleSigningPayload(other.arm64));
    findings = await judge(`docker://${double.host}/bundle/tampered-blob:1.0`, KEY_POLICY());
    expect(findings.map((finding) => finding.rule)).toEqual(["invalid-signature"]);
    expect(findings[0]!.message).toMatch(/its blob sha256:[0-9a-f]{12}… does not match its descriptor/);
  });
});

describe("unsigned-image with Sigstore keyless signatures (offline, against a trusted root)", () => {
  const identity = "https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main";

  it("verifies a legacy keyless .sig (certificate and Rekor bundle annotations) and matches issuer and identity globs", async () => {
    const sigstore = await keylessInstance();
    const pusher = new Pusher(cncf.host, "keyless/legacy");
    const image = await pushIndex(pusher, "1.0");
    const payload = simpleSigningPayload(image.index);
    const signed = await sigstore.sign(identity, payload);
    await pushCosignSignature(pusher, image.index, [
      {
        payload,
        signature: signed.signature,
        annotations: { "dev.sigstore.cosign/certificate": signed.certificatePem, "dev.sigstore.cosign/bundle": signed.rekorBundle },
      },
    ]);
    const files = { "trusted_root.json": sigstore.trustedRoot };
    const matching = policy(
      `      - keyless:\n          issuer: ${GITHUB_ISSUER}\n          identity: "https://github.com/acme/*/.github/workflows/release.yml@refs/heads/*"`,
      files,
      "    trusted-root: trusted_root.json\n",
    );
    expect(await judge(`docker://${cncf.host}/keyless/legacy:1.0`, matching)).toEqual([]);

    const otherRepo = policy(
      `      - keyless:\n          issuer: ${GITHUB_ISSUER}\n          identity: "https://github.com/other/*/.github/workflows/release.yml@refs/heads/*"`,
      files,
      "    trusted-root: trusted_root.json\n",
    );
    const findings = await judge(`docker://${cncf.host}/keyless/legacy:1.0`, otherRepo);
    expect(findings.map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    expect(findings[0]!.message).toContain(`signed by ${identity} (issuer ${GITHUB_ISSUER})`);

    // The public-good root (the default) does not trust this test instance's CA.
    const publicGood = policy(`      - keyless:\n          issuer: ${GITHUB_ISSUER}\n          identity: "https://github.com/acme/**"`);
    const untrusted = await judge(`docker://${cncf.host}/keyless/legacy:1.0`, publicGood);
    expect(untrusted.map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    expect(untrusted[0]!.message).toContain("Sigstore public-good trusted root shipped with image-gate");
  });

  it("verifies a keyless DSSE bundle referrer, and calls a bundle whose log entry does not match its signature invalid", async () => {
    const sigstore = await keylessInstance();
    const pusher = new Pusher(double.host, "keyless/bundle");
    const image = await pushIndex(pusher, "1.0");
    const bundle = await sigstore.signDsse(identity, statement(image.amd64, COSIGN_SIGN));
    await pushBundleReferrer(pusher, { digest: image.amd64, size: image.amd64Size }, bundle, false);
    const files = { "trusted_root.json": sigstore.trustedRoot };
    const keylessPolicy = policy(
      `      - keyless:\n          issuer: ${GITHUB_ISSUER}\n          identity: "${identity}"`,
      files,
      "    trusted-root: trusted_root.json\n",
    );
    expect(await judge(`docker://${double.host}/keyless/bundle:1.0`, keylessPolicy)).toEqual([]);

    // The log entry of another signature pasted into this bundle.
    const other = new Pusher(double.host, "keyless/bundle-swapped");
    const otherImage = await pushIndex(other, "1.0");
    const honest = await sigstore.signDsse(identity, statement(otherImage.amd64, COSIGN_SIGN));
    const unrelated = await sigstore.signDsse(identity, statement(otherImage.arm64, COSIGN_SIGN));
    (honest.verificationMaterial as { tlogEntries: unknown }).tlogEntries = (unrelated.verificationMaterial as { tlogEntries: unknown }).tlogEntries;
    await pushBundleReferrer(other, { digest: otherImage.amd64, size: otherImage.amd64Size }, honest, false);
    const findings = await judge(`docker://${double.host}/keyless/bundle-swapped:1.0`, keylessPolicy);
    expect(findings.map((finding) => finding.rule)).toEqual(["invalid-signature"]);
  });
});

describe("unsigned-image with Notation (AWS Signer) signatures", () => {
  it("verifies a JWS chained to the trust store with a matching subject; rejects an expired leaf, another identity and a tampered signature", async () => {
    const ca = await notationCa();
    const files = { "signer-root.pem": ca.rootPem };
    const notationPolicy = (identity: string) =>
      policy(`      - notation:\n          trust-store: signer-root.pem\n          identities: ["${identity}"]`, files);
    const pusher = new Pusher(cncf.host, "notation/app");
    const image = await pushIndex(pusher, "1.0");
    const leaf = await ca.leaf("CN=acme-release, O=Acme, C=US");
    await pushNotation(
      pusher,
      { digest: image.amd64, size: image.amd64Size },
      await notationJws({ digest: image.amd64, size: image.amd64Size }, leaf, [ca.caDer]),
      [leaf.der, ca.caDer],
      true,
    );
    expect(await judge(`docker://${cncf.host}/notation/app:1.0`, notationPolicy("x509.subject: CN=acme-release, O=Acme"))).toEqual([]);

    const wrongIdentity = await judge(`docker://${cncf.host}/notation/app:1.0`, notationPolicy("x509.subject: CN=someone-else, O=Acme"));
    expect(wrongIdentity.map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    expect(wrongIdentity[0]!.message).toContain("signed by CN=acme-release, O=Acme, C=US");

    const expiredRepo = new Pusher(cncf.host, "notation/expired");
    const expiredImage = await pushIndex(expiredRepo, "1.0");
    const day = 86_400_000;
    const expired = await ca.leaf("CN=acme-release, O=Acme", { from: new Date(Date.now() - 3 * day), to: new Date(Date.now() - day) });
    await pushNotation(
      expiredRepo,
      { digest: expiredImage.amd64, size: expiredImage.amd64Size },
      await notationJws({ digest: expiredImage.amd64, size: expiredImage.amd64Size }, expired, [ca.caDer]),
      [expired.der, ca.caDer],
      true,
    );
    const expiredFindings = await judge(`docker://${cncf.host}/notation/expired:1.0`, notationPolicy("x509.subject: CN=acme-release"));
    expect(expiredFindings.map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    expect(expiredFindings[0]!.message).toContain("the signing certificate (CN=acme-release, O=Acme) is not valid");

    const tamperedRepo = new Pusher(cncf.host, "notation/tampered");
    const tamperedImage = await pushIndex(tamperedRepo, "1.0");
    await pushNotation(
      tamperedRepo,
      { digest: tamperedImage.amd64, size: tamperedImage.amd64Size },
      await notationJws({ digest: tamperedImage.amd64, size: tamperedImage.amd64Size }, leaf, [ca.caDer], { tamper: true }),
      [leaf.der, ca.caDer],
      true,
    );
    const tampered = await judge(`docker://${cncf.host}/notation/tampered:1.0`, notationPolicy("x509.subject: CN=acme-release"));
    expect(tampered.map((finding) => finding.rule)).toEqual(["invalid-signature"]);
    expect(tampered[0]!.message).toContain("does not verify against the certificate it carries");

    // Another CA's chain: untrusted.
    const stranger = await notationCa();
    const strangerPolicy = policy(`      - notation:\n          trust-store: other-root.pem\n          identities: ["*"]`, {
      "other-root.pem": stranger.rootPem,
    });
    const strangers = await judge(`docker://${cncf.host}/notation/app:1.0`, strangerPolicy);
    expect(strangers.map((finding) => finding.rule)).toEqual(["untrusted-signer"]);
    expect(strangers[0]!.message).toMatch(/does not lead to a root in \S+\/other-root\.pem/);
  });
});
