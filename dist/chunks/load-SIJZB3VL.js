import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-WYNZ3M3Q.js";
import "./chunk-T6EWV2Z6.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
