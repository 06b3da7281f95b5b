import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches,
  lookupFailure
} from "./chunk-GKRT4YXA.js";
import "./chunk-KZPJQRBN.js";
import "./chunk-VHD3GIGT.js";
import "./chunk-VW2PZVR7.js";
import "./chunk-NTIXKPJQ.js";
import "./chunk-STWENSAV.js";
import "./chunk-Y4BZOV4A.js";
import "./chunk-6Q5YH2JE.js";
import "./chunk-XSNBVYEM.js";
import "./chunk-NHUMKS5O.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches,
  lookupFailure
};
