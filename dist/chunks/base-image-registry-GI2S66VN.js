import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches,
  lookupFailure
} from "./chunk-UVBIV36F.js";
import "./chunk-ZAXCLOM7.js";
import "./chunk-R4J35ZU4.js";
import "./chunk-7MONBY37.js";
import "./chunk-3PPACPSP.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches,
  lookupFailure
};
