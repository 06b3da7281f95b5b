import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-DANHV6MG.js";
import "./chunk-NJNAXERD.js";
import "./chunk-FHVT5GD7.js";
import "./chunk-HITKW5QU.js";
import "./chunk-IE4LRQQL.js";
import "./chunk-L7YZTJBX.js";
import "./chunk-6RMMOMMT.js";
import "./chunk-XTIAIT4S.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
