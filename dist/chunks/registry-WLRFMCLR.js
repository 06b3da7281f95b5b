import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
} from "./chunk-KWKV26SB.js";
import "./chunk-M4N4WCMT.js";
import "./chunk-54PK6BX6.js";
import "./chunk-R2YC7IFL.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-RLK6ILOB.js";
import "./chunk-LY2TGT7S.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
};
