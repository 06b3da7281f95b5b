import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  resolveEcrDigest
} from "./chunk-DRRTIFOE.js";
import "./chunk-GCX4ICOM.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-F7ANZNBK.js";
import "./chunk-7PFP2BQY.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-KT6VUTM3.js";
import "./chunk-ENLSQBIW.js";
export {
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  resolveEcrDigest
};
