#!/usr/bin/env node
// The comparison column of npm run bench: snyk-docker-plugin's extractor (its public
// `extractContent` API, the one its own scanners use) over an uncompressed docker-archive,
// reading every regular file of every layer and running one credential regex over its text.
// That is the least a credential scanner built on it does; it verifies no digest and keeps no
// file list. Prints one JSON line: files read, bytes read, regex hits.
//
// Usage: node scripts/bench-snyk-extract.cjs ARCHIVE.tar

"use strict";

const { extractContent } = require("snyk-docker-plugin");

// Representative credential shapes: cloud key ids, private keys, tokens, and assignments of
// credential-named keys. Case-insensitive, as such scanners run it.
const CREDENTIAL =
  /(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}|-----BEGIN[ A-Z]*PRIVATE KEY-----|gh[pousr]_[A-Za-z0-9]{36}|xox[abprs]-[A-Za-z0-9-]{10,}|(?:password|passwd|secret|api[_-]?key|access[_-]?token)["']?\s*[:=]\s*["']?[^\s"']{8,}/gi;

async function main() {
  const archive = process.argv[2];
  if (!archive) throw new Error("usage: bench-snyk-extract.cjs ARCHIVE.tar");
  let files = 0;
  let bytes = 0;
  let hits = 0;
  const scanEveryFile = {
    actionName: "credentials",
    filePathMatches: () => true,
    async callback(stream) {
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString("utf8");
      files++;
      bytes += text.length;
      CREDENTIAL.lastIndex = 0;
      for (const _match of text.matchAll(CREDENTIAL)) hits++;
      // Nothing is returned, so the extractor keeps nothing per file (as a scanner keeping only hits).
      return "";
    },
  };
  await extractContent([scanEveryFile], { path: `docker-archive:${archive}` });
  console.log(JSON.stringify({ files, bytes, hits }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
