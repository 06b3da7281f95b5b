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
} from "./chunk-OWRN5P4Z.js";
import "./chunk-GCX4ICOM.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-CBHWN3YB.js";
import "./chunk-KT6VUTM3.js";
import "./chunk-EYFET5IN.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-CEI37P3H.js";
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
