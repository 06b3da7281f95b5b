import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-ZGTTPWZH.js";
import "./chunk-Q5B563UU.js";
import "./chunk-OHRVBWLW.js";
import "./chunk-BIZM5TSY.js";
import "./chunk-3BD72EHY.js";
import "./chunk-J5AAHXJH.js";
import "./chunk-MICJHHOO.js";
import "./chunk-QVQVEOE3.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
