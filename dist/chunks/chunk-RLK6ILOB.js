import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
