import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-ZFYMNUCL.js";
import "./chunk-OOLMAW7Y.js";
import "./chunk-EXI7BFAY.js";
import "./chunk-ZRTGYQCO.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
