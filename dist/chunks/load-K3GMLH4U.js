import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-NYEZASCD.js";
import "./chunk-ZZYT4YXF.js";
import "./chunk-5NBXAPCG.js";
import "./chunk-USNWRRJJ.js";
import "./chunk-3FYPG75Z.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
