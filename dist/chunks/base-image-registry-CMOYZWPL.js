import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-4KXKR2BT.js";
import "./chunk-AGU6EIG2.js";
import "./chunk-7XF7MECG.js";
import "./chunk-FHCWYKXI.js";
import "./chunk-IAMAJJEA.js";
import "./chunk-4SGPG5RS.js";
import "./chunk-LOFLENB6.js";
import "./chunk-MSQ75MTB.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
