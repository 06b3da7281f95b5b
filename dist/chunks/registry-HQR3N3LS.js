import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryClient,
  isLoopbackHost,
  nextPageLink,
  parseRegistryReference
} from "./chunk-ZAXCLOM7.js";
import "./chunk-R4J35ZU4.js";
import "./chunk-7MONBY37.js";
import "./chunk-3PPACPSP.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryClient,
  isLoopbackHost,
  nextPageLink,
  parseRegistryReference
};
