import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
} from "./chunk-BILK2U25.js";
import "./chunk-AOHDXPTK.js";
import "./chunk-Z57FJMXQ.js";
import "./chunk-BWNHDLNT.js";
import "./chunk-ELS75BV5.js";
import "./chunk-GPOPFZ3N.js";
import "./chunk-Y6QCQZUB.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
};
