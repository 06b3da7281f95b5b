import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  GateError,
  firstLine,
  quoteInput,
  redact,
  secretDigest
} from "./chunk-MSQ75MTB.js";
import {
  collectSpentChunks
} from "./chunk-TC3M7ZW5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ENLSQBIW.js";

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "�";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "�";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "�";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "�" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough2(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough2 = class extends Transform2 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline(...streams, (err) => {
          if (err) return reject(err);
          resolve();
        });
      });
    }
    function pipeline(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough2
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY2 = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY2;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve, reject) => {
            if (extract.destroyed) return resolve({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/image/walk-budget.ts
var ENTRY = 0;
var WHITEOUT = 1;
var OPAQUE = 2;
var LayerRecords = class {
  constructor(order, scan) {
    this.order = order;
    this.scan = scan;
  }
  order;
  scan;
  kinds = new Uint8Array(1024);
  /** Items kept. */
  count = 0;
  /** Items offered (kept or not). */
  offered = 0;
  /** True once an item of this layer was given back or refused: it keeps no more. */
  closed = false;
  push(kind) {
    if (this.count === this.kinds.length) {
      const grown = new Uint8Array(this.kinds.length * 2);
      grown.set(this.kinds);
      this.kinds = grown;
    }
    this.kinds[this.count++] = kind;
  }
  /** Gives back the last item kept. */
  pop() {
    const kind = this.kinds[--this.count];
    if (kind === ENTRY) this.scan.entries.pop();
    else if (kind === WHITEOUT) this.scan.whiteouts.pop();
    else this.scan.opaqueDirs.pop();
  }
};
var EntryBudget = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  layers = [];
  kept = 0;
  /** At or above the highest layer that holds items (moves down lazily). */
  top = -1;
  /** The lowest layer that lost an item: no layer above it may keep any. */
  lowestClosed = Number.POSITIVE_INFINITY;
  /** A layer's share; `order` is its place in the image (the bottom layer is 0). */
  layer(order, scan) {
    const records = new LayerRecords(order, scan);
    this.layers[order] = records;
    return records;
  }
  /** Records an entry (or whiteout, or opaque directory) if the image may keep it; false when it may not. */
  admit(records, kind) {
    records.offered++;
    if (records.closed || records.order > this.lowestClosed) return false;
    if (this.kept >= this.limit) {
      const highest = this.highestHolding();
      if (!highest || highest.order <= records.order) {
        this.close(records);
        return false;
      }
      highest.pop();
      this.close(highest);
      this.kept--;
    }
    records.push(kind);
    this.kept++;
    if (records.order > this.top) this.top = records.order;
    return true;
  }
  /** The layers that could not keep everything, and how many items each left out. */
  shortfalls() {
    return this.layers.filter((records) => records !== void 0 && records.offered > records.count).map((records) => ({ scan: records.scan, left: records.offered - records.count }));
  }
  close(records) {
    records.closed = true;
    this.lowestClosed = Math.min(this.lowestClosed, records.order);
  }
  highestHolding() {
    while (this.top >= 0 && (this.layers[this.top]?.count ?? 0) === 0) this.top--;
    return this.top >= 0 ? this.layers[this.top] : void 0;
  }
};
var ImageBudget = class {
  constructor(maxEntries, maxCaptureBytes) {
    this.maxCaptureBytes = maxCaptureBytes;
    this.entries = new EntryBudget(maxEntries);
    this.captureBytesLeft = maxCaptureBytes;
  }
  maxCaptureBytes;
  entries;
  /** Bytes of small files that may still be captured whole. */
  captureBytesLeft;
  /** Keeps a layer's items in `scan` as far as this image's budget allows; `order` is the layer's place in the image. */
  keeper(order, scan) {
    const entries = this.entries;
    const records = entries.layer(order, scan);
    return {
      entry(entry) {
        if (entries.admit(records, ENTRY)) scan.entries.push(entry);
      },
      whiteout(path) {
        if (entries.admit(records, WHITEOUT)) scan.whiteouts.push(path);
      },
      opaque(dir) {
        if (entries.admit(records, OPAQUE)) scan.opaqueDirs.push(dir);
      }
    };
  }
  /**
   * Keeps captured files (account databases, dpkg checksums) within the byte budget, lowest layer
   * first, for layers walked on threads, each of which had a capture budget of its own.
   */
  trimCaptured(scans) {
    let left = this.maxCaptureBytes;
    for (const scan of scans) {
      for (const [path, text2] of Object.entries(scan.captured)) {
        const size = Buffer.byteLength(text2);
        if (size <= left) left -= size;
        else delete scan.captured[path];
      }
    }
    this.captureBytesLeft = left;
  }
  /** Marks every layer that could not keep all its entries as not fully scanned. */
  reportShortfalls() {
    for (const { scan, left } of this.entries.shortfalls()) {
      scan.unscanned.push({ reason: "entries-limit", size: 0, scanned: 0, entries: left, limit: this.entries.limit });
    }
  }
};

// src/image/layer-walker.ts
import { createHash as createHash2 } from "node:crypto";
import { PassThrough, Transform } from "node:stream";
import zlib2 from "node:zlib";

// src/image/archive-members.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { Readable } from "node:stream";
import zlib from "node:zlib";
var ZIP_NAME = /\.(?:jar|war|ear|zip|whl|egg|aar|nupkg|sar|rar\.zip|par|kar|hpi|jpi|nbm)$/i;
var TAR_GZ_NAME = /\.(?:tar\.gz|tgz)$/i;
var TAR_NAME = /\.tar$/i;
function archiveKind(path, head) {
  if (ZIP_NAME.test(path)) return head.length >= 4 && head.readUInt32LE(0) === 67324752 ? "zip" : void 0;
  if (TAR_GZ_NAME.test(path)) return head.length >= 2 && head[0] === 31 && head[1] === 139 ? "tar.gz" : void 0;
  if (TAR_NAME.test(path)) return head.length >= 262 && head.toString("latin1", 257, 262) === "ustar" ? "tar" : void 0;
  return void 0;
}
var ARCHIVE_MEMBER = /^(.*?\.(?:jar|war|ear|zip|whl|egg|aar|nupkg|sar|par|kar|hpi|jpi|nbm|tar|tgz|tar\.gz))!/i;
function containingFile(path) {
  return ARCHIVE_MEMBER.exec(path)?.[1] ?? path;
}
var ArchiveFormatError = class extends Error {
};
var SourceError = class extends Error {
  constructor(original) {
    super(original instanceof Error ? original.message : String(original));
    this.original = original;
  }
  original;
};
async function* tagSourceErrors(source) {
  const iterator = source[Symbol.asyncIterator]();
  for (; ; ) {
    let next;
    try {
      next = await iterator.next();
    } catch (error) {
      throw error instanceof SourceError ? error : new SourceError(error);
    }
    if (next.done) return;
    yield next.value;
  }
}
function detachable(content, meter) {
  const iterator = content[Symbol.asyncIterator]();
  let done = false;
  const next = async () => {
    if (done) return { done: true, value: void 0 };
    const result = await iterator.next();
    if (result.done) done = true;
    else meter?.(result.value.length);
    return result;
  };
  return {
    content: { [Symbol.asyncIterator]: () => ({ next, return: async () => ({ done: true, value: void 0 }) }) },
    rest: async () => {
      while (!(await next()).done) ;
    }
  };
}
var ByteReader = class {
  iterator;
  pending = [];
  pendingBytes = 0;
  ended = false;
  constructor(source) {
    this.iterator = source[Symbol.asyncIterator]();
  }
  async fill() {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    if (next.value.length > 0) {
      this.pending.push(next.value);
      this.pendingBytes += next.value.length;
    }
    return true;
  }
  /** Exactly `count` bytes, or fewer at the end of the stream. */
  async read(count) {
    while (this.pendingBytes < count && await this.fill()) ;
    const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    const taken = all.subarray(0, Math.min(count, all.length));
    const rest = all.subarray(taken.length);
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingBytes = rest.length;
    return taken;
  }
  /** The next chunk, whatever its size (empty at the end). */
  async chunk() {
    if (this.pendingBytes === 0 && !await this.fill()) return Buffer.alloc(0);
    while (this.pendingBytes === 0 && await this.fill()) ;
    const first = this.pending.shift();
    if (!first) return Buffer.alloc(0);
    this.pendingBytes -= first.length;
    return first;
  }
  /** Puts bytes back in front. */
  unshift(bytes) {
    if (bytes.length === 0) return;
    this.pending.unshift(bytes);
    this.pendingBytes += bytes.length;
  }
  /** Yields exactly `count` bytes (fewer if the stream ends: then `short` is set). */
  async *span(count) {
    let left = count;
    while (left > 0) {
      const chunk = await this.chunk();
      if (chunk.length === 0) throw new ArchiveFormatError("truncated member");
      const take = chunk.subarray(0, Math.min(left, chunk.length));
      this.unshift(chunk.subarray(take.length));
      left -= take.length;
      yield take;
    }
  }
  async skip(count) {
    for await (const _chunk of this.span(count)) {
    }
  }
  /** Inflates a raw deflate stream of unknown length; the bytes after its end stay readable. */
  async *inflateUntilEnd() {
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    const output = [];
    let ended = false;
    let failure;
    inflate.on("data", (chunk) => output.push(chunk));
    inflate.on("end", () => ended = true);
    inflate.on("error", (error) => failure = error);
    let fed = 0;
    try {
      for (; ; ) {
        if (ended) break;
        const chunk = await this.chunk();
        if (chunk.length === 0) {
          await new Promise((resolve) => setImmediate(resolve));
          if (ended) break;
          throw new ArchiveFormatError("truncated deflate data");
        }
        await new Promise((resolve) => inflate.write(chunk, () => resolve()));
        if (failure !== void 0) throw new ArchiveFormatError(`corrupt deflate data (${failure.message})`);
        fed += chunk.length;
        if (inflate.bytesWritten < fed) {
          this.unshift(chunk.subarray(chunk.length - (fed - inflate.bytesWritten)));
          fed = inflate.bytesWritten;
          if (!ended) await new Promise((resolve) => inflate.once("end", resolve));
        }
        while (output.length > 0) yield output.shift();
      }
      while (output.length > 0) yield output.shift();
    } finally {
      inflate.destroy();
    }
  }
  /** Reads everything that is left. */
  async drain() {
    this.pending = [];
    this.pendingBytes = 0;
    while (await this.fill()) {
      this.pending = [];
      this.pendingBytes = 0;
    }
  }
};
async function* inflateSpan(compressed) {
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  const source = Readable.from(compressed);
  source.on("error", (error) => inflate.destroy(error));
  source.pipe(inflate);
  try {
    for await (const chunk of inflate) yield chunk;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new ArchiveFormatError(`corrupt deflate data (${error.message})`);
  } finally {
    source.destroy();
    inflate.destroy();
  }
}
var LOCAL_HEADER = 67324752;
var CENTRAL_HEADER = 33639248;
var END_OF_CENTRAL = 101010256;
var DATA_DESCRIPTOR = 134695760;
var ZIP64_END = 101075792;
async function* zipMembers(source, skipped, meter) {
  const reader = new ByteReader(source);
  try {
    for (; ; ) {
      const header = await reader.read(30);
      if (header.length < 4) return;
      const signature = header.readUInt32LE(0);
      if (signature === CENTRAL_HEADER || signature === END_OF_CENTRAL || signature === ZIP64_END) return;
      if (signature !== LOCAL_HEADER) throw new ArchiveFormatError("not a zip local file header where one was expected");
      if (header.length < 30) throw new ArchiveFormatError("truncated local file header");
      const flags = header.readUInt16LE(6);
      const method = header.readUInt16LE(8);
      let compressedSize = header.readUInt32LE(18);
      let size = header.readUInt32LE(22);
      const nameLength = header.readUInt16LE(26);
      const extraLength = header.readUInt16LE(28);
      const nameBytes = await reader.read(nameLength);
      const extra = await reader.read(extraLength);
      if (nameBytes.length < nameLength || extra.length < extraLength) throw new ArchiveFormatError("truncated local file header");
      const name = nameBytes.toString(flags & 2048 ? "utf8" : "latin1").replace(/\\/g, "/").replace(/^(?:\.?\/)+/, "");
      let zip64 = false;
      for (let offset = 0; offset + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(offset);
        const length = extra.readUInt16LE(offset + 2);
        if (id === 1) {
          zip64 = true;
          let field = offset + 4;
          if (size === 4294967295 && field + 8 <= offset + 4 + length) {
            size = Number(extra.readBigUInt64LE(field));
            field += 8;
          }
          if (compressedSize === 4294967295 && field + 8 <= offset + 4 + length) compressedSize = Number(extra.readBigUInt64LE(field));
        }
        offset += 4 + length;
      }
      const descriptor = (flags & 8) !== 0;
      const sizeKnown = !descriptor || compressedSize !== 0;
      const encrypted = (flags & 1) !== 0;
      const directory = name.endsWith("/");
      if (encrypted || method !== 0 && method !== 8) {
        if (!directory) skipped({ name, reason: encrypted ? "encrypted" : `compression method ${method} is not supported` });
        if (!sizeKnown) throw new ArchiveFormatError(`member ${quoteInput(name, 100)} cannot be skipped: its size is only given after its data`);
        await reader.skip(compressedSize);
        if (descriptor) await skipDescriptor(reader, zip64);
        continue;
      }
      if (method === 0 && !sizeKnown) throw new ArchiveFormatError(`stored member ${quoteInput(name, 100)} has no size before its data`);
      const member = detachable(
        method === 0 ? reader.span(compressedSize) : sizeKnown ? inflateSpan(reader.span(compressedSize)) : reader.inflateUntilEnd(),
        meter
      );
      if (!directory) yield sizeKnown ? { name, size, content: member.content } : { name, content: member.content };
      await member.rest();
      if (descriptor) await skipDescriptor(reader, zip64);
    }
  } finally {
    await reader.drain();
  }
}
async function skipDescriptor(reader, zip64) {
  const first = await reader.read(4);
  if (first.length === 4 && first.readUInt32LE(0) !== DATA_DESCRIPTOR) reader.unshift(first);
  await reader.read(zip64 ? 20 : 12);
}
async function* tarMembers(source, gzip, meter) {
  const input = Readable.from(source);
  const extract = import_tar_stream.default.extract();
  const unzip = gzip ? zlib.createGunzip({ chunkSize: 64 * 1024 }) : void 0;
  let sourceFailure;
  input.on("error", (error) => {
    sourceFailure = error;
    extract.destroy(error);
  });
  if (unzip) {
    unzip.on("error", (error) => extract.destroy(new ArchiveFormatError(`corrupt gzip data (${error.message})`)));
    input.pipe(unzip).pipe(extract);
  } else {
    input.pipe(extract);
  }
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const type = header.type;
      if (type !== "file" && type !== "contiguous-file") {
        entry.resume();
        continue;
      }
      const name = header.name.replace(/^(?:\.?\/)+/, "");
      const member = detachable(entry, meter);
      yield { name, size: header.size ?? 0, content: member.content };
      await member.rest();
    }
  } catch (error) {
    if (sourceFailure !== void 0) throw sourceFailure instanceof SourceError ? sourceFailure : new SourceError(sourceFailure);
    if (error instanceof ArchiveFormatError || error instanceof SourceError) throw error;
    throw new ArchiveFormatError(`not a valid tar archive (${error.message})`);
  } finally {
    input.destroy();
    unzip?.destroy();
    extract.destroy();
  }
}

