import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
} from "./chunk-6G4E6WG2.js";
import "./chunk-2N4RPHKR.js";
import "./chunk-5H22IMTH.js";
import "./chunk-BBAY25SS.js";
import "./chunk-OXVNWGZQ.js";
import "./chunk-CD3S5NYX.js";
import "./chunk-EWL6JI6E.js";
import "./chunk-CWTO3L6Q.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryLookups,
  gatherBaseImageEvidence,
  inBatches
};
