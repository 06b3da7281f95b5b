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
} from "./chunk-2D6D2YX5.js";
import "./chunk-GCX4ICOM.js";
import "./chunk-V52A7YY6.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-UUIBPHMB.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-4MZY26AK.js";
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