// src/image/content-kind.ts
var SAMPLE_BYTES = 8 * 1024;
var MAGIC_FORMATS = [
  { format: "ELF executable", bytes: [127, 69, 76, 70] },
  { format: "Mach-O executable", bytes: [207, 250, 237, 254] },
  { format: "Mach-O executable", bytes: [206, 250, 237, 254] },
  { format: "Java class or Mach-O universal binary", bytes: [202, 254, 186, 190] },
  { format: "WebAssembly module", bytes: [0, 97, 115, 109] },
  { format: "gzip", bytes: [31, 139] },
  { format: "bzip2", bytes: [66, 90, 104] },
  { format: "xz", bytes: [253, 55, 122, 88, 90, 0] },
  { format: "zstd", bytes: [40, 181, 47, 253] },
  { format: "zip archive", bytes: [80, 75, 3, 4] },
  { format: "zip archive", bytes: [80, 75, 5, 6] },
  { format: "7-Zip archive", bytes: [55, 122, 188, 175, 39, 28] },
  { format: "ar archive", bytes: [33, 60, 97, 114, 99, 104, 62, 10] },
  { format: "PNG image", bytes: [137, 80, 78, 71] },
  { format: "JPEG image", bytes: [255, 216, 255] },
  { format: "GIF image", bytes: [71, 73, 70, 56] },
  { format: "SQLite database", bytes: [...Buffer.from("SQLite format 3\0", "latin1")] }
];
var TEXT = Object.freeze({ binary: false });
var BINARY = Object.freeze({ binary: true });
var MAGIC = MAGIC_FORMATS.map(({ format, bytes }) => ({ bytes, kind: Object.freeze({ binary: true, format }) }));
function startsWith(head, bytes) {
  if (head.length < bytes.length) return false;
  for (let index = 0; index < bytes.length; index++) if (head[index] !== bytes[index]) return false;
  return true;
}
function isUtf8(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 128 ? 1 : byte >= 194 && byte <= 223 ? 2 : byte >= 224 && byte <= 239 ? 3 : byte >= 240 && byte <= 244 ? 4 : 0;
    if (length === 0) return false;
    for (let next = 1; next < length; next++) {
      if (index + next >= bytes.length) return true;
      if ((bytes[index + next] & 192) !== 128) return false;
    }
    index += length;
  }
  return true;
}
var WEIGHT = Uint32Array.from(
  { length: 256 },
  (_, byte) => byte >= 128 ? 1 : byte < 9 || byte > 13 && byte < 32 && byte !== 27 || byte === 127 ? 1 << 16 : 0
);
function contentKind(head) {
  for (const magic of MAGIC) if (startsWith(head, magic.bytes)) return magic.kind;
  const sample = head.subarray(0, SAMPLE_BYTES);
  if (sample.length === 0) return TEXT;
  let sum = 0;
  for (let index = 0; index < sample.length; index++) sum += WEIGHT[sample[index]];
  const control = sum >>> 16;
  const high = sum & 65535;
  if (control * 10 > sample.length) return BINARY;
  if (high * 10 > sample.length * 3 && !isUtf8(sample)) return BINARY;
  return TEXT;
}

