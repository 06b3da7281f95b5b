import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  parseRegistryReference
} from "./chunk-IUHKZELB.js";
import "./chunk-Q54KR5PG.js";
import "./chunk-DC7K7SQM.js";
import "./chunk-HMFEI2VN.js";
import "./chunk-35DFMGJW.js";
import "./chunk-DTTZ4DF2.js";
import "./chunk-VYC7EGKJ.js";
import "./chunk-H5V4JJXB.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  parseRegistryReference
};
