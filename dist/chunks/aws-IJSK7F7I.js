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
} from "./chunk-2JTDVOPP.js";
import "./chunk-HVKFQ4NR.js";
import "./chunk-FY2QNKXP.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-XPOZVU2H.js";
import "./chunk-SQSEMBX7.js";
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
