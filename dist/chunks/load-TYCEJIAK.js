import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-XBRZOSLS.js";
import "./chunk-5WC5GKJ2.js";
import "./chunk-JGCCQ3XU.js";
import "./chunk-KYNSKV36.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
