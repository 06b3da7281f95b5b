import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-WBR3YYNQ.js";
import "./chunk-OPVSE7RO.js";
import "./chunk-NQ6WZXJB.js";
import "./chunk-3E6CGSN4.js";
import "./chunk-7LLNBICI.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
