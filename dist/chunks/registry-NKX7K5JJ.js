import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  MIN_BLOB_BYTES_PER_SECOND,
  RegistryClient,
  nextPageLink,
  parseRegistryReference
} from "./chunk-ME4LR2OL.js";
import "./chunk-TOKJL3OX.js";
import "./chunk-UF2XL5EV.js";
import "./chunk-C4H25M2S.js";
import "./chunk-2WDIA5G5.js";
import "./chunk-PG2NFFCO.js";
import "./chunk-SQLG4HGK.js";
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
