import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-TONLPJVB.js";
import "./chunk-DHVEYQYP.js";
import "./chunk-T32RVDON.js";
import "./chunk-FTFC3ZPV.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
