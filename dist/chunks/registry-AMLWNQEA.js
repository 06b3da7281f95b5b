import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  parseRegistryReference
} from "./chunk-QY6XQTPF.js";
import "./chunk-XHNXWS6V.js";
import "./chunk-V52A7YY6.js";
import "./chunk-54PK6BX6.js";
import "./chunk-R2YC7IFL.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-4MZY26AK.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  parseRegistryReference
};
