import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-Y7O7V3T7.js";
import "./chunk-DHVEYQYP.js";
import "./chunk-NRFM6QFL.js";
import "./chunk-EYFET5IN.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-CEI37P3H.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
