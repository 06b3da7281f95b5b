import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);

// src/notices.ts
var handler = (message) => process.stderr.write(`image-gate: note: ${message}
`);
var given = /* @__PURE__ */ new Set();
function setNoticeHandler(next) {
  handler = next;
}
function notice(message) {
  if (given.has(message)) return;
  given.add(message);
  handler(message);
}

export {
  setNoticeHandler,
  notice
};
