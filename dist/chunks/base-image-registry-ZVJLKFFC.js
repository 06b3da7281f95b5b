import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-FXJVNATX.js";
import "./chunk-6EUEOEY4.js";
import "./chunk-G6YWMC2F.js";
import "./chunk-AL2NWMU5.js";
import "./chunk-RWME65Q2.js";
import "./chunk-ROVUVE3N.js";
import "./chunk-GBFA4ITA.js";
import "./chunk-6MIHXXYO.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
