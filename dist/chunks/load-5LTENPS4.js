import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-ASM6IUVH.js";
import "./chunk-I7WJ5INZ.js";
import "./chunk-MGGDK7ZG.js";
import "./chunk-OUDAFXBB.js";
import "./chunk-FN2XN7ER.js";
import "./chunk-FY2QNKXP.js";
import "./chunk-SQSEMBX7.js";
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
