import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
} from "./chunk-NAQIIRL5.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
};
