import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-SVTNXES6.js";
import "./chunk-L4XGWMXS.js";
import "./chunk-C4H25M2S.js";
import "./chunk-GM2DC6T5.js";
import "./chunk-6CHONRVN.js";
import "./chunk-2WDIA5G5.js";
import "./chunk-PG2NFFCO.js";
import "./chunk-SQLG4HGK.js";
import "./chunk-XSNBVYEM.js";
import "./chunk-NHUMKS5O.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
