import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-P6KI6IZO.js";
import "./chunk-DHVEYQYP.js";
import "./chunk-NRFM6QFL.js";
import "./chunk-Q75QNTVX.js";
import "./chunk-KJKQ5L3S.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
