import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-FMLJMVF7.js";
import "./chunk-GOHVO2EN.js";
import "./chunk-DHVEYQYP.js";
import "./chunk-HJESZ57B.js";
import "./chunk-VPPVF2AZ.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
