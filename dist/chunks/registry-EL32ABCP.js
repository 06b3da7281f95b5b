import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  parseRegistryReference
} from "./chunk-Z2ONUZVC.js";
import "./chunk-XHNXWS6V.js";
import "./chunk-OJ3X6Y75.js";
import "./chunk-54PK6BX6.js";
import "./chunk-R2YC7IFL.js";
import "./chunk-RLK6ILOB.js";
import "./chunk-LY2TGT7S.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  parseRegistryReference
};
