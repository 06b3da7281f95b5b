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
} from "./chunk-DWLK5EJQ.js";
import "./chunk-HVKFQ4NR.js";
import "./chunk-PG2NFFCO.js";
import "./chunk-NLA4MBKA.js";
import "./chunk-XPOZVU2H.js";
import "./chunk-SQLG4HGK.js";
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
