import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-ULGONPLP.js";
import "./chunk-R2THOLG4.js";
import "./chunk-NRFM6QFL.js";
import "./chunk-GOHVO2EN.js";
import "./chunk-DHVEYQYP.js";
import "./chunk-RLK6ILOB.js";
import "./chunk-VZDHB326.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
