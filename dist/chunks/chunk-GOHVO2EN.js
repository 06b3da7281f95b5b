import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  findSecretAssignments,
  lineIndex,
  redact
} from "./chunk-DHVEYQYP.js";
import {
  GateError,
  firstLine
} from "./chunk-5IHOMVLR.js";

// src/image/layer-walker.ts
import { createHash } from "node:crypto";
import { PassThrough, Transform } from "node:stream";
import zlib from "node:zlib";

// src/secrets/files.ts
var CREDENTIAL_FILE = /\/(?:id_(?:rsa|dsa|ecdsa|ed25519)|\.npmrc|\.netrc|_netrc|\.pgpass|\.pypirc|\.git-credentials|\.dockercfg|\.env|[^/]+\.env|credentials(?:\.json)?|config\.json|auth\.json|kubeconfig|[^/]+\.(?:pem|key))$|\/\.aws\/config$|\/\.kube\/config$/;
var ENV_FILE = /\/(?:\.env|[^/]+\.env|\.env\.(?:local|production|prod|staging|development|dev|test))$/;
function isCredentialFileName(path) {
  return CREDENTIAL_FILE.test(path);
}
function scanFileText(text2, path, scanner) {
  const found = scanner.scan(text2, path).map((match) => ({
    rule: match.rule.id,
    title: match.rule.title,
    severity: match.rule.severity,
    evidence: redact(match.secret),
    line: match.line
  }));
  if (ENV_FILE.test(path)) {
    const lineOf = lineIndex(text2);
    const known = new Set(found.map((hit) => hit.evidence));
    for (const assignment of findSecretAssignments(text2)) {
      const evidence = redact(assignment.value);
      if (known.has(evidence)) continue;
      known.add(evidence);
      found.push({
        rule: "env-file-credential",
        title: `Credential in an env file (${assignment.name})`,
        severity: "high",
        evidence,
        line: lineOf(assignment.index)
      });
    }
  }
  return found;
}

