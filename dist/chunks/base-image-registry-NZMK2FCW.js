import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches,
  lookupFailure
} from "./chunk-V7DJ7ZNJ.js";
import "./chunk-MJRZAVX4.js";
import "./chunk-S7VB4HZT.js";
import "./chunk-WNK3VH5Q.js";
import "./chunk-MGGDK7ZG.js";
import "./chunk-FN2XN7ER.js";
import "./chunk-FY2QNKXP.js";
import "./chunk-SQSEMBX7.js";
import "./chunk-XSNBVYEM.js";
import "./chunk-NHUMKS5O.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches,
  lookupFailure
};
