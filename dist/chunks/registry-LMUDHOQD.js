import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
} from "./chunk-COUMTAMN.js";
import "./chunk-F54RG2VC.js";
import "./chunk-NRFM6QFL.js";
import "./chunk-EYFET5IN.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-CEI37P3H.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
};
