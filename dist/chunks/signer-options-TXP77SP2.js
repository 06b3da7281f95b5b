import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
} from "./chunk-U7EB5S3X.js";
import "./chunk-CEI37P3H.js";
import "./chunk-ENLSQBIW.js";
export {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
};