// src/image/tar-reader.ts
var BLOCK = 512;
var MAX_META_BYTES = 4 * 1024 * 1024;
var EMPTY = Buffer.alloc(0);
var TYPES = {
  0: "file",
  1: "link",
  2: "symlink",
  3: "character-device",
  4: "block-device",
  5: "directory",
  6: "fifo",
  7: "contiguous-file"
};
var HEADER_ONLY = /* @__PURE__ */ new Set(["link", "symlink", "character-device", "block-device", "directory", "fifo"]);
function isZeroBlock(block) {
  for (let index = 0; index < BLOCK; index += 1) if (block[index] !== 0) return false;
  return true;
}
function checksum(block) {
  let sum = 8 * 32;
  for (let index = 0; index < 148; index += 1) sum += block[index];
  for (let index = 156; index < BLOCK; index += 1) sum += block[index];
  return sum;
}
function text(block, start, length) {
  let end = start;
  while (end < start + length && block[end] !== 0) end += 1;
  return block.toString("utf8", start, end);
}
function number(block, start, length) {
  if (block[start] & 128) {
    const negative = block[start] === 255;
    if (!negative && block[start] !== 128) return Number.NaN;
    let value2 = 0;
    for (let index2 = start + 1; index2 < start + length; index2 += 1) value2 = value2 * 256 + (negative ? 255 - block[index2] : block[index2]);
    return negative ? -value2 : value2;
  }
  let index = start;
  const end = start + length;
  while (index < end && block[index] === 32) index += 1;
  let value = 0;
  let digits = 0;
  for (; index < end; index += 1) {
    const byte = block[index];
    if (byte === 0 || byte === 32) {
      if (digits > 0) break;
      continue;
    }
    if (byte < 48 || byte > 55) return Number.NaN;
    value = value * 8 + (byte - 48);
    digits += 1;
  }
  return value;
}
function paxRecords(data) {
  const records = {};
  let position = 0;
  while (position < data.length) {
    const space = data.indexOf(32, position);
    if (space === -1) break;
    const length = Number(data.toString("latin1", position, space));
    if (!Number.isSafeInteger(length) || length <= space - position || position + length > data.length) break;
    const record = data.toString("utf8", space + 1, position + length - 1);
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    position += length;
  }
  return records;
}
var TarFormatError = class extends Error {
};
async function* readTar(chunks) {
  let chunk = EMPTY;
  let offset = 0;
  let exhausted = false;
  const more = async () => {
    while (offset >= chunk.length) {
      if (exhausted) return false;
      const next = await chunks.next();
      if (next.done) {
        exhausted = true;
        return false;
      }
      chunk = next.value;
      offset = 0;
    }
    return true;
  };
  const take = async (length) => {
    if (chunk.length - offset >= length) {
      offset += length;
      return chunk.subarray(offset - length, offset);
    }
    const parts = [];
    let missing = length;
    while (missing > 0) {
      if (!await more()) return parts.length === 0 && missing === length ? void 0 : truncated();
      const piece = chunk.subarray(offset, offset + Math.min(missing, chunk.length - offset));
      offset += piece.length;
      missing -= piece.length;
      parts.push(piece);
    }
    return Buffer.concat(parts, length);
  };
  const skip = async (length) => {
    let missing = length;
    while (missing > 0) {
      if (!await more()) truncated();
      const step = Math.min(missing, chunk.length - offset);
      offset += step;
      missing -= step;
    }
  };
  const truncated = () => {
    throw new TarFormatError("unexpected end of data: the archive is cut short");
  };
  let longName;
  let longLink;
  let pax;
  for (; ; ) {
    const block = chunk.length - offset >= BLOCK ? chunk.subarray(offset, offset += BLOCK) : await take(BLOCK);
    if (block === void 0) return;
    if (isZeroBlock(block)) {
      const second = await take(BLOCK);
      if (second !== void 0 && !isZeroBlock(second)) throw new TarFormatError("invalid tar header: a zero block followed by data");
      while (await more()) offset = chunk.length;
      return;
    }
    const stored = number(block, 148, 8);
    if (stored !== checksum(block))
      throw new TarFormatError("invalid tar header (checksum mismatch): the tar is corrupt, or compressed in a way not recognised");
    const magic = block.toString("latin1", 257, 263);
    const ustar = magic === "ustar\0";
    if (!ustar && !(magic === "ustar " && block[263] === 32 && block[264] === 0)) {
      throw new TarFormatError("invalid tar header: unknown format");
    }
    const flag = block[156] === 0 ? 0 : block[156] - 48;
    let size = number(block, 124, 12);
    if (!(size >= 0) || !Number.isSafeInteger(size)) throw new TarFormatError("invalid tar header: bad size");
    const padding = (length) => (BLOCK - length % BLOCK) % BLOCK;
    if (flag === 28 || flag === 30 || flag === 27 || flag === 72 || flag === 55) {
      if (size > MAX_META_BYTES) throw new TarFormatError("tar extended header exceeds 4 MiB");
      const data = await take(size) ?? truncated();
      await skip(padding(size));
      if (flag === 27) longLink = text(data, 0, data.length);
      else if (flag === 72) pax = paxRecords(data);
      else if (flag !== 55) longName = text(data, 0, data.length);
      continue;
    }
    let name = text(block, 0, 100);
    if (ustar && block[345] !== 0) name = `${text(block, 345, 155)}/${name}`;
    let linkname = block[157] === 0 ? null : text(block, 157, 100);
    let type = TYPES[flag] ?? null;
    if (flag === 0 && name.endsWith("/")) type = "directory";
    if (longName !== void 0) name = longName;
    if (longLink !== void 0) linkname = longLink;
    if (pax?.path !== void 0) name = pax.path;
    if (pax?.linkpath !== void 0) linkname = pax.linkpath;
    if (pax?.size !== void 0) {
      size = Number(pax.size);
      if (!(size >= 0) || !Number.isSafeInteger(size)) throw new TarFormatError("invalid tar header: bad PAX size");
    }
    longName = void 0;
    longLink = void 0;
    pax = void 0;
    if (type !== null && HEADER_ONLY.has(type)) size = 0;
    const header = {
      name,
      type,
      mode: number(block, 100, 8) || 0,
      uid: number(block, 108, 8) || 0,
      gid: number(block, 116, 8) || 0,
      size,
      linkname
    };
    let remaining = size;
    const body = {
      async next() {
        if (remaining === 0) return { done: true, value: void 0 };
        if (!await more()) truncated();
        const length = Math.min(remaining, chunk.length - offset);
        offset += length;
        remaining -= length;
        return { done: false, value: chunk.subarray(offset - length, offset) };
      }
    };
    yield { header, [Symbol.asyncIterator]: () => body };
    const rest = remaining + padding(size);
    if (chunk.length - offset >= rest) offset += rest;
    else await skip(rest);
  }
}

