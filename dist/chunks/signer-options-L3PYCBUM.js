import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
} from "./chunk-RKL2XCLR.js";
import "./chunk-H5V4JJXB.js";
import "./chunk-ENLSQBIW.js";
export {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
};
