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
} from "./chunk-S3QKFAMF.js";
import "./chunk-HVKFQ4NR.js";
import "./chunk-DTTZ4DF2.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-YB2XZBWO.js";
import "./chunk-VYC7EGKJ.js";
import "./chunk-H5V4JJXB.js";
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
