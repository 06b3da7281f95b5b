import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
} from "./chunk-RPCHFJJ2.js";
import "./chunk-EJBYAT57.js";
import "./chunk-NWW46MLA.js";
import "./chunk-SLFVDP5V.js";
import "./chunk-B24FZRIR.js";
import "./chunk-ZZLZ6FRF.js";
import "./chunk-MZ2WJH6T.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import "./chunk-ENLSQBIW.js";
export {
  BlobDigestMismatch,
  RegistryClient,
  parseRegistryReference
};
