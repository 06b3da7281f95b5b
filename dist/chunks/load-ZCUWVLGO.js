import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-HFYQ3SCX.js";
import "./chunk-V52A7YY6.js";
import "./chunk-5WC5GKJ2.js";
import "./chunk-R2YC7IFL.js";
import "./chunk-LOYGOACF.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-4MZY26AK.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
