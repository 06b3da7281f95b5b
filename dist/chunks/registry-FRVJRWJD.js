import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
} from "./chunk-HLBCNRYY.js";
import "./chunk-R2THOLG4.js";
import "./chunk-7MONBY37.js";
import "./chunk-RLK6ILOB.js";
import "./chunk-VZDHB326.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
};
