/**
 * Credential-shaped test values, assembled at run time so that no token-shaped literal sits in
 * the repository (our own gate, and push protection, would rightly flag one).
 */

/** Deterministic pseudo-random text from an alphabet. */
export function pseudoRandom(seed: string, length: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += alphabet[(state >>> 8) % alphabet.length];
  }
  return out;
}

const join = (...parts: string[]) => parts.join("");

export const fake = {
  githubPat: (seed = "gh") => join("gh", "p_", pseudoRandom(seed, 36)),
  githubOauth: (seed = "gho") => join("gh", "o_", pseudoRandom(seed, 36)),
  githubApp: (seed = "ghs") => join("gh", "s_", pseudoRandom(seed, 36)),
  githubFineGrained: (seed = "ghf") => join("github", "_pat_", pseudoRandom(seed, 22), "_", pseudoRandom(`${seed}2`, 59)),
  gitlabPat: (seed = "gl") => join("gl", "pat-", pseudoRandom(seed, 20)),
  awsAccessKeyId: (seed = "aws") => join("AK", "IA", pseudoRandom(seed, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
  awsSecretKey: (seed = "awss") => pseudoRandom(seed, 38) + "/+",
  slackBot: (seed = "slack") => join("xo", "xb-", "123456789012-", "1234567890123-", pseudoRandom(seed, 24)),
  stripeLive: (seed = "stripe") => join("sk", "_live_", pseudoRandom(seed, 24)),
  googleApiKey: (seed = "g") => join("AI", "za", pseudoRandom(seed, 35)),
  npmToken: (seed = "npm") => join("np", "m_", pseudoRandom(seed, 36)),
  pypiToken: (seed = "pypi") => join("pypi-", "AgEIcHlwaS5vcmc", pseudoRandom(seed, 60)),
  dockerHubPat: (seed = "dckr") => join("dckr", "_pat_", pseudoRandom(seed, 27)),
  openAiKey: (seed = "oai") => join("sk-", "proj-", pseudoRandom(seed, 24), "T3Blbk", "FJ", pseudoRandom(`${seed}2`, 24)),
  anthropicKey: (seed = "ant") => join("sk-", "ant-", "api03-", pseudoRandom(seed, 93)),
  huggingFace: (seed = "hf") => join("h", "f_", pseudoRandom(seed, 34)),
  sendgrid: (seed = "sg") => join("S", "G.", pseudoRandom(seed, 22), ".", pseudoRandom(`${seed}2`, 43)),
  azureStorageKey: (seed = "az") => join(pseudoRandom(seed, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "=="),
  databricks: (seed = "db") => join("da", "pi", pseudoRandom(seed, 32, "0123456789abcdef")),
  vault: (seed = "hvs") => join("hv", "s.", pseudoRandom(seed, 95)),
  ageKey: (seed = "age") => join("AGE-SECRET-", "KEY-1", pseudoRandom(seed, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
  shopify: (seed = "shp") => join("shp", "at_", pseudoRandom(seed, 32, "0123456789abcdef")),
  password: (seed = "pw") => `${pseudoRandom(seed, 14)}!9`,
  /** A PEM private key with a plausible (random) base64 body. */
  privateKey: (seed = "pem", label = "RSA PRIVATE KEY") => {
    const body = pseudoRandom(seed, 256, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    const lines = body.match(/.{1,64}/g)!.join("\n");
    return join("-----BEGIN ", label, "-----\n", lines, "\n-----END ", label, "-----");
  },
};
