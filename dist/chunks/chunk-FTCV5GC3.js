import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  Environment,
  EnvironmentBuilder,
  VariableNames,
  commandsOf,
  execForm,
  expandWord,
  finalStage,
  lineInScript,
  loadDockerfile,
  pinnedReference,
  programOf,
  runScripts,
  shellCommands,
  stageChain,
  unpinnableReason
} from "./chunk-YFLYDOZ3.js";
import {
  DEFAULT_RUN_TIMEOUT,
  cancellableClock,
  withRunDeadline
} from "./chunk-ITT2IBVO.js";
import {
  refuseUserinfo
} from "./chunk-BH7SIBKX.js";
import {
  isEcrHost,
  parseEcrReference
} from "./chunk-7XF7MECG.js";
import {
  notice
} from "./chunk-NLA4MBKA.js";
import {
  normalizeSeverity
} from "./chunk-IAWQKDHJ.js";
import {
  mergeImageNeeds,
  readsNoLayerContent
} from "./chunk-FIMDBGEE.js";
import {
  readInputFileSync
} from "./chunk-LOFLENB6.js";
import {
  ASSIGNMENT_RULE,
  BUILTIN_ALLOW_RULES,
  BUILTIN_RULES,
  GateError,
  createScanner,
  defaultScanner,
  firstLine,
  isCredentialIdName,
  isCredentialLiteral,
  isPlaceholderValue,
  isSecretName,
  packagedChecksums,
  quoteInput,
  redact,
  redactText,
  secretDigest,
  where
} from "./chunk-MSQ75MTB.js";
import {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signersProblem
} from "./chunk-NAQIIRL5.js";
import {
  _enum,
  array,
  boolean,
  describe,
  int,
  literal,
  number,
  object,
  optional,
  record,
  refine,
  strictObject,
  string
} from "./chunk-LRSFJNTU.js";
import {
  _gte,
  _lte,
  _maxLength,
  _minLength,
  _regex,
  globLength,
  globMatch
} from "./chunk-PE4PBRI4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ENLSQBIW.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies2 = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies2;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying2 = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying2;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange2 = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange2;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies2 = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies2(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects2 = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects2;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies2 = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies2(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies2 = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies2(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies2(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies2(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies2 = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying2 = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange2 = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects2 = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies: satisfies2,
      toComparators,
      maxSatisfying: maxSatisfying2,
      minSatisfying,
      minVersion,
      validRange: validRange2,
      outside,
      gtr,
      ltr,
      intersects: intersects2,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow2 = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow2) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow2 = ctx.inFlow ?? collection.flow;
      const stringify2 = flow2 ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow: flow2, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow2 && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow: flow2, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow2 && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow2 ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow2) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow2}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment2)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/build-args.ts
function parseBuildArgs(entries, flag, env = process.env) {
  const buildArgs = {};
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const key = eq === -1 ? entry : entry.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new GateError(`${flag}: ${quoteInput(key, 40)} is not a valid ARG name`);
    const value = eq === -1 ? env[key] : entry.slice(eq + 1);
    if (value !== void 0) buildArgs[key] = value;
  }
  return buildArgs;
}

// src/findings.ts
import { createHash } from "node:crypto";
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(severity2) {
  return SEVERITIES.length - SEVERITIES.indexOf(severity2);
}
function isDockerfileLocation(location) {
  return "file" in location && "line" in location && typeof location.line === "number";
}
function isLayerLocation(location) {
  return "layer" in location;
}
function isConfigLocation(location) {
  return "config" in location;
}
function locationPath(location) {
  if (isLayerLocation(location)) return location.path;
  if ("file" in location) return location.file;
  return void 0;
}
function describeSuppression(suppressed) {
  return "expires" in suppressed ? `suppressed until ${suppressed.expires}: ${suppressed.reason}` : `suppressed by an Amazon Inspector suppression rule`;
}
function fingerprintOf(...parts) {
  return createHash("sha256").update(parts.map((part) => String(part ?? "")).join("\0")).digest("hex").slice(0, 32);
}

// src/version.ts
var TOOL_VERSION = "0.1.0";

// src/gate.ts
import path3 from "node:path";

// src/checks/finding-limit.ts
var MAX_FINDINGS_PER_RULE = 1e3;
function foldRepeatedFindings(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!isDockerfileLocation(finding.location)) continue;
    const key = `${finding.check}\0${finding.rule}\0${finding.location.file}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if ([...counts.values()].every((count2) => count2 <= MAX_FINDINGS_PER_RULE)) return findings;
  const kept = [];
  const seen = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const location = finding.location;
    if (!isDockerfileLocation(location)) {
      kept.push(finding);
      continue;
    }
    const key = `${finding.check}\0${finding.rule}\0${location.file}`;
    const index = (seen.get(key) ?? 0) + 1;
    seen.set(key, index);
    if (index <= MAX_FINDINGS_PER_RULE) {
      kept.push(finding);
      continue;
    }
    const group = folded.get(key);
    if (!group) folded.set(key, { first: finding, count: 1, lastLine: location.line, worst: finding });
    else {
      group.count++;
      group.lastLine = Math.max(group.lastLine, location.line);
      if (severityRank(finding.severity) > severityRank(group.worst.severity)) group.worst = finding;
    }
  }
  for (const { first, count: count2, lastLine, worst } of folded.values()) {
    const location = first.location;
    kept.push({
      check: first.check,
      rule: first.rule,
      severity: worst.severity,
      message: `…and ${count2} more like the ${MAX_FINDINGS_PER_RULE} above in ${location.file} (lines ${location.line}–${lastLine}), not listed one by one.`,
      location: { file: location.file, line: location.line },
      fingerprint: fingerprintOf(first.check, first.rule, `${location.file}|folded`)
    });
  }
  return kept;
}

// src/checks/types.ts
var PRESET_NAMES = ["default", "strict"];
function defineCheck(check) {
  return check;
}
function makeFinding(check, fields) {
  if (!check.openRules && !Object.hasOwn(check.rules, fields.rule))
    throw new Error(`check ${check.id} reports rule "${fields.rule}", which it does not declare`);
  const finding = {
    check: check.id,
    rule: fields.rule,
    severity: fields.severity ?? check.severity,
    message: fields.message,
    location: fields.location,
    fingerprint: fingerprintOf(check.id, fields.rule, fields.key)
  };
  if (fields.evidence !== void 0) finding.evidence = fields.evidence;
  if (fields.id !== void 0) finding.id = fields.id;
  if (fields.package !== void 0) finding.package = fields.package;
  if (fields.fixable !== void 0) finding.fixable = fields.fixable;
  return finding;
}
function dockerfileFindings(check, file) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  return {
    findings,
    add(rule, message, line, what) {
      const key = `${rule}|${line}|${what}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(makeFinding(check, { rule, message, location: { file, line }, key: `${file}|${rule}|${what}` }));
    }
  };
}