// src/image/file-content.ts
import { createHash } from "node:crypto";

// src/secrets/files.ts
function scanFileText(text2, path, scanner, continues = 0) {
  const matches = scanner.scan(text2, { path, values: "file" });
  const cut = (match) => continues > 0 && match.index + match.secret.length === text2.length && match.index >= text2.length - continues;
  return matches.filter((match) => !cut(match)).map((match) => {
    const found = {
      rule: match.rule,
      title: match.title,
      severity: match.severity,
      evidence: redact(match.secret),
      digest: secretDigest(Buffer.from(match.secret, "latin1")),
      line: match.line
    };
    if (match.key !== void 0) found.key = match.key;
    return found;
  });
}

// src/image/file-content.ts
var SCAN_WINDOW = 104 * 1024;
var SCAN_OVERLAP = 20 * 1024;
var CUT_CREDENTIAL = SCAN_OVERLAP - 4 * 1024;
var DEFAULT_ARCHIVE_LIMITS = { maxDepth: 3, maxBytes: 1024 * 1024 * 1024, maxMembers: 1e5 };
function countNewlines(bytes) {
  let count = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) count++;
  return count;
}
function looksBinary(head) {
  return contentKind(head).binary;
}
var TextWindows = class {
  constructor(path, scanner) {
    this.path = path;
    this.scanner = scanner;
  }
  path;
  scanner;
  window = [];
  windowBytes = 0;
  /** Bytes in the window that no earlier window scanned. */
  newBytes = 0;
  lineBase = 1;
  seen = /* @__PURE__ */ new Set();
  hits = [];
  push(bytes) {
    for (let offset = 0; offset < bytes.length; ) {
      const take = bytes.subarray(offset, offset + SCAN_WINDOW - this.newBytes);
      offset += take.length;
      this.window.push(take);
      this.windowBytes += take.length;
      this.newBytes += take.length;
      if (this.newBytes >= SCAN_WINDOW) this.scan(false);
    }
  }
  /** Scans the rest; returns the last window's bytes (the whole text, when it never filled a window). */
  finish() {
    return this.scan(true);
  }
  scan(final) {
    const bytes = this.window.length === 1 ? this.window[0] : Buffer.concat(this.window, this.windowBytes);
    const text2 = bytes.toString("latin1");
    for (const hit of scanFileText(text2, this.path, this.scanner, final ? 0 : CUT_CREDENTIAL)) {
      const line = this.lineBase + hit.line - 1;
      const key = `${hit.rule}\0${line}\0${hit.digest}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.hits.push({ ...hit, line });
    }
    if (final) return bytes;
    const keep = bytes.subarray(Math.max(0, bytes.length - SCAN_OVERLAP));
    this.lineBase += countNewlines(bytes.subarray(0, bytes.length - keep.length));
    this.window = [keep];
    this.windowBytes = keep.length;
    this.newBytes = 0;
    return bytes;
  }
};
var ArchiveLimitReached = class extends Error {
};
async function sampled(iterator) {
  const parts = [];
  let bytes = 0;
  while (bytes < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    bytes += next.value.length;
  }
  return parts.length === 0 ? { done: true, value: void 0 } : { done: false, value: parts.length === 1 ? parts[0] : Buffer.concat(parts, bytes) };
}
function classify(path, head, options, capture, alwaysText) {
  const skip = !capture && options.scanner.skipsFile(path);
  const kind = skip ? void 0 : archiveKind(path, head);
  const text2 = !skip && kind === void 0 && (alwaysText || options.scanner.readsAsText(path) || !looksBinary(head));
  return { skip, kind, text: text2 };
}
var TextFile = class {
  constructor(path, size, options, capture) {
    this.path = path;
    this.size = size;
    this.options = options;
    this.capture = capture;
    this.windows = new TextWindows(path, options.scanner);
    this.oneWindow = size < SCAN_WINDOW && size <= options.maxFileBytes;
  }
  path;
  size;
  options;
  capture;
  windows;
  /** Most text files fit in one window, which holds them whole at the end: hashed then, and only
   * when they held a hit. A larger file is hashed as it streams past. */
  oneWindow;
  md5;
  captured = [];
  total = 0;
  scanned = 0;
  push(chunk) {
    const { maxFileBytes } = this.options;
    this.total += chunk.length;
    if (!this.oneWindow) (this.md5 ??= createHash("md5")).update(chunk);
    if (this.capture) this.captured.push(chunk);
    if (this.scanned >= maxFileBytes) return;
    const take = chunk.length <= maxFileBytes - this.scanned ? chunk : chunk.subarray(0, maxFileBytes - this.scanned);
    this.scanned += take.length;
    this.windows.push(take);
  }
  finish() {
    const { path, size } = this;
    const result = { hits: [], unscanned: [] };
    const whole = this.windows.finish();
    if (this.windows.hits.length > 0) result.hits.push({ path, hits: this.windows.hits });
    if (size > this.scanned) result.unscanned.push({ path, reason: "file-too-large", size, scanned: this.scanned });
    if (this.total === size && result.hits.length > 0) {
      const md5sum = this.oneWindow ? createHash("md5").update(whole).digest("hex") : (this.md5 ??= createHash("md5")).digest("hex");
      for (const hits of result.hits) hits.md5 = md5sum;
    }
    if (this.capture) result.captured = Buffer.concat(this.captured);
    return result;
  }
};
function scanFileBytes(path, bytes, options, capture = false, alwaysText = capture) {
  if (bytes.length === 0) return { hits: [], unscanned: [] };
  const { skip, kind, text: text2 } = classify(path, bytes, options, capture, alwaysText);
  if (kind !== void 0) return void 0;
  if (!text2) return skip ? { hits: [], unscanned: [] } : { hits: [], unscanned: [], binary: true };
  const file = new TextFile(path, bytes.length, options, capture);
  file.push(bytes);
  return file.finish();
}
async function scanFileContent(path, size, content, options, capture = false, alwaysText = capture) {
  const iterator = content[Symbol.asyncIterator]();
  const first = await sampled(iterator);
  if (first.done) return { hits: [], unscanned: [] };
  const { skip, kind, text: text2 } = classify(path, first.value, options, capture, alwaysText);
  if (kind === void 0 && !text2) {
    while (!(await iterator.next()).done) ;
    return skip ? { hits: [], unscanned: [] } : { hits: [], unscanned: [], binary: true };
  }
  if (kind === void 0) {
    const file = new TextFile(path, size, options, capture);
    for (let next = first; !next.done; next = await iterator.next()) file.push(next.value);
    return file.finish();
  }
  const result = { hits: [], unscanned: [] };
  const md5 = createHash("md5");
  let total = 0;
  const tapped = (async function* () {
    for (let next = first; !next.done; next = await iterator.next()) {
      total += next.value.length;
      md5.update(next.value);
      yield next.value;
    }
  })();
  try {
    await readArchiveFile(path, size, kind, tagSourceErrors(tapped), options, result);
  } catch (error) {
    throw error instanceof SourceError ? error.original : error;
  }
  for (let next = await tapped.next(); !next.done; next = await tapped.next()) ;
  if (total === size && result.hits.length > 0) {
    const md5sum = md5.digest("hex");
    for (const hits of result.hits) hits.md5 = md5sum;
  }
  return result;
}
async function readArchiveFile(path, size, kind, source, options, result) {
  let unpacked = 0;
  const meter = (bytes) => {
    unpacked += bytes;
    if (unpacked > options.archives.maxBytes) throw new ArchiveLimitReached(`more than ${size_(options.archives.maxBytes)} unpacked`);
  };
  let members = 0;
  const counter = () => {
    if (++members > options.archives.maxMembers) throw new ArchiveLimitReached(`more than ${options.archives.maxMembers} members`);
  };
  try {
    await readArchive(path, kind, source, 1, { meter, counter }, options, result);
  } catch (error) {
    if (!(error instanceof ArchiveLimitReached)) throw error;
    result.unscanned.push({ path, reason: "archive-not-scanned", size, scanned: Math.min(unpacked, options.archives.maxBytes), detail: error.message });
  }
}
function size_(bytes) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}
function prepend(first, iterator) {
  let pending = first;
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (pending !== void 0) {
          const value = pending;
          pending = void 0;
          return { done: false, value };
        }
        return iterator.next();
      },
      return: async () => ({ done: true, value: void 0 })
    })
  };
}
async function scanText(path, content, options, result) {
  const windows = new TextWindows(path, options.scanner);
  let scanned = 0;
  for await (const chunk of content) {
    if (scanned >= options.maxFileBytes) continue;
    const take = chunk.length <= options.maxFileBytes - scanned ? chunk : chunk.subarray(0, options.maxFileBytes - scanned);
    scanned += take.length;
    windows.push(take);
  }
  windows.finish();
  if (windows.hits.length > 0) result.hits.push({ path, hits: windows.hits });
  return scanned;
}
async function readArchive(path, kind, content, depth, limits, options, result) {
  const skipped = [];
  const members = kind === "zip" ? zipMembers(content, (member) => skipped.push(`${member.name.slice(0, 100)}: ${member.reason}`), limits.meter) : tarMembers(content, kind === "tar.gz", limits.meter);
  try {
    for await (const member of members) {
      limits.counter();
      const memberPath = `${path}!${member.name}`;
      if (options.scanner.skipsFile(memberPath)) continue;
      const iterator = member.content[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) continue;
      const rest = prepend(first.value, iterator);
      const nested = archiveKind(member.name, first.value);
      if (nested) {
        if (depth >= options.archives.maxDepth) {
          result.unscanned.push({
            path: memberPath,
            reason: "archive-not-scanned",
            size: member.size ?? 0,
            scanned: 0,
            detail: `nested more than ${options.archives.maxDepth} archives deep`
          });
          continue;
        }
        await readArchive(memberPath, nested, rest, depth + 1, limits, options, result);
      } else if (!looksBinary(first.value) || options.scanner.readsAsText(`/${member.name}`)) {
        const scanned = await scanText(memberPath, rest, options, result);
        if (member.size !== void 0 && member.size > scanned)
          result.unscanned.push({ path: memberPath, reason: "file-too-large", size: member.size, scanned });
      }
    }
  } catch (error) {
    if (error instanceof SourceError) throw error.original;
    if (!(error instanceof ArchiveFormatError)) throw error;
    result.unscanned.push({ path, reason: "archive-not-scanned", size: 0, scanned: 0, detail: error.message });
  }
  if (skipped.length > 0) {
    result.unscanned.push({
      path,
      reason: "archive-not-scanned",
      size: 0,
      scanned: 0,
      detail: `${skipped.length} member${skipped.length === 1 ? "" : "s"} not readable (${skipped[0]})`
    });
  }
}

// src/image/tar-reader.ts
var BLOCK = 512;
var MAX_META_BYTES = 4 * 1024 * 1024;
var EMPTY = Buffer.alloc(0);
var TYPES = {
  0: "file",
  1: "link",
  2: "symlink",
  3: "character-device",
  4: "block-device",
  5: "directory",
  6: "fifo",
  7: "contiguous-file"
};
var HEADER_ONLY = /* @__PURE__ */ new Set(["link", "symlink", "character-device", "block-device", "directory", "fifo"]);
function isZeroBlock(block) {
  for (let index = 0; index < BLOCK; index += 1) if (block[index] !== 0) return false;
  return true;
}
function checksum(block) {
  let sum = 8 * 32;
  for (let index = 0; index < 148; index += 1) sum += block[index];
  for (let index = 156; index < BLOCK; index += 1) sum += block[index];
  return sum;
}
function text(block, start, length) {
  let end = start;
  while (end < start + length && block[end] !== 0) end += 1;
  return block.toString("utf8", start, end);
}
function number(block, start, length) {
  if (block[start] & 128) {
    const negative = block[start] === 255;
    if (!negative && block[start] !== 128) return Number.NaN;
    let value2 = 0;
    for (let index2 = start + 1; index2 < start + length; index2 += 1) value2 = value2 * 256 + (negative ? 255 - block[index2] : block[index2]);
    return negative ? -value2 : value2;
  }
  let index = start;
  const end = start + length;
  while (index < end && block[index] === 32) index += 1;
  let value = 0;
  let digits = 0;
  for (; index < end; index += 1) {
    const byte = block[index];
    if (byte === 0 || byte === 32) {
      if (digits > 0) break;
      continue;
    }
    if (byte < 48 || byte > 55) return Number.NaN;
    value = value * 8 + (byte - 48);
    digits += 1;
  }
  return value;
}
function paxRecords(data) {
  const records = {};
  let position = 0;
  while (position < data.length) {
    const space = data.indexOf(32, position);
    if (space === -1) break;
    const length = Number(data.toString("latin1", position, space));
    if (!Number.isSafeInteger(length) || length <= space - position || position + length > data.length) break;
    const record = data.toString("utf8", space + 1, position + length - 1);
    const eq = record.indexOf("=");
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    position += length;
  }
  return records;
}
var TarFormatError = class extends Error {
};
async function* readTar(chunks) {
  let chunk = EMPTY;
  let offset = 0;
  let exhausted = false;
  const more = async () => {
    while (offset >= chunk.length) {
      if (exhausted) return false;
      const next = await chunks.next();
      if (next.done) {
        exhausted = true;
        return false;
      }
      chunk = next.value;
      offset = 0;
    }
    return true;
  };
  const take = async (length) => {
    if (chunk.length - offset >= length) {
      offset += length;
      return chunk.subarray(offset - length, offset);
    }
    const parts = [];
    let missing = length;
    while (missing > 0) {
      if (!await more()) return parts.length === 0 && missing === length ? void 0 : truncated();
      const piece = chunk.subarray(offset, offset + Math.min(missing, chunk.length - offset));
      offset += piece.length;
      missing -= piece.length;
      parts.push(piece);
    }
    return Buffer.concat(parts, length);
  };
  const skip = async (length) => {
    let missing = length;
    while (missing > 0) {
      if (!await more()) truncated();
      const step = Math.min(missing, chunk.length - offset);
      offset += step;
      missing -= step;
    }
  };
  const truncated = () => {
    throw new TarFormatError("unexpected end of data: the archive is cut short");
  };
  let longName;
  let longLink;
  let pax;
  for (; ; ) {
    const block = chunk.length - offset >= BLOCK ? chunk.subarray(offset, offset += BLOCK) : await take(BLOCK);
    if (block === void 0) return;
    if (isZeroBlock(block)) {
      const second = await take(BLOCK);
      if (second !== void 0 && !isZeroBlock(second)) throw new TarFormatError("invalid tar header: a zero block followed by data");
      while (await more()) offset = chunk.length;
      return;
    }
    const stored = number(block, 148, 8);
    if (stored !== checksum(block))
      throw new TarFormatError("invalid tar header (checksum mismatch): the tar is corrupt, or compressed in a way not recognised");
    const magic = block.toString("latin1", 257, 263);
    const ustar = magic === "ustar\0";
    if (!ustar && !(magic === "ustar " && block[263] === 32 && block[264] === 0)) {
      throw new TarFormatError("invalid tar header: unknown format");
    }
    const flag = block[156] === 0 ? 0 : block[156] - 48;
    let size = number(block, 124, 12);
    if (!(size >= 0) || !Number.isSafeInteger(size)) throw new TarFormatError("invalid tar header: bad size");
    const padding = (length) => (BLOCK - length % BLOCK) % BLOCK;
    if (flag === 28 || flag === 30 || flag === 27 || flag === 72 || flag === 55) {
      if (size > MAX_META_BYTES) throw new TarFormatError("tar extended header exceeds 4 MiB");
      const data = await take(size) ?? truncated();
      await skip(padding(size));
      if (flag === 27) longLink = text(data, 0, data.length);
      else if (flag === 72) pax = paxRecords(data);
      else if (flag !== 55) longName = text(data, 0, data.length);
      continue;
    }
    let name = text(block, 0, 100);
    if (ustar && block[345] !== 0) name = `${text(block, 345, 155)}/${name}`;
    let linkname = block[157] === 0 ? null : text(block, 157, 100);
    let type = TYPES[flag] ?? null;
    if (longName !== void 0) name = longName;
    if (longLink !== void 0) linkname = longLink;
    if (pax?.path !== void 0) name = pax.path;
    if (pax?.linkpath !== void 0) linkname = pax.linkpath;
    if (flag === 0 && name.endsWith("/")) type = "directory";
    if (pax?.size !== void 0) {
      size = Number(pax.size);
      if (!(size >= 0) || !Number.isSafeInteger(size)) throw new TarFormatError("invalid tar header: bad PAX size");
    }
    longName = void 0;
    longLink = void 0;
    pax = void 0;
    if (type !== null && HEADER_ONLY.has(type)) size = 0;
    const header = {
      name,
      type,
      mode: number(block, 100, 8) || 0,
      uid: number(block, 108, 8) || 0,
      gid: number(block, 116, 8) || 0,
      size,
      linkname
    };
    let remaining = size;
    const body = {
      async next() {
        if (remaining === 0) return { done: true, value: void 0 };
        if (!await more()) truncated();
        const length = Math.min(remaining, chunk.length - offset);
        offset += length;
        remaining -= length;
        return { done: false, value: chunk.subarray(offset - length, offset) };
      }
    };
    const whole = () => {
      if (remaining !== size || chunk.length - offset < size) return void 0;
      offset += size;
      remaining = 0;
      return chunk.subarray(offset - size, offset);
    };
    yield { header, whole, [Symbol.asyncIterator]: () => body };
    const rest = remaining + padding(size);
    if (chunk.length - offset >= rest) offset += rest;
    else await skip(rest);
  }
}

// src/image/zstd-frames.ts
var MAX_ZSTD_WINDOW = 128 * 1024 * 1024;
var FRAME_MAGIC = 4247762216;
var ZSTD_WINDOW_MESSAGE = "a zstd frame needs a window larger than 128 MiB, more than zstd decoders accept";
var ZstdWindowError = class extends Error {
};
function isZstdWindowError(error) {
  return error instanceof ZstdWindowError || error?.code === "ZSTD_error_frameParameter_windowTooLarge";
}
var ZstdWindowGuard = class {
  state = { kind: "magic" };
  pending = Buffer.alloc(0);
  checksum = false;
  /** Reads the next bytes of the compressed stream; throws ZstdWindowError for a frame past the limit. */
  inspect(chunk) {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let offset = 0;
    for (; ; ) {
      const state = this.state;
      const available = data.length - offset;
      if (state.kind === "done") {
        this.pending = Buffer.alloc(0);
        return;
      }
      if (state.kind === "skip") {
        const taken = Math.min(state.bytes, available);
        offset += taken;
        if (taken < state.bytes) {
          this.state = { ...state, bytes: state.bytes - taken };
          break;
        }
        this.state = { kind: state.after };
        continue;
      }
      if (state.kind === "magic" || state.kind === "skippable-size" || state.kind === "checksum") {
        if (available < 4) break;
        const value = data.readUInt32LE(offset);
        offset += 4;
        if (state.kind === "checksum") this.state = { kind: "magic" };
        else if (state.kind === "skippable-size") this.state = { kind: "skip", bytes: value, after: "magic" };
        else if (value === FRAME_MAGIC) this.state = { kind: "frame-header" };
        else if ((value & 4294967280) === 407710288) this.state = { kind: "skippable-size" };
        else this.state = { kind: "done" };
        continue;
      }
      if (state.kind === "frame-header") {
        if (available < 1) break;
        const descriptor = data[offset];
        const contentSizeFlag = descriptor >> 6;
        const singleSegment = descriptor >> 5 & 1;
        const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
        const contentSizeBytes = contentSizeFlag === 0 ? singleSegment : 1 << contentSizeFlag;
        const headerBytes = 1 + (singleSegment ? 0 : 1) + dictionaryBytes + contentSizeBytes;
        if (available < headerBytes) break;
        let window;
        if (singleSegment) {
          const at = offset + 1 + dictionaryBytes;
          window = readLittleEndian(data, at, contentSizeBytes) + (contentSizeFlag === 1 ? 256 : 0);
        } else {
          const windowDescriptor = data[offset + 1];
          const base = 2 ** (10 + (windowDescriptor >> 3));
          window = base + base / 8 * (windowDescriptor & 7);
        }
        if (window > MAX_ZSTD_WINDOW) {
          throw new ZstdWindowError(ZSTD_WINDOW_MESSAGE);
        }
        this.checksum = (descriptor >> 2 & 1) === 1;
        offset += headerBytes;
        this.state = { kind: "block-header" };
        continue;
      }
      if (available < 3) break;
      const header = data[offset] | data[offset + 1] << 8 | data[offset + 2] << 16;
      offset += 3;
      const last = (header & 1) === 1;
      const type = header >> 1 & 3;
      const size = header >>> 3;
      const bytes = type === 1 ? 1 : size;
      this.state = { kind: "skip", bytes, after: last ? this.checksum ? "checksum" : "magic" : "block-header" };
      if (type === 3) this.state = { kind: "done" };
    }
    this.pending = Buffer.from(data.subarray(offset));
  }
};
function readLittleEndian(data, offset, bytes) {
  let value = 0;
  for (let index = bytes - 1; index >= 0; index--) value = value * 256 + data[offset + index];
  return value;
}

// src/image/layer-walker.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 256 * 1024 * 1024,
  maxLayerBytes: 16 * 1024 * 1024 * 1024,
  maxEntries: 3e5
};
var MAX_CAPTURE_BYTES = 4 * 1024 * 1024;
var MAX_CAPTURED_PER_IMAGE = 64 * 1024 * 1024;
var INFLATE_OPTIONS = { chunkSize: 256 * 1024, readableHighWaterMark: 512 * 1024 };
var SPENT_CHUNKS_CHECK = 2 * 1024 * 1024;
var LayerLimitReached = class extends Error {
};
function sniff(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) return "zstd";
  return "none";
}
async function zstdDecompressor() {
  const native = zlib2.createZstdDecompress;
  if (typeof native === "function") return native(INFLATE_OPTIONS);
  const { Decompress } = await import("./esm-LV547L3P.js");
  const guard = new ZstdWindowGuard();
  const transform = new Transform({
    transform(chunk, _encoding, callback) {
      try {
        guard.inspect(chunk);
        decoder.push(chunk);
        callback();
      } catch (error) {
        callback(error);
      }
    },
    flush(callback) {
      try {
        decoder.push(new Uint8Array(0), true);
        callback();
      } catch (error) {
        callback(error);
      }
    }
  });
  const decoder = new Decompress((data) => transform.push(Buffer.from(data)));
  return transform;
}
function normalizeEntryPath(name, label) {
  const parts = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") throw new GateError(`${label}: entry ${quoteInput(name, 120)} climbs out of the root with "..", refusing a hostile archive`);
    parts.push(part);
  }
  return `/${parts.join("/")}`;
}
function entryType(type) {
  switch (type) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "directory";
    case "symlink":
      return "symlink";
    case "link":
      return "hardlink";
    default:
      return "other";
  }
}
async function* once(bytes) {
  yield bytes;
}
async function drain(stream) {
  for await (const _chunk of stream) {
  }
}
function untilOrGone(stream, wait) {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    stream.on("close", done).on("error", done);
    wait(done);
  });
}
var writable = (stream) => untilOrGone(stream, (done) => stream.on("drain", done));
var writtenThrough = (stream, chunk) => untilOrGone(stream, (done) => stream.write(chunk, done));
async function digestOf(source, label) {
  const hash = createHash2("sha256");
  try {
    for await (const chunk of source) hash.update(chunk);
  } catch (error) {
    throw new GateError(`${label}: cannot read the layer (${firstLine(error)})`, { cause: error });
  } finally {
    source.destroy();
  }
  return `sha256:${hash.digest("hex")}`;
}
function emptyScan(index, mediaType) {
  return {
    index,
    digest: "",
    diffId: "",
    mediaType,
    compressedSize: 0,
    uncompressedSize: 0,
    entries: [],
    whiteouts: [],
    opaqueDirs: [],
    hits: [],
    captured: {},
    unscanned: [],
    binary: { files: 0, bytes: 0 }
  };
}
async function walkLayer(source, layer, limits, reading, image, sink) {
  const { plan } = reading;
  const scanner = plan.needs.credentials ? reading.scanner : void 0;
  if (plan.needs.credentials && !scanner) throw new Error("walkLayer: the needs ask for a credential scan but no scanner was given");
  const keepEntries = plan.needs.entries;
  const scan = emptyScan(layer.index, layer.mediaType ?? "");
  const budget = image ?? new ImageBudget(limits.maxEntries, MAX_CAPTURED_PER_IMAGE);
  const kept = sink ?? budget.keeper(layer.order ?? layer.index, scan);
  const iterator = source[Symbol.asyncIterator]();
  const failed = (what, error) => error instanceof GateError ? error : new GateError(`${layer.label}: ${what} (${firstLine(error)})`, { cause: error });
  let first;
  try {
    first = await iterator.next();
  } catch (error) {
    throw failed("cannot read the layer", error);
  }
  const head = first.done ? Buffer.alloc(0) : first.value;
  const compression = sniff(head);
  const diffHash = compression === "none" ? void 0 : createHash2("sha256");
  const blobHash = diffHash === void 0 || layer.diffId === void 0 || layer.digest === void 0 || source.again === void 0 ? createHash2("sha256") : void 0;
  const decompressor = compression === "gzip" ? zlib2.createGunzip(INFLATE_OPTIONS) : compression === "zstd" ? await zstdDecompressor() : new PassThrough();
  const reuse = compression === "gzip" && source.reuseBuffers !== void 0;
  if (reuse) source.reuseBuffers();
  let limitReached = false;
  let sinceCheck = 0;
  async function* tarBytes() {
    for await (const chunk of decompressor) {
      scan.uncompressedSize += chunk.length;
      sinceCheck += chunk.length;
      if (sinceCheck >= SPENT_CHUNKS_CHECK) {
        sinceCheck = 0;
        collectSpentChunks();
      }
      if (scan.uncompressedSize > limits.maxLayerBytes) {
        limitReached = true;
        throw new LayerLimitReached();
      }
      diffHash?.update(chunk);
      yield chunk;
    }
  }
  const extract = readTar(tarBytes());
  let fatal;
  const consuming = (async () => {
    try {
      for await (const entry of extract) {
        const whole = recordWhole(entry);
        if (whole === false) await recordEntry(entry.header, entry);
        else if (whole !== true) await whole;
      }
    } catch (error) {
      if (!(error instanceof LayerLimitReached) && !limitReached || layer.stopAtLimit) fatal = error;
      decompressor.destroy();
      if (limitReached && layer.stopAtLimit) source.destroy();
      throw error;
    }
  })();
  const pumping = (async () => {
    try {
      await pump();
    } catch (error) {
      decompressor.destroy(error);
      throw error;
    }
  })();
  async function pump() {
    const feed = async (chunk) => {
      blobHash?.update(chunk);
      scan.compressedSize += chunk.length;
      if (layer.stopAtLimit && scan.compressedSize > limits.maxLayerBytes) {
        limitReached = true;
        fatal = new LayerLimitReached();
        decompressor.destroy(fatal);
        return;
      }
      layer.onBytes?.(chunk.length);
      if (decompressor.destroyed || decompressor.writableEnded) return;
      if (reuse) await writtenThrough(decompressor, chunk);
      else if (!decompressor.write(chunk)) await writable(decompressor);
    };
    if (!first.done) await feed(head);
    for (; ; ) {
      if (fatal !== void 0) return;
      if (limitReached && blobHash === void 0) {
        source.destroy();
        return;
      }
      const next = await iterator.next();
      if (next.done) break;
      await feed(next.value);
    }
    if (!decompressor.destroyed) decompressor.end();
  }
  const contentOptions = scanner ? { scanner, maxFileBytes: limits.maxFileBytes, archives: limits.archives ?? DEFAULT_ARCHIVE_LIMITS } : void 0;
  function takeCapture(wanted, size) {
    const capture = wanted !== void 0 && size <= MAX_CAPTURE_BYTES && size <= budget.captureBytesLeft;
    if (capture) budget.captureBytesLeft -= size;
    return capture;
  }
  function recordFile(path, type, header) {
    const recorded = { path, type, mode: header.mode ?? 0, uid: header.uid ?? 0, gid: header.gid ?? 0, size: header.size ?? 0 };
    if (header.linkname) recorded.linkname = type === "hardlink" ? normalizeEntryPath(header.linkname, layer.label) : header.linkname;
    if (keepEntries) kept.entry(recorded);
    return recorded;
  }
  function recordWhole(entry) {
    const { header } = entry;
    const type = entryType(header.type);
    if (type !== "file" || !(header.size > 0)) return false;
    const path = normalizeEntryPath(header.name, layer.label);
    if (path.startsWith(".wh.", path.lastIndexOf("/") + 1)) return false;
    const wanted = plan.capture(path);
    let body;
    if (scanner !== void 0 || wanted !== void 0) {
      body = entry.whole();
      if (body === void 0) return false;
    }
    const { size } = recordFile(path, type, header);
    if (body === void 0) return true;
    const capture = takeCapture(wanted, size);
    if (contentOptions === void 0) {
      if (wanted && capture) keepCaptured(path, size, body, wanted.alwaysText);
      return true;
    }
    const alwaysText = wanted?.alwaysText ?? false;
    const found = scanFileBytes(path, body, contentOptions, capture, alwaysText);
    if (found === void 0) return scanContent(path, size, once(body), capture, alwaysText);
    keepFound(path, size, found, capture);
    return true;
  }
  async function recordEntry(header, entry) {
    const path = normalizeEntryPath(header.name, layer.label);
    const slash = path.lastIndexOf("/");
    const dir = path.slice(0, slash) || "/";
    const base = path.slice(slash + 1);
    if (base.startsWith(".wh.")) {
      await drain(entry);
      if (base === ".wh..wh..opq") {
        if (keepEntries) kept.opaque(dir);
      } else if (base.startsWith(".wh..wh."))
        return;
      else if (base === ".wh.") throw new GateError(`${layer.label}: bare whiteout entry ${quoteInput(header.name, 120)}`);
      else if (keepEntries) kept.whiteout(`${dir === "/" ? "" : dir}/${base.slice(4)}`);
      return;
    }
    const type = entryType(header.type);
    const recorded = recordFile(path, type, header);
    if (type !== "file" || recorded.size === 0) return drain(entry);
    const wanted = plan.capture(path);
    const capture = takeCapture(wanted, recorded.size);
    if (scanner) await scanContent(path, recorded.size, entry, capture, wanted?.alwaysText ?? false);
    else if (wanted && capture) await captureOnly(path, recorded.size, entry, wanted.alwaysText);
    else await drain(entry);
  }
  async function captureOnly(path, size, entry, alwaysText) {
    const chunks = [];
    for await (const chunk of entry) chunks.push(chunk);
    keepCaptured(path, size, Buffer.concat(chunks), alwaysText);
  }
  function keepCaptured(path, size, bytes, alwaysText) {
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    if (alwaysText || archiveKind(path, sample) === void 0 && !looksBinary(sample)) scan.captured[path] = bytes.toString("utf8");
    else budget.captureBytesLeft += size;
  }
  async function scanContent(path, size, entry, capture, alwaysText) {
    keepFound(path, size, await scanFileContent(path, size, entry, contentOptions, capture, alwaysText), capture);
  }
  function keepFound(path, size, found, capture) {
    scan.hits.push(...found.hits);
    scan.unscanned.push(...found.unscanned);
    if (found.binary) {
      scan.binary.files++;
      scan.binary.bytes += size;
    }
    if (capture && found.captured) scan.captured[path] = found.captured.toString("utf8");
    else if (capture) budget.captureBytesLeft += size;
  }
  const [pumped, consumed] = await Promise.allSettled([pumping, consuming]);
  const failure = consumed.status === "rejected" && !(consumed.reason instanceof LayerLimitReached) && !limitReached ? consumed : void 0;
  if (limitReached && layer.stopAtLimit) {
    source.destroy();
    throw new GateError(
      `${layer.label}: more than limits.max-layer-size (${limits.maxLayerBytes} bytes) ${scan.uncompressedSize > limits.maxLayerBytes ? "unpacked" : "read"}; stopped reading it, so its digest cannot be verified (raise limits.max-layer-size to read it)`
    );
  }
  if (pumped.status === "rejected") {
    source.destroy();
    throw failed("cannot read the layer", pumped.reason);
  }
  if (failure) {
    source.destroy();
    if (isZstdWindowError(failure.reason)) throw new GateError(`${layer.label}: ${ZSTD_WINDOW_MESSAGE}`);
    throw failed(compression === "none" ? "not a valid tar archive" : `corrupt ${compression} or tar data`, failure.reason);
  }
  if (!image && !sink) budget.reportShortfalls();
  if (blobHash !== void 0) scan.digest = `sha256:${blobHash.digest("hex")}`;
  else if (limitReached) scan.digest = await digestOf(source.again(), layer.label);
  else scan.digest = layer.digest;
  if (layer.digest !== void 0 && layer.digest !== scan.digest) {
    throw new GateError(`${layer.label}: content does not match its digest (expected ${layer.digest}, got ${scan.digest})`);
  }
  if (limitReached) {
    scan.unscanned.push({ reason: "layer-too-large", size: scan.uncompressedSize, scanned: limits.maxLayerBytes });
  } else {
    scan.diffId = diffHash ? `sha256:${diffHash.digest("hex")}` : scan.digest;
    if (layer.diffId !== void 0 && layer.diffId !== scan.diffId) {
      throw new GateError(`${layer.label}: uncompressed content does not match the image config's diff_id (expected ${layer.diffId}, got ${scan.diffId})`);
    }
  }
  return scan;
}

export {
  require_tar_stream,
  containingFile,
  ImageBudget,
  DEFAULT_LIMITS,
  MAX_CAPTURE_BYTES,
  MAX_CAPTURED_PER_IMAGE,
  emptyScan,
  walkLayer
};
