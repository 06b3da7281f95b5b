import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  RegistryClient,
  isLoopbackHost,
  nextPageLink,
  parseRegistryReference
} from "./chunk-SKDSDSQ7.js";
import "./chunk-T32RVDON.js";
import "./chunk-6RDJWSWS.js";
import "./chunk-FTFC3ZPV.js";
import "./chunk-5IHOMVLR.js";
import "./chunk-ENLSQBIW.js";
export {
  RegistryClient,
  isLoopbackHost,
  nextPageLink,
  parseRegistryReference
};
