import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-UMATTKCH.js";
import "./chunk-M4N4WCMT.js";
import "./chunk-5WC5GKJ2.js";
import "./chunk-R2YC7IFL.js";
import "./chunk-ABS7Q3DJ.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-RLK6ILOB.js";
import "./chunk-LY2TGT7S.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
