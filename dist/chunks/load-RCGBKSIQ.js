import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
} from "./chunk-JFE24THA.js";
import "./chunk-KOEJX5EM.js";
import "./chunk-HMFEI2VN.js";
import "./chunk-35DFMGJW.js";
import "./chunk-DTTZ4DF2.js";
import "./chunk-VYC7EGKJ.js";
import "./chunk-H5V4JJXB.js";
import "./chunk-ENLSQBIW.js";
export {
  checkPlatform,
  loadImage,
  openStore,
  resolveDockerArchive,
  resolveOciLayout,
  walkResolved
};
