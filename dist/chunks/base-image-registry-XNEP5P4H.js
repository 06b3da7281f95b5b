import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-KNQ4LVHT.js";
import "./chunk-NULBJS6P.js";
import "./chunk-OKY2R5QY.js";
import "./chunk-XM356D74.js";
import "./chunk-KGMNVP2P.js";
import "./chunk-YSBOYU2U.js";
import "./chunk-P4VX6AAC.js";
import "./chunk-KJG3BFBL.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
