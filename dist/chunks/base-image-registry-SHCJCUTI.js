import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-PTBPREKY.js";
import "./chunk-5ICEWPM6.js";
import "./chunk-5VOBI2TP.js";
import "./chunk-HM3T2ETF.js";
import "./chunk-CX56T5ND.js";
import "./chunk-DOS4W7AW.js";
import "./chunk-WUUXBH6G.js";
import "./chunk-I6ZQF76C.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
