#!/usr/bin/env node
// The comparison column of npm run bench: snyk-docker-plugin's extractor (its public
// `extractContent` API, the one its own scanners use) over an uncompressed docker-archive,
// reading every regular file of every layer as text (UTF-8, as the extractor's own default
// callback reads files) and running one credential regex over it.
// That is the least a credential scanner built on it does; it verifies no digest and keeps no
// file list. Prints one JSON line: files read, bytes read, regex hits.
//
// Usage: node scripts/bench-snyk-extract.cjs ARCHIVE.tar

"use strict";

const { extractContent } = require("snyk-docker-plugin");

// One credential regex, as the least a credential scanner runs: the AWS access key id shape.
const CREDENTIAL = /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g;

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
