import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
} from "./chunk-IYEUPREB.js";
import "./chunk-XSNBVYEM.js";
import "./chunk-NHUMKS5O.js";
import "./chunk-ENLSQBIW.js";
export {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signerSettings,
  signersProblem
};
