import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
} from "./chunk-MC6MMRHK.js";
import "./chunk-BR52QEMM.js";
import "./chunk-JNC4HEL4.js";
import "./chunk-Z5XJNLO4.js";
import "./chunk-7JFL73QG.js";
import "./chunk-KZBFGIFY.js";
import "./chunk-P7PH2NAH.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
};