// src/checks/curl-pipe-shell.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget", "fetch", "aria2c"]);
var INTERPRETERS = /^(?:ba|da|z|k|a|fi)?sh$|^(?:python[0-9.]*|perl|ruby|node|php)$/;
var curlPipeShell = defineCheck({
  id: "curl-pipe-shell",
  title: "Remote script piped into a shell",
  severity: "medium",
  rationale: "curl ... | sh runs whatever the server returns at build time, unreviewed and unverified, with the build's privileges.",
  remediation: "Download the script or package to a file, verify its checksum or signature, then run it; better, install from a signed package repository.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.11"],
  rules: {
    "pipe-to-interpreter": "Download piped into an interpreter"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { command, instruction } of commandsOf(dockerfile.instructions)) {
      const program = programOf(command)?.program;
      const source = command.pipedFrom ? programOf(command.pipedFrom) : void 0;
      let downloader;
      let interpreter;
      if (program && INTERPRETERS.test(program) && source && DOWNLOADERS.has(source.program)) {
        downloader = source.program;
        interpreter = program;
      } else if (program && DOWNLOADERS.has(program) && source && INTERPRETERS.test(source.program) && command.pipedFrom.words.includes("<(")) {
        downloader = program;
        interpreter = source.program;
      } else if (program && INTERPRETERS.test(program)) {
        const inline = command.words.find((word) => /(?:\$\(|`)\s*(?:curl|wget)\b/.test(word));
        if (inline) {
          downloader = /wget/.test(inline) ? "wget" : "curl";
          interpreter = program;
        }
      }
      if (!downloader || !interpreter || seen.has(command.line)) continue;
      seen.add(command.line);
      findings.push(
        makeFinding(curlPipeShell, {
          rule: "pipe-to-interpreter",
          message: `${instruction.keyword === "ONBUILD" ? "ONBUILD RUN" : "RUN"} pipes a ${downloader} download into ${interpreter}.`,
          location: { file, line: command.line },
          key: `${file}|${downloader}|${interpreter}|${command.words.join(" ")}`
        })
      );
    }
    return findings;
  }
});

// src/image/accounts.ts
function rows(text) {
  return text.split("\n").map((raw, index) => ({ raw: raw.replace(/\r$/, ""), line: index + 1 })).filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("#") && !raw.startsWith("+") && !raw.startsWith("-")).map(({ raw, line }) => ({ fields: raw.split(":"), line }));
}
function parsePasswd(text) {
  return rows(text).filter(({ fields }) => fields.length >= 4 && /^\d+$/.test(fields[2]) && /^\d+$/.test(fields[3])).map(({ fields, line }) => ({ name: fields[0], password: fields[1], uid: Number(fields[2]), gid: Number(fields[3]), line }));
}
function parseGroup(text) {
  return rows(text).filter(({ fields }) => fields.length >= 3 && /^\d+$/.test(fields[2])).map(({ fields, line }) => ({
    name: fields[0],
    gid: Number(fields[2]),
    members: (fields[3] ?? "").split(",").map((member) => member.trim()).filter((member) => member !== ""),
    line
  }));
}
function parseShadow(text) {
  return rows(text).filter(({ fields }) => fields.length >= 2).map(({ fields, line }) => ({ name: fields[0], hash: fields[1], line }));
}

// src/checks/image-files.ts
function visibleFile(image, path4) {
  for (let index = image.files.length - 1; index >= 0; index--) {
    const file = image.files[index];
    if (file.path === path4 && !file.deleted) return file;
  }
  return void 0;
}
function layerLocation(file) {
  return { layer: file.layerDigest, path: file.path, deleted: file.deleted };
}
function octalMode(mode) {
  return (mode & 4095).toString(8).padStart(4, "0");
}

// src/checks/runtime-user.ts
function accountDatabaseNeeds(...names) {
  return names.flatMap((name) => [
    { path: `\\/${name}$`, why: `/etc/${name}, wherever its symbolic links lead` },
    { path: `^\\/etc\\/${name}$`, why: `/etc/${name}, wherever its symbolic links lead`, alwaysText: true, name, open: [`/etc/${name}`] }
  ]);
}
function accountDatabase(image, name) {
  return image.read[name]?.final[`/etc/${name}`];
}
function accountDatabaseProblem(image, name) {
  return image.read[name]?.unreadable[`/etc/${name}`];
}
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
function goAtoi(text) {
  if (!/^[+-]?[0-9]+$/.test(text)) return void 0;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? void 0 : value;
}
function isRootUid(uid) {
  return BigInt.asUintN(32, uid) === 0n;
}
function runtimeUser(spec) {
  const user = spec.split(":", 1)[0] ?? "";
  if (user === "") return { kind: "default" };
  const uid = goAtoi(user);
  if (uid !== void 0) return { kind: "uid", uid, root: isRootUid(uid) };
  return { kind: "name", name: user };
}
function passwdUid(passwd, name) {
  const lines = passwd.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === "") continue;
    const fields = line.split(":");
    if (fields[0] !== name) continue;
    const field = fields[2] ?? "";
    const parsed = /^[+-]?[0-9]+$/.test(field) ? BigInt(field) : 0n;
    const uid = parsed > INT64_MAX ? INT64_MAX : parsed < INT64_MIN ? INT64_MIN : parsed;
    return { uid, line: index + 1 };
  }
  return void 0;
}

// src/checks/duplicate-ids.ts
var duplicateIds = defineCheck({
  id: "duplicate-ids",
  title: "Duplicate user or group IDs",
  severity: "medium",
  rationale: "Two accounts with one uid are one identity under two names: a second uid 0 account is root that audits and allow-lists miss.",
  remediation: "Give every account its own uid (and every group its own gid); remove aliases of root.",
  references: ["CIS Docker Benchmark 4.1", "Dockle DKL-LI-0002"],
  rules: {
    "uid-0-alias": "Another account with uid 0",
    "duplicate-uid": "Two accounts share a uid",
    "duplicate-gid": "Two groups share a gid"
  },
  imageNeeds: { files: accountDatabaseNeeds("passwd", "group"), entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    const passwd = visibleFile(image, "/etc/passwd");
    const passwdText = accountDatabase(image, "passwd");
    if (passwd && passwdText !== void 0) {
      const byUid = /* @__PURE__ */ new Map();
      for (const entry of parsePasswd(passwdText)) byUid.set(entry.uid, [...byUid.get(entry.uid) ?? [], entry.name]);
      for (const [uid, names] of byUid) {
        if (names.length < 2) continue;
        findings.push(
          makeFinding(duplicateIds, {
            rule: uid === 0 ? "uid-0-alias" : "duplicate-uid",
            severity: uid === 0 ? "high" : "medium",
            message: `uid ${uid} is shared by ${names.join(", ")} in /etc/passwd${uid === 0 ? ": more than one name for root" : ""}.`,
            location: layerLocation(passwd),
            key: `uid|${uid}`
          })
        );
      }
    }
    const group = visibleFile(image, "/etc/group");
    const groupText = accountDatabase(image, "group");
    if (group && groupText !== void 0) {
      const byGid = /* @__PURE__ */ new Map();
      for (const entry of parseGroup(groupText)) byGid.set(entry.gid, [...byGid.get(entry.gid) ?? [], entry.name]);
      for (const [gid, names] of byGid) {
        if (names.length < 2) continue;
        findings.push(
          makeFinding(duplicateIds, {
            rule: "duplicate-gid",
            severity: "low",
            message: `gid ${gid} is shared by ${names.join(", ")} in /etc/group.`,
            location: layerLocation(group),
            key: `gid|${gid}`
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/empty-password.ts
var emptyPassword = defineCheck({
  id: "empty-password",
  title: "Account without a password",
  severity: "high",
  rationale: "An account with an empty password field lets anyone who reaches a login path (su, a shell service) become that user without a secret.",
  remediation: "Lock the account (passwd -l <user>, or usermod -p '!' <user>) or remove it; service accounts need no password.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "Dockle DKL-LI-0001"],
  rules: {
    "empty-shadow-hash": "Empty password hash in /etc/shadow",
    "empty-passwd-field": "Empty password field in /etc/passwd"
  },
  imageNeeds: { files: accountDatabaseNeeds("passwd", "shadow"), entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    const shadow = visibleFile(image, "/etc/shadow");
    const shadowText = accountDatabase(image, "shadow");
    if (shadow && shadowText !== void 0) {
      for (const entry of parseShadow(shadowText)) {
        if (entry.hash !== "") continue;
        findings.push(
          makeFinding(emptyPassword, {
            rule: "empty-shadow-hash",
            message: `Account "${entry.name}" has an empty password in /etc/shadow (line ${entry.line}).`,
            location: layerLocation(shadow),
            key: `shadow|${entry.name}`
          })
        );
      }
    }
    const passwd = visibleFile(image, "/etc/passwd");
    const passwdText = accountDatabase(image, "passwd");
    if (passwd && passwdText !== void 0) {
      for (const entry of parsePasswd(passwdText)) {
        if (entry.password !== "") continue;
        findings.push(
          makeFinding(emptyPassword, {
            rule: "empty-passwd-field",
            message: `Account "${entry.name}" has an empty password field in /etc/passwd (line ${entry.line}), so no password is asked.`,
            location: layerLocation(passwd),
            key: `passwd|${entry.name}`
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/expired-exception.ts
var expiredException = defineCheck({
  id: "expired-exception",
  title: "Policy exception has expired",
  severity: "low",
  rationale: "An exception is a time-boxed risk acceptance; once it expires the finding it covered counts again and the acceptance needs a fresh decision.",
  remediation: "Fix the finding and delete the exception, or review the risk again and set a new expires date with an updated reason.",
  references: ["NIST SP 800-190 §4.1.1"],
  rules: {
    expired: "Exception past its expiry date"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run() {
    return [];
  }
});
function expiredExceptionFinding(exception) {
  const scope = [exception.id, exception.path].filter(Boolean).join(" ");
  return makeFinding(expiredException, {
    rule: "expired",
    message: `The exception for ${exception.check}${scope ? ` ${scope}` : ""} expired on ${exception.expires}; it no longer applies.`,
    location: { file: exception.file, ...exception.line !== void 0 ? { line: exception.line } : {} },
    key: `${exception.file}|${exception.check}|${scope}|${exception.expires}`
  });
}

// src/dockerfile/downloads.ts
var PATH_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
var SHELLS = /^(?:ba|da|z|k|a|fi|mk)?sh$/;
var INTERPRETERS2 = /^(?:python[0-9.]*|perl|ruby|node|php[0-9.]*|pwsh|powershell)$/;
var PIPE_INTERPRETERS = /^(?:(?:ba|da|z|k|a|fi)?sh|python[0-9.]*|perl|ruby|node|php)$/;
var CHECKSUM_TOOLS = /^(?:sha(?:1|224|256|384|512)sum|md5sum|b2sum|shasum|cksum)$/;
var CURL_SHORT_VALUE = new Set("AbcCdDeEFHKmoPQrtTuUwxXyYz".split(""));
var CURL_LONG_VALUE = /* @__PURE__ */ new Set([
  "abstract-unix-socket",
  "alt-svc",
  "aws-sigv4",
  "cacert",
  "capath",
  "cert",
  "cert-type",
  "ciphers",
  "config",
  "connect-timeout",
  "connect-to",
  "continue-at",
  "cookie",
  "cookie-jar",
  "create-file-mode",
  "curves",
  "data",
  "data-ascii",
  "data-binary",
  "data-raw",
  "data-urlencode",
  "dns-interface",
  "dns-ipv4-addr",
  "dns-ipv6-addr",
  "dns-servers",
  "dump-header",
  "etag-compare",
  "etag-save",
  "expect100-timeout",
  "form",
  "form-string",
  "happy-eyeballs-timeout-ms",
  "header",
  "hostpubmd5",
  "hostpubsha256",
  "interface",
  "json",
  "keepalive-time",
  "key",
  "key-type",
  "limit-rate",
  "local-port",
  "login-options",
  "max-filesize",
  "max-redirs",
  "max-time",
  "netrc-file",
  "noproxy",
  "oauth2-bearer",
  "output",
  "output-dir",
  "parallel-max",
  "pass",
  "pinnedpubkey",
  "proto",
  "proto-default",
  "proto-redir",
  "proxy",
  "proxy-header",
  "proxy-user",
  "quote",
  "random-file",
  "range",
  "referer",
  "request",
  "request-target",
  "resolve",
  "retry",
  "retry-delay",
  "retry-max-time",
  "speed-limit",
  "speed-time",
  "stderr",
  "tls-max",
  "trace",
  "trace-ascii",
  "unix-socket",
  "upload-file",
  "url",
  "url-query",
  "user",
  "user-agent",
  "variable",
  "write-out"
]);
var WGET_SHORT_VALUE = new Set("aABdDeiIlloOPQrRtTUwXY".split("").filter((letter) => letter !== "d" && letter !== "r"));
var WGET_LONG_VALUE = /* @__PURE__ */ new Set([
  "output-document",
  "output-file",
  "append-output",
  "directory-prefix",
  "tries",
  "timeout",
  "wait",
  "user-agent",
  "execute",
  "input-file",
  "base",
  "level",
  "accept",
  "reject",
  "domains",
  "header",
  "user",
  "password",
  "post-data",
  "post-file",
  "load-cookies",
  "save-cookies",
  "ca-certificate",
  "ca-directory",
  "certificate",
  "private-key",
  "progress",
  "quota",
  "limit-rate",
  "dns-timeout",
  "connect-timeout",
  "read-timeout",
  "bind-address",
  "restrict-file-names",
  "proxy-user",
  "proxy-password",
  "secure-protocol"
]);
function joinPath(dir, file) {
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return normalizePath(file);
  if (/^[$~]/.test(file)) return file;
  return normalizePath(`${dir.replace(/\/+$/, "")}/${file}`);
}
function normalizePath(path4) {
  const parts = [];
  for (const part of path4.split("/")) {
    if (part === "." || part === "" && parts.length > 0) continue;
    if (part === ".." && parts.length > 1) parts.pop();
    else parts.push(part);
  }
  return parts.join("/") || "/";
}
function basename(path4) {
  return path4.replace(/[\\/]+$/, "").replace(/^.*[\\/]/, "");
}
function dirname(path4) {
  const index = path4.replace(/\/+$/, "").lastIndexOf("/");
  return index <= 0 ? "/" : path4.slice(0, index);
}
function urlFileName(url) {
  const path4 = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "");
  const name = basename(path4);
  return name === "" ? void 0 : name;
}
var isOption = (word) => word.startsWith("-") && word !== "-";
function redirectsOf(words) {
  const result = { words: [] };
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const match = /^(\d*|&)(>>?|<)(&?)(.*)$/.exec(word);
    if (!match || match[1] === "" && match[2] === "<" && word === "<(") {
      result.words.push(word);
      continue;
    }
    const [, fd, direction, duplicate, rest] = match;
    const target = rest === "" ? words[++index] : rest;
    if (direction !== "<" && duplicate === "" && (fd === "" || fd === "1" || fd === "&") && target !== void 0) result.stdout = target;
  }
  return result;
}
function parseCurl(args) {
  const urls = [];
  const explicit = [];
  let remoteNames = 0;
  let remoteAll = false;
  let outputDir;
  for (let index = 0; index < args.length; index++) {
    const word = args[index];
    if (word.startsWith("--")) {
      const [name = "", inline] = word.slice(2).split(/=(.*)/s, 2);
      const takesValue = CURL_LONG_VALUE.has(name);
      const value = takesValue ? inline ?? args[++index] : void 0;
      if (name === "output" && value !== void 0) explicit.push(value);
      else if (name === "output-dir" && value !== void 0) outputDir = value;
      else if (name === "url" && value !== void 0) urls.push(value);
      else if (name === "remote-name") remoteNames++;
      else if (name === "remote-name-all") remoteAll = true;
      continue;
    }
    if (isOption(word)) {
      for (let at = 1; at < word.length; at++) {
        const letter = word[at];
        if (letter === "O") remoteNames++;
        if (!CURL_SHORT_VALUE.has(letter)) continue;
        const value = at + 1 < word.length ? word.slice(at + 1) : args[++index];
        if (letter === "o" && value !== void 0) explicit.push(value);
        break;
      }
      continue;
    }
    urls.push(word);
  }
  const outputs = urls.map((url, index) => {
    if (index < explicit.length) return explicit[index] === "-" ? "-" : explicit[index];
    if (remoteAll || index < explicit.length + remoteNames) {
      const name = urlFileName(url);
      return name === void 0 ? void 0 : outputDir ? `${outputDir.replace(/\/+$/, "")}/${name}` : name;
    }
    return "-";
  });
  return { urls, outputs };
}
function parseWget(args) {
  const urls = [];
  let document;
  let prefix;
  for (let index = 0; index < args.length; index++) {
    const word = args[index];
    if (word.startsWith("--")) {
      const [name = "", inline] = word.slice(2).split(/=(.*)/s, 2);
      const value = WGET_LONG_VALUE.has(name) ? inline ?? args[++index] : inline;
      if (name === "output-document" && value !== void 0) document = value;
      if (name === "directory-prefix" && value !== void 0) prefix = value;
      continue;
    }
    if (isOption(word)) {
      for (let at = 1; at < word.length; at++) {
        const letter = word[at];
        if (!WGET_SHORT_VALUE.has(letter)) continue;
        const value = at + 1 < word.length ? word.slice(at + 1) : args[++index];
        if (letter === "O") document = value;
        if (letter === "P") prefix = value;
        break;
      }
      continue;
    }
    urls.push(word);
  }
  const outputs = urls.map((url) => {
    if (document !== void 0) return document;
    const name = urlFileName(url) ?? "index.html";
    return prefix ? `${prefix.replace(/\/+$/, "")}/${name}` : name;
  });
  return { urls, outputs };
}
function parseInvokeWebRequest(args) {
  let uri;
  let outFile;
  const positional = [];
  for (let index = 0; index < args.length; index++) {
    const word = args[index];
    if (/^-u(?:ri?)?$/i.test(word)) uri = args[++index];
    else if (/^-o(?:u(?:t(?:f(?:i(?:le?)?)?)?)?)?$/i.test(word)) outFile = args[++index];
    else if (/^-(?:headers|method|body|usera(?:gent)?|proxy|timeoutsec|maximumredirection|credential|contenttype|infile|sessionvariable|websession)$/i.test(word))
      index++;
    else if (!word.startsWith("-")) positional.push(word);
  }
  const url = uri ?? positional[0];
  return url === void 0 ? { urls: [], outputs: [] } : { urls: [url], outputs: [outFile ?? "-"] };
}
function commandOf(words) {
  let index = 0;
  while (index < words.length) {
    const first = words[index];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) {
      index++;
      continue;
    }
    if (["sudo", "env", "exec", "command", "nohup", "time", "xargs", "&", "!"].includes(first)) {
      index++;
      while (words[index]?.startsWith("-")) index++;
      continue;
    }
    return { program: first, args: words.slice(index + 1) };
  }
  return void 0;
}
var StageWalk = class {
  constructor(model, stage, inherited, names) {
    this.model = model;
    this.stage = stage;
    this.workdir = inherited?.workdir ?? "/";
    this.variables = new EnvironmentBuilder(inherited?.variables ?? Environment.empty(names));
    const path4 = stage.environment.get("PATH");
    this.pathDirs = path4 ? [.../* @__PURE__ */ new Set([...PATH_DIRS, ...path4.split(":").filter((dir) => dir.startsWith("/"))])] : PATH_DIRS;
  }
  model;
  stage;
  tracked = [];
  downloads = [];
  /** Checksum files the Dockerfile wrote itself, and the downloads they name. */
  checksumFiles = /* @__PURE__ */ new Map();
  workdir;
  /** ENV and ARG values, shared with the stages built on this one rather than copied (environment.ts). */
  variables;
  pathDirs;
  get state() {
    return { workdir: this.workdir, variables: this.variables.snapshot() };
  }
  expand(word, shellVariables) {
    if (!word.includes("$")) return word;
    const normalized = word.replace(
      /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}|\$env:([A-Za-z_][A-Za-z0-9_]*)/gi,
      (_all, braced, bare) => `\${${braced ?? bare}}`
    );
    const { value, missing } = expandWord(normalized, (name) => shellVariables.has(name) ? shellVariables.get(name) : this.variables.get(name));
    return missing.length > 0 ? word : value;
  }
  isOnPath(path4) {
    const dir = dirname(path4);
    return this.pathDirs.some((pathDir) => dir === pathDir);
  }
  /** The tracked files a word names: by path, or by file name when the word has no directory. */
  matching(word, cwd) {
    word = word.replace(/,$/, "");
    if (word === "" || word === "-") return [];
    const resolved = joinPath(cwd, word);
    const name = basename(word);
    return this.tracked.filter((tracked) => tracked.paths.some((path4) => path4 === resolved || path4 === word || basename(path4) === name));
  }
  /** Tracked files whose name appears anywhere in the text (a checksum line, a signature file name). */
  mentioned(text) {
    return this.tracked.filter((tracked) => tracked.paths.some((path4) => basename(path4).length > 0 && text.includes(basename(path4))));
  }
  use(tracked, kind, by, line) {
    for (const item of tracked) {
      if (item.verified || item.download.unverifiedUse || item.download.checksummed) continue;
      item.download.unverifiedUse = { kind, by, line };
    }
  }
  defer(tracked, kind, by, line) {
    for (const item of tracked) item.pending ??= { kind, by, line };
  }
  verify(tracked) {
    for (const item of tracked) item.verified = true;
  }
  addDownload(download, file, cwd, written = file) {
    this.downloads.push(download);
    if (file === void 0 || file === "-" || file === "/dev/null") return void 0;
    const path4 = joinPath(cwd, file);
    download.file = path4;
    const paths = [.../* @__PURE__ */ new Set([path4, file, ...written !== void 0 ? [written, joinPath(cwd, written)] : []])];
    const tracked = { download, paths, verified: download.checksummed };
    if (this.isOnPath(path4)) this.defer([tracked], "put on PATH", `${download.tool} into ${dirname(path4)}`, download.line);
    this.tracked.push(tracked);
    return tracked;
  }
  /** The stage is done: deferred uses of files never verified count now. */
  finish() {
    for (const tracked of this.tracked) {
      if (tracked.verified) tracked.download.verified = true;
      if (tracked.pending && !tracked.verified && !tracked.download.unverifiedUse && !tracked.download.checksummed)
        tracked.download.unverifiedUse = tracked.pending;
    }
  }
  instruction(instruction) {
    switch (instruction.keyword) {
      case "WORKDIR":
        this.workdir = joinPath(this.workdir, instruction.expanded ?? instruction.args);
        return;
      case "ENV":
      case "ARG":
        for (const property of instruction.properties ?? []) if (property.value !== null) this.variables.set(property.name, property.value);
        return;
      case "ADD":
        this.add(instruction);
        return;
      case "RUN":
        this.run(instruction);
        return;
      case "ENTRYPOINT":
      case "CMD":
      case "HEALTHCHECK": {
        const words = execForm(instruction.args) ?? instruction.args.split(/\s+/);
        for (const word of words)
          this.defer(
            this.matching(word, this.workdir).filter((tracked) => word.includes("/") || this.isOnPathTracked(tracked)),
            "executed",
            instruction.keyword,
            instruction.line
          );
        return;
      }
    }
  }
  isOnPathTracked(tracked) {
    return tracked.paths.some((path4) => this.isOnPath(path4));
  }
  add(instruction) {
    const words = (execForm(instruction.args) ?? instruction.args.split(/\s+/).filter((word) => word !== "")).map((word) => {
      const { value, missing } = expandWord(word, (name) => this.variables.get(name));
      return missing.length > 0 ? word : value;
    });
    if (words.length < 2) return;
    const destination = words[words.length - 1];
    const checksummed = instruction.flags.some((flag) => flag.name === "checksum" && !!flag.value);
    for (const source of words.slice(0, -1)) {
      const isGit = source.startsWith("git@") || /^(?:https?|ssh|git):\/\/.*\.git(?:#.*)?$/i.test(source) || /^ssh:\/\//i.test(source);
      if (!/^(?:https?|ftp):\/\//i.test(source) && !isGit) continue;
      const pinnedCommit = isGit && /#[0-9a-f]{40}(?::|$)/.test(source);
      const download = { tool: "ADD", urls: [source], line: instruction.line, stage: this.stage.index, checksummed: checksummed || pinnedCommit };
      const name = urlFileName(source);
      const file = isGit || name === void 0 ? void 0 : destination.endsWith("/") || words.length > 2 ? `${destination.replace(/\/+$/, "")}/${name}` : destination;
      this.addDownload(download, file, this.workdir);
      if (!download.checksummed) download.unverifiedUse = { kind: "installed", by: "ADD", line: instruction.line };
    }
  }
  run(instruction) {
    const shellVariables = /* @__PURE__ */ new Map();
    const assigned = /* @__PURE__ */ new Set();
    let cwd = this.workdir;
    for (const script of runScripts(instruction)) {
      const commands = withSubstitutions(shellCommands(script));
      const consumers = /* @__PURE__ */ new Map();
      for (const command of commands) if (command.pipedFrom) consumers.set(command.pipedFrom, command);
      const substituted = /(?:\$\(|`)\s*(?:sha(?:1|224|256|384|512)sum|md5sum|b2sum|shasum|openssl)\b/.test(script.text);
      for (const match of script.text.matchAll(/\.DownloadFile\(\s*([^,()]+?)\s*,\s*([^()]+?)\s*\)/g)) {
        const unquote2 = (text) => text.replace(/^['"]|['"]$/g, "");
        const url = this.expand(unquote2(match[1]), shellVariables);
        const line = script.line + script.text.slice(0, match.index).split("\n").length - 1;
        const file = unquote2(match[2]);
        this.addDownload(
          { tool: "WebClient.DownloadFile", urls: [url], line, stage: this.stage.index, checksummed: false },
          this.expand(file, shellVariables),
          cwd,
          file
        );
      }
      for (const command of commands) {
        const { words, stdout } = redirectsOf(command.words);
        const assignments = words[0] === "export" || words[0] === "local" ? words.slice(1) : words.every((word) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) ? words : [];
        for (const word of assignments) {
          const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
          if (!assignment) continue;
          if (assigned.has(assignment[1]) || assignment[2] === "") shellVariables.set(assignment[1], void 0);
          else shellVariables.set(assignment[1], this.expand(assignment[2], shellVariables));
          assigned.add(assignment[1]);
        }
        const parsed = commandOf(words);
        if (!parsed || parsed.program.includes("://")) continue;
        const program = basename(parsed.program);
        const lowerProgram = program.toLowerCase();
        const args = parsed.args;
        const line = command.line;
        const consumer = consumers.get(command);
        if (program === "cd" || lowerProgram === "set-location" || lowerProgram === "push-location") {
          const target = args.find((arg) => !arg.startsWith("-"));
          if (target !== void 0 && target !== "-") cwd = joinPath(cwd, this.expand(target, shellVariables));
          continue;
        }
        let download;
        let tool;
        if (program === "curl" || lowerProgram === "curl.exe") [download, tool] = [parseCurl(args), "curl"];
        else if (program === "wget") [download, tool] = [parseWget(args), "wget"];
        else if (lowerProgram === "invoke-webrequest" || lowerProgram === "iwr") [download, tool] = [parseInvokeWebRequest(args), "Invoke-WebRequest"];
        if (download && tool) {
          download.urls.forEach((url, index) => {
            let output = download.outputs[index];
            if (output === "-" && stdout !== void 0) output = stdout;
            const expandedUrl = this.expand(url, shellVariables);
            const shownUrl2 = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(expandedUrl) ? expandedUrl : url;
            const entry = { tool, urls: [shownUrl2], line, stage: this.stage.index, checksummed: false };
            if (output === "-" && consumer) {
              const into = commandOf(consumer.words);
              const intoProgram = into ? basename(into.program) : "";
              entry.pipedInto = intoProgram;
              this.downloads.push(entry);
              const kind = into ? pipeUse(intoProgram, into.args) : void 0;
              if (kind) entry.unverifiedUse = { kind, by: intoProgram, line: consumer.line };
              return;
            }
            this.addDownload(entry, output === void 0 ? void 0 : this.expand(output, shellVariables), cwd, output);
          });
          continue;
        }
        if ((program === "echo" || program === "printf") && stdout !== void 0) {
          const named = this.mentioned([...args, ...args.map((arg) => this.expand(arg, shellVariables))].join(" "));
          if (named.length > 0) this.checksumFiles.set(basename(this.expand(stdout, shellVariables)), named);
          continue;
        }
        if (this.verification(program, args, command, substituted, cwd, shellVariables)) continue;
        this.uses(parsed.program, program, args, line, cwd, shellVariables);
      }
    }
  }
  /** Marks what a verification command verifies; true when the command is one. */
  verification(program, args, command, substituted, cwd, shellVariables) {
    const lower = program.toLowerCase();
    const allWords = (item) => item ? [...allWords(item.pipedFrom), ...item.words] : [];
    const words = allWords(command);
    const text = [...words, ...words.map((word) => this.expand(word, shellVariables))].join(" ");
    if (CHECKSUM_TOOLS.test(program) || program === "openssl" && /^(?:dgst|sha\d*)$/.test(args[0] ?? "")) {
      const checking = args.some((arg) => arg === "-c" || arg === "--check" || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg));
      const piped = command.pipedFrom !== void 0 || checking;
      if (!checking && !substituted && !piped) return false;
      const list2 = checking ? args.filter((arg) => !isOption(arg) && arg !== "-").map((arg) => basename(this.expand(arg, shellVariables))) : [];
      const named2 = this.mentioned(text).filter((tracked) => !tracked.paths.some((path4) => list2.includes(basename(path4))));
      if (named2.length > 0) {
        this.verify(named2);
        return true;
      }
      if (checking) {
        const written = list2.flatMap((item) => this.checksumFiles.get(item) ?? []);
        if (written.length > 0) {
          this.verify(written);
          return true;
        }
        const byName = this.tracked.filter(
          (tracked) => tracked.paths.some((path4) => list2.some((item) => item !== basename(path4) && item.startsWith(basename(path4))))
        );
        if (byName.length > 0) this.verify(byName);
        else if (list2.length > 0) this.verify(this.tracked.filter((tracked) => dirname(tracked.paths[0]) === normalizePath(cwd)));
      }
      return true;
    }
    const signatureCheck = (program === "gpg" || program === "gpg2") && args.some((arg) => arg === "--verify" || arg === "--verify-files") || program === "gpgv" || program === "gpgv2" || program === "cosign" && (args[0] ?? "").startsWith("verify-blob") || program === "minisign" && args.some((arg) => /^-[A-Za-z]*V/.test(arg)) || program === "signify" && args.some((arg) => /^-[A-Za-z]*[VC]/.test(arg)) || program === "rpm" && args.some((arg) => arg === "-K" || arg === "--checksig") || program === "slsa-verifier" && args[0] === "verify-artifact" || program === "gh" && args[0] === "attestation" && args[1] === "verify" || lower === "get-filehash" || lower === "get-authenticodesignature";
    if (!signatureCheck) return false;
    const named = [...args, ...args.map((arg) => this.expand(arg, shellVariables))];
    this.verify(this.mentioned([...named, ...named.map((arg) => arg.replace(/\.(?:asc|sig|sign|minisig|bundle|pem)$/, ""))].join(" ")));
    return true;
  }
  /** Records what a command does with tracked files (execute, unpack, install, move onto PATH). */
  uses(written, program, args, line, cwd, shellVariables) {
    const lower = program.toLowerCase();
    const expanded = args.map((arg) => this.expand(arg, shellVariables));
    const operands = expanded.filter((arg) => !isOption(arg));
    const named = (words) => words.flatMap((word) => this.matching(word, cwd));
    const self = this.matching(this.expand(written, shellVariables), cwd).filter((tracked) => written.includes("/") || this.isOnPathTracked(tracked));
    if (self.length > 0) return this.use(self, "executed", basename(written), line);
    if (SHELLS.test(program) || INTERPRETERS2.test(program) || program === "source" || program === "." || lower === "start-process" || program === "&") {
      if (args.includes("-c") && SHELLS.test(program)) return;
      const target = lower === "start-process" ? /^-filepath$/i.test(expanded[0] ?? "") ? expanded[1] : operands[0] : operands[0];
      if (target !== void 0) this.use(this.matching(target, cwd), target.endsWith(".msi") ? "installed" : "executed", program, line);
      if (lower === "start-process")
        this.use(
          named(operands.slice(1)).filter((tracked) => /\.msi$/i.test(tracked.paths[0])),
          "installed",
          "msiexec",
          line
        );
      return;
    }
    if (program === "java" && args.some((arg) => arg === "-jar" || arg.startsWith("-javaagent:"))) {
      const jar = args.includes("-jar") ? expanded[expanded.indexOf("-jar") + 1] : expanded.find((arg) => arg.startsWith("-javaagent:"))?.slice(11);
      if (jar !== void 0) this.use(this.matching(jar, cwd), "executed", "java", line);
      return;
    }
    const unpack = unpackerUse(program, expanded);
    if (unpack) return this.use(named(unpack.files), "unpacked", unpack.by, line);
    const install = installerUse(program, expanded);
    if (install) return this.use(named(install.files), "installed", install.by, line);
    if (program === "rm" || lower === "remove-item" || lower === "del") {
      for (const tracked of named(operands)) tracked.pending = void 0;
      return;
    }
    if (program === "chmod") {
      const mode = operands[0] ?? "";
      if (/x/.test(mode) || /^[0-7]*[1357][0-7]{0,2}$/.test(mode)) this.defer(named(operands.slice(1)), "made executable", "chmod", line);
      return;
    }
    if (program === "mv" || program === "cp" || program === "install" || program === "ln" || lower === "move-item" || lower === "copy-item") {
      const valued = program === "install" ? /* @__PURE__ */ new Set(["-m", "-o", "-g", "-t", "--mode", "--owner", "--group", "--target-directory"]) : /* @__PURE__ */ new Set(["-t", "--target-directory"]);
      const plain = [];
      let targetDir;
      for (let index = 0; index < expanded.length; index++) {
        const word = expanded[index];
        if (valued.has(word)) {
          if (word === "-t" || word === "--target-directory") targetDir = expanded[index + 1];
          index++;
        } else if (word.startsWith("--target-directory=")) targetDir = word.slice(19);
        else if (!isOption(word) && !/^-(?:Path|Destination|LiteralPath)$/i.test(word)) plain.push(word);
      }
      const destination = targetDir ?? plain.pop();
      if (destination === void 0) return;
      const sources = plain.flatMap((word) => this.matching(word, cwd).map((tracked) => ({ tracked, word })));
      for (const { tracked, word } of sources) {
        const isDir = targetDir !== void 0 || destination.endsWith("/") || plain.length > 1 || this.pathDirs.includes(normalizePath(joinPath(cwd, destination)));
        const target = isDir ? joinPath(joinPath(cwd, destination), basename(word)) : joinPath(cwd, destination);
        if (program !== "ln") tracked.paths.push(target);
        if (this.isOnPath(target)) this.defer([tracked], "put on PATH", `${program} to ${dirname(target)}`, line);
        else if (program === "install") this.use([tracked], "installed", "install", line);
      }
    }
  }
};
function substitutionsIn(word) {
  const found = [];
  for (let index = word.indexOf("$("); index !== -1; index = word.indexOf("$(", index + 2)) {
    let depth = 0;
    for (let at = index + 1; at < word.length; at++) {
      if (word[at] === "(") depth++;
      else if (word[at] === ")" && --depth === 0) {
        found.push(word.slice(index + 2, at));
        break;
      }
    }
  }
  for (const match of word.matchAll(/`([^`]*)`/g)) found.push(match[1]);
  return found;
}
function withSubstitutions(commands, depth = 0) {
  if (depth > 4) return commands;
  return commands.flatMap((command) => {
    const inner = command.words.flatMap(substitutionsIn).flatMap((text) => shellCommands({ text, line: command.line }));
    return [...withSubstitutions(inner, depth + 1), command];
  });
}
function pipeUse(program, args) {
  if (PIPE_INTERPRETERS.test(program)) return void 0;
  if (program === "tar" || program === "bsdtar") return tarMode(args) === "extract" ? "unpacked" : void 0;
  if (["gunzip", "zcat", "unxz", "xzcat", "bunzip2", "bzcat", "unzstd", "zstdcat", "cpio", "busybox"].includes(program)) return "unpacked";
  if (["gzip", "xz", "bzip2", "zstd"].includes(program) && args.some((arg) => /^-[A-Za-z]*d/.test(arg) || arg === "--decompress")) return "unpacked";
  if (program === "dpkg" || program === "rpm" || program === "apk") return "installed";
  return void 0;
}
function tarMode(args) {
  const first = args[0] ?? "";
  if (/^[A-Za-z]+$/.test(first) && first.includes("x")) return "extract";
  return args.some((arg) => arg === "--extract" || arg === "--get" || /^-[A-Za-z]*x[A-Za-z]*$/.test(arg)) ? "extract" : "other";
}
function unpackerUse(program, args) {
  const operands = args.filter((arg) => !isOption(arg));
  if (program === "tar" || program === "bsdtar") {
    if (tarMode(args) !== "extract") return void 0;
    const files = [];
    args.forEach((arg, index) => {
      if (arg.startsWith("--file=")) files.push(arg.slice(7));
      else if (arg === "--file" || /^-?[A-Za-z]*f$/.test(arg)) files.push(args[index + 1] ?? "");
      else if (/^-[A-Za-z]*f[A-Za-z]+$/.test(arg)) files.push(arg.slice(arg.indexOf("f") + 1));
    });
    return { by: "tar", files: files.length > 0 ? files : operands };
  }
  if (["unzip", "gunzip", "unxz", "bunzip2", "unzstd", "rpm2cpio", "rpm2archive", "zcat", "xzcat", "bzcat"].includes(program))
    return { by: program, files: operands };
  if (["gzip", "xz", "bzip2", "zstd"].includes(program) && args.some((arg) => /^-[A-Za-z]*d/.test(arg) || arg === "--decompress"))
    return { by: `${program} -d`, files: operands };
  if ((program === "7z" || program === "7za" || program === "7zr") && (operands[0] === "x" || operands[0] === "e"))
    return { by: program, files: operands.slice(1) };
  if (program === "dpkg-deb" && args.some((arg) => /^(?:-x|-X|--extract|-R|--raw-extract)$/.test(arg))) return { by: "dpkg-deb", files: operands };
  if (program.toLowerCase() === "expand-archive") return { by: "Expand-Archive", files: args.filter((arg) => !arg.startsWith("-")) };
  return void 0;
}
function installerUse(program, args) {
  const operands = args.filter((arg) => !isOption(arg));
  if (program === "dpkg" && args.some((arg) => arg === "-i" || arg === "--install" || /^-[A-Za-z]*i/.test(arg))) return { by: "dpkg -i", files: operands };
  if (program === "rpm" && args.some((arg) => /^-[A-Za-z]*[iUF]/.test(arg) || arg === "--install" || arg === "--upgrade"))
    return { by: "rpm", files: operands };
  if (["apt-get", "apt", "yum", "dnf", "microdnf", "zypper", "tdnf"].includes(program) && ["install", "localinstall", "reinstall", "in"].includes(operands[0] ?? ""))
    return { by: `${program} install`, files: operands.slice(1) };
  if (program === "apk" && operands[0] === "add") return { by: "apk add", files: operands.slice(1) };
  if (/^pip[0-9.]*$/.test(program) && operands[0] === "install") return { by: "pip install", files: operands.slice(1) };
  if ((program === "npm" || program === "pnpm" || program === "yarn") && ["install", "i", "add"].includes(operands[0] ?? ""))
    return { by: `${program} install`, files: operands.slice(1) };
  if (program === "gem" && operands[0] === "install") return { by: "gem install", files: operands.slice(1) };
  if (program === "msiexec") return { by: "msiexec", files: args.filter((arg) => !arg.startsWith("/")) };
  return void 0;
}
function downloadsOf(dockerfile) {
  const states = /* @__PURE__ */ new Map();
  const names = new VariableNames();
  const downloads = [];
  for (const stage of dockerfile.stages) {
    const walk = new StageWalk(dockerfile, stage, stage.parent === void 0 ? void 0 : states.get(stage.parent), names);
    for (const instruction of stage.instructions) walk.instruction(instruction);
    walk.finish();
    states.set(stage.index, walk.state);
    downloads.push(...walk.downloads);
  }
  return downloads;
}

// src/checks/unverified-download.ts
function shownUrl(url) {
  const hidden = url.replace(/\/\/[^/@\s]*@/, "//…@");
  return hidden.length > 120 ? `${hidden.slice(0, 117)}…` : hidden;
}
function describe2(download) {
  const use = download.unverifiedUse;
  const url = shownUrl(download.urls[0] ?? "");
  const how = use.kind === "put on PATH" && use.by.includes(" into ") ? `into ${use.by.split(" into ")[1]} (on PATH)` : `${use.kind} by ${use.by}`;
  if (download.pipedInto !== void 0) {
    return `${download.tool} pipes ${url} straight into ${download.pipedInto}, so it is ${use.kind} before anything can verify it.`;
  }
  if (download.tool === "ADD") {
    const into = download.file ? ` into ${download.file}` : "";
    return `ADD fetches ${url}${into} without a checksum (ADD --checksum=sha256:<digest>${/\.git\b|^git@/.test(url) ? ", or a Git URL pinned to a commit id" : ""}).`;
  }
  const file = download.file ? ` to ${download.file}` : "";
  const where2 = use.line === download.line ? "" : ` (line ${use.line})`;
  const what = use.kind === "put on PATH" && use.by.includes(" into ") ? `it lands ${how}` : `it is ${how}${where2}`;
  return `${download.tool} downloads ${url}${file} and ${what} without a checksum or signature check first.`;
}
var unverifiedDownload = defineCheck({
  id: "unverified-download",
  title: "Download used without verification",
  severity: "medium",
  rationale: "A file fetched at build time and then run, unpacked, installed or put on PATH without checking its checksum or signature ships whatever the server (or anyone on the way) sent.",
  remediation: `Verify before use: pin the expected digest and check it (echo "<sha256>  file" | sha256sum -c -, or ADD --checksum=sha256:<digest> <url>), or verify the publisher's signature (gpg --verify, cosign verify-blob, minisign -V).`,
  references: ["CIS Docker Benchmark 4.9", "NIST SP 800-190 §4.1.5", "SLSA Build L3 (hermetic inputs)", "hadolint DL3020"],
  rules: {
    "no-checksum": "A download executed, unpacked, installed or put on PATH without a checksum or signature check first"
  },
  presets: {
    default: {
      action: "warn",
      why: "Common in Dockerfiles that are otherwise fine: a team should see them before they block. Replaces `add-remote-url` (still accepted in policies, with a warning)."
    },
    strict: { action: "fail", why: "A regulated image verifies everything it downloads." }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    for (const download of downloadsOf(dockerfile)) {
      if (!download.unverifiedUse || download.checksummed) continue;
      findings.push(
        makeFinding(unverifiedDownload, {
          rule: "no-checksum",
          message: describe2(download),
          location: { file, line: download.line },
          key: `${file}|${download.tool}|${shownUrl(download.urls[0] ?? "")}|${download.file ?? download.pipedInto ?? ""}`
        })
      );
    }
    return findings;
  }
});

// src/checks/insecure-download.ts
function isLoopback(host) {
  const name = host.replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1").toLowerCase();
  return name === "localhost" || name === "::1" || name.startsWith("127.");
}
var insecureDownload = defineCheck({
  id: "insecure-download",
  title: "Download over plain HTTP",
  severity: "medium",
  rationale: "Anything fetched over plain http:// can be read and replaced by anyone on the network path; unlike signed package repositories, a bare download has nothing else that vouches for it.",
  remediation: "Download over https:// (and verify a checksum or signature); package-manager repositories may stay on http only because their metadata is signed.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.9", "Trivy DS-0005"],
  rules: {
    "plain-http": "A download over plain http:// (signed package repositories excepted)"
  },
  presets: {
    default: { action: "warn", why: "Hardening: reported so a team can move the download to https before it blocks." },
    strict: { action: "fail", why: "Everything a regulated build fetches travels over TLS." }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    for (const download of downloadsOf(dockerfile)) {
      for (const url of download.urls) {
        const match = /^http:\/\/([^/?#]*)/i.exec(url);
        if (!match || isLoopback(match[1].replace(/^[^@]*@/, ""))) continue;
        const shown = shownUrl(url);
        if (seen.has(`${download.line}|${shown}`)) continue;
        seen.add(`${download.line}|${shown}`);
        const verified = download.checksummed || download.verified === true;
        const verb = download.tool === "ADD" ? "ADD fetches" : `${download.tool} downloads`;
        findings.push(
          makeFinding(insecureDownload, {
            rule: "plain-http",
            message: `${verb} ${shown} over plain HTTP${verified ? "; its checksum is verified, so the content is safe but anyone on the path sees and can block what the build fetches" : ""}.`,
            location: { file, line: download.line },
            key: `${file}|plain-http|${shown}`,
            ...verified ? { severity: "low" } : {}
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/missing-attestations.ts
var ATTESTATION_REQUIREMENTS = { sbom: "no-sbom", provenance: "no-provenance" };
var WHAT = { sbom: "an SBOM (SPDX or CycloneDX)", provenance: "SLSA provenance (v0.2 or v1)" };
function describe3(record2) {
  const where2 = record2.discovery === "image-index" ? "in the image index" : record2.discovery === "cosign-tag" ? `in ${record2.where}` : `as ${record2.discovery === "oci-layout" ? "a layout entry" : "a referrer"}`;
  if (record2.unreadable !== void 0) return `${record2.predicateType || "an attestation"} ${where2} cannot be read: ${record2.unreadable}`;
  return `${record2.predicateType} ${where2} names ${record2.subjects.join(", ") || "no digest"}`;
}
var OPTIONS = {
  require: optional(array(_enum(["sbom", "provenance"])).check(describe("Which attestations the image must have (default: sbom and provenance)")))
};
var missingAttestations = defineCheck({
  id: "missing-attestations",
  title: "Image has no SBOM or provenance attestation",
  severity: "medium",
  rules: { "no-sbom": "No SBOM attestation for the image", "no-provenance": "No SLSA provenance attestation for the image" },
  options: OPTIONS,
  presets: {
    default: { action: "off", why: "Reaches the registry: turn it on in your own policy." },
    strict: { action: "fail", why: "Images read from a registry must carry an SBOM and provenance." }
  },
  network: true,
  rationale: "Without an SBOM nobody can tell what an image contains when the next vulnerability lands, and without provenance nobody can tell which source and build produced it.",
  remediation: "Build with docker buildx build --sbom=true --provenance=mode=max --push, or attest the pushed digest (actions/attest-build-provenance with push-to-registry, cosign attest --type slsaprovenance|spdxjson).",
  references: ["NIST SP 800-190 §4.1.5", "NIST SP 800-218 PS.3.2", "SLSA Build L1"],
  run(evidence, options) {
    const attestations = evidence.attestations;
    if (!attestations) return [];
    const required = options.require ?? ["sbom", "provenance"];
    const findings = [];
    const digests = attestations.digests.map((entry) => entry.digest);
    for (const kind of required) {
      const records = attestations.records.filter((record2) => record2.kind === kind);
      if (records.some((record2) => record2.matches && record2.unreadable === void 0)) continue;
      const rule = ATTESTATION_REQUIREMENTS[kind];
      const others = records.length > 0 ? ` Found, but not for this image: ${records.slice(0, 3).map(describe3).join("; ")}.` : "";
      findings.push(
        makeFinding(missingAttestations, {
          rule,
          message: `The image has no ${WHAT[kind]} attestation whose subject is ${digests.join(" or ")} (looked in the image index and its referrers).${others}`,
          location: { image: attestations.image },
          key: `${attestations.image.replace(/@.*$/, "")}|${rule}`
        })
      );
    }
    return findings;
  }
});

// src/checks/missing-healthcheck.ts
function fromDockerfile(dockerfile) {
  const file = dockerfile.path;
  const healthchecks = stageChain(dockerfile).flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === "HEALTHCHECK"));
  const last = healthchecks[healthchecks.length - 1];
  if (!last) return { rule: "no-healthcheck", message: "The final stage defines no HEALTHCHECK.", location: { file, line: finalStage(dockerfile).line } };
  if (/^none$/i.test(last.args.trim())) {
    return {
      rule: "healthcheck-disabled",
      message: "HEALTHCHECK NONE disables the health check the base image may define.",
      location: { file, line: last.line }
    };
  }
  return void 0;
}
var missingHealthcheck = defineCheck({
  id: "missing-healthcheck",
  title: "No HEALTHCHECK",
  severity: "low",
  rationale: "Without a health check a hung process keeps receiving traffic; the orchestrator only sees that it has not exited.",
  remediation: "Add HEALTHCHECK CMD <probe> to the final stage, or turn this check off when the ECS task definition or Kubernetes probes define health instead.",
  references: ["CIS Docker Benchmark 4.6", "Dockle CIS-DI-0006", "Trivy DS-0026"],
  rules: {
    "no-healthcheck": "No HEALTHCHECK",
    "healthcheck-disabled": "HEALTHCHECK NONE"
  },
  imageNeeds: { config: ["healthcheck"] },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile ? fromDockerfile(evidence.dockerfile) : void 0;
    let verdict = dockerfile;
    if (evidence.image) {
      const test = evidence.image.config.healthcheck?.test ?? [];
      const location = { config: "Healthcheck" };
      if (evidence.image.config.healthcheck === void 0 || test.length === 0)
        verdict = { rule: "no-healthcheck", message: "The image config has no Healthcheck.", location };
      else if (test[0] === "NONE") verdict = { rule: "healthcheck-disabled", message: "The image config disables the health check (NONE).", location };
      else verdict = void 0;
    }
    if (!verdict) return [];
    const finding = makeFinding(missingHealthcheck, { ...verdict, key: `${evidence.dockerfile?.path ?? ""}|healthcheck` });
    if (evidence.image && dockerfile) finding.locations = [verdict.location, dockerfile.location];
    return [finding];
  }
});

// src/image/tag-version.ts
var import_semver = __toESM(require_semver2(), 1);
var PRECISIONS = ["major", "minor", "patch"];
var PRERELEASE_MARKER = /^(?:rc|alpha|beta|preview|dev|pre)(?:\.?\d+)?$/i;
var ATTACHED_PRERELEASE = /^(?:rc|alpha|beta|preview|dev|pre|a|b)\.?\d*$/i;
var VERSION_TAG = /^(v?)(\d{1,9}(?:\.\d{1,9}){0,2})(?:[._](\d{1,9}))?([A-Za-z][A-Za-z0-9.]*)?(?:-(.+))?$/;
function parseVersionTag(tag) {
  const match = VERSION_TAG.exec(tag);
  if (!match) return void 0;
  const [, v = "", numbers = "", fourth, attached, suffix] = match;
  const parts = numbers.split(".");
  if (fourth !== void 0 && parts.length < 3) return void 0;
  let prereleaseText;
  if (attached !== void 0) {
    if (!ATTACHED_PRERELEASE.test(attached)) return void 0;
    prereleaseText = attached;
  }
  let variant = "";
  if (suffix !== void 0) {
    const [first = "", ...rest] = suffix.split("-");
    if (prereleaseText === void 0 && PRERELEASE_MARKER.test(first)) {
      prereleaseText = first;
      variant = rest.join("-");
    } else {
      variant = suffix;
    }
    if (variant === "" && prereleaseText === void 0) return void 0;
  }
  const release = [parts[0], parts[1] ?? "0", parts[2] ?? "0"].map((part) => String(Number(part))).join(".");
  const text = prereleaseText === void 0 ? release : `${release}-${prereleaseText.toLowerCase().replace(/^([a-z]+)\.?(\d*)$/, (_all, word, n) => n ? `${word}.${n}` : word)}`;
  const version = (0, import_semver.parse)(text, { loose: true });
  if (!version) return void 0;
  return {
    tag,
    version,
    precision: parts.length === 1 ? "major" : parts.length === 2 ? "minor" : "patch",
    build: fourth === void 0 ? 0 : Number(fourth),
    variant,
    prerelease: prereleaseText !== void 0,
    prefixed: v === "v"
  };
}
function compareVersionTags(a, b) {
  return (0, import_semver.compare)(a.version, b.version) || a.build - b.build || PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision);
}
var MOVING_NAMES = /* @__PURE__ */ new Set(["edge", "sid", "nightly", "rolling", "main", "master", "develop", "stable", "testing", "unstable", "canary", "lts", "current"]);
function movingTagName(tag) {
  const lower = tag.toLowerCase();
  if (lower.startsWith("latest-")) return "latest";
  if (lower.endsWith("-latest")) return "latest";
  const head = lower.split("-", 1)[0];
  return MOVING_NAMES.has(head) ? head : void 0;
}

// src/checks/image-uses.ts
function externalImageUses(dockerfile) {
  return dockerfile.imageUses.filter((use) => use.stageRef === void 0 && !use.scratch);
}
function describeUse(use) {
  const shown = use.written === use.resolved || use.missing.length > 0 ? use.written : `${use.written} (= ${use.resolved})`;
  switch (use.kind) {
    case "from":
      return `FROM ${shown}`;
    case "copy-from":
      return `COPY --from=${shown}`;
    case "mount-from":
      return `RUN --mount from=${shown}`;
  }
}
function describeMissing(use) {
  const names = use.missing;
  const plural2 = names.length > 1;
  return `${names.join(", ")} ${plural2 ? "have" : "has"} no value (pass ${names.map((name) => `--build-arg ${name}=...`).join(" ")})`;
}

// src/checks/mutable-tag.ts
var FLOATS = { major: "every minor and patch release", minor: "every patch release", patch: "" };
var OPTIONS2 = {
  "require-digest": optional(boolean().check(describe("Every external image must be pinned with @sha256:<digest>"))),
  "tag-precision": optional(
    _enum(PRECISIONS).check(describe("Version tags must name at least this part: with patch, node:20 and node:20.11 float (rule floating-version)"))
  )
};
var mutableTag = defineCheck({
  id: "mutable-tag",
  title: "Base image is not pinned",
  severity: "medium",
  rationale: "A tag such as latest can point to different content tomorrow, so the same Dockerfile builds a different, unreviewed image.",
  remediation: "Pin every base image to a version tag and, for reproducible builds, a digest: FROM node:20.11-alpine@sha256:<digest> (image-gate pin appends the digests and keeps them fresh).",
  references: ["NIST SP 800-190 §4.2.2", "CIS Docker Benchmark 4.2", "hadolint DL3006/DL3007"],
  rules: {
    "implicit-latest": "No tag: implicitly latest",
    "latest-tag": "The latest tag",
    "moving-tag": "A tag that moves by convention (edge, sid, nightly, lts, …)",
    "floating-version": "A version tag less precise than the policy's tag-precision",
    "not-digest-pinned": "Not pinned by digest",
    "unresolved-variable": "Reference holds a variable without a value"
  },
  options: OPTIONS2,
  presets: {
    default: {
      action: "fail",
      options: { "require-digest": false },
      why: "Untagged, `latest` and conventionally moving tags (`edge`, `sid-slim`, `lts-alpine`) fail: they change under you. Version tags pass until `require-digest` or `tag-precision` is set; neither preset sets `tag-precision`, since a digest makes a floating tag reproducible and `image-gate pin` keeps it fresh."
    },
    strict: { action: "fail", options: { "require-digest": true }, why: "Every external image is pinned by digest." }
  },
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    for (const use of externalImageUses(dockerfile)) {
      const location = { file, line: use.line };
      const key = `${file}|${use.kind}|${use.written}`;
      const add = (rule, message, severity2) => {
        const finding = makeFinding(mutableTag, { rule, message, location, key, ...severity2 ? { severity: severity2 } : {} });
        findings.push(withPinSuggestion(finding, use, evidence.baseImages));
      };
      if (use.missing.length > 0) {
        findings.push(
          makeFinding(mutableTag, {
            rule: "unresolved-variable",
            message: `${describeUse(use)}: ${describeMissing(use)}, so the image cannot be known and is treated as mutable.`,
            location,
            key
          })
        );
        continue;
      }
      const reference = use.reference;
      if (reference.digest) continue;
      const tag = reference.tag ?? "latest";
      const moving = movingTagName(tag);
      const version = parseVersionTag(tag);
      const required = options["tag-precision"];
      if (reference.implicitLatest) {
        add("implicit-latest", `${describeUse(use)} has no tag, so it means ${reference.repository}:latest, which moves.`);
      } else if (tag === "latest") {
        add("latest-tag", `${describeUse(use)} uses the latest tag, which moves.`);
      } else if (moving !== void 0) {
        add(
          "moving-tag",
          `${describeUse(use)} uses ${tag}, a tag that follows ${moving === "latest" ? "the latest release" : `"${moving}"`} and moves by convention.`
        );
      } else if (version && required && PRECISIONS.indexOf(version.precision) < PRECISIONS.indexOf(required)) {
        add(
          "floating-version",
          `${describeUse(use)} floats: ${tag} names the version only to the ${version.precision}, so it moves with ${FLOATS[version.precision]}; the policy's tag-precision is ${required}.`,
          "low"
        );
      } else if (options["require-digest"]) {
        add("not-digest-pinned", `${describeUse(use)} is not pinned by digest; the policy requires @sha256:<digest>.`, "low");
      }
    }
    return findings;
  }
});
function withPinSuggestion(finding, use, baseImages) {
  const reference = use.reference;
  const digest = baseImages?.digests[`${reference.repository}:${reference.tag ?? "latest"}`];
  const reason = unpinnableReason(use);
  if (reason !== void 0) return finding;
  if (digest === void 0) {
    finding.message += ` Pin it with image-gate pin, which appends the digest the tag points to now.`;
    return finding;
  }
  const pinned = pinnedReference(use.written, digest);
  finding.message += ` Pin it: ${use.written} → ${pinned} (image-gate pin).`;
  const span = use.span;
  finding.fix = {
    description: `Pin ${use.written} to the digest it points to now`,
    file: finding.location.file,
    region: { startLine: span.startLine, startColumn: span.startCharacter + 1, endLine: span.endLine, endColumn: span.endCharacter + 1 },
    replacement: pinned
  };
  return finding;
}

// src/checks/outdated-base-image.ts
var import_semver2 = __toESM(require_semver2(), 1);
var LEVELS = [
  { level: "patch", rule: "patch-behind", severity: "medium" },
  { level: "minor", rule: "minor-behind", severity: "low" },
  { level: "major", rule: "major-behind", severity: "low" }
];
function isNormalizedRepository(repository) {
  const host = repository.split("/")[0];
  return repository.includes("/") && (/[.:]/.test(host) || host === "localhost") && !/[:@]/.test(repository.slice(host.length));
}
var OPTIONS3 = {
  newer: optional(_enum(PRECISIONS).check(describe("Report newer releases at or above this level: patch (default), minor or major"))),
  ranges: optional(
    record(
      string().check(_minLength(1)),
      string().check(refine((text) => (0, import_semver2.validRange)(text, { loose: true }) !== null, 'expected a semver range such as ">=20.11 <23"'))
    ).check(
      refine((ranges) => Object.keys(ranges).every(isNormalizedRepository), {
        error: (issue) => `"${Object.keys(issue.input).find((key) => !isNormalizedRepository(key))}" is not a normalized repository; write it with its registry and without a tag, such as docker.io/library/node`
      }),
      describe("A semver range per normalized repository (docker.io/library/node); a tag outside it is out-of-range")
    )
  ),
  "on-unavailable": optional(_enum(["warn", "fail"]).check(describe("The registry's tag list could not be read: warn (default) or fail (exit 2)")))
};
var outdatedBaseImage = defineCheck({
  id: "outdated-base-image",
  title: "Base image has newer releases",
  severity: "medium",
  rationale: "A base image tag that is behind its registry's newest release of the same line ships the vulnerabilities the newer release fixed; patch releases are mostly security fixes.",
  remediation: "Move the FROM to the newest release the finding names (same variant), or keep a floating tag pinned by digest and refresh it with image-gate pin on a schedule; set ranges for the versions you support.",
  references: ["CIS Docker Benchmark 4.4", "NIST SP 800-190 §4.1.1", "NIST SP 800-190 §4.2.2"],
  network: true,
  rules: {
    "patch-behind": "A newer patch release of the same minor and variant",
    "minor-behind": "A newer minor release of the same major and variant",
    "major-behind": "A newer major release of the same variant",
    "out-of-range": "A tag outside the policy's semver range for the repository",
    "tags-unavailable": "The repository's tag list could not be read (advice; never blocks)"
  },
  options: OPTIONS3,
  presets: {
    default: {
      action: "off",
      why: "It reads every base image's tag list from its registry; a run without a policy stays offline and fast."
    },
    strict: {
      action: "warn",
      options: { newer: "patch", "on-unavailable": "warn" },
      why: "Warns rather than fails: a newer major is a migration to plan, not a defect, and a blocking verdict would change with the registry instead of with the code. To enforce versions, set `ranges` and `action: fail`."
    }
  },
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    const registry = evidence.baseImages;
    if (!dockerfile || !registry) return [];
    const file = dockerfile.path;
    const newer = options.newer ?? "patch";
    const ranges = options.ranges ?? {};
    const findings = [];
    for (const use of externalImageUses(dockerfile)) {
      if (use.kind !== "from" || !use.reference) continue;
      const reference = use.reference;
      const listing = registry.tags[reference.repository];
      const range = ranges[reference.repository];
      const location = { file, line: use.line };
      const add = (rule, severity2, message) => findings.push(makeFinding(outdatedBaseImage, { rule, severity: severity2, message, location, key: `${file}|${use.written}` }));
      if (listing && "unavailable" in listing) {
        const finding = makeFinding(outdatedBaseImage, {
          rule: "tags-unavailable",
          severity: "info",
          message: `${describeUse(use)}: the tags of ${reference.repository} could not be read, so its freshness is unknown: ${listing.unavailable}`,
          location,
          key: `${file}|${use.written}`
        });
        finding.advisory = true;
        findings.push(finding);
      }
      const tags = listing && "tags" in listing ? parsedTags(listing) : void 0;
      const current = reference.tag !== void 0 ? parseVersionTag(reference.tag) : void 0;
      if (range !== void 0 && (0, import_semver2.validRange)(range, { loose: true }) !== null) {
        const verdict = rangeVerdict(use, current, tags, range);
        if (verdict) add("out-of-range", "medium", verdict);
      }
      if (!current || !tags) continue;
      const sameLine = tags.filter((tag) => tag.variant === current.variant && (current.prerelease || !tag.prerelease));
      for (const { level: level2, rule, severity: severity2 } of LEVELS) {
        if (PRECISIONS.indexOf(level2) > PRECISIONS.indexOf(newer)) continue;
        const newest = newestAt(level2, current, sameLine);
        if (!newest) continue;
        const repository = use.resolved.replace(/@.*$/, "").replace(/:[^:/]+$/, "");
        add(rule, severity2, `${describeUse(use)} is a ${level2} release behind: ${newestText(level2, current, newest, repository)}.`);
      }
    }
    return findings;
  }
});
var parsedCache = /* @__PURE__ */ new WeakMap();
function parsedTags(listing) {
  let parsed = parsedCache.get(listing);
  if (!parsed) {
    parsed = listing.tags.map(parseVersionTag).filter((tag) => tag !== void 0);
    parsedCache.set(listing, parsed);
  }
  return parsed;
}
function newestAt(level2, current, candidates) {
  if (PRECISIONS.indexOf(current.precision) < PRECISIONS.indexOf(level2)) return void 0;
  const { major, minor } = current.version;
  const newer = candidates.filter((tag) => {
    const version = tag.version;
    if (PRECISIONS.indexOf(tag.precision) < PRECISIONS.indexOf(level2)) return false;
    if (level2 === "patch")
      return version.major === major && version.minor === minor && compareVersionTags({ ...tag, precision: "patch" }, { ...current, precision: "patch" }) > 0;
    if (level2 === "minor") return version.major === major && version.minor > minor;
    return version.major > major;
  });
  if (newer.length === 0) return void 0;
  const samePrecision = newer.filter((tag) => tag.precision === current.precision);
  const pool = samePrecision.length > 0 ? samePrecision : newer;
  return pool.reduce(
    (best, tag) => compareVersionTags(tag, best) > 0 || compareVersionTags(tag, best) === 0 && tag.prefixed === current.prefixed && best.prefixed !== current.prefixed ? tag : best
  );
}
function newestText(level2, current, newest, repository) {
  const { major, minor } = current.version;
  const line = level2 === "patch" ? `${major}.${minor}` : level2 === "minor" ? `${major}.x` : "";
  const variant = current.variant ? ` ${current.variant}` : "";
  const scope = level2 === "major" ? `the newest${variant} release` : `the newest${variant} ${line} release`;
  return `${repository}:${newest.tag} is ${scope}`;
}
function rangeVerdict(use, current, tags, range) {
  const reference = use.reference;
  const where2 = `the policy's range for ${reference.repository} (${range})`;
  if (reference.tag === void 0 && reference.digest !== void 0)
    return `${describeUse(use)} is pinned by digest only, so it cannot be shown to be in ${where2}.`;
  if (!current) return `${describeUse(use)}: ${reference.tag ?? "latest"} is not a version tag, so it cannot be shown to be in ${where2}.`;
  const options = { loose: true, includePrerelease: current.prerelease };
  let version = current.version.version;
  if (current.precision !== "patch") {
    const covered = (tags ?? []).filter((tag) => tag.variant === current.variant && (current.prerelease || !tag.prerelease)).filter((tag) => tag.version.major === current.version.major && (current.precision === "major" || tag.version.minor === current.version.minor)).map((tag) => tag.version.version);
    const newest = (0, import_semver2.maxSatisfying)(covered, "*", options);
    if (newest === null) return (0, import_semver2.intersects)(floatingRange(current), range, options) ? void 0 : `${describeUse(use)}: ${current.tag} is outside ${where2}.`;
    version = newest;
  }
  if ((0, import_semver2.satisfies)(version, range, options)) return void 0;
  const inRange = (tags ?? []).filter((tag) => tag.variant === current.variant && !tag.prerelease && (0, import_semver2.satisfies)(tag.version, range, { loose: true })).sort(compareVersionTags).pop();
  const suggestion = inRange ? `; ${inRange.tag} is in range` : "";
  const shown = version === current.version.version && current.precision === "patch" ? version : `${current.tag}, ${version} now`;
  return `${describeUse(use)}: ${shown} is outside ${where2}${suggestion}.`;
}
function floatingRange(tag) {
  return tag.precision === "major" ? `${tag.version.major}.x` : `${tag.version.major}.${tag.version.minor}.x`;
}

// src/checks/package-cache.ts
var CACHES = [
  {
    rule: "apt-lists",
    what: "apt package lists",
    pattern: /^\/var\/lib\/apt\/lists\/(?!lock$|partial(?:\/|$)|auxfiles(?:\/|$))[^/]+$/,
    fix: "rm -rf /var/lib/apt/lists/*"
  },
  { rule: "apt-archives", what: "downloaded .deb packages", pattern: /^\/var\/cache\/apt\/archives\/[^/]+\.deb$/, fix: "apt-get clean" },
  { rule: "apk-cache", what: "the apk cache", pattern: /^\/(?:var\/cache\/apk|etc\/apk\/cache)\/[^/]+$/, fix: "apk add --no-cache" },
  { rule: "pip-cache", what: "the pip cache", pattern: /^\/(?:root|home\/[^/]+)\/\.cache\/pip\//, fix: "pip install --no-cache-dir" },
  {
    rule: "npm-cache",
    what: "the npm cache",
    pattern: /^\/(?:root|home\/[^/]+)\/\.npm\/_cacache\//,
    fix: "npm cache clean --force, or RUN --mount=type=cache"
  },
  {
    rule: "yum-cache",
    what: "the yum/dnf cache",
    pattern: /^\/var\/cache\/(?:yum|dnf)\/.+\.(?:rpm|sqlite|solv|xml\.gz)$/,
    fix: "yum clean all / dnf clean all"
  }
];
var packageCache = defineCheck({
  id: "package-cache",
  title: "Package manager cache left in the image",
  severity: "low",
  rationale: "Package indexes and caches add size and stale metadata that scanners and attackers can read, and they show the image was not built with clean, reproducible steps.",
  remediation: "Clean up in the same RUN that installs (apt-get ... && rm -rf /var/lib/apt/lists/*, apk add --no-cache, pip --no-cache-dir), or use RUN --mount=type=cache.",
  references: ["Dockle DKL-DI-0004", "Dockle DKL-DI-0005", "hadolint DL3009", "Trivy DS-0017"],
  rules: {
    "apt-lists": "apt package lists left in the image",
    "apt-archives": "Downloaded .deb packages left in the image",
    "apk-cache": "apk cache left in the image",
    "pip-cache": "pip cache left in the image",
    "npm-cache": "npm cache left in the image",
    "yum-cache": "yum/dnf cache left in the image"
  },
  imageNeeds: { entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const cache of CACHES) {
      const files = image.files.filter((file) => !file.deleted && file.type === "file" && cache.pattern.test(file.path));
      if (files.length === 0) continue;
      const bytes = files.reduce((sum, file) => sum + file.size, 0);
      const largest = files.reduce((a, b) => b.size > a.size ? b : a);
      findings.push(
        makeFinding(packageCache, {
          rule: cache.rule,
          message: `The image keeps ${cache.what}: ${files.length} file${files.length === 1 ? "" : "s"}, ${(bytes / 1024 / 1024).toFixed(1)} MiB (clean with ${cache.fix}).`,
          location: layerLocation(largest),
          key: cache.rule
        })
      );
    }
    return findings;
  }
});

// src/checks/registry-settings.ts
function ecrWildcardMatch(filter, text) {
  const pattern = filter.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${pattern}$`).test(text);
}
function shellQuote(text) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function cli(settings, command, args) {
  return `aws ecr ${command} ${args.join(" ")} --region ${settings.region}`;
}
function mutableTags(settings) {
  const base = ["--registry-id", settings.account, "--repository-name", shellQuote(settings.name)];
  const immutable = cli(settings, "put-image-tag-mutability", [...base, "--image-tag-mutability", "IMMUTABLE"]);
  const tag = settings.tag;
  const matching = tag === void 0 ? [] : settings.exclusionFilters.filter((entry) => ecrWildcardMatch(entry.filter, tag));
  switch (settings.tagMutability) {
    case "IMMUTABLE":
      return void 0;
    case "IMMUTABLE_WITH_EXCLUSION": {
      if (matching.length === 0) return void 0;
      const remaining = settings.exclusionFilters.filter((entry) => !matching.includes(entry));
      const fix = remaining.length === 0 ? immutable : cli(settings, "put-image-tag-mutability", [
        ...base,
        "--image-tag-mutability",
        "IMMUTABLE_WITH_EXCLUSION",
        "--image-tag-mutability-exclusion-filters",
        ...remaining.map((entry) => shellQuote(`filterType=${entry.filterType},filter=${entry.filter}`))
      ]);
      return {
        problem: `tags are immutable except those matching ${matching.map((entry) => `"${entry.filter}"`).join(", ")}, which the judged tag "${tag}" does: it can be overwritten`,
        fix
      };
    }
    case "MUTABLE_WITH_EXCLUSION":
      if (matching.length > 0) return void 0;
      return {
        problem: `tags are mutable except those matching ${settings.exclusionFilters.map((entry) => `"${entry.filter}"`).join(", ") || "no filter"}${tag === void 0 ? "" : `, and the judged tag "${tag}" matches none`}`,
        fix: immutable
      };
    default:
      return { problem: `imageTagMutability is ${settings.tagMutability}: any tag can be pushed over`, fix: immutable };
  }
}
function rulesWithRepository(settings) {
  const frequency = "SCAN_ON_PUSH";
  const rules = settings.registryRules.map((rule) => ({
    scanFrequency: rule.scanFrequency,
    repositoryFilters: rule.repositoryFilters.map((entry) => ({ ...entry }))
  }));
  const target = rules.find((rule) => rule.scanFrequency === frequency || settings.scanType === "ENHANCED" && rule.scanFrequency === "CONTINUOUS_SCAN");
  const filter = { filter: settings.name, filterType: "WILDCARD" };
  if (target) target.repositoryFilters.push(filter);
  else rules.push({ scanFrequency: frequency, repositoryFilters: [filter] });
  return JSON.stringify(rules);
}
function scanOnPush(settings) {
  const fix = cli(settings, "put-registry-scanning-configuration", ["--scan-type", settings.scanType, "--rules", shellQuote(rulesWithRepository(settings))]);
  if (settings.scanType === "ENHANCED") {
    const covering = settings.registryRules.filter(
      (rule) => (rule.scanFrequency === "SCAN_ON_PUSH" || rule.scanFrequency === "CONTINUOUS_SCAN") && rule.repositoryFilters.some((entry) => ecrWildcardMatch(entry.filter, settings.name))
    );
    if (covering.length > 0) return void 0;
    const filters = settings.registryRules.flatMap((rule) => rule.repositoryFilters.map((entry) => `"${entry.filter}"`));
    return { problem: `enhanced scanning is on, but no scanning rule's filter (${filters.join(", ") || "none"}) covers the repository ${settings.name}`, fix };
  }
  if (settings.scanFrequency === "SCAN_ON_PUSH" || settings.scanFrequency === "CONTINUOUS_SCAN") return void 0;
  return {
    problem: `basic scanning, and the repository's effective scan frequency is ${settings.scanFrequency ?? "not reported"}${settings.scanOnPush === false ? " (scanOnPush false)" : ""}: pushed images are not scanned`,
    fix
  };
}
var OPTIONS4 = {
  require: optional(
    array(_enum(["tag-immutability", "scan-on-push", "kms-encryption"])).check(describe("Which repository settings are required (default: all three)"))
  )
};
var registrySettings = defineCheck({
  id: "registry-settings",
  title: "ECR repository lets images change or ship unscanned",
  severity: "medium",
  rules: {
    "mutable-tags": "Tags of the repository can be overwritten",
    "scan-on-push-off": "Pushed images are not scanned",
    "no-kms-encryption": "The repository is not encrypted with KMS"
  },
  options: OPTIONS4,
  presets: {
    default: { action: "off", why: "Calls AWS: turn it on in your own policy." },
    strict: { action: "fail", why: "The repository behind --ecr-image must keep tags immutable, scan on push and encrypt with KMS." }
  },
  network: true,
  rationale: "A repository whose tags can be overwritten lets a later push replace what was reviewed; one that does not scan on push ships images nobody scanned; KMS keeps the encryption key under your control and its use in CloudTrail.",
  remediation: "Run the AWS CLI command in the finding: tag immutability and scanning are changed in place; encryption is chosen when a repository is created.",
  references: ["NIST SP 800-190 §4.2.2, §4.2.3", "CIS AWS Foundations (ECR)", "AWS Security Hub ECR.1, ECR.2"],
  run(evidence, options) {
    const settings = evidence.repositorySettings;
    if (!settings) return [];
    const required = options.require ?? ["tag-immutability", "scan-on-push", "kms-encryption"];
    const findings = [];
    const add = (rule, problem, fix) => findings.push(
      makeFinding(registrySettings, {
        rule,
        message: `ECR repository ${settings.name} (account ${settings.account}, ${settings.region}): ${problem}. Fix: ${fix}`,
        location: { image: settings.repository },
        key: `${settings.account}|${settings.region}|${settings.name}|${rule}`
      })
    );
    if (required.includes("tag-immutability")) {
      const problem = mutableTags(settings);
      if (problem) add("mutable-tags", problem.problem, problem.fix);
    }
    if (required.includes("scan-on-push")) {
      const problem = scanOnPush(settings);
      if (problem) add("scan-on-push-off", problem.problem, problem.fix);
    }
    if (required.includes("kms-encryption") && settings.encryptionType !== "KMS" && settings.encryptionType !== "KMS_DSSE") {
      add(
        "no-kms-encryption",
        `encrypted with ${settings.encryptionType} (S3-managed keys), not KMS; encryption cannot be changed on an existing repository`,
        `create a KMS-encrypted repository and push there: ${cli(settings, "create-repository", ["--repository-name", shellQuote(`${settings.name}-kms`), "--image-tag-mutability", "IMMUTABLE", "--encryption-configuration", "encryptionType=KMS"])} (or set encryptionType=KMS in a repository creation template for new repositories)`
      );
    }
    return findings;
  }
});

// src/image/sudoers.ts
function logicalLines(text) {
  const lines = [];
  let current;
  text.split(/\r?\n/).forEach((raw, index) => {
    const withoutComment = /^\s*[#@]include/.test(raw) ? "" : raw.replace(/(^|[\s,(=:!])#(?!\d).*$/, "$1");
    if (current) current.text += ` ${withoutComment.trim()}`;
    else current = { text: withoutComment.trim(), line: index + 1 };
    if (current.text.endsWith("\\")) {
      current.text = current.text.slice(0, -1);
      return;
    }
    if (current.text !== "") lines.push(current);
    current = void 0;
  });
  if (current && current.text !== "") lines.push(current);
  return lines;
}
function splitList(text) {
  return text.split(/(?<!\\),/).map((item) => item.trim()).filter((item) => item !== "");
}
var USER_SPEC = /^((?:[^\s,=]+\s*,\s*)*[^\s,=]+)\s+((?:[^\s,=]+\s*,\s*)*[^\s,=]+)\s*=\s*(.+)$/;
function parseSudoers(text) {
  const sudoers = { rules: [], aliases: { user: /* @__PURE__ */ new Map(), runas: /* @__PURE__ */ new Map(), command: /* @__PURE__ */ new Map() }, noAuthenticate: [] };
  for (const { text: line, line: number2 } of logicalLines(text)) {
    const defaults = /^Defaults(?:([:>@!])(\S+))?\s+(.*)$/.exec(line);
    if (defaults) {
      const settings = splitList(defaults[3]);
      if (settings.some((setting) => /^!\s*authenticate$/.test(setting))) {
        if (defaults[1] === void 0) sudoers.noAuthenticate.push("ALL");
        else if (defaults[1] === ":") sudoers.noAuthenticate.push(...splitList(defaults[2]));
      }
      continue;
    }
    const alias = /^(User|Runas|Cmnd|Cmd|Host)_Alias\s+(.+)$/.exec(line);
    if (alias) {
      const target = alias[1] === "User" ? sudoers.aliases.user : alias[1] === "Runas" ? sudoers.aliases.runas : alias[1] === "Host" ? void 0 : sudoers.aliases.command;
      for (const definition of alias[2].split(/\s:\s/)) {
        const match = /^([A-Z][A-Z0-9_]*)\s*=\s*(.+)$/.exec(definition.trim());
        if (match && target) target.set(match[1], splitList(match[2]));
      }
      continue;
    }
    const spec = USER_SPEC.exec(line);
    if (!spec) continue;
    const users = splitList(spec[1]);
    const commands = [];
    let nopasswd = false;
    let runas;
    for (const part of spec[3].split(/\s:\s*(?=[^\s,=]+\s*=)/)) {
      const body = part.replace(/^[^\s,=]+\s*=\s*/, "");
      for (let item of splitList(body)) {
        const runasMatch = /^\(([^)]*)\)\s*(.*)$/.exec(item);
        if (runasMatch) {
          runas = runasMatch[1].split(":")[0].trim() === "" ? [] : splitList(runasMatch[1].split(":")[0]);
          item = runasMatch[2];
        }
        for (let tag = /^([A-Z_]+):\s*(.*)$/.exec(item); tag; tag = /^([A-Z_]+):\s*(.*)$/.exec(item)) {
          if (tag[1] === "NOPASSWD") nopasswd = true;
          if (tag[1] === "PASSWD") nopasswd = false;
          item = tag[2];
        }
        if (item === "") continue;
        commands.push({ command: item, nopasswd, asRoot: runas === void 0 || runsAsRoot(runas, sudoers.aliases.runas) });
      }
    }
    sudoers.rules.push({ users, commands, line: number2, text: line.length > 160 ? `${line.slice(0, 157)}…` : line });
  }
  return sudoers;
}
function runsAsRoot(list2, aliases, depth = 0) {
  return list2.some((item) => {
    if (item.startsWith("!")) return false;
    if (item === "ALL" || item === "root" || item === "#0") return true;
    const alias = aliases.get(item);
    return alias !== void 0 && depth < 8 && runsAsRoot(alias, aliases, depth + 1);
  });
}
function listMatches(list2, user, aliases, depth = 0) {
  let matched = false;
  for (const raw of list2) {
    const negated = raw.startsWith("!");
    const item = raw.replace(/^!+\s*/, "");
    let hit = item === "ALL" || item === user.name || user.uid !== void 0 && item === `#${user.uid}`;
    if (!hit && item.startsWith("%")) hit = user.groups.includes(item.slice(1)) || user.groups.includes(item.slice(1).replace(/^:/, ""));
    if (!hit && aliases.has(item) && depth < 8) hit = listMatches(aliases.get(item), user, aliases, depth + 1);
    if (hit) matched = !negated;
  }
  return matched;
}
var ROOT_YIELDING = /* @__PURE__ */ new Set([
  "sh",
  "bash",
  "dash",
  "zsh",
  "ksh",
  "ash",
  "fish",
  "csh",
  "tcsh",
  "su",
  "sudo",
  "sudoedit",
  "visudo",
  "chown",
  "chmod",
  "chgrp",
  "tee",
  "cp",
  "mv",
  "dd",
  "install",
  "ln",
  "rsync",
  "tar",
  "vi",
  "vim",
  "nvim",
  "view",
  "nano",
  "pico",
  "emacs",
  "ed",
  "joe",
  "less",
  "more",
  "man",
  "find",
  "env",
  "xargs",
  "awk",
  "gawk",
  "mawk",
  "sed",
  "perl",
  "ruby",
  "node",
  "lua",
  "php",
  "busybox",
  "apt",
  "apt-get",
  "aptitude",
  "dpkg",
  "yum",
  "dnf",
  "microdnf",
  "rpm",
  "apk",
  "zypper",
  "pip",
  "npm",
  "gem",
  "docker",
  "mount",
  "crontab",
  "passwd",
  "chpasswd",
  "useradd",
  "usermod",
  "systemctl",
  "git",
  "script"
]);
function yieldsRoot(command) {
  const program = command.trim().split(/\s+/)[0] ?? "";
  if (program === "ALL" || program === "sudoedit") return true;
  if (/\*/.test(program)) return true;
  const name = program.replace(/^.*\//, "");
  return ROOT_YIELDING.has(name) || /^python[0-9.]*$/.test(name) || /^pip[0-9.]*$/.test(name) || /^php[0-9.]*$/.test(name);
}
function rootEquivalentRules(sudoers, user) {
  const noAuth = listMatches(sudoers.noAuthenticate, user, sudoers.aliases.user);
  const found = [];
  for (const rule of sudoers.rules) {
    if (!listMatches(rule.users, user, sudoers.aliases.user)) continue;
    const commands = [];
    for (const command of rule.commands) {
      if (command.command.startsWith("!")) continue;
      const expanded = sudoers.aliases.command.get(command.command);
      if (!expanded) commands.push(command);
      else for (const item of expanded) commands.push({ command: item, nopasswd: command.nopasswd, asRoot: command.asRoot });
    }
    for (const command of commands) {
      if (!command.asRoot || command.command.startsWith("!") || !yieldsRoot(command.command)) continue;
      const because = command.nopasswd ? "NOPASSWD" : noAuth ? "!authenticate" : user.emptyPassword ? "empty password" : void 0;
      if (because === void 0) continue;
      found.push({ rule, command: command.command, because });
      break;
    }
  }
  return found;
}

// src/checks/passwordless-sudo.ts
var SUDOERS = "sudoers";
var PASSWORDLESS_SUDO_NEEDS = {
  files: [
    {
      path: String.raw`^\/etc\/(?:sudoers|sudoers\.d\/[^/]+)$`,
      why: "sudo's rules, /etc/sudoers and /etc/sudoers.d (the passwordless-sudo rule; not read with `passwordless-sudo: false`)",
      name: SUDOERS
    },
    ...accountDatabaseNeeds("passwd", "group", "shadow")
  ],
  entries: true,
  config: ["user"]
};
var ADMIN_GROUPS = ["sudo", "wheel", "admin"];
function describe4(grant, user) {
  const how = grant.because === "NOPASSWD" ? "without a password (NOPASSWD)" : grant.because === "!authenticate" ? "without a password (Defaults !authenticate)" : "and the account's password is empty";
  const what = grant.command === "ALL" ? "any command" : grant.command;
  return `The final user ${user} may run ${what} as root through sudo ${how} ("${grant.rule.text}"): the container runs as root in all but name.`;
}
function dockerfileGroups(dockerfile, user) {
  const groups = new Set(ADMIN_GROUPS);
  for (const { command } of commandsOf(stageChain(dockerfile).flatMap((stage) => stage.instructions))) {
    const [program = "", ...args] = command.words.filter((word) => !/^(?:sudo|-[a-z]*f)$/.test(word));
    const groupList = (value) => (value ?? "").split(",").forEach((group) => group && groups.add(group));
    if ((program === "usermod" || program === "useradd") && args[args.length - 1] === user) {
      args.forEach((arg, index) => {
        if (arg === "-G" || arg === "--groups" || /^-a?G$/.test(arg) || arg === "-aG") groupList(args[index + 1]);
        else if (arg.startsWith("--groups=")) groupList(arg.slice(9));
      });
    } else if ((program === "adduser" || program === "addgroup") && args.filter((arg) => !arg.startsWith("-")).length === 2) {
      const [who, group] = args.filter((arg) => !arg.startsWith("-"));
      if (who === user) groupList(group);
    } else if (program === "gpasswd" && args[0] === "-a" && args[1] === user) groupList(args[2]);
  }
  return [...groups];
}
var SUDOERS_PATH = /\/etc\/sudoers(?:\.d(?:\/\S*)?)?/;
function writtenSudoers(command) {
  const chain = [];
  for (let item = command; item; item = item.pipedFrom) chain.unshift(item);
  const words = chain.flatMap((item) => item.words);
  const target = words.map((word) => SUDOERS_PATH.exec(word)?.[0]).find((path4) => path4 !== void 0);
  if (target === void 0) return void 0;
  const text = words.filter((word) => !SUDOERS_PATH.test(word)).join("\n").replace(/\\n/g, "\n");
  return { text, target };
}
function removes(operand, target) {
  const dir = operand.replace(/\/\*?$/, "");
  return operand === target || target.startsWith(`${dir}/`) && (operand.endsWith("*") || /^\/etc\/sudoers\.d\/?$/.test(operand));
}
function dockerfileSudo(dockerfile) {
  const stage = finalStage(dockerfile);
  const userValue = stage.user?.value.split(":")[0] ?? "";
  if (userValue === "") return void 0;
  const user = /^\d+$/.test(userValue) ? { name: userValue, uid: Number(userValue), groups: dockerfileGroups(dockerfile, userValue) } : { name: userValue, groups: dockerfileGroups(dockerfile, userValue) };
  const found = [];
  const variables = /* @__PURE__ */ new Map();
  const lookup = (name) => variables.get(name);
  const judge2 = (text, line, target) => {
    const expanded = expandWord(text.replace(/['"]/g, ""), lookup).value;
    const grants = rootEquivalentRules(parseSudoers(expanded), user);
    if (grants.length > 0)
      found.push({ place: { file: dockerfile.path, line }, target: expandWord(target, lookup).value, message: describe4(grants[0], user.name) });
  };
  for (const current of stageChain(dockerfile)) {
    for (const instruction of current.instructions) {
      if (instruction.keyword === "ENV" || instruction.keyword === "ARG") {
        for (const property of instruction.properties ?? []) if (property.value !== null) variables.set(property.name, property.value);
        continue;
      }
      const heredocTarget = /\/etc\/sudoers/.test(instruction.args) && (instruction.keyword === "COPY" || instruction.keyword === "ADD" || instruction.keyword === "RUN");
      if (heredocTarget) for (const heredoc of instruction.heredocs) judge2(heredoc.content, heredoc.line, SUDOERS_PATH.exec(instruction.args)[0]);
      for (const script of runScripts(instruction)) {
        for (const command of shellCommands(script)) {
          const words = command.words.filter((word) => word !== "sudo");
          if (words[0] === "rm") {
            const operands = words.slice(1).filter((word) => !word.startsWith("-"));
            for (let index = found.length - 1; index >= 0; index--)
              if (operands.some((operand) => removes(operand, found[index].target))) found.splice(index, 1);
            continue;
          }
          const written = writtenSudoers(command);
          if (written !== void 0) judge2(written.text, command.line, written.target);
        }
      }
    }
  }
  if (found.length === 0) return void 0;
  const places = found.map((item) => item.place);
  return { message: found[0].message, location: places[0], locations: places };
}
function imageSudo(image) {
  const read = image.read[SUDOERS];
  const hasSudo = image.files.some((file) => /^\/(?:usr\/)?(?:local\/)?s?bin\/sudo$/.test(file.path) && !file.deleted);
  if (!read || read.versions.length === 0 || !hasSudo) return "no-sudo";
  const sudoers = read.final;
  const configUser = image.config.user.split(":")[0] ?? "";
  if (configUser === "") return void 0;
  const passwdText = accountDatabase(image, "passwd");
  const groupText = accountDatabase(image, "group");
  const shadowText = accountDatabase(image, "shadow");
  const passwd = passwdText ? parsePasswd(passwdText) : [];
  const account = /^\d+$/.test(configUser) ? passwd.find((entry) => entry.uid === Number(configUser)) : passwd.find((entry) => entry.name === configUser);
  if (account?.uid === 0) return void 0;
  const name = account?.name ?? configUser;
  const groups = /* @__PURE__ */ new Set();
  for (const group of groupText ? parseGroup(groupText) : []) {
    if (group.members.includes(name) || account && group.gid === account.gid) {
      groups.add(group.name);
      groups.add(`#${group.gid}`);
    }
  }
  const shadow = shadowText ? parseShadow(shadowText).find((entry) => entry.name === name) : void 0;
  const user = { name, groups: [...groups], emptyPassword: shadow !== void 0 && shadow.hash === "" };
  if (account) user.uid = account.uid;
  else if (/^\d+$/.test(configUser)) user.uid = Number(configUser);
  const main = sudoers["/etc/sudoers"];
  const included = main === void 0 || /^[#@]includedir\s+\/etc\/sudoers\.d\/?\s*$/m.test(main);
  const files = Object.entries(sudoers).filter(
    ([path4]) => path4 === "/etc/sudoers" || included && !/[.~][^/]*$/.test(path4.slice("/etc/sudoers.d/".length)) && !path4.endsWith("~")
  );
  const places = [];
  let first;
  for (const [path4, text] of files) {
    const grants = rootEquivalentRules(parseSudoers(text), user);
    if (grants.length === 0) continue;
    const entry = image.files.find((file) => file.path === path4 && !file.deleted);
    places.push({ layer: entry?.layerDigest ?? "", path: path4, deleted: false });
    first ??= describe4(grants[0], name);
  }
  if (places.length === 0) return void 0;
  return { message: first, location: places[0], locations: places };
}

// src/checks/root-user.ts
function isRootUserName(user) {
  const parsed = runtimeUser(user);
  return user === "root" || parsed.kind === "uid" && parsed.root;
}
function dockerfileVerdict(dockerfile) {
  const stage = finalStage(dockerfile);
  const file = dockerfile.path;
  const stageName = stage.name ? `"${stage.name}"` : `(FROM ${stage.base.written})`;
  const user = stage.user;
  if (!user) {
    return {
      rule: "no-user",
      message: `The final stage ${stageName} sets no USER, so the container runs as its base image's user, which is root for most images.`,
      location: { file, line: stage.line }
    };
  }
  const inherited = user.stage !== stage.index ? ` (inherited from stage ${dockerfile.stages[user.stage]?.name ?? user.stage})` : "";
  const userPart = user.value.split(":")[0] ?? "";
  if (userPart === "" && user.missing.length > 0) {
    return {
      rule: "user-unresolved",
      message: `USER ${user.written}${inherited} refers to ${user.missing.join(", ")}, which has no value; the user would be empty, which is root.`,
      location: { file, line: user.line }
    };
  }
  if (userPart === "") {
    return {
      rule: "user-root",
      message: `The final stage ${stageName} runs as root: USER ${user.written}${inherited} names no user, and runtimes run that as uid 0.`,
      location: { file, line: user.line }
    };
  }
  if (isRootUserName(userPart)) {
    const written = user.written === user.value ? user.written : `${user.written} (= ${user.value})`;
    return { rule: "user-root", message: `The final stage ${stageName} runs as root: USER ${written}${inherited}.`, location: { file, line: user.line } };
  }
  return void 0;
}
function imageVerdict(image) {
  const location = { config: "User" };
  const user = image.config.user.trim();
  if (user === "") return { rule: "config-user-empty", message: "The image config sets no User, so the container runs as root.", location };
  const parsed = runtimeUser(user);
  if (parsed.kind === "default") {
    return { rule: "config-user-empty", message: `The image config's User "${user}" names no user, so the container runs as root (uid 0).`, location };
  }
  if (parsed.kind === "uid") {
    if (!parsed.root) return void 0;
    const plain = /^0+(?::|$)/.test(user) ? "" : ` (container runtimes read ${user.split(":", 1)[0]} as uid 0)`;
    return { rule: "config-user-root", message: `The image config runs the container as root (User "${user}")${plain}.`, location };
  }
  if (parsed.name === "root") return { rule: "config-user-root", message: `The image config runs the container as root (User "${user}").`, location };
  const passwd = accountDatabase(image, "passwd");
  if (passwd !== void 0) {
    const account = passwdUid(passwd, parsed.name);
    if (account && isRootUid(account.uid)) {
      return {
        rule: "passwd-uid-0",
        message: `The image config's User "${user}" is uid 0 in the image's /etc/passwd (line ${account.line}): the container runs as root under another name.`,
        location
      };
    }
    return void 0;
  }
  const problem = accountDatabaseProblem(image, "passwd");
  if (problem !== void 0) {
    return {
      rule: "accounts-unreadable",
      message: `The image config's User "${user}" is a name, and the image's accounts could not be read (${problem}): the gate cannot tell whether it is uid 0.`,
      location
    };
  }
  return void 0;
}
var OPTIONS5 = {
  "passwordless-sudo": optional(
    boolean().check(
      describe(
        "Judge root-equivalent sudo (rule passwordless-sudo; default true). false: that rule is off, and the image's sudoers files, /etc/group and /etc/shadow are not read for it"
      )
    )
  )
};
var rootUser = defineCheck({
  id: "root-user",
  title: "Image runs as root",
  severity: "high",
  rationale: "A process running as uid 0 turns any container escape or file-write bug into host-level damage.",
  remediation: "Create an unprivileged user and end the final stage with USER <uid>:<gid> (a numeric uid that is not 0); give that user no passwordless sudo.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "AWS ECS best practices: run as non-root"],
  rules: {
    "no-user": "The final stage sets no USER",
    "user-root": "USER is root",
    "user-unresolved": "USER resolves to an empty user",
    "config-user-empty": "The image config sets no User",
    "config-user-root": "The image config's User is root",
    "passwd-uid-0": "The User is uid 0 in the image's /etc/passwd",
    "passwordless-sudo": "The final user may become root through sudo without a password",
    "accounts-unreadable": "The User is a name the image's unreadable /etc/passwd cannot resolve"
  },
  options: OPTIONS5,
  // The config's User, resolved through the image's /etc/passwd; the passwordless-sudo rule, unless turned off, reads sudo's rules too.
  imageNeeds: (options) => ({
    files: [...accountDatabaseNeeds("passwd"), ...options["passwordless-sudo"] === false ? [] : PASSWORDLESS_SUDO_NEEDS.files ?? []],
    entries: true,
    config: ["user"]
  }),
  presets: {
    default: {
      action: "fail",
      why: "Running as root is almost never needed in production; a user who can sudo to root without a password (`passwordless-sudo`) is root in all but name."
    },
    strict: { action: "fail" }
  },
  run(evidence, options) {
    const fromDockerfile3 = evidence.dockerfile ? dockerfileVerdict(evidence.dockerfile) : void 0;
    const verdict = evidence.image ? imageVerdict(evidence.image) : fromDockerfile3;
    if (!verdict) return options["passwordless-sudo"] === false ? [] : passwordlessSudo(evidence, fromDockerfile3 !== void 0);
    const finding = makeFinding(rootUser, {
      rule: verdict.rule,
      message: verdict.message,
      location: verdict.location,
      key: `${evidence.dockerfile?.path ?? ""}|runtime-user`
    });
    if (evidence.image && fromDockerfile3) finding.locations = [verdict.location, fromDockerfile3.location];
    return [finding];
  }
});
function passwordlessSudo(evidence, dockerfileUserIsRoot) {
  const fromDockerfile3 = evidence.dockerfile && !dockerfileUserIsRoot ? dockerfileSudo(evidence.dockerfile) : void 0;
  const fromImage = evidence.image ? imageSudo(evidence.image) : void 0;
  const verdict = evidence.image ? fromImage === "no-sudo" ? void 0 : fromImage : fromDockerfile3;
  if (!verdict) return [];
  const finding = makeFinding(rootUser, {
    rule: "passwordless-sudo",
    message: verdict.message,
    location: verdict.location,
    key: `${evidence.dockerfile?.path ?? ""}|passwordless-sudo`
  });
  const places = [...verdict.locations, ...evidence.image && fromDockerfile3 ? fromDockerfile3.locations : []];
  if (places.length > 1) finding.locations = places;
  return [finding];
}

// src/secrets/policy-options.ts
function compiles(source, flags) {
  try {
    return new RegExp(source, `g${flags}`).source !== "";
  } catch {
    return false;
  }
}
var regexSource = (flags) => string().check(
  _minLength(1),
  _maxLength(2e3),
  refine((source) => compiles(source, flags()), "not a valid regular expression (JavaScript syntax)"),
  refine((source) => !compiles(source, flags()) || new RegExp(source, flags()).exec("") === null, "matches the empty string")
);
var ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
var BUILTIN_IDS = new Set(BUILTIN_RULES.map((rule) => rule.id));
var secretRuleSchema = strictObject({
  id: string().check(
    _regex(ID, "expected a kebab-case id such as acme-api-key"),
    refine((id) => !BUILTIN_IDS.has(id), "is the id of a built-in rule; choose another"),
    describe("Stable kebab-case id: the finding's rule, and what exceptions name")
  ),
  title: optional(string().check(_minLength(1), _maxLength(200), describe("What the credential is, for messages (default: the id)"))),
  regex: regexSource(() => "").check(
    describe(
      "JavaScript regular expression; the named group `secret` (else the whole match) is the credential. Must not match the empty string or backtrack catastrophically"
    )
  ),
  flags: optional(string().check(_regex(/^(?!.*(.).*\1)[ims]*$/, "expected some of i, m, s"), describe("Regular expression flags: i, m, s"))),
  keywords: optional(
    array(string().check(_minLength(2), _maxLength(100))).check(describe("Literals one of which must occur (case-insensitive) before the regex runs; without keywords the rule runs on every text"))
  ),
  severity: optional(_enum(SEVERITIES).check(describe("Severity of its findings (default high)"))),
  path: optional(string().check(_minLength(1), globLength(), describe("Glob over in-image paths: the rule applies only to these files")))
});
var secretAllowSchema = strictObject({
  id: optional(string().check(_regex(ID, "expected a kebab-case id"), describe("Names the allow rule in documentation and reviews"))),
  description: optional(string().check(describe("Why these are not credentials"))),
  regex: optional(regexSource(() => "").check(describe("Regular expression over the credential: matches are not findings"))),
  path: optional(
    string().check(_minLength(1), globLength(), describe("Glob over in-image paths (archive members as /app.war!WEB-INF/x): nothing found there is a finding"))
  ),
  rules: optional(array(string().check(_minLength(1))).check(describe("Only for these rule ids (default: every rule)")))
}).check(refine((entry) => entry.regex !== void 0 || entry.path !== void 0, "needs a regex or a path"));
var secretOptionsShape = {
  rules: optional(array(secretRuleSchema).check(describe("Your own credential formats, as data (gitleaks/Trivy style)"))),
  allow: optional(array(secretAllowSchema).check(describe("What is not a credential: by regex over the value, or by in-image path glob")))
};
function policyRules(options) {
  return (options.rules ?? []).map((rule) => {
    const converted = {
      id: rule.id,
      title: rule.title ?? rule.id,
      severity: rule.severity ?? "high",
      keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase()),
      regex: rule.regex,
      origin: "policy"
    };
    if (rule.flags !== void 0) converted.flags = rule.flags;
    if (rule.path !== void 0) converted.pathGlob = rule.path;
    return converted;
  });
}
function policyAllowRules(options) {
  return (options.allow ?? []).map((entry, index) => {
    const rule = { id: entry.id ?? `policy-allow-${index + 1}`, description: entry.description ?? "declared by the policy", origin: "policy" };
    if (entry.regex !== void 0) rule.secret = entry.regex;
    if (entry.path !== void 0) rule.pathGlob = entry.path;
    if (entry.rules !== void 0) rule.rules = entry.rules;
    return rule;
  });
}
var scanners = /* @__PURE__ */ new WeakMap();
function scannerFor(options) {
  if (!options || (options.rules ?? []).length === 0 && (options.allow ?? []).length === 0) return defaultScanner();
  let scanner = scanners.get(options);
  if (!scanner) scanners.set(options, scanner = createScanner({ rules: policyRules(options), allow: policyAllowRules(options) }));
  return scanner;
}
async function unsafeRegexes(options) {
  const entries = [];
  (options?.rules ?? []).forEach((rule, index) => entries.push({ field: ["rules", String(index), "regex"], regex: rule.regex, flags: rule.flags ?? "" }));
  (options?.allow ?? []).forEach((entry, index) => {
    if (entry.regex !== void 0) entries.push({ field: ["allow", String(index), "regex"], regex: entry.regex, flags: "" });
  });
  if (entries.length === 0) return [];
  const { regexProblem } = await import("./regex-safety-UYJL2YEI.js");
  const problems = [];
  for (const entry of entries) {
    const problem = regexProblem(entry.regex, entry.flags);
    if (problem) problems.push({ field: entry.field, problem });
  }
  return problems;
}

// src/checks/secret.ts
var { id: VARIABLE_RULE, severity: VARIABLE_SEVERITY } = ASSIGNMENT_RULE.dockerfile;
function instructionFinder(dockerfile) {
  const instructions = dockerfile.instructions;
  return (line) => {
    let low = 0;
    let high = instructions.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      const instruction = instructions[mid];
      if (line < instruction.line) high = mid - 1;
      else if (line > instruction.endLine) low = mid + 1;
      else return instruction;
    }
    return void 0;
  };
}
function scriptsOf(instruction) {
  const scripts = runScripts(instruction);
  if (["CMD", "ENTRYPOINT", "HEALTHCHECK"].includes(instruction.keyword)) {
    const text = instruction.json ? instruction.json.join(" ") : instruction.args;
    scripts.push(instruction.segments ? { text, line: instruction.line, segments: instruction.segments } : { text, line: instruction.line });
  }
  if (instruction.keyword === "ONBUILD" && instruction.trigger && ["CMD", "ENTRYPOINT", "HEALTHCHECK"].includes(instruction.trigger.keyword)) {
    scripts.push({ text: instruction.trigger.args, line: instruction.line });
  }
  if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
    for (const heredoc of instruction.heredocs) scripts.push({ text: heredoc.content, line: heredoc.line });
  }
  return scripts;
}
function triggerProperties(args) {
  const text = args.trim();
  const pairs = [];
  const legacy = /^([A-Za-z_][\w.-]*)\s+(?!\S*=)(.+)$/.exec(text);
  if (legacy) return [{ name: legacy[1], value: unquote(legacy[2].trim()) }];
  for (const match of text.matchAll(/(?:^|\s)(?<name>"[^"]+"|[A-Za-z_][\w.-]*)=(?<value>"(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    pairs.push({ name: unquote(match.groups.name), value: unquote(match.groups.value) });
  }
  return pairs;
}
function unquote(text) {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}
function dockerfileSightings(dockerfile, scanner) {
  const file = dockerfile.path;
  const sightings = [];
  const instructionAt = instructionFinder(dockerfile);
  const formatSecrets = /* @__PURE__ */ new Map();
  const add = (rule, severity2, secret2, line, message, generic) => {
    sightings.push({ rule, severity: severity2, evidence: redact(secret2), digest: secretDigest(secret2), location: { file, line }, rank: 2, generic, message });
  };
  for (const match of scanner.scan(dockerfile.text, { values: "literal", formatsOnly: true })) {
    const instruction = instructionAt(match.line);
    const at = instruction?.line ?? match.line;
    formatSecrets.set(at, [...formatSecrets.get(at) ?? [], match.secret]);
    add(match.rule, match.severity, match.secret, match.line, `${match.title} in ${instruction ? instruction.keyword : "a comment"}.`, false);
  }
  const variable = (kind, name, value, line, instructionLine) => {
    if (isCredentialIdName(name) || !isCredentialLiteral(value)) return;
    if ((formatSecrets.get(instructionLine) ?? []).some((known) => value.includes(known))) return;
    if (scanner.allowedBy(VARIABLE_RULE, void 0, value)) return;
    const message = ["RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "ONBUILD", "COPY", "ADD"].includes(kind) ? `${kind} sets ${name} to a plaintext value.` : `${kind} ${name} holds a plaintext value.`;
    add(VARIABLE_RULE, VARIABLE_SEVERITY, value, line, message, true);
  };
  for (const instruction of dockerfile.instructions) {
    for (const property of instruction.properties ?? []) {
      if (property.written === null || property.value === null || !isSecretName(property.name)) continue;
      if (!isCredentialLiteral(property.written)) continue;
      variable(instruction.keyword, property.name, property.value, instruction.line, instruction.line);
    }
    const trigger = instruction.keyword === "ONBUILD" ? instruction.trigger : void 0;
    if (trigger && ["ENV", "ARG", "LABEL"].includes(trigger.keyword)) {
      for (const { name, value } of triggerProperties(trigger.args))
        if (isSecretName(name)) variable(`ONBUILD ${trigger.keyword}`, name, value, instruction.line, instruction.line);
    }
    for (const script of scriptsOf(instruction)) {
      for (const match of scanner.scan(script.text, { values: "literal" })) {
        if (match.key === void 0) {
          add(match.rule, match.severity, match.secret, lineInScript(script, match.index), `${match.title} in ${instruction.keyword}.`, false);
          continue;
        }
        variable(instruction.keyword === "RUN" ? "RUN" : instruction.keyword, match.key, match.secret, lineInScript(script, match.index), instruction.line);
      }
    }
  }
  return sightings;
}
function configSightings(image, scanner) {
  const sightings = [];
  const add = (field, text, named) => {
    for (const match of scanner.scan(text, { values: "literal", formatsOnly: !named })) {
      const what = match.key === void 0 ? match.title : match.key;
      sightings.push({
        rule: match.rule,
        severity: match.severity,
        evidence: redact(match.secret),
        digest: secretDigest(match.secret),
        location: { config: field },
        rank: 1,
        generic: match.key !== void 0,
        message: match.key === void 0 ? `${what} in the image config (${field}).` : `${what} holds a plaintext value in the image config (${field}).`
      });
    }
  };
  image.config.env.forEach((entry, index) => add(`Env[${index}]`, entry, true));
  for (const [name, value] of Object.entries(image.config.labels)) {
    add(`Labels.${name}`, value, false);
    if (isSecretName(name) && !isCredentialIdName(name) && isCredentialLiteral(value) && !scanner.allowedBy(VARIABLE_RULE, void 0, value)) {
      const already = sightings.some((sighting) => "config" in sighting.location && sighting.location.config === `Labels.${name}`);
      if (!already) {
        sightings.push({
          rule: VARIABLE_RULE,
          severity: VARIABLE_SEVERITY,
          evidence: redact(value),
          digest: secretDigest(value),
          location: { config: `Labels.${name}` },
          rank: 1,
          generic: true,
          message: `Label ${name} holds a plaintext value.`
        });
      }
    }
  }
  image.config.history.forEach((entry, index) => {
    if (entry.createdBy) add(`history[${index}].created_by`, entry.createdBy, true);
  });
  return sightings;
}
function packageChecksums(image, scanner) {
  const names = scanner.allowRules.flatMap((allow) => allow.rule.packaged ? (allow.rule.captures ?? []).map((capture) => capture.name) : []);
  const wanted = new Set(image.fileHits.filter((file) => file.md5 !== void 0).map((file) => file.file));
  return packagedChecksums(
    names.flatMap((name) => (image.read[name]?.versions ?? []).map((version) => version.text)),
    wanted
  );
}
function fileSightings(image, scanner) {
  const sightings = [];
  let checksums;
  for (const file of image.fileHits) {
    checksums ??= file.md5 === void 0 ? void 0 : packageChecksums(image, scanner);
    const packaged = file.md5 !== void 0 && (checksums?.get(file.file)?.has(file.md5) ?? false);
    for (const hit of file.hits) {
      if (scanner.allowedBy(hit.rule, file.path, void 0, packaged)) continue;
      const what = hit.key === void 0 ? hit.title : `${hit.title} (${hit.key})`;
      sightings.push({
        rule: hit.rule,
        severity: hit.severity,
        evidence: hit.evidence,
        digest: hit.digest,
        location: { layer: file.layerDigest, path: file.path, deleted: file.deleted },
        rank: file.deleted ? 0.5 : 0,
        generic: hit.key !== void 0,
        message: `${what} in ${file.path} (line ${hit.line})${file.deleted ? `; the file is deleted by a later layer, but its bytes still ship in layer ${file.layer + 1}` : ""}.`
      });
    }
  }
  return sightings;
}
var secret = defineCheck({
  id: "secret",
  title: "Plaintext credential",
  severity: "critical",
  rationale: "Anyone who can pull the image, or read the repository, can read a credential written into it; deleting it in a later step does not remove it.",
  remediation: "Remove the credential, rotate it, and pass secrets at build time with RUN --mount=type=secret (BuildKit) and at run time from AWS Secrets Manager or SSM Parameter Store.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "Dockle CIS-DI-0010"],
  rules: {
    ...Object.fromEntries(BUILTIN_RULES.map((rule) => [rule.id, rule.title])),
    [ASSIGNMENT_RULE.dockerfile.id]: "Literal value of a credential-named variable (Dockerfile, image config)",
    [ASSIGNMENT_RULE.file.id]: "Random-looking value of a credential-named key in a file"
  },
  // The policy may add rules of its own (checks.secret.rules); their ids are the policy's.
  openRules: true,
  options: secretOptionsShape,
  imageNeeds: {
    // Every file's contents, the entry list (credentials in files a later layer deleted, or reached
    // through a hard link), the config's text, and what the built-in allow rules read to decide.
    credentials: true,
    entries: true,
    files: BUILTIN_ALLOW_RULES.flatMap((rule) => rule.captures ?? []),
    config: ["env", "labels", "history"]
  },
  presets: {
    default: { action: "fail", why: "A plaintext credential in an image is readable by anyone who can pull it." },
    strict: { action: "fail" }
  },
  run(evidence, options) {
    const scanner = scannerFor(options);
    const sightings = [
      ...evidence.image ? [...fileSightings(evidence.image, scanner), ...configSightings(evidence.image, scanner)] : [],
      ...evidence.dockerfile ? dockerfileSightings(evidence.dockerfile, scanner) : []
    ];
    const groups = /* @__PURE__ */ new Map();
    for (const sighting of sightings) {
      const list2 = groups.get(sighting.digest);
      if (list2) list2.push(sighting);
      else groups.set(sighting.digest, [sighting]);
    }
    const findings = [];
    for (const [digest, list2] of groups) {
      list2.sort((a, b) => a.rank - b.rank);
      const lead = list2[0];
      const named = list2.find((item) => !item.generic);
      const rule = named?.rule ?? lead.rule;
      const severity2 = list2.reduce((worst, item) => severityRank(item.severity) > severityRank(worst) ? item.severity : worst, lead.severity);
      const finding = makeFinding(secret, {
        rule,
        severity: severity2,
        message: lead.message,
        location: lead.location,
        evidence: lead.evidence,
        key: `value|${digest.slice(0, 32)}`
      });
      const places = /* @__PURE__ */ new Map();
      for (const item of list2) places.set(JSON.stringify(item.location), item.location);
      if (places.size > 1) finding.locations = [...places.values()];
      findings.push(finding);
    }
    return findings;
  }
});

// src/checks/secret-build-arg.ts
var secretBuildArg = defineCheck({
  id: "secret-build-arg",
  title: "Credential expected as a build argument",
  severity: "medium",
  rationale: "Values given with --build-arg are recorded in the image history (docker history shows them), so a credential passed this way ships with the image.",
  remediation: "Replace the ARG with a BuildKit secret: RUN --mount=type=secret,id=<name> ... and docker build --secret id=<name>,env=<VAR>.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "hadolint DL3064", "Trivy DS-0031"],
  rules: {
    "secret-named-arg": "Credential-named ARG without a value"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ARG") continue;
      for (const property of instruction.properties ?? []) {
        if (!isSecretName(property.name)) continue;
        if (property.written !== null && !isPlaceholderValue(property.written)) continue;
        findings.push(
          makeFinding(secretBuildArg, {
            rule: "secret-named-arg",
            message: `ARG ${property.name} expects a credential as a build argument; its value would be stored in the image history.`,
            location: { file, line: instruction.line },
            key: `${file}|${property.name}`
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/setuid-files.ts
var setuidFiles = defineCheck({
  id: "setuid-files",
  title: "setuid or setgid file",
  severity: "medium",
  rationale: "A setuid or setgid program runs with its owner's privileges, so any bug in it is a privilege escalation inside the container.",
  remediation: "Strip the bits in the final stage: RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + (keep only what the workload needs).",
  references: ["CIS Docker Benchmark 4.8", "NIST SP 800-190 §4.1.2", "Dockle CIS-DI-0008"],
  rules: {
    setuid: "setuid file",
    setgid: "setgid file"
  },
  imageNeeds: { entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const file of image.files) {
      if (file.deleted || file.type !== "file" && file.type !== "hardlink" || (file.mode & 3072) === 0) continue;
      const bits = [(file.mode & 2048) !== 0 ? `setuid (uid ${file.uid})` : "", (file.mode & 1024) !== 0 ? `setgid (gid ${file.gid})` : ""].filter(Boolean).join(" and ");
      findings.push(
        makeFinding(setuidFiles, {
          rule: (file.mode & 2048) !== 0 ? "setuid" : "setgid",
          severity: (file.mode & 2048) !== 0 && file.uid === 0 ? "medium" : "low",
          message: `${file.path} is ${bits}, mode ${octalMode(file.mode)}.`,
          location: layerLocation(file),
          key: `${file.path}|${octalMode(file.mode)}`
        })
      );
    }
    return findings;
  }
});

// src/checks/ssh-port-exposed.ts
function exposesSsh(entry) {
  const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(entry.trim());
  if (!match) return false;
  const low = Number(match[1]);
  const high = match[2] === void 0 ? low : Number(match[2]);
  return low <= 22 && 22 <= high;
}
var sshPortExposed = defineCheck({
  id: "ssh-port-exposed",
  title: "SSH port exposed",
  severity: "medium",
  rationale: "An SSH server in a container is a second, long-lived way in that bypasses the orchestrator's access controls and audit (use ECS Exec or kubectl exec).",
  remediation: "Remove EXPOSE 22 and the SSH server; use ECS Exec, kubectl exec or SSM Session Manager for access.",
  references: ["NIST SP 800-190 §4.1.2", "Trivy DS-0004"],
  rules: {
    "expose-22": "Port 22 exposed"
  },
  imageNeeds: { config: ["exposedPorts"] },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfileSightings2 = [];
    if (evidence.dockerfile) {
      const file = evidence.dockerfile.path;
      for (const stage of stageChain(evidence.dockerfile)) {
        for (const instruction of stage.instructions) {
          if (instruction.keyword !== "EXPOSE") continue;
          const entry = (instruction.expanded ?? instruction.args).split(/\s+/).filter((item) => item !== "").find(exposesSsh);
          if (entry) dockerfileSightings2.push({ entry, location: { file, line: instruction.line } });
        }
      }
    }
    const key = `${evidence.dockerfile?.path ?? ""}|port-22`;
    if (evidence.image) {
      const port = evidence.image.config.exposedPorts.find(exposesSsh);
      if (!port) return [];
      const finding = makeFinding(sshPortExposed, {
        rule: "expose-22",
        message: `The image config exposes ${port}, the SSH port.`,
        location: { config: "ExposedPorts" },
        key
      });
      if (dockerfileSightings2.length > 0) finding.locations = [finding.location, ...dockerfileSightings2.map((sighting) => sighting.location)];
      return [finding];
    }
    return dockerfileSightings2.map(
      (sighting) => makeFinding(sshPortExposed, {
        rule: "expose-22",
        message: `EXPOSE ${sighting.entry} publishes the SSH port.`,
        location: sighting.location,
        key: `${key}|${sighting.entry}`
      })
    );
  }
});

// src/checks/sudo.ts
var INSTALLERS = {
  "apt-get": ["install"],
  apt: ["install"],
  apk: ["add"],
  yum: ["install"],
  dnf: ["install"],
  microdnf: ["install"],
  zypper: ["install", "in"]
};
var SUDO_BINARIES = /* @__PURE__ */ new Set(["/usr/bin/sudo", "/bin/sudo", "/usr/local/bin/sudo", "/usr/sbin/sudo"]);
var sudo = defineCheck({
  id: "sudo",
  title: "sudo in the image",
  severity: "medium",
  rationale: "sudo gives an in-container path back to root and behaves unpredictably without a TTY; an image should drop privileges once, not carry the means to regain them.",
  remediation: "Run root-only steps before USER, and use gosu or su-exec in an entrypoint that must step down at run time; do not install sudo.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "hadolint DL3004", "Dockle DKL-DI-0001"],
  rules: {
    "sudo-installed": "sudo is installed",
    "sudo-command": "A command runs through sudo"
  },
  imageNeeds: { entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    return withImage(evidence, fromDockerfile2(evidence));
  }
});
function fromDockerfile2(evidence) {
  const dockerfile = evidence.dockerfile;
  if (!dockerfile) return [];
  const file = dockerfile.path;
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { command } of commandsOf(dockerfile.instructions)) {
    const first = command.words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
    let rule;
    let message = "";
    if (first === "sudo") {
      rule = "sudo-command";
      message = "RUN uses sudo.";
    } else {
      const parsed = programOf(command);
      const verbs = parsed ? INSTALLERS[parsed.program] : void 0;
      if (parsed && verbs && parsed.args.some((arg) => verbs.includes(arg)) && parsed.args.some((arg) => arg === "sudo" || arg.startsWith("sudo="))) {
        rule = "sudo-installed";
        message = `RUN installs the sudo package with ${parsed.program}.`;
      }
    }
    if (!rule || seen.has(`${rule}|${command.line}`)) continue;
    seen.add(`${rule}|${command.line}`);
    findings.push(makeFinding(sudo, { rule, message, location: { file, line: command.line }, key: `${file}|${rule}|${command.words.join(" ")}` }));
  }
  return findings;
}
function withImage(evidence, dockerfileFindings2) {
  const image = evidence.image;
  if (!image) return dockerfileFindings2;
  const binary = image.files.find((file) => SUDO_BINARIES.has(file.path) && !file.deleted && (file.type === "file" || file.type === "hardlink"));
  const installed = dockerfileFindings2.filter((finding2) => finding2.rule === "sudo-installed");
  const others = dockerfileFindings2.filter((finding2) => finding2.rule !== "sudo-installed");
  if (!binary) return others;
  const location = { layer: binary.layerDigest, path: binary.path, deleted: false };
  const finding = makeFinding(sudo, { rule: "sudo-installed", message: `The image contains ${binary.path}.`, location, key: `image|${binary.path}` });
  if (installed.length > 0) finding.locations = [location, ...installed.map((item) => item.location)];
  return [finding, ...others];
}

// src/checks/tls-verification-disabled.ts
var INSECURE_ENV = {
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  GIT_SSL_NO_VERIFY: /^(?:1|true|yes)$/i,
  PYTHONHTTPSVERIFY: /^0$/,
  NPM_CONFIG_STRICT_SSL: /^(?:false|0)$/i,
  YARN_ENABLE_STRICT_SSL: /^(?:false|0)$/i,
  PIP_TRUSTED_HOST: /./,
  CURL_INSECURE: /^(?:1|true|yes)$/i
};
function insecureFlag(program, args) {
  const has = (test) => args.some(test);
  switch (program) {
    case "curl":
      if (has((arg) => arg === "--insecure" || /^-[A-Za-z]*k[A-Za-z]*$/.test(arg))) return "curl --insecure";
      break;
    case "wget":
      if (has((arg) => arg === "--no-check-certificate")) return "wget --no-check-certificate";
      break;
    case "pip":
    case "pip3":
    case "python":
    case "python3":
      if (has((arg) => arg === "--trusted-host" || arg.startsWith("--trusted-host="))) return "pip --trusted-host";
      break;
    case "npm":
    case "yarn":
    case "pnpm":
      if (has((arg) => /^--strict-ssl=(?:false|0)$/.test(arg))) return `${program} --strict-ssl=false`;
      if (has((arg, index) => arg === "strict-ssl" && /^(?:false|0)$/.test(args[index + 1] ?? ""))) return `${program} config set strict-ssl false`;
      if (has((arg, index) => arg === "--strict-ssl" && /^(?:false|0)$/.test(args[index + 1] ?? ""))) return `${program} --strict-ssl false`;
      break;
    case "git":
      if (has((arg, index) => /^http\.sslverify(?:=(?:false|0))?$/i.test(arg) && (/=/.test(arg) || /^(?:false|0)$/i.test(args[index + 1] ?? ""))))
        return "git http.sslVerify=false";
      break;
    case "apt-get":
    case "apt":
      if (has((arg) => /^Acquire::https?::Verify-(?:Peer|Host)=(?:false|0)$/i.test(arg))) return "apt Acquire::https::Verify-Peer=false";
      break;
  }
  return void 0;
}
var tlsVerificationDisabled = defineCheck({
  id: "tls-verification-disabled",
  title: "TLS certificate verification disabled",
  severity: "high",
  rationale: "Turning off certificate checks lets anyone on the network path replace what the build downloads, or what the container talks to.",
  remediation: "Keep verification on; add the private CA to the image's trust store (update-ca-certificates) or point the tool at it (NODE_EXTRA_CA_CERTS, PIP_CERT).",
  references: ["NIST SP 800-190 §4.1.2", "Amazon Inspector IN-DOCKER-005/006"],
  rules: {
    "insecure-flag": "A command disables certificate verification",
    "insecure-env": "An environment variable disables certificate verification"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const collected = dockerfileFindings(tlsVerificationDisabled, file);
    const add = (rule, what, line) => collected.add(rule, `${what} disables certificate verification.`, line, what);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      const flag = parsed && insecureFlag(parsed.program, parsed.args);
      if (flag) add("insecure-flag", flag, command.line);
      for (const word of command.words) {
        const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(word);
        if (assignment && INSECURE_ENV[assignment[1]]?.test(assignment[2])) add("insecure-env", `${assignment[1]}=${assignment[2]}`, command.line);
      }
    }
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ENV") continue;
      for (const property of instruction.properties ?? []) {
        if (property.value !== null && INSECURE_ENV[property.name]?.test(property.value))
          add("insecure-env", `ENV ${property.name}=${property.value}`, instruction.line);
      }
    }
    return collected.findings;
  }
});

// src/checks/unpinned-packages.ts
var MANAGERS = {
  apt: {
    rule: "apt",
    valued: /* @__PURE__ */ new Set(["-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file"]),
    hint: "name=version"
  },
  apk: {
    rule: "apk",
    valued: /* @__PURE__ */ new Set([
      "-X",
      "--repository",
      "-t",
      "--virtual",
      "-p",
      "--root",
      "--keys-dir",
      "--repositories-file",
      "--arch",
      "--cache-dir",
      "--progress-fd",
      "--wait",
      "--timeout"
    ]),
    hint: "name=version or name~version"
  },
  dnf: {
    rule: "dnf",
    valued: /* @__PURE__ */ new Set([
      "-x",
      "--exclude",
      "--enablerepo",
      "--disablerepo",
      "--installroot",
      "--releasever",
      "--repo",
      "--repoid",
      "-c",
      "--config",
      "--downloaddir",
      "--forcearch",
      "-d",
      "--debuglevel",
      "-e",
      "--errorlevel",
      "--setopt",
      "--rpmverbosity"
    ]),
    hint: "name-version"
  },
  pip: {
    rule: "pip",
    valued: /* @__PURE__ */ new Set([
      "-i",
      "--index-url",
      "--extra-index-url",
      "-f",
      "--find-links",
      "-t",
      "--target",
      "--prefix",
      "--root",
      "--trusted-host",
      "--platform",
      "--python-version",
      "--implementation",
      "--abi",
      "--cache-dir",
      "--src",
      "--progress-bar",
      "--log",
      "--timeout",
      "--retries",
      "--proxy",
      "--cert",
      "--client-cert",
      "--global-option",
      "-C",
      "--config-settings",
      "--no-binary",
      "--only-binary",
      "--upgrade-strategy",
      "--root-user-action",
      "-e",
      "--editable",
      "--python"
    ]),
    hint: "name==version, or a requirements file with -r"
  },
  npm: {
    rule: "npm",
    valued: /* @__PURE__ */ new Set([
      "--prefix",
      "--registry",
      "--cache",
      "--tag",
      "-w",
      "--workspace",
      "--omit",
      "--include",
      "--userconfig",
      "--loglevel",
      "--install-strategy"
    ]),
    hint: "name@version, or a lock file with npm ci"
  },
  gem: {
    rule: "gem",
    valued: /* @__PURE__ */ new Set(["-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy", "--platform", "-g", "--file", "--build-root"]),
    hint: "name:version or -v version"
  }
};
function installCommand(program, args) {
  const verbAt = (manager, verbs, from = 0) => {
    for (let index = from; index < args.length; index++) {
      const word = args[index];
      if (manager.valued.has(word)) index++;
      else if (!word.startsWith("-")) return verbs.includes(word) ? index : -1;
    }
    return -1;
  };
  const after = (manager, tool, verbs, from = 0) => {
    const at = verbAt(manager, verbs, from);
    return at === -1 ? void 0 : { manager, tool, words: [...args.slice(from, at), ...args.slice(at + 1)] };
  };
  if (program === "apt-get" || program === "apt" || program === "aptitude") return after(MANAGERS.apt, program, ["install"]);
  if (program === "apk") return after(MANAGERS.apk, program, ["add"]);
  if (["dnf", "yum", "microdnf", "tdnf"].includes(program)) return after(MANAGERS.dnf, program, ["install"]);
  if (/^pip[0-9.]*$/.test(program)) return after(MANAGERS.pip, program, ["install"]);
  if (/^python[0-9.]*$/.test(program) && args[0] === "-m" && args[1] === "pip") return after(MANAGERS.pip, "pip", ["install"], 2);
  if (program === "uv" && args[0] === "pip") return after(MANAGERS.pip, "uv pip", ["install"], 1);
  if (program === "npm") return after(MANAGERS.npm, program, ["install", "i", "add", "isntall", "in"]);
  if (program === "pnpm") return after(MANAGERS.npm, program, ["add"]);
  if (program === "yarn") return args[0] === "global" ? after(MANAGERS.npm, "yarn global", ["add"], 1) : after(MANAGERS.npm, program, ["add"]);
  if (program === "gem") return after(MANAGERS.gem, program, ["install"]);
  return void 0;
}
function isNotAName(word) {
  return word === "" || /[$`(){}*]/.test(word) || /^[./~]/.test(word) || /:\/\//.test(word) || /^(?:git\+|file:|github:|git:|link:|workspace:)/.test(word) || /\.(?:deb|rpm|apk|whl|tar\.gz|tgz|zip|gem)$/.test(word);
}
function unpinnedNames(manager, words) {
  const names = [];
  let versionFlag = false;
  let requirements = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.startsWith("-")) {
      const [flag = ""] = word.split("=", 1);
      if (manager.rule === "gem" && (flag === "-v" || flag === "--version")) versionFlag = true;
      if (manager.rule === "pip" && /^(?:-r|--requirement|-c|--constraint)$/.test(flag)) requirements = true;
      if (manager.rule === "pip" && /^-[rc]./.test(word)) requirements = true;
      if ((manager.valued.has(word) || manager.rule === "gem" && (word === "-v" || word === "--version") || /^(?:-r|--requirement|-c|--constraint)$/.test(word)) && !word.includes("="))
        index++;
      continue;
    }
    if (isNotAName(word)) continue;
    if (!isPinned(manager, word)) names.push(word);
  }
  if (versionFlag || requirements) return [];
  return names;
}
function isPinned(manager, word) {
  switch (manager.rule) {
    case "apt":
      return word.includes("=");
    case "apk":
      return /[=~<>]/.test(word);
    case "dnf":
      return word.startsWith("@") || /-\d[\w.+~^:]*(?:-\d[\w.+~^]*)?$/.test(word) || /[<>=]/.test(word);
    case "pip":
      return /(?:===?|~=)\s*[\w*]/.test(word) || /\s@\s|^[\w.-]+(?:\[[^\]]*\])?\s*@/.test(word);
    case "npm": {
      const at = word.indexOf("@", word.startsWith("@") ? 1 : 0);
      if (at === -1) return word.includes("/") && !word.startsWith("@");
      const version = word.slice(at + 1);
      return version !== "" && !/^(?:latest|next|\*|x|canary|beta|alpha|rc)$/i.test(version);
    }
    case "gem":
      return /:\S/.test(word);
    default:
      return true;
  }
}
var unpinnedPackages = defineCheck({
  id: "unpinned-packages",
  title: "Packages installed without a version",
  severity: "low",
  rationale: "A package installed by name gets whatever version the repository serves that day, so two builds of the same Dockerfile differ and a compromised or broken release flows in unreviewed.",
  remediation: "Pin versions (apt-get install curl=7.88.1-10+deb12u5, apk add curl=8.5.0-r0, pip install requests==2.31.0, npm install -g pnpm@9.1.0, gem install rails -v 7.1.3), or install from a lock or requirements file (npm ci, pip install -r requirements.txt).",
  references: ["NIST SP 800-190 §4.1.5", "hadolint DL3008/DL3013/DL3016/DL3018/DL3028/DL3041/DL3033"],
  rules: {
    apt: "apt-get/apt install of a package without =version",
    apk: "apk add of a package without =version or ~version",
    dnf: "dnf/yum/microdnf install of a package without -version",
    pip: "pip install of a package without ==version (and without -r/-c)",
    npm: "npm/pnpm/yarn install of a package without @version (npm ci and lock files are pinned)",
    gem: "gem install without :version or -v"
  },
  presets: {
    default: { action: "warn", why: "Almost every Dockerfile installs something by name; a team should see it before it blocks." },
    strict: {
      action: "fail",
      why: "A regulated image installs the versions that were reviewed. (The check most teams relax: pin through lock and requirements files, or set it to `warn`.)"
    }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const collected = dockerfileFindings(unpinnedPackages, dockerfile.path);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      if (!parsed) continue;
      const args = parsed.args.filter((word, index, all) => !/^(?:\d*|&)[<>]/.test(word) && !/^(?:\d*|&)[<>]{1,2}$/.test(all[index - 1] ?? ""));
      const install = installCommand(parsed.program, args);
      if (!install) continue;
      const names = unpinnedNames(install.manager, install.words);
      if (names.length === 0) continue;
      const shown = names.length > 8 ? `${names.slice(0, 8).join(", ")} and ${names.length - 8} more` : names.join(", ");
      collected.add(
        install.manager.rule,
        `${install.tool} installs ${shown} without an exact version (pin with ${install.manager.hint}).`,
        command.line,
        `${install.tool} ${[...names].sort().join(" ")}`
      );
    }
    return collected.findings;
  }
});

// src/checks/unscanned-content.ts
var MiB = 1024 * 1024;
var size = (bytes) => bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`;
var unscannedContent = defineCheck({
  id: "unscanned-content",
  title: "Content not scanned",
  severity: "medium",
  rationale: "A gate that stops reading at a size limit must say so: whatever lies past the limit was not checked for credentials.",
  remediation: "Keep large data out of the image (mount it at run time), or raise limits.max-file-size / limits.max-layer-size / limits.max-entries in the policy if the content must be checked.",
  references: ["NIST SP 800-190 §4.1.4"],
  rules: {
    "file-too-large": "File larger than limits.max-file-size",
    "layer-too-large": "Layer larger than limits.max-layer-size",
    "entries-limit": "Image holds more entries than limits.max-entries",
    "foreign-layer": "Foreign layer not in the image"
  },
  // Reports what the other checks' reads left out; it reads nothing itself.
  imageNeeds: {},
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const item of image.unscanned) {
      const layer = `layer ${item.layer + 1}`;
      const message = item.reason === "file-too-large" ? `${item.path} is ${size(item.size)}; only the first ${size(item.scanned)} were scanned for credentials.` : item.reason === "layer-too-large" ? `${layer} unpacks to more than ${size(item.scanned)}; the rest of it was not read.` : item.reason === "foreign-layer" ? `${layer} is a foreign layer that is not in the image; it could not be read.` : item.reason === "archive-not-scanned" ? `${item.path}: archive content not scanned for credentials (${item.detail ?? "unreadable"}).` : `${layer}: ${item.entries ?? "some"} entries (files, links, whiteouts) were not kept: the image holds more than ${item.limit ?? "limits.max-entries"} (limits.max-entries), so their paths, modes and owners were not checked; their contents were still scanned for credentials.`;
      findings.push(
        makeFinding(unscannedContent, {
          rule: item.reason,
          message,
          location: { layer: item.layerDigest, path: item.path ?? "/", deleted: item.deleted },
          key: `${item.layerDigest}|${item.path ?? ""}|${item.reason}`
        })
      );
    }
    return findings;
  }
});

// src/checks/signature-verdicts.ts
var SIGNATURE_RULES = {
  "no-signature": "No signature found",
  "untrusted-signer": "Signed, but by no signer the policy lists",
  "invalid-signature": "A signature fails verification (tampered or misplaced)"
};
var FORMAT = { cosign: "cosign signature", "sigstore-bundle": "Sigstore bundle", notation: "Notation signature" };
var DISCOVERY = {
  "referrers-api": "referrer",
  "referrers-tag": "referrers tag",
  "cosign-tag": "tag",
  "image-index": "index",
  "oci-layout": "layout"
};
function describe5(verdict) {
  const where2 = verdict.discovery === "referrers-api" || verdict.discovery === "referrers-tag" ? `${DISCOVERY[verdict.discovery]} ${verdict.where.slice(0, 19)}…` : `${DISCOVERY[verdict.discovery]} ${verdict.where}`;
  return `${FORMAT[verdict.format]} (${where2}${verdict.signedBy ? `, signed by ${verdict.signedBy}` : ""}): ${verdict.reason}`;
}
function list(verdicts) {
  const shown = verdicts.slice(0, 3).map(describe5).join("; ");
  return verdicts.length > 3 ? `${shown}; and ${verdicts.length - 3} more` : shown;
}
function judgeSignatureEvidence(check, evidence, what, location, key) {
  if (evidence.verdicts.some((verdict) => verdict.status === "verified")) return [];
  const invalid = evidence.verdicts.filter((verdict) => verdict.status === "invalid");
  const untrusted = evidence.verdicts.filter((verdict) => verdict.status === "untrusted");
  const digests = evidence.digests.map((entry) => `${entry.role} ${entry.digest}`).join(" and ");
  let rule;
  let message;
  let severity2;
  if (invalid.length > 0) {
    rule = "invalid-signature";
    severity2 = "critical";
    message = `${what} has an invalid signature: ${invalid.length === 1 ? "a signature fails verification" : `${invalid.length} signatures fail verification`} (tampered or misplaced): ${list(invalid)}${untrusted.length > 0 ? `; also ${untrusted.length} by untrusted signers` : ""}.`;
  } else if (untrusted.length > 0) {
    rule = "untrusted-signer";
    message = `${what} is signed, but by no signer the policy lists (${evidence.signers} listed): ${list(untrusted)}.`;
  } else {
    rule = "no-signature";
    message = `${what} is not signed: no signature found for ${digests || "the image"} (looked for cosign .sig tags, referrers through the API or the sha256-<hex> tag, and Notation signatures).`;
  }
  return [makeFinding(check, { rule, message, location, key: `${key}|${rule}`, ...severity2 ? { severity: severity2 } : {} })];
}

// src/checks/unsigned-base-image.ts
var unsignedBaseImage = defineCheck({
  id: "unsigned-base-image",
  title: "Base image is not signed by a trusted signer",
  severity: "high",
  rules: SIGNATURE_RULES,
  options: SIGNER_OPTIONS,
  presets: SIGNER_PRESETS,
  network: true,
  resolveFiles: resolveSignerFiles,
  problemWhenOn: signersProblem("unsigned-base-image"),
  rationale: "A base image whose signature you do not check can be swapped in its registry, and everything built on it inherits the swap.",
  remediation: "Build from base images their publisher signs (Chainguard, Docker Hardened Images, your own signed ECR base images) and list the publisher under checks.unsigned-base-image.signers.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.2, 4.5"],
  run(evidence) {
    const findings = [];
    for (const base of evidence.baseImageSignatures ?? []) {
      const location = { file: base.file, line: base.line };
      const key = `${base.file}|${base.written}`;
      if (base.unresolved !== void 0) {
        findings.push(
          makeFinding(unsignedBaseImage, {
            rule: "no-signature",
            message: `FROM ${base.written}: ${base.unresolved}, so the image cannot be resolved and its signature cannot be checked.`,
            location,
            key: `${key}|no-signature`
          })
        );
        continue;
      }
      findings.push(...judgeSignatureEvidence(unsignedBaseImage, base, `FROM ${base.written} (${base.image})`, location, key));
    }
    return findings;
  }
});

// src/checks/unsigned-image.ts
var unsignedImage = defineCheck({
  id: "unsigned-image",
  title: "Image is not signed by a trusted signer",
  severity: "high",
  rationale: "A signature by a key or identity you trust is what proves the image is the one your pipeline built and that nobody replaced or altered it in the registry.",
  remediation: "Sign the pushed digest in the release pipeline (cosign sign --key, cosign keyless in GitHub Actions, or AWS Signer with notation sign) and list that signer under checks.unsigned-image.signers.",
  references: ["NIST SP 800-190 §4.1.5, §4.2.3", "CIS Docker Benchmark 4.5", "SLSA Build L2"],
  rules: SIGNATURE_RULES,
  options: SIGNER_OPTIONS,
  presets: SIGNER_PRESETS,
  network: true,
  resolveFiles: resolveSignerFiles,
  problemWhenOn: signersProblem("unsigned-image"),
  run(evidence) {
    const signatures = evidence.signatures;
    if (!signatures) return [];
    return judgeSignatureEvidence(unsignedImage, signatures, "The image", { image: signatures.image }, signatures.image.replace(/@.*$/, ""));
  }
});

// src/checks/unused-exception.ts
var unusedException = defineCheck({
  id: "unused-exception",
  title: "Policy exception matched nothing",
  severity: "low",
  rationale: "A stale exception is a standing risk acceptance nobody reviews: the next finding that matches it is suppressed without a decision.",
  remediation: "Delete the exception, or correct its check, id, package or path if it was meant to match a finding that is still reported.",
  references: ["NIST SP 800-190 §4.1.1"],
  rules: {
    unused: "Exception that matched no finding"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "warn", why: "A stale exception is hygiene, not a risk of the image: it is reported, not blocking." }
  },
  run() {
    return [];
  }
});
function unusedExceptionFinding(exception) {
  const scope = [exception.id, exception.package ? `package ${exception.package}` : "", exception.path].filter(Boolean).join(" ");
  return makeFinding(unusedException, {
    rule: "unused",
    message: `The exception for ${exception.check}${scope ? ` ${scope}` : ""} (expires ${exception.expires}) matched no finding in this run; remove it if the problem is gone.`,
    location: { file: exception.file, ...exception.line !== void 0 ? { line: exception.line } : {} },
    key: `${exception.file}|${exception.check}|${scope}`
  });
}

// src/checks/untrusted-base-image.ts
function namesRegistryHost(pattern) {
  const host = pattern.split("/")[0];
  return pattern.includes("/") ? /[.:*?]/.test(host) || host === "localhost" : /^\*\*?$/.test(pattern);
}
var OPTIONS6 = {
  trusted: optional(
    array(
      string().check(
        _minLength(1),
        globLength(),
        refine(namesRegistryHost, {
          error: (issue) => `${quoteInput(String(issue.input))} has no registry host; patterns match normalized repositories such as docker.io/library/node`
        })
      )
    ).check(describe("Globs over the normalized repository, host included: * within a segment, ** across segments"))
  )
};
var untrustedBaseImage = defineCheck({
  id: "untrusted-base-image",
  title: "Base image is not from a trusted source",
  severity: "high",
  rationale: "Everything in a base image ships in yours; an image from an unvetted publisher or registry is unreviewed code in production.",
  remediation: "Build from images your organisation trusts (a curated ECR repository or official images) and list them under checks.untrusted-base-image.trusted.",
  references: ["CIS Docker Benchmark 4.2", "NIST SP 800-190 §4.1.5", "hadolint DL3026"],
  rules: {
    "not-trusted": "Base image matches no trusted pattern",
    "unresolved-variable": "Base image holds a variable without a value"
  },
  options: OPTIONS6,
  presets: {
    default: {
      action: "warn",
      options: { trusted: [] },
      why: "The gate cannot know your organisation's registries: list them under `trusted` and set `action: fail` in your own policy."
    },
    strict: { action: "fail", why: "Only images from the trusted list may be built on." }
  },
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const trusted = options.trusted ?? [];
    const findings = [];
    for (const use of externalImageUses(dockerfile)) {
      const location = { file, line: use.line };
      const key = `${file}|${use.kind}|${use.written}`;
      if (use.missing.length > 0) {
        findings.push(
          makeFinding(untrustedBaseImage, {
            rule: "unresolved-variable",
            message: `${describeUse(use)}: ${describeMissing(use)}, so the image cannot be checked against the trusted list.`,
            location,
            key
          })
        );
        continue;
      }
      const repository = use.reference.repository;
      if (trusted.some((pattern) => globMatch(pattern, repository))) continue;
      findings.push(
        makeFinding(untrustedBaseImage, {
          rule: "not-trusted",
          message: trusted.length === 0 ? `${describeUse(use)}: ${repository} is not on a trusted list (the policy lists no trusted patterns yet).` : `${describeUse(use)}: ${repository} matches none of the ${trusted.length} trusted pattern${trusted.length === 1 ? "" : "s"}.`,
          location,
          key
        })
      );
    }
    return findings;
  }
});

// src/checks/unverified-packages.ts
var FLAGS = {
  "apt-get": /^(?:--allow-unauthenticated|--allow-insecure-repositories|APT::Get::AllowUnauthenticated=(?:true|1|yes))$/i,
  apt: /^(?:--allow-unauthenticated|--allow-insecure-repositories|APT::Get::AllowUnauthenticated=(?:true|1|yes))$/i,
  apk: /^--allow-untrusted$/,
  yum: /^(?:--nogpgcheck|--setopt=(?:\S+\.)?gpgcheck=(?:0|false))$/,
  dnf: /^(?:--nogpgcheck|--setopt=(?:\S+\.)?gpgcheck=(?:0|false))$/,
  microdnf: /^--nogpgcheck$/,
  zypper: /^(?:--no-gpg-checks|--no-gpgcheck)$/,
  rpm: /^(?:--nosignature|--nodigest)$/
};
var unverifiedPackages = defineCheck({
  id: "unverified-packages",
  title: "Package signature checks disabled",
  severity: "high",
  rationale: "Package managers verify signatures so that a mirror or a network attacker cannot substitute packages; turning that off installs whatever arrives.",
  remediation: "Remove the flag and import the repository's signing key instead (signed-by= for apt, rpm --import for yum/dnf, the repository key for apk).",
  references: ["CIS Docker Benchmark 4.11", "NIST SP 800-190 §4.1.5", "Amazon Inspector IN-DOCKER-005"],
  rules: {
    "signature-check-off": "Package signature checks turned off",
    "trusted-repository": "Package repository marked trusted"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const { add, findings } = dockerfileFindings(unverifiedPackages, file);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      const pattern = parsed ? FLAGS[parsed.program] : void 0;
      const flag = parsed && pattern ? parsed.args.find((arg) => pattern.test(arg)) : void 0;
      if (parsed && flag)
        add("signature-check-off", `${parsed.program} ${flag} installs packages without verifying signatures.`, command.line, `${parsed.program} ${flag}`);
    }
    for (const instruction of dockerfile.instructions) {
      for (const script of runScripts(instruction)) {
        for (const offset of trustedAptSources(script.text)) {
          add("trusted-repository", "An apt source marked [trusted=yes] skips signature checks.", lineInScript(script, offset), "trusted=yes");
        }
        for (const offset of repositoryGpgcheckOff(script.text)) {
          add("trusted-repository", "A repository with gpgcheck=0 skips signature checks.", lineInScript(script, offset), "gpgcheck=0");
        }
      }
    }
    return findings;
  }
});
var WORD_CHAR = /[A-Za-z0-9_]/;
var WHITESPACE = /\s/;
function* trustedAptSources(text) {
  let scanned = 0;
  let open = -1;
  let close = -1;
  for (const match of text.matchAll(/trusted=yes/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > 0 && WORD_CHAR.test(text[start - 1]) || end < text.length && WORD_CHAR.test(text[end])) continue;
    for (; scanned < start; scanned++) {
      const c = text[scanned];
      if (c === "[") open = open === -1 ? scanned : open;
      else if (c === "]" || c === "\n") open = -1;
    }
    if (close < end) {
      close = end;
      while (close < text.length && text[close] !== "]" && text[close] !== "\n") close++;
    }
    if (open !== -1 && text[close] === "]") yield open;
  }
}
function* repositoryGpgcheckOff(text) {
  const setopts = Array.from(text.matchAll(/--setopt=/gi), (match) => match.index + match[0].length);
  let nextSetopt = 0;
  let lastSetoptEnd = -1;
  let scanned = 0;
  let lastSpace = -1;
  for (const match of text.matchAll(/gpgcheck\s*=\s*(?:0|false)\b/gi)) {
    const start = match.index;
    const before = text[start - 1];
    const atWordStart = start === 0 || !WORD_CHAR.test(before) || (before === "n" || before === "N") && text[start - 2] === "\\";
    if (!atWordStart) continue;
    while (nextSetopt < setopts.length && setopts[nextSetopt] <= start) lastSetoptEnd = setopts[nextSetopt++];
    for (; scanned < start; scanned++) if (WHITESPACE.test(text[scanned])) lastSpace = scanned;
    if (lastSetoptEnd !== -1 && lastSpace < lastSetoptEnd) continue;
    yield start;
  }
}

// src/checks/vulnerability.ts
var SOURCE_NAMES = { "ecr-basic": "ECR basic scanning", "ecr-enhanced": "ECR enhanced scanning", inspector: "Amazon Inspector" };
var SEVERITY_ORDER = ["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
function vendorRank(severity2) {
  const index = SEVERITY_ORDER.indexOf(severity2.toUpperCase());
  return index === -1 ? 2.5 : index;
}
var FIX_ORDER = [false, "unknown", "partial", true];
function merge(into, item) {
  const current = into.item;
  const next = { ...current };
  if (vendorRank(item.vendorSeverity) > vendorRank(current.vendorSeverity)) next.vendorSeverity = item.vendorSeverity;
  if (next.fixedIn === void 0 && item.fixedIn !== void 0) next.fixedIn = item.fixedIn;
  if (FIX_ORDER.indexOf(item.fixAvailable) > FIX_ORDER.indexOf(next.fixAvailable)) next.fixAvailable = item.fixAvailable;
  if (item.score !== void 0 && (next.score === void 0 || item.score > next.score)) next.score = item.score;
  if (item.epss !== void 0 && (next.epss === void 0 || item.epss > next.epss)) next.epss = item.epss;
  if (item.kev && !next.kev) next.kev = item.kev;
  else if (item.kev === false && next.kev === void 0) next.kev = false;
  if (item.exploitAvailable === true) next.exploitAvailable = true;
  else if (item.exploitAvailable === false && next.exploitAvailable === void 0) next.exploitAvailable = false;
  if (item.lastKnownExploitAt !== void 0 && (next.lastKnownExploitAt === void 0 || item.lastKnownExploitAt > next.lastKnownExploitAt))
    next.lastKnownExploitAt = item.lastKnownExploitAt;
  next.link ??= item.link;
  next.title ??= item.title;
  into.item = next;
  into.sources.add(item.source);
  if (item.status === "active") into.suppressedEverywhere = false;
}
function exploitFacts(item) {
  const parts = [];
  if (item.kev) {
    const dates = [item.kev.dateAdded ? `since ${item.kev.dateAdded}` : "", item.kev.dueDate ? `due ${item.kev.dueDate}` : ""].filter(Boolean).join(", ");
    parts.push(`in CISA KEV${dates ? ` ${dates}` : ""}`);
  }
  if (item.epss !== void 0) parts.push(`EPSS ${Number(item.epss.toFixed(4))}`);
  if (item.exploitAvailable) parts.push(`exploit available${item.lastKnownExploitAt ? ` (last seen ${item.lastKnownExploitAt.slice(0, 10)})` : ""}`);
  return parts.join("; ");
}
var vulnerability = defineCheck({
  id: "vulnerability",
  title: "Known vulnerability",
  severity: "high",
  rationale: "A package with a published vulnerability is a known way in; the registry's scan says which ones ship in this image.",
  remediation: "Rebuild on a patched base image or upgrade the package to the fixed version; record a time-boxed exception only with a reason.",
  references: ["CIS Docker Benchmark 4.4", "NIST SP 800-190 §4.1.1"],
  rules: {
    cve: "Known vulnerability in a package",
    "scan-unavailable": "Scan results unavailable"
  },
  presets: {
    default: { action: "fail", why: "Vulnerabilities block only past vulnerabilities.max." },
    strict: { action: "fail" }
  },
  run(evidence, _options, context) {
    const findings = [];
    const merged = /* @__PURE__ */ new Map();
    for (const result of evidence.scans ?? []) {
      if (result.status === "unavailable") {
        const where2 = result.imageDigest ? `|${result.imageDigest}` : "";
        findings.push(
          makeFinding(vulnerability, {
            rule: "scan-unavailable",
            severity: "medium",
            message: `No scan results from ${result.label}: ${result.reason ?? "unavailable"}.`,
            location: { scan: result.label },
            key: `unavailable|${result.source}${where2}`
          })
        );
        continue;
      }
      for (const item of result.vulnerabilities) {
        const key = `${item.id}\0${item.package}\0${item.version ?? ""}\0${item.imageDigest ?? ""}`;
        const existing = merged.get(key);
        if (existing) merge(existing, item);
        else merged.set(key, { item, sources: /* @__PURE__ */ new Set([item.source]), suppressedEverywhere: item.status === "suppressed" });
      }
    }
    for (const { item, sources, suppressedEverywhere } of merged.values()) {
      const severity2 = normalizeSeverity(item.vendorSeverity, context.unknownSeverity);
      const fixable = item.fixAvailable !== false;
      const fix = item.fixedIn ? ` (fixed in ${item.fixedIn})` : item.fixAvailable === false ? " (no fix available)" : "";
      const vendor = item.vendorSeverity.toLowerCase() !== severity2 ? `; vendor severity ${item.vendorSeverity}` : "";
      const score = item.score !== void 0 ? `, score ${item.score}` : "";
      const place = `${item.package}${item.version ? `@${item.version}` : ""}`;
      const exploit = exploitFacts(item);
      const platform = item.platform ? `; ${item.platform} image` : "";
      const suppressed = suppressedEverywhere ? "; suppressed by an Amazon Inspector suppression rule" : "";
      const names = [...sources].sort().map((source) => SOURCE_NAMES[source] ?? source);
      const finding = makeFinding(vulnerability, {
        rule: "cve",
        severity: severity2,
        id: item.id,
        package: item.package,
        fixable,
        message: `${item.id} in ${place}${fix}${score}${vendor}${exploit ? `; ${exploit}` : ""}${platform}${suppressed}; reported by ${names.join(" and ")}.`,
        location: { scan: [...sources].sort().join("+"), package: place, ...item.platform ? { platform: item.platform } : {} },
        // The platform keeps the fingerprints of one CVE in two platform images apart; single images keep the key they always had.
        key: item.platform ? `${item.id}|${place}|${item.platform}` : `${item.id}|${place}`
      });
      const facts = {
        id: item.id,
        package: item.package,
        fixAvailable: item.fixAvailable,
        epss: item.epss ?? null,
        kev: item.kev === void 0 ? null : item.kev,
        exploitAvailable: item.exploitAvailable ?? null,
        status: suppressedEverywhere ? "suppressed" : "active",
        vendorSeverity: item.vendorSeverity,
        sources: [...sources].sort()
      };
      if (item.version !== void 0) facts.version = item.version;
      if (item.fixedIn !== void 0) facts.fixedIn = item.fixedIn;
      if (item.score !== void 0) facts.score = item.score;
      if (item.lastKnownExploitAt !== void 0) facts.lastKnownExploitAt = item.lastKnownExploitAt;
      if (item.platform !== void 0) facts.platform = item.platform;
      if (item.imageDigest !== void 0) facts.imageDigest = item.imageDigest;
      if (item.link !== void 0) facts.link = item.link;
      finding.vulnerability = facts;
      findings.push(finding);
    }
    return findings;
  }
});

// src/checks/world-writable-files.ts
var SCRATCH = /^\/(?:tmp|var\/tmp|dev\/shm|run\/lock|var\/lock)(?:\/|$)/;
var worldWritableFiles = defineCheck({
  id: "world-writable-files",
  title: "World-writable file or directory",
  severity: "medium",
  rationale: "Anything every user can write can be replaced by any process in the container, which turns a foothold into tampering with code or configuration.",
  remediation: "Give files to the user that needs them (COPY --chown, chmod o-w) instead of opening them to everyone; keep world-writable space under /tmp.",
  references: ["CIS Docker Benchmark 4.8", "NIST SP 800-190 §4.1.2"],
  rules: {
    "world-writable-file": "World-writable file",
    "world-writable-directory": "World-writable directory without the sticky bit"
  },
  imageNeeds: { entries: true },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const file of image.files) {
      if (file.deleted || (file.mode & 2) === 0 || SCRATCH.test(file.path)) continue;
      if (file.type === "directory" && (file.mode & 512) !== 0) continue;
      if (file.type !== "file" && file.type !== "hardlink" && file.type !== "directory") continue;
      const kind = file.type === "directory" ? "directory" : "file";
      findings.push(
        makeFinding(worldWritableFiles, {
          rule: `world-writable-${kind}`,
          message: `${file.path} is a world-writable ${kind} (mode ${octalMode(file.mode)}).`,
          location: layerLocation(file),
          key: file.path
        })
      );
    }
    return findings;
  }
});

// src/checks/index.ts
var CHECKS = [
  rootUser,
  secret,
  untrustedBaseImage,
  mutableTag,
  vulnerability,
  unsignedImage,
  unsignedBaseImage,
  missingAttestations,
  registrySettings,
  outdatedBaseImage,
  secretBuildArg,
  emptyPassword,
  duplicateIds,
  setuidFiles,
  worldWritableFiles,
  unscannedContent,
  tlsVerificationDisabled,
  unverifiedPackages,
  curlPipeShell,
  unverifiedDownload,
  insecureDownload,
  unpinnedPackages,
  sudo,
  sshPortExposed,
  missingHealthcheck,
  packageCache,
  expiredException,
  unusedException
];
var CHECK_ALIASES = { "add-remote-url": "unverified-download" };

// src/checks/image-needs.ts
function imageNeedsOf(check, options) {
  return typeof check.imageNeeds === "function" ? check.imageNeeds(options) : check.imageNeeds;
}
function imageNeedsOfEnabledChecks(settings) {
  return mergeImageNeeds(CHECKS.filter((check) => settings[check.id]?.action !== "off").map((check) => imageNeedsOf(check, settings[check.id]?.options ?? {})));
}

// src/policy/decide.ts
import path from "node:path";
function couldMatch(exception, policy, scope) {
  if (exception.check === "expired-exception" || exception.check === "unused-exception") return false;
  if ((policy.checks[exception.check]?.action ?? "warn") === "off") return false;
  if (exception.check === "vulnerability") return scope.scansComplete;
  if (!scope.dockerfile && !scope.image) return false;
  if (exception.path !== void 0) return exception.path.startsWith("/") ? scope.image : scope.dockerfile;
  return true;
}
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
function isExpired(exception, now) {
  return exception.expires < isoDay(now);
}
function exceptionPaths(exception, finding, cwd) {
  const paths = [];
  for (const location of [finding.location, ...finding.locations ?? []]) {
    const value = locationPath(location);
    if (value === void 0) continue;
    if (isLayerLocation(location)) paths.push(value);
    else paths.push(path.relative(exception.dir, path.resolve(cwd, value)).split(path.sep).join("/"));
  }
  return paths;
}
function exceptionMatches(exception, finding, cwd = process.cwd()) {
  if (exception.check !== finding.check) return false;
  if (exception.id !== void 0) {
    const id = exception.id.toLowerCase();
    if (id !== finding.rule.toLowerCase() && id !== finding.id?.toLowerCase()) return false;
  }
  if (exception.package !== void 0 && exception.package !== finding.package) return false;
  if (exception.path !== void 0) {
    if (!exceptionPaths(exception, finding, cwd).some((value) => globMatch(exception.path, value))) return false;
  }
  return true;
}
function decide(findings, policy, now, options = {}) {
  const active = policy.exceptions.filter((exception) => !isExpired(exception, now));
  const expired = policy.exceptions.filter((exception) => isExpired(exception, now));
  const used = /* @__PURE__ */ new Set();
  for (const finding of findings) for (const exception of active) if (exceptionMatches(exception, finding, options.cwd)) used.add(exception);
  const { scope } = options;
  const unused = scope ? active.filter((exception) => !used.has(exception) && couldMatch(exception, policy, scope)) : [];
  const all = [...findings, ...expired.map(expiredExceptionFinding), ...unused.map(unusedExceptionFinding)];
  const decided = [];
  for (const finding of all) {
    const settings = policy.checks[finding.check];
    const action2 = settings?.action ?? "warn";
    if (action2 === "off") continue;
    const result = { ...finding, action: action2, blocking: false };
    if (settings?.severity) result.severity = settings.severity;
    const exception = active.find((candidate) => exceptionMatches(candidate, finding, options.cwd));
    if (exception) {
      result.suppressed = {
        reason: exception.reason,
        expires: exception.expires,
        source: { file: exception.file, ...exception.line !== void 0 ? { line: exception.line } : {} }
      };
    } else if (finding.vulnerability?.status === "suppressed" && policy.vulnerabilities.inspectorSuppressions === "honor") {
      result.suppressed = { reason: "an Amazon Inspector suppression rule matched it", source: "inspector-suppression-rule" };
    }
    if (options.baseline?.has(finding.fingerprint)) result.baseline = true;
    result.blocking = action2 === "fail" && !result.suppressed && !result.baseline && !finding.advisory;
    decided.push(result);
  }
  countVulnerabilities(decided, policy);
  return { findings: decided, verdict: decided.some((finding) => finding.blocking) ? "fail" : "pass" };
}
function blockRules(finding, policy) {
  const facts = finding.vulnerability;
  if (!facts) return [];
  const { block } = policy.vulnerabilities;
  const rules = [];
  if (block.kev && facts.kev) rules.push("kev");
  if (block.exploitAvailable && facts.exploitAvailable === true) rules.push("exploit-available");
  if (block.epss !== void 0 && facts.epss !== null && facts.epss >= block.epss) rules.push("epss");
  return rules;
}
var BLOCK_WORDS = {
  kev: () => "it is in CISA KEV (vulnerabilities.block.kev)",
  "exploit-available": () => "a public exploit is known (vulnerabilities.block.exploit-available)",
  epss: (finding, policy) => `its EPSS ${finding.vulnerability?.epss} is at or above ${policy.vulnerabilities.block.epss} (vulnerabilities.block.epss)`
};
function countVulnerabilities(findings, policy) {
  const { max, fixableOnly } = policy.vulnerabilities;
  const vulnerabilities = findings.filter((finding) => finding.check === "vulnerability");
  for (const finding of vulnerabilities) {
    finding.blocking = false;
    if (finding.rule === "cve") finding.counted = !finding.suppressed && !finding.baseline && (!fixableOnly || finding.fixable !== false);
  }
  for (const severity2 of SEVERITIES) {
    const counted = vulnerabilities.filter((finding) => finding.counted && finding.severity === severity2);
    const limit = max[severity2];
    if (limit === void 0 || counted.length <= limit) continue;
    for (const finding of counted) finding.blocking = finding.action === "fail";
  }
  for (const finding of vulnerabilities) {
    if (finding.rule !== "cve" || finding.suppressed || finding.baseline) continue;
    const rules = blockRules(finding, policy);
    if (rules.length === 0) continue;
    finding.blockedBy = rules;
    if (finding.action !== "fail") continue;
    finding.blocking = true;
    finding.message = `${finding.message} Blocks because ${rules.map((rule) => BLOCK_WORDS[rule](finding, policy)).join(" and ")}.`;
  }
}
function stopsOnUnavailable(onUnavailable, mode) {
  return onUnavailable === "fail" && mode === "enforce";
}
function unavailableScanCause(results) {
  const unavailable = results.filter((result) => result.status === "unavailable");
  return unavailable.find((result) => !result.cancelled) ?? unavailable[0];
}

// src/policy/baseline.ts
var MAX_BASELINE_BYTES = 64 * 1024 * 1024;
var baselineReportSchema = object({
  version: literal(1),
  tool: object({ name: literal("image-gate") }),
  findings: array(object({ fingerprint: string().check(_minLength(1)) }))
});
function loadBaseline(file, shownAs) {
  const text = readInputFileSync(file, { label: shownAs, noun: "the baseline report", kind: "a baseline report", maxBytes: MAX_BASELINE_BYTES }).toString(
    "utf8"
  );
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${shownAs}: the baseline is not valid JSON (${firstLine(error)}); give a report written with --format json or --report json=FILE`);
  }
  const parsed = baselineReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map((part) => typeof part === "number" ? `[${part}]` : `.${String(part)}`).join("").replace(/^\./, "") || "(top level)";
    throw new GateError(
      `${shownAs}: not an image-gate JSON report (${field}: ${issue.message}); give a report written with --format json or --report json=FILE`
    );
  }
  return { path: shownAs, fingerprints: new Set(parsed.data.findings.map((finding) => finding.fingerprint)) };
}

// src/policy/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/policy/presets.ts
var import_yaml = __toESM(require_dist(), 1);
var LIMITS = [
  [
    "max-file-size",
    "256MiB",
    "Credentials are looked for in each file's first max-file-size bytes, and in each layer's first max-layer-size bytes once unpacked; what lies beyond is reported by unscanned-content."
  ],
  ["max-layer-size", "16GiB"]
];
var REST = {
  default: {
    about: [
      "The default preset: what a team gets before it writes any policy.",
      "Blocks what is almost never acceptable in a production image and warns on the rest."
    ],
    vulnerabilities: [
      ["sources", [], "No scan source is on by default; turn on ecr, inspector or file."],
      ["max", { critical: 0, high: 0 }],
      ["fixable-only", true],
      ["on-unavailable", "fail"],
      ["wait", "10m"],
      ["block", { kev: true }, "A vulnerability in CISA's Known Exploited Vulnerabilities catalog blocks whatever its severity."],
      ["inspector-suppressions", "honor", "Findings an Amazon Inspector suppression rule matched are reported as suppressed."],
      ["platforms", "all", "A multi-platform tag in ECR: every platform image is gated."]
    ],
    limits: LIMITS
  },
  strict: {
    about: [
      "The strict preset: for production images of regulated workloads. Every base image is pinned by",
      "digest and comes from a trusted source, every hardening check blocks, and unfixable",
      "vulnerabilities count too. Extend it and list your trusted registries."
    ],
    vulnerabilities: [
      ["sources", [], "No scan source is on by default; turn on ecr, inspector or file."],
      ["max", { critical: 0, high: 0 }],
      ["fixable-only", false],
      ["on-unavailable", "fail"],
      ["wait", "10m"],
      ["block", { kev: true, "exploit-available": true }, "Known exploited, and publicly exploitable, vulnerabilities block whatever their severity."],
      ["inspector-suppressions", "honor"],
      ["platforms", "all"]
    ],
    limits: LIMITS
  }
};
function flow(value) {
  if (typeof value === "string" && /^[A-Za-z0-9][\w.-]*$/.test(value) && import_yaml.default.parse(value) === value) return value;
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${flow(inner)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}
function comment(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + 2 + line.length + 1 + word.length > 100) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(`${indent}# ${line}`);
  return lines;
}
function presetYaml(name) {
  const rest = REST[name];
  const lines = [
    "# yaml-language-server: $schema=./schema.json",
    ...rest.about.flatMap((line) => comment(line, "")),
    "# Generated from the checks' own stances (src/checks/*.ts) by npm run build; do not edit by hand.",
    "version: 1",
    "mode: enforce",
    "checks:"
  ];
  for (const check of CHECKS) {
    const stance = check.presets[name];
    if (stance.why) lines.push(...comment(stance.why, "  "));
    lines.push(`  ${check.id}: ${flow({ action: stance.action, ...stance.options })}`);
  }
  lines.push("limits:");
  for (const [key, value, note] of rest.limits) {
    if (note) lines.push(...comment(note, "  "));
    lines.push(`  ${key}: ${flow(value)}`);
  }
  lines.push("vulnerabilities:");
  for (const [key, value, note] of rest.vulnerabilities) {
    if (note) lines.push(...comment(note, "  "));
    lines.push(`  ${key}: ${flow(value)}`);
  }
  return `${lines.join("\n")}
`;
}
var PRESETS = Object.fromEntries(PRESET_NAMES.map((name) => [name, presetYaml(name)]));

// src/policy/schema.ts
var action = () => optional(_enum(["fail", "warn", "off"]).check(describe("fail: blocking; warn: reported, never blocking; off: the check does not run")));
var severity = () => _enum(SEVERITIES);
var baseCheck = () => ({
  action: action(),
  severity: optional(severity().check(describe("Overrides the severity of this check's findings")))
});
var checks = strictObject({
  ...Object.fromEntries(CHECKS.map((check) => [check.id, optional(strictObject({ ...baseCheck(), ...check.options }).check(describe(check.title)))])),
  // Old names keep working, with a warning, as the check that replaced them.
  ...Object.fromEntries(
    Object.entries(CHECK_ALIASES).map(([alias, target]) => [alias, optional(strictObject(baseCheck()).check(describe(`Deprecated: use ${target}`)))])
  )
});
var isoDate = string().check(
  _regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"),
  refine((text) => {
    const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "not a real calendar date")
);
var duration = string().check(_regex(/^\d+(?:ms|s|m|h)$/, 'expected a duration such as "30s", "10m" or "1h"'));
var positiveDuration = string().check(_regex(/^0*[1-9]\d*(?:ms|s|m|h)$/, 'expected a duration above zero such as "30s", "2m" or "1h"'));
var count = () => optional(int().check(_gte(0, "expected a count of 0 or more")));
var vulnerabilitiesSchema = strictObject({
  sources: optional(array(_enum(["ecr", "inspector", "file"])).check(describe("Where scan results come from; empty: none"))),
  max: optional(
    strictObject({ critical: count(), high: count(), medium: count(), low: count(), info: count() }).check(describe("Allowed count per severity; omitted severities are unlimited"))
  ),
  "fixable-only": optional(boolean().check(describe("Count only findings that have a fix"))),
  "on-unavailable": optional(_enum(["fail", "warn"]).check(describe("What to do when scan results are unavailable"))),
  wait: optional(duration.check(describe("How long to wait for a pending scan"))),
  "unknown-severity": optional(severity().check(describe("Severity for vendor severities such as UNDEFINED or UNTRIAGED (default high)"))),
  "start-scan": optional(
    boolean().check(describe("Start a basic ECR scan when the image has none (manual-scan repositories; needs ecr:StartImageScan)"))
  ),
  block: optional(
    strictObject({
      kev: optional(boolean().check(describe("Block findings listed in CISA's Known Exploited Vulnerabilities catalog"))),
      "exploit-available": optional(boolean().check(describe("Block findings for which the scanner knows a public exploit"))),
      epss: optional(
        number().check(
          _gte(0, "expected an EPSS probability from 0 to 1"),
          _lte(1, "expected an EPSS probability from 0 to 1"),
          describe("Block findings whose EPSS probability is at or above this")
        )
      )
    }).check(describe("These block a finding whatever max and fixable-only say (an exception still suppresses it)"))
  ),
  "kev-catalog": optional(
    string().check(
      _minLength(1),
      describe("CISA's KEV JSON feed (known_exploited_vulnerabilities.json), relative to this file: for sources that do not say (ECR basic, files)")
    )
  ),
  "inspector-suppressions": optional(
    _enum(["honor", "ignore"]).check(describe("honor: findings an Amazon Inspector suppression rule matched are suppressed; ignore: they count. Either way they are reported"))
  ),
  platforms: optional(
    _enum(["all", "selected"]).check(describe("For a multi-platform index in ECR: gate every platform image (all), or only --platform's (selected)"))
  )
});
var byteSize = string().check(_regex(/^\d+(?:\.\d+)?(?:B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/, 'expected a size such as "10MiB" or "2GiB"'));
var limitsSchema = strictObject({
  "max-file-size": optional(byteSize.check(describe("Bytes of each file scanned for credentials; the rest is reported by unscanned-content"))),
  "max-layer-size": optional(
    byteSize.check(
      describe("Unpacked bytes of each layer read; the rest is reported by unscanned-content (a registry blob past it is not an image: exit 2)")
    )
  ),
  "max-entries": optional(
    int().check(
      _gte(1, "expected a count of 1 or more"),
      describe("Entries (files, links, whiteouts) kept per image for the image checks; the rest are reported by unscanned-content")
    )
  ),
  "idle-timeout": optional(
    positiveDuration.check(describe("A registry or docker save that sends nothing for this long while the gate waits is exit 2 (default 30s)"))
  ),
  "read-timeout": optional(
    positiveDuration.check(describe("Each registry request must be done within this, plus a second per 64 KiB a blob's descriptor declares (default 2m)"))
  )
});
var exceptionSchema = strictObject({
  check: _enum([...CHECKS.map((check) => check.id), ...Object.keys(CHECK_ALIASES)]),
  id: optional(string().check(_minLength(1), describe("A rule id, or a CVE id for vulnerabilities"))),
  path: optional(string().check(_minLength(1), globLength(), describe("Glob over the finding's path (layer path or Dockerfile path)"))),
  package: optional(string().check(_minLength(1), describe("Package name, for vulnerabilities"))),
  reason: string().check(refine((text) => text.trim() !== "", "an exception needs a reason")),
  expires: isoDate.check(describe("Last day (UTC) on which the exception applies"))
});
var policySchema = strictObject({
  $schema: optional(string()),
  version: literal(1),
  extends: optional(string().check(_minLength(1), describe("A preset name (default, strict) or a path relative to this file"))),
  mode: optional(_enum(["enforce", "audit"])),
  checks: optional(checks),
  vulnerabilities: optional(vulnerabilitiesSchema),
  limits: optional(limitsSchema),
  exceptions: optional(array(exceptionSchema))
});

// src/policy/load.ts
var DEFAULT_FILES = [".image-gate.yaml", ".image-gate.yml"];
var DEFAULT_MAX_ENTRIES = 3e5;
var MAX_EXTENDS_DEPTH = 8;
function loadPolicy(spec, cwd) {
  if (spec === void 0) {
    const found = DEFAULT_FILES.map((name) => path2.join(cwd, name)).find((candidate2) => existsSync(candidate2));
    return resolveExtendsChain(found ? readPolicyFile(found, cwd) : readPreset("default"), cwd);
  }
  const candidate = path2.resolve(cwd, spec);
  if (existsSync(candidate)) return resolveExtendsChain(readPolicyFile(candidate, cwd), cwd);
  if (Object.hasOwn(PRESETS, spec)) return resolveExtendsChain(readPreset(spec), cwd);
  throw new GateError(`${quoteInput(spec)}: no such policy file, and not a preset (presets: ${Object.keys(PRESETS).join(", ")})`);
}
function displayPath(file, cwd) {
  const relative = path2.relative(cwd, file);
  return (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative).split(path2.sep).join("/");
}
var MAX_POLICY_BYTES = 1024 * 1024;
function readPolicyFile(file, cwd) {
  const shown = displayPath(file, cwd);
  const bytes = readInputFileSync(file, { label: shown, noun: "the policy", kind: "a policy file", maxBytes: MAX_POLICY_BYTES });
  if (bytes.includes(0)) throw new GateError(`${shown}: binary content, not a policy file`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GateError(`${shown}: cannot read the policy (not valid UTF-8 text)`);
  }
  return parsePolicyText(text, shown, path2.dirname(file));
}
function readPreset(name) {
  const text = PRESETS[name];
  if (text === void 0) throw new GateError(`extends: unknown preset ${quoteInput(name)} (presets: ${Object.keys(PRESETS).join(", ")})`);
  return parsePolicyText(text, `preset:${name}`, void 0);
}
function parsePolicyText(text, file, dir) {
  const lineCounter = new import_yaml2.default.LineCounter();
  const document = import_yaml2.default.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const error = document.errors[0];
  if (error) {
    const line = error.pos ? lineCounter.linePos(error.pos[0]).line : void 0;
    const problem = error.code === "DUPLICATE_KEY" ? "duplicate key" : error.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
    throw new GateError(`${where(file, line)}: invalid YAML: ${problem}`);
  }
  const lineOf = (fieldPath) => {
    for (let length = fieldPath.length; length >= 0; length--) {
      const node = document.getIn(fieldPath.slice(0, length), true);
      if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return void 0;
  };
  const data = document.toJS({ maxAliasCount: 100 });
  if (data === null || data === void 0) throw new GateError(`${file}: the policy is empty; it needs at least "version: 1"`);
  if (typeof data !== "object" || Array.isArray(data)) throw new GateError(`${where(file, 1)}: expected a mapping with "version: 1" at the top level`);
  const parsed = policySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GateError(`${where(file, lineOf(issuePath(issue)))}: ${describeIssue(issue, data)}`);
  }
  return { name: file, file, dir, document: renameAliases(parsed.data, file, lineOf), lineOf };
}
function renameAliases(document, file, lineOf) {
  const warnings = [];
  const checks2 = { ...document.checks };
  for (const [alias, target] of Object.entries(CHECK_ALIASES)) {
    if (!(alias in checks2)) continue;
    warnings.push(`${where(file, lineOf(["checks", alias]))}: checks.${alias} is deprecated; it now configures ${target} (rename the key)`);
    if (!(target in checks2)) checks2[target] = checks2[alias];
    delete checks2[alias];
  }
  const exceptions = (document.exceptions ?? []).map((exception, index) => {
    const target = CHECK_ALIASES[exception.check];
    if (target === void 0) return exception;
    warnings.push(`${where(file, lineOf(["exceptions", index, "check"]))}: exception check ${exception.check} is deprecated; it now applies to ${target}`);
    return { ...exception, check: target, ...exception.id === "unverified-download" ? { id: "no-checksum" } : {} };
  });
  if (warnings.length === 0) return document;
  return { ...document, ...document.checks ? { checks: checks2 } : {}, ...document.exceptions ? { exceptions } : {}, warnings };
}
function issuePath(issue) {
  const base = issue.path.map((part) => typeof part === "symbol" ? String(part) : part);
  return issue.code === "unrecognized_keys" && issue.keys[0] !== void 0 ? [...base, issue.keys[0]] : base;
}
function fieldName(parts) {
  return parts.reduce((text, part) => typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`, "");
}
function valueAt(data, parts) {
  let value = data;
  for (const part of parts) value = value !== null && typeof value === "object" ? value[part] : void 0;
  return value;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${typeof value === "string" ? quoteInput(value, 40) : (JSON.stringify(value) ?? "").slice(0, 40)}`;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function describeIssue(issue, data) {
  const parts = issuePath(issue);
  const field = fieldName(parts) || "(top level)";
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0];
      const allowed = knownKeys(issue.path.map(String));
      const closest = allowed.map((name) => ({ name, cost: distance(key, name) })).sort((a, b) => a.cost - b.cost)[0];
      const hint = closest && closest.cost <= 3 ? ` (did you mean "${closest.name}"?)` : allowed.length > 0 ? ` (expected one of: ${allowed.join(", ")})` : "";
      return `${field}: unknown key${hint}`;
    }
    case "invalid_value": {
      const expected = issue.values.map((value2) => JSON.stringify(value2)).join(" or ");
      const value = valueAt(data, parts);
      return value === void 0 ? `${field}: required (expected ${expected})` : `${field}: expected ${expected}, got ${typeName(value)}`;
    }
    case "invalid_type": {
      const value = valueAt(data, parts);
      return value === void 0 ? `${field}: required (expected ${issue.expected})` : `${field}: expected ${issue.expected}, got ${typeName(value)}`;
    }
    default:
      return `${field}: ${issue.message}`;
  }
}
function unwrap(schema) {
  let current = schema;
  while (current && "innerType" in current._zod.def) current = current._zod.def.innerType;
  return current;
}
function knownKeys(parts) {
  let schema = unwrap(policySchema);
  for (const part of parts) {
    const def2 = schema?._zod.def;
    if (def2?.type === "object") schema = unwrap(def2.shape[part]);
    else if (def2?.type === "array") schema = unwrap(def2.element);
    else return [];
  }
  const def = schema?._zod.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}
function resolveExtends(link, cwd) {
  const target = link.document.extends;
  if (Object.hasOwn(PRESETS, target)) return readPreset(target);
  if (link.dir === void 0) throw new GateError(`${link.file}: extends ${quoteInput(target)} is not a preset`);
  const file = path2.resolve(link.dir, target);
  if (!existsSync(file)) {
    throw new GateError(
      `${where(link.file, link.lineOf(["extends"]))}: extends ${quoteInput(target)}: no such file, and not a preset (presets: ${Object.keys(PRESETS).join(", ")})`
    );
  }
  return readPolicyFile(file, cwd);
}
function resolveExtendsChain(leaf, cwd) {
  const listed = /* @__PURE__ */ new Set();
  const chain = [leaf];
  for (let link = leaf; link.document.extends !== void 0; ) {
    const parent = resolveExtends(link, cwd);
    if (chain.some((seen) => seen.name === parent.name)) {
      throw new GateError(`${where(link.file, link.lineOf(["extends"]))}: extends ${quoteInput(link.document.extends ?? "")} makes a cycle`);
    }
    if (chain.length > MAX_EXTENDS_DEPTH) throw new GateError(`${leaf.file}: extends is nested more than ${MAX_EXTENDS_DEPTH} deep`);
    chain.push(parent);
    link = parent;
  }
  let mode;
  const checks2 = {};
  const vulnerabilities = {};
  const max = {};
  const block = {};
  let kevCatalog;
  const limits = {};
  const exceptions = [];
  const warnings = [];
  const origins = /* @__PURE__ */ new Map();
  for (const link of [...chain].reverse()) {
    const document = link.document;
    warnings.push(...document.warnings ?? []);
    mode = document.mode ?? mode;
    for (const [id, settings] of Object.entries(document.checks ?? {})) {
      listed.add(id);
      const check = CHECKS.find((candidate) => candidate.id === id);
      const dir = link.dir ?? cwd;
      const own = check?.resolveFiles ? check.resolveFiles(settings, (file) => path2.resolve(dir, file)) : settings;
      const merged = { ...checks2[id], ...own };
      const ranges = own.ranges;
      if (ranges && checks2[id]?.ranges) merged.ranges = { ...checks2[id].ranges, ...ranges };
      checks2[id] = merged;
      for (const key of Object.keys(settings)) origins.set(`${id}\0${key}`, link);
    }
    const { max: ownMax, block: ownBlock, "kev-catalog": ownCatalog, ...rest } = document.vulnerabilities ?? {};
    Object.assign(vulnerabilities, rest);
    if (ownMax) Object.assign(max, ownMax);
    if (ownBlock) Object.assign(block, ownBlock);
    if (ownCatalog !== void 0) {
      const file = path2.resolve(link.dir ?? cwd, ownCatalog);
      kevCatalog = { file, label: displayPath(file, cwd) };
    }
    Object.assign(limits, document.limits ?? {});
    (document.exceptions ?? []).forEach((exception, index) => {
      const entry = { ...exception, file: link.file, dir: link.dir ?? cwd };
      const line = link.lineOf(["exceptions", index]);
      if (line !== void 0) entry.line = line;
      exceptions.push(entry);
    });
  }
  const resolvedChecks = {};
  for (const check of CHECKS) {
    const { action: action2, severity: severity2, ...options } = checks2[check.id] ?? {};
    const resolved = {
      // Vulnerabilities block only past vulnerabilities.max, so their check defaults to fail;
      // checks that reach a registry or AWS run only when a policy lists them.
      action: action2 ?? (check.id === "vulnerability" ? "fail" : check.network && !listed.has(check.id) ? "off" : "warn"),
      options
    };
    if (severity2 !== void 0) resolved.severity = severity2;
    const problem = resolved.action === "off" ? void 0 : check.problemWhenOn?.(options);
    if (problem !== void 0) throw new GateError(`${leaf.file}: checks.${check.id}.${problem.field}: ${problem.message}`);
    resolvedChecks[check.id] = resolved;
  }
  const startsFromPreset = chain[chain.length - 1].dir === void 0;
  return {
    name: leaf.name,
    chain: chain.map((link) => link.name),
    // Unlisted checks that reach registries or AWS do not run at all, so they do not only warn.
    unlistedChecks: startsFromPreset ? [] : CHECKS.filter((check) => !check.network && checks2[check.id] === void 0).map((check) => check.id),
    mode: mode ?? "enforce",
    checks: resolvedChecks,
    vulnerabilities: {
      sources: vulnerabilities.sources ?? [],
      max,
      fixableOnly: vulnerabilities["fixable-only"] ?? false,
      onUnavailable: vulnerabilities["on-unavailable"] ?? "fail",
      waitMs: parseDuration(vulnerabilities.wait ?? "10m"),
      unknownSeverity: vulnerabilities["unknown-severity"] ?? "high",
      startScan: vulnerabilities["start-scan"] ?? false,
      block: {
        kev: block.kev ?? false,
        exploitAvailable: block["exploit-available"] ?? false,
        ...block.epss !== void 0 ? { epss: block.epss } : {}
      },
      ...kevCatalog ? { kevCatalog } : {},
      inspectorSuppressions: vulnerabilities["inspector-suppressions"] ?? "honor",
      platforms: vulnerabilities.platforms ?? "all"
    },
    limits: {
      maxFileBytes: parseSize(limits["max-file-size"] ?? "256MiB"),
      maxLayerBytes: parseSize(limits["max-layer-size"] ?? "16GiB"),
      maxEntries: limits["max-entries"] ?? DEFAULT_MAX_ENTRIES,
      idleTimeoutMs: parseDuration(limits["idle-timeout"] ?? "30s"),
      readTimeoutMs: parseDuration(limits["read-timeout"] ?? "2m")
    },
    exceptions,
    warnings,
    locate(field) {
      const link = field[0] === "checks" ? origins.get(`${field[1]}\0${field[2]}`) : void 0;
      return link ? where(link.file, link.lineOf(field)) : leaf.file;
    }
  };
}
function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/.exec(text);
  if (!match) throw new GateError(`invalid size ${quoteInput(text)}`);
  const units = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };
  return Math.floor(Number(match[1]) * units[match[2]]);
}
function parseDuration(text) {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!match) throw new GateError(`invalid duration ${quoteInput(text)}`);
  const unit = { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[match[2]];
  return Number(match[1]) * unit;
}

// src/report/model.ts
var REPORT_VERSION = 1;
var CHECK_ORDER = new Map(CHECKS.map((check, index) => [check.id, index]));
function locationKey(location) {
  if (isDockerfileLocation(location)) return `${location.file}\0${String(location.line).padStart(8, "0")}`;
  if (isLayerLocation(location)) return `~${location.path}`;
  if (isConfigLocation(location)) return `~~${location.config}`;
  return JSON.stringify(location);
}
function compareFindings(a, b) {
  return Number(b.blocking) - Number(a.blocking) || severityRank(b.severity) - severityRank(a.severity) || (CHECK_ORDER.get(a.check) ?? 999) - (CHECK_ORDER.get(b.check) ?? 999) || compareText(locationKey(a.location), locationKey(b.location)) || compareText(a.fingerprint, b.fingerprint);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function buildReport(input) {
  const findings = [...input.findings].sort(compareFindings);
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity2) => [severity2, 0]));
  for (const finding of findings) if (!finding.suppressed) bySeverity[finding.severity]++;
  const checks2 = CHECKS.map((check) => {
    const own = findings.filter((finding) => finding.check === check.id);
    const settings = input.policy.checks[check.id];
    const summary2 = {
      id: check.id,
      title: check.title,
      severity: settings?.severity ?? check.severity,
      action: settings?.action ?? "warn",
      rationale: check.rationale,
      remediation: check.remediation,
      references: check.references,
      rules: { ...check.rules },
      findings: own.length,
      blocking: own.filter((finding) => finding.blocking).length
    };
    const reason = input.notApplicable?.[check.id];
    if (reason !== void 0 && summary2.action !== "off") summary2.notApplicable = reason;
    return summary2;
  });
  const summary = {
    findings: findings.length,
    blocking: findings.filter((finding) => finding.blocking).length,
    warnings: findings.filter((finding) => !finding.blocking && !finding.suppressed).length,
    suppressed: findings.filter((finding) => finding.suppressed).length,
    bySeverity
  };
  if (input.baseline) summary.baseline = findings.filter((finding) => finding.baseline).length;
  if (input.scans) summary.vulnerabilities = vulnerabilitySummary(findings, input.scans, input.policy);
  const policy = { name: input.policy.name, chain: input.policy.chain };
  const warnings = [unlistedChecksWarning(input.policy), ...input.policy.warnings].filter((text) => text !== void 0);
  if (warnings.length > 0) policy.warning = warnings.join("; ");
  if (input.notScanned) summary.notScanned = input.notScanned;
  return {
    version: REPORT_VERSION,
    tool: { name: "image-gate", version: input.toolVersion },
    generatedAt: input.now.toISOString(),
    verdict: input.verdict,
    mode: input.mode,
    policy,
    ...input.baseline ? { baseline: { path: input.baseline.path, fingerprints: input.baseline.fingerprints.size } } : {},
    targets: input.targets,
    summary,
    checks: checks2,
    findings
  };
}
function unlistedChecksWarning(policy) {
  const unlisted = policy.unlistedChecks;
  if (unlisted.length === 0) return void 0;
  const named = unlisted.length <= 4 ? unlisted.join(", ") : `${unlisted.slice(0, 4).join(", ")} and ${unlisted.length - 4} more`;
  return `policy ${policy.name} extends no preset, so the ${unlisted.length} check${unlisted.length === 1 ? "" : "s"} it does not list (${named}) only warn; add "extends: default" to start from a preset`;
}
function vulnerabilitySummary(findings, scans, policy) {
  const cves = findings.filter((finding) => finding.check === "vulnerability" && finding.rule === "cve");
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((severity2) => {
      const ofSeverity = cves.filter((finding) => finding.severity === severity2);
      const counted = ofSeverity.filter((finding) => finding.counted).length;
      const allowed = policy.vulnerabilities.max[severity2] ?? null;
      return [
        severity2,
        { counted, reported: ofSeverity.length, allowed, blocking: allowed !== null && counted > allowed && ofSeverity.some((finding) => finding.blocking) }
      ];
    })
  );
  const { block } = policy.vulnerabilities;
  const facts = cves.map((finding) => finding.vulnerability).filter((value) => value !== void 0);
  return {
    sources: scans.map((scan) => ({
      source: scan.source,
      label: scan.label,
      status: scan.status,
      ...scan.reason !== void 0 ? { reason: scan.reason } : {},
      ...scan.cancelled ? { cancelled: true } : {},
      ...scan.scanType !== void 0 ? { scanType: scan.scanType } : {},
      ...scan.platform !== void 0 ? { platform: scan.platform } : {},
      ...scan.imageDigest !== void 0 ? { imageDigest: scan.imageDigest } : {},
      vulnerabilities: scan.vulnerabilities.length,
      ...scan.notes?.length ? { notes: scan.notes } : {}
    })),
    fixableOnly: policy.vulnerabilities.fixableOnly,
    exploits: {
      kev: facts.filter((fact) => fact.kev).length,
      kevUnknown: facts.filter((fact) => fact.kev === null).length,
      exploitAvailable: facts.filter((fact) => fact.exploitAvailable === true).length,
      epssAtOrAbove: block.epss === void 0 ? null : facts.filter((fact) => fact.epss !== null && fact.epss >= block.epss).length,
      blockedByPolicy: cves.filter((finding) => finding.blocking && finding.blockedBy?.length).length,
      block: { kev: block.kev, exploitAvailable: block.exploitAvailable, epss: block.epss ?? null }
    },
    bySeverity
  };
}
function exploitCells(finding) {
  const facts = finding.vulnerability;
  if (!facts) return { kev: "", epss: "" };
  return { kev: facts.kev ? "KEV" : facts.kev === null ? "?" : "-", epss: facts.epss === null ? "-" : facts.epss.toFixed(2) };
}
function formatLocation(location) {
  if (isDockerfileLocation(location)) return `${location.file}:${location.line}`;
  if (isLayerLocation(location))
    return `${location.path} (layer ${location.layer.replace(/^sha256:/, "").slice(0, 12)}${location.deleted ? ", deleted in a later layer" : ""})`;
  if (isConfigLocation(location)) return `config.${location.config}`;
  if ("image" in location) return location.image;
  if ("scan" in location) return `${location.scan}${location.package ? ` ${location.package}` : ""}${location.platform ? ` (${location.platform})` : ""}`;
  return location.line !== void 0 ? `${location.file}:${location.line}` : location.file;
}
var MiB2 = 1024 * 1024;
var amount = (bytes) => bytes >= MiB2 ? `${(bytes / MiB2).toFixed(1)} MiB` : `${bytes} bytes`;
var thousands = (count2) => String(count2).replace(/\B(?=(?:\d{3})+$)/g, ",");
var plural = (count2, one, many = `${one}s`) => `${thousands(count2)} ${count2 === 1 ? one : many}`;
function describeNotScanned(notScanned) {
  if (!notScanned) return void 0;
  const parts = [];
  if (notScanned.files > 0) parts.push(`${amount(notScanned.fileBytes)} of ${plural(notScanned.files, "file")} past limits.max-file-size`);
  if (notScanned.layers > 0) parts.push(`the rest of ${plural(notScanned.layers, "layer")} past limits.max-layer-size`);
  if (notScanned.entries > 0) parts.push(`${plural(notScanned.entries, "entry", "entries")} past limits.max-entries`);
  if (notScanned.foreignLayers > 0) parts.push(`${plural(notScanned.foreignLayers, "foreign layer")} not in the image`);
  return parts.length > 0 ? `not scanned: ${parts.join(", ")}` : void 0;
}
function describeBinarySkipped(notScanned) {
  if (!notScanned || notScanned.binaryFiles === 0) return void 0;
  return `${plural(notScanned.binaryFiles, "binary file")} (${amount(notScanned.binaryBytes)}: executables, archives, media) were not scanned for credentials`;
}

// src/gate.ts
function displayPath2(file, cwd) {
  const relative = path3.relative(cwd, path3.resolve(cwd, file));
  return (relative.startsWith("..") || path3.isAbsolute(relative) ? path3.resolve(cwd, file) : relative).split(path3.sep).join("/");
}
function ecrReferenceOf(options) {
  if (options.ecrImage !== void 0) return parseEcrReference(options.ecrImage, "--ecr-image");
  if (options.image?.startsWith("docker://") && isEcrHost(options.image.slice("docker://".length).split("/")[0] ?? ""))
    return parseEcrReference(options.image, "--image");
  return void 0;
}
async function runGate(options) {
  try {
    return await withRunDeadline(options.timeout ?? DEFAULT_RUN_TIMEOUT, (control) => judge(options, control));
  } finally {
    if (options.image !== void 0) await import("./load-LHTZCHQO.js").then((loaded) => loaded.stopPreparedThreads()).catch(() => void 0);
  }
}
async function judge(options, control) {
  const { activity } = control;
  const cwd = options.cwd ?? process.cwd();
  if (options.platform !== void 0 && !/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(options.platform)) {
    throw new GateError(`--platform: ${quoteInput(options.platform, 40)} is not of the form os/arch[/variant], e.g. linux/amd64`);
  }
  if (options.image !== void 0) refuseUserinfo(options.image, "--image");
  if (options.ecrImage !== void 0) refuseUserinfo(options.ecrImage, "--ecr-image");
  const scanFiles = options.scanResults ?? [];
  if (options.dockerfile === void 0 && options.image === void 0 && options.ecrImage === void 0 && scanFiles.length === 0) {
    throw new GateError("nothing to judge: give a Dockerfile path, --image, --ecr-image or --scan-results");
  }
  activity.phase("loading the policy");
  const policy = loadPolicy(options.policy, cwd);
  const mode = options.mode ?? policy.mode;
  const secretOptions = policy.checks.secret?.options;
  const [unsafe] = await unsafeRegexes(secretOptions);
  if (unsafe) {
    const field = ["checks", "secret", ...unsafe.field.map((part) => /^\d+$/.test(part) ? Number(part) : part)];
    const name = field.reduce((text, part) => typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`, "");
    throw new GateError(`${policy.locate(field)}: ${name}: ${unsafe.problem}`);
  }
  const baseline = options.baseline !== void 0 ? loadBaseline(path3.resolve(cwd, options.baseline), displayPath2(options.baseline, cwd)) : void 0;
  const registryOptions = {
    idleTimeoutMs: policy.limits.idleTimeoutMs,
    readTimeoutMs: policy.limits.readTimeoutMs,
    ...options.registry,
    signal: control.signal,
    activity,
    ...options.onSecret ? { onSecret: options.onSecret } : {}
  };
  let imageLoad;
  if (options.image !== void 0) {
    const needs = imageNeedsOfEnabledChecks(policy.checks);
    const loadOptions = {
      cwd,
      limits: { maxFileBytes: policy.limits.maxFileBytes, maxLayerBytes: policy.limits.maxLayerBytes, maxEntries: policy.limits.maxEntries },
      idleTimeoutMs: policy.limits.idleTimeoutMs,
      signal: control.signal,
      activity,
      registry: registryOptions,
      needs
    };
    if (needs.credentials) loadOptions.scanner = scannerFor(secretOptions);
    if (options.platform !== void 0) loadOptions.platform = options.platform;
    if (options.imageProgress !== void 0) loadOptions.progress = options.imageProgress;
    const image = options.image;
    const module = import("./load-LHTZCHQO.js").then((loaded) => {
      loaded.prepareImageLoad(image, loadOptions);
      return loaded;
    });
    module.catch(() => void 0);
    imageLoad = { options: loadOptions, module };
  }
  const evidence = {};
  const targets = {};
  if (options.dockerfile !== void 0) {
    const dockerfilePath = displayPath2(options.dockerfile, cwd);
    activity.phase(`reading the Dockerfile ${dockerfilePath}`);
    evidence.dockerfile = await loadDockerfile(path3.resolve(cwd, options.dockerfile), dockerfilePath, {
      buildArgs: options.buildArgs ?? {},
      platform: options.platform ?? "linux/amd64"
    });
    targets.dockerfile = {
      path: dockerfilePath,
      stages: evidence.dockerfile.stages.length,
      finalFromLine: evidence.dockerfile.stages[evidence.dockerfile.stages.length - 1].line,
      baseImages: evidence.dockerfile.imageUses.filter((use) => use.kind === "from" && use.stageRef === void 0).map((use) => use.scratch ? "scratch" : use.reference?.normalized ?? use.resolved)
    };
  }
  const outdated = policy.checks["outdated-base-image"];
  if (evidence.dockerfile && outdated && outdated.action !== "off") {
    activity.phase("reading the tag lists of the base images");
    const { gatherBaseImageEvidence, RegistryLookups } = await import("./base-image-registry-CMOYZWPL.js");
    const lookups = new RegistryLookups(registryOptions);
    evidence.baseImages = await gatherBaseImageEvidence(evidence.dockerfile, { tags: true, digests: policy.checks["mutable-tag"]?.action !== "off" }, lookups);
    const unreadable = Object.entries(evidence.baseImages.tags).find(([, listing]) => "unavailable" in listing);
    if (unreadable && stopsOnUnavailable(outdated.options["on-unavailable"], mode)) {
      throw new GateError(
        `${unreadable[1].unavailable} (the tag list of ${unreadable[0]}; checks.outdated-base-image.on-unavailable is fail)`
      );
    }
  }
  if (options.image !== void 0) {
    activity.phase(`reading the image ${options.image}`);
    const { loadImage } = await imageLoad.module;
    if (readsNoLayerContent(imageLoad.options.needs))
      notice(`--image: no enabled check reads the image's files; its layers are read only to verify their digests`);
    evidence.image = await loadImage(options.image, imageLoad.options);
    targets.image = {
      reference: options.image,
      transport: evidence.image.transport,
      platform: evidence.image.platform,
      configDigest: evidence.image.configDigest,
      layers: evidence.image.layers.length,
      user: evidence.image.config.user
    };
    const resolvedDigest = evidence.image.referenceDigest ?? evidence.image.digest;
    if (resolvedDigest !== void 0) targets.image.digest = resolvedDigest;
    if (evidence.image.digest !== void 0 && evidence.image.digest !== resolvedDigest) targets.image.manifestDigest = evidence.image.digest;
  }
  const sources = new Set(policy.vulnerabilities.sources);
  if (options.ecr) sources.add("ecr");
  if (options.inspector) sources.add("inspector");
  if (scanFiles.length > 0) sources.add("file");
  let scans;
  if (sources.size > 0) {
    let ecrReference = ecrReferenceOf(options);
    const imageInEcr = options.image?.startsWith("docker://") && isEcrHost(options.image.slice("docker://".length).split("/")[0] ?? "") ? parseEcrReference(options.image, "--image") : void 0;
    const resolvedDigest = evidence.image?.referenceDigest;
    if (ecrReference && imageInEcr && resolvedDigest !== void 0 && ecrReference.digest === void 0 && ecrReference.registry === imageInEcr.registry && ecrReference.repository === imageInEcr.repository && ecrReference.tag === imageInEcr.tag) {
      ecrReference = { ...ecrReference, digest: resolvedDigest };
    }
    if ((sources.has("ecr") || sources.has("inspector")) && !ecrReference) {
      throw new GateError(
        `${sources.has("ecr") ? "ECR" : "Inspector"} scan results need the ECR image: give --ecr-image ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST]`
      );
    }
    activity.phase(`reading scan results (${[...sources].join(", ")})`);
    const { gatherScans } = await import("./gather-INHHG2KK.js");
    let waiting;
    const progress = (event) => {
      waiting?.();
      waiting = activity.begin(`waiting for the ${event.what} (${event.state})`);
      options.progress?.(event);
    };
    const gathered = await gatherScans({
      sources,
      files: scanFiles,
      cwd,
      ...ecrReference ? { ecr: ecrReference } : {},
      waitMs: policy.vulnerabilities.waitMs,
      startScan: policy.vulnerabilities.startScan,
      clock: options.clock ?? cancellableClock(control.signal),
      platforms: policy.vulnerabilities.platforms,
      // With --image, the platform it read; else --platform (default: the only one, or linux/amd64).
      ...evidence.image?.platform ?? options.platform ? { platform: evidence.image?.platform ?? options.platform } : {},
      ...policy.vulnerabilities.kevCatalog ? { kevCatalog: policy.vulnerabilities.kevCatalog } : {},
      stopOnUnavailable: stopsOnUnavailable(policy.vulnerabilities.onUnavailable, mode),
      progress,
      ...options.settleMs !== void 0 ? { settleMs: options.settleMs } : {}
    });
    waiting?.();
    const missing = unavailableScanCause(gathered.results);
    if (missing && stopsOnUnavailable(policy.vulnerabilities.onUnavailable, mode)) {
      throw new GateError(`${missing.label}: scan results unavailable: ${missing.reason ?? "unknown reason"} (vulnerabilities.on-unavailable is fail)`);
    }
    scans = gathered.results;
    evidence.scans = scans;
    if (scanFiles.length > 0) targets.scanResults = scanFiles.map((file) => displayPath2(file, cwd));
    if (ecrReference) {
      targets.ecrImage = { reference: ecrReference.text, registry: ecrReference.registry, region: ecrReference.region, repository: ecrReference.repository };
      if (ecrReference.tag !== void 0) targets.ecrImage.tag = ecrReference.tag;
      if (gathered.digest !== void 0) targets.ecrImage.digest = gathered.digest;
      if (gathered.index) {
        targets.ecrImage.index = true;
        targets.ecrImage.platforms = gathered.index.images;
        if (gathered.index.skipped.length > 0) targets.ecrImage.skippedPlatforms = gathered.index.skipped;
      }
    }
  }
  let notApplicable = {};
  const on = (id) => (policy.checks[id]?.action ?? "off") !== "off";
  if (["unsigned-image", "unsigned-base-image", "missing-attestations", "registry-settings"].some(on)) {
    activity.phase("reading signatures, attestations and repository settings");
    const [{ collectSupplyChain }, { signerSettings }] = await Promise.all([import("./collect-T6ZPSRDD.js"), import("./signer-options-SRRKNFJK.js")]);
    const ecrReference = ecrReferenceOf(options);
    const collected = await collectSupplyChain({
      ...on("unsigned-image") ? { unsignedImage: signerSettings(policy.checks["unsigned-image"].options, cwd) } : {},
      ...on("unsigned-base-image") ? { unsignedBaseImage: signerSettings(policy.checks["unsigned-base-image"].options, cwd) } : {},
      missingAttestations: on("missing-attestations"),
      registrySettings: on("registry-settings"),
      ...options.image !== void 0 && evidence.image ? { image: { reference: options.image, model: evidence.image } } : {},
      ...ecrReference ? { ecrReference } : {},
      ...evidence.dockerfile ? { dockerfile: evidence.dockerfile } : {},
      ...options.platform !== void 0 ? { platform: options.platform } : {},
      cwd,
      registry: registryOptions
    });
    for (const key of ["signatures", "baseImageSignatures", "attestations", "repositorySettings"]) {
      if (collected[key] !== void 0) evidence[key] = collected[key];
    }
    notApplicable = collected.notApplicable;
    if (collected.base) {
      if (targets.image) targets.image.base = collected.base;
      else if (targets.ecrImage) targets.ecrImage.base = collected.base;
      else if (ecrReference)
        targets.ecrImage = {
          reference: ecrReference.text,
          registry: ecrReference.registry,
          region: ecrReference.region,
          repository: ecrReference.repository,
          base: collected.base
        };
    }
  }
  if (on("outdated-base-image") && !evidence.dockerfile) notApplicable["outdated-base-image"] = "no Dockerfile to read base images from";
  else if (on("outdated-base-image") && evidence.baseImages && Object.keys(evidence.baseImages.tags).length === 0)
    notApplicable["outdated-base-image"] = "the Dockerfile has no base image from a registry";
  activity.phase("judging the evidence");
  const findings = [];
  const context = { unknownSeverity: policy.vulnerabilities.unknownSeverity };
  for (const check of CHECKS) {
    const settings = policy.checks[check.id];
    if (settings?.action === "off") continue;
    for (const finding of foldRepeatedFindings(check.run(evidence, settings?.options ?? {}, context))) findings.push(finding);
  }
  const now = options.now ?? /* @__PURE__ */ new Date();
  const decision = decide(findings, policy, now, {
    cwd,
    ...baseline ? { baseline: baseline.fingerprints } : {},
    scope: {
      dockerfile: evidence.dockerfile !== void 0,
      image: evidence.image !== void 0,
      scansComplete: scans !== void 0 && scans.every((scan) => scan.status === "complete")
    }
  });
  const report = buildReport({
    toolVersion: TOOL_VERSION,
    now,
    verdict: decision.verdict,
    policy,
    mode,
    targets,
    findings: decision.findings,
    ...scans ? { scans } : {},
    notApplicable,
    ...baseline ? { baseline } : {},
    ...evidence.image ? { notScanned: notScannedOf(evidence.image) } : {}
  });
  return { report, exitCode: report.verdict === "fail" && mode === "enforce" ? 1 : 0 };
}
function notScannedOf(image) {
  const notScanned = {
    files: 0,
    fileBytes: 0,
    layers: 0,
    entries: 0,
    foreignLayers: 0,
    binaryFiles: image.binary.files,
    binaryBytes: image.binary.bytes
  };
  for (const item of image.unscanned) {
    if (item.reason === "file-too-large") {
      notScanned.files++;
      notScanned.fileBytes += item.size - item.scanned;
    } else if (item.reason === "layer-too-large") notScanned.layers++;
    else if (item.reason === "entries-limit") notScanned.entries += item.entries ?? 0;
    else notScanned.foreignLayers++;
  }
  return notScanned;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/junit.ts
var NOT_XML_CHARACTER = /[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
function xml(text) {
  return text.replace(NOT_XML_CHARACTER, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function renderJunit(report) {
  const cases = [];
  let failures = 0;
  let skipped = 0;
  for (const check of report.checks) {
    const findings = report.findings.filter((finding) => finding.check === check.id);
    const blocking = findings.filter((finding) => finding.blocking);
    const others = findings.filter((finding) => !finding.blocking);
    const line = (finding) => `[${finding.severity}] ${formatLocation(finding.location)}: ${finding.message}${finding.evidence ? ` (${finding.evidence})` : ""}${finding.suppressed ? ` (${describeSuppression(finding.suppressed)})` : ""}${finding.baseline ? " (baseline)" : ""}`;
    let body = "";
    if (check.action === "off") {
      skipped++;
      body += `
      <skipped message="turned off by the policy"/>`;
    } else if (check.notApplicable !== void 0) {
      skipped++;
      body += `
      <skipped message="${xml(`not applicable to this input: ${check.notApplicable}`)}"/>`;
    } else if (blocking.length > 0 && report.mode === "enforce") {
      failures++;
      body += `
      <failure message="${xml(`${blocking.length} blocking finding${blocking.length === 1 ? "" : "s"}: ${blocking[0].message}`)}" type="${xml(check.id)}">${xml(
        [...blocking.map(line), "", `Fix: ${check.remediation}`].join("\n")
      )}</failure>`;
    }
    const out = [...report.mode === "audit" ? blocking.map((finding) => `would block: ${line(finding)}`) : [], ...others.map(line)];
    if (out.length > 0) body += `
      <system-out>${xml(out.join("\n"))}</system-out>`;
    cases.push(
      `    <testcase classname="image-gate.${xml(check.id)}" name="${xml(`${check.id}: ${check.title}`)}" time="0">${body}${body ? "\n    " : ""}</testcase>`
    );
  }
  const attributes = `tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  const notScanned = describeNotScanned(report.summary.notScanned);
  const binary = describeBinarySkipped(report.summary.notScanned);
  const properties = [
    ["policy", report.policy.chain.join(" -> ")],
    ...report.policy.warning ? [["policy-warning", report.policy.warning]] : [],
    ...report.baseline ? [["baseline", report.baseline.path]] : [],
    ["verdict", report.verdict],
    ...notScanned ? [["not-scanned", notScanned]] : [],
    ...binary ? [["binary-skipped", binary]] : []
  ].map(([name, value]) => `      <property name="${xml(name)}" value="${xml(value)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="image-gate" ${attributes}>`,
    `  <testsuite name="${xml(`image-gate (${report.policy.name})`)}" ${attributes} timestamp="${report.generatedAt.replace(/\.\d+Z$/, "")}">`,
    "    <properties>",
    ...properties,
    "    </properties>",
    ...cases,
    ...report.policy.warning ? [`    <system-out>${xml(`warning: ${report.policy.warning}`)}</system-out>`] : [],
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/markdown.ts
var MAX_BYTES = 900 * 1024;
var MAX_ROWS = 500;
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var ICON = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦", info: "⬜" };
function renderMarkdown(report) {
  const parts = [];
  const verdict = report.verdict === "fail" ? "❌ **FAIL**" : "✅ **PASS**";
  const audit = report.mode === "audit" ? " (audit mode: reported only, the job does not fail)" : "";
  parts.push(`## image-gate: ${verdict}${audit}`, "");
  const { summary } = report;
  const notScanned = describeNotScanned(summary.notScanned);
  parts.push(
    `**${summary.blocking}** blocking · **${summary.warnings}** warning${summary.warnings === 1 ? "" : "s"} · **${summary.suppressed}** suppressed${summary.baseline !== void 0 ? ` · **${summary.baseline}** known from the baseline` : ""}${notScanned ? ` · ⚠️ ${notScanned}` : ""} · policy \`${report.policy.chain.join(" → ")}\``,
    ""
  );
  if (report.policy.warning) parts.push(`> ⚠️ ${cell(report.policy.warning)}`, "");
  const binary = describeBinarySkipped(summary.notScanned);
  if (binary) parts.push(`${binary[0].toUpperCase()}${binary.slice(1)}.`, "");
  const targets = [
    report.targets.dockerfile ? `Dockerfile \`${report.targets.dockerfile.path}\`` : "",
    report.targets.image ? `image \`${report.targets.image.reference}\` (${report.targets.image.platform}${report.targets.image.digest ? `, \`${report.targets.image.digest}\`` : ""})` : "",
    report.targets.ecrImage ? `ECR \`${report.targets.ecrImage.repository}\`${report.targets.ecrImage.digest ? ` @ \`${report.targets.ecrImage.digest}\`` : ""}` : "",
    report.targets.scanResults ? `scan results ${report.targets.scanResults.map((file) => `\`${cell(file)}\``).join(", ")}` : "",
    report.baseline ? `baseline \`${cell(report.baseline.path)}\`` : ""
  ].filter(Boolean);
  if (targets.length > 0) parts.push(`Judged: ${targets.join(" · ")}`, "");
  const withFindings = report.checks.filter((check) => check.findings > 0);
  if (withFindings.length > 0) {
    parts.push("| check | result | findings | blocking |", "|---|---|---:|---:|");
    for (const check of withFindings) {
      const result = check.blocking > 0 ? "❌ fail" : report.findings.some((finding) => finding.check === check.id && !finding.suppressed) ? "⚠️ warn" : "🔕 suppressed";
      parts.push(`| \`${check.id}\` | ${result} | ${check.findings} | ${check.blocking} |`);
    }
    parts.push("");
  }
  const quiet = report.checks.filter((check) => check.findings === 0 && check.action !== "off" && check.notApplicable === void 0).length;
  if (quiet > 0) parts.push(`✅ ${quiet} other check${quiet === 1 ? "" : "s"} found nothing.`, "");
  for (const check of report.checks.filter((entry) => entry.notApplicable !== void 0))
    parts.push(`➖ \`${check.id}\`: not applicable to this input: ${check.notApplicable}`, "");
  const vulnerabilities = summary.vulnerabilities;
  if (vulnerabilities) {
    parts.push(
      `### Vulnerabilities${vulnerabilities.fixableOnly ? " (fixable only are counted)" : ""}`,
      "",
      "| severity | counted | reported | allowed | |",
      "|---|---:|---:|---:|---|"
    );
    for (const [severity2, row] of Object.entries(vulnerabilities.bySeverity)) {
      if (row.reported === 0 && row.allowed === null) continue;
      parts.push(
        `| ${ICON[severity2] ?? ""} ${severity2} | ${row.counted} | ${row.reported} | ${row.allowed ?? "no limit"} | ${row.blocking ? "❌ over" : "✅"} |`
      );
    }
    const exploits = vulnerabilities.exploits;
    const epss = exploits.epssAtOrAbove === null ? "" : ` · **${exploits.epssAtOrAbove}** with EPSS ≥ ${exploits.block.epss}`;
    const unknown = exploits.kevUnknown > 0 ? ` · KEV status unknown for ${exploits.kevUnknown}` : "";
    const blocked = exploits.blockedByPolicy > 0 ? ` · ❌ **${exploits.blockedByPolicy}** blocking by \`vulnerabilities.block\`` : "";
    parts.push("", `Exploits: **${exploits.kev}** in CISA KEV · **${exploits.exploitAvailable}** with a known exploit${epss}${unknown}${blocked}`);
    for (const source of vulnerabilities.sources) {
      parts.push(
        "",
        `- ${cell(source.label)}: ${source.status === "complete" ? `${source.vulnerabilities} reported` : `**unavailable**, ${cell(source.reason ?? "")}`}`
      );
      for (const note of source.notes ?? []) parts.push(`  - ${cell(note)}`);
    }
    parts.push("");
  }
  if (report.findings.length > 0) {
    const exploitColumn = report.findings.some((finding) => finding.vulnerability);
    parts.push("### Findings", "", `| | check | where |${exploitColumn ? " KEV · EPSS |" : ""} finding |`, `|---|---|---|${exploitColumn ? "---|" : ""}---|`);
    let size2 = Buffer.byteLength(parts.join("\n"));
    let shown = 0;
    for (const finding of report.findings) {
      const state = finding.suppressed ? "🔕" : finding.blocking ? "❌" : finding.baseline ? "📌" : "⚠️";
      const cells = exploitCells(finding);
      const exploit = exploitColumn ? ` ${finding.vulnerability ? `${cells.kev === "KEV" ? "**KEV**" : cells.kev} · ${cells.epss}` : ""} |` : "";
      const row = `| ${state} ${ICON[finding.severity] ?? ""} | \`${finding.check}\` | ${cell(formatLocation(finding.location))} |${exploit} ${cell(finding.message)}${finding.evidence ? ` \`${cell(finding.evidence)}\`` : ""}${finding.suppressed ? ` _(${cell(describeSuppression(finding.suppressed))})_` : ""}${finding.baseline ? " _(baseline)_" : ""} |`;
      const bytes = Buffer.byteLength(row) + 1;
      if (shown >= MAX_ROWS || size2 + bytes > MAX_BYTES) break;
      parts.push(row);
      size2 += bytes;
      shown++;
    }
    if (shown < report.findings.length) parts.push("", `…and ${report.findings.length - shown} more findings: the full list is in the JSON report.`);
    parts.push("");
  }
  return `${parts.join("\n")}
`;
}

// src/report/sarif.ts
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };
var MAX_RESULTS = 25e3;
var MAX_LOCATIONS = 1e3;
function level(finding) {
  if (finding.suppressed) return "note";
  return finding.blocking ? "error" : finding.action === "fail" || finding.severity === "critical" || finding.severity === "high" ? "warning" : "note";
}
function ruleName(id) {
  return id.replace(/(^|[-/])([a-z0-9])/g, (_match, _sep, char) => char.toUpperCase());
}
function vulnerabilityProperties(finding) {
  const facts = finding.vulnerability;
  return {
    kev: facts.kev === null ? null : Boolean(facts.kev),
    ...facts.kev && facts.kev.dateAdded ? { kevDateAdded: facts.kev.dateAdded } : {},
    ...facts.kev && facts.kev.dueDate ? { kevDueDate: facts.kev.dueDate } : {},
    epss: facts.epss,
    exploitAvailable: facts.exploitAvailable,
    ...facts.fixedIn ? { fixedIn: facts.fixedIn } : {},
    ...facts.platform ? { platform: facts.platform } : {},
    ...facts.imageDigest ? { imageDigest: facts.imageDigest } : {},
    ...finding.blockedBy?.length ? { blockedBy: finding.blockedBy } : {}
  };
}
function renderSarif(report) {
  const dockerfile = report.targets.dockerfile;
  const findings = report.findings.slice(0, MAX_RESULTS);
  const catalog = report.checks.filter((check) => check.action !== "off").flatMap((check) => Object.keys(check.rules).map((rule) => `${check.id}/${rule}`));
  const ruleIds = [.../* @__PURE__ */ new Set([...catalog, ...findings.map((finding) => `${finding.check}/${finding.rule}`)])].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const [checkId] = id.split("/");
    const check = report.checks.find((candidate) => candidate.id === checkId);
    const ruleId = id.slice(checkId.length + 1);
    const fired = findings.filter((finding) => `${finding.check}/${finding.rule}` === id);
    const worst = fired.reduce(
      (current, finding) => severityRank(finding.severity) > severityRank(current) ? finding.severity : current,
      fired.length > 0 ? "info" : check.severity
    );
    const references = check.references.length > 0 ? `

References: ${check.references.join("; ")}.` : "";
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: check.rules[ruleId] ?? `${check.title} (${ruleId})` },
      fullDescription: { text: check.rationale },
      help: {
        text: `${check.remediation}${references}`,
        markdown: `**${check.title}**

${check.rationale}

**Fix:** ${check.remediation}${references}`
      },
      defaultConfiguration: { level: check.action === "fail" ? "error" : "warning" },
      properties: {
        tags: ["security", "container", check.id],
        "security-severity": SECURITY_SEVERITY[worst],
        precision: "high",
        "problem.severity": check.action === "fail" ? "error" : "warning"
      }
    };
  });
  const anchor = dockerfile ? { physicalLocation: { artifactLocation: { uri: dockerfile.path, uriBaseId: "%SRCROOT%" }, region: { startLine: dockerfile.finalFromLine } } } : report.targets.image ? { logicalLocations: [{ fullyQualifiedName: report.targets.image.reference, kind: "resource" }] } : { logicalLocations: [{ fullyQualifiedName: report.targets.ecrImage?.reference ?? "scan results", kind: "resource" }] };
  const results = findings.map((finding) => {
    const places = [finding.location, ...finding.locations ?? []];
    const inDockerfile = places.filter(isDockerfileLocation);
    const located = inDockerfile.length > 0;
    const locations = located ? [...new Map(inDockerfile.map((place) => [`${place.file}:${place.line}`, place])).values()].slice(0, MAX_LOCATIONS).map((place) => ({
      physicalLocation: { artifactLocation: { uri: place.file, uriBaseId: "%SRCROOT%" }, region: { startLine: place.line } }
    })) : [anchor];
    const where2 = located ? "" : ` [${formatLocation(finding.location)}]`;
    const result = {
      ruleId: `${finding.check}/${finding.rule}`,
      ruleIndex: ruleIndex.get(`${finding.check}/${finding.rule}`),
      level: level(finding),
      message: { text: `${finding.message}${where2}${finding.evidence ? ` Evidence: ${finding.evidence}.` : ""}` },
      locations,
      partialFingerprints: { "imageGateFinding/v1": finding.fingerprint },
      properties: {
        severity: finding.severity,
        blocking: finding.blocking,
        ...finding.id ? { id: finding.id } : {},
        ...finding.package ? { package: finding.package } : {},
        ...finding.vulnerability ? vulnerabilityProperties(finding) : {}
      }
    };
    if (finding.fix) {
      result.fixes = [
        {
          description: { text: finding.fix.description },
          artifactChanges: [
            {
              artifactLocation: { uri: finding.fix.file, uriBaseId: "%SRCROOT%" },
              replacements: [{ deletedRegion: { ...finding.fix.region }, insertedContent: { text: finding.fix.replacement } }]
            }
          ]
        }
      ];
    }
    if (report.baseline) result.baselineState = finding.baseline ? "unchanged" : "new";
    if (finding.suppressed)
      result.suppressions = [
        {
          kind: "external",
          status: "accepted",
          justification: "expires" in finding.suppressed ? `${finding.suppressed.reason} (until ${finding.suppressed.expires})` : describeSuppression(finding.suppressed)
        }
      ];
    return result;
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "image-gate", version: report.tool.version, semanticVersion: report.tool.version, rules } },
        automationDetails: { id: "image-gate/" },
        invocations: [
          {
            executionSuccessful: true,
            ...report.policy.warning ? { toolExecutionNotifications: [{ level: "warning", message: { text: report.policy.warning } }] } : {}
          }
        ],
        results,
        properties: {
          verdict: report.verdict,
          mode: report.mode,
          policy: report.policy.name,
          ...report.policy.warning ? { policyWarning: report.policy.warning } : {},
          ...report.baseline ? { baseline: report.baseline.path } : {},
          truncated: report.findings.length > MAX_RESULTS ? report.findings.length - MAX_RESULTS : 0,
          ...report.summary.notScanned ? { notScanned: report.summary.notScanned } : {},
          ...describeNotScanned(report.summary.notScanned) ? { notScannedSummary: describeNotScanned(report.summary.notScanned) } : {}
        },
        ...dockerfile ? { originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root (the working directory of the run)." } } } } : {}
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/table.ts
var CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], cyan: [36, 39] };
function renderTable(report, options) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style][0]}m${text}\x1B[${CODES[style][1]}m` : text;
  const perCheck = options.perCheck ?? 25;
  const lines = [];
  const target = [
    report.targets.dockerfile ? `Dockerfile ${report.targets.dockerfile.path}` : "",
    report.targets.image ? `image ${report.targets.image.reference} (${report.targets.image.platform}, ${report.targets.image.layers} layers)` : "",
    report.targets.ecrImage ? `ECR ${report.targets.ecrImage.repository}${report.targets.ecrImage.digest ? `@${report.targets.ecrImage.digest.slice(0, 19)}…` : ""}` : "",
    report.targets.scanResults ? `scan results ${report.targets.scanResults.join(", ")}` : ""
  ].filter(Boolean).join(" + ");
  const header = [target, `policy ${report.policy.chain.join(" → ")}`, report.mode, report.baseline ? `baseline ${report.baseline.path}` : ""].filter(Boolean);
  lines.push(paint("bold", `image-gate ${report.tool.version}`) + paint("dim", ` · ${header.join(" · ")}`));
  if (report.policy.warning) lines.push(paint("yellow", `! ${report.policy.warning}`));
  lines.push("");
  const groups = /* @__PURE__ */ new Map();
  for (const finding of [...report.findings].sort(compareFindings)) {
    const list2 = groups.get(finding.check) ?? [];
    list2.push(finding);
    groups.set(finding.check, list2);
  }
  if (groups.size === 0) lines.push(paint("green", "No findings."), "");
  for (const [checkId, findings] of groups) {
    const check = report.checks.find((candidate) => candidate.id === checkId);
    const blocking2 = findings.some((finding) => finding.blocking);
    const open = findings.filter((finding) => !finding.suppressed);
    const label = blocking2 ? paint("red", "✖ FAIL") : open.length > 0 ? paint("yellow", "! WARN") : paint("dim", "· SUPPRESSED");
    lines.push(
      `${label}  ${paint("bold", checkId)} ${paint("dim", `· ${check?.title ?? ""} · ${findings.length} finding${findings.length === 1 ? "" : "s"}`)}`
    );
    const exploitColumns = findings.some((finding) => finding.vulnerability);
    if (exploitColumns) lines.push(paint("dim", `  ${"SEVERITY".padEnd(8)} KEV ${"EPSS".padEnd(5)} WHERE`));
    for (const finding of findings.slice(0, perCheck)) {
      const severity2 = finding.severity.toUpperCase().padEnd(8);
      const tint = finding.severity === "critical" || finding.severity === "high" ? "red" : finding.severity === "medium" ? "yellow" : "dim";
      const evidence = finding.evidence ? paint("dim", ` [${finding.evidence}]`) : "";
      const cells = exploitCells(finding);
      const columns = exploitColumns ? `${cells.kev === "KEV" ? paint("red", "KEV") : cells.kev.padEnd(3)} ${cells.epss.padEnd(5)} ` : "";
      const known = finding.baseline ? paint("dim", " (baseline)") : "";
      lines.push(`  ${paint(tint, severity2)} ${columns}${paint("cyan", formatLocation(finding.location))}  ${finding.message}${evidence}${known}`);
      const primary = JSON.stringify(finding.location);
      for (const other of finding.locations ?? []) {
        if (JSON.stringify(other) !== primary) lines.push(`           ${paint("dim", `also at ${formatLocation(other)}`)}`);
      }
      if (finding.suppressed) {
        lines.push(`           ${paint("dim", describeSuppression(finding.suppressed))}`);
      }
    }
    if (findings.length > perCheck) lines.push(paint("dim", `  … and ${findings.length - perCheck} more (all of them are in --format json)`));
    if (open.length > 0 && check) lines.push(`  ${paint("dim", "fix:")} ${check.remediation}`);
    lines.push("");
  }
  const notApplicable = report.checks.filter((check) => check.notApplicable !== void 0);
  if (notApplicable.length > 0) {
    lines.push(paint("bold", "Not applicable to this input:"));
    for (const check of notApplicable) lines.push(`  ${paint("dim", "-")} ${check.id}: ${check.notApplicable}`);
    lines.push("");
  }
  const vulnerabilities = report.summary.vulnerabilities;
  if (vulnerabilities) {
    lines.push(paint("bold", `Vulnerabilities${vulnerabilities.fixableOnly ? " (fixable only are counted)" : ""}:`));
    for (const source of vulnerabilities.sources) {
      lines.push(
        `  ${source.status === "complete" ? paint("green", "✓") : paint("yellow", "!")} ${source.label}${source.status === "complete" ? `: ${source.vulnerabilities} reported` : `: unavailable, ${source.reason ?? ""}`}`
      );
      for (const note of source.notes ?? []) lines.push(`      ${paint("dim", note)}`);
    }
    const exploits = vulnerabilities.exploits;
    const epss = exploits.epssAtOrAbove === null ? "" : ` · ${exploits.epssAtOrAbove} with EPSS ≥ ${exploits.block.epss}`;
    const unknown = exploits.kevUnknown > 0 ? ` · KEV status unknown for ${exploits.kevUnknown}` : "";
    const blocked = exploits.blockedByPolicy > 0 ? ` · ${paint("red", `${exploits.blockedByPolicy} blocking by vulnerabilities.block`)}` : "";
    lines.push(`  exploits: ${exploits.kev} in CISA KEV · ${exploits.exploitAvailable} with a known exploit${epss}${unknown}${blocked}`);
    const rows2 = Object.entries(vulnerabilities.bySeverity).filter(([, row]) => row.reported > 0 || row.allowed !== null);
    for (const [severity2, row] of rows2) {
      const allowed = row.allowed === null ? "no limit" : `max ${row.allowed}`;
      const state = row.blocking ? paint("red", "over the limit") : paint("green", "ok");
      lines.push(`  ${severity2.padEnd(9)} ${String(row.counted).padStart(5)} counted (${row.reported} reported), ${allowed}: ${state}`);
    }
    lines.push("");
  }
  const { blocking, warnings, suppressed, baseline } = report.summary;
  const verdict = report.verdict === "fail" ? paint("red", "FAIL") : paint("green", "PASS");
  const audit = report.mode === "audit" ? paint("yellow", " (audit mode: reported only, exit 0)") : "";
  const binary = describeBinarySkipped(report.summary.notScanned);
  if (binary) lines.push(paint("dim", `${binary[0].toUpperCase()}${binary.slice(1)}.`));
  const notScanned = describeNotScanned(report.summary.notScanned);
  lines.push(
    `${paint("bold", "Result:")} ${verdict}${audit} · ${blocking} blocking · ${warnings} warning${warnings === 1 ? "" : "s"} · ${suppressed} suppressed${baseline !== void 0 ? ` · ${baseline} known from the baseline` : ""}${notScanned ? ` · ${paint("yellow", notScanned)}` : ""}`
  );
  return `${lines.join("\n")}
`;
}

// src/report/render.ts
var FORMATS = ["table", "json", "sarif", "junit", "markdown"];
function isFormat(value) {
  return FORMATS.includes(value);
}
function parseFormat(value, flag) {
  if (!isFormat(value)) throw new GateError(`${flag}: unknown format ${quoteInput(value, 30)} (formats: ${FORMATS.join(", ")})`);
  return value;
}
function scrubOutput(text) {
  return redactText(text, { formatsOnly: true });
}
function render(report, format, options) {
  const renderers = {
    table: () => renderTable(report, { color: options.color }),
    json: () => renderJson(report),
    sarif: () => renderSarif(report),
    junit: () => renderJunit(report),
    markdown: () => renderMarkdown(report)
  };
  return scrubOutput(renderers[format]());
}

export {
  parseBuildArgs,
  isDockerfileLocation,
  TOOL_VERSION,
  runGate,
  parseFormat,
  scrubOutput,
  render
};
