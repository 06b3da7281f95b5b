import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-VQKDDZJS.js";
import "./chunk-DFUVTM4L.js";
import "./chunk-EJ62CAXQ.js";
import "./chunk-V24TQBOR.js";
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
