import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-P2BYYEQ4.js";
import "./chunk-I6YVTDJB.js";
import "./chunk-EJ62CAXQ.js";
import "./chunk-XEXVI65E.js";
import "./chunk-5YXKDELL.js";
import "./chunk-OJC3FK5Y.js";
import "./chunk-WVRYA5TT.js";
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
