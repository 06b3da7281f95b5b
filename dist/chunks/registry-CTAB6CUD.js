import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
} from "./chunk-WWL5XPP5.js";
import "./chunk-R2THOLG4.js";
import "./chunk-F54RG2VC.js";
import "./chunk-NRFM6QFL.js";
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
