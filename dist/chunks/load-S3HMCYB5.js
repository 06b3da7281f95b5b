import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-PV7T2SAP.js";
import "./chunk-YUSF33H3.js";
import "./chunk-VDYE2DLH.js";
import "./chunk-ZUXN4VPY.js";
import "./chunk-ONGB6M5G.js";
import "./chunk-IU375H24.js";
import "./chunk-S6XXYQ5F.js";
import "./chunk-DKC2ZNDE.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
