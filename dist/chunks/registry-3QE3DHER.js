import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
} from "./chunk-IUSERLPT.js";
import "./chunk-JXSL6Z54.js";
import "./chunk-DK5TGLFZ.js";
import "./chunk-HMD2F6AP.js";
import "./chunk-UQJBY3UB.js";
import "./chunk-COJT3PAP.js";
import "./chunk-NQ4LO6Q3.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
};
