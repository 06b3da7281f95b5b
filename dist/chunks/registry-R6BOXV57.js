import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  nextPageLink,
  parseRegistryReference
} from "./chunk-OP5ODJNK.js";
import "./chunk-R3JDAMH3.js";
import "./chunk-JZR2A25U.js";
import "./chunk-EJ62CAXQ.js";
import "./chunk-5YXKDELL.js";
import "./chunk-OJC3FK5Y.js";
import "./chunk-WVRYA5TT.js";
import "./chunk-XSNBVYEM.js";
import "./chunk-NHUMKS5O.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  nextPageLink,
  parseRegistryReference
};
