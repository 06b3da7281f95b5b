import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  awsContext,
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  readScanningConfiguration,
  resolveEcrTarget
} from "./chunk-HQA6TCUR.js";
import "./chunk-HVKFQ4NR.js";
import "./chunk-OJC3FK5Y.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-XPOZVU2H.js";
import "./chunk-WVRYA5TT.js";
import "./chunk-XSNBVYEM.js";
import "./chunk-NHUMKS5O.js";
import "./chunk-KT6VUTM3.js";
import "./chunk-ENLSQBIW.js";
export {
  awsContext,
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  readScanningConfiguration,
  resolveEcrTarget
};
