import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  resolveEcrDigest
} from "./chunk-XEQMEHW5.js";
import "./chunk-GCX4ICOM.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-F7ANZNBK.js";
import "./chunk-7PFP2BQY.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-KT6VUTM3.js";
import "./chunk-ENLSQBIW.js";
export {
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  resolveEcrDigest
};
