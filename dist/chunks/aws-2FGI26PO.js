import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  resolveEcrDigest
} from "./chunk-DPXDWNPE.js";
import "./chunk-GCX4ICOM.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-F7ANZNBK.js";
import "./chunk-7PFP2BQY.js";
import "./chunk-S6XXYQ5F.js";
import "./chunk-DKC2ZNDE.js";
import "./chunk-KT6VUTM3.js";
import "./chunk-ENLSQBIW.js";
export {
  describeAwsError,
  ecrRegistryLogin,
  readEcrScan,
  readInspectorFindings,
  resolveEcrDigest
};