// src/image/layer-walker.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 256 * 1024 * 1024,
  maxLayerBytes: 16 * 1024 * 1024 * 1024,
  maxEntries: 2e6
};
var CAPTURE = /^\/etc\/(?:passwd|group|shadow)$|^\/var\/lib\/dpkg\/info\/[^/]+\.md5sums$/;
var MAX_CAPTURE_BYTES = 4 * 1024 * 1024;
var SCAN_WINDOW = 256 * 1024;
var SCAN_OVERLAP = 20 * 1024;
function countNewlines(bytes) {
  let count = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) count++;
  return count;
}
var LayerLimitReached = class extends Error {
};
function sniff(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) return "zstd";
  return "none";
}
async function zstdDecompressor() {
  const native = zlib.createZstdDecompress;
  if (typeof native === "function") return native({ chunkSize: 256 * 1024 });
  const { Decompress } = await import("./esm-LV547L3P.js");
  let decoder;
  const transform = new Transform({
    transform(chunk, _encoding, callback) {
      try {
        decoder.push(chunk);
        callback();
      } catch (error) {
        callback(error);
      }
    },
    flush(callback) {
      try {
        decoder.push(new Uint8Array(0), true);
        callback();
      } catch (error) {
        callback(error);
      }
    }
  });
  decoder = new Decompress((data) => transform.push(Buffer.from(data)));
  return transform;
}
function normalizeEntryPath(name, label) {
  const parts = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") throw new GateError(`${label}: entry "${name.slice(0, 200)}" climbs out of the root with "..", refusing a hostile archive`);
    parts.push(part);
  }
  return `/${parts.join("/")}`;
}
function entryType(type) {
  switch (type) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "directory";
    case "symlink":
      return "symlink";
    case "link":
      return "hardlink";
    default:
      return "other";
  }
}
function looksBinary(head) {
  if (head.length >= 4 && head[0] === 127 && head[1] === 69 && head[2] === 76 && head[3] === 70) return true;
  return head.subarray(0, 8e3).includes(0);
}
async function drain(stream) {
  for await (const _chunk of stream) {
  }
}
function writable(stream) {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    stream.on("drain", done).on("close", done).on("error", done);
  });
}
function emptyScan(index, mediaType) {
  return {
    index,
    digest: "",
    diffId: "",
    mediaType,
    compressedSize: 0,
    uncompressedSize: 0,
    entries: [],
    whiteouts: [],
    opaqueDirs: [],
    hits: [],
    captured: {},
    unscanned: []
  };
}
async function walkLayer(source, layer, limits, scanner) {
  const blobHash = createHash("sha256");
  const scan = emptyScan(layer.index, layer.mediaType ?? "");
  const iterator = source[Symbol.asyncIterator]();
  const failed = (what, error) => error instanceof GateError ? error : new GateError(`${layer.label}: ${what} (${firstLine(error)})`, { cause: error });
  let first;
  try {
    first = await iterator.next();
  } catch (error) {
    throw failed("cannot read the layer", error);
  }
  const head = first.done ? Buffer.alloc(0) : first.value;
  const compression = sniff(head);
  const diffHash = compression === "none" ? void 0 : createHash("sha256");
  const decompressor = compression === "gzip" ? zlib.createGunzip({ chunkSize: 64 * 1024 }) : compression === "zstd" ? await zstdDecompressor() : new PassThrough();
  let limitReached = false;
  async function* tarBytes() {
    for await (const chunk of decompressor) {
      scan.uncompressedSize += chunk.length;
      if (scan.uncompressedSize > limits.maxLayerBytes) {
        limitReached = true;
        throw new LayerLimitReached();
      }
      diffHash?.update(chunk);
      yield chunk;
    }
  }
  const extract = readTar(tarBytes());
  let fatal;
  const consuming = (async () => {
    try {
      let reportedEntries = false;
      for await (const entry of extract) {
        const header = entry.header;
        if (scan.entries.length >= limits.maxEntries) {
          if (!reportedEntries) scan.unscanned.push({ reason: "entries-limit", size: 0, scanned: 0 });
          reportedEntries = true;
          await drain(entry);
          continue;
        }
        await recordEntry(header, entry);
      }
    } catch (error) {
      if (!(error instanceof LayerLimitReached) && !limitReached) fatal = error;
      decompressor.destroy();
      throw error;
    }
  })();
  const pumping = (async () => {
    try {
      await pump();
    } catch (error) {
      decompressor.destroy(error);
      throw error;
    }
  })();
  async function pump() {
    const feed = async (chunk) => {
      blobHash.update(chunk);
      scan.compressedSize += chunk.length;
      layer.onBytes?.(chunk.length);
      if (!decompressor.destroyed && !decompressor.writableEnded && !decompressor.write(chunk)) await writable(decompressor);
    };
    if (!first.done) await feed(head);
    for (; ; ) {
      if (fatal !== void 0) return;
      const next = await iterator.next();
      if (next.done) break;
      await feed(next.value);
    }
    if (!decompressor.destroyed) decompressor.end();
  }
  async function recordEntry(header, entry) {
    const path = normalizeEntryPath(header.name, layer.label);
    const slash = path.lastIndexOf("/");
    const dir = path.slice(0, slash) || "/";
    const base = path.slice(slash + 1);
    if (base.startsWith(".wh.")) {
      await drain(entry);
      if (base === ".wh..wh..opq") scan.opaqueDirs.push(dir);
      else if (base.startsWith(".wh..wh."))
        return;
      else if (base === ".wh.") throw new GateError(`${layer.label}: bare whiteout entry "${header.name.slice(0, 200)}"`);
      else scan.whiteouts.push(`${dir === "/" ? "" : dir}/${base.slice(4)}`);
      return;
    }
    const type = entryType(header.type);
    const recorded = { path, type, mode: header.mode ?? 0, uid: header.uid ?? 0, gid: header.gid ?? 0, size: header.size ?? 0 };
    if (header.linkname) recorded.linkname = type === "hardlink" ? normalizeEntryPath(header.linkname, layer.label) : header.linkname;
    scan.entries.push(recorded);
    if (type === "file" && recorded.size > 0) await scanContent(path, recorded.size, entry);
    else await drain(entry);
  }
  async function scanContent(path, size, entry) {
    const capture = CAPTURE.test(path) && size <= MAX_CAPTURE_BYTES;
    const alwaysText = capture || isCredentialFileName(path);
    const captured = [];
    let md5;
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    let window = [];
    let windowBytes = 0;
    let lineBase = 1;
    let scanned = 0;
    let binary;
    const scanWindow = (final) => {
      const bytes = window.length === 1 ? window[0] : Buffer.concat(window, windowBytes);
      const text2 = bytes.toString("latin1");
      for (const hit of scanFileText(text2, path, scanner)) {
        const line = lineBase + hit.line - 1;
        const key = `${hit.rule}\0${line}\0${hit.evidence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ ...hit, line });
      }
      if (md5 === void 0 && (!final || hits.length > 0)) md5 = createHash("md5").update(bytes);
      if (final) return;
      const keep = bytes.subarray(Math.max(0, bytes.length - SCAN_OVERLAP));
      lineBase += countNewlines(bytes.subarray(0, bytes.length - keep.length));
      window = [keep];
      windowBytes = keep.length;
    };
    for await (const chunk of entry) {
      if (binary === void 0) binary = !alwaysText && looksBinary(chunk);
      if (binary || scanned >= limits.maxFileBytes) continue;
      const take = chunk.length <= limits.maxFileBytes - scanned ? chunk : chunk.subarray(0, limits.maxFileBytes - scanned);
      scanned += take.length;
      md5?.update(take);
      if (capture) captured.push(take);
      window.push(take);
      windowBytes += take.length;
      if (windowBytes >= SCAN_WINDOW) scanWindow(false);
    }
    if (binary) return;
    scanWindow(true);
    if (size > scanned) scan.unscanned.push({ path, reason: "file-too-large", size, scanned });
    if (capture) scan.captured[path] = Buffer.concat(captured).toString("utf8");
    if (hits.length > 0) {
      const fileHits = { path, hits };
      if (size === scanned) fileHits.md5 = md5.digest("hex");
      scan.hits.push(fileHits);
    }
  }
  const [pumped, consumed] = await Promise.allSettled([pumping, consuming]);
  const failure = consumed.status === "rejected" && !(consumed.reason instanceof LayerLimitReached) && !limitReached ? consumed : void 0;
  if (pumped.status === "rejected") {
    source.destroy();
    throw failed("cannot read the layer", pumped.reason);
  }
  if (failure) {
    source.destroy();
    throw failed(compression === "none" ? "not a valid tar archive" : `corrupt ${compression} or tar data`, failure.reason);
  }
  scan.digest = `sha256:${blobHash.digest("hex")}`;
  if (layer.digest !== void 0 && layer.digest !== scan.digest) {
    throw new GateError(`${layer.label}: content does not match its digest (expected ${layer.digest}, got ${scan.digest})`);
  }
  if (limitReached) {
    scan.unscanned.push({ reason: "layer-too-large", size: scan.uncompressedSize, scanned: limits.maxLayerBytes });
  } else {
    scan.diffId = diffHash ? `sha256:${diffHash.digest("hex")}` : scan.digest;
    if (layer.diffId !== void 0 && layer.diffId !== scan.diffId) {
      throw new GateError(`${layer.label}: uncompressed content does not match the image config's diff_id (expected ${layer.diffId}, got ${scan.diffId})`);
    }
  }
  return scan;
}

export {
  DEFAULT_LIMITS,
  emptyScan,
  walkLayer
};
