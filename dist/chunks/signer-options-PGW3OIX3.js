import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
} from "./chunk-WYWYDKGN.js";
import "./chunk-RLK6ILOB.js";
import "./chunk-LY2TGT7S.js";
import "./chunk-ENLSQBIW.js";
export {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
};
