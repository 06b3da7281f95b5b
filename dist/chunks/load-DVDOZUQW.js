import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-S3LI3T5N.js";
import "./chunk-URRFGMLG.js";
import "./chunk-NTIXKPJQ.js";
import "./chunk-MUA6WNXN.js";
import "./chunk-6CHONRVN.js";
import "./chunk-STWENSAV.js";
import "./chunk-Y4BZOV4A.js";
import "./chunk-6Q5YH2JE.js";
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
