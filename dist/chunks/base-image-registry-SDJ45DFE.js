import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-PHHRC6FD.js";
import "./chunk-3ARMVIR5.js";
import "./chunk-NE6A4RTK.js";
import "./chunk-SCCJ4YHQ.js";
import "./chunk-6X4SVAUV.js";
import "./chunk-FYJZCUTY.js";
import "./chunk-PH4XAOAB.js";
import "./chunk-LLC65V5L.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
