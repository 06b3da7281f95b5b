import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
} from "./chunk-O2GWCOJK.js";
import "./chunk-V52A7YY6.js";
import "./chunk-54PK6BX6.js";
import "./chunk-R2YC7IFL.js";
import "./chunk-A6QDF7GZ.js";
import "./chunk-4MZY26AK.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  isLoopbackHost,
  parseRegistryReference
};
