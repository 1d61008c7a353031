// The protoguard GitHub Action, bundled from src/action/ by `npm run bundle`. Do not edit.
import { createRequire as __protoguardCreateRequire } from "node:module";
const require = __protoguardCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x3) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x3, {
  get: (a, b3) => (typeof require !== "undefined" ? require : a)[b3]
}) : x3)(function(x3) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x3 + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural2(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural2(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural2(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural2(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural2(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load2;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load2() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports, module) {
    "use strict";
    module.exports = (flag, argv = process.argv) => {
      const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
      const position = argv.indexOf(prefix + flag);
      const terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports, module) {
    "use strict";
    var os2 = __require("os");
    var tty = __require("tty");
    var hasFlag = require_has_flag();
    var { env } = process;
    var forceColor;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      forceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = 1;
    }
    if ("FORCE_COLOR" in env) {
      if (env.FORCE_COLOR === "true") {
        forceColor = 1;
      } else if (env.FORCE_COLOR === "false") {
        forceColor = 0;
      } else {
        forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
      }
    }
    function translateLevel(level2) {
      if (level2 === 0) {
        return false;
      }
      return {
        level: level2,
        hasBasic: true,
        has256: level2 >= 2,
        has16m: level2 >= 3
      };
    }
    function supportsColor(haveStream, streamIsTTY) {
      if (forceColor === 0) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (haveStream && !streamIsTTY && forceColor === void 0) {
        return 0;
      }
      const min = forceColor || 0;
      if (env.TERM === "dumb") {
        return min;
      }
      if (process.platform === "win32") {
        const osRelease = os2.release().split(".");
        if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if (env.COLORTERM === "truecolor") {
        return 3;
      }
      if ("TERM_PROGRAM" in env) {
        const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      return min;
    }
    function getSupportLevel(stream) {
      const level2 = supportsColor(stream, stream && stream.isTTY);
      return translateLevel(level2);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: translateLevel(supportsColor(true, tty.isatty(1))),
      stderr: translateLevel(supportsColor(true, tty.isatty(2)))
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load2;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load2() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory2) {
      log(`checking %s`, path);
      try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory2) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail2;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail2 = _fail;
      });
      return {
        promise,
        done(result2) {
          if (status === "pending") {
            status = "resolved";
            done(result2);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail2(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
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
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq3;
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
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
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
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
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
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
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
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
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
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
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
        const pt2 = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt2} parent`);
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
    var escapeTagName = (tn2) => tn2.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
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
          if (!doc || tagNames.some((tn2) => tn2.startsWith(prefix)))
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
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              val.delete(k2);
            else if (v1 !== v0)
              val.set(k2, v1);
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
          for (const [k2, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              delete val[k2];
            else if (v1 !== v0)
              val[k2] = v1;
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
        return value.map((v2, i) => toJS(v2, String(i), ctx));
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
        let count = 0;
        for (const item of node.items) {
          const c3 = getAliasCount(doc, item, anchors2);
          if (c3 > count)
            count = c3;
        }
        return count;
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
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
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
    function collectionFromPath(schema, path, value) {
      let v2 = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k2 = path[i];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
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
        copy.items = copy.items.map((it2) => identity.isNode(it2) || identity.isPair(it2) ? it2.clone(schema) : it2);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
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
      deleteIn(path) {
        const [key, ...rest] = path;
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
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
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
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
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
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
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
    function foldFlowLines(text, indent, mode3 = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
      if (mode3 === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode3 === FOLD_QUOTED && ch === "\\") {
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
          if (mode3 === FOLD_BLOCK)
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
            } else if (mode3 === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j3 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j3])
                return text;
              folds.push(j3);
              escapedFolds[j3] = true;
              end = j3 + endStep;
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
          if (mode3 === FOLD_QUOTED && escapedFolds[fold])
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
      let qs2;
      if (singleQuote === false)
        qs2 = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs2 = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs2 = doubleQuotedString;
        else
          qs2 = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs2(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
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
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
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
      const ss2 = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss2.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss2.value, ctx) : blockString(ss2, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss2, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
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
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
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
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o2) => tagObj = o2 });
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
      let ws2 = " ";
      if (keyComment || vsb || vcb) {
        ws2 = vsb ? "\n" : "";
        if (vcb) {
          const cs2 = commentString(vcb);
          ws2 += `
${stringifyComment.indentComment(cs2, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws2 === "\n" && valueComment)
            ws2 = "\n\n";
        } else {
          ws2 += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
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
            ws2 = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws2 = "";
      }
      str += ws2 + valueStr;
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
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it2 of source.items)
          mergeValue(ctx, map, it2);
      else if (Array.isArray(source))
        for (const it2 of source)
          mergeValue(ctx, map, it2);
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
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
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
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
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
      toJSON(_3, ctx) {
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
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
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
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
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
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
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
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
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
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
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
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
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
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it2 of items) {
        if (identity.isPair(it2)) {
          if (it2.key === key || it2.key === k2)
            return it2;
          if (identity.isScalar(it2.key) && it2.key.value === k2)
            return it2;
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
        const it2 = findPair(this.items, key);
        if (!it2)
          return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it2 = findPair(this.items, key);
        const node = it2?.value;
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
      toJSON(_3, ctx, Type) {
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
        const it2 = this.items[idx];
        return !keepScalar && identity.isScalar(it2) ? it2.value : it2;
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
      toJSON(_3, ctx) {
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
          for (let it2 of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it2 : String(i++);
              it2 = replacer.call(obj, key, it2);
            }
            seq.items.push(createNode.createNode(it2, void 0, ctx));
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
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
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
        let d2 = minFractionDigits - (n.length - i - 1);
        while (d2-- > 0)
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
    var int = {
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
    exports.int = int;
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
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
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
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
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
          for (let i = 0, o2 = 0; i < n; ++i, o2 += lineWidth) {
            lines[i] = str.substr(o2, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
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
              const cn2 = pair.value ?? pair.key;
              cn2.comment = cn2.comment ? `${item.comment}
${cn2.comment}` : item.comment;
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
        for (let it2 of iterable) {
          if (typeof replacer === "function")
            it2 = replacer.call(iterable, String(i++), it2);
          let key, value;
          if (Array.isArray(it2)) {
            if (it2.length === 2) {
              key = it2[0];
              value = it2[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it2}`);
          } else if (it2 && it2 instanceof Object) {
            const keys = Object.keys(it2);
            if (keys.length === 1) {
              key = keys[0];
              value = it2[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it2;
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
      toJSON(_3, ctx) {
        if (!ctx)
          return super.toJSON(_3);
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
          const f3 = str.substring(dot + 1).replace(/_/g, "");
          if (f3[f3.length - 1] === "0")
            node.minFractionDigits = f3.length;
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
    var int = {
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
    exports.int = int;
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
      toJSON(_3, ctx) {
        return super.toJSON(_3, ctx, Set);
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
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
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
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date -= 6e4 * d2;
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
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
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
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
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
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
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
        tags = tags.concat(merge.merge);
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
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b3) => a.key < b3.key ? -1 : a.key > b3.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
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
        const cs2 = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs2, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs2 = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs2, ""));
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
          const cs2 = commentString(doc.comment);
          if (cs2.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs2, ""));
          } else {
            lines.push(`... ${cs2}`);
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
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
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
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
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
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
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
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
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
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
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
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
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
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
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
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
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
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
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
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
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
        comment,
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
            for (const st2 of key.end)
              if (st2.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it2 of key.items) {
            for (const st2 of it2.start)
              if (st2.type === "newline")
                return true;
            if (it2.sep) {
              for (const st2 of it2.sep)
                if (st2.type === "newline")
                  return true;
            }
            if (containsNewline(it2.key) || containsNewline(it2.value))
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
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b3) => a === b3 || identity.isScalar(a) && identity.isScalar(b3) && a.value === b3.value;
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
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
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
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
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
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs2, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs2.offset;
      let commentEnd = null;
      for (const { start, value } of bs2.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs2.indent,
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
          utilFlowIndentCheck.flowIndentCheck(bs2.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs2.offset, offset, commentEnd ?? offset];
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
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
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
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
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
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
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
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
            loop: for (const st2 of start) {
              switch (st2.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st2.source.substring(1);
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
        if (!isMap2 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st2 of sep4) {
                  if (st2 === valueProps.found)
                    break;
                  if (st2.type === "newline") {
                    onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
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
          if (isMap2) {
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
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce2, ...ee3] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee3.unshift(ce2);
      }
      if (ee3.length > 0) {
        const end = resolveEnd.resolveEnd(ee3, cePos, ctx.options.strict, onError);
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
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt2 = ctx.schema.knownTags[tagName];
        if (kt2?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt2, { default: false }));
          tag = kt2;
        } else {
          if (kt2) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, true);
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
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
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
      let sep4 = "";
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
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
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
      const mode3 = source[0];
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
      let comment = "";
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
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts2 = token.source;
            if (ts2 && typeof ts2 === "string")
              length += ts2.length;
          }
        }
      }
      return { mode: mode3, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
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
      const re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
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
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
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
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
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
      if (comment)
        scalar.comment = comment;
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
      const kt2 = schema.knownTags[tagName];
      if (kt2 && !kt2.collection) {
        schema.tags.push(Object.assign({}, kt2, { default: false, test: void 0 }));
        return kt2;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts2 = directives.tagString(tag.tag);
          const cs2 = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts2} or ${cs2}`;
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
          let st2 = before[i];
          switch (st2.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st2.source.length;
              continue;
          }
          st2 = before[++i];
          while (st2?.type === "space") {
            offset += st2.source.length;
            st2 = before[++i];
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
      const { spaceBefore, comment, anchor, tag } = props;
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
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
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
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
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
      if (comment) {
        node.comment = comment;
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
      const re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
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
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
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
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it2 = dc.items[0];
            if (identity.isPair(it2))
              it2 = it2.key;
            const cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
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
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
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
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
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
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
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
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
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
        for (const st2 of end)
          switch (st2.type) {
            case "space":
            case "comment":
              props.push(st2);
              break;
            case "newline":
              props.push(st2);
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
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st2) => st2.type === "space" || st2.type === "comment" || st2.type === "newline") : [];
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
          for (const st2 of token.end)
            res += st2.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st2 of start)
        res += st2.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st2 of sep4)
          res += st2.source;
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
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
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
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
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
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar2;
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
    var Lexer2 = class {
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
          const dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty(this.buffer[offset + 3]))
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
          let cs2 = line.indexOf("#");
          while (cs2 !== -1) {
            const ch = line[cs2 - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs2 - 1;
              break;
            } else {
              cs2 = line.indexOf("#", cs2 + 1);
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
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = qb.indexOf("\n", cs2);
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
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = this.buffer.indexOf("\n", cs2);
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
              const cs2 = this.continueScalar(i + 1);
              if (cs2 === -1)
                break;
              i = Math.max(i, cs2 - 2);
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
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
          const it2 = parent.items[parent.items.length - 1];
          return it2.sep ?? it2.start;
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
        for (const it2 of fc.items) {
          if (it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind")) {
            if (it2.key)
              it2.value = it2.key;
            delete it2.key;
            if (isFlowToken(it2.value)) {
              if (it2.value.end)
                arrayPushArray(it2.value.end, it2.sep);
              else
                it2.value.end = it2.sep;
            } else
              arrayPushArray(it2.start, it2.sep);
            delete it2.sep;
          }
        }
      }
    }
    var Parser3 = class {
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
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
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
        const st2 = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st2;
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
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
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
              const it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it2.sep) {
                it2.value = token;
              } else {
                Object.assign(it2, { key: token, sep: [] });
                this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value)
                top.items.push({ start: [], value: token });
              else
                it2.value = token;
              break;
            }
            case "flow-collection": {
              const it2 = top.items[top.items.length - 1];
              if (!it2 || it2.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it2.sep)
                it2.value = token;
              else
                Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent))) {
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
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
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
        const it2 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              it2.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it2.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it2.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it2.sep && !it2.value) {
            const nl = [];
            for (let i = 0; i < it2.sep.length; ++i) {
              const st2 = it2.sep[i];
              switch (st2.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st2.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it2.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it2.sep) {
                it2.sep.push(this.sourceToken);
              } else {
                it2.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it2.sep && !it2.explicitKey) {
                it2.start.push(this.sourceToken);
                it2.explicitKey = true;
              } else if (atNextItem || it2.value) {
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
              if (it2.explicitKey) {
                if (!it2.sep) {
                  if (includesToken(it2.start, "newline")) {
                    Object.assign(it2, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it2.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it2.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it2.start);
                  const key = it2.key;
                  const sep4 = it2.sep;
                  sep4.push(this.sourceToken);
                  delete it2.key;
                  delete it2.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it2.sep = it2.sep.concat(start, this.sourceToken);
                } else {
                  it2.sep.push(this.sourceToken);
                }
              } else {
                if (!it2.sep) {
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                } else if (it2.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it2.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it2.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it2.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it2, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
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
        const it2 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it2.value || includesToken(it2.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it2.start.push(this.sourceToken);
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
        const it2 = fc.items[fc.items.length - 1];
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
              if (!it2 || it2.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it2 || it2.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it2.sep)
                this.stack.push(fs2);
              else
                Object.assign(it2, { key: fs2, sep: [] });
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
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
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
        return start.every((st2) => st2.type === "newline" || st2.type === "space");
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
    exports.Parser = Parser3;
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
    function parseDocument2(source, options = {}) {
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
      const doc = parseDocument2(src, options);
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
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist3 = __commonJS({
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

// src/action/main.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3, resolve as resolve7 } from "node:path";

// src/model/errors.ts
var InputError = class extends Error {
  name = "InputError";
};
var UsageError = class extends Error {
  name = "UsageError";
};

// src/run/check.ts
import { relative as relative5, sep as sep3 } from "node:path";

// src/model/rule.ts
var CATEGORIES = ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR", "VERSIONING"];
function mapEntryFallback(element) {
  let entry;
  if (element.kind === "message") entry = element;
  else if (element.kind === "field" && !element.isExtension) entry = element.parent;
  if (entry === void 0 || !entry.isMapEntry) return void 0;
  const mapField = entry.parent?.fields.find((f3) => f3.isMap && f3.typeName === entry.fullName);
  return mapField ? { file: mapField.file, path: [...mapField.path, 6] } : void 0;
}
function at(element, ...parts) {
  const file = element.kind === "file" ? element : element.file;
  const base = element.kind === "file" ? [] : element.path;
  const candidates = parts.map((p2) => ({ file, path: [...base, ...p2] }));
  if (element.kind !== "file") candidates.push({ file, path: base });
  const mapField = mapEntryFallback(element);
  if (mapField) candidates.push(mapField);
  return { file, candidates };
}
function atFile(file) {
  return { file, candidates: [] };
}
var DEFAULT_SETTINGS = { allowV0: false, versionPatterns: [] };
function defineRule(rule) {
  return Object.freeze(rule);
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/base64-encoding.js
var nativeSetFromBase64 = Uint8Array.prototype.setFromBase64;
function base64Decode(base64Str) {
  const len = base64Str.length;
  let size = len - (len + 3 >> 2);
  if ((len & 3) == 0 && base64Str[len - 1] == "=") {
    size -= base64Str[len - 2] == "=" ? 2 : 1;
  }
  const bytes = new Uint8Array(size);
  let written = -1;
  if (nativeSetFromBase64) {
    try {
      const result2 = nativeSetFromBase64.call(bytes, base64Str);
      if (result2.read == len) {
        written = result2.written;
      }
    } catch (_a) {
    }
  }
  if (written < 0) {
    written = setFromBase64(bytes, base64Str);
  }
  return written == size ? bytes : bytes.subarray(0, written);
}
function setFromBase64(bytes, base64Str) {
  const table2 = getDecodeTable();
  let bytePos = 0, groupPos = 0, b3, p2 = 0;
  for (let i = 0; i < base64Str.length; i++) {
    b3 = table2[base64Str.charCodeAt(i)];
    if (b3 === void 0) {
      switch (base64Str[i]) {
        // @ts-ignore TS7029: Fallthrough case in switch -- ignore instead of expect-error for compiler settings without noFallthroughCasesInSwitch: true
        case "=":
          groupPos = 0;
        // reset state when padding found
        case "\n":
        case "\r":
        case "	":
        case " ":
          continue;
        // skip white-space, and padding
        default:
          throw Error("invalid base64 string");
      }
    }
    switch (groupPos) {
      case 0:
        p2 = b3;
        groupPos = 1;
        break;
      case 1:
        bytes[bytePos++] = p2 << 2 | (b3 & 48) >> 4;
        p2 = b3;
        groupPos = 2;
        break;
      case 2:
        bytes[bytePos++] = (p2 & 15) << 4 | (b3 & 60) >> 2;
        p2 = b3;
        groupPos = 3;
        break;
      case 3:
        bytes[bytePos++] = (p2 & 3) << 6 | b3;
        groupPos = 0;
        break;
    }
  }
  if (groupPos == 1)
    throw Error("invalid base64 string");
  return bytePos;
}
var nativeToBase64 = Uint8Array.prototype.toBase64;
var encodeTableStd;
var encodeTableUrl;
var decodeTable;
function getEncodeTable(encoding) {
  if (!encodeTableStd) {
    encodeTableStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    encodeTableUrl = encodeTableStd.slice(0, -2).concat("-", "_");
  }
  return encoding == "url" ? (
    // biome-ignore lint/style/noNonNullAssertion: TS fails to narrow down
    encodeTableUrl
  ) : encodeTableStd;
}
function getDecodeTable() {
  if (!decodeTable) {
    decodeTable = [];
    const encodeTable = getEncodeTable("std");
    for (let i = 0; i < encodeTable.length; i++)
      decodeTable[encodeTable[i].charCodeAt(0)] = i;
    decodeTable["-".charCodeAt(0)] = encodeTable.indexOf("+");
    decodeTable["_".charCodeAt(0)] = encodeTable.indexOf("/");
  }
  return decodeTable;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/names.js
function protoCamelCase(snakeCase) {
  let capNext = false;
  const b3 = [];
  for (let i = 0; i < snakeCase.length; i++) {
    let c3 = snakeCase.charAt(i);
    switch (c3) {
      case "_":
        capNext = true;
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        b3.push(c3);
        capNext = false;
        break;
      default:
        if (capNext) {
          capNext = false;
          c3 = c3.toUpperCase();
        }
        b3.push(c3);
        break;
    }
  }
  return b3.join("");
}
function protoSnakeCase(lowerCamelCase) {
  return lowerCamelCase.replace(/[A-Z]/g, (letter) => "_" + letter.toLowerCase());
}
var reservedObjectProperties = /* @__PURE__ */ new Set([
  // names reserved by JavaScript
  "constructor",
  "toString",
  "toJSON",
  "valueOf"
]);
function safeObjectProperty(name) {
  return reservedObjectProperties.has(name) ? name + "$" : name;
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/varint.js
function varint64read() {
  const buf = this.buf;
  let pos = this.pos;
  let lo = 0;
  let hi = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    const b3 = buf[pos++];
    lo |= (b3 & 127) << shift;
    if ((b3 & 128) == 0) {
      this.pos = pos;
      this.assertBounds();
      this.varint64Lo = lo;
      this.varint64Hi = hi;
      return;
    }
  }
  const middleByte = buf[pos++];
  lo |= (middleByte & 15) << 28;
  hi = (middleByte & 112) >> 4;
  if ((middleByte & 128) == 0) {
    this.pos = pos;
    this.assertBounds();
    this.varint64Lo = lo;
    this.varint64Hi = hi;
    return;
  }
  for (let shift = 3; shift <= 31; shift += 7) {
    const b3 = buf[pos++];
    hi |= (b3 & 127) << shift;
    if ((b3 & 128) == 0) {
      this.pos = pos;
      this.assertBounds();
      this.varint64Lo = lo;
      this.varint64Hi = hi;
      return;
    }
  }
  throw new Error("invalid varint");
}
var TWO_PWR_32_DBL = 4294967296;
function int64FromString(dec) {
  const minus = dec[0] === "-";
  if (minus) {
    dec = dec.slice(1);
  }
  const base = 1e6;
  let lowBits = 0;
  let highBits = 0;
  function add1e6digit(begin, end) {
    const digit1e6 = Number(dec.slice(begin, end));
    highBits *= base;
    lowBits = lowBits * base + digit1e6;
    if (lowBits >= TWO_PWR_32_DBL) {
      highBits = highBits + (lowBits / TWO_PWR_32_DBL | 0);
      lowBits = lowBits % TWO_PWR_32_DBL;
    }
  }
  add1e6digit(-24, -18);
  add1e6digit(-18, -12);
  add1e6digit(-12, -6);
  add1e6digit(-6);
  return minus ? negate(lowBits, highBits) : newBits(lowBits, highBits);
}
function int64ToString(lo, hi) {
  let bits = newBits(lo, hi);
  const negative = bits.hi & 2147483648;
  if (negative) {
    bits = negate(bits.lo, bits.hi);
  }
  const result2 = uInt64ToString(bits.lo, bits.hi);
  return negative ? "-" + result2 : result2;
}
function uInt64ToString(lo, hi) {
  ({ lo, hi } = toUnsigned(lo, hi));
  if (hi <= 2097151) {
    return String(TWO_PWR_32_DBL * hi + lo);
  }
  const low = lo & 16777215;
  const mid = (lo >>> 24 | hi << 8) & 16777215;
  const high = hi >> 16 & 65535;
  let digitA = low + mid * 6777216 + high * 6710656;
  let digitB = mid + high * 8147497;
  let digitC = high * 2;
  const base = 1e7;
  if (digitA >= base) {
    digitB += Math.floor(digitA / base);
    digitA %= base;
  }
  if (digitB >= base) {
    digitC += Math.floor(digitB / base);
    digitB %= base;
  }
  return digitC.toString() + decimalFrom1e7WithLeadingZeros(digitB) + decimalFrom1e7WithLeadingZeros(digitA);
}
function toUnsigned(lo, hi) {
  return { lo: lo >>> 0, hi: hi >>> 0 };
}
function newBits(lo, hi) {
  return { lo: lo | 0, hi: hi | 0 };
}
function negate(lowBits, highBits) {
  highBits = ~highBits;
  if (lowBits) {
    lowBits = ~lowBits + 1;
  } else {
    highBits += 1;
  }
  return newBits(lowBits, highBits);
}
var decimalFrom1e7WithLeadingZeros = (digit1e7) => {
  const partial = String(digit1e7);
  return "0000000".slice(partial.length) + partial;
};
function varint32write(value, bytes) {
  if (value >>> 0 < 128) {
    bytes.push(value);
    return;
  }
  if (value >= 0) {
    while (value > 127) {
      bytes.push(value & 127 | 128);
      value = value >>> 7;
    }
    bytes.push(value);
  } else {
    for (let i = 0; i < 9; i++) {
      bytes.push(value & 127 | 128);
      value = value >> 7;
    }
    bytes.push(1);
  }
}
function varint32read() {
  let b3 = this.buf[this.pos++];
  if ((b3 & 128) === 0) {
    this.assertBounds();
    return b3;
  }
  let result2 = b3 & 127;
  b3 = this.buf[this.pos++];
  result2 |= (b3 & 127) << 7;
  if ((b3 & 128) === 0) {
    this.assertBounds();
    return result2;
  }
  b3 = this.buf[this.pos++];
  result2 |= (b3 & 127) << 14;
  if ((b3 & 128) === 0) {
    this.assertBounds();
    return result2;
  }
  b3 = this.buf[this.pos++];
  result2 |= (b3 & 127) << 21;
  if ((b3 & 128) === 0) {
    this.assertBounds();
    return result2;
  }
  b3 = this.buf[this.pos++];
  result2 |= (b3 & 15) << 28;
  for (let readBytes = 5; (b3 & 128) !== 0 && readBytes < 10; readBytes++)
    b3 = this.buf[this.pos++];
  if ((b3 & 128) !== 0)
    throw new Error("invalid varint");
  this.assertBounds();
  return result2 >>> 0;
}

// node_modules/@bufbuild/protobuf/dist/esm/proto-int64.js
var protoInt64 = /* @__PURE__ */ makeInt64Support();
function makeInt64Support() {
  const dv = new DataView(new ArrayBuffer(8));
  const ok = typeof BigInt === "function" && typeof dv.getBigInt64 === "function" && typeof dv.getBigUint64 === "function" && typeof dv.setBigInt64 === "function" && typeof dv.setBigUint64 === "function" && (!!globalThis.Deno || !!globalThis.Bun || typeof process != "object" || typeof process.env != "object" || process.env.BUF_BIGINT_DISABLE !== "1");
  if (ok) {
    const MIN = BigInt("-9223372036854775808");
    const MAX = BigInt("9223372036854775807");
    const UMIN = BigInt("0");
    const UMAX = BigInt("18446744073709551615");
    return {
      zero: BigInt(0),
      supported: true,
      parse(value) {
        const bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > MAX || bi < MIN) {
          throw new Error(`invalid int64: ${value}`);
        }
        return bi;
      },
      uParse(value) {
        const bi = typeof value == "bigint" ? value : BigInt(value);
        if (bi > UMAX || bi < UMIN) {
          throw new Error(`invalid uint64: ${value}`);
        }
        return bi;
      },
      enc(value) {
        dv.setBigInt64(0, this.parse(value), true);
        return {
          lo: dv.getInt32(0, true),
          hi: dv.getInt32(4, true)
        };
      },
      uEnc(value) {
        dv.setBigInt64(0, this.uParse(value), true);
        return {
          lo: dv.getInt32(0, true),
          hi: dv.getInt32(4, true)
        };
      },
      dec(lo, hi) {
        dv.setInt32(0, lo, true);
        dv.setInt32(4, hi, true);
        return dv.getBigInt64(0, true);
      },
      uDec(lo, hi) {
        dv.setInt32(0, lo, true);
        dv.setInt32(4, hi, true);
        return dv.getBigUint64(0, true);
      }
    };
  }
  return {
    zero: "0",
    supported: false,
    parse(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertInt64String(value);
      return value;
    },
    uParse(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertUInt64String(value);
      return value;
    },
    enc(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertInt64String(value);
      return int64FromString(value);
    },
    uEnc(value) {
      if (typeof value != "string") {
        value = value.toString();
      }
      assertUInt64String(value);
      return int64FromString(value);
    },
    dec(lo, hi) {
      return int64ToString(lo, hi);
    },
    uDec(lo, hi) {
      return uInt64ToString(lo, hi);
    }
  };
}
function assertInt64String(value) {
  if (!/^-?[0-9]+$/.test(value)) {
    throw new Error("invalid int64: " + value);
  }
}
function assertUInt64String(value) {
  if (!/^[0-9]+$/.test(value)) {
    throw new Error("invalid uint64: " + value);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/descriptors.js
var ScalarType;
(function(ScalarType2) {
  ScalarType2[ScalarType2["DOUBLE"] = 1] = "DOUBLE";
  ScalarType2[ScalarType2["FLOAT"] = 2] = "FLOAT";
  ScalarType2[ScalarType2["INT64"] = 3] = "INT64";
  ScalarType2[ScalarType2["UINT64"] = 4] = "UINT64";
  ScalarType2[ScalarType2["INT32"] = 5] = "INT32";
  ScalarType2[ScalarType2["FIXED64"] = 6] = "FIXED64";
  ScalarType2[ScalarType2["FIXED32"] = 7] = "FIXED32";
  ScalarType2[ScalarType2["BOOL"] = 8] = "BOOL";
  ScalarType2[ScalarType2["STRING"] = 9] = "STRING";
  ScalarType2[ScalarType2["BYTES"] = 12] = "BYTES";
  ScalarType2[ScalarType2["UINT32"] = 13] = "UINT32";
  ScalarType2[ScalarType2["SFIXED32"] = 15] = "SFIXED32";
  ScalarType2[ScalarType2["SFIXED64"] = 16] = "SFIXED64";
  ScalarType2[ScalarType2["SINT32"] = 17] = "SINT32";
  ScalarType2[ScalarType2["SINT64"] = 18] = "SINT64";
})(ScalarType || (ScalarType = {}));

// node_modules/@bufbuild/protobuf/dist/esm/reflect/scalar.js
function scalarZeroValue(type, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return "";
    case ScalarType.BOOL:
      return false;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return 0;
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SFIXED64:
    case ScalarType.FIXED64:
    case ScalarType.SINT64:
      return longAsString ? "0" : protoInt64.zero;
    case ScalarType.BYTES:
      return new Uint8Array(0);
    default:
      return 0;
  }
}
function isScalarZeroValue(type, value) {
  switch (type) {
    case ScalarType.BOOL:
      return value === false;
    case ScalarType.STRING:
      return value === "";
    case ScalarType.BYTES:
      return value instanceof Uint8Array && !value.byteLength;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return Object.is(value, 0);
    default:
      return value == 0;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/unsafe.js
var IMPLICIT = 2;
var unsafeLocal = /* @__PURE__ */ Symbol.for("reflect unsafe local");
function unsafeOneofCase(target, oneof) {
  const c3 = target[oneof.localName].case;
  if (c3 === void 0) {
    return c3;
  }
  return oneof.fields.find((f3) => f3.localName === c3);
}
function unsafeIsSet(target, field) {
  const name = field.localName;
  if (field.oneof) {
    return target[field.oneof.localName].case === name;
  }
  if (field.presence != IMPLICIT) {
    return target[name] !== void 0 && Object.prototype.hasOwnProperty.call(target, name);
  }
  switch (field.fieldKind) {
    case "list":
      return target[name].length > 0;
    case "map":
      return Object.keys(target[name]).length > 0;
    case "scalar":
      return !isScalarZeroValue(field.scalar, target[name]);
    case "enum":
      return target[name] !== field.enum.values[0].number;
  }
  throw new Error("message field with implicit presence");
}
function unsafeIsSetExplicit(target, localName) {
  return Object.prototype.hasOwnProperty.call(target, localName) && target[localName] !== void 0;
}
function unsafeGet(target, field) {
  if (field.oneof) {
    const oneof = target[field.oneof.localName];
    if (oneof.case === field.localName) {
      return oneof.value;
    }
    return void 0;
  }
  return target[field.localName];
}
function unsafeSet(target, field, value) {
  if (field.oneof) {
    target[field.oneof.localName] = {
      case: field.localName,
      value
    };
  } else {
    target[field.localName] = value;
  }
}
function setOwn(obj, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(obj, "__proto__", {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    obj[key] = value;
  }
}
function getOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}
function unsafeClear(target, field) {
  const name = field.localName;
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    if (target[oneofLocalName].case === name) {
      target[oneofLocalName] = { case: void 0 };
    }
  } else if (field.presence != IMPLICIT) {
    delete target[name];
  } else {
    switch (field.fieldKind) {
      case "map":
        target[name] = {};
        break;
      case "list":
        target[name] = [];
        break;
      case "enum":
        target[name] = field.enum.values[0].number;
        break;
      case "scalar":
        target[name] = scalarZeroValue(field.scalar, field.longAsString);
        break;
    }
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/restore-json-names.js
function restoreJsonNames(message2) {
  for (const f3 of message2.field) {
    if (!unsafeIsSetExplicit(f3, "jsonName")) {
      f3.jsonName = protoCamelCase(f3.name);
    }
  }
  message2.nestedType.forEach(restoreJsonNames);
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-format.js
function parseTextFormatEnumValue(descEnum, value) {
  const enumValue2 = descEnum.values.find((v2) => v2.name === value);
  if (!enumValue2) {
    throw new Error(`cannot parse ${descEnum} default value: ${value}`);
  }
  return enumValue2.number;
}
function parseTextFormatScalarValue(type, value) {
  switch (type) {
    case ScalarType.STRING:
      return value;
    case ScalarType.BYTES: {
      const u2 = unescapeBytesDefaultValue(value);
      if (u2 === false) {
        throw new Error(`cannot parse ${ScalarType[type]} default value: ${value}`);
      }
      return u2;
    }
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return protoInt64.parse(value);
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return protoInt64.uParse(value);
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      switch (value) {
        case "inf":
          return Number.POSITIVE_INFINITY;
        case "-inf":
          return Number.NEGATIVE_INFINITY;
        case "nan":
          return Number.NaN;
        default:
          return parseFloat(value);
      }
    case ScalarType.BOOL:
      return value === "true";
    case ScalarType.INT32:
    case ScalarType.UINT32:
    case ScalarType.SINT32:
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
      return parseInt(value, 10);
  }
}
function unescapeBytesDefaultValue(str) {
  const b3 = [];
  const input = {
    tail: str,
    c: "",
    next() {
      if (this.tail.length == 0) {
        return false;
      }
      this.c = this.tail[0];
      this.tail = this.tail.substring(1);
      return true;
    },
    take(n) {
      if (this.tail.length >= n) {
        const r2 = this.tail.substring(0, n);
        this.tail = this.tail.substring(n);
        return r2;
      }
      return false;
    }
  };
  while (input.next()) {
    switch (input.c) {
      case "\\":
        if (input.next()) {
          switch (input.c) {
            case "\\":
              b3.push(input.c.charCodeAt(0));
              break;
            case "b":
              b3.push(8);
              break;
            case "f":
              b3.push(12);
              break;
            case "n":
              b3.push(10);
              break;
            case "r":
              b3.push(13);
              break;
            case "t":
              b3.push(9);
              break;
            case "v":
              b3.push(11);
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7": {
              const s = input.c;
              const t2 = input.take(2);
              if (t2 === false) {
                return false;
              }
              const n = parseInt(s + t2, 8);
              if (Number.isNaN(n)) {
                return false;
              }
              b3.push(n);
              break;
            }
            case "x": {
              const s = input.c;
              const t2 = input.take(2);
              if (t2 === false) {
                return false;
              }
              const n = parseInt(s + t2, 16);
              if (Number.isNaN(n)) {
                return false;
              }
              b3.push(n);
              break;
            }
            case "u": {
              const s = input.c;
              const t2 = input.take(4);
              if (t2 === false) {
                return false;
              }
              const n = parseInt(s + t2, 16);
              if (Number.isNaN(n)) {
                return false;
              }
              const chunk = new Uint8Array(4);
              const view = new DataView(chunk.buffer);
              view.setInt32(0, n, true);
              b3.push(chunk[0], chunk[1], chunk[2], chunk[3]);
              break;
            }
            case "U": {
              const s = input.c;
              const t2 = input.take(8);
              if (t2 === false) {
                return false;
              }
              const tc = protoInt64.uEnc(s + t2);
              const chunk = new Uint8Array(8);
              const view = new DataView(chunk.buffer);
              view.setInt32(0, tc.lo, true);
              view.setInt32(4, tc.hi, true);
              b3.push(chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]);
              break;
            }
          }
        }
        break;
      default:
        b3.push(input.c.charCodeAt(0));
    }
  }
  return new Uint8Array(b3);
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/nested-types.js
function* nestedTypes(desc) {
  switch (desc.kind) {
    case "file":
      for (const message2 of desc.messages) {
        yield message2;
        yield* nestedTypes(message2);
      }
      yield* desc.enums;
      yield* desc.services;
      yield* desc.extensions;
      break;
    case "message":
      for (const message2 of desc.nestedMessages) {
        yield message2;
        yield* nestedTypes(message2);
      }
      yield* desc.nestedEnums;
      yield* desc.nestedExtensions;
      break;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/text-encoding.js
var te;
function configureTextEncoding(textEncoding) {
  var _a;
  te = Object.assign(Object.assign({}, textEncoding), { encodeUtf8Into: (_a = textEncoding.encodeUtf8Into) !== null && _a !== void 0 ? _a : emulateEncodeInto(textEncoding.encodeUtf8.bind(textEncoding)) });
}
function getTextEncoding() {
  if (!te) {
    const globals = globalThis;
    if (!globals.TextEncoder || !globals.TextDecoder) {
      throw new Error("encoding API missing: install TextEncoder and TextDecoder on globalThis");
    }
    const textEncoder = new globals.TextEncoder();
    const textDecoder = new globals.TextDecoder("utf-8", {
      ignoreBOM: true
    });
    let textDecoderStrict;
    const config = {
      encodeUtf8(text) {
        return textEncoder.encode(text);
      },
      decodeUtf8(bytes, strict) {
        if (strict) {
          if (!textDecoderStrict) {
            textDecoderStrict = new globals.TextDecoder("utf-8", {
              fatal: true,
              ignoreBOM: true
            });
          }
          return textDecoderStrict.decode(bytes);
        }
        return textDecoder.decode(bytes);
      },
      checkUtf8(text) {
        try {
          encodeURIComponent(text);
          return true;
        } catch (_3) {
          return false;
        }
      }
    };
    if (textEncoder.encodeInto) {
      config.encodeUtf8Into = textEncoder.encodeInto.bind(textEncoder);
    }
    const nativeStringIsWellFormed = String.prototype.isWellFormed;
    if (nativeStringIsWellFormed) {
      config.checkUtf8 = (text) => {
        return nativeStringIsWellFormed.call(text);
      };
    }
    configureTextEncoding(config);
  }
  return te;
}
function emulateEncodeInto(encodeUtf8) {
  return (text, dest) => {
    const bytes = encodeUtf8(text);
    dest.set(bytes);
    return { written: bytes.byteLength };
  };
}

// node_modules/@bufbuild/protobuf/dist/esm/wire/binary-encoding.js
var WireType;
(function(WireType2) {
  WireType2[WireType2["Varint"] = 0] = "Varint";
  WireType2[WireType2["Bit64"] = 1] = "Bit64";
  WireType2[WireType2["LengthDelimited"] = 2] = "LengthDelimited";
  WireType2[WireType2["StartGroup"] = 3] = "StartGroup";
  WireType2[WireType2["EndGroup"] = 4] = "EndGroup";
  WireType2[WireType2["Bit32"] = 5] = "Bit32";
})(WireType || (WireType = {}));
var UINT32_MAX = 4294967295;
var INT32_MAX = 2147483647;
var INT32_MIN = -2147483648;
var BinaryWriter = class {
  constructor(encodeUtf8) {
    this.stackPos = [];
    this.encodeUtf8Into = encodeUtf8 ? emulateEncodeInto(encodeUtf8) : getTextEncoding().encodeUtf8Into;
    this.buffer = EMPTY_BUFFER;
    this.viewCache = EMPTY_VIEW;
    this.pos = 0;
  }
  ensureCapacity(size) {
    const required = this.pos + size;
    if (required > this.buffer.length) {
      let newLen = this.buffer.length || INITIAL_SIZE;
      while (newLen < required)
        newLen *= 2;
      const newBuf = new Uint8Array(newLen);
      if (this.pos > 0)
        newBuf.set(this.buffer);
      this.buffer = newBuf;
    }
  }
  /**
   * The DataView over `buffer`, rebuilt only if the buffer has grown since it
   * was last used.
   */
  view() {
    const bytes = this.buffer;
    const view = this.viewCache;
    if (view.byteLength === bytes.byteLength)
      return view;
    const newView = new DataView(bytes.buffer);
    this.viewCache = newView;
    return newView;
  }
  /**
   * Return all bytes written and reset this writer.
   */
  finish() {
    const result2 = this.buffer.slice(0, this.pos);
    this.pos = 0;
    this.stackPos = [];
    return result2;
  }
  /**
   * Start a new fork for length-delimited data like a message
   * or a packed repeated field.
   *
   * Must be joined later with `join()`.
   */
  fork() {
    this.stackPos.push(this.pos);
    this.ensureCapacity(DEFAULT_LEN_PREFIX_SIZE);
    this.buffer[this.pos++] = 0;
    return this;
  }
  /**
   * Join the last fork. Write its length and bytes, then
   * return to the previous state.
   */
  join() {
    const forkPos = this.stackPos.pop();
    if (forkPos === void 0)
      throw new Error("invalid state, fork stack empty");
    const len = this.pos - forkPos - DEFAULT_LEN_PREFIX_SIZE;
    const lenPrefixSize = varint32Size(len);
    if (lenPrefixSize > DEFAULT_LEN_PREFIX_SIZE) {
      this.ensureCapacity(lenPrefixSize - DEFAULT_LEN_PREFIX_SIZE);
      this.buffer.copyWithin(forkPos + lenPrefixSize, forkPos + DEFAULT_LEN_PREFIX_SIZE, this.pos);
    }
    this.pos = forkPos;
    this.uint32(len);
    this.pos += len;
    return this;
  }
  /**
   * Writes a tag (field number and wire type).
   *
   * Equivalent to `uint32( (fieldNo << 3 | type) >>> 0 )`.
   *
   * Generated code should compute the tag ahead of time and call `uint32()`.
   */
  tag(fieldNo, type) {
    return this.uint32((fieldNo << 3 | type) >>> 0);
  }
  /**
   * Write a chunk of raw bytes.
   */
  raw(chunk) {
    this.ensureCapacity(chunk.length);
    this.buffer.set(chunk, this.pos);
    this.pos += chunk.length;
    return this;
  }
  /**
   * Write a `uint32` value, an unsigned 32 bit varint.
   */
  uint32(value) {
    assertUInt32(value);
    this.ensureCapacity(5);
    if (value < 128) {
      this.buffer[this.pos++] = value;
      return this;
    }
    while (value > 127) {
      this.buffer[this.pos++] = value & 127 | 128;
      value >>>= 7;
    }
    this.buffer[this.pos++] = value;
    return this;
  }
  /**
   * Write a `int32` value, a signed 32 bit varint.
   */
  int32(value) {
    assertInt32(value);
    if (value >= 0) {
      return this.uint32(value);
    }
    this.ensureCapacity(10);
    for (let i = 0; i < 9; i++) {
      this.buffer[this.pos++] = value & 127 | 128;
      value >>= 7;
    }
    this.buffer[this.pos++] = 1;
    return this;
  }
  /**
   * Write a `bool` value, a varint.
   */
  bool(value) {
    this.ensureCapacity(1);
    this.buffer[this.pos++] = value ? 1 : 0;
    return this;
  }
  /**
   * Write a `bytes` value, length-delimited arbitrary data.
   */
  bytes(value) {
    this.uint32(value.byteLength);
    return this.raw(value);
  }
  /**
   * Write a `string` value, length-delimited data converted to UTF-8 text.
   */
  string(value) {
    if (typeof value !== "string") {
      value = String(value);
    }
    const len = value.length;
    if (len <= ASCII_MAX_LENGTH) {
      this.ensureCapacity(len + 1);
      const ascii = this.buffer;
      let pos = this.pos;
      ascii[pos++] = len;
      let i = 0;
      for (; i < len; i++) {
        const code = value.charCodeAt(i);
        if (code > 127)
          break;
        ascii[pos++] = code;
      }
      if (i == len) {
        this.pos = pos;
        return this;
      }
    }
    this.ensureCapacity(len * 3 + 5);
    const lenPrefixSizeGuess = varint32Size(len);
    const buf = this.buffer;
    const start = this.pos;
    const { written } = this.encodeUtf8Into(value, buf.subarray(start + lenPrefixSizeGuess));
    const lenPrefixSize = varint32Size(written);
    if (lenPrefixSize != lenPrefixSizeGuess) {
      buf.copyWithin(start + lenPrefixSize, start + lenPrefixSizeGuess, start + lenPrefixSizeGuess + written);
    }
    this.uint32(written);
    this.pos += written;
    return this;
  }
  /**
   * Write a `float` value, 32-bit floating point number.
   */
  float(value) {
    assertFloat32(value);
    this.ensureCapacity(4);
    this.view().setFloat32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `double` value, a 64-bit floating point number.
   */
  double(value) {
    this.ensureCapacity(8);
    this.view().setFloat64(this.pos, value, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `fixed32` value, an unsigned, fixed-length 32-bit integer.
   */
  fixed32(value) {
    assertUInt32(value);
    this.ensureCapacity(4);
    this.view().setUint32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `sfixed32` value, a signed, fixed-length 32-bit integer.
   */
  sfixed32(value) {
    assertInt32(value);
    this.ensureCapacity(4);
    this.view().setInt32(this.pos, value, true);
    this.pos += 4;
    return this;
  }
  /**
   * Write a `sint32` value, a signed, zigzag-encoded 32-bit varint.
   */
  sint32(value) {
    assertInt32(value);
    return this.uint32((value << 1 ^ value >> 31) >>> 0);
  }
  /**
   * Write a `sfixed64` value, a signed, fixed-length 64-bit integer.
   */
  sfixed64(value) {
    const tc = protoInt64.enc(value);
    this.ensureCapacity(8);
    const view = this.view();
    view.setInt32(this.pos, tc.lo, true);
    view.setInt32(this.pos + 4, tc.hi, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `fixed64` value, an unsigned, fixed-length 64 bit integer.
   */
  fixed64(value) {
    const tc = protoInt64.uEnc(value);
    this.ensureCapacity(8);
    const view = this.view();
    view.setInt32(this.pos, tc.lo, true);
    view.setInt32(this.pos + 4, tc.hi, true);
    this.pos += 8;
    return this;
  }
  /**
   * Write a `int64` value, a signed 64-bit varint.
   */
  int64(value) {
    const tc = protoInt64.enc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a `sint64` value, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64(value) {
    const tc = protoInt64.enc(value), sign = tc.hi >> 31, lo = tc.lo << 1 ^ sign, hi = (tc.hi << 1 | tc.lo >>> 31) ^ sign;
    return this.writeVarint64(lo, hi);
  }
  /**
   * Write a `uint64` value, an unsigned 64-bit varint.
   */
  uint64(value) {
    const tc = protoInt64.uEnc(value);
    return this.writeVarint64(tc.lo, tc.hi);
  }
  /**
   * Write a 64-bit varint directly into the buffer. Accepts the value as
   * split low/high 32-bit words.
   *
   * Ported from varint64write() to avoid the intermediate number[] buffer.
   * See https://github.com/protocolbuffers/protobuf/blob/8a71927d74a4ce34efe2d8769fda198f52d20d12/js/experimental/runtime/kernel/writer.js#L344
   */
  writeVarint64(lo, hi) {
    this.ensureCapacity(10);
    const buf = this.buffer;
    let pos = this.pos;
    for (let i = 0; i < 28; i = i + 7) {
      const shift = lo >>> i;
      const hasNext = !(shift >>> 7 == 0 && hi == 0);
      buf[pos++] = (hasNext ? shift | 128 : shift) & 255;
      if (!hasNext) {
        this.pos = pos;
        return this;
      }
    }
    const splitBits = lo >>> 28 & 15 | (hi & 7) << 4;
    const hasMoreBits = !(hi >> 3 == 0);
    buf[pos++] = (hasMoreBits ? splitBits | 128 : splitBits) & 255;
    if (!hasMoreBits) {
      this.pos = pos;
      return this;
    }
    for (let i = 3; i < 31; i = i + 7) {
      const shift = hi >>> i;
      const hasNext = !(shift >>> 7 == 0);
      buf[pos++] = (hasNext ? shift | 128 : shift) & 255;
      if (!hasNext) {
        this.pos = pos;
        return this;
      }
    }
    buf[pos++] = hi >>> 31 & 1;
    this.pos = pos;
    return this;
  }
};
var INITIAL_SIZE = 128;
var DEFAULT_LEN_PREFIX_SIZE = 1;
var EMPTY_BUFFER = new Uint8Array(0);
var EMPTY_VIEW = new DataView(EMPTY_BUFFER.buffer);
var ASCII_MAX_LENGTH = 32;
function varint32Size(value) {
  if (value < 128)
    return 1;
  if (value < 16384)
    return 2;
  if (value < 2097152)
    return 3;
  if (value < 268435456)
    return 4;
  return 5;
}
var BinaryReader = class {
  constructor(buf, decodeUtf8 = getTextEncoding().decodeUtf8) {
    this.decodeUtf8 = decodeUtf8;
    this.varint64Lo = 0;
    this.varint64Hi = 0;
    this.varint64 = varint64read;
    this.uint32 = varint32read;
    this.buf = buf;
    this.len = buf.length;
    this.pos = 0;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  /**
   * Reads a tag - field number and wire type. Tags are uint32 varints; values
   * that do not fit in uint32 are rejected.
   */
  tag() {
    const start = this.pos;
    const tag = this.uint32();
    const bytesRead = this.pos - start;
    if (bytesRead > 5 || bytesRead == 5 && this.buf[this.pos - 1] > 15) {
      throw new Error("illegal tag: varint overflows uint32");
    }
    const fieldNo = tag >>> 3;
    const wireType = tag & 7;
    if (fieldNo <= 0 || wireType > 5) {
      throw new Error("illegal tag: field no " + fieldNo + " wire type " + wireType);
    }
    return [fieldNo, wireType];
  }
  /**
   * Skip one element and return the skipped data.
   *
   * When skipping StartGroup, provide the tags field number to check for
   * matching field number in the EndGroup tag. Recursion into nested groups
   * is guarded by the `recursionLimit` argument: When the limit is reached,
   * this method throws.
   */
  skip(wireType, fieldNo, recursionLimit = 100) {
    let start = this.pos;
    switch (wireType) {
      case WireType.Varint:
        while (this.buf[this.pos++] & 128) {
        }
        break;
      // @ts-ignore TS7029: Fallthrough case in switch -- ignore instead of expect-error for compiler settings without noFallthroughCasesInSwitch: true
      case WireType.Bit64:
        this.pos += 4;
      case WireType.Bit32:
        this.pos += 4;
        break;
      case WireType.LengthDelimited:
        let len = this.uint32();
        this.pos += len;
        break;
      case WireType.StartGroup:
        if (recursionLimit <= 0) {
          throw new Error("maximum recursion depth reached");
        }
        for (; ; ) {
          const [fn2, wt2] = this.tag();
          if (wt2 === WireType.EndGroup) {
            if (fieldNo !== void 0 && fn2 !== fieldNo) {
              throw new Error("invalid end group tag");
            }
            break;
          }
          this.skip(wt2, fn2, recursionLimit - 1);
        }
        break;
      default:
        throw new Error("cant skip wire type " + wireType);
    }
    this.assertBounds();
    return this.buf.subarray(start, this.pos);
  }
  /**
   * Throws error if position in byte array is out of range.
   */
  assertBounds() {
    if (this.pos > this.len)
      throw new RangeError("premature EOF");
  }
  /**
   * Read a `int32` field, a signed 32 bit varint.
   */
  int32() {
    return this.uint32() | 0;
  }
  /**
   * Read a `sint32` field, a signed, zigzag-encoded 32-bit varint.
   */
  sint32() {
    let zze = this.uint32();
    return zze >>> 1 ^ -(zze & 1);
  }
  /**
   * Read a `int64` field, a signed 64-bit varint.
   */
  int64() {
    this.varint64();
    return protoInt64.dec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `uint64` field, an unsigned 64-bit varint.
   */
  uint64() {
    this.varint64();
    return protoInt64.uDec(this.varint64Lo, this.varint64Hi);
  }
  /**
   * Read a `sint64` field, a signed, zig-zag-encoded 64-bit varint.
   */
  sint64() {
    this.varint64();
    let lo = this.varint64Lo;
    let hi = this.varint64Hi;
    let s = -(lo & 1);
    lo = (lo >>> 1 | (hi & 1) << 31) ^ s;
    hi = hi >>> 1 ^ s;
    return protoInt64.dec(lo, hi);
  }
  /**
   * Read a `bool` field, a variant.
   */
  bool() {
    const b3 = this.buf[this.pos];
    if (b3 < 128) {
      this.pos++;
      return b3 !== 0;
    }
    this.varint64();
    return this.varint64Lo !== 0 || this.varint64Hi !== 0;
  }
  /**
   * Read a `fixed32` field, an unsigned, fixed-length 32-bit integer.
   */
  fixed32() {
    return this.view.getUint32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `sfixed32` field, a signed, fixed-length 32-bit integer.
   */
  sfixed32() {
    return this.view.getInt32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `fixed64` field, an unsigned, fixed-length 64 bit integer.
   */
  fixed64() {
    return protoInt64.uDec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `fixed64` field, a signed, fixed-length 64-bit integer.
   */
  sfixed64() {
    return protoInt64.dec(this.sfixed32(), this.sfixed32());
  }
  /**
   * Read a `float` field, 32-bit floating point number.
   */
  float() {
    return this.view.getFloat32((this.pos += 4) - 4, true);
  }
  /**
   * Read a `double` field, a 64-bit floating point number.
   */
  double() {
    return this.view.getFloat64((this.pos += 8) - 8, true);
  }
  /**
   * Read a `bytes` field, length-delimited arbitrary data.
   */
  bytes() {
    let len = this.uint32(), start = this.pos;
    this.pos += len;
    this.assertBounds();
    return this.buf.subarray(start, start + len);
  }
  /**
   * Read a `string` field, length-delimited data converted to UTF-8 text. If
   * `strict` is true, throw on invalid UTF-8 instead of substituting U+FFFD.
   */
  string(strict) {
    const len = this.uint32();
    const start = this.pos;
    this.pos += len;
    this.assertBounds();
    const buf = this.buf;
    if (len <= ASCII_MAX_LENGTH) {
      const codes = new Array(len);
      for (let i = 0; i < len; i++) {
        const byte = buf[start + i];
        if (byte > 127) {
          return this.decodeUtf8(buf.subarray(start, this.pos), strict);
        }
        codes[i] = byte;
      }
      return String.fromCharCode.apply(String, codes);
    }
    return this.decodeUtf8(buf.subarray(start, this.pos), strict);
  }
};
function assertInt32(arg) {
  if (typeof arg == "string") {
    arg = Number(arg);
  } else if (typeof arg != "number") {
    throw new Error("invalid int32: " + typeof arg);
  }
  if (!Number.isInteger(arg) || arg > INT32_MAX || arg < INT32_MIN)
    throw new Error("invalid int32: " + arg);
}
function assertUInt32(arg) {
  if (typeof arg == "string") {
    arg = Number(arg);
  } else if (typeof arg != "number") {
    throw new Error("invalid uint32: " + typeof arg);
  }
  if (!Number.isInteger(arg) || arg > UINT32_MAX || arg < 0)
    throw new Error("invalid uint32: " + arg);
}
function assertFloat32(arg) {
  if (typeof arg == "string") {
    const o2 = arg;
    arg = Number(arg);
    if (Number.isNaN(arg) && o2 !== "NaN") {
      throw new Error("invalid float32: " + o2);
    }
  } else if (typeof arg != "number") {
    throw new Error("invalid float32: " + typeof arg);
  }
  if (!Number.isFinite(Math.fround(arg)) && Number.isFinite(arg)) {
    throw new Error("invalid float32: " + arg);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/registry.js
function createRegistry(...input) {
  return initBaseRegistry(input);
}
function createFileRegistry(...args) {
  return buildFileRegistry(args, assertValidNames);
}
function createEmbeddedFileRegistry(fileDescriptorProto, resolve8) {
  return buildFileRegistry([fileDescriptorProto, resolve8]);
}
function buildFileRegistry(args, check) {
  const registry = createBaseRegistry();
  if (!args.length) {
    return registry;
  }
  if ("$typeName" in args[0] && args[0].$typeName == "google.protobuf.FileDescriptorSet") {
    for (const file of args[0].file) {
      check === null || check === void 0 ? void 0 : check(file);
      addFile(file, registry);
    }
    return registry;
  }
  if ("$typeName" in args[0]) {
    let recurseDeps = function(file) {
      const deps = [];
      for (const protoFileName of file.dependency) {
        if (registry.getFile(protoFileName) != void 0) {
          continue;
        }
        if (seen.has(protoFileName)) {
          continue;
        }
        const dep = resolve8(protoFileName);
        if (!dep) {
          throw new Error(`Unable to resolve ${protoFileName}, imported by ${file.name}`);
        }
        if ("kind" in dep) {
          registry.addFile(dep, false, true);
        } else {
          seen.add(dep.name);
          deps.push(dep);
        }
      }
      return deps.concat(...deps.map(recurseDeps));
    };
    const input = args[0];
    const resolve8 = args[1];
    const seen = /* @__PURE__ */ new Set();
    for (const file of [input, ...recurseDeps(input)].reverse()) {
      check === null || check === void 0 ? void 0 : check(file);
      addFile(file, registry);
    }
  } else {
    for (const fileReg of args) {
      for (const file of fileReg.files) {
        registry.addFile(file);
      }
    }
  }
  return registry;
}
var identifierRe = /^[A-Za-z0-9_]+$/;
function assertValidNames(file) {
  const check = (kind, name) => {
    if (!identifierRe.test(name)) {
      throw new Error(`${file.name}: invalid ${kind} name ${JSON.stringify(name)}`);
    }
  };
  const checkEnum = (enumType) => {
    check("enum", enumType.name);
    for (const value of enumType.value) {
      check("enum value", value.name);
    }
  };
  const checkMessage = (message2) => {
    check("message", message2.name);
    for (const field of message2.field) {
      check("field", field.name);
    }
    for (const oneof of message2.oneofDecl) {
      check("oneof", oneof.name);
    }
    for (const extension of message2.extension) {
      check("extension", extension.name);
    }
    message2.nestedType.forEach(checkMessage);
    message2.enumType.forEach(checkEnum);
  };
  file.messageType.forEach(checkMessage);
  file.enumType.forEach(checkEnum);
  for (const extension of file.extension) {
    check("extension", extension.name);
  }
  for (const service of file.service) {
    check("service", service.name);
    for (const method of service.method) {
      check("method", method.name);
    }
  }
}
function createBaseRegistry() {
  const types = /* @__PURE__ */ new Map();
  const extendees = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  return {
    kind: "registry",
    types,
    extendees,
    [Symbol.iterator]() {
      return types.values();
    },
    get files() {
      return files.values();
    },
    addFile(file, skipTypes, withDeps) {
      files.set(file.proto.name, file);
      if (!skipTypes) {
        for (const type of nestedTypes(file)) {
          this.add(type);
        }
      }
      if (withDeps) {
        for (const f3 of file.dependencies) {
          this.addFile(f3, skipTypes, withDeps);
        }
      }
    },
    add(desc) {
      if (desc.kind == "extension") {
        let numberToExt = extendees.get(desc.extendee.typeName);
        if (!numberToExt) {
          extendees.set(
            desc.extendee.typeName,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            numberToExt = /* @__PURE__ */ new Map()
          );
        }
        numberToExt.set(desc.number, desc);
      }
      types.set(desc.typeName, desc);
    },
    get(typeName) {
      return types.get(typeName);
    },
    getFile(fileName) {
      return files.get(fileName);
    },
    getMessage(typeName) {
      const t2 = types.get(typeName);
      return (t2 === null || t2 === void 0 ? void 0 : t2.kind) == "message" ? t2 : void 0;
    },
    getEnum(typeName) {
      const t2 = types.get(typeName);
      return (t2 === null || t2 === void 0 ? void 0 : t2.kind) == "enum" ? t2 : void 0;
    },
    getExtension(typeName) {
      const t2 = types.get(typeName);
      return (t2 === null || t2 === void 0 ? void 0 : t2.kind) == "extension" ? t2 : void 0;
    },
    getExtensionFor(extendee, no2) {
      var _a;
      return (_a = extendees.get(extendee.typeName)) === null || _a === void 0 ? void 0 : _a.get(no2);
    },
    getService(typeName) {
      const t2 = types.get(typeName);
      return (t2 === null || t2 === void 0 ? void 0 : t2.kind) == "service" ? t2 : void 0;
    }
  };
}
function initBaseRegistry(inputs) {
  const registry = createBaseRegistry();
  for (const input of inputs) {
    switch (input.kind) {
      case "registry":
        for (const n of input) {
          registry.add(n);
        }
        break;
      case "file":
        registry.addFile(input);
        break;
      default:
        registry.add(input);
        break;
    }
  }
  return registry;
}
var EDITION_PROTO2 = 998;
var EDITION_PROTO3 = 999;
var EDITION_UNSTABLE = 9999;
var TYPE_STRING = 9;
var TYPE_GROUP = 10;
var TYPE_MESSAGE = 11;
var TYPE_BYTES = 12;
var TYPE_ENUM = 14;
var LABEL_REPEATED = 3;
var LABEL_REQUIRED = 2;
var JS_STRING = 1;
var IDEMPOTENCY_UNKNOWN = 0;
var EXPLICIT = 1;
var IMPLICIT2 = 2;
var LEGACY_REQUIRED = 3;
var PACKED = 1;
var DELIMITED = 2;
var OPEN = 1;
var VERIFY = 2;
var maximumEdition = 1002;
var featureDefaults = {
  // EDITION_PROTO2
  998: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 2,
    // CLOSED,
    repeatedFieldEncoding: 2,
    // EXPANDED,
    utf8Validation: 3,
    // NONE,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 2,
    // LEGACY_BEST_EFFORT,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_PROTO3
  999: {
    fieldPresence: 2,
    // IMPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2023
  1e3: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 2,
    // STYLE_LEGACY,
    defaultSymbolVisibility: 1,
    // EXPORT_ALL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2024
  1001: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 1,
    // STYLE2024,
    defaultSymbolVisibility: 2,
    // EXPORT_TOP_LEVEL,
    enforceProtoLimits: 1
    // LEGACY_NO_EXPLICIT_LIMITS,
  },
  // EDITION_2026
  1002: {
    fieldPresence: 1,
    // EXPLICIT,
    enumType: 1,
    // OPEN,
    repeatedFieldEncoding: 1,
    // PACKED,
    utf8Validation: 2,
    // VERIFY,
    messageEncoding: 1,
    // LENGTH_PREFIXED,
    jsonFormat: 1,
    // ALLOW,
    enforceNamingStyle: 3,
    // STYLE2026,
    defaultSymbolVisibility: 4,
    // STRICT,
    enforceProtoLimits: 2
    // PROTO_LIMITS2026,
  }
};
function addFile(proto, reg) {
  var _a, _b;
  const file = {
    kind: "file",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    edition: getFileEdition(proto),
    name: proto.name.replace(/\.proto$/, ""),
    dependencies: findFileDependencies(proto, reg),
    enums: [],
    messages: [],
    extensions: [],
    services: [],
    toString() {
      return `file ${proto.name}`;
    }
  };
  const mapEntriesStore = /* @__PURE__ */ new Map();
  const mapEntries = {
    get(typeName) {
      return mapEntriesStore.get(typeName);
    },
    add(desc) {
      var _a2;
      assert(((_a2 = desc.proto.options) === null || _a2 === void 0 ? void 0 : _a2.mapEntry) === true);
      mapEntriesStore.set(desc.typeName, desc);
    }
  };
  for (const enumProto of proto.enumType) {
    addEnum(enumProto, file, void 0, reg);
  }
  for (const messageProto of proto.messageType) {
    addMessage(messageProto, file, void 0, reg, mapEntries);
  }
  for (const serviceProto of proto.service) {
    addService(serviceProto, file, reg);
  }
  addExtensions(file, reg);
  for (const mapEntry of mapEntriesStore.values()) {
    addFields(mapEntry, reg, mapEntries);
  }
  for (const message2 of file.messages) {
    addFields(message2, reg, mapEntries);
    addExtensions(message2, reg);
  }
  reg.addFile(file, true);
}
function addExtensions(desc, reg) {
  switch (desc.kind) {
    case "file":
      for (const proto of desc.proto.extension) {
        const ext2 = newField(proto, desc, reg);
        desc.extensions.push(ext2);
        reg.add(ext2);
      }
      break;
    case "message":
      for (const proto of desc.proto.extension) {
        const ext2 = newField(proto, desc, reg);
        desc.nestedExtensions.push(ext2);
        reg.add(ext2);
      }
      for (const message2 of desc.nestedMessages) {
        addExtensions(message2, reg);
      }
      break;
  }
}
function addFields(message2, reg, mapEntries) {
  const allOneofs = message2.proto.oneofDecl.map((proto) => newOneof(proto, message2));
  const oneofsSeen = /* @__PURE__ */ new Set();
  for (const proto of message2.proto.field) {
    const oneof = findOneof(proto, allOneofs);
    const field = newField(proto, message2, reg, oneof, mapEntries);
    message2.fields.push(field);
    message2.field[field.localName] = field;
    if (oneof === void 0) {
      message2.members.push(field);
    } else {
      oneof.fields.push(field);
      if (!oneofsSeen.has(oneof)) {
        oneofsSeen.add(oneof);
        message2.members.push(oneof);
      }
    }
  }
  for (const oneof of allOneofs.filter((o2) => oneofsSeen.has(o2))) {
    message2.oneofs.push(oneof);
  }
  for (const child of message2.nestedMessages) {
    addFields(child, reg, mapEntries);
  }
}
function addEnum(proto, file, parent, reg) {
  var _a, _b, _c, _d, _e2, _f, _g;
  var _h, _j;
  const sharedPrefix = findEnumSharedPrefix(proto.name, proto.value);
  const desc = {
    kind: "enum",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    parent,
    open: true,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    value: {},
    values: [],
    sharedPrefix,
    toString() {
      return `enum ${this.typeName}`;
    }
  };
  desc.open = isEnumOpen(desc);
  reg.add(desc);
  for (const p2 of proto.value) {
    const name = p2.name;
    const value = {
      kind: "enum_value",
      proto: p2,
      deprecated: (_d = (_c = p2.options) === null || _c === void 0 ? void 0 : _c.deprecated) !== null && _d !== void 0 ? _d : false,
      parent: desc,
      name,
      localName: safeObjectProperty(sharedPrefix == void 0 ? name : name.substring(sharedPrefix.length)),
      number: p2.number,
      jsonName: (_e2 = findEnumValueJsonName(p2)) !== null && _e2 !== void 0 ? _e2 : name,
      toString() {
        return `enum value ${desc.typeName}.${name}`;
      }
    };
    desc.values.push(value);
    (_f = (_h = desc.value)[_j = p2.number]) !== null && _f !== void 0 ? _f : _h[_j] = value;
  }
  ((_g = parent === null || parent === void 0 ? void 0 : parent.nestedEnums) !== null && _g !== void 0 ? _g : file.enums).push(desc);
}
function addMessage(proto, file, parent, reg, mapEntries) {
  var _a, _b, _c, _d;
  const desc = {
    kind: "message",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    parent,
    name: proto.name,
    typeName: makeTypeName(proto, parent, file),
    fields: [],
    field: {},
    oneofs: [],
    members: [],
    nestedEnums: [],
    nestedMessages: [],
    nestedExtensions: [],
    toString() {
      return `message ${this.typeName}`;
    }
  };
  if (((_c = proto.options) === null || _c === void 0 ? void 0 : _c.mapEntry) === true) {
    mapEntries.add(desc);
  } else {
    ((_d = parent === null || parent === void 0 ? void 0 : parent.nestedMessages) !== null && _d !== void 0 ? _d : file.messages).push(desc);
    reg.add(desc);
  }
  for (const enumProto of proto.enumType) {
    addEnum(enumProto, file, desc, reg);
  }
  for (const messageProto of proto.nestedType) {
    addMessage(messageProto, file, desc, reg, mapEntries);
  }
}
function addService(proto, file, reg) {
  var _a, _b;
  const desc = {
    kind: "service",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    file,
    name: proto.name,
    typeName: makeTypeName(proto, void 0, file),
    methods: [],
    method: {},
    toString() {
      return `service ${this.typeName}`;
    }
  };
  file.services.push(desc);
  reg.add(desc);
  for (const methodProto of proto.method) {
    const method = newMethod(methodProto, desc, reg);
    desc.methods.push(method);
    desc.method[method.localName] = method;
  }
}
function newMethod(proto, parent, reg) {
  var _a, _b, _c, _d;
  let methodKind;
  if (proto.clientStreaming && proto.serverStreaming) {
    methodKind = "bidi_streaming";
  } else if (proto.clientStreaming) {
    methodKind = "client_streaming";
  } else if (proto.serverStreaming) {
    methodKind = "server_streaming";
  } else {
    methodKind = "unary";
  }
  const input = reg.getMessage(trimLeadingDot(proto.inputType));
  const output = reg.getMessage(trimLeadingDot(proto.outputType));
  assert(input, `invalid MethodDescriptorProto: input_type ${proto.inputType} not found`);
  assert(output, `invalid MethodDescriptorProto: output_type ${proto.inputType} not found`);
  const name = proto.name;
  return {
    kind: "rpc",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    parent,
    name,
    localName: safeObjectProperty(name.length ? safeObjectProperty(name[0].toLowerCase() + name.substring(1)) : name),
    methodKind,
    input,
    output,
    idempotency: (_d = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.idempotencyLevel) !== null && _d !== void 0 ? _d : IDEMPOTENCY_UNKNOWN,
    toString() {
      return `rpc ${parent.typeName}.${name}`;
    }
  };
}
function newOneof(proto, parent) {
  return {
    kind: "oneof",
    proto,
    deprecated: false,
    parent,
    fields: [],
    name: proto.name,
    localName: safeObjectProperty(protoCamelCase(proto.name)),
    toString() {
      return `oneof ${parent.typeName}.${this.name}`;
    }
  };
}
function newField(proto, parentOrFile, reg, oneof, mapEntries) {
  var _a, _b, _c;
  const isExtension = mapEntries === void 0;
  const field = {
    kind: "field",
    proto,
    deprecated: (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.deprecated) !== null && _b !== void 0 ? _b : false,
    name: proto.name,
    number: proto.number,
    scalar: void 0,
    message: void 0,
    enum: void 0,
    presence: getFieldPresence(proto, oneof, isExtension, parentOrFile),
    utf8Validation: isUtf8Validated(proto, parentOrFile),
    listKind: void 0,
    mapKind: void 0,
    mapKey: void 0,
    delimitedEncoding: void 0,
    packed: void 0,
    longAsString: false,
    getDefaultValue: void 0
  };
  let toStr;
  if (isExtension) {
    const file = parentOrFile.kind == "file" ? parentOrFile : parentOrFile.file;
    const parent = parentOrFile.kind == "file" ? void 0 : parentOrFile;
    const typeName = makeTypeName(proto, parent, file);
    field.kind = "extension";
    field.file = file;
    field.parent = parent;
    field.oneof = void 0;
    field.typeName = typeName;
    field.jsonName = `[${typeName}]`;
    toStr = () => `extension ${typeName}`;
    const extendee = reg.getMessage(trimLeadingDot(proto.extendee));
    assert(extendee, `invalid FieldDescriptorProto: extendee ${proto.extendee} not found`);
    field.extendee = extendee;
  } else {
    const parent = parentOrFile;
    assert(parent.kind == "message");
    field.parent = parent;
    field.oneof = oneof;
    field.localName = oneof ? protoCamelCase(proto.name) : safeObjectProperty(protoCamelCase(proto.name));
    field.jsonName = proto.jsonName;
    toStr = () => `field ${parent.typeName}.${proto.name}`;
  }
  Object.defineProperty(field, "toString", {
    value: toStr,
    writable: true,
    enumerable: true,
    configurable: true
  });
  const label = proto.label;
  const type = proto.type;
  const jstype = (_c = proto.options) === null || _c === void 0 ? void 0 : _c.jstype;
  if (label === LABEL_REPEATED) {
    const mapEntry = type == TYPE_MESSAGE ? mapEntries === null || mapEntries === void 0 ? void 0 : mapEntries.get(trimLeadingDot(proto.typeName)) : void 0;
    if (mapEntry) {
      field.fieldKind = "map";
      const { key, value } = findMapEntryFields(mapEntry);
      field.mapKey = key.scalar;
      field.mapKind = value.fieldKind;
      field.message = value.message;
      field.delimitedEncoding = false;
      field.enum = value.enum;
      field.scalar = value.scalar;
      return field;
    }
    field.fieldKind = "list";
    switch (type) {
      case TYPE_MESSAGE:
      case TYPE_GROUP:
        field.listKind = "message";
        field.message = reg.getMessage(trimLeadingDot(proto.typeName));
        assert(field.message);
        field.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile);
        break;
      case TYPE_ENUM:
        field.listKind = "enum";
        field.enum = reg.getEnum(trimLeadingDot(proto.typeName));
        assert(field.enum);
        break;
      default:
        field.listKind = "scalar";
        field.scalar = type;
        field.longAsString = jstype == JS_STRING;
        break;
    }
    field.packed = isPackedField(proto, parentOrFile);
    return field;
  }
  switch (type) {
    case TYPE_MESSAGE:
    case TYPE_GROUP:
      field.fieldKind = "message";
      field.message = reg.getMessage(trimLeadingDot(proto.typeName));
      assert(field.message, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`);
      field.delimitedEncoding = isDelimitedEncoding(proto, parentOrFile);
      field.getDefaultValue = () => void 0;
      break;
    case TYPE_ENUM: {
      const enumeration = reg.getEnum(trimLeadingDot(proto.typeName));
      assert(enumeration !== void 0, `invalid FieldDescriptorProto: type_name ${proto.typeName} not found`);
      field.fieldKind = "enum";
      field.enum = reg.getEnum(trimLeadingDot(proto.typeName));
      field.getDefaultValue = () => {
        return unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatEnumValue(enumeration, proto.defaultValue) : void 0;
      };
      break;
    }
    default: {
      field.fieldKind = "scalar";
      field.scalar = type;
      field.longAsString = jstype == JS_STRING;
      field.getDefaultValue = () => {
        return unsafeIsSetExplicit(proto, "defaultValue") ? parseTextFormatScalarValue(type, proto.defaultValue) : void 0;
      };
      break;
    }
  }
  return field;
}
function getFileEdition(proto) {
  switch (proto.syntax) {
    case "":
    case "proto2":
      return EDITION_PROTO2;
    case "proto3":
      return EDITION_PROTO3;
    case "editions":
      if (proto.edition === EDITION_UNSTABLE) {
        return maximumEdition;
      }
      if (proto.edition in featureDefaults) {
        return proto.edition;
      }
      throw new Error(`${proto.name}: unsupported edition`);
    default:
      throw new Error(`${proto.name}: unsupported syntax "${proto.syntax}"`);
  }
}
function findFileDependencies(proto, reg) {
  return proto.dependency.map((wantName) => {
    const dep = reg.getFile(wantName);
    if (!dep) {
      throw new Error(`Cannot find ${wantName}, imported by ${proto.name}`);
    }
    return dep;
  });
}
function findEnumSharedPrefix(enumName, values) {
  const prefix = camelToSnakeCase(enumName) + "_";
  for (const value of values) {
    if (!value.name.toLowerCase().startsWith(prefix)) {
      return void 0;
    }
    const shortName = value.name.substring(prefix.length);
    if (shortName.length == 0) {
      return void 0;
    }
    if (/^\d/.test(shortName)) {
      return void 0;
    }
  }
  return prefix;
}
function findEnumValueJsonName(proto) {
  var _a, _b;
  const extensionNumber = 998;
  const fieldNumber = 1;
  let jsonName2;
  for (const uf of (_b = (_a = proto.options) === null || _a === void 0 ? void 0 : _a.$unknown) !== null && _b !== void 0 ? _b : []) {
    if (uf.no !== extensionNumber || uf.wireType !== WireType.LengthDelimited) {
      continue;
    }
    const reader = new BinaryReader(new BinaryReader(uf.data).bytes());
    while (reader.pos < reader.len) {
      const [no2, wireType] = reader.tag();
      if (no2 === fieldNumber && wireType === WireType.LengthDelimited) {
        jsonName2 = reader.string();
      } else {
        reader.skip(wireType, no2);
      }
    }
  }
  return jsonName2;
}
function camelToSnakeCase(camel2) {
  return (camel2.substring(0, 1) + camel2.substring(1).replace(/[A-Z]/g, (c3) => "_" + c3)).toLowerCase();
}
function makeTypeName(proto, parent, file) {
  let typeName;
  if (parent) {
    typeName = `${parent.typeName}.${proto.name}`;
  } else if (file.proto.package.length > 0) {
    typeName = `${file.proto.package}.${proto.name}`;
  } else {
    typeName = `${proto.name}`;
  }
  return typeName;
}
function trimLeadingDot(typeName) {
  return typeName.startsWith(".") ? typeName.substring(1) : typeName;
}
function findOneof(proto, allOneofs) {
  if (!unsafeIsSetExplicit(proto, "oneofIndex")) {
    return void 0;
  }
  if (proto.proto3Optional) {
    return void 0;
  }
  const oneof = allOneofs[proto.oneofIndex];
  assert(oneof, `invalid FieldDescriptorProto: oneof #${proto.oneofIndex} for field #${proto.number} not found`);
  return oneof;
}
function getFieldPresence(proto, oneof, isExtension, parent) {
  if (proto.label == LABEL_REQUIRED) {
    return LEGACY_REQUIRED;
  }
  if (proto.label == LABEL_REPEATED) {
    return IMPLICIT2;
  }
  if (!!oneof || proto.proto3Optional) {
    return EXPLICIT;
  }
  if (isExtension) {
    return EXPLICIT;
  }
  const resolved = resolveFeature("fieldPresence", { proto, parent });
  if (resolved == IMPLICIT2 && (proto.type == TYPE_MESSAGE || proto.type == TYPE_GROUP)) {
    return EXPLICIT;
  }
  return resolved;
}
function isPackedField(proto, parent) {
  if (proto.label != LABEL_REPEATED) {
    return false;
  }
  switch (proto.type) {
    case TYPE_STRING:
    case TYPE_BYTES:
    case TYPE_GROUP:
    case TYPE_MESSAGE:
      return false;
  }
  const o2 = proto.options;
  if (o2 && unsafeIsSetExplicit(o2, "packed")) {
    return o2.packed;
  }
  return PACKED == resolveFeature("repeatedFieldEncoding", {
    proto,
    parent
  });
}
function findMapEntryFields(mapEntry) {
  const key = mapEntry.fields.find((f3) => f3.number === 1);
  const value = mapEntry.fields.find((f3) => f3.number === 2);
  assert(key && key.fieldKind == "scalar" && key.scalar != ScalarType.BYTES && key.scalar != ScalarType.FLOAT && key.scalar != ScalarType.DOUBLE && value && value.fieldKind != "list" && value.fieldKind != "map");
  return { key, value };
}
function isEnumOpen(desc) {
  var _a;
  return OPEN == resolveFeature("enumType", {
    proto: desc.proto,
    parent: (_a = desc.parent) !== null && _a !== void 0 ? _a : desc.file
  });
}
function isDelimitedEncoding(proto, parent) {
  if (proto.type == TYPE_GROUP) {
    return true;
  }
  return DELIMITED == resolveFeature("messageEncoding", {
    proto,
    parent
  });
}
function isUtf8Validated(proto, parent) {
  return VERIFY == resolveFeature("utf8Validation", {
    proto,
    parent
  });
}
function resolveFeature(name, ref) {
  var _a, _b;
  const featureSet = (_a = ref.proto.options) === null || _a === void 0 ? void 0 : _a.features;
  if (featureSet) {
    const val = featureSet[name];
    if (val != 0) {
      return val;
    }
  }
  if ("kind" in ref) {
    if (ref.kind == "message") {
      return resolveFeature(name, (_b = ref.parent) !== null && _b !== void 0 ? _b : ref.file);
    }
    const editionDefaults2 = featureDefaults[ref.edition];
    if (!editionDefaults2) {
      throw new Error(`feature default for edition ${ref.edition} not found`);
    }
    return editionDefaults2[name];
  }
  return resolveFeature(name, ref.parent);
}
function assert(condition, msg) {
  if (!condition) {
    throw new Error(msg);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/boot.js
function boot(boot2) {
  const root = bootFileDescriptorProto(boot2);
  root.messageType.forEach(restoreJsonNames);
  const reg = createEmbeddedFileRegistry(root, () => void 0);
  return reg.getFile(root.name);
}
function bootFileDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    syntax: "",
    edition: 0
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FileDescriptorProto", dependency: [], publicDependency: [], weakDependency: [], optionDependency: [], service: [], extension: [] }, init), { messageType: init.messageType.map(bootDescriptorProto), enumType: init.enumType.map(bootEnumDescriptorProto) }));
}
function bootDescriptorProto(init) {
  var _a, _b, _c, _d, _e2, _f, _g, _h;
  const proto = /* @__PURE__ */ Object.create({
    visibility: 0
  });
  return Object.assign(proto, {
    $typeName: "google.protobuf.DescriptorProto",
    name: init.name,
    field: (_b = (_a = init.field) === null || _a === void 0 ? void 0 : _a.map(bootFieldDescriptorProto)) !== null && _b !== void 0 ? _b : [],
    extension: [],
    nestedType: (_d = (_c = init.nestedType) === null || _c === void 0 ? void 0 : _c.map(bootDescriptorProto)) !== null && _d !== void 0 ? _d : [],
    enumType: (_f = (_e2 = init.enumType) === null || _e2 === void 0 ? void 0 : _e2.map(bootEnumDescriptorProto)) !== null && _f !== void 0 ? _f : [],
    extensionRange: (_h = (_g = init.extensionRange) === null || _g === void 0 ? void 0 : _g.map((e) => Object.assign({ $typeName: "google.protobuf.DescriptorProto.ExtensionRange" }, e))) !== null && _h !== void 0 ? _h : [],
    oneofDecl: [],
    reservedRange: [],
    reservedName: []
  });
}
function bootFieldDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    label: 1,
    typeName: "",
    extendee: "",
    defaultValue: "",
    oneofIndex: 0,
    jsonName: "",
    proto3Optional: false
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FieldDescriptorProto" }, init), { options: init.options ? bootFieldOptions(init.options) : void 0 }));
}
function bootFieldOptions(init) {
  var _a, _b, _c;
  const proto = /* @__PURE__ */ Object.create({
    ctype: 0,
    packed: false,
    jstype: 0,
    lazy: false,
    unverifiedLazy: false,
    deprecated: false,
    weak: false,
    debugRedact: false,
    retention: 0
  });
  return Object.assign(proto, Object.assign(Object.assign({ $typeName: "google.protobuf.FieldOptions" }, init), { targets: (_a = init.targets) !== null && _a !== void 0 ? _a : [], editionDefaults: (_c = (_b = init.editionDefaults) === null || _b === void 0 ? void 0 : _b.map((e) => Object.assign({ $typeName: "google.protobuf.FieldOptions.EditionDefault" }, e))) !== null && _c !== void 0 ? _c : [], uninterpretedOption: [] }));
}
function bootEnumDescriptorProto(init) {
  const proto = /* @__PURE__ */ Object.create({
    visibility: 0
  });
  return Object.assign(proto, {
    $typeName: "google.protobuf.EnumDescriptorProto",
    name: init.name,
    reservedName: [],
    reservedRange: [],
    value: init.value.map((e) => Object.assign({ $typeName: "google.protobuf.EnumValueDescriptorProto" }, e))
  });
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/message.js
function messageDesc(file, path, ...paths3) {
  return paths3.reduce((acc, cur) => acc.nestedMessages[cur], file.messages[path]);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js
var file_google_protobuf_descriptor = /* @__PURE__ */ boot({ "name": "google/protobuf/descriptor.proto", "package": "google.protobuf", "messageType": [{ "name": "FileDescriptorSet", "field": [{ "name": "file", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.FileDescriptorProto" }], "extensionRange": [{ "start": 536e6, "end": 536000001 }] }, { "name": "FileDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "package", "number": 2, "type": 9, "label": 1 }, { "name": "dependency", "number": 3, "type": 9, "label": 3 }, { "name": "public_dependency", "number": 10, "type": 5, "label": 3 }, { "name": "weak_dependency", "number": 11, "type": 5, "label": 3 }, { "name": "option_dependency", "number": 15, "type": 9, "label": 3 }, { "name": "message_type", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto" }, { "name": "enum_type", "number": 5, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto" }, { "name": "service", "number": 6, "type": 11, "label": 3, "typeName": ".google.protobuf.ServiceDescriptorProto" }, { "name": "extension", "number": 7, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "options", "number": 8, "type": 11, "label": 1, "typeName": ".google.protobuf.FileOptions" }, { "name": "source_code_info", "number": 9, "type": 11, "label": 1, "typeName": ".google.protobuf.SourceCodeInfo" }, { "name": "syntax", "number": 12, "type": 9, "label": 1 }, { "name": "edition", "number": 14, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }] }, { "name": "DescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "field", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "extension", "number": 6, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldDescriptorProto" }, { "name": "nested_type", "number": 3, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto" }, { "name": "enum_type", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto" }, { "name": "extension_range", "number": 5, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto.ExtensionRange" }, { "name": "oneof_decl", "number": 8, "type": 11, "label": 3, "typeName": ".google.protobuf.OneofDescriptorProto" }, { "name": "options", "number": 7, "type": 11, "label": 1, "typeName": ".google.protobuf.MessageOptions" }, { "name": "reserved_range", "number": 9, "type": 11, "label": 3, "typeName": ".google.protobuf.DescriptorProto.ReservedRange" }, { "name": "reserved_name", "number": 10, "type": 9, "label": 3 }, { "name": "visibility", "number": 11, "type": 14, "label": 1, "typeName": ".google.protobuf.SymbolVisibility" }], "nestedType": [{ "name": "ExtensionRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.ExtensionRangeOptions" }] }, { "name": "ReservedRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }] }] }, { "name": "ExtensionRangeOptions", "field": [{ "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }, { "name": "declaration", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.ExtensionRangeOptions.Declaration", "options": { "retention": 2 } }, { "name": "features", "number": 50, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "verification", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.ExtensionRangeOptions.VerificationState", "defaultValue": "UNVERIFIED", "options": { "retention": 2 } }], "nestedType": [{ "name": "Declaration", "field": [{ "name": "number", "number": 1, "type": 5, "label": 1 }, { "name": "full_name", "number": 2, "type": 9, "label": 1 }, { "name": "type", "number": 3, "type": 9, "label": 1 }, { "name": "reserved", "number": 5, "type": 8, "label": 1 }, { "name": "repeated", "number": 6, "type": 8, "label": 1 }] }], "enumType": [{ "name": "VerificationState", "value": [{ "name": "DECLARATION", "number": 0 }, { "name": "UNVERIFIED", "number": 1 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "FieldDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "number", "number": 3, "type": 5, "label": 1 }, { "name": "label", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldDescriptorProto.Label" }, { "name": "type", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldDescriptorProto.Type" }, { "name": "type_name", "number": 6, "type": 9, "label": 1 }, { "name": "extendee", "number": 2, "type": 9, "label": 1 }, { "name": "default_value", "number": 7, "type": 9, "label": 1 }, { "name": "oneof_index", "number": 9, "type": 5, "label": 1 }, { "name": "json_name", "number": 10, "type": 9, "label": 1 }, { "name": "options", "number": 8, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions" }, { "name": "proto3_optional", "number": 17, "type": 8, "label": 1 }], "enumType": [{ "name": "Type", "value": [{ "name": "TYPE_DOUBLE", "number": 1 }, { "name": "TYPE_FLOAT", "number": 2 }, { "name": "TYPE_INT64", "number": 3 }, { "name": "TYPE_UINT64", "number": 4 }, { "name": "TYPE_INT32", "number": 5 }, { "name": "TYPE_FIXED64", "number": 6 }, { "name": "TYPE_FIXED32", "number": 7 }, { "name": "TYPE_BOOL", "number": 8 }, { "name": "TYPE_STRING", "number": 9 }, { "name": "TYPE_GROUP", "number": 10 }, { "name": "TYPE_MESSAGE", "number": 11 }, { "name": "TYPE_BYTES", "number": 12 }, { "name": "TYPE_UINT32", "number": 13 }, { "name": "TYPE_ENUM", "number": 14 }, { "name": "TYPE_SFIXED32", "number": 15 }, { "name": "TYPE_SFIXED64", "number": 16 }, { "name": "TYPE_SINT32", "number": 17 }, { "name": "TYPE_SINT64", "number": 18 }] }, { "name": "Label", "value": [{ "name": "LABEL_OPTIONAL", "number": 1 }, { "name": "LABEL_REPEATED", "number": 3 }, { "name": "LABEL_REQUIRED", "number": 2 }] }] }, { "name": "OneofDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "options", "number": 2, "type": 11, "label": 1, "typeName": ".google.protobuf.OneofOptions" }] }, { "name": "EnumDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "value", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumValueDescriptorProto" }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.EnumOptions" }, { "name": "reserved_range", "number": 4, "type": 11, "label": 3, "typeName": ".google.protobuf.EnumDescriptorProto.EnumReservedRange" }, { "name": "reserved_name", "number": 5, "type": 9, "label": 3 }, { "name": "visibility", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.SymbolVisibility" }], "nestedType": [{ "name": "EnumReservedRange", "field": [{ "name": "start", "number": 1, "type": 5, "label": 1 }, { "name": "end", "number": 2, "type": 5, "label": 1 }] }] }, { "name": "EnumValueDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "number", "number": 2, "type": 5, "label": 1 }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.EnumValueOptions" }] }, { "name": "ServiceDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "method", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.MethodDescriptorProto" }, { "name": "options", "number": 3, "type": 11, "label": 1, "typeName": ".google.protobuf.ServiceOptions" }] }, { "name": "MethodDescriptorProto", "field": [{ "name": "name", "number": 1, "type": 9, "label": 1 }, { "name": "input_type", "number": 2, "type": 9, "label": 1 }, { "name": "output_type", "number": 3, "type": 9, "label": 1 }, { "name": "options", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.MethodOptions" }, { "name": "client_streaming", "number": 5, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "server_streaming", "number": 6, "type": 8, "label": 1, "defaultValue": "false" }] }, { "name": "FileOptions", "field": [{ "name": "java_package", "number": 1, "type": 9, "label": 1 }, { "name": "java_outer_classname", "number": 8, "type": 9, "label": 1 }, { "name": "java_multiple_files", "number": 10, "type": 8, "label": 1, "defaultValue": "false", "options": {} }, { "name": "java_generate_equals_and_hash", "number": 20, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "java_string_check_utf8", "number": 27, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "optimize_for", "number": 9, "type": 14, "label": 1, "typeName": ".google.protobuf.FileOptions.OptimizeMode", "defaultValue": "SPEED" }, { "name": "go_package", "number": 11, "type": 9, "label": 1 }, { "name": "cc_generic_services", "number": 16, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "java_generic_services", "number": 17, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "py_generic_services", "number": 18, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 23, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "cc_enable_arenas", "number": 31, "type": 8, "label": 1, "defaultValue": "true", "options": {} }, { "name": "objc_class_prefix", "number": 36, "type": 9, "label": 1 }, { "name": "csharp_namespace", "number": 37, "type": 9, "label": 1 }, { "name": "swift_prefix", "number": 39, "type": 9, "label": 1 }, { "name": "php_class_prefix", "number": 40, "type": 9, "label": 1 }, { "name": "php_namespace", "number": 41, "type": 9, "label": 1 }, { "name": "php_metadata_namespace", "number": 44, "type": 9, "label": 1 }, { "name": "ruby_package", "number": 45, "type": 9, "label": 1 }, { "name": "features", "number": 50, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "enumType": [{ "name": "OptimizeMode", "value": [{ "name": "SPEED", "number": 1 }, { "name": "CODE_SIZE", "number": 2 }, { "name": "LITE_RUNTIME", "number": 3 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "MessageOptions", "field": [{ "name": "message_set_wire_format", "number": 1, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "no_standard_descriptor_accessor", "number": 2, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "map_entry", "number": 7, "type": 8, "label": 1 }, { "name": "deprecated_legacy_json_field_conflicts", "number": 11, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "features", "number": 12, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "FieldOptions", "field": [{ "name": "ctype", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.CType", "defaultValue": "STRING" }, { "name": "packed", "number": 2, "type": 8, "label": 1 }, { "name": "jstype", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.JSType", "defaultValue": "JS_NORMAL" }, { "name": "lazy", "number": 5, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "unverified_lazy", "number": 15, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "weak", "number": 10, "type": 8, "label": 1, "defaultValue": "false", "options": { "deprecated": true } }, { "name": "debug_redact", "number": 16, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "retention", "number": 17, "type": 14, "label": 1, "typeName": ".google.protobuf.FieldOptions.OptionRetention" }, { "name": "targets", "number": 19, "type": 14, "label": 3, "typeName": ".google.protobuf.FieldOptions.OptionTargetType" }, { "name": "edition_defaults", "number": 20, "type": 11, "label": 3, "typeName": ".google.protobuf.FieldOptions.EditionDefault" }, { "name": "features", "number": 21, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "feature_support", "number": 22, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions.FeatureSupport" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "nestedType": [{ "name": "EditionDefault", "field": [{ "name": "edition", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "value", "number": 2, "type": 9, "label": 1 }] }, { "name": "FeatureSupport", "field": [{ "name": "edition_introduced", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "edition_deprecated", "number": 2, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "deprecation_warning", "number": 3, "type": 9, "label": 1 }, { "name": "edition_removed", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "removal_error", "number": 5, "type": 9, "label": 1 }] }], "enumType": [{ "name": "CType", "value": [{ "name": "STRING", "number": 0 }, { "name": "CORD", "number": 1 }, { "name": "STRING_PIECE", "number": 2 }] }, { "name": "JSType", "value": [{ "name": "JS_NORMAL", "number": 0 }, { "name": "JS_STRING", "number": 1 }, { "name": "JS_NUMBER", "number": 2 }] }, { "name": "OptionRetention", "value": [{ "name": "RETENTION_UNKNOWN", "number": 0 }, { "name": "RETENTION_RUNTIME", "number": 1 }, { "name": "RETENTION_SOURCE", "number": 2 }] }, { "name": "OptionTargetType", "value": [{ "name": "TARGET_TYPE_UNKNOWN", "number": 0 }, { "name": "TARGET_TYPE_FILE", "number": 1 }, { "name": "TARGET_TYPE_EXTENSION_RANGE", "number": 2 }, { "name": "TARGET_TYPE_MESSAGE", "number": 3 }, { "name": "TARGET_TYPE_FIELD", "number": 4 }, { "name": "TARGET_TYPE_ONEOF", "number": 5 }, { "name": "TARGET_TYPE_ENUM", "number": 6 }, { "name": "TARGET_TYPE_ENUM_ENTRY", "number": 7 }, { "name": "TARGET_TYPE_SERVICE", "number": 8 }, { "name": "TARGET_TYPE_METHOD", "number": 9 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "OneofOptions", "field": [{ "name": "features", "number": 1, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "EnumOptions", "field": [{ "name": "allow_alias", "number": 2, "type": 8, "label": 1 }, { "name": "deprecated", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "deprecated_legacy_json_field_conflicts", "number": 6, "type": 8, "label": 1, "options": { "deprecated": true } }, { "name": "features", "number": 7, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "EnumValueOptions", "field": [{ "name": "deprecated", "number": 1, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "features", "number": 2, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "debug_redact", "number": 3, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "feature_support", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.FieldOptions.FeatureSupport" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "ServiceOptions", "field": [{ "name": "features", "number": 34, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "deprecated", "number": 33, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "MethodOptions", "field": [{ "name": "deprecated", "number": 33, "type": 8, "label": 1, "defaultValue": "false" }, { "name": "idempotency_level", "number": 34, "type": 14, "label": 1, "typeName": ".google.protobuf.MethodOptions.IdempotencyLevel", "defaultValue": "IDEMPOTENCY_UNKNOWN" }, { "name": "features", "number": 35, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "uninterpreted_option", "number": 999, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption" }], "enumType": [{ "name": "IdempotencyLevel", "value": [{ "name": "IDEMPOTENCY_UNKNOWN", "number": 0 }, { "name": "NO_SIDE_EFFECTS", "number": 1 }, { "name": "IDEMPOTENT", "number": 2 }] }], "extensionRange": [{ "start": 990, "end": 999 }, { "start": 1e3, "end": 536870912 }] }, { "name": "UninterpretedOption", "field": [{ "name": "name", "number": 2, "type": 11, "label": 3, "typeName": ".google.protobuf.UninterpretedOption.NamePart" }, { "name": "identifier_value", "number": 3, "type": 9, "label": 1 }, { "name": "positive_int_value", "number": 4, "type": 4, "label": 1 }, { "name": "negative_int_value", "number": 5, "type": 3, "label": 1 }, { "name": "double_value", "number": 6, "type": 1, "label": 1 }, { "name": "string_value", "number": 7, "type": 12, "label": 1 }, { "name": "aggregate_value", "number": 8, "type": 9, "label": 1 }], "nestedType": [{ "name": "NamePart", "field": [{ "name": "name_part", "number": 1, "type": 9, "label": 2 }, { "name": "is_extension", "number": 2, "type": 8, "label": 2 }] }] }, { "name": "FeatureSet", "field": [{ "name": "field_presence", "number": 1, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.FieldPresence", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "EXPLICIT", "edition": 900 }, { "value": "IMPLICIT", "edition": 999 }, { "value": "EXPLICIT", "edition": 1e3 }] } }, { "name": "enum_type", "number": 2, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.EnumType", "options": { "retention": 1, "targets": [6, 1], "editionDefaults": [{ "value": "CLOSED", "edition": 900 }, { "value": "OPEN", "edition": 999 }] } }, { "name": "repeated_field_encoding", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.RepeatedFieldEncoding", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "EXPANDED", "edition": 900 }, { "value": "PACKED", "edition": 999 }] } }, { "name": "utf8_validation", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.Utf8Validation", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "NONE", "edition": 900 }, { "value": "VERIFY", "edition": 999 }] } }, { "name": "message_encoding", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.MessageEncoding", "options": { "retention": 1, "targets": [4, 1], "editionDefaults": [{ "value": "LENGTH_PREFIXED", "edition": 900 }] } }, { "name": "json_format", "number": 6, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.JsonFormat", "options": { "retention": 1, "targets": [3, 6, 1], "editionDefaults": [{ "value": "LEGACY_BEST_EFFORT", "edition": 900 }, { "value": "ALLOW", "edition": 999 }] } }, { "name": "enforce_naming_style", "number": 7, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.EnforceNamingStyle", "options": { "retention": 2, "targets": [1, 2, 3, 4, 5, 6, 7, 8, 9], "editionDefaults": [{ "value": "STYLE_LEGACY", "edition": 900 }, { "value": "STYLE2024", "edition": 1001 }, { "value": "STYLE2026", "edition": 1002 }] } }, { "name": "default_symbol_visibility", "number": 8, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility", "options": { "retention": 2, "targets": [1], "editionDefaults": [{ "value": "EXPORT_ALL", "edition": 900 }, { "value": "EXPORT_TOP_LEVEL", "edition": 1001 }, { "value": "STRICT", "edition": 1002 }] } }, { "name": "enforce_proto_limits", "number": 9, "type": 14, "label": 1, "typeName": ".google.protobuf.FeatureSet.ProtoLimitsFeature.EnforceProtoLimits", "options": { "retention": 2, "targets": [6, 3, 4, 5], "editionDefaults": [{ "value": "LEGACY_NO_EXPLICIT_LIMITS", "edition": 900 }, { "value": "PROTO_LIMITS2026", "edition": 1002 }] } }], "nestedType": [{ "name": "VisibilityFeature", "enumType": [{ "name": "DefaultSymbolVisibility", "value": [{ "name": "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN", "number": 0 }, { "name": "EXPORT_ALL", "number": 1 }, { "name": "EXPORT_TOP_LEVEL", "number": 2 }, { "name": "LOCAL_ALL", "number": 3 }, { "name": "STRICT", "number": 4 }] }] }, { "name": "ProtoLimitsFeature", "enumType": [{ "name": "EnforceProtoLimits", "value": [{ "name": "PROTO_LIMITS_UNKNOWN", "number": 0 }, { "name": "LEGACY_NO_EXPLICIT_LIMITS", "number": 1 }, { "name": "PROTO_LIMITS2026", "number": 2 }] }] }], "enumType": [{ "name": "FieldPresence", "value": [{ "name": "FIELD_PRESENCE_UNKNOWN", "number": 0 }, { "name": "EXPLICIT", "number": 1 }, { "name": "IMPLICIT", "number": 2 }, { "name": "LEGACY_REQUIRED", "number": 3 }] }, { "name": "EnumType", "value": [{ "name": "ENUM_TYPE_UNKNOWN", "number": 0 }, { "name": "OPEN", "number": 1 }, { "name": "CLOSED", "number": 2 }] }, { "name": "RepeatedFieldEncoding", "value": [{ "name": "REPEATED_FIELD_ENCODING_UNKNOWN", "number": 0 }, { "name": "PACKED", "number": 1 }, { "name": "EXPANDED", "number": 2 }] }, { "name": "Utf8Validation", "value": [{ "name": "UTF8_VALIDATION_UNKNOWN", "number": 0 }, { "name": "VERIFY", "number": 2 }, { "name": "NONE", "number": 3 }] }, { "name": "MessageEncoding", "value": [{ "name": "MESSAGE_ENCODING_UNKNOWN", "number": 0 }, { "name": "LENGTH_PREFIXED", "number": 1 }, { "name": "DELIMITED", "number": 2 }] }, { "name": "JsonFormat", "value": [{ "name": "JSON_FORMAT_UNKNOWN", "number": 0 }, { "name": "ALLOW", "number": 1 }, { "name": "LEGACY_BEST_EFFORT", "number": 2 }] }, { "name": "EnforceNamingStyle", "value": [{ "name": "ENFORCE_NAMING_STYLE_UNKNOWN", "number": 0 }, { "name": "STYLE2024", "number": 1 }, { "name": "STYLE_LEGACY", "number": 2 }, { "name": "STYLE2026", "number": 3 }] }], "extensionRange": [{ "start": 1e3, "end": 9995 }, { "start": 9995, "end": 1e4 }, { "start": 1e4, "end": 10001 }] }, { "name": "FeatureSetDefaults", "field": [{ "name": "defaults", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault" }, { "name": "minimum_edition", "number": 4, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "maximum_edition", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }], "nestedType": [{ "name": "FeatureSetEditionDefault", "field": [{ "name": "edition", "number": 3, "type": 14, "label": 1, "typeName": ".google.protobuf.Edition" }, { "name": "overridable_features", "number": 4, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }, { "name": "fixed_features", "number": 5, "type": 11, "label": 1, "typeName": ".google.protobuf.FeatureSet" }] }] }, { "name": "SourceCodeInfo", "field": [{ "name": "location", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.SourceCodeInfo.Location" }], "nestedType": [{ "name": "Location", "field": [{ "name": "path", "number": 1, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "span", "number": 2, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "leading_comments", "number": 3, "type": 9, "label": 1 }, { "name": "trailing_comments", "number": 4, "type": 9, "label": 1 }, { "name": "leading_detached_comments", "number": 6, "type": 9, "label": 3 }] }], "extensionRange": [{ "start": 536e6, "end": 536000001 }] }, { "name": "GeneratedCodeInfo", "field": [{ "name": "annotation", "number": 1, "type": 11, "label": 3, "typeName": ".google.protobuf.GeneratedCodeInfo.Annotation" }], "nestedType": [{ "name": "Annotation", "field": [{ "name": "path", "number": 1, "type": 5, "label": 3, "options": { "packed": true } }, { "name": "source_file", "number": 2, "type": 9, "label": 1 }, { "name": "begin", "number": 3, "type": 5, "label": 1 }, { "name": "end", "number": 4, "type": 5, "label": 1 }, { "name": "semantic", "number": 5, "type": 14, "label": 1, "typeName": ".google.protobuf.GeneratedCodeInfo.Annotation.Semantic" }], "enumType": [{ "name": "Semantic", "value": [{ "name": "NONE", "number": 0 }, { "name": "SET", "number": 1 }, { "name": "ALIAS", "number": 2 }] }] }] }], "enumType": [{ "name": "Edition", "value": [{ "name": "EDITION_UNKNOWN", "number": 0 }, { "name": "EDITION_LEGACY", "number": 900 }, { "name": "EDITION_PROTO2", "number": 998 }, { "name": "EDITION_PROTO3", "number": 999 }, { "name": "EDITION_2023", "number": 1e3 }, { "name": "EDITION_2024", "number": 1001 }, { "name": "EDITION_2026", "number": 1002 }, { "name": "EDITION_UNSTABLE", "number": 9999 }, { "name": "EDITION_1_TEST_ONLY", "number": 1 }, { "name": "EDITION_2_TEST_ONLY", "number": 2 }, { "name": "EDITION_99997_TEST_ONLY", "number": 99997 }, { "name": "EDITION_99998_TEST_ONLY", "number": 99998 }, { "name": "EDITION_99999_TEST_ONLY", "number": 99999 }, { "name": "EDITION_MAX", "number": 2147483647 }] }, { "name": "SymbolVisibility", "value": [{ "name": "VISIBILITY_UNSET", "number": 0 }, { "name": "VISIBILITY_LOCAL", "number": 1 }, { "name": "VISIBILITY_EXPORT", "number": 2 }] }] });
var FileDescriptorSetSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 0);
var FileDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 1);
var DescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 2);
var DescriptorProto_ExtensionRangeSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 2, 0);
var DescriptorProto_ReservedRangeSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 2, 1);
var ExtensionRangeOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 3);
var ExtensionRangeOptions_VerificationState;
(function(ExtensionRangeOptions_VerificationState2) {
  ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2["DECLARATION"] = 0] = "DECLARATION";
  ExtensionRangeOptions_VerificationState2[ExtensionRangeOptions_VerificationState2["UNVERIFIED"] = 1] = "UNVERIFIED";
})(ExtensionRangeOptions_VerificationState || (ExtensionRangeOptions_VerificationState = {}));
var FieldDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 4);
var FieldDescriptorProto_Type;
(function(FieldDescriptorProto_Type2) {
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["DOUBLE"] = 1] = "DOUBLE";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["FLOAT"] = 2] = "FLOAT";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["INT64"] = 3] = "INT64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["UINT64"] = 4] = "UINT64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["INT32"] = 5] = "INT32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["FIXED64"] = 6] = "FIXED64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["FIXED32"] = 7] = "FIXED32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["BOOL"] = 8] = "BOOL";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["STRING"] = 9] = "STRING";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["GROUP"] = 10] = "GROUP";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["MESSAGE"] = 11] = "MESSAGE";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["BYTES"] = 12] = "BYTES";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["UINT32"] = 13] = "UINT32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["ENUM"] = 14] = "ENUM";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SFIXED32"] = 15] = "SFIXED32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SFIXED64"] = 16] = "SFIXED64";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SINT32"] = 17] = "SINT32";
  FieldDescriptorProto_Type2[FieldDescriptorProto_Type2["SINT64"] = 18] = "SINT64";
})(FieldDescriptorProto_Type || (FieldDescriptorProto_Type = {}));
var FieldDescriptorProto_Label;
(function(FieldDescriptorProto_Label2) {
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["OPTIONAL"] = 1] = "OPTIONAL";
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["REPEATED"] = 3] = "REPEATED";
  FieldDescriptorProto_Label2[FieldDescriptorProto_Label2["REQUIRED"] = 2] = "REQUIRED";
})(FieldDescriptorProto_Label || (FieldDescriptorProto_Label = {}));
var OneofDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 5);
var EnumDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 6);
var EnumDescriptorProto_EnumReservedRangeSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 6, 0);
var EnumValueDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 7);
var ServiceDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 8);
var MethodDescriptorProtoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 9);
var FileOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 10);
var FileOptions_OptimizeMode;
(function(FileOptions_OptimizeMode2) {
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["SPEED"] = 1] = "SPEED";
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["CODE_SIZE"] = 2] = "CODE_SIZE";
  FileOptions_OptimizeMode2[FileOptions_OptimizeMode2["LITE_RUNTIME"] = 3] = "LITE_RUNTIME";
})(FileOptions_OptimizeMode || (FileOptions_OptimizeMode = {}));
var MessageOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 11);
var FieldOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 12);
var FieldOptions_CType;
(function(FieldOptions_CType2) {
  FieldOptions_CType2[FieldOptions_CType2["STRING"] = 0] = "STRING";
  FieldOptions_CType2[FieldOptions_CType2["CORD"] = 1] = "CORD";
  FieldOptions_CType2[FieldOptions_CType2["STRING_PIECE"] = 2] = "STRING_PIECE";
})(FieldOptions_CType || (FieldOptions_CType = {}));
var FieldOptions_JSType;
(function(FieldOptions_JSType2) {
  FieldOptions_JSType2[FieldOptions_JSType2["JS_NORMAL"] = 0] = "JS_NORMAL";
  FieldOptions_JSType2[FieldOptions_JSType2["JS_STRING"] = 1] = "JS_STRING";
  FieldOptions_JSType2[FieldOptions_JSType2["JS_NUMBER"] = 2] = "JS_NUMBER";
})(FieldOptions_JSType || (FieldOptions_JSType = {}));
var FieldOptions_OptionRetention;
(function(FieldOptions_OptionRetention2) {
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_UNKNOWN"] = 0] = "RETENTION_UNKNOWN";
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_RUNTIME"] = 1] = "RETENTION_RUNTIME";
  FieldOptions_OptionRetention2[FieldOptions_OptionRetention2["RETENTION_SOURCE"] = 2] = "RETENTION_SOURCE";
})(FieldOptions_OptionRetention || (FieldOptions_OptionRetention = {}));
var FieldOptions_OptionTargetType;
(function(FieldOptions_OptionTargetType2) {
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_UNKNOWN"] = 0] = "TARGET_TYPE_UNKNOWN";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_FILE"] = 1] = "TARGET_TYPE_FILE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_EXTENSION_RANGE"] = 2] = "TARGET_TYPE_EXTENSION_RANGE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_MESSAGE"] = 3] = "TARGET_TYPE_MESSAGE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_FIELD"] = 4] = "TARGET_TYPE_FIELD";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ONEOF"] = 5] = "TARGET_TYPE_ONEOF";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ENUM"] = 6] = "TARGET_TYPE_ENUM";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_ENUM_ENTRY"] = 7] = "TARGET_TYPE_ENUM_ENTRY";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_SERVICE"] = 8] = "TARGET_TYPE_SERVICE";
  FieldOptions_OptionTargetType2[FieldOptions_OptionTargetType2["TARGET_TYPE_METHOD"] = 9] = "TARGET_TYPE_METHOD";
})(FieldOptions_OptionTargetType || (FieldOptions_OptionTargetType = {}));
var OneofOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 13);
var EnumOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 14);
var EnumValueOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 15);
var ServiceOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 16);
var MethodOptionsSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 17);
var MethodOptions_IdempotencyLevel;
(function(MethodOptions_IdempotencyLevel2) {
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["IDEMPOTENCY_UNKNOWN"] = 0] = "IDEMPOTENCY_UNKNOWN";
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["NO_SIDE_EFFECTS"] = 1] = "NO_SIDE_EFFECTS";
  MethodOptions_IdempotencyLevel2[MethodOptions_IdempotencyLevel2["IDEMPOTENT"] = 2] = "IDEMPOTENT";
})(MethodOptions_IdempotencyLevel || (MethodOptions_IdempotencyLevel = {}));
var UninterpretedOptionSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 18);
var UninterpretedOption_NamePartSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 18, 0);
var FeatureSet_VisibilityFeature_DefaultSymbolVisibility;
(function(FeatureSet_VisibilityFeature_DefaultSymbolVisibility2) {
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["DEFAULT_SYMBOL_VISIBILITY_UNKNOWN"] = 0] = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["EXPORT_ALL"] = 1] = "EXPORT_ALL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["EXPORT_TOP_LEVEL"] = 2] = "EXPORT_TOP_LEVEL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["LOCAL_ALL"] = 3] = "LOCAL_ALL";
  FeatureSet_VisibilityFeature_DefaultSymbolVisibility2[FeatureSet_VisibilityFeature_DefaultSymbolVisibility2["STRICT"] = 4] = "STRICT";
})(FeatureSet_VisibilityFeature_DefaultSymbolVisibility || (FeatureSet_VisibilityFeature_DefaultSymbolVisibility = {}));
var FeatureSet_ProtoLimitsFeature_EnforceProtoLimits;
(function(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2) {
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["PROTO_LIMITS_UNKNOWN"] = 0] = "PROTO_LIMITS_UNKNOWN";
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["LEGACY_NO_EXPLICIT_LIMITS"] = 1] = "LEGACY_NO_EXPLICIT_LIMITS";
  FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2[FeatureSet_ProtoLimitsFeature_EnforceProtoLimits2["PROTO_LIMITS2026"] = 2] = "PROTO_LIMITS2026";
})(FeatureSet_ProtoLimitsFeature_EnforceProtoLimits || (FeatureSet_ProtoLimitsFeature_EnforceProtoLimits = {}));
var FeatureSet_FieldPresence;
(function(FeatureSet_FieldPresence2) {
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["FIELD_PRESENCE_UNKNOWN"] = 0] = "FIELD_PRESENCE_UNKNOWN";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["EXPLICIT"] = 1] = "EXPLICIT";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["IMPLICIT"] = 2] = "IMPLICIT";
  FeatureSet_FieldPresence2[FeatureSet_FieldPresence2["LEGACY_REQUIRED"] = 3] = "LEGACY_REQUIRED";
})(FeatureSet_FieldPresence || (FeatureSet_FieldPresence = {}));
var FeatureSet_EnumType;
(function(FeatureSet_EnumType2) {
  FeatureSet_EnumType2[FeatureSet_EnumType2["ENUM_TYPE_UNKNOWN"] = 0] = "ENUM_TYPE_UNKNOWN";
  FeatureSet_EnumType2[FeatureSet_EnumType2["OPEN"] = 1] = "OPEN";
  FeatureSet_EnumType2[FeatureSet_EnumType2["CLOSED"] = 2] = "CLOSED";
})(FeatureSet_EnumType || (FeatureSet_EnumType = {}));
var FeatureSet_RepeatedFieldEncoding;
(function(FeatureSet_RepeatedFieldEncoding2) {
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["REPEATED_FIELD_ENCODING_UNKNOWN"] = 0] = "REPEATED_FIELD_ENCODING_UNKNOWN";
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["PACKED"] = 1] = "PACKED";
  FeatureSet_RepeatedFieldEncoding2[FeatureSet_RepeatedFieldEncoding2["EXPANDED"] = 2] = "EXPANDED";
})(FeatureSet_RepeatedFieldEncoding || (FeatureSet_RepeatedFieldEncoding = {}));
var FeatureSet_Utf8Validation;
(function(FeatureSet_Utf8Validation2) {
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["UTF8_VALIDATION_UNKNOWN"] = 0] = "UTF8_VALIDATION_UNKNOWN";
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["VERIFY"] = 2] = "VERIFY";
  FeatureSet_Utf8Validation2[FeatureSet_Utf8Validation2["NONE"] = 3] = "NONE";
})(FeatureSet_Utf8Validation || (FeatureSet_Utf8Validation = {}));
var FeatureSet_MessageEncoding;
(function(FeatureSet_MessageEncoding2) {
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["MESSAGE_ENCODING_UNKNOWN"] = 0] = "MESSAGE_ENCODING_UNKNOWN";
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["LENGTH_PREFIXED"] = 1] = "LENGTH_PREFIXED";
  FeatureSet_MessageEncoding2[FeatureSet_MessageEncoding2["DELIMITED"] = 2] = "DELIMITED";
})(FeatureSet_MessageEncoding || (FeatureSet_MessageEncoding = {}));
var FeatureSet_JsonFormat;
(function(FeatureSet_JsonFormat2) {
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["JSON_FORMAT_UNKNOWN"] = 0] = "JSON_FORMAT_UNKNOWN";
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["ALLOW"] = 1] = "ALLOW";
  FeatureSet_JsonFormat2[FeatureSet_JsonFormat2["LEGACY_BEST_EFFORT"] = 2] = "LEGACY_BEST_EFFORT";
})(FeatureSet_JsonFormat || (FeatureSet_JsonFormat = {}));
var FeatureSet_EnforceNamingStyle;
(function(FeatureSet_EnforceNamingStyle2) {
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["ENFORCE_NAMING_STYLE_UNKNOWN"] = 0] = "ENFORCE_NAMING_STYLE_UNKNOWN";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE2024"] = 1] = "STYLE2024";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE_LEGACY"] = 2] = "STYLE_LEGACY";
  FeatureSet_EnforceNamingStyle2[FeatureSet_EnforceNamingStyle2["STYLE2026"] = 3] = "STYLE2026";
})(FeatureSet_EnforceNamingStyle || (FeatureSet_EnforceNamingStyle = {}));
var SourceCodeInfoSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 21);
var SourceCodeInfo_LocationSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_descriptor, 21, 0);
var GeneratedCodeInfo_Annotation_Semantic;
(function(GeneratedCodeInfo_Annotation_Semantic2) {
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["NONE"] = 0] = "NONE";
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["SET"] = 1] = "SET";
  GeneratedCodeInfo_Annotation_Semantic2[GeneratedCodeInfo_Annotation_Semantic2["ALIAS"] = 2] = "ALIAS";
})(GeneratedCodeInfo_Annotation_Semantic || (GeneratedCodeInfo_Annotation_Semantic = {}));
var Edition;
(function(Edition2) {
  Edition2[Edition2["EDITION_UNKNOWN"] = 0] = "EDITION_UNKNOWN";
  Edition2[Edition2["EDITION_LEGACY"] = 900] = "EDITION_LEGACY";
  Edition2[Edition2["EDITION_PROTO2"] = 998] = "EDITION_PROTO2";
  Edition2[Edition2["EDITION_PROTO3"] = 999] = "EDITION_PROTO3";
  Edition2[Edition2["EDITION_2023"] = 1e3] = "EDITION_2023";
  Edition2[Edition2["EDITION_2024"] = 1001] = "EDITION_2024";
  Edition2[Edition2["EDITION_2026"] = 1002] = "EDITION_2026";
  Edition2[Edition2["EDITION_UNSTABLE"] = 9999] = "EDITION_UNSTABLE";
  Edition2[Edition2["EDITION_1_TEST_ONLY"] = 1] = "EDITION_1_TEST_ONLY";
  Edition2[Edition2["EDITION_2_TEST_ONLY"] = 2] = "EDITION_2_TEST_ONLY";
  Edition2[Edition2["EDITION_99997_TEST_ONLY"] = 99997] = "EDITION_99997_TEST_ONLY";
  Edition2[Edition2["EDITION_99998_TEST_ONLY"] = 99998] = "EDITION_99998_TEST_ONLY";
  Edition2[Edition2["EDITION_99999_TEST_ONLY"] = 99999] = "EDITION_99999_TEST_ONLY";
  Edition2[Edition2["EDITION_MAX"] = 2147483647] = "EDITION_MAX";
})(Edition || (Edition = {}));
var SymbolVisibility;
(function(SymbolVisibility2) {
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_UNSET"] = 0] = "VISIBILITY_UNSET";
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_LOCAL"] = 1] = "VISIBILITY_LOCAL";
  SymbolVisibility2[SymbolVisibility2["VISIBILITY_EXPORT"] = 2] = "VISIBILITY_EXPORT";
})(SymbolVisibility || (SymbolVisibility = {}));

// node_modules/@bufbuild/protobuf/dist/esm/reflect/error.js
var errorNames = [
  "FieldValueInvalidError",
  "FieldListRangeError",
  "ForeignFieldError"
];
var FieldError = class extends Error {
  constructor(fieldOrOneof, message2, name = "FieldValueInvalidError") {
    super(message2);
    this.name = name;
    this.field = () => fieldOrOneof;
  }
};
function isFieldError(arg) {
  return arg instanceof Error && errorNames.includes(arg.name) && "field" in arg && typeof arg.field == "function";
}

// node_modules/@bufbuild/protobuf/dist/esm/is-message.js
function isMessage(arg, schema) {
  const isMessage2 = arg !== null && typeof arg == "object" && "$typeName" in arg && typeof arg.$typeName == "string";
  if (!isMessage2) {
    return false;
  }
  if (schema === void 0) {
    return true;
  }
  return schema.typeName === arg.$typeName;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/guard.js
function isObject(arg) {
  return arg !== null && typeof arg == "object" && !Array.isArray(arg);
}
function isReflectList(arg, field) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "add" in arg && "field" in arg && typeof arg.field == "function") {
    if (field !== void 0) {
      const a = field;
      const b3 = arg.field();
      return a.listKind == b3.listKind && a.scalar === b3.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b3.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b3.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return true;
  }
  return false;
}
function isReflectMap(arg, field) {
  var _a, _b, _c, _d;
  if (isObject(arg) && unsafeLocal in arg && "has" in arg && "field" in arg && typeof arg.field == "function") {
    if (field !== void 0) {
      const a = field, b3 = arg.field();
      return a.mapKey === b3.mapKey && a.mapKind == b3.mapKind && a.scalar === b3.scalar && ((_a = a.message) === null || _a === void 0 ? void 0 : _a.typeName) === ((_b = b3.message) === null || _b === void 0 ? void 0 : _b.typeName) && ((_c = a.enum) === null || _c === void 0 ? void 0 : _c.typeName) === ((_d = b3.enum) === null || _d === void 0 ? void 0 : _d.typeName);
    }
    return true;
  }
  return false;
}
function isReflectMessage(arg, messageDesc2) {
  return isObject(arg) && unsafeLocal in arg && "desc" in arg && isObject(arg.desc) && arg.desc.kind === "message" && (messageDesc2 === void 0 || arg.desc.typeName == messageDesc2.typeName);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/wrappers.js
function isWrapper(arg) {
  return isWrapperTypeName(arg.$typeName);
}
function isWrapperDesc(messageDesc2) {
  const f3 = messageDesc2.fields[0];
  return isWrapperTypeName(messageDesc2.typeName) && f3 !== void 0 && f3.fieldKind == "scalar" && f3.name == "value" && f3.number == 1;
}
function hasCustomJsonRepresentation(desc) {
  switch (desc.typeName) {
    case "google.protobuf.Any":
    case "google.protobuf.Timestamp":
    case "google.protobuf.Duration":
    case "google.protobuf.FieldMask":
    case "google.protobuf.Struct":
    case "google.protobuf.Value":
    case "google.protobuf.ListValue":
      return true;
    default:
      return isWrapperDesc(desc);
  }
}
var wrapperTypeNames = /* @__PURE__ */ new Set([
  "google.protobuf.DoubleValue",
  "google.protobuf.FloatValue",
  "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value",
  "google.protobuf.Int32Value",
  "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue",
  "google.protobuf.StringValue",
  "google.protobuf.BytesValue"
]);
function isWrapperTypeName(name) {
  return wrapperTypeNames.has(name);
}

// node_modules/@bufbuild/protobuf/dist/esm/create.js
var EDITION_PROTO32 = 999;
var EDITION_PROTO22 = 998;
var IMPLICIT3 = 2;
function create(schema, init) {
  if (isMessage(init, schema)) {
    return init;
  }
  return compiledCreate(schema)(init);
}
var compiledCreates = /* @__PURE__ */ new WeakMap();
function compiledCreate(desc) {
  let compiled = compiledCreates.get(desc);
  if (compiled === void 0) {
    compiled = compileCreate(desc);
    compiledCreates.set(desc, compiled);
  }
  return compiled;
}
var INIT_SINGULAR = 0;
var INIT_LIST = 1;
var INIT_MAP = 2;
var INIT_ONEOF = 3;
function compileCreate(desc) {
  const typeName = desc.typeName;
  const { properties, prototype } = compileInitMessage(desc);
  return (init) => {
    let message2;
    if (prototype !== void 0) {
      message2 = Object.create(prototype);
      message2.$typeName = typeName;
    } else {
      message2 = { $typeName: typeName };
    }
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i];
      const name = property.name;
      const initValue = init === null || init === void 0 ? void 0 : init[name];
      switch (property.kind) {
        case INIT_SINGULAR:
          if (initValue != null) {
            message2[name] = property.convert !== void 0 ? property.convert(initValue) : initValue;
          } else if (property.constant !== void 0) {
            message2[name] = property.constant;
          }
          break;
        case INIT_LIST:
          message2[name] = property.convert !== void 0 && Array.isArray(initValue) ? initValue.map(property.convert) : initValue !== null && initValue !== void 0 ? initValue : [];
          break;
        case INIT_MAP:
          if (property.convert === void 0 || !isObject(initValue)) {
            message2[name] = initValue !== null && initValue !== void 0 ? initValue : {};
          } else {
            const converted = {};
            const keys = Object.keys(initValue);
            for (let k2 = 0; k2 < keys.length; k2++) {
              setOwn(converted, keys[k2], property.convert(initValue[keys[k2]]));
            }
            message2[name] = converted;
          }
          break;
        case INIT_ONEOF: {
          const oneofValue = initValue;
          if ((oneofValue === null || oneofValue === void 0 ? void 0 : oneofValue.case) != null) {
            const convert = property.convert.get(oneofValue.case);
            if (convert !== void 0) {
              message2[name] = {
                case: oneofValue.case,
                value: convert(oneofValue.value)
              };
              break;
            }
          }
          message2[name] = { case: void 0 };
          break;
        }
      }
    }
    return message2;
  };
}
function compileInitMessage(desc) {
  var _a, _b;
  const properties = [];
  const prototype = {};
  const usePrototype = needsPrototypeChain(desc);
  for (const member of desc.members) {
    const name = member.localName;
    if (member.kind == "oneof") {
      properties.push({
        name,
        kind: INIT_ONEOF,
        constant: void 0,
        convert: compileConvertOneof(member)
      });
      continue;
    }
    switch (member.fieldKind) {
      case "message": {
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: void 0,
          convert: compileConvertMessage(member)
        });
        break;
      }
      case "list": {
        properties.push({
          name,
          kind: INIT_LIST,
          constant: void 0,
          convert: member.listKind == "message" ? (_a = compileConvertMessage(member)) !== null && _a !== void 0 ? _a : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      case "map": {
        properties.push({
          name,
          kind: INIT_MAP,
          constant: void 0,
          convert: member.mapKind == "message" ? (_b = compileConvertMessage(member)) !== null && _b !== void 0 ? _b : ((value) => value) : member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        break;
      }
      default: {
        const zeroValue = createZeroValue(member);
        properties.push({
          name,
          kind: INIT_SINGULAR,
          constant: member.presence == IMPLICIT3 ? zeroValue : void 0,
          convert: member.fieldKind == "scalar" && member.scalar == ScalarType.BYTES ? toU8Arr : void 0
        });
        if (usePrototype) {
          prototype[name] = zeroValue;
        }
        break;
      }
    }
  }
  return {
    properties,
    prototype: usePrototype ? prototype : void 0
  };
}
function compileConvertOneof(oneof) {
  const converters = /* @__PURE__ */ new Map();
  for (const field of oneof.fields) {
    let convert;
    if (field.fieldKind == "message") {
      convert = compileConvertMessage(field);
    } else if (field.fieldKind == "scalar" && field.scalar == ScalarType.BYTES) {
      convert = toU8Arr;
    }
    converters.set(field.localName, convert !== null && convert !== void 0 ? convert : ((value) => value));
  }
  return converters;
}
function compileConvertMessage(field) {
  if (field.fieldKind == "message" && !field.oneof && isWrapperDesc(field.message)) {
    return field.message.fields[0].scalar == ScalarType.BYTES ? toU8Arr : void 0;
  }
  if (field.message.typeName == "google.protobuf.Struct" && field.parent.typeName !== "google.protobuf.Value") {
    return void 0;
  }
  const messageDesc2 = field.message;
  let compiled;
  return (value) => {
    if (!isObject(value) || isMessage(value, messageDesc2)) {
      return value;
    }
    compiled !== null && compiled !== void 0 ? compiled : compiled = compiledCreate(messageDesc2);
    return compiled(value);
  };
}
function toU8Arr(value) {
  return Array.isArray(value) ? new Uint8Array(value) : value;
}
function needsPrototypeChain(desc) {
  switch (desc.file.edition) {
    case EDITION_PROTO32:
      return false;
    case EDITION_PROTO22:
      return true;
    default:
      return desc.fields.some((f3) => f3.presence != IMPLICIT3 && f3.fieldKind != "message" && !f3.oneof);
  }
}
function createZeroValue(field) {
  const defaultValue = field.getDefaultValue();
  if (defaultValue !== void 0) {
    return field.fieldKind == "scalar" && field.longAsString ? defaultValue.toString() : defaultValue;
  }
  return field.fieldKind == "scalar" ? scalarZeroValue(field.scalar, field.longAsString) : field.enum.values[0].number;
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/message.js
var NULL_VALUE = 0;
function localMessageMapper(field) {
  if (usesJsonRepresentation(field)) {
    return {
      toMessage: (local) => wktStructToReflect(local),
      toLocal: (message2) => wktStructToLocal(message2)
    };
  }
  if (field.fieldKind == "message" && !field.oneof && isWrapperDesc(field.message)) {
    const wrapperDesc = field.message;
    const valueLocalName = wrapperDesc.fields[0].localName;
    return {
      toMessage: (local) => {
        const message2 = create(wrapperDesc);
        if (local !== void 0) {
          message2[valueLocalName] = local;
        }
        return message2;
      },
      toLocal: (message2) => message2[valueLocalName]
    };
  }
  const childDesc = field.message;
  return {
    toMessage: (local) => local === void 0 ? create(childDesc) : local,
    toLocal: (message2) => message2
  };
}
function usesJsonRepresentation(field) {
  return field.message.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value";
}
function wktStructToReflect(json) {
  const struct = {
    $typeName: "google.protobuf.Struct",
    fields: {}
  };
  if (isObject(json)) {
    for (const k2 of Object.keys(json)) {
      setOwn(struct.fields, k2, wktValueToReflect(json[k2]));
    }
  }
  return struct;
}
function wktStructToLocal(val) {
  const json = {};
  for (const k2 of Object.keys(val.fields)) {
    setOwn(json, k2, wktValueToLocal(val.fields[k2]));
  }
  return json;
}
function wktValueToLocal(val) {
  switch (val.kind.case) {
    case "structValue":
      return wktStructToLocal(val.kind.value);
    case "listValue":
      return val.kind.value.values.map(wktValueToLocal);
    case "nullValue":
    case void 0:
      return null;
    default:
      return val.kind.value;
  }
}
function wktValueToReflect(json) {
  const value = {
    $typeName: "google.protobuf.Value",
    kind: { case: void 0 }
  };
  switch (typeof json) {
    case "number":
      value.kind = { case: "numberValue", value: json };
      break;
    case "string":
      value.kind = { case: "stringValue", value: json };
      break;
    case "boolean":
      value.kind = { case: "boolValue", value: json };
      break;
    case "object":
      if (json === null) {
        value.kind = { case: "nullValue", value: NULL_VALUE };
      } else if (Array.isArray(json)) {
        const listValue = {
          $typeName: "google.protobuf.ListValue",
          values: []
        };
        if (Array.isArray(json)) {
          for (const e of json) {
            listValue.values.push(wktValueToReflect(e));
          }
        }
        value.kind = {
          case: "listValue",
          value: listValue
        };
      } else {
        value.kind = {
          case: "structValue",
          value: wktStructToReflect(json)
        };
      }
      break;
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/from-binary.js
function makeReadContext(options) {
  return Object.assign(Object.assign({ readUnknownFields: true, recursionLimit: 100 }, options), { depth: 0 });
}
function fromBinary(schema, bytes, options) {
  const message2 = create(schema);
  compiledReader(schema).read(message2, new BinaryReader(bytes), makeReadContext(options), bytes.byteLength);
  return message2;
}
var compiledReaders = /* @__PURE__ */ new WeakMap();
function compiledReader(desc) {
  let compiled = compiledReaders.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage(desc);
  }
  return compiled;
}
function compileMessage(desc) {
  const descString = String(desc);
  const fieldReaders = /* @__PURE__ */ new Map();
  const compiled = {
    read: compileMessageReader(descString, fieldReaders),
    readGroup: compileGroupReader(descString, fieldReaders)
  };
  compiledReaders.set(desc, compiled);
  for (const field of desc.fields) {
    fieldReaders.set(field.number, compileFieldReader(field));
  }
  return compiled;
}
function compileMessageReader(descString, fieldReaders) {
  return (message2, reader, ctx, length) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit) {
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    }
    const end = reader.pos + length;
    const unknownFields = (_a = message2.$unknown) !== null && _a !== void 0 ? _a : [];
    while (reader.pos < end) {
      const [fieldNo, wireType] = reader.tag();
      const fieldReader = fieldReaders.get(fieldNo);
      if (fieldReader === void 0) {
        const data = reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
        if (ctx.readUnknownFields) {
          unknownFields.push({ no: fieldNo, wireType, data });
        }
        continue;
      }
      fieldReader(message2, reader, ctx, wireType);
    }
    if (unknownFields.length > 0) {
      message2.$unknown = unknownFields;
    }
    ctx.depth--;
  };
}
function compileGroupReader(descString, fieldReaders) {
  return (message2, reader, ctx, fieldNo) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit) {
      throw new Error(`cannot decode ${descString} from binary: maximum recursion depth of ${ctx.recursionLimit} reached`);
    }
    let recordFieldNo;
    let wireType;
    const unknownFields = (_a = message2.$unknown) !== null && _a !== void 0 ? _a : [];
    while (reader.pos < reader.len) {
      [recordFieldNo, wireType] = reader.tag();
      if (wireType == WireType.EndGroup) {
        break;
      }
      const fieldReader = fieldReaders.get(recordFieldNo);
      if (fieldReader === void 0) {
        const data = reader.skip(wireType, recordFieldNo, ctx.recursionLimit - ctx.depth);
        if (ctx.readUnknownFields) {
          unknownFields.push({ no: recordFieldNo, wireType, data });
        }
        continue;
      }
      fieldReader(message2, reader, ctx, wireType);
    }
    if (wireType != WireType.EndGroup || recordFieldNo !== fieldNo) {
      throw new Error("invalid end group tag");
    }
    if (unknownFields.length > 0) {
      message2.$unknown = unknownFields;
    }
    ctx.depth--;
  };
}
function readField(message2, reader, field, wireType, ctx) {
  compileFieldReader(field)(message2[unsafeLocal], reader, ctx, wireType);
}
function compileFieldReader(field) {
  switch (field.fieldKind) {
    case "scalar":
      return compileScalarFieldReader(field);
    case "enum":
      return compileEnumFieldReader(field);
    case "message":
      return compileMessageFieldReader(field);
    case "list":
      return compileListFieldReader(field);
    case "map":
      return compileMapFieldReader(field);
  }
}
function compileScalarFieldReader(field) {
  const readScalar = compileScalarReader(field.scalar, field.utf8Validation, field.longAsString);
  const localName = field.localName;
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (message2, reader) => {
      message2[oneofLocalName] = {
        case: localName,
        value: readScalar(reader)
      };
    };
  }
  return (message2, reader) => {
    message2[localName] = readScalar(reader);
  };
}
function compileEnumFieldReader(field) {
  var _a;
  const localName = field.localName;
  const oneofLocalName = (_a = field.oneof) === null || _a === void 0 ? void 0 : _a.localName;
  if (field.enum.open) {
    if (oneofLocalName !== void 0) {
      return (message2, reader) => {
        message2[oneofLocalName] = { case: localName, value: reader.int32() };
      };
    }
    return (message2, reader) => {
      message2[localName] = reader.int32();
    };
  }
  const values = field.enum.values;
  const fieldNo = field.number;
  return (message2, reader, ctx, wireType) => {
    var _a2;
    const val = reader.int32();
    if (values.some((v2) => v2.number === val)) {
      if (oneofLocalName !== void 0) {
        message2[oneofLocalName] = { case: localName, value: val };
      } else {
        message2[localName] = val;
      }
    } else if (ctx.readUnknownFields) {
      const bytes = [];
      varint32write(val, bytes);
      const unknownFields = (_a2 = message2.$unknown) !== null && _a2 !== void 0 ? _a2 : [];
      unknownFields.push({
        no: fieldNo,
        wireType,
        data: new Uint8Array(bytes)
      });
      message2.$unknown = unknownFields;
    }
  };
}
function compileMessageFieldReader(field) {
  const localName = field.localName;
  const { toMessage, toLocal } = localMessageMapper(field);
  const readChild = compileChildReader(field);
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (message2, reader, ctx) => {
      const oneof = message2[oneofLocalName];
      const child = toMessage(oneof.case === localName ? oneof.value : void 0);
      readChild(child, reader, ctx);
      message2[oneofLocalName] = { case: localName, value: toLocal(child) };
    };
  }
  return (message2, reader, ctx) => {
    const child = toMessage(message2[localName]);
    readChild(child, reader, ctx);
    message2[localName] = toLocal(child);
  };
}
function compileChildReader(field) {
  const compiledChild = compiledReader(field.message);
  if (field.delimitedEncoding) {
    const fieldNo = field.number;
    return (child, reader, ctx) => compiledChild.readGroup(child, reader, ctx, fieldNo);
  }
  return (child, reader, ctx) => compiledChild.read(child, reader, ctx, reader.uint32());
}
function compileListFieldReader(field) {
  const localName = field.localName;
  if (field.listKind == "message") {
    const { toMessage, toLocal } = localMessageMapper(field);
    const readChild = compileChildReader(field);
    return (message2, reader, ctx) => {
      const child = toMessage(void 0);
      readChild(child, reader, ctx);
      message2[localName].push(toLocal(child));
    };
  }
  const scalarType = field.listKind == "enum" ? ScalarType.INT32 : field.scalar;
  const longAsString = field.listKind == "scalar" ? field.longAsString : false;
  const readScalar = compileScalarReader(scalarType, field.utf8Validation, longAsString);
  const packedPossible = scalarType != ScalarType.STRING && scalarType != ScalarType.BYTES;
  return (message2, reader, ctx, wireType) => {
    const items = message2[localName];
    if (wireType == WireType.LengthDelimited && packedPossible) {
      const end = reader.uint32() + reader.pos;
      while (reader.pos < end) {
        items.push(readScalar(reader));
      }
    } else {
      items.push(readScalar(reader));
    }
  };
}
function compileMapFieldReader(field) {
  const localName = field.localName;
  const readKey = compileScalarReader(field.mapKey, field.utf8Validation, false);
  const keyZero = scalarZeroValue(field.mapKey, false);
  let readValue;
  let valueDefault;
  switch (field.mapKind) {
    case "scalar": {
      const scalar = field.scalar;
      const readScalar = compileScalarReader(scalar, field.utf8Validation, false);
      readValue = (reader) => readScalar(reader);
      if (scalar == ScalarType.BYTES) {
        valueDefault = () => new Uint8Array(0);
      } else {
        const zero = scalarZeroValue(scalar, false);
        valueDefault = () => zero;
      }
      break;
    }
    case "enum": {
      const zero = field.enum.values[0].number;
      readValue = (reader) => reader.int32();
      valueDefault = () => zero;
      break;
    }
    case "message": {
      const { toMessage, toLocal } = localMessageMapper(field);
      const readChild = compiledReader(field.message).read;
      readValue = (reader, ctx, existing) => {
        const child = toMessage(existing);
        readChild(child, reader, ctx, reader.uint32());
        return toLocal(child);
      };
      valueDefault = () => toLocal(toMessage(void 0));
      break;
    }
  }
  return (message2, reader, ctx) => {
    const record = message2[localName];
    let key;
    let val;
    const len = reader.uint32();
    const end = reader.pos + len;
    while (reader.pos < end) {
      const [fieldNo, wireType] = reader.tag();
      switch (fieldNo) {
        case 1:
          key = readKey(reader);
          break;
        case 2:
          val = readValue(reader, ctx, val);
          break;
        default:
          reader.skip(wireType, fieldNo, ctx.recursionLimit - ctx.depth);
      }
    }
    if (key === void 0) {
      key = keyZero;
    }
    if (val === void 0) {
      val = valueDefault();
    }
    setOwn(record, key, val);
  };
}
function compileScalarReader(type, utf8Validation, longAsString) {
  switch (type) {
    case ScalarType.STRING:
      return (reader) => reader.string(utf8Validation);
    case ScalarType.BOOL:
      return (reader) => reader.bool();
    case ScalarType.DOUBLE:
      return (reader) => reader.double();
    case ScalarType.FLOAT:
      return (reader) => reader.float();
    case ScalarType.INT32:
      return (reader) => reader.int32();
    case ScalarType.INT64:
      if (longAsString) {
        return (reader) => String(reader.int64());
      }
      return (reader) => reader.int64();
    case ScalarType.UINT64:
      if (longAsString) {
        return (reader) => String(reader.uint64());
      }
      return (reader) => reader.uint64();
    case ScalarType.FIXED64:
      if (longAsString) {
        return (reader) => String(reader.fixed64());
      }
      return (reader) => reader.fixed64();
    case ScalarType.BYTES:
      return (reader) => reader.bytes();
    case ScalarType.FIXED32:
      return (reader) => reader.fixed32();
    case ScalarType.SFIXED32:
      return (reader) => reader.sfixed32();
    case ScalarType.SFIXED64:
      if (longAsString) {
        return (reader) => String(reader.sfixed64());
      }
      return (reader) => reader.sfixed64();
    case ScalarType.SINT64:
      if (longAsString) {
        return (reader) => String(reader.sint64());
      }
      return (reader) => reader.sint64();
    case ScalarType.UINT32:
      return (reader) => reader.uint32();
    case ScalarType.SINT32:
      return (reader) => reader.sint32();
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/file.js
function fileDesc(b64, imports) {
  var _a;
  const root = fromBinary(FileDescriptorProtoSchema, base64Decode(b64));
  root.messageType.forEach(restoreJsonNames);
  root.dependency = (_a = imports === null || imports === void 0 ? void 0 : imports.map((f3) => f3.proto.name)) !== null && _a !== void 0 ? _a : [];
  const reg = createEmbeddedFileRegistry(root, (protoFileName) => imports === null || imports === void 0 ? void 0 : imports.find((f3) => f3.proto.name === protoFileName));
  return reg.getFile(root.name);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/timestamp_pb.js
var file_google_protobuf_timestamp = /* @__PURE__ */ fileDesc("Ch9nb29nbGUvcHJvdG9idWYvdGltZXN0YW1wLnByb3RvEg9nb29nbGUucHJvdG9idWYiKwoJVGltZXN0YW1wEg8KB3NlY29uZHMYASABKAMSDQoFbmFub3MYAiABKAVChQEKE2NvbS5nb29nbGUucHJvdG9idWZCDlRpbWVzdGFtcFByb3RvUAFaMmdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL3RpbWVzdGFtcHBi+AEBogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM");

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/duration_pb.js
var file_google_protobuf_duration = /* @__PURE__ */ fileDesc("Ch5nb29nbGUvcHJvdG9idWYvZHVyYXRpb24ucHJvdG8SD2dvb2dsZS5wcm90b2J1ZiIqCghEdXJhdGlvbhIPCgdzZWNvbmRzGAEgASgDEg0KBW5hbm9zGAIgASgFQoMBChNjb20uZ29vZ2xlLnByb3RvYnVmQg1EdXJhdGlvblByb3RvUAFaMWdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL2R1cmF0aW9ucGL4AQGiAgNHUEKqAh5Hb29nbGUuUHJvdG9idWYuV2VsbEtub3duVHlwZXNiBnByb3RvMw");

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/any_pb.js
var file_google_protobuf_any = /* @__PURE__ */ fileDesc("Chlnb29nbGUvcHJvdG9idWYvYW55LnByb3RvEg9nb29nbGUucHJvdG9idWYiJgoDQW55EhAKCHR5cGVfdXJsGAEgASgJEg0KBXZhbHVlGAIgASgMQnYKE2NvbS5nb29nbGUucHJvdG9idWZCCEFueVByb3RvUAFaLGdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL2FueXBiogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM");
var AnySchema = /* @__PURE__ */ messageDesc(file_google_protobuf_any, 0);

// node_modules/@bufbuild/protobuf/dist/esm/to-binary.js
var IMPLICIT4 = 2;
var LEGACY_REQUIRED2 = 3;
var writeDefaults = {
  writeUnknownFields: true
};
function makeWriteOptions(options) {
  return options ? Object.assign(Object.assign({}, writeDefaults), options) : writeDefaults;
}
function toBinary(schema, message2, options) {
  const writer = new BinaryWriter();
  compiledWriter(schema)(writer, makeWriteOptions(options), message2);
  return writer.finish();
}
var compiledWriters = /* @__PURE__ */ new WeakMap();
function compiledWriter(desc) {
  let compiled = compiledWriters.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage2(desc);
  }
  return compiled;
}
function compileMessage2(desc) {
  const typeName = desc.typeName;
  const sortedFields = desc.fields.concat().sort((a, b3) => a.number - b3.number);
  const foreignField = sortedFields[0];
  const fieldWriters = [];
  const compiled = (writer, opts, message2) => {
    if (message2.$typeName !== typeName && foreignField !== void 0) {
      throw new FieldError(foreignField, `cannot use ${foreignField} with message ${message2.$typeName}`, "ForeignFieldError");
    }
    for (let i = 0; i < fieldWriters.length; i++) {
      fieldWriters[i](writer, opts, message2);
    }
    const unknown = message2.$unknown;
    if (unknown !== void 0 && opts.writeUnknownFields) {
      for (let i = 0; i < unknown.length; i++) {
        const { no: no2, wireType, data } = unknown[i];
        writer.tag(no2, wireType).raw(data);
      }
    }
  };
  compiledWriters.set(desc, compiled);
  for (const field of sortedFields) {
    fieldWriters.push(compileField(field));
  }
  return compiled;
}
function compileField(field) {
  switch (field.fieldKind) {
    case "message":
    case "scalar":
    case "enum":
      return compileSingularField(field);
    case "list":
      return compileListField(field);
    case "map":
      return compileMapField(field);
  }
}
function compileSingularField(field) {
  const writeValue = compileSingularValue(field);
  const localName = field.localName;
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (writer, opts, message2) => {
      const oneof = message2[oneofLocalName];
      if (oneof.case === localName) {
        writeValue(writer, opts, oneof.value);
      }
    };
  }
  if (field.presence != IMPLICIT4) {
    const requiredError = field.presence == LEGACY_REQUIRED2 ? `cannot encode ${field} to binary: required field not set` : void 0;
    return (writer, opts, message2) => {
      const value = message2[localName];
      if (value !== void 0 && Object.prototype.hasOwnProperty.call(message2, localName)) {
        writeValue(writer, opts, value);
      } else if (requiredError !== void 0) {
        throw new Error(requiredError);
      }
    };
  }
  if (field.fieldKind == "enum") {
    const zero = field.enum.values[0].number;
    return (writer, opts, message2) => {
      const value = message2[localName];
      if (value !== zero) {
        writeValue(writer, opts, value);
      }
    };
  }
  switch (field.scalar) {
    case ScalarType.BOOL:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (value !== false) {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.STRING:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (value !== "") {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.BYTES:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (!(value instanceof Uint8Array) || value.byteLength > 0) {
          writeValue(writer, opts, value);
        }
      };
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (!Object.is(value, 0)) {
          writeValue(writer, opts, value);
        }
      };
    default:
      return (writer, opts, message2) => {
        const value = message2[localName];
        if (value != 0) {
          writeValue(writer, opts, value);
        }
      };
  }
}
function compileSingularValue(field) {
  switch (field.fieldKind) {
    case "message": {
      const { toMessage } = localMessageMapper(field);
      const writeChild = compileChildWriter(field);
      return (writer, opts, value) => {
        writeChild(writer, opts, toMessage(value));
      };
    }
    case "scalar":
    case "enum": {
      const scalarType = field.fieldKind == "enum" ? ScalarType.INT32 : field.scalar;
      const fieldNo = field.number;
      const wireType = writeTypeOfScalar(scalarType);
      const writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
      return (writer, opts, value) => {
        writer.tag(fieldNo, wireType);
        writeScalar(writer, value);
      };
    }
  }
}
function compileListField(field) {
  const localName = field.localName;
  const fieldNo = field.number;
  switch (field.listKind) {
    case "message": {
      const { toMessage } = localMessageMapper(field);
      const writeChild = compileChildWriter(field);
      return (writer, opts, message2) => {
        const items = message2[localName];
        for (let i = 0; i < items.length; i++) {
          writeChild(writer, opts, toMessage(items[i]));
        }
      };
    }
    case "scalar":
    case "enum": {
      const scalarType = field.listKind == "enum" ? ScalarType.INT32 : field.scalar;
      const writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
      if (field.packed) {
        return (writer, opts, message2) => {
          const items = message2[localName];
          if (items.length == 0) {
            return;
          }
          writer.tag(fieldNo, WireType.LengthDelimited).fork();
          for (let i = 0; i < items.length; i++) {
            writeScalar(writer, items[i]);
          }
          writer.join();
        };
      }
      const wireType = writeTypeOfScalar(scalarType);
      return (writer, opts, message2) => {
        const items = message2[localName];
        for (let i = 0; i < items.length; i++) {
          writer.tag(fieldNo, wireType);
          writeScalar(writer, items[i]);
        }
      };
    }
  }
}
function compileMapField(field) {
  const localName = field.localName;
  const fieldNo = field.number;
  const writeKey = compileMapKey(field);
  if (field.mapKind == "message") {
    const { toMessage } = localMessageMapper(field);
    const writeMessage = compiledWriter(field.message);
    return (writer, opts, message2) => {
      const record = message2[localName];
      const keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        writer.tag(fieldNo, WireType.LengthDelimited).fork();
        writeKey(writer, key);
        writer.tag(2, WireType.LengthDelimited).fork();
        writeMessage(writer, opts, toMessage(record[key]));
        writer.join();
        writer.join();
      }
    };
  }
  const scalarType = field.mapKind == "enum" ? ScalarType.INT32 : field.scalar;
  const valueWireType = writeTypeOfScalar(scalarType);
  const writeScalar = compileScalarValue(scalarType, field.parent.typeName, field.name);
  return (writer, opts, message2) => {
    const record = message2[localName];
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      writer.tag(fieldNo, WireType.LengthDelimited).fork();
      writeKey(writer, key);
      writer.tag(2, valueWireType);
      writeScalar(writer, record[key]);
      writer.join();
    }
  };
}
function compileMapKey(field) {
  const wireType = writeTypeOfScalar(field.mapKey);
  const writeScalar = compileScalarValue(field.mapKey, field.parent.typeName, field.name);
  const convertKey = compileMapKeyConverter(field.mapKey);
  return (writer, key) => {
    writer.tag(1, wireType);
    writeScalar(writer, convertKey(key));
  };
}
function compileMapKeyConverter(type) {
  switch (type) {
    case ScalarType.STRING:
      return (key) => key;
    case ScalarType.BOOL:
      return (key) => key === "true" ? true : key === "false" ? false : key;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return (key) => {
        try {
          return protoInt64.uParse(key);
        } catch (_a) {
          return key;
        }
      };
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (key) => {
        try {
          return protoInt64.parse(key);
        } catch (_a) {
          return key;
        }
      };
    default:
      return (key) => {
        const n = Number.parseInt(key);
        return Number.isFinite(n) ? n : key;
      };
  }
}
function compileScalarValue(type, messageName, fieldName) {
  const writeScalar = compileScalarWrite(type);
  return (writer, value) => {
    try {
      writeScalar(writer, value);
    } catch (e) {
      if (e instanceof Error) {
        throw new Error(`cannot encode field ${messageName}.${fieldName} to binary: ${e.message}`);
      }
      throw e;
    }
  };
}
function compileScalarWrite(type) {
  switch (type) {
    case ScalarType.STRING:
      return (writer, value) => writer.string(value);
    case ScalarType.BOOL:
      return (writer, value) => writer.bool(value);
    case ScalarType.DOUBLE:
      return (writer, value) => writer.double(value);
    case ScalarType.FLOAT:
      return (writer, value) => writer.float(value);
    case ScalarType.INT32:
      return (writer, value) => writer.int32(value);
    case ScalarType.INT64:
      return (writer, value) => writer.int64(value);
    case ScalarType.UINT64:
      return (writer, value) => writer.uint64(value);
    case ScalarType.FIXED64:
      return (writer, value) => writer.fixed64(value);
    case ScalarType.BYTES:
      return (writer, value) => writer.bytes(value);
    case ScalarType.FIXED32:
      return (writer, value) => writer.fixed32(value);
    case ScalarType.SFIXED32:
      return (writer, value) => writer.sfixed32(value);
    case ScalarType.SFIXED64:
      return (writer, value) => writer.sfixed64(value);
    case ScalarType.SINT64:
      return (writer, value) => writer.sint64(value);
    case ScalarType.UINT32:
      return (writer, value) => writer.uint32(value);
    case ScalarType.SINT32:
      return (writer, value) => writer.sint32(value);
  }
}
function writeField(writer, opts, msg, field) {
  compileField(field)(writer, opts, msg[unsafeLocal]);
}
function compileChildWriter(field) {
  const fieldNo = field.number;
  const writeMessage = compiledWriter(field.message);
  if (field.delimitedEncoding) {
    return (writer, opts, child) => {
      writer.tag(fieldNo, WireType.StartGroup);
      writeMessage(writer, opts, child);
      writer.tag(fieldNo, WireType.EndGroup);
    };
  }
  return (writer, opts, child) => {
    writer.tag(fieldNo, WireType.LengthDelimited).fork();
    writeMessage(writer, opts, child);
    writer.join();
  };
}
function writeTypeOfScalar(type) {
  switch (type) {
    case ScalarType.BYTES:
    case ScalarType.STRING:
      return WireType.LengthDelimited;
    case ScalarType.DOUBLE:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return WireType.Bit64;
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
    case ScalarType.FLOAT:
      return WireType.Bit32;
    default:
      return WireType.Varint;
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/any.js
function anyPack(schema, message2, into) {
  let ret = false;
  if (!into) {
    into = create(AnySchema);
    ret = true;
  }
  into.value = toBinary(schema, message2);
  into.typeUrl = typeNameToUrl(message2.$typeName);
  return ret ? into : void 0;
}
function typeNameToUrl(name) {
  return `type.googleapis.com/${name}`;
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/source_context_pb.js
var file_google_protobuf_source_context = /* @__PURE__ */ fileDesc("CiRnb29nbGUvcHJvdG9idWYvc291cmNlX2NvbnRleHQucHJvdG8SD2dvb2dsZS5wcm90b2J1ZiIiCg1Tb3VyY2VDb250ZXh0EhEKCWZpbGVfbmFtZRgBIAEoCUKKAQoTY29tLmdvb2dsZS5wcm90b2J1ZkISU291cmNlQ29udGV4dFByb3RvUAFaNmdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL3NvdXJjZWNvbnRleHRwYqICA0dQQqoCHkdvb2dsZS5Qcm90b2J1Zi5XZWxsS25vd25UeXBlc2IGcHJvdG8z");

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/type_pb.js
var file_google_protobuf_type = /* @__PURE__ */ fileDesc("Chpnb29nbGUvcHJvdG9idWYvdHlwZS5wcm90bxIPZ29vZ2xlLnByb3RvYnVmIugBCgRUeXBlEgwKBG5hbWUYASABKAkSJgoGZmllbGRzGAIgAygLMhYuZ29vZ2xlLnByb3RvYnVmLkZpZWxkEg4KBm9uZW9mcxgDIAMoCRIoCgdvcHRpb25zGAQgAygLMhcuZ29vZ2xlLnByb3RvYnVmLk9wdGlvbhI2Cg5zb3VyY2VfY29udGV4dBgFIAEoCzIeLmdvb2dsZS5wcm90b2J1Zi5Tb3VyY2VDb250ZXh0EicKBnN5bnRheBgGIAEoDjIXLmdvb2dsZS5wcm90b2J1Zi5TeW50YXgSDwoHZWRpdGlvbhgHIAEoCSLVBQoFRmllbGQSKQoEa2luZBgBIAEoDjIbLmdvb2dsZS5wcm90b2J1Zi5GaWVsZC5LaW5kEjcKC2NhcmRpbmFsaXR5GAIgASgOMiIuZ29vZ2xlLnByb3RvYnVmLkZpZWxkLkNhcmRpbmFsaXR5Eg4KBm51bWJlchgDIAEoBRIMCgRuYW1lGAQgASgJEhAKCHR5cGVfdXJsGAYgASgJEhMKC29uZW9mX2luZGV4GAcgASgFEg4KBnBhY2tlZBgIIAEoCBIoCgdvcHRpb25zGAkgAygLMhcuZ29vZ2xlLnByb3RvYnVmLk9wdGlvbhIRCglqc29uX25hbWUYCiABKAkSFQoNZGVmYXVsdF92YWx1ZRgLIAEoCSLIAgoES2luZBIQCgxUWVBFX1VOS05PV04QABIPCgtUWVBFX0RPVUJMRRABEg4KClRZUEVfRkxPQVQQAhIOCgpUWVBFX0lOVDY0EAMSDwoLVFlQRV9VSU5UNjQQBBIOCgpUWVBFX0lOVDMyEAUSEAoMVFlQRV9GSVhFRDY0EAYSEAoMVFlQRV9GSVhFRDMyEAcSDQoJVFlQRV9CT09MEAgSDwoLVFlQRV9TVFJJTkcQCRIOCgpUWVBFX0dST1VQEAoSEAoMVFlQRV9NRVNTQUdFEAsSDgoKVFlQRV9CWVRFUxAMEg8KC1RZUEVfVUlOVDMyEA0SDQoJVFlQRV9FTlVNEA4SEQoNVFlQRV9TRklYRUQzMhAPEhEKDVRZUEVfU0ZJWEVENjQQEBIPCgtUWVBFX1NJTlQzMhAREg8KC1RZUEVfU0lOVDY0EBIidAoLQ2FyZGluYWxpdHkSFwoTQ0FSRElOQUxJVFlfVU5LTk9XThAAEhgKFENBUkRJTkFMSVRZX09QVElPTkFMEAESGAoUQ0FSRElOQUxJVFlfUkVRVUlSRUQQAhIYChRDQVJESU5BTElUWV9SRVBFQVRFRBADIt8BCgRFbnVtEgwKBG5hbWUYASABKAkSLQoJZW51bXZhbHVlGAIgAygLMhouZ29vZ2xlLnByb3RvYnVmLkVudW1WYWx1ZRIoCgdvcHRpb25zGAMgAygLMhcuZ29vZ2xlLnByb3RvYnVmLk9wdGlvbhI2Cg5zb3VyY2VfY29udGV4dBgEIAEoCzIeLmdvb2dsZS5wcm90b2J1Zi5Tb3VyY2VDb250ZXh0EicKBnN5bnRheBgFIAEoDjIXLmdvb2dsZS5wcm90b2J1Zi5TeW50YXgSDwoHZWRpdGlvbhgGIAEoCSJTCglFbnVtVmFsdWUSDAoEbmFtZRgBIAEoCRIOCgZudW1iZXIYAiABKAUSKAoHb3B0aW9ucxgDIAMoCzIXLmdvb2dsZS5wcm90b2J1Zi5PcHRpb24iOwoGT3B0aW9uEgwKBG5hbWUYASABKAkSIwoFdmFsdWUYAiABKAsyFC5nb29nbGUucHJvdG9idWYuQW55KkMKBlN5bnRheBIRCg1TWU5UQVhfUFJPVE8yEAASEQoNU1lOVEFYX1BST1RPMxABEhMKD1NZTlRBWF9FRElUSU9OUxACQnsKE2NvbS5nb29nbGUucHJvdG9idWZCCVR5cGVQcm90b1ABWi1nb29nbGUuZ29sYW5nLm9yZy9wcm90b2J1Zi90eXBlcy9rbm93bi90eXBlcGL4AQGiAgNHUEKqAh5Hb29nbGUuUHJvdG9idWYuV2VsbEtub3duVHlwZXNiBnByb3RvMw", [file_google_protobuf_any, file_google_protobuf_source_context]);
var Field_Kind;
(function(Field_Kind2) {
  Field_Kind2[Field_Kind2["TYPE_UNKNOWN"] = 0] = "TYPE_UNKNOWN";
  Field_Kind2[Field_Kind2["TYPE_DOUBLE"] = 1] = "TYPE_DOUBLE";
  Field_Kind2[Field_Kind2["TYPE_FLOAT"] = 2] = "TYPE_FLOAT";
  Field_Kind2[Field_Kind2["TYPE_INT64"] = 3] = "TYPE_INT64";
  Field_Kind2[Field_Kind2["TYPE_UINT64"] = 4] = "TYPE_UINT64";
  Field_Kind2[Field_Kind2["TYPE_INT32"] = 5] = "TYPE_INT32";
  Field_Kind2[Field_Kind2["TYPE_FIXED64"] = 6] = "TYPE_FIXED64";
  Field_Kind2[Field_Kind2["TYPE_FIXED32"] = 7] = "TYPE_FIXED32";
  Field_Kind2[Field_Kind2["TYPE_BOOL"] = 8] = "TYPE_BOOL";
  Field_Kind2[Field_Kind2["TYPE_STRING"] = 9] = "TYPE_STRING";
  Field_Kind2[Field_Kind2["TYPE_GROUP"] = 10] = "TYPE_GROUP";
  Field_Kind2[Field_Kind2["TYPE_MESSAGE"] = 11] = "TYPE_MESSAGE";
  Field_Kind2[Field_Kind2["TYPE_BYTES"] = 12] = "TYPE_BYTES";
  Field_Kind2[Field_Kind2["TYPE_UINT32"] = 13] = "TYPE_UINT32";
  Field_Kind2[Field_Kind2["TYPE_ENUM"] = 14] = "TYPE_ENUM";
  Field_Kind2[Field_Kind2["TYPE_SFIXED32"] = 15] = "TYPE_SFIXED32";
  Field_Kind2[Field_Kind2["TYPE_SFIXED64"] = 16] = "TYPE_SFIXED64";
  Field_Kind2[Field_Kind2["TYPE_SINT32"] = 17] = "TYPE_SINT32";
  Field_Kind2[Field_Kind2["TYPE_SINT64"] = 18] = "TYPE_SINT64";
})(Field_Kind || (Field_Kind = {}));
var Field_Cardinality;
(function(Field_Cardinality2) {
  Field_Cardinality2[Field_Cardinality2["UNKNOWN"] = 0] = "UNKNOWN";
  Field_Cardinality2[Field_Cardinality2["OPTIONAL"] = 1] = "OPTIONAL";
  Field_Cardinality2[Field_Cardinality2["REQUIRED"] = 2] = "REQUIRED";
  Field_Cardinality2[Field_Cardinality2["REPEATED"] = 3] = "REPEATED";
})(Field_Cardinality || (Field_Cardinality = {}));
var Syntax;
(function(Syntax2) {
  Syntax2[Syntax2["PROTO2"] = 0] = "PROTO2";
  Syntax2[Syntax2["PROTO3"] = 1] = "PROTO3";
  Syntax2[Syntax2["EDITIONS"] = 2] = "EDITIONS";
})(Syntax || (Syntax = {}));

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/api_pb.js
var file_google_protobuf_api = /* @__PURE__ */ fileDesc("Chlnb29nbGUvcHJvdG9idWYvYXBpLnByb3RvEg9nb29nbGUucHJvdG9idWYikgIKA0FwaRIMCgRuYW1lGAEgASgJEigKB21ldGhvZHMYAiADKAsyFy5nb29nbGUucHJvdG9idWYuTWV0aG9kEigKB29wdGlvbnMYAyADKAsyFy5nb29nbGUucHJvdG9idWYuT3B0aW9uEg8KB3ZlcnNpb24YBCABKAkSNgoOc291cmNlX2NvbnRleHQYBSABKAsyHi5nb29nbGUucHJvdG9idWYuU291cmNlQ29udGV4dBImCgZtaXhpbnMYBiADKAsyFi5nb29nbGUucHJvdG9idWYuTWl4aW4SJwoGc3ludGF4GAcgASgOMhcuZ29vZ2xlLnByb3RvYnVmLlN5bnRheBIPCgdlZGl0aW9uGAggASgJIu4BCgZNZXRob2QSDAoEbmFtZRgBIAEoCRIYChByZXF1ZXN0X3R5cGVfdXJsGAIgASgJEhkKEXJlcXVlc3Rfc3RyZWFtaW5nGAMgASgIEhkKEXJlc3BvbnNlX3R5cGVfdXJsGAQgASgJEhoKEnJlc3BvbnNlX3N0cmVhbWluZxgFIAEoCBIoCgdvcHRpb25zGAYgAygLMhcuZ29vZ2xlLnByb3RvYnVmLk9wdGlvbhIrCgZzeW50YXgYByABKA4yFy5nb29nbGUucHJvdG9idWYuU3ludGF4QgIYARITCgdlZGl0aW9uGAggASgJQgIYASIjCgVNaXhpbhIMCgRuYW1lGAEgASgJEgwKBHJvb3QYAiABKAlCdgoTY29tLmdvb2dsZS5wcm90b2J1ZkIIQXBpUHJvdG9QAVosZ29vZ2xlLmdvbGFuZy5vcmcvcHJvdG9idWYvdHlwZXMva25vd24vYXBpcGKiAgNHUEKqAh5Hb29nbGUuUHJvdG9idWYuV2VsbEtub3duVHlwZXNiBnByb3RvMw", [file_google_protobuf_source_context, file_google_protobuf_type]);

// node_modules/@bufbuild/protobuf/dist/esm/codegenv2/extension.js
function extDesc(file, path, ...paths3) {
  if (paths3.length == 0) {
    return file.extensions[path];
  }
  const e = paths3.pop();
  return paths3.reduce((acc, cur) => acc.nestedMessages[cur], file.messages[path]).nestedExtensions[e];
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/cpp_features_pb.js
var file_google_protobuf_cpp_features = /* @__PURE__ */ fileDesc("CiJnb29nbGUvcHJvdG9idWYvY3BwX2ZlYXR1cmVzLnByb3RvEgJwYiKSBQoLQ3BwRmVhdHVyZXMS+wEKEmxlZ2FjeV9jbG9zZWRfZW51bRgBIAEoCELeAYgBAZgBBJgBAaIBCRIEdHJ1ZRiEB6IBChIFZmFsc2UY5weyAbgBCOgHEOgHGq8BVGhlIGxlZ2FjeSBjbG9zZWQgZW51bSBiZWhhdmlvciBpbiBDKysgaXMgZGVwcmVjYXRlZCBhbmQgaXMgc2NoZWR1bGVkIHRvIGJlIHJlbW92ZWQgaW4gZWRpdGlvbiAyMDI1LiAgU2VlIGh0dHA6Ly9wcm90b2J1Zi5kZXYvcHJvZ3JhbW1pbmctZ3VpZGVzL2VudW0vI2NwcCBmb3IgbW9yZSBpbmZvcm1hdGlvbhJaCgtzdHJpbmdfdHlwZRgCIAEoDjIaLnBiLkNwcEZlYXR1cmVzLlN0cmluZ1R5cGVCKYgBAZgBBJgBAaIBCxIGU1RSSU5HGIQHogEJEgRWSUVXGOkHsgEDCOgHEkwKGmVudW1fbmFtZV91c2VzX3N0cmluZ192aWV3GAMgASgIQiiIAQGYAQaYAQGiAQoSBWZhbHNlGIQHogEJEgR0cnVlGOkHsgEDCOkHElIKDXJlcGVhdGVkX3R5cGUYBCABKA4yHC5wYi5DcHBGZWF0dXJlcy5SZXBlYXRlZFR5cGVCHYgBAZgBBJgBAaIBCxIGTEVHQUNZGIQHsgEDCI9OIkUKClN0cmluZ1R5cGUSFwoTU1RSSU5HX1RZUEVfVU5LTk9XThAAEggKBFZJRVcQARIICgRDT1JEEAISCgoGU1RSSU5HEAMiQAoMUmVwZWF0ZWRUeXBlEhkKFVJFUEVBVEVEX1RZUEVfVU5LTk9XThAAEgoKBkxFR0FDWRABEgkKBVBST1hZEAI6PwoDY3BwEhsuZ29vZ2xlLnByb3RvYnVmLkZlYXR1cmVTZXQY6AcgASgLMg8ucGIuQ3BwRmVhdHVyZXNSA2NwcA", [file_google_protobuf_descriptor]);
var CppFeatures_StringType;
(function(CppFeatures_StringType2) {
  CppFeatures_StringType2[CppFeatures_StringType2["STRING_TYPE_UNKNOWN"] = 0] = "STRING_TYPE_UNKNOWN";
  CppFeatures_StringType2[CppFeatures_StringType2["VIEW"] = 1] = "VIEW";
  CppFeatures_StringType2[CppFeatures_StringType2["CORD"] = 2] = "CORD";
  CppFeatures_StringType2[CppFeatures_StringType2["STRING"] = 3] = "STRING";
})(CppFeatures_StringType || (CppFeatures_StringType = {}));
var CppFeatures_RepeatedType;
(function(CppFeatures_RepeatedType2) {
  CppFeatures_RepeatedType2[CppFeatures_RepeatedType2["REPEATED_TYPE_UNKNOWN"] = 0] = "REPEATED_TYPE_UNKNOWN";
  CppFeatures_RepeatedType2[CppFeatures_RepeatedType2["LEGACY"] = 1] = "LEGACY";
  CppFeatures_RepeatedType2[CppFeatures_RepeatedType2["PROXY"] = 2] = "PROXY";
})(CppFeatures_RepeatedType || (CppFeatures_RepeatedType = {}));
var cpp = /* @__PURE__ */ extDesc(file_google_protobuf_cpp_features, 0);

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/empty_pb.js
var file_google_protobuf_empty = /* @__PURE__ */ fileDesc("Chtnb29nbGUvcHJvdG9idWYvZW1wdHkucHJvdG8SD2dvb2dsZS5wcm90b2J1ZiIHCgVFbXB0eUJ9ChNjb20uZ29vZ2xlLnByb3RvYnVmQgpFbXB0eVByb3RvUAFaLmdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL2VtcHR5cGL4AQGiAgNHUEKqAh5Hb29nbGUuUHJvdG9idWYuV2VsbEtub3duVHlwZXNiBnByb3RvMw");

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/field_mask_pb.js
var file_google_protobuf_field_mask = /* @__PURE__ */ fileDesc("CiBnb29nbGUvcHJvdG9idWYvZmllbGRfbWFzay5wcm90bxIPZ29vZ2xlLnByb3RvYnVmIhoKCUZpZWxkTWFzaxINCgVwYXRocxgBIAMoCUKFAQoTY29tLmdvb2dsZS5wcm90b2J1ZkIORmllbGRNYXNrUHJvdG9QAVoyZ29vZ2xlLmdvbGFuZy5vcmcvcHJvdG9idWYvdHlwZXMva25vd24vZmllbGRtYXNrcGL4AQGiAgNHUEKqAh5Hb29nbGUuUHJvdG9idWYuV2VsbEtub3duVHlwZXNiBnByb3RvMw");

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/go_features_pb.js
var file_google_protobuf_go_features = /* @__PURE__ */ fileDesc("CiFnb29nbGUvcHJvdG9idWYvZ29fZmVhdHVyZXMucHJvdG8SAnBiItEGCgpHb0ZlYXR1cmVzEqUBChpsZWdhY3lfdW5tYXJzaGFsX2pzb25fZW51bRgBIAEoCEKAAYgBAZgBBpgBAaIBCRIEdHJ1ZRiEB6IBChIFZmFsc2UY5weyAVsI6AcQ6AcaU1RoZSBsZWdhY3kgVW5tYXJzaGFsSlNPTiBBUEkgaXMgZGVwcmVjYXRlZCBhbmQgd2lsbCBiZSByZW1vdmVkIGluIGEgZnV0dXJlIGVkaXRpb24uEmoKCWFwaV9sZXZlbBgCIAEoDjIXLnBiLkdvRmVhdHVyZXMuQVBJTGV2ZWxCPogBAZgBA5gBAaIBGhIVQVBJX0xFVkVMX1VOU1BFQ0lGSUVEGIQHogEPEgpBUElfT1BBUVVFGOkHsgEDCOgHEmsKEXN0cmlwX2VudW1fcHJlZml4GAMgASgOMh4ucGIuR29GZWF0dXJlcy5TdHJpcEVudW1QcmVmaXhCMIgBAZgBBpgBB5gBAaIBGxIWU1RSSVBfRU5VTV9QUkVGSVhfS0VFUBiEB7IBAwjpBxJ4Cg1vcHRpbWl6ZV9tb2RlGAQgASgOMi8ucGIuR29GZWF0dXJlcy5PcHRpbWl6ZU1vZGVGZWF0dXJlLk9wdGltaXplTW9kZUIwiAEBmAEDmAEBogEeEhlPUFRJTUlaRV9NT0RFX1VOU1BFQ0lGSUVEGIQHsgEDCOkHGl4KE09wdGltaXplTW9kZUZlYXR1cmUiRwoMT3B0aW1pemVNb2RlEh0KGU9QVElNSVpFX01PREVfVU5TUEVDSUZJRUQQABIJCgVTUEVFRBABEg0KCUNPREVfU0laRRACIlMKCEFQSUxldmVsEhkKFUFQSV9MRVZFTF9VTlNQRUNJRklFRBAAEgwKCEFQSV9PUEVOEAESDgoKQVBJX0hZQlJJRBACEg4KCkFQSV9PUEFRVUUQAyKSAQoPU3RyaXBFbnVtUHJlZml4EiEKHVNUUklQX0VOVU1fUFJFRklYX1VOU1BFQ0lGSUVEEAASGgoWU1RSSVBfRU5VTV9QUkVGSVhfS0VFUBABEiMKH1NUUklQX0VOVU1fUFJFRklYX0dFTkVSQVRFX0JPVEgQAhIbChdTVFJJUF9FTlVNX1BSRUZJWF9TVFJJUBADOjwKAmdvEhsuZ29vZ2xlLnByb3RvYnVmLkZlYXR1cmVTZXQY6gcgASgLMg4ucGIuR29GZWF0dXJlc1ICZ29CL1otZ29vZ2xlLmdvbGFuZy5vcmcvcHJvdG9idWYvdHlwZXMvZ29mZWF0dXJlc3Bi", [file_google_protobuf_descriptor]);
var GoFeatures_OptimizeModeFeature_OptimizeMode;
(function(GoFeatures_OptimizeModeFeature_OptimizeMode2) {
  GoFeatures_OptimizeModeFeature_OptimizeMode2[GoFeatures_OptimizeModeFeature_OptimizeMode2["OPTIMIZE_MODE_UNSPECIFIED"] = 0] = "OPTIMIZE_MODE_UNSPECIFIED";
  GoFeatures_OptimizeModeFeature_OptimizeMode2[GoFeatures_OptimizeModeFeature_OptimizeMode2["SPEED"] = 1] = "SPEED";
  GoFeatures_OptimizeModeFeature_OptimizeMode2[GoFeatures_OptimizeModeFeature_OptimizeMode2["CODE_SIZE"] = 2] = "CODE_SIZE";
})(GoFeatures_OptimizeModeFeature_OptimizeMode || (GoFeatures_OptimizeModeFeature_OptimizeMode = {}));
var GoFeatures_APILevel;
(function(GoFeatures_APILevel2) {
  GoFeatures_APILevel2[GoFeatures_APILevel2["API_LEVEL_UNSPECIFIED"] = 0] = "API_LEVEL_UNSPECIFIED";
  GoFeatures_APILevel2[GoFeatures_APILevel2["API_OPEN"] = 1] = "API_OPEN";
  GoFeatures_APILevel2[GoFeatures_APILevel2["API_HYBRID"] = 2] = "API_HYBRID";
  GoFeatures_APILevel2[GoFeatures_APILevel2["API_OPAQUE"] = 3] = "API_OPAQUE";
})(GoFeatures_APILevel || (GoFeatures_APILevel = {}));
var GoFeatures_StripEnumPrefix;
(function(GoFeatures_StripEnumPrefix2) {
  GoFeatures_StripEnumPrefix2[GoFeatures_StripEnumPrefix2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
  GoFeatures_StripEnumPrefix2[GoFeatures_StripEnumPrefix2["KEEP"] = 1] = "KEEP";
  GoFeatures_StripEnumPrefix2[GoFeatures_StripEnumPrefix2["GENERATE_BOTH"] = 2] = "GENERATE_BOTH";
  GoFeatures_StripEnumPrefix2[GoFeatures_StripEnumPrefix2["STRIP"] = 3] = "STRIP";
})(GoFeatures_StripEnumPrefix || (GoFeatures_StripEnumPrefix = {}));

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/java_features_pb.js
var file_google_protobuf_java_features = /* @__PURE__ */ fileDesc("CiNnb29nbGUvcHJvdG9idWYvamF2YV9mZWF0dXJlcy5wcm90bxICcGIigwgKDEphdmFGZWF0dXJlcxL+AQoSbGVnYWN5X2Nsb3NlZF9lbnVtGAEgASgIQuEBiAEBmAEEmAEBogEJEgR0cnVlGIQHogEKEgVmYWxzZRjnB7IBuwEI6AcQ6AcasgFUaGUgbGVnYWN5IGNsb3NlZCBlbnVtIGJlaGF2aW9yIGluIEphdmEgaXMgZGVwcmVjYXRlZCBhbmQgaXMgc2NoZWR1bGVkIHRvIGJlIHJlbW92ZWQgaW4gZWRpdGlvbiAyMDI1LiAgU2VlIGh0dHA6Ly9wcm90b2J1Zi5kZXYvcHJvZ3JhbW1pbmctZ3VpZGVzL2VudW0vI2phdmEgZm9yIG1vcmUgaW5mb3JtYXRpb24uEp8CCg91dGY4X3ZhbGlkYXRpb24YAiABKA4yHy5wYi5KYXZhRmVhdHVyZXMuVXRmOFZhbGlkYXRpb25C5AGIAQGYAQSYAQGiAQwSB0RFRkFVTFQYhAeyAcgBCOgHEOkHGr8BVGhlIEphdmEtc3BlY2lmaWMgdXRmOCB2YWxpZGF0aW9uIGZlYXR1cmUgaXMgZGVwcmVjYXRlZCBhbmQgaXMgc2NoZWR1bGVkIHRvIGJlIHJlbW92ZWQgaW4gZWRpdGlvbiAyMDI1LiAgVXRmOCB2YWxpZGF0aW9uIGJlaGF2aW9yIHNob3VsZCB1c2UgdGhlIGdsb2JhbCBjcm9zcy1sYW5ndWFnZSB1dGY4X3ZhbGlkYXRpb24gZmVhdHVyZS4SMAoKbGFyZ2VfZW51bRgDIAEoCEIciAEBmAEGmAEBogEKEgVmYWxzZRiEB7IBAwjpBxJRCh91c2Vfb2xkX291dGVyX2NsYXNzbmFtZV9kZWZhdWx0GAQgASgIQiiIAQGYAQGiAQkSBHRydWUYhAeiAQoSBWZhbHNlGOkHsgEGCOkHIOkHEn8KEm5lc3RfaW5fZmlsZV9jbGFzcxgFIAEoDjI3LnBiLkphdmFGZWF0dXJlcy5OZXN0SW5GaWxlQ2xhc3NGZWF0dXJlLk5lc3RJbkZpbGVDbGFzc0IqiAEBmAEDmAEGmAEIogELEgZMRUdBQ1kYhAeiAQcSAk5PGOkHsgEDCOkHGnwKFk5lc3RJbkZpbGVDbGFzc0ZlYXR1cmUiWAoPTmVzdEluRmlsZUNsYXNzEh4KGk5FU1RfSU5fRklMRV9DTEFTU19VTktOT1dOEAASBgoCTk8QARIHCgNZRVMQAhIUCgZMRUdBQ1kQAxoIIgYI6Qcg6QdKCAgBEICAgIACIkYKDlV0ZjhWYWxpZGF0aW9uEhsKF1VURjhfVkFMSURBVElPTl9VTktOT1dOEAASCwoHREVGQVVMVBABEgoKBlZFUklGWRACSgQIBhAHOkIKBGphdmESGy5nb29nbGUucHJvdG9idWYuRmVhdHVyZVNldBjpByABKAsyEC5wYi5KYXZhRmVhdHVyZXNSBGphdmFCKAoTY29tLmdvb2dsZS5wcm90b2J1ZkIRSmF2YUZlYXR1cmVzUHJvdG8", [file_google_protobuf_descriptor]);
var JavaFeatures_NestInFileClassFeature_NestInFileClass;
(function(JavaFeatures_NestInFileClassFeature_NestInFileClass2) {
  JavaFeatures_NestInFileClassFeature_NestInFileClass2[JavaFeatures_NestInFileClassFeature_NestInFileClass2["NEST_IN_FILE_CLASS_UNKNOWN"] = 0] = "NEST_IN_FILE_CLASS_UNKNOWN";
  JavaFeatures_NestInFileClassFeature_NestInFileClass2[JavaFeatures_NestInFileClassFeature_NestInFileClass2["NO"] = 1] = "NO";
  JavaFeatures_NestInFileClassFeature_NestInFileClass2[JavaFeatures_NestInFileClassFeature_NestInFileClass2["YES"] = 2] = "YES";
  JavaFeatures_NestInFileClassFeature_NestInFileClass2[JavaFeatures_NestInFileClassFeature_NestInFileClass2["LEGACY"] = 3] = "LEGACY";
})(JavaFeatures_NestInFileClassFeature_NestInFileClass || (JavaFeatures_NestInFileClassFeature_NestInFileClass = {}));
var JavaFeatures_Utf8Validation;
(function(JavaFeatures_Utf8Validation2) {
  JavaFeatures_Utf8Validation2[JavaFeatures_Utf8Validation2["UTF8_VALIDATION_UNKNOWN"] = 0] = "UTF8_VALIDATION_UNKNOWN";
  JavaFeatures_Utf8Validation2[JavaFeatures_Utf8Validation2["DEFAULT"] = 1] = "DEFAULT";
  JavaFeatures_Utf8Validation2[JavaFeatures_Utf8Validation2["VERIFY"] = 2] = "VERIFY";
})(JavaFeatures_Utf8Validation || (JavaFeatures_Utf8Validation = {}));
var java = /* @__PURE__ */ extDesc(file_google_protobuf_java_features, 0);

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/struct_pb.js
var file_google_protobuf_struct = /* @__PURE__ */ fileDesc("Chxnb29nbGUvcHJvdG9idWYvc3RydWN0LnByb3RvEg9nb29nbGUucHJvdG9idWYihAEKBlN0cnVjdBIzCgZmaWVsZHMYASADKAsyIy5nb29nbGUucHJvdG9idWYuU3RydWN0LkZpZWxkc0VudHJ5GkUKC0ZpZWxkc0VudHJ5EgsKA2tleRgBIAEoCRIlCgV2YWx1ZRgCIAEoCzIWLmdvb2dsZS5wcm90b2J1Zi5WYWx1ZToCOAEi6gEKBVZhbHVlEjAKCm51bGxfdmFsdWUYASABKA4yGi5nb29nbGUucHJvdG9idWYuTnVsbFZhbHVlSAASFgoMbnVtYmVyX3ZhbHVlGAIgASgBSAASFgoMc3RyaW5nX3ZhbHVlGAMgASgJSAASFAoKYm9vbF92YWx1ZRgEIAEoCEgAEi8KDHN0cnVjdF92YWx1ZRgFIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3RIABIwCgpsaXN0X3ZhbHVlGAYgASgLMhouZ29vZ2xlLnByb3RvYnVmLkxpc3RWYWx1ZUgAQgYKBGtpbmQiMwoJTGlzdFZhbHVlEiYKBnZhbHVlcxgBIAMoCzIWLmdvb2dsZS5wcm90b2J1Zi5WYWx1ZSobCglOdWxsVmFsdWUSDgoKTlVMTF9WQUxVRRAAQn8KE2NvbS5nb29nbGUucHJvdG9idWZCC1N0cnVjdFByb3RvUAFaL2dvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL3N0cnVjdHBi+AEBogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM");
var StructSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_struct, 0);
var ValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_struct, 1);
var ListValueSchema = /* @__PURE__ */ messageDesc(file_google_protobuf_struct, 2);
var NullValue;
(function(NullValue2) {
  NullValue2[NullValue2["NULL_VALUE"] = 0] = "NULL_VALUE";
})(NullValue || (NullValue = {}));

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/wrappers_pb.js
var file_google_protobuf_wrappers = /* @__PURE__ */ fileDesc("Ch5nb29nbGUvcHJvdG9idWYvd3JhcHBlcnMucHJvdG8SD2dvb2dsZS5wcm90b2J1ZiIcCgtEb3VibGVWYWx1ZRINCgV2YWx1ZRgBIAEoASIbCgpGbG9hdFZhbHVlEg0KBXZhbHVlGAEgASgCIhsKCkludDY0VmFsdWUSDQoFdmFsdWUYASABKAMiHAoLVUludDY0VmFsdWUSDQoFdmFsdWUYASABKAQiGwoKSW50MzJWYWx1ZRINCgV2YWx1ZRgBIAEoBSIcCgtVSW50MzJWYWx1ZRINCgV2YWx1ZRgBIAEoDSIaCglCb29sVmFsdWUSDQoFdmFsdWUYASABKAgiHAoLU3RyaW5nVmFsdWUSDQoFdmFsdWUYASABKAkiGwoKQnl0ZXNWYWx1ZRINCgV2YWx1ZRgBIAEoDEKDAQoTY29tLmdvb2dsZS5wcm90b2J1ZkINV3JhcHBlcnNQcm90b1ABWjFnb29nbGUuZ29sYW5nLm9yZy9wcm90b2J1Zi90eXBlcy9rbm93bi93cmFwcGVyc3Bi+AEBogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM");

// node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/compiler/plugin_pb.js
var file_google_protobuf_compiler_plugin = /* @__PURE__ */ fileDesc("CiVnb29nbGUvcHJvdG9idWYvY29tcGlsZXIvcGx1Z2luLnByb3RvEhhnb29nbGUucHJvdG9idWYuY29tcGlsZXIiRgoHVmVyc2lvbhINCgVtYWpvchgBIAEoBRINCgVtaW5vchgCIAEoBRINCgVwYXRjaBgDIAEoBRIOCgZzdWZmaXgYBCABKAkigQIKFENvZGVHZW5lcmF0b3JSZXF1ZXN0EhgKEGZpbGVfdG9fZ2VuZXJhdGUYASADKAkSEQoJcGFyYW1ldGVyGAIgASgJEjgKCnByb3RvX2ZpbGUYDyADKAsyJC5nb29nbGUucHJvdG9idWYuRmlsZURlc2NyaXB0b3JQcm90bxJFChdzb3VyY2VfZmlsZV9kZXNjcmlwdG9ycxgRIAMoCzIkLmdvb2dsZS5wcm90b2J1Zi5GaWxlRGVzY3JpcHRvclByb3RvEjsKEGNvbXBpbGVyX3ZlcnNpb24YAyABKAsyIS5nb29nbGUucHJvdG9idWYuY29tcGlsZXIuVmVyc2lvbiKSAwoVQ29kZUdlbmVyYXRvclJlc3BvbnNlEg0KBWVycm9yGAEgASgJEhoKEnN1cHBvcnRlZF9mZWF0dXJlcxgCIAEoBBIXCg9taW5pbXVtX2VkaXRpb24YAyABKAUSFwoPbWF4aW11bV9lZGl0aW9uGAQgASgFEkIKBGZpbGUYDyADKAsyNC5nb29nbGUucHJvdG9idWYuY29tcGlsZXIuQ29kZUdlbmVyYXRvclJlc3BvbnNlLkZpbGUafwoERmlsZRIMCgRuYW1lGAEgASgJEhcKD2luc2VydGlvbl9wb2ludBgCIAEoCRIPCgdjb250ZW50GA8gASgJEj8KE2dlbmVyYXRlZF9jb2RlX2luZm8YECABKAsyIi5nb29nbGUucHJvdG9idWYuR2VuZXJhdGVkQ29kZUluZm8iVwoHRmVhdHVyZRIQCgxGRUFUVVJFX05PTkUQABIbChdGRUFUVVJFX1BST1RPM19PUFRJT05BTBABEh0KGUZFQVRVUkVfU1VQUE9SVFNfRURJVElPTlMQAkJyChxjb20uZ29vZ2xlLnByb3RvYnVmLmNvbXBpbGVyQgxQbHVnaW5Qcm90b3NaKWdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL3BsdWdpbnBiqgIYR29vZ2xlLlByb3RvYnVmLkNvbXBpbGVy", [file_google_protobuf_descriptor]);
var CodeGeneratorResponse_Feature;
(function(CodeGeneratorResponse_Feature2) {
  CodeGeneratorResponse_Feature2[CodeGeneratorResponse_Feature2["NONE"] = 0] = "NONE";
  CodeGeneratorResponse_Feature2[CodeGeneratorResponse_Feature2["PROTO3_OPTIONAL"] = 1] = "PROTO3_OPTIONAL";
  CodeGeneratorResponse_Feature2[CodeGeneratorResponse_Feature2["SUPPORTS_EDITIONS"] = 2] = "SUPPORTS_EDITIONS";
})(CodeGeneratorResponse_Feature || (CodeGeneratorResponse_Feature = {}));

// rules/util/words.ts
function andList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

// rules/util/ranges.ts
var MESSAGE_MAX_NUMBER = 536870911;
var MESSAGE_SET_MAX_NUMBER = 2147483646;
var ENUM_MAX_NUMBER = 2147483647;
function messageMaxNumber(message2) {
  return message2.proto.options?.messageSetWireFormat === true ? MESSAGE_SET_MAX_NUMBER : MESSAGE_MAX_NUMBER;
}
function messageReservedRanges(message2) {
  return message2.proto.reservedRange.map((r2) => ({ start: r2.start, end: r2.end - 1 }));
}
function messageExtensionRanges(message2) {
  return message2.proto.extensionRange.map((r2) => ({ start: r2.start, end: r2.end - 1 }));
}
function enumReservedRanges(en2) {
  return en2.proto.reservedRange.map((r2) => ({ start: r2.start, end: r2.end }));
}
function inRanges(number, ranges) {
  return ranges.some((r2) => r2.start <= number && number <= r2.end);
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b3) => a.start - b3.start || a.end - b3.end);
  const merged = [];
  for (const r2 of sorted) {
    const last = merged[merged.length - 1];
    if (last !== void 0 && r2.start <= last.end + 1) {
      last.end = Math.max(last.end, r2.end);
    } else {
      merged.push({ start: r2.start, end: r2.end });
    }
  }
  return merged;
}
function uncovered(range, merged) {
  const missing = [];
  let next = range.start;
  for (const r2 of merged) {
    if (next > range.end) break;
    if (r2.end < next) continue;
    if (r2.start > range.end) break;
    if (r2.start > next) missing.push({ start: next, end: r2.start - 1 });
    next = r2.end + 1;
  }
  if (next <= range.end) missing.push({ start: next, end: range.end });
  return missing;
}
function formatRange(range, max) {
  if (range.start === range.end) return `${range.start}`;
  return `${range.start} to ${range.end === max ? "max" : range.end}`;
}
function formatRanges(ranges, max) {
  return andList(ranges.map((r2) => formatRange(r2, max)));
}
function rangeLosses(previous, current) {
  if (previous.length === 0) return [];
  const merged = mergeRanges(current);
  const losses = [];
  for (const range of previous) {
    const missing = uncovered(range, merged);
    if (missing.length > 0) losses.push({ previous: range, missing });
  }
  return losses;
}
function describeRangeLoss(rangeKind, elementKind, elementName2, loss, max) {
  const range = `${rangeKind} range ${formatRange(loss.previous, max)}`;
  const [only] = loss.missing;
  if (loss.missing.length === 1 && only?.start === loss.previous.start && only.end === loss.previous.end) {
    return `${range} was deleted from ${elementKind} ${elementName2}.`;
  }
  const one = loss.missing.length === 1 && only?.start === only?.end;
  const removed = `${formatRanges(loss.missing, max)} ${one ? "was" : "were"} removed`;
  return `${range} on ${elementKind} ${elementName2} is no longer fully covered: ${removed}.`;
}
function lostNames(previous, current) {
  const kept = new Set(current);
  return [...new Set(previous)].filter((name) => !kept.has(name));
}
function describeNameLoss(elementKind, elementName2, name) {
  return `Reserved name "${name}" was deleted from ${elementKind} ${elementName2}.`;
}

// rules/util/fix.ts
function reservedName(file, name) {
  return file.syntax === "editions" ? name : `"${name}"`;
}
function reservedStatements(file, numbers, names2) {
  const out = [];
  if (numbers.length > 0) out.push(`reserved ${numbers.join(", ")};`);
  if (names2.length > 0) out.push(`reserved ${names2.map((n) => reservedName(file, n)).join(", ")};`);
  return out.join(" ");
}
function keepDeprecated(what, file, numbers, names2) {
  const [it2, its] = names2.length > 1 ? ["them", "their"] : ["it", "its"];
  return `restore ${what} with \`[deprecated = true]\` instead; delete ${it2} only in a new major version, with \`${reservedStatements(file, numbers, names2)}\` in ${its} place`;
}
function keepDeclarationDeprecated(what) {
  return `restore ${what} with \`option deprecated = true;\` instead, until a new major version drops it`;
}
function addFieldInstead(restore11) {
  return `${restore11}; to change it, add a new field with a new number and deprecate this one`;
}
function addRpcInstead(restore11) {
  return `${restore11}; to change it, add an RPC with a new name and deprecate this one`;
}
var ADD_RPC_INSTEAD = addRpcInstead("restore the previous signature");
function syntaxStatement(file) {
  if (file.syntax !== "editions") return `syntax = "${file.syntax}";`;
  const name = Edition[file.proto.edition] ?? String(file.proto.edition);
  return `edition = "${name.replace(/^EDITION_/, "")}";`;
}
function restoreSyntax(previous, current) {
  if (previous.path !== current.path || previous.syntax === current.syntax) return void 0;
  if (previous.syntax === "editions") return void 0;
  return `restore \`${syntaxStatement(previous)}\``;
}
function setFieldOption(option, whose = "the field's") {
  return `set \`${option}\` in ${whose} options`;
}
function removeFieldOption(option, whose = "the field's") {
  return `remove \`${option}\` from ${whose} options`;
}
function restoreFieldSetting(option, value, own, inherited, whose = "the field's") {
  const wanted = `${option} = ${value}`;
  if (own !== void 0 && inherited === value) return removeFieldOption(`${option} = ${own}`, whose);
  return setFieldOption(wanted, whose);
}
function restoreOptionStatement(where3, option, value, own, inherited) {
  const wanted = `option ${option} = ${value};`;
  if (own === void 0) return `add \`${wanted}\` to ${where3}`;
  const written = `option ${option} = ${own};`;
  if (inherited === value) return `remove \`${written}\` from ${where3}`;
  return `replace \`${written}\` with \`${wanted}\` in ${where3}`;
}
function moveBackToOneof(current, previous) {
  if (previous === void 0) return `move it back out of oneof "${current ?? ""}"`;
  if (current === void 0) return `move it back into oneof "${previous}"`;
  return `move it from oneof "${current}" back to oneof "${previous}"`;
}
function keepExtensionDeprecated(what) {
  return `restore ${what} with \`[deprecated = true]\` instead, until a new major version drops it`;
}
function rangeStatement(keyword, ranges, max) {
  return `${keyword} ${ranges.map((r2) => formatRange(r2, max)).join(", ")};`;
}
function addStatement(statement, where3, taken, by) {
  const fix = `add \`${statement}\` to ${where3}`;
  if (taken.length === 0) return fix;
  const kind = taken[0]?.kind ?? "field";
  const noun = taken.length > 1 ? `${kind}s` : kind;
  const list2 = andList(taken.map((t2) => `${t2.number} "${t2.name}"`));
  if (by === "name") return `${fix}, and rename ${noun} ${list2}`;
  return `${fix}, and give ${noun} ${list2} ${taken.length > 1 ? "unused numbers" : "an unused number"}`;
}
function restoreDeclarationFeature(comparison, previous, current, feature, value, own, inherited) {
  if (current.file.syntax === "editions") {
    if (current.kind === "message" && current.isMapEntry) return void 0;
    return restoreOptionStatement(`${current.kind} ${current.name}`, `features.${feature}`, value, own, inherited);
  }
  if (previous.file.path === current.file.path) return restoreSyntax(previous.file, current.file);
  const home = comparison.current.filesByPath.get(previous.file.path);
  if (previous.file.syntax === "editions" || home?.syntax !== previous.file.syntax) return void 0;
  return `move ${current.kind} "${current.name}" back to "${previous.file.path}"`;
}

// rules/util/type-deletions.ts
function whereInFile(pair, parent) {
  const survivor = pair.survivingParent(parent);
  return survivor ? at(survivor) : atFile(pair.current);
}
function declaredIn(file, parent) {
  if (parent) return `message ${parent.fullName} in file "${file.path}"`;
  return file.package === "" ? `file "${file.path}"` : `file "${file.path}" of package ${file.package}`;
}
function describeExtension(extension) {
  return `Extension ${extension.number} "${extension.name}" of message ${extension.extendee ?? ""}`;
}
function extensionRenamedTo(comparison, extension) {
  const pair = comparison.extensions.find((p2) => p2.previous === extension);
  return pair && pair.current.name !== extension.name ? pair.current.name : void 0;
}
function packageRelativeName(element) {
  const pkg = element.file.package;
  return pkg === "" ? element.fullName : element.fullName.slice(pkg.length + 1);
}
function packagePhrase(name) {
  return name === "" ? "the empty package" : `package ${name}`;
}
function filePairsByPath(comparison) {
  return new Map(comparison.files.map((pair) => [pair.current.path, pair]));
}
function packageStillHas(pkg, kind) {
  return pkg.current.some((file) => file[kind].length > 0);
}
function whereInPackage(files, previousFile, parentIn) {
  const pair = files.get(previousFile.path);
  if (!pair) return null;
  const survivor = parentIn(pair);
  return survivor ? at(survivor) : atFile(pair.current);
}
var DELETED_IN_PACKAGE = { message: "deletedMessages", enum: "deletedEnums", service: "deletedServices" };
function typeDeletionFix(comparison, element, kind) {
  if (element.kind === "message" && element.isMapEntry) return void 0;
  const pkg = comparison.packages.find((p2) => p2.name === element.file.package);
  const deleted = pkg?.[DELETED_IN_PACKAGE[kind]];
  if (deleted !== void 0 && !deleted.includes(element)) {
    return `move ${kind} "${element.name}" back to "${element.file.path}": generated code follows the file it is declared in (C++ headers, Python modules, Java outer classes)`;
  }
  return keepDeclarationDeprecated(`${kind} "${element.name}"`);
}
function packageTypeDeletionFix(element) {
  if (element.kind === "message" && element.isMapEntry) return void 0;
  return keepDeclarationDeprecated(`${element.kind} "${packageRelativeName(element)}"`);
}
function extensionDeletionFix(comparison, extension, fromFile) {
  const pair = comparison.extensions.find((p2) => p2.previous === extension);
  if (pair !== void 0 && pair.current.name !== extension.name) {
    return `rename extension ${extension.number} "${pair.current.name}" back to "${extension.name}"`;
  }
  const pkg = comparison.packages.find((p2) => p2.name === extension.file.package);
  const movedInPackage = fromFile && pkg !== void 0 && !pkg.deletedExtensions.includes(extension);
  if (pair !== void 0 || movedInPackage) {
    const file = `"${extension.file.path}"`;
    const home = extension.parent ? `message ${extension.parent.name} in ${file}` : file;
    return `move extension "${extension.name}" back to ${home}: generated code follows the scope and file it is declared in`;
  }
  return keepExtensionDeprecated(`extension ${extension.number} "${extension.name}"`);
}

// rules/enum-no-delete.ts
var enum_no_delete_default = defineRule({
  id: "ENUM_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Enums may not be deleted from a file.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const en2 of pair.deletedEnums) {
        report({
          message: `Enum "${en2.name}" was deleted from ${declaredIn(pair.previous, en2.parent)}.`,
          current: whereInFile(pair, en2.parent),
          previous: at(en2),
          fix: typeDeletionFix(comparison, en2, "enum")
        });
      }
    }
  }
});

// src/image/features.ts
var PROTO2 = Object.freeze({
  fieldPresence: FeatureSet_FieldPresence.EXPLICIT,
  enumType: FeatureSet_EnumType.CLOSED,
  repeatedFieldEncoding: FeatureSet_RepeatedFieldEncoding.EXPANDED,
  utf8Validation: FeatureSet_Utf8Validation.NONE,
  messageEncoding: FeatureSet_MessageEncoding.LENGTH_PREFIXED,
  jsonFormat: FeatureSet_JsonFormat.LEGACY_BEST_EFFORT
});
var PROTO3 = Object.freeze({
  fieldPresence: FeatureSet_FieldPresence.IMPLICIT,
  enumType: FeatureSet_EnumType.OPEN,
  repeatedFieldEncoding: FeatureSet_RepeatedFieldEncoding.PACKED,
  utf8Validation: FeatureSet_Utf8Validation.VERIFY,
  messageEncoding: FeatureSet_MessageEncoding.LENGTH_PREFIXED,
  jsonFormat: FeatureSet_JsonFormat.ALLOW
});
var EDITION_2023 = Object.freeze({
  ...PROTO3,
  fieldPresence: FeatureSet_FieldPresence.EXPLICIT
});
function editionDefaults(syntax, edition) {
  if (syntax === "proto3") return PROTO3;
  if (syntax === "editions") {
    if (edition === Edition.EDITION_PROTO2) return PROTO2;
    if (edition === Edition.EDITION_PROTO3) return PROTO3;
    return EDITION_2023;
  }
  return PROTO2;
}
function mergeFeatures(parent, declared2) {
  if (declared2 === void 0) return parent;
  const out = {
    fieldPresence: declared2.fieldPresence || parent.fieldPresence,
    enumType: declared2.enumType || parent.enumType,
    repeatedFieldEncoding: declared2.repeatedFieldEncoding || parent.repeatedFieldEncoding,
    utf8Validation: declared2.utf8Validation || parent.utf8Validation,
    messageEncoding: declared2.messageEncoding || parent.messageEncoding,
    jsonFormat: declared2.jsonFormat || parent.jsonFormat
  };
  return out;
}

// rules/util/option-location.ts
var OPTIONS = { message: 7, field: 8, enum: 3 };
var FEATURES = { message: 12, field: 21, enum: 7 };
var FEATURE = { enumType: 2, utf8Validation: 4, jsonFormat: 6 };
function startsWith(path, prefix) {
  return path.length >= prefix.length && prefix.every((n, i) => path[i] === n);
}
function optionPath(file, optionsPath, option, subPath) {
  const path = [...optionsPath, option, ...subPath];
  if (file.span(path) !== void 0) return path;
  const minLength = optionsPath.length + 1;
  let best;
  for (const loc of file.proto.sourceCodeInfo?.location ?? []) {
    if (loc.path.length >= minLength && startsWith(path, loc.path) && loc.path.length > (best?.length ?? 0)) {
      best = loc.path;
    } else if (startsWith(loc.path, path)) {
      return loc.path;
    }
  }
  return best;
}
function featureSubPath(element, ...featurePath) {
  const optionsPath = [...element.path, OPTIONS[element.kind]];
  return optionPath(element.file, optionsPath, FEATURES[element.kind], featurePath)?.slice(element.path.length);
}
function atFeature(element, ...featurePath) {
  const sub = featureSubPath(element, ...featurePath);
  return sub === void 0 ? at(element) : at(element, sub);
}
function firstOf(first, ...rest) {
  return { file: first.file, candidates: [first, ...rest].flatMap((w2) => w2.candidates) };
}

// rules/util/json-format.ts
function checkJsonFormat(comparison, { report }, kind) {
  const pairs = kind === "message" ? comparison.messages : comparison.enums;
  const noun = kind === "message" ? "Message" : "Enum";
  for (const { previous, current } of pairs) {
    const before = previous.features.jsonFormat;
    const after = current.features.jsonFormat;
    if (before !== FeatureSet_JsonFormat.ALLOW || after === FeatureSet_JsonFormat.ALLOW) continue;
    const own = current.proto.options?.features?.jsonFormat || void 0;
    report({
      message: `${noun} ${current.fullName} changed JSON format from "${FeatureSet_JsonFormat[before]}" to "${FeatureSet_JsonFormat[after]}".`,
      current: atFeature(current, FEATURE.jsonFormat),
      previous: atFeature(previous, FEATURE.jsonFormat),
      fix: restoreDeclarationFeature(
        comparison,
        previous,
        current,
        "json_format",
        "ALLOW",
        own === void 0 ? void 0 : FeatureSet_JsonFormat[own],
        FeatureSet_JsonFormat[(current.parent ?? current.file).features.jsonFormat]
      )
    });
  }
}

// rules/enum-same-json-format.ts
var enum_same_json_format_default = defineRule({
  id: "ENUM_SAME_JSON_FORMAT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Enums may not lose full JSON support (json_format ALLOW).",
  check(comparison, context) {
    checkJsonFormat(comparison, context, "enum");
  }
});

// rules/enum-same-type.ts
function openness(en2) {
  return en2.features.enumType === FeatureSet_EnumType.CLOSED ? "closed" : "open";
}
var enum_same_type_default = defineRule({
  id: "ENUM_SAME_TYPE",
  categories: ["FILE", "PACKAGE"],
  summary: "Enums may not change between open and closed.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.enums) {
      const before = openness(previous);
      const after = openness(current);
      if (before === after) continue;
      const own = current.proto.options?.features?.enumType || void 0;
      report({
        message: `Enum ${current.fullName} changed from "${before}" to "${after}".`,
        current: atFeature(current, FEATURE.enumType),
        previous: atFeature(previous, FEATURE.enumType),
        fix: restoreDeclarationFeature(
          comparison,
          previous,
          current,
          "enum_type",
          FeatureSet_EnumType[previous.features.enumType],
          own === void 0 ? void 0 : FeatureSet_EnumType[own],
          FeatureSet_EnumType[(current.parent ?? current.file).features.enumType]
        )
      });
    }
  }
});

// rules/util/deletions.ts
function quotedNames(names2) {
  return names2.map((n) => `"${n}"`).join(", ");
}
function enumNumberWithNames(number, values) {
  const names2 = values.map((v2) => v2.name);
  return names2.length === 1 ? `${number} ${quotedNames(names2)}` : `${number} (${quotedNames(names2)})`;
}
function checkFieldDeletions(comparison, { report }, allow) {
  for (const pair of comparison.messages) {
    if (pair.deletedFields.length === 0) continue;
    const reservedRanges = messageReservedRanges(pair.current);
    const reservedNames = new Set(pair.current.proto.reservedName);
    for (const field of pair.deletedFields) {
      let suffix = "";
      if (allow === "number-reserved") {
        if (inRanges(field.number, reservedRanges)) continue;
        suffix = ` without reserving the number ${field.number}`;
      } else if (allow === "name-reserved") {
        if (reservedNames.has(field.name)) continue;
        suffix = ` without reserving the name "${field.name}"`;
      }
      const where3 = `message ${pair.current.name}`;
      const file = pair.current.file;
      report({
        message: `Field ${field.number} "${field.name}" was deleted from message ${pair.current.fullName}${suffix}.`,
        current: at(pair.current),
        previous: at(field),
        fix: allow === "never" ? keepDeprecated(`field ${field.number} "${field.name}"`, file, [field.number], [field.name]) : allow === "number-reserved" ? `add \`${reservedStatements(file, [field.number], [])}\` to ${where3}, or restore the field` : `add \`${reservedStatements(file, [], [field.name])}\` to ${where3}, or restore the field`
      });
    }
  }
}
function checkEnumValueDeletions(comparison, { report }, allow) {
  for (const pair of comparison.enums) {
    if (pair.deletedValues.length === 0) continue;
    const reservedRanges = enumReservedRanges(pair.current);
    const reservedNames = new Set(pair.current.proto.reservedName);
    const file = pair.current.file;
    const where3 = `enum ${pair.current.name}`;
    for (const { number, previous } of pair.deletedValues) {
      let suffix = "";
      let fix;
      const names2 = previous.map((v2) => v2.name);
      if (allow === "number-reserved") {
        if (inRanges(number, reservedRanges)) continue;
        suffix = ` without reserving the number ${number}`;
        fix = `add \`${reservedStatements(file, [number], [])}\` to ${where3}, or restore the value`;
      } else if (allow === "name-reserved") {
        const unreserved = names2.filter((n) => !reservedNames.has(n));
        if (unreserved.length === 0) continue;
        suffix = ` without reserving the name${unreserved.length > 1 ? "s" : ""} ${quotedNames(unreserved)}`;
        fix = `add \`${reservedStatements(file, [], unreserved)}\` to ${where3}, or restore the value`;
      } else {
        fix = keepDeprecated(`${names2.length > 1 ? "values" : "value"} ${quotedNames(names2)}`, file, [number], names2);
      }
      const first = previous[0];
      if (first === void 0) continue;
      report({
        message: `Enum value ${enumNumberWithNames(number, previous)} was deleted from enum ${pair.current.fullName}${suffix}.`,
        current: at(pair.current),
        previous: at(first),
        fix
      });
    }
  }
}

// rules/enum-value-no-delete.ts
var enum_value_no_delete_default = defineRule({
  id: "ENUM_VALUE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Enum values may not be deleted from an enum.",
  check(comparison, context) {
    checkEnumValueDeletions(comparison, context, "never");
  }
});

// rules/enum-value-no-delete-unless-name-reserved.ts
var enum_value_no_delete_unless_name_reserved_default = defineRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Enum values may not be deleted from an enum unless every name they had is reserved.",
  check(comparison, context) {
    checkEnumValueDeletions(comparison, context, "name-reserved");
  }
});

// rules/enum-value-no-delete-unless-number-reserved.ts
var enum_value_no_delete_unless_number_reserved_default = defineRule({
  id: "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
  categories: ["WIRE_JSON", "WIRE", "CSR"],
  summary: "Enum values may not be deleted from an enum unless their number is reserved.",
  check(comparison, context) {
    checkEnumValueDeletions(comparison, context, "number-reserved");
  }
});

// src/compare/renumber.ts
function renumberedFields(pair) {
  const byName = /* @__PURE__ */ new Map();
  for (const f3 of pair.current.fields) byName.set(f3.name, f3);
  const out = [];
  for (const previous of pair.previous.fields) {
    const current = byName.get(previous.name);
    if (current === void 0 || current.number === previous.number) continue;
    const holder = pair.current.fieldsByNumber.get(previous.number);
    out.push({ previous, current, holders: holder ? [holder] : [] });
  }
  return out;
}
function renumberedExtensions(comparison) {
  const byName = /* @__PURE__ */ new Map();
  const byNumber = /* @__PURE__ */ new Map();
  for (const f3 of comparison.current.files) {
    for (const x3 of f3.extensions) {
      byName.set(`${x3.extendee ?? ""}#${x3.fullName}`, x3);
      byNumber.set(`${x3.extendee ?? ""}#${x3.number}`, x3);
    }
  }
  const out = [];
  for (const f3 of comparison.previous.files) {
    for (const previous of f3.extensions) {
      const current = byName.get(`${previous.extendee ?? ""}#${previous.fullName}`);
      if (current === void 0 || current.number === previous.number) continue;
      const holder = byNumber.get(`${previous.extendee ?? ""}#${previous.number}`);
      out.push({ previous, current, holders: holder ? [holder] : [] });
    }
  }
  return out;
}
function renumberedValues(pair) {
  const byName = /* @__PURE__ */ new Map();
  for (const v2 of pair.current.values) byName.set(v2.name, v2);
  const out = [];
  for (const previous of pair.previous.values) {
    const current = byName.get(previous.name);
    if (current === void 0 || current.number === previous.number) continue;
    out.push({ previous, current, holders: pair.current.valuesByNumber.get(previous.number) ?? [] });
  }
  return out;
}

// rules/enum-value-no-renumber.ts
var enum_value_no_renumber_default = defineRule({
  id: "ENUM_VALUE_NO_RENUMBER",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
  origin: "protoguard",
  summary: "Enum values may not change their number.",
  check(comparison, { report }) {
    for (const pair of comparison.enums) {
      for (const { previous, current, holders } of renumberedValues(pair)) {
        const fate2 = holders.length === 0 ? `old clients' ${previous.number} is now an unknown value` : `old clients' ${previous.number} now reads as ${holders.map((v2) => `"${v2.name}"`).join(" or ")}`;
        report({
          message: `Enum value "${current.name}" on enum ${pair.current.fullName} was renumbered from ${previous.number} to ${current.number}: ${fate2}.`,
          current: at(current),
          previous: at(previous),
          fix: `restore \`${current.name} = ${previous.number};\`` + (holders.length === 0 ? "" : ` (with \`option allow_alias = true;\` if ${quotedNames(holders.map((v2) => v2.name))} keeps ${previous.number})`)
        });
      }
    }
  }
});

// rules/enum-value-same-name.ts
var VALUE_NUMBER = [2];
var enum_value_same_name_default = defineRule({
  id: "ENUM_VALUE_SAME_NAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Enum values may not lose a name: every name a number had must still name it.",
  check(comparison, { report }) {
    for (const pair of comparison.enums) {
      for (const values of pair.values) {
        const currentNames = values.current.map((v2) => v2.name);
        const previousNames = values.previous.map((v2) => v2.name);
        if (previousNames.every((n) => currentNames.includes(n))) continue;
        const plural2 = previousNames.length > 1 || currentNames.length > 1 ? "names" : "name";
        const message2 = `Enum value ${values.number} on enum ${pair.current.fullName} changed ${plural2} from ${quotedNames(previousNames)} to ${quotedNames(currentNames)}.`;
        const lost = previousNames.filter((n) => !currentNames.includes(n));
        const fix = `keep ${quotedNames(lost)} on ${values.number}; to add a new name, declare it as an alias of the old one (\`option allow_alias = true;\`)`;
        for (const value of values.current) {
          const previous = values.previous.find((v2) => v2.name === value.name) ?? values.previous[0];
          if (previous === void 0) continue;
          report({ message: message2, current: at(value, VALUE_NUMBER), previous: at(previous, VALUE_NUMBER), fix });
        }
      }
    }
  }
});

// rules/extension-message-no-delete.ts
var extension_message_no_delete_default = defineRule({
  id: "EXTENSION_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Extension ranges may not be deleted from a message.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const max = messageMaxNumber(current);
      const where3 = `message ${current.name}`;
      for (const loss of rangeLosses(messageExtensionRanges(previous), messageExtensionRanges(current))) {
        const taken = current.fields.filter((f3) => inRanges(f3.number, loss.missing)).map((f3) => ({ kind: "field", number: f3.number, name: f3.name }));
        report({
          message: describeRangeLoss("Extension", "message", current.fullName, loss, max),
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("extensions", loss.missing, max), where3, taken, "number")
        });
      }
    }
  }
});

// rules/extension-no-delete.ts
var extension_no_delete_default = defineRule({
  id: "EXTENSION_NO_DELETE",
  categories: ["FILE"],
  summary: "Extensions may not be deleted from a file.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const extension of pair.deletedExtensions) {
        const renamedTo = extensionRenamedTo(comparison, extension);
        const note = renamedTo === void 0 ? "" : ` (renamed to "${renamedTo}")`;
        report({
          message: `${describeExtension(extension)} was deleted from ${declaredIn(pair.previous, extension.parent)}${note}.`,
          current: whereInFile(pair, extension.parent),
          previous: at(extension),
          fix: extensionDeletionFix(comparison, extension, true)
        });
      }
    }
  }
});

// rules/field-no-delete.ts
var field_no_delete_default = defineRule({
  id: "FIELD_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Fields may not be deleted from a message.",
  check(comparison, context) {
    checkFieldDeletions(comparison, context, "never");
  }
});

// rules/field-no-delete-unless-name-reserved.ts
var field_no_delete_unless_name_reserved_default = defineRule({
  id: "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Fields may not be deleted from a message unless their name is reserved.",
  check(comparison, context) {
    checkFieldDeletions(comparison, context, "name-reserved");
  }
});

// rules/field-no-delete-unless-number-reserved.ts
var field_no_delete_unless_number_reserved_default = defineRule({
  id: "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
  categories: ["WIRE_JSON", "WIRE", "CSR"],
  summary: "Fields may not be deleted from a message unless their number is reserved.",
  check(comparison, context) {
    checkFieldDeletions(comparison, context, "number-reserved");
  }
});

// rules/field-no-renumber.ts
function fate({ previous, holders }) {
  const holder = holders[0];
  return holder === void 0 ? `data old clients write as field ${previous.number} is now dropped as an unknown field` : `data old clients write as field ${previous.number} is now read as field "${holder.name}"`;
}
function restoreNumber({ previous, current, holders }) {
  const holder = holders[0];
  const back = `restore number ${previous.number} for "${current.name}"`;
  return holder === void 0 ? back : `${back} and give "${holder.name}" an unused number`;
}
var field_no_renumber_default = defineRule({
  id: "FIELD_NO_RENUMBER",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
  origin: "protoguard",
  summary: "Fields may not change their number.",
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      for (const r2 of renumberedFields(pair)) {
        report({
          message: `Field "${r2.current.name}" on message ${pair.current.fullName} was renumbered from ${r2.previous.number} to ${r2.current.number}: ${fate(r2)}.`,
          current: at(r2.current),
          previous: at(r2.previous),
          fix: restoreNumber(r2)
        });
      }
    }
    for (const r2 of renumberedExtensions(comparison)) {
      report({
        message: `Extension "${r2.current.fullName}" of message ${r2.current.extendee ?? ""} was renumbered from ${r2.previous.number} to ${r2.current.number}: ${fate(r2)}.`,
        current: at(r2.current),
        previous: at(r2.previous),
        fix: restoreNumber(r2)
      });
    }
  }
});

// rules/util/field-subject.ts
function fieldPairsWithExtensions(comparison) {
  return [...comparison.fields, ...comparison.extensions];
}
function mapFieldOf(field) {
  const entry = field.parent;
  if (field.isExtension || entry === void 0 || !entry.isMapEntry) return void 0;
  return entry.parent?.fields.find((f3) => f3.isMap && f3.typeName === entry.fullName);
}
function fieldSubject(field, withName = true) {
  if (field.isExtension) {
    const name2 = withName ? ` "${field.fullName}"` : "";
    return `Extension ${field.number}${name2} on message ${field.extendee ?? ""}`;
  }
  const mapField = mapFieldOf(field);
  if (mapField !== void 0 && (field.number === 1 || field.number === 2)) {
    const part = field.number === 1 ? "key" : "value";
    return `Map ${part} of field ${mapField.number} "${mapField.name}" on message ${mapField.parent?.fullName ?? ""}`;
  }
  const name = withName ? ` "${field.name}"` : "";
  return `Field ${field.number}${name} on message ${field.parent?.fullName ?? ""}`;
}

// rules/util/field-types.ts
var WIRE_GROUPS = {
  int32: "varint",
  int64: "varint",
  uint32: "varint",
  uint64: "varint",
  bool: "varint",
  sint32: "zigzag",
  sint64: "zigzag",
  string: "string",
  bytes: "bytes",
  fixed32: "fixed32",
  sfixed32: "fixed32",
  fixed64: "fixed64",
  sfixed64: "fixed64",
  double: "double",
  float: "float",
  group: "group",
  message: "message",
  enum: "enum"
};
var WIRE_JSON_GROUPS = {
  int32: "varint32",
  uint32: "varint32",
  int64: "varint64",
  uint64: "varint64",
  fixed32: "fixed32",
  sfixed32: "fixed32",
  fixed64: "fixed64",
  sfixed64: "fixed64",
  bool: "bool",
  sint32: "sint32",
  sint64: "sint64",
  string: "string",
  bytes: "bytes",
  double: "double",
  float: "float",
  group: "group",
  message: "message",
  enum: "enum"
};
function isNamedKind(kind) {
  return kind === "message" || kind === "enum" || kind === "group";
}
function typeText(field) {
  switch (field.typeKind) {
    case "message":
    case "enum":
      return `${field.typeKind} ${field.typeName}`;
    case "group":
      return field.file.syntax === "proto2" ? `group ${field.typeName}` : `message ${field.typeName} (delimited encoding)`;
    default:
      return field.typeKind;
  }
}
function typeWhere(field) {
  return at(field, isNamedKind(field.typeKind) ? [6] : [5]);
}
function enumMismatch(previous, current) {
  const before = previous.enumType;
  const after = current.enumType;
  if (before === void 0 || after === void 0) return "";
  if (before.name !== after.name) return ` The enum's short name changed from "${before.name}" to "${after.name}".`;
  const byName = new Map(after.values.map((v2) => [v2.name, v2.number]));
  for (const value of before.values) {
    const number = byName.get(value.name);
    if (number === void 0) return ` Enum value "${value.name}" (${value.number}) is missing from ${after.fullName}.`;
    if (number !== value.number) {
      return ` Enum value "${value.name}" was ${value.number} and is ${number} in ${after.fullName}.`;
    }
  }
  return void 0;
}
function checkFieldTypes(comparison, { report }, strictness) {
  const groups = strictness === "wire" ? WIRE_GROUPS : strictness === "wire-json" ? WIRE_JSON_GROUPS : void 0;
  for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
    const kindChanged = groups === void 0 ? previous.typeKind !== current.typeKind : groups[previous.typeKind] !== groups[current.typeKind];
    if (kindChanged) {
      let note = "";
      if (strictness === "wire" && previous.typeKind === "string" && current.typeKind === "bytes") continue;
      if (strictness === "wire" && previous.typeKind === "bytes" && current.typeKind === "string") {
        note = " A bytes field may hold data that is not valid UTF-8, which a string field cannot accept.";
      }
      report({
        message: `${fieldSubject(current)} changed type from "${typeText(previous)}" to "${typeText(current)}".${note}`,
        current: typeWhere(current),
        previous: typeWhere(previous),
        fix: addFieldInstead(`restore type "${typeText(previous)}"`)
      });
      continue;
    }
    if (!isNamedKind(current.typeKind) || previous.typeName === current.typeName) continue;
    let reason = "";
    if (groups !== void 0 && current.typeKind === "enum") {
      const mismatch = enumMismatch(previous, current);
      if (mismatch === void 0) continue;
      reason = mismatch;
    }
    report({
      message: `${fieldSubject(current)} changed type from "${previous.typeName}" to "${current.typeName}".${reason}`,
      current: at(current, [6]),
      previous: at(previous, [6]),
      fix: addFieldInstead(`restore type "${previous.typeName}"`)
    });
  }
}

// rules/util/cardinality.ts
var GROUPS = {
  wire: {
    "optional with explicit presence": "singular",
    "optional with implicit presence": "singular",
    required: "required",
    repeated: "list",
    map: "list"
  },
  "wire-json": {
    "optional with explicit presence": "singular",
    "optional with implicit presence": "singular",
    required: "required",
    repeated: "list",
    map: "map"
  }
};
function cardinalityOf(field) {
  if (field.label === "repeated") return field.isMap ? "map" : "repeated";
  if (field.label === "required" || field.features.fieldPresence === FeatureSet_FieldPresence.LEGACY_REQUIRED) {
    return "required";
  }
  return field.hasPresence ? "optional with explicit presence" : "optional with implicit presence";
}
function checkCardinality(comparison, { report }, strictness) {
  for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
    if (!current.isExtension && previous.parent?.isMapEntry === true && current.parent?.isMapEntry === true) continue;
    const before = cardinalityOf(previous);
    const after = cardinalityOf(current);
    const changed = strictness === "same" ? before !== after : GROUPS[strictness][before] !== GROUPS[strictness][after];
    if (!changed) continue;
    const edits = cardinalityEdits(previous, current);
    report({
      message: `${fieldSubject(current)} changed cardinality from "${before}" to "${after}".`,
      current: at(current),
      previous: at(previous),
      fix: edits === void 0 ? void 0 : addFieldInstead(`restore cardinality "${before}" (${edits})`)
    });
  }
}
function typeRef(field) {
  return isNamedKind(field.typeKind) ? field.typeName : field.typeKind;
}
function mapType(field) {
  const entry = field.parent?.nestedMessages.find((m2) => m2.fullName === field.typeName);
  const key = entry?.fieldsByNumber.get(1);
  const value = entry?.fieldsByNumber.get(2);
  return key === void 0 || value === void 0 ? void 0 : `map<${typeRef(key)}, ${typeRef(value)}>`;
}
function alwaysExplicit(field) {
  return field.typeKind === "message" || field.typeKind === "group" || field.isExtension;
}
function inheritedPresence(field) {
  return (field.parent ?? field.file).features.fieldPresence;
}
function writtenLabel(field) {
  if (field.isMap) return "map";
  if (field.label === "repeated") return "repeated";
  if (field.file.syntax === "proto2") return field.oneof === void 0 ? field.label : "";
  if (field.file.syntax === "proto3") return field.proto.proto3Optional === true ? "optional" : "";
  return "";
}
function targetSpelling(previous, current) {
  const syntax = current.file.syntax;
  switch (cardinalityOf(previous)) {
    case "map": {
      const map = mapType(previous);
      return map === void 0 ? void 0 : { label: map, presence: void 0, oneof: void 0 };
    }
    case "repeated":
      return { label: "repeated", presence: void 0, oneof: void 0 };
    case "required":
      if (syntax === "proto2") return { label: "required", presence: void 0, oneof: void 0 };
      if (syntax === "editions") return { label: "", presence: FeatureSet_FieldPresence.LEGACY_REQUIRED, oneof: void 0 };
      return void 0;
    case "optional with explicit presence": {
      if (previous.oneof !== void 0) return { label: "", presence: void 0, oneof: previous.oneof.name };
      if (syntax === "proto2") return { label: "optional", presence: void 0, oneof: void 0 };
      if (syntax === "proto3") {
        return { label: alwaysExplicit(current) ? "" : "optional", presence: void 0, oneof: void 0 };
      }
      return { label: "", presence: alwaysExplicit(current) ? void 0 : FeatureSet_FieldPresence.EXPLICIT, oneof: void 0 };
    }
    case "optional with implicit presence":
      if (syntax === "proto2" || alwaysExplicit(current)) return void 0;
      return { label: "", presence: syntax === "editions" ? FeatureSet_FieldPresence.IMPLICIT : void 0, oneof: void 0 };
  }
}
function cardinalityEdits(previous, current) {
  const target = targetSpelling(previous, current);
  if (target === void 0) return void 0;
  const edits = [];
  if (current.oneof?.name !== target.oneof) edits.push(moveBackToOneof(current.oneof?.name, target.oneof));
  const withType = current.isMap || previous.isMap;
  let have = writtenLabel(current);
  let want = target.label;
  if (current.isMap) have = mapType(current) ?? "map";
  else if (withType) have = [have, typeRef(current)].filter((p2) => p2 !== "").join(" ");
  if (withType && !previous.isMap) want = [want, typeRef(previous)].filter((p2) => p2 !== "").join(" ");
  if (have !== want) {
    if (have === "") edits.push(`add \`${want}\``);
    else if (want === "") edits.push(`remove \`${have}\``);
    else edits.push(`replace \`${have}\` with \`${want}\``);
  }
  if (current.file.syntax === "editions") {
    const own = current.proto.options?.features?.fieldPresence || void 0;
    const written = own === void 0 ? void 0 : `features.field_presence = ${FeatureSet_FieldPresence[own]}`;
    const inherited = inheritedPresence(current);
    if (target.presence === void 0) {
      if (written !== void 0) edits.push(removeFieldOption(written));
    } else if ((own ?? inherited) !== target.presence) {
      edits.push(
        written !== void 0 && inherited === target.presence ? removeFieldOption(written) : setFieldOption(`features.field_presence = ${FeatureSet_FieldPresence[target.presence]}`)
      );
    }
  }
  return edits.length === 0 ? void 0 : andList(edits);
}

// rules/field-same-cardinality.ts
var field_same_cardinality_default = defineRule({
  id: "FIELD_SAME_CARDINALITY",
  categories: ["FILE", "PACKAGE"],
  summary: "Fields may not change cardinality (optional with or without presence, required, repeated, map).",
  check(comparison, context) {
    checkCardinality(comparison, context, "same");
  }
});

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect-check.js
function checkField(field, value) {
  const check = field.fieldKind == "list" ? isReflectList(value, field) : field.fieldKind == "map" ? isReflectMap(value, field) : checkSingular(field, value);
  if (check === true) {
    return void 0;
  }
  let reason;
  switch (field.fieldKind) {
    case "list":
      reason = `expected ${formatReflectList(field)}, got ${formatVal(value)}`;
      break;
    case "map":
      reason = `expected ${formatReflectMap(field)}, got ${formatVal(value)}`;
      break;
    default: {
      reason = reasonSingular(field, value, check);
    }
  }
  return new FieldError(field, reason);
}
function checkListItem(field, index, value) {
  const check = checkSingular(field, value);
  if (check !== true) {
    return new FieldError(field, `list item #${index + 1}: ${reasonSingular(field, value, check)}`);
  }
  return void 0;
}
function checkMapEntry(field, key, value) {
  const checkKey = checkScalarValue(field.mapKey)(key);
  if (checkKey !== true) {
    return new FieldError(field, `invalid map key: ${reasonSingular({ scalar: field.mapKey }, key, checkKey)}`);
  }
  const checkVal = checkSingular(field, value);
  if (checkVal !== true) {
    return new FieldError(field, `map entry ${formatVal(key)}: ${reasonSingular(field, value, checkVal)}`);
  }
  return void 0;
}
function checkSingular(field, value) {
  if (field.scalar !== void 0) {
    return checkScalarValue(field.scalar)(value);
  }
  if (field.enum !== void 0) {
    if (field.enum.open) {
      return checkScalarValue(ScalarType.INT32)(value);
    }
    return field.enum.values.some((v2) => v2.number === value);
  }
  return isReflectMessage(value, field.message);
}
function checkScalarValue(scalar) {
  switch (scalar) {
    case ScalarType.DOUBLE:
      return (value) => typeof value == "number";
    case ScalarType.FLOAT:
      return (value) => {
        if (typeof value != "number") {
          return false;
        }
        if (!Number.isFinite(Math.fround(value)) && Number.isFinite(value)) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return (value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return false;
        }
        if (value > INT32_MAX || value < INT32_MIN) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return (value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) {
          return false;
        }
        if (value > UINT32_MAX || value < 0) {
          return `${value.toFixed()} out of range`;
        }
        return true;
      };
    case ScalarType.BOOL:
      return (value) => typeof value == "boolean";
    case ScalarType.STRING:
      return (value) => {
        if (typeof value != "string") {
          return false;
        }
        return getTextEncoding().checkUtf8(value) || "invalid UTF8";
      };
    case ScalarType.BYTES:
      return (value) => value instanceof Uint8Array;
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0) {
          try {
            protoInt64.parse(value);
            return true;
          } catch (_3) {
            return `${value} out of range`;
          }
        }
        return false;
      };
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      return (value) => {
        if (typeof value == "bigint" || typeof value == "number" || typeof value == "string" && value.length > 0) {
          try {
            protoInt64.uParse(value);
            return true;
          } catch (_3) {
            return `${value} out of range`;
          }
        }
        return false;
      };
  }
}
function reasonSingular(field, val, details) {
  details = typeof details == "string" ? `: ${details}` : `, got ${formatVal(val)}`;
  if (field.scalar !== void 0) {
    return `expected ${scalarTypeDescription(field.scalar)}` + details;
  }
  if (field.enum !== void 0) {
    return `expected ${field.enum.toString()}` + details;
  }
  return `expected ${formatReflectMessage(field.message)}` + details;
}
function formatVal(val) {
  switch (typeof val) {
    case "object":
      if (val === null) {
        return "null";
      }
      if (val instanceof Uint8Array) {
        return `Uint8Array(${val.length})`;
      }
      if (Array.isArray(val)) {
        return `Array(${val.length})`;
      }
      if (isReflectList(val)) {
        return formatReflectList(val.field());
      }
      if (isReflectMap(val)) {
        return formatReflectMap(val.field());
      }
      if (isReflectMessage(val)) {
        return formatReflectMessage(val.desc);
      }
      if (isMessage(val)) {
        return `message ${val.$typeName}`;
      }
      return "object";
    case "string":
      return val.length > 30 ? "string" : `"${val.split('"').join('\\"')}"`;
    case "boolean":
      return String(val);
    case "number":
      return String(val);
    case "bigint":
      return String(val) + "n";
    default:
      return typeof val;
  }
}
function formatReflectMessage(desc) {
  return `ReflectMessage (${desc.typeName})`;
}
function formatReflectList(field) {
  switch (field.listKind) {
    case "message":
      return `ReflectList (${field.message.toString()})`;
    case "enum":
      return `ReflectList (${field.enum.toString()})`;
    case "scalar":
      return `ReflectList (${ScalarType[field.scalar]})`;
  }
}
function formatReflectMap(field) {
  switch (field.mapKind) {
    case "message":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${field.message.toString()})`;
    case "enum":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${field.enum.toString()})`;
    case "scalar":
      return `ReflectMap (${ScalarType[field.mapKey]}, ${ScalarType[field.scalar]})`;
  }
}
function scalarTypeDescription(scalar) {
  switch (scalar) {
    case ScalarType.STRING:
      return "string";
    case ScalarType.BOOL:
      return "boolean";
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return "bigint (int64)";
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return "bigint (uint64)";
    case ScalarType.BYTES:
      return "Uint8Array";
    case ScalarType.DOUBLE:
      return "number (float64)";
    case ScalarType.FLOAT:
      return "number (float32)";
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
      return "number (uint32)";
    case ScalarType.INT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return "number (int32)";
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
function reflect(messageDesc2, message2, check = true) {
  return new ReflectMessageImpl(messageDesc2, message2, check);
}
var messageSortedFields = /* @__PURE__ */ new WeakMap();
var ReflectMessageImpl = class {
  get sortedFields() {
    const cached = messageSortedFields.get(this.desc);
    if (cached) {
      return cached;
    }
    const sortedFields = this.desc.fields.concat().sort((a, b3) => a.number - b3.number);
    messageSortedFields.set(this.desc, sortedFields);
    return sortedFields;
  }
  constructor(messageDesc2, message2, check = true) {
    this.lists = /* @__PURE__ */ new Map();
    this.maps = /* @__PURE__ */ new Map();
    this.check = check;
    this.desc = messageDesc2;
    this.message = this[unsafeLocal] = message2 !== null && message2 !== void 0 ? message2 : create(messageDesc2);
    this.fields = messageDesc2.fields;
    this.oneofs = messageDesc2.oneofs;
    this.members = messageDesc2.members;
  }
  findNumber(number) {
    if (!this._fieldsByNumber) {
      this._fieldsByNumber = new Map(this.desc.fields.map((f3) => [f3.number, f3]));
    }
    return this._fieldsByNumber.get(number);
  }
  oneofCase(oneof) {
    assertOwn(this.message, oneof);
    return unsafeOneofCase(this.message, oneof);
  }
  isSet(field) {
    assertOwn(this.message, field);
    return unsafeIsSet(this.message, field);
  }
  clear(field) {
    assertOwn(this.message, field);
    unsafeClear(this.message, field);
  }
  get(field) {
    assertOwn(this.message, field);
    const value = unsafeGet(this.message, field);
    switch (field.fieldKind) {
      case "list":
        let list2 = this.lists.get(field);
        if (!list2 || list2[unsafeLocal] !== value) {
          this.lists.set(
            field,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            list2 = new ReflectListImpl(field, value, this.check)
          );
        }
        return list2;
      case "map":
        let map = this.maps.get(field);
        if (!map || map[unsafeLocal] !== value) {
          this.maps.set(
            field,
            // biome-ignore lint/suspicious/noAssignInExpressions: no
            map = new ReflectMapImpl(field, value, this.check)
          );
        }
        return map;
      case "message":
        return messageToReflect(field, value, this.check);
      case "scalar":
        return value === void 0 ? scalarZeroValue(field.scalar, false) : longToReflect(field, value);
      case "enum":
        return value !== null && value !== void 0 ? value : field.enum.values[0].number;
    }
  }
  set(field, value) {
    assertOwn(this.message, field);
    if (this.check) {
      const err = checkField(field, value);
      if (err) {
        throw err;
      }
    }
    let local;
    if (field.fieldKind == "message") {
      local = messageToLocal(field, value);
    } else if (isReflectMap(value) || isReflectList(value)) {
      local = value[unsafeLocal];
    } else {
      local = longToLocal(field, value);
    }
    unsafeSet(this.message, field, local);
  }
  getUnknown() {
    return this.message.$unknown;
  }
  setUnknown(value) {
    this.message.$unknown = value;
  }
};
function assertOwn(owner, member) {
  if (member.parent.typeName !== owner.$typeName) {
    throw new FieldError(member, `cannot use ${member.toString()} with message ${owner.$typeName}`, "ForeignFieldError");
  }
}
var ReflectListImpl = class {
  field() {
    return this._field;
  }
  get size() {
    return this._arr.length;
  }
  constructor(field, unsafeInput, check) {
    this._field = field;
    this._arr = this[unsafeLocal] = unsafeInput;
    this.check = check;
  }
  get(index) {
    const item = this._arr[index];
    return item === void 0 ? void 0 : listItemToReflect(this._field, item, this.check);
  }
  set(index, item) {
    if (index < 0 || index >= this._arr.length) {
      throw new FieldError(this._field, `list item #${index + 1}: out of range`);
    }
    if (this.check) {
      const err = checkListItem(this._field, index, item);
      if (err) {
        throw err;
      }
    }
    this._arr[index] = listItemToLocal(this._field, item);
  }
  add(item) {
    if (this.check) {
      const err = checkListItem(this._field, this._arr.length, item);
      if (err) {
        throw err;
      }
    }
    this._arr.push(listItemToLocal(this._field, item));
    return void 0;
  }
  clear() {
    this._arr.splice(0, this._arr.length);
  }
  [Symbol.iterator]() {
    return this.values();
  }
  keys() {
    return this._arr.keys();
  }
  *values() {
    for (const item of this._arr) {
      yield listItemToReflect(this._field, item, this.check);
    }
  }
  *entries() {
    for (let i = 0; i < this._arr.length; i++) {
      yield [i, listItemToReflect(this._field, this._arr[i], this.check)];
    }
  }
};
var ReflectMapImpl = class {
  constructor(field, unsafeInput, check = true) {
    this.obj = this[unsafeLocal] = unsafeInput !== null && unsafeInput !== void 0 ? unsafeInput : {};
    this.check = check;
    this._field = field;
  }
  field() {
    return this._field;
  }
  set(key, value) {
    if (this.check) {
      const err = checkMapEntry(this._field, key, value);
      if (err) {
        throw err;
      }
    }
    setOwn(this.obj, mapKeyToLocal(key), mapValueToLocal(this._field, value));
    return this;
  }
  delete(key) {
    const k2 = mapKeyToLocal(key);
    const has = Object.prototype.hasOwnProperty.call(this.obj, k2);
    if (has) {
      delete this.obj[k2];
    }
    return has;
  }
  clear() {
    for (const key of Object.keys(this.obj)) {
      delete this.obj[key];
    }
  }
  get(key) {
    let val = getOwn(this.obj, mapKeyToLocal(key));
    if (val !== void 0) {
      val = mapValueToReflect(this._field, val, this.check);
    }
    return val;
  }
  has(key) {
    return Object.prototype.hasOwnProperty.call(this.obj, mapKeyToLocal(key));
  }
  *keys() {
    for (const objKey of Object.keys(this.obj)) {
      yield mapKeyToReflect(objKey, this._field.mapKey);
    }
  }
  *entries() {
    for (const objEntry of Object.entries(this.obj)) {
      yield [
        mapKeyToReflect(objEntry[0], this._field.mapKey),
        mapValueToReflect(this._field, objEntry[1], this.check)
      ];
    }
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  get size() {
    return Object.keys(this.obj).length;
  }
  *values() {
    for (const val of Object.values(this.obj)) {
      yield mapValueToReflect(this._field, val, this.check);
    }
  }
  forEach(callbackfn, thisArg) {
    for (const mapEntry of this.entries()) {
      callbackfn.call(thisArg, mapEntry[1], mapEntry[0], this);
    }
  }
};
function messageToLocal(field, value) {
  if (!isReflectMessage(value)) {
    return value;
  }
  if (isWrapper(value.message) && !field.oneof && field.fieldKind == "message") {
    return value.message.value;
  }
  if (value.desc.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value") {
    return wktStructToLocal(value.message);
  }
  return value.message;
}
function messageToReflect(field, value, check) {
  if (value !== void 0) {
    if (isWrapperDesc(field.message) && !field.oneof && field.fieldKind == "message") {
      value = {
        $typeName: field.message.typeName,
        value: longToReflect(field.message.fields[0], value)
      };
    } else if (field.message.typeName == "google.protobuf.Struct" && field.parent.typeName != "google.protobuf.Value" && isObject(value)) {
      value = wktStructToReflect(value);
    }
  }
  return new ReflectMessageImpl(field.message, value, check);
}
function listItemToLocal(field, value) {
  if (field.listKind == "message") {
    return messageToLocal(field, value);
  }
  return longToLocal(field, value);
}
function listItemToReflect(field, value, check) {
  if (field.listKind == "message") {
    return messageToReflect(field, value, check);
  }
  return longToReflect(field, value);
}
function mapValueToLocal(field, value) {
  if (field.mapKind == "message") {
    return messageToLocal(field, value);
  }
  return longToLocal(field, value);
}
function mapValueToReflect(field, value, check) {
  if (field.mapKind == "message") {
    return messageToReflect(field, value, check);
  }
  return value;
}
function mapKeyToLocal(key) {
  return typeof key == "string" || typeof key == "number" ? key : String(key);
}
function mapKeyToReflect(key, type) {
  switch (type) {
    case ScalarType.STRING:
      return key;
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32: {
      const n = Number.parseInt(key);
      if (Number.isFinite(n)) {
        return n;
      }
      break;
    }
    case ScalarType.BOOL:
      switch (key) {
        case "true":
          return true;
        case "false":
          return false;
      }
      break;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      try {
        return protoInt64.uParse(key);
      } catch (_a) {
      }
      break;
    default:
      try {
        return protoInt64.parse(key);
      } catch (_b) {
      }
      break;
  }
  return key;
}
function longToReflect(field, value) {
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      if ("longAsString" in field && field.longAsString && typeof value == "string") {
        value = protoInt64.parse(value);
      }
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      if ("longAsString" in field && field.longAsString && typeof value == "string") {
        value = protoInt64.uParse(value);
      }
      break;
  }
  return value;
}
function longToLocal(field, value) {
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      if ("longAsString" in field && field.longAsString) {
        value = String(value);
      } else if (typeof value == "string" || typeof value == "number") {
        value = protoInt64.parse(value);
      }
      break;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      if ("longAsString" in field && field.longAsString) {
        value = String(value);
      } else if (typeof value == "string" || typeof value == "number") {
        value = protoInt64.uParse(value);
      }
      break;
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/clone.js
function clone(schema, message2) {
  return cloneReflect(reflect(schema, message2)).message;
}
function cloneReflect(i) {
  const o2 = reflect(i.desc);
  for (const f3 of i.fields) {
    if (!i.isSet(f3)) {
      continue;
    }
    switch (f3.fieldKind) {
      case "list":
        const list2 = o2.get(f3);
        for (const item of i.get(f3)) {
          list2.add(cloneSingular(f3, item));
        }
        break;
      case "map":
        const map = o2.get(f3);
        for (const entry of i.get(f3).entries()) {
          map.set(entry[0], cloneSingular(f3, entry[1]));
        }
        break;
      default: {
        o2.set(f3, cloneSingular(f3, i.get(f3)));
        break;
      }
    }
  }
  const unknown = i.getUnknown();
  if (unknown && unknown.length > 0) {
    o2.setUnknown([...unknown]);
  }
  return o2;
}
function cloneSingular(field, value) {
  if (field.message !== void 0 && isReflectMessage(value)) {
    return cloneReflect(value);
  }
  if (field.scalar == ScalarType.BYTES && value instanceof Uint8Array) {
    return value.slice();
  }
  return value;
}

// node_modules/@bufbuild/protobuf/dist/esm/extensions.js
function getExtension(message2, extension, options) {
  assertExtendee(extension, message2);
  const ufs = filterUnknownFields(message2.$unknown, extension);
  const [container, field, get2] = createExtensionContainer(extension);
  const ctx = makeReadContext(options);
  for (const uf of ufs) {
    readField(container, new BinaryReader(uf.data), field, uf.wireType, ctx);
  }
  return get2();
}
function setExtension(message2, extension, value) {
  var _a;
  assertExtendee(extension, message2);
  const ufs = ((_a = message2.$unknown) !== null && _a !== void 0 ? _a : []).filter((uf) => uf.no !== extension.number);
  const [container, field] = createExtensionContainer(extension, value);
  const writer = new BinaryWriter();
  writeField(writer, { writeUnknownFields: true }, container, field);
  const reader = new BinaryReader(writer.finish());
  while (reader.pos < reader.len) {
    const [no2, wireType] = reader.tag();
    const data = reader.skip(wireType, no2);
    ufs.push({ no: no2, wireType, data });
  }
  message2.$unknown = ufs;
}
function hasExtension(message2, extension) {
  var _a;
  return extension.extendee.typeName === message2.$typeName && !!((_a = message2.$unknown) === null || _a === void 0 ? void 0 : _a.find((uf) => uf.no === extension.number));
}
function filterUnknownFields(unknownFields, extension) {
  if (unknownFields === void 0)
    return [];
  if (extension.fieldKind === "enum" || extension.fieldKind === "scalar") {
    for (let i = unknownFields.length - 1; i >= 0; --i) {
      if (unknownFields[i].no == extension.number) {
        return [unknownFields[i]];
      }
    }
    return [];
  }
  return unknownFields.filter((uf) => uf.no === extension.number);
}
function createExtensionContainer(extension, value) {
  const localName = extension.typeName;
  const field = Object.assign(Object.assign({}, extension), { kind: "field", parent: extension.extendee, localName });
  const desc = Object.assign(Object.assign({}, extension.extendee), { fields: [field], members: [field], oneofs: [] });
  const container = create(desc, value !== void 0 ? { [localName]: value } : void 0);
  return [
    reflect(desc, container),
    field,
    () => {
      const value2 = container[localName];
      if (value2 === void 0) {
        const desc2 = extension.message;
        if (isWrapperDesc(desc2)) {
          return scalarZeroValue(desc2.fields[0].scalar, desc2.fields[0].longAsString);
        }
        return create(desc2);
      }
      return value2;
    }
  ];
}
function assertExtendee(extension, message2) {
  if (extension.extendee.typeName != message2.$typeName) {
    throw new Error(`extension ${extension.typeName} can only be applied to message ${extension.extendee.typeName}`);
  }
}

// node_modules/@bufbuild/protobuf/dist/esm/fields.js
function isFieldSet(message2, field) {
  return field.parent.typeName == message2.$typeName && unsafeIsSet(message2, field);
}

// node_modules/@bufbuild/protobuf/dist/esm/wkt/json.js
var timestampMsMin = /* @__PURE__ */ Date.parse("0001-01-01T00:00:00Z");
var timestampMsMax = /* @__PURE__ */ Date.parse("9999-12-31T23:59:59Z");
var durationSecondsMin = -315576e6;
var durationSecondsMax = 315576e6;

// node_modules/@bufbuild/protobuf/dist/esm/from-json.js
var IMPLICIT5 = 2;
function makeReadContext2(options) {
  return Object.assign(Object.assign({ ignoreUnknownFields: false, recursionLimit: 100 }, options), { depth: 0 });
}
function fromJsonString(schema, json, options) {
  return fromJson(schema, parseJsonString(json, schema.typeName), options);
}
function fromJson(schema, json, options) {
  const message2 = create(schema);
  readMessage(schema, message2, json, options);
  return message2;
}
function readMessage(schema, message2, json, options) {
  try {
    compiledReader2(schema)(message2, json, makeReadContext2(options));
  } catch (e) {
    if (isFieldError(e)) {
      throw new Error(`cannot decode ${e.field()} from JSON: ${e.message}`, {
        cause: e
      });
    }
    throw e;
  }
}
var compiledReaders2 = /* @__PURE__ */ new WeakMap();
function compiledReader2(desc) {
  let compiled = compiledReaders2.get(desc);
  if (compiled === void 0) {
    compiled = compileMessage3(desc);
  }
  return compiled;
}
function compileMessage3(desc) {
  const descString = String(desc);
  const readWkt = compileWkt(desc);
  if (readWkt !== void 0) {
    const compiled2 = (message2, json, ctx) => {
      if (++ctx.depth > ctx.recursionLimit) {
        throw new Error(`cannot decode ${descString} from JSON: maximum recursion depth of ${ctx.recursionLimit} reached`);
      }
      readWkt(message2, json, ctx);
      ctx.depth--;
    };
    compiledReaders2.set(desc, compiled2);
    return compiled2;
  }
  const typeName = desc.typeName;
  const fieldsByJsonKey = /* @__PURE__ */ new Map();
  const compiled = (message2, json, ctx) => {
    var _a;
    if (++ctx.depth > ctx.recursionLimit) {
      throw new Error(`cannot decode ${descString} from JSON: maximum recursion depth of ${ctx.recursionLimit} reached`);
    }
    if (json == null || Array.isArray(json) || typeof json != "object") {
      throw new Error(`cannot decode ${descString} from JSON: ${formatVal(json)}`);
    }
    const oneofSeen = /* @__PURE__ */ new Map();
    const fieldSeen = /* @__PURE__ */ new Set();
    const jsonKeys = Object.keys(json);
    for (let i = 0; i < jsonKeys.length; i++) {
      const jsonKey = jsonKeys[i];
      const jsonValue = json[jsonKey];
      const entry = fieldsByJsonKey.get(jsonKey);
      if (entry !== void 0) {
        const field = entry.field;
        if (fieldSeen.has(field)) {
          throw new FieldError(field, "set multiple times");
        }
        fieldSeen.add(field);
        if (entry.oneofScalarNullSkip && jsonValue === null) {
          continue;
        }
        if (entry.oneof) {
          const seen = oneofSeen.get(entry.oneof);
          if (seen !== void 0) {
            throw new FieldError(entry.oneof, `oneof set multiple times by ${seen.name} and ${field.name}`);
          }
          oneofSeen.set(entry.oneof, field);
        }
        entry.read(message2, jsonValue, ctx);
      } else {
        const extension = jsonKey.startsWith("[") && jsonKey.endsWith("]") ? (_a = ctx.registry) === null || _a === void 0 ? void 0 : _a.getExtension(jsonKey.substring(1, jsonKey.length - 1)) : void 0;
        if ((extension === null || extension === void 0 ? void 0 : extension.extendee.typeName) == typeName) {
          const [container, field, get2] = createExtensionContainer(extension);
          compileFieldReader2(field)(container[unsafeLocal], jsonValue, ctx);
          setExtension(message2, extension, get2());
        }
        if (extension === void 0 && !ctx.ignoreUnknownFields) {
          throw new Error(`cannot decode ${descString} from JSON: key "${jsonKey}" is unknown`);
        }
      }
    }
    ctx.depth--;
  };
  compiledReaders2.set(desc, compiled);
  for (const field of desc.fields) {
    const entry = {
      read: compileFieldReader2(field),
      field,
      oneof: field.oneof,
      oneofScalarNullSkip: field.oneof !== void 0 && field.fieldKind == "scalar"
    };
    fieldsByJsonKey.set(field.name, entry).set(field.jsonName, entry);
  }
  return compiled;
}
function compileWkt(desc) {
  if (!desc.typeName.startsWith("google.protobuf.")) {
    return void 0;
  }
  switch (desc.typeName) {
    case "google.protobuf.Any":
      return (message2, json, ctx) => anyFromJson(message2, json, ctx);
    case "google.protobuf.Timestamp":
      return (message2, json) => timestampFromJson(message2, json);
    case "google.protobuf.Duration":
      return (message2, json) => durationFromJson(message2, json);
    case "google.protobuf.FieldMask":
      return (message2, json) => fieldMaskFromJson(message2, json);
    case "google.protobuf.Struct":
      return (message2, json, ctx) => structFromJson(message2, json, ctx);
    case "google.protobuf.Value":
      return (message2, json, ctx) => valueFromJson(message2, json, ctx);
    case "google.protobuf.ListValue":
      return (message2, json, ctx) => listValueFromJson(message2, json, ctx);
    default:
      if (isWrapperDesc(desc)) {
        const valueField = desc.fields[0];
        const localName = valueField.localName;
        const scalar = valueField.scalar;
        const longAsString = valueField.longAsString;
        const readScalar = compileScalarConverter(valueField);
        return (message2, json) => {
          if (json === null) {
            message2[localName] = scalarZeroValue(scalar, longAsString);
          } else {
            message2[localName] = readScalar(json);
          }
        };
      }
      return void 0;
  }
}
function compileFieldReader2(field) {
  switch (field.fieldKind) {
    case "scalar":
      return compileScalarFieldReader2(field);
    case "enum":
      return compileEnumFieldReader2(field);
    case "message":
      return compileMessageFieldReader2(field);
    case "list":
      return compileListFieldReader2(field);
    case "map":
      return compileMapFieldReader2(field);
  }
}
function compileScalarFieldReader2(field) {
  const readScalar = compileScalarConverter(field);
  const localName = field.localName;
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (message2, json) => {
      message2[oneofLocalName] = {
        case: localName,
        value: readScalar(json)
      };
    };
  }
  const clear = compileClear(field);
  return (message2, json) => {
    if (json === null) {
      clear(message2);
    } else {
      message2[localName] = readScalar(json);
    }
  };
}
function compileClear(field) {
  const localName = field.localName;
  if (field.presence != IMPLICIT5) {
    return (message2) => {
      delete message2[localName];
    };
  }
  if (field.fieldKind == "enum") {
    const zero = field.enum.values[0].number;
    return (message2) => {
      message2[localName] = zero;
    };
  }
  const scalar = field.scalar;
  const longAsString = field.longAsString;
  return (message2) => {
    message2[localName] = scalarZeroValue(scalar, longAsString);
  };
}
function compileEnumFieldReader2(field) {
  const readEnumValue = compileEnumConverter(field.enum);
  const checkEnum = compileEnumCheck(field.enum);
  const localName = field.localName;
  const nullResets = field.enum.typeName != "google.protobuf.NullValue";
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (message2, json, ctx) => {
      if (json === null && nullResets) {
        const oneof = message2[oneofLocalName];
        if (oneof.case === localName) {
          message2[oneofLocalName] = { case: void 0 };
        }
        return;
      }
      const value = readEnumValue(json, ctx.ignoreUnknownFields);
      if (value === tokenIgnoredUnknownEnum) {
        return;
      }
      const check = checkEnum(value);
      if (check !== true) {
        throw new FieldError(field, reasonSingular(field, value, check));
      }
      message2[oneofLocalName] = { case: localName, value };
    };
  }
  const clear = compileClear(field);
  return (message2, json, ctx) => {
    if (json === null && nullResets) {
      clear(message2);
      return;
    }
    const value = readEnumValue(json, ctx.ignoreUnknownFields);
    if (value === tokenIgnoredUnknownEnum) {
      return;
    }
    const check = checkEnum(value);
    if (check !== true) {
      throw new FieldError(field, reasonSingular(field, value, check));
    }
    message2[localName] = value;
  };
}
function compileMessageFieldReader2(field) {
  const localName = field.localName;
  const { toMessage, toLocal } = localMessageMapper(field);
  const readChild = compiledReader2(field.message);
  const nullResets = field.message.typeName != "google.protobuf.Value";
  if (field.oneof) {
    const oneofLocalName = field.oneof.localName;
    return (message2, json, ctx) => {
      const oneof = message2[oneofLocalName];
      if (json === null && nullResets) {
        if (oneof.case === localName) {
          message2[oneofLocalName] = { case: void 0 };
        }
        return;
      }
      const child = toMessage(oneof.case === localName ? oneof.value : void 0);
      readChild(child, json, ctx);
      message2[oneofLocalName] = { case: localName, value: toLocal(child) };
    };
  }
  return (message2, json, ctx) => {
    if (json === null && nullResets) {
      delete message2[localName];
      return;
    }
    const child = toMessage(message2[localName]);
    readChild(child, json, ctx);
    message2[localName] = toLocal(child);
  };
}
function compileListFieldReader2(field) {
  const localName = field.localName;
  const readItem = compileListItemReader(field);
  return (message2, json, ctx) => {
    if (json === null) {
      return;
    }
    if (!Array.isArray(json)) {
      throw new FieldError(field, "expected Array, got " + formatVal(json));
    }
    const items = message2[localName];
    for (let i = 0; i < json.length; i++) {
      const value = readItem(json[i], ctx, items.length);
      if (value !== tokenIgnoredUnknownEnum) {
        items.push(value);
      }
    }
  };
}
function compileListItemReader(field) {
  switch (field.listKind) {
    case "scalar": {
      const parseScalar = compileScalarParse(field);
      const checkValue = checkScalarValue(field.scalar);
      const toLocal = compileScalarToLocal(field);
      return (json, ctx, index) => {
        if (json === null) {
          throw new FieldError(field, "list item must not be null");
        }
        const value = parseScalar(json);
        const check = checkValue(value);
        if (check !== true) {
          throw new FieldError(field, `list item #${index + 1}: ${reasonSingular(field, value, check)}`);
        }
        return toLocal(value);
      };
    }
    case "enum": {
      const readEnumValue = compileEnumConverter(field.enum);
      const checkEnum = compileEnumCheck(field.enum);
      const nullResets = field.enum.typeName != "google.protobuf.NullValue";
      return (json, ctx, index) => {
        if (json === null && nullResets) {
          throw new FieldError(field, "list item must not be null");
        }
        const value = readEnumValue(json, ctx.ignoreUnknownFields);
        if (value === tokenIgnoredUnknownEnum) {
          return value;
        }
        const check = checkEnum(value);
        if (check !== true) {
          throw new FieldError(field, `list item #${index + 1}: ${reasonSingular(field, value, check)}`);
        }
        return value;
      };
    }
    case "message": {
      const { toMessage, toLocal } = localMessageMapper(field);
      const readChild = compiledReader2(field.message);
      const nullResets = field.message.typeName != "google.protobuf.Value";
      return (json, ctx) => {
        if (json === null && nullResets) {
          throw new FieldError(field, "list item must not be null");
        }
        const child = toMessage(void 0);
        readChild(child, json, ctx);
        return toLocal(child);
      };
    }
  }
}
function compileMapFieldReader2(field) {
  const localName = field.localName;
  const mapKey = field.mapKey;
  const parseMapKey = compileMapKeyParse(mapKey);
  const checkMapKey = checkScalarValue(mapKey);
  let parseValue;
  let checkValue;
  let toLocalValue = (value) => value;
  let nullResets = true;
  switch (field.mapKind) {
    case "scalar": {
      parseValue = compileScalarParse(field);
      checkValue = checkScalarValue(field.scalar);
      toLocalValue = compileScalarToLocal(field);
      break;
    }
    case "enum": {
      const readEnumValue = compileEnumConverter(field.enum);
      parseValue = (json, ctx) => readEnumValue(json, ctx.ignoreUnknownFields);
      checkValue = compileEnumCheck(field.enum);
      nullResets = field.enum.typeName != "google.protobuf.NullValue";
      break;
    }
    case "message": {
      const { toMessage, toLocal } = localMessageMapper(field);
      const readChild = compiledReader2(field.message);
      nullResets = field.message.typeName != "google.protobuf.Value";
      parseValue = (json, ctx) => {
        const child = toMessage(void 0);
        readChild(child, json, ctx);
        return toLocal(child);
      };
      break;
    }
  }
  return (message2, json, ctx) => {
    if (json === null) {
      return;
    }
    if (typeof json != "object" || Array.isArray(json)) {
      throw new FieldError(field, "expected object, got " + formatVal(json));
    }
    const record = message2[localName];
    const seen = /* @__PURE__ */ new Set();
    const jsonMapKeys = Object.keys(json);
    for (let i = 0; i < jsonMapKeys.length; i++) {
      const jsonMapKey = jsonMapKeys[i];
      const jsonMapValue = json[jsonMapKey];
      const key = parseMapKey(jsonMapKey);
      if (seen.has(key)) {
        throw new FieldError(field, `duplicate map key "${jsonMapKey}"`);
      }
      seen.add(key);
      if (jsonMapValue === null && nullResets) {
        throw new FieldError(field, "map value must not be null");
      }
      const value = parseValue(jsonMapValue, ctx);
      if (value === tokenIgnoredUnknownEnum) {
        continue;
      }
      const checkKey = checkMapKey(key);
      if (checkKey !== true) {
        throw new FieldError(field, `invalid map key: ${reasonSingular({ scalar: mapKey }, key, checkKey)}`);
      }
      if (checkValue !== void 0) {
        const check = checkValue(value);
        if (check !== true) {
          throw new FieldError(field, `map entry ${formatVal(key)}: ${reasonSingular(field, value, check)}`);
        }
      }
      setOwn(record, key, toLocalValue(value));
    }
  };
}
var tokenIgnoredUnknownEnum = /* @__PURE__ */ Symbol();
function compileEnumConverter(desc) {
  const zero = desc.values[0].number;
  const numbers = /* @__PURE__ */ new Map();
  for (const value of desc.values) {
    numbers.set(value.jsonName, value.number);
  }
  for (const value of desc.values) {
    numbers.set(value.name, value.number);
  }
  return (json, ignoreUnknownFields) => {
    if (json === null) {
      return zero;
    }
    switch (typeof json) {
      case "number":
        if (Number.isInteger(json)) {
          return json;
        }
        break;
      case "string": {
        const number = numbers.get(json);
        if (number !== void 0) {
          return number;
        }
        if (ignoreUnknownFields) {
          return tokenIgnoredUnknownEnum;
        }
        break;
      }
    }
    throw new Error(`cannot decode ${desc} from JSON: ${formatVal(json)}`);
  };
}
function compileEnumCheck(desc) {
  if (desc.open) {
    return checkScalarValue(ScalarType.INT32);
  }
  const values = desc.values;
  return (value) => values.some((v2) => v2.number === value);
}
function compileScalarConverter(field) {
  const parseScalar = compileScalarParse(field);
  const checkValue = checkScalarValue(field.scalar);
  const toLocal = compileScalarToLocal(field);
  return (json) => {
    const value = parseScalar(json);
    const check = checkValue(value);
    if (check !== true) {
      throw new FieldError(field, reasonSingular(field, value, check));
    }
    return toLocal(value);
  };
}
function compileScalarParse(field) {
  switch (field.scalar) {
    // float, double: JSON value will be a number or one of the special string values "NaN", "Infinity", and "-Infinity".
    // Either numbers or strings are accepted. Exponent notation is also accepted.
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return (json) => {
        if (json === "NaN")
          return NaN;
        if (json === "Infinity")
          return Number.POSITIVE_INFINITY;
        if (json === "-Infinity")
          return Number.NEGATIVE_INFINITY;
        if (typeof json == "number") {
          if (Number.isNaN(json)) {
            throw new FieldError(field, "unexpected NaN number");
          }
          if (!Number.isFinite(json)) {
            throw new FieldError(field, "unexpected infinite number");
          }
          return json;
        }
        if (typeof json == "string") {
          if (json === "") {
            return json;
          }
          if (json.trim().length !== json.length) {
            return json;
          }
          const float = Number(json);
          if (!Number.isFinite(float)) {
            return json;
          }
          return float;
        }
        return json;
      };
    // int32, fixed32, uint32: JSON value will be a decimal number. Either numbers or strings are accepted.
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
    case ScalarType.UINT32:
      return int32FromJson;
    // bytes: JSON value will be the data encoded as a string using standard base64 encoding with paddings.
    // Either standard or URL-safe base64 encoding with/without paddings are accepted.
    case ScalarType.BYTES:
      return (json) => {
        if (typeof json == "string") {
          if (json === "") {
            return new Uint8Array(0);
          }
          try {
            return base64Decode(json);
          } catch (e) {
            const message2 = e instanceof Error ? e.message : String(e);
            throw new FieldError(field, message2);
          }
        }
        return json;
      };
    // int64, sfixed64, sint64, fixed64, uint64: The validation step accepts
    // string and number. string, bool: no conversion.
    default:
      return (json) => json;
  }
}
function compileScalarToLocal(field) {
  const longAsString = field.fieldKind !== "map" && field.longAsString;
  switch (field.scalar) {
    case ScalarType.INT64:
    case ScalarType.SFIXED64:
    case ScalarType.SINT64:
      if (longAsString) {
        return (value) => String(value);
      }
      return (value) => typeof value == "string" || typeof value == "number" ? protoInt64.parse(value) : value;
    case ScalarType.FIXED64:
    case ScalarType.UINT64:
      if (longAsString) {
        return (value) => String(value);
      }
      return (value) => typeof value == "string" || typeof value == "number" ? protoInt64.uParse(value) : value;
    default:
      return (value) => value;
  }
}
function compileMapKeyParse(type) {
  switch (type) {
    case ScalarType.BOOL:
      return (jsonString) => {
        switch (jsonString) {
          case "true":
            return true;
          case "false":
            return false;
        }
        return jsonString;
      };
    case ScalarType.INT32:
    case ScalarType.FIXED32:
    case ScalarType.UINT32:
    case ScalarType.SFIXED32:
    case ScalarType.SINT32:
      return int32FromJson;
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return (jsonString) => /^-?0+$/.test(jsonString) ? "0" : jsonString.replace(/^(-?)0+(?=\d)/, "$1");
    default:
      return (jsonString) => jsonString;
  }
}
function int32FromJson(json) {
  if (typeof json == "string") {
    if (json === "") {
      return json;
    }
    if (json.trim().length !== json.length) {
      return json;
    }
    const num = Number(json);
    if (Number.isNaN(num)) {
      return json;
    }
    return num;
  }
  return json;
}
function parseJsonString(jsonString, typeName) {
  let json;
  try {
    json = JSON.parse(jsonString);
  } catch (e) {
    const message2 = e instanceof Error ? e.message : String(e);
    throw new Error(
      `cannot decode message ${typeName} from JSON: ${message2}`,
      // @ts-expect-error we use the ES2022 error CTOR option "cause" for better stack traces
      { cause: e }
    );
  }
  checkDuplicateKeys(jsonString, typeName);
  return json;
}
function checkDuplicateKeys(jsonString, typeName) {
  const stack = [];
  let expectKey = false;
  let i = 0;
  while (i < jsonString.length) {
    switch (jsonString[i]) {
      case "{":
        stack.push(/* @__PURE__ */ new Set());
        expectKey = true;
        i++;
        break;
      case "[":
        stack.push(null);
        expectKey = false;
        i++;
        break;
      case "}":
      case "]":
        stack.pop();
        expectKey = false;
        i++;
        break;
      case ",":
        expectKey = stack[stack.length - 1] != null;
        i++;
        break;
      case ":":
        expectKey = false;
        i++;
        break;
      case '"': {
        const open = i++;
        let escaped = false;
        while (i < jsonString.length) {
          if (jsonString[i] == "\\") {
            escaped = true;
            i += 2;
            continue;
          }
          if (jsonString[i] == '"') {
            break;
          }
          i++;
        }
        const close = i++;
        const seen = stack[stack.length - 1];
        if (expectKey && seen) {
          const name = escaped ? JSON.parse(jsonString.substring(open, close + 1)) : jsonString.substring(open + 1, close);
          if (seen.has(name)) {
            throw new Error(`cannot decode message ${typeName} from JSON: duplicate object key "${name}"`);
          }
          seen.add(name);
        }
        expectKey = false;
        break;
      }
      default:
        i++;
        break;
    }
  }
}
function anyFromJson(any, json, ctx) {
  var _a;
  if (json === null || Array.isArray(json) || typeof json != "object") {
    throw new Error(`cannot decode message ${any.$typeName} from JSON: expected object but got ${formatVal(json)}`);
  }
  if (Object.keys(json).length == 0) {
    return;
  }
  const typeUrl = json["@type"];
  if (typeof typeUrl != "string" || typeUrl == "") {
    throw new Error(`cannot decode message ${any.$typeName} from JSON: "@type" is empty`);
  }
  const typeName = typeUrl.includes("/") ? typeUrl.substring(typeUrl.lastIndexOf("/") + 1) : typeUrl;
  if (!typeName.length) {
    throw new Error(`cannot decode message ${any.$typeName} from JSON: "@type" is invalid`);
  }
  const desc = (_a = ctx.registry) === null || _a === void 0 ? void 0 : _a.getMessage(typeName);
  if (!desc) {
    throw new Error(`cannot decode message ${any.$typeName} from JSON: ${typeUrl} is not in the type registry`);
  }
  const message2 = create(desc);
  if (hasCustomJsonRepresentation(desc) && Object.prototype.hasOwnProperty.call(json, "value")) {
    compiledReader2(desc)(message2, json.value, ctx);
  } else {
    const copy = {};
    for (const key of Object.keys(json)) {
      if (key !== "@type") {
        setOwn(copy, key, json[key]);
      }
    }
    compiledReader2(desc)(message2, copy, ctx);
  }
  anyPack(desc, message2, any);
}
function timestampFromJson(timestamp, json) {
  if (typeof json !== "string") {
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: ${formatVal(json)}`);
  }
  const matches = json.match(/^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(?:Z|([+-][0-9][0-9]:[0-9][0-9]))$/);
  if (!matches) {
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: invalid RFC 3339 string`);
  }
  const ms2 = Date.parse(
    // biome-ignore format: want this to read well
    matches[1] + "-" + matches[2] + "-" + matches[3] + "T" + matches[4] + ":" + matches[5] + ":" + matches[6] + (matches[8] ? matches[8] : "Z")
  );
  if (Number.isNaN(ms2)) {
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: invalid RFC 3339 string`);
  }
  if (ms2 < timestampMsMin || ms2 > timestampMsMax) {
    throw new Error(`cannot decode message ${timestamp.$typeName} from JSON: must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z inclusive`);
  }
  timestamp.seconds = protoInt64.parse(ms2 / 1e3);
  timestamp.nanos = 0;
  if (matches[7]) {
    timestamp.nanos = parseInt("1" + matches[7] + "0".repeat(9 - matches[7].length)) - 1e9;
  }
}
function durationFromJson(duration, json) {
  if (typeof json !== "string") {
    throw new Error(`cannot decode message ${duration.$typeName} from JSON: ${formatVal(json)}`);
  }
  const match = json.match(/^(-?[0-9]+)(?:\.([0-9]+))?s/);
  if (match === null) {
    throw new Error(`cannot decode message ${duration.$typeName} from JSON: ${formatVal(json)}`);
  }
  const longSeconds = Number(match[1]);
  if (longSeconds > durationSecondsMax || longSeconds < durationSecondsMin) {
    throw new Error(`cannot decode message ${duration.$typeName} from JSON: ${formatVal(json)}`);
  }
  duration.seconds = protoInt64.parse(longSeconds);
  if (typeof match[2] !== "string") {
    return;
  }
  const nanosStr = match[2] + "0".repeat(9 - match[2].length);
  duration.nanos = parseInt(nanosStr);
  if (longSeconds < 0 || Object.is(longSeconds, -0)) {
    duration.nanos = -duration.nanos;
  }
}
function fieldMaskFromJson(fieldMask, json) {
  if (typeof json !== "string") {
    throw new Error(`cannot decode message ${fieldMask.$typeName} from JSON: ${formatVal(json)}`);
  }
  if (json === "") {
    return;
  }
  fieldMask.paths = json.split(",").map((path) => {
    if (path.includes("_")) {
      throw new Error(`cannot decode message ${fieldMask.$typeName} from JSON: path names must be lowerCamelCase`);
    }
    return protoSnakeCase(path);
  });
}
function structFromJson(struct, json, ctx) {
  if (typeof json != "object" || json == null || Array.isArray(json)) {
    throw new Error(`cannot decode message ${struct.$typeName} from JSON ${formatVal(json)}`);
  }
  const keys = Object.keys(json);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const parsedValue = create(ValueSchema);
    valueFromJson(parsedValue, json[key], ctx);
    setOwn(struct.fields, key, parsedValue);
  }
}
function valueFromJson(value, json, ctx) {
  if (++ctx.depth > ctx.recursionLimit) {
    throw new Error(`cannot decode ${value.$typeName} from JSON: maximum recursion depth of ${ctx.recursionLimit} reached`);
  }
  switch (typeof json) {
    case "number":
      value.kind = { case: "numberValue", value: json };
      break;
    case "string":
      value.kind = { case: "stringValue", value: json };
      break;
    case "boolean":
      value.kind = { case: "boolValue", value: json };
      break;
    case "object":
      if (json === null) {
        value.kind = { case: "nullValue", value: NullValue.NULL_VALUE };
      } else if (Array.isArray(json)) {
        const listValue = create(ListValueSchema);
        listValueFromJson(listValue, json, ctx);
        value.kind = { case: "listValue", value: listValue };
      } else {
        const struct = create(StructSchema);
        structFromJson(struct, json, ctx);
        value.kind = { case: "structValue", value: struct };
      }
      break;
    default:
      throw new Error(`cannot decode message ${value.$typeName} from JSON ${formatVal(json)}`);
  }
  ctx.depth--;
  return value;
}
function listValueFromJson(listValue, json, ctx) {
  if (!Array.isArray(json)) {
    throw new Error(`cannot decode message ${listValue.$typeName} from JSON ${formatVal(json)}`);
  }
  for (let i = 0; i < json.length; i++) {
    const value = create(ValueSchema);
    valueFromJson(value, json[i], ctx);
    listValue.values.push(value);
  }
}

// rules/util/custom-features.ts
function enumValue(values, name) {
  const value = values[name];
  return typeof value === "number" ? value : void 0;
}
var CPP_STRING_TYPE = {
  extension: "pb.cpp",
  name: "string_type",
  read(features) {
    if (!hasExtension(features, cpp)) return void 0;
    const value = getExtension(features, cpp).stringType;
    return value === CppFeatures_StringType.STRING_TYPE_UNKNOWN ? void 0 : value;
  },
  valueOf: (name) => enumValue(CppFeatures_StringType, name)
};
var JAVA_UTF8_VALIDATION = {
  extension: "pb.java",
  name: "utf8_validation",
  read(features) {
    if (!hasExtension(features, java)) return void 0;
    const value = getExtension(features, java).utf8Validation;
    return value === JavaFeatures_Utf8Validation.UTF8_VALIDATION_UNKNOWN ? void 0 : value;
  },
  valueOf: (name) => enumValue(JavaFeatures_Utf8Validation, name)
};
function bareName(part) {
  return part.replace(/^\(/, "").replace(/\)$/, "").replace(/^\./, "");
}
function readUninterpreted(options, feature) {
  for (const option of options) {
    const parts = option.name.map((p2) => ({ name: bareName(p2.namePart), isExtension: p2.isExtension }));
    const [features, extension, field] = parts;
    if (features?.name !== "features" || features.isExtension) continue;
    if (extension?.name !== feature.extension || !extension.isExtension) continue;
    if (parts.length === 3 && field?.name === feature.name && !field.isExtension) {
      const value = feature.valueOf(option.identifierValue ?? "");
      if (value !== void 0) return value;
    }
    if (parts.length === 2 && option.aggregateValue !== void 0) {
      const match = new RegExp(`(?:^|[\\s,;{])${feature.name}\\s*:\\s*([A-Za-z_][A-Za-z0-9_]*)`).exec(option.aggregateValue);
      const value = match?.[1] === void 0 ? void 0 : feature.valueOf(match[1]);
      if (value !== void 0) return value;
    }
  }
  return void 0;
}
function declared(options, feature) {
  if (options === void 0) return void 0;
  if (options.features !== void 0) {
    const value = feature.read(options.features);
    if (value !== void 0) return value;
  }
  return readUninterpreted(options.uninterpretedOption, feature);
}
function editionOf(file) {
  if (file.syntax === "proto3") return Edition.EDITION_PROTO3;
  if (file.syntax === "proto2") return Edition.EDITION_PROTO2;
  return file.proto.edition;
}
function inheritedForField(field, feature, fallback) {
  const file = field.file;
  if (file.syntax !== "editions") return fallback;
  for (let m2 = field.parent; m2 !== void 0; m2 = m2.parent) {
    const value = declared(m2.proto.options, feature);
    if (value !== void 0) return value;
  }
  return declared(file.proto.options, feature) ?? fallback;
}
function resolveForField(field, feature, fallback) {
  if (field.file.syntax !== "editions") return fallback;
  return declared(field.proto.options, feature) ?? inheritedForField(field, feature, fallback);
}
function cppStringTypeDefault(file) {
  return editionOf(file) >= Edition.EDITION_2024 ? CppFeatures_StringType.VIEW : CppFeatures_StringType.STRING;
}
function cppStringType(field) {
  const edition = editionOf(field.file);
  const options = field.proto.options;
  if (edition < Edition.EDITION_2024 && options !== void 0 && isFieldSet(options, FieldOptionsSchema.field.ctype)) {
    switch (options.ctype) {
      case FieldOptions_CType.CORD:
        return { type: CppFeatures_StringType.CORD, isStringPiece: false };
      case FieldOptions_CType.STRING_PIECE:
        return { type: CppFeatures_StringType.STRING, isStringPiece: true };
      case FieldOptions_CType.STRING:
        return { type: CppFeatures_StringType.STRING, isStringPiece: false };
      default:
        if (field.file.syntax !== "editions") return { type: CppFeatures_StringType.STRING, isStringPiece: false };
    }
  }
  return { type: resolveForField(field, CPP_STRING_TYPE, cppStringTypeDefault(field.file)), isStringPiece: false };
}
function cppStringTypeSetting(field) {
  const options = field.proto.options;
  const hasCtype = options !== void 0 && isFieldSet(options, FieldOptionsSchema.field.ctype);
  const ctype = hasCtype ? options.ctype : void 0;
  const feature = field.file.syntax === "editions" ? declared(options, CPP_STRING_TYPE) : void 0;
  return { ctype, feature, inherited: inheritedForField(field, CPP_STRING_TYPE, cppStringTypeDefault(field.file)) };
}
function cppStringTypeName(value) {
  return value.isStringPiece ? "STRING_PIECE" : CppFeatures_StringType[value.type] ?? String(value.type);
}
function javaUtf8Validation(field) {
  const standard = field.features.utf8Validation;
  const options = field.file.proto.options;
  const hasFileOption = options !== void 0 && isFieldSet(options, FileOptionsSchema.field.javaStringCheckUtf8);
  if (field.file.syntax !== "editions" || hasFileOption) {
    return options?.javaStringCheckUtf8 === true ? FeatureSet_Utf8Validation.VERIFY : standard;
  }
  const java2 = resolveForField(field, JAVA_UTF8_VALIDATION, JavaFeatures_Utf8Validation.DEFAULT);
  return java2 === JavaFeatures_Utf8Validation.VERIFY ? FeatureSet_Utf8Validation.VERIFY : standard;
}
function javaUtf8ValidationSetting(field) {
  const own = field.file.syntax === "editions" ? declared(field.proto.options, JAVA_UTF8_VALIDATION) : void 0;
  return { own, inherited: inheritedForField(field, JAVA_UTF8_VALIDATION, JavaFeatures_Utf8Validation.DEFAULT) };
}
var CPP_FEATURES = 1e3;
var CPP_STRING_TYPE_FIELD = 2;
var JAVA_FEATURES = 1001;
var JAVA_UTF8_VALIDATION_FIELD = 2;

// rules/field-same-cpp-string-type.ts
var CTYPE = [8, 1];
function inMapEntry(field) {
  return !field.isExtension && field.parent?.isMapEntry === true;
}
function isStringOrBytes(field) {
  return field.typeKind === "string" || field.typeKind === "bytes";
}
function where(field) {
  const feature = featureSubPath(field, CPP_FEATURES, CPP_STRING_TYPE_FIELD);
  return feature === void 0 ? at(field, CTYPE) : at(field, CTYPE, feature);
}
function restore(current, before) {
  const setting = cppStringTypeSetting(current);
  const inherited = CppFeatures_StringType[setting.feature ?? setting.inherited];
  if (current.file.syntax !== "editions" || setting.ctype !== void 0) {
    const own2 = setting.ctype === void 0 ? void 0 : FieldOptions_CType[setting.ctype];
    return restoreFieldSetting("ctype", cppStringTypeName(before), own2, inherited);
  }
  const value = CppFeatures_StringType[before.type] ?? String(before.type);
  const own = setting.feature === void 0 ? void 0 : CppFeatures_StringType[setting.feature];
  return restoreFieldSetting("features.(pb.cpp).string_type", value, own, CppFeatures_StringType[setting.inherited]);
}
var field_same_cpp_string_type_default = defineRule({
  id: "FIELD_SAME_CPP_STRING_TYPE",
  categories: ["FILE", "PACKAGE"],
  summary: "String and bytes fields may not change their C++ string type.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (inMapEntry(previous) && inMapEntry(current)) continue;
      if (!isStringOrBytes(previous) || !isStringOrBytes(current)) continue;
      const before = cppStringType(previous);
      const after = cppStringType(current);
      if (before.type === after.type && before.isStringPiece === after.isStringPiece) continue;
      if (before.isStringPiece && after.type === CppFeatures_StringType.STRING) continue;
      report({
        message: `${fieldSubject(current)} changed C++ string type from "${cppStringTypeName(before)}" to "${cppStringTypeName(after)}".`,
        current: where(current),
        previous: where(previous),
        fix: addFieldInstead(restore(current, before))
      });
    }
  }
});

// rules/util/field-default.ts
function canHaveDefault(field) {
  return field.label !== "repeated" && field.typeKind !== "message" && field.typeKind !== "group";
}
var SIMPLE_ESCAPES = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92,
  "'": 39,
  '"': 34,
  "?": 63
};
function utf8(codePoint) {
  return Array.from(new TextEncoder().encode(String.fromCodePoint(codePoint)), (b3) => String.fromCharCode(b3)).join("");
}
function unescapeBytes(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "\\" || i + 1 >= text.length) {
      out += utf8(text.codePointAt(i) ?? 0);
      if ((text.codePointAt(i) ?? 0) > 65535) i++;
      continue;
    }
    const next = text[i + 1];
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== void 0) {
      out += String.fromCharCode(simple);
      i++;
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0] ?? "0";
      out += String.fromCharCode(parseInt(digits, 8) & 255);
      i += digits.length;
    } else if (next === "x" || next === "X") {
      const digits = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))?.[0] ?? "";
      out += digits === "" ? "x" : String.fromCharCode(parseInt(digits, 16));
      i += 1 + digits.length;
    } else if (next === "u" || next === "U") {
      const width2 = next === "u" ? 4 : 8;
      const digits = text.slice(i + 2, i + 2 + width2);
      out += utf8(parseInt(digits, 16));
      i += 1 + width2;
    } else {
      out += next;
      i++;
    }
  }
  return out;
}
function parseInteger(text) {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text.trim());
  if (match === null) return 0n;
  const [, sign, digits = "0"] = match;
  let value;
  if (/^0[xX]/.test(digits)) value = BigInt(digits);
  else if (digits.length > 1 && digits.startsWith("0")) value = BigInt(`0o${digits.slice(1)}`);
  else value = BigInt(digits);
  return sign === "-" ? -value : value;
}
function parseFloat64(text) {
  const t2 = text.trim().toLowerCase();
  if (t2 === "inf" || t2 === "+inf" || t2 === "infinity" || t2 === "+infinity") return Infinity;
  if (t2 === "-inf" || t2 === "-infinity") return -Infinity;
  if (t2 === "nan" || t2 === "+nan" || t2 === "-nan") return NaN;
  const value = Number(t2);
  return Number.isNaN(value) ? 0 : value;
}
function defaultOf(field) {
  const explicit = isFieldSet(field.proto, FieldDescriptorProtoSchema.field.defaultValue);
  const text = explicit ? field.proto.defaultValue : "";
  switch (field.typeKind) {
    case "string": {
      const bytes = Array.from(new TextEncoder().encode(text), (b3) => String.fromCharCode(b3)).join("");
      return { kind: "bytes", bytes, shown: JSON.stringify(text) };
    }
    case "bytes":
      return { kind: "bytes", bytes: unescapeBytes(text), shown: `"${text}"` };
    case "bool":
      return { kind: "integer", value: text === "true" ? 1n : 0n, shown: text === "true" ? "true" : "false" };
    case "float":
    case "double": {
      const bits = field.typeKind === "float" ? 32 : 64;
      const parsed = explicit ? parseFloat64(text) : 0;
      return { kind: "float", value: bits === 32 ? Math.fround(parsed) : parsed, bits, shown: explicit ? text : "0" };
    }
    case "enum": {
      const values = field.enumType?.values ?? [];
      const chosen = explicit ? values.find((v2) => v2.name === text) : values[0];
      return { kind: "integer", value: BigInt(chosen?.number ?? 0), shown: chosen?.name ?? (text || "0") };
    }
    default:
      return { kind: "integer", value: explicit ? parseInteger(text) : 0n, shown: explicit ? text : "0" };
  }
}
function isZeroDefault(value) {
  switch (value.kind) {
    case "bytes":
      return value.bytes === "";
    case "integer":
      return value.value === 0n;
    case "float":
      return value.value === 0 && !Object.is(value.value, -0);
  }
}
function sameNumber(a, b3) {
  if (typeof a === "bigint" && typeof b3 === "bigint") return a === b3;
  if (typeof a === "number" && typeof b3 === "number") return a === b3;
  const int = typeof a === "bigint" ? a : b3;
  const float = typeof a === "number" ? a : b3;
  return Number.isInteger(float) && BigInt(float) === int;
}
function sameDefault(previous, current) {
  if (previous.kind === "bytes" || current.kind === "bytes") {
    return previous.kind === "bytes" && current.kind === "bytes" && previous.bytes === current.bytes;
  }
  const prevNaN = previous.kind === "float" && Number.isNaN(previous.value);
  const curNaN = current.kind === "float" && Number.isNaN(current.value);
  if (prevNaN || curNaN) return prevNaN && curNaN;
  if (previous.kind === "float" && current.kind === "float" && previous.bits !== current.bits) {
    return Math.fround(previous.value) === Math.fround(current.value);
  }
  return sameNumber(previous.value, current.value);
}
function hasExplicitDefault(field) {
  return isFieldSet(field.proto, FieldDescriptorProtoSchema.field.defaultValue);
}
var C_ESCAPES = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "	": "\\t" };
function quoteString(text) {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const escape = C_ESCAPES[ch];
    if (escape !== void 0) out += escape;
    else if (code < 32 || code === 127) out += `\\${code.toString(8).padStart(3, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}
function writtenDefault(field) {
  const text = field.proto.defaultValue;
  if (field.typeKind === "string") return quoteString(text);
  if (field.typeKind === "bytes") return `"${text}"`;
  return text;
}
var INTEGER_RANGES = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  sint32: [-(2n ** 31n), 2n ** 31n - 1n],
  sfixed32: [-(2n ** 31n), 2n ** 31n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  fixed32: [0n, 2n ** 32n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  sint64: [-(2n ** 63n), 2n ** 63n - 1n],
  sfixed64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
  fixed64: [0n, 2n ** 64n - 1n]
};
function wholeNumber(value) {
  if (value.kind === "integer") return value.value;
  if (value.kind === "float" && Number.isInteger(value.value)) return BigInt(value.value);
  return void 0;
}
function defaultLiteralFor(previous, current) {
  const value = defaultOf(previous);
  const explicit = hasExplicitDefault(previous);
  switch (current.typeKind) {
    case "string":
    case "bytes":
      if (value.kind !== "bytes") return void 0;
      return explicit ? writtenDefault(previous) : '""';
    case "float":
    case "double":
      if (value.kind === "bytes") return void 0;
      if (value.kind === "integer") return value.value.toString();
      return explicit ? previous.proto.defaultValue : "0";
    case "bool": {
      const n = value.kind === "bytes" ? void 0 : wholeNumber(value);
      return n === 0n ? "false" : n === 1n ? "true" : void 0;
    }
    case "enum": {
      const n = value.kind === "bytes" ? void 0 : wholeNumber(value);
      return current.enumType?.values.find((v2) => BigInt(v2.number) === n)?.name;
    }
    default: {
      const range = INTEGER_RANGES[current.typeKind];
      const n = value.kind === "bytes" ? void 0 : wholeNumber(value);
      if (range === void 0 || n === void 0 || n < range[0] || n > range[1]) return void 0;
      return n.toString();
    }
  }
}

// rules/field-same-default.ts
var DEFAULT_VALUE = 7;
function mayDeclareDefault(field) {
  return field.file.syntax === "proto2" || field.file.syntax === "editions" && field.hasPresence;
}
function restore2(previous, current, before) {
  if (hasExplicitDefault(current)) {
    const first = current.enumType?.values[0];
    const fallsBack = current.typeKind === "enum" ? first !== void 0 && before.kind === "integer" && before.value === BigInt(first.number) : isZeroDefault(before);
    if (fallsBack) return removeFieldOption(`default = ${writtenDefault(current)}`);
  }
  if (!mayDeclareDefault(current)) return void 0;
  const literal2 = defaultLiteralFor(previous, current);
  return literal2 === void 0 ? void 0 : setFieldOption(`default = ${literal2}`);
}
var field_same_default_default = defineRule({
  id: "FIELD_SAME_DEFAULT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Fields may not change their default value.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (!canHaveDefault(previous) || !canHaveDefault(current)) continue;
      const before = defaultOf(previous);
      const after = defaultOf(current);
      if (isZeroDefault(before) && isZeroDefault(after)) continue;
      if (sameDefault(before, after)) continue;
      const fix = restore2(previous, current, before);
      report({
        message: `${fieldSubject(current)} changed default value from ${before.shown} to ${after.shown}.`,
        current: at(current, [DEFAULT_VALUE]),
        previous: at(previous, [DEFAULT_VALUE]),
        fix: fix === void 0 ? void 0 : addFieldInstead(fix)
      });
    }
  }
});

// rules/field-same-java-utf8-validation.ts
var JAVA_STRING_CHECK_UTF8 = [8, 27];
function where2(field) {
  const feature = featureSubPath(field, JAVA_FEATURES, JAVA_UTF8_VALIDATION_FIELD);
  const onField = feature === void 0 ? at(field) : at(field, feature);
  return firstOf(at(field.file, JAVA_STRING_CHECK_UTF8), onField);
}
function restore3(current, before) {
  const options = current.file.proto.options;
  const fileOption = options !== void 0 && isFieldSet(options, FileOptionsSchema.field.javaStringCheckUtf8);
  const standard = current.features.utf8Validation;
  if (before === FeatureSet_Utf8Validation.NONE && standard === FeatureSet_Utf8Validation.VERIFY) return void 0;
  if (current.file.syntax !== "editions" || fileOption) {
    const own2 = fileOption ? String(options.javaStringCheckUtf8) : void 0;
    const value2 = before === FeatureSet_Utf8Validation.VERIFY ? "true" : "false";
    return restoreOptionStatement("the file", "java_string_check_utf8", value2, own2, "false");
  }
  const setting = javaUtf8ValidationSetting(current);
  const own = setting.own === void 0 ? void 0 : JavaFeatures_Utf8Validation[setting.own];
  const value = before === FeatureSet_Utf8Validation.VERIFY ? "VERIFY" : "DEFAULT";
  return restoreFieldSetting("features.(pb.java).utf8_validation", value, own, JavaFeatures_Utf8Validation[setting.inherited]);
}
var field_same_java_utf8_validation_default = defineRule({
  id: "FIELD_SAME_JAVA_UTF8_VALIDATION",
  categories: ["FILE", "PACKAGE"],
  summary: "String fields may not change whether Java checks them for valid UTF-8.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (previous.typeKind !== "string" || current.typeKind !== "string") continue;
      const before = javaUtf8Validation(previous);
      const after = javaUtf8Validation(current);
      if (before === after) continue;
      const fix = restore3(current, before);
      report({
        message: `${fieldSubject(current)} changed Java UTF-8 validation from "${FeatureSet_Utf8Validation[before]}" to "${FeatureSet_Utf8Validation[after]}".`,
        current: where2(current),
        previous: where2(previous),
        fix: fix === void 0 ? void 0 : addFieldInstead(fix)
      });
    }
  }
});

// rules/field-same-json-name.ts
var field_same_json_name_default = defineRule({
  id: "FIELD_SAME_JSON_NAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Fields may not change their JSON name, explicit or derived from the field name.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.fields) {
      if (previous.jsonName === current.jsonName) continue;
      report({
        message: `${fieldSubject(current)} changed JSON name from "${previous.jsonName}" to "${current.jsonName}".`,
        current: at(current, [10]),
        previous: at(previous, [10]),
        fix: `set \`json_name = "${previous.jsonName}"\` in the field's options to keep its JSON name`
      });
    }
  }
});

// rules/field-same-jstype.ts
var JSTYPE = [8, 6];
function is64BitInteger(field) {
  switch (field.typeKind) {
    case "int64":
    case "uint64":
    case "sint64":
    case "fixed64":
    case "sfixed64":
      return true;
    default:
      return false;
  }
}
function jstypeName(field) {
  const value = field.proto.options?.jstype ?? FieldOptions_JSType.JS_NORMAL;
  return FieldOptions_JSType[value] ?? String(value);
}
function ownJstype(field) {
  const options = field.proto.options;
  return options !== void 0 && isFieldSet(options, FieldOptionsSchema.field.jstype) ? jstypeName(field) : void 0;
}
var field_same_jstype_default = defineRule({
  id: "FIELD_SAME_JSTYPE",
  categories: ["FILE", "PACKAGE"],
  summary: "Fields of a 64-bit integer type may not change their jstype option.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (!is64BitInteger(previous) || !is64BitInteger(current)) continue;
      const before = jstypeName(previous);
      const after = jstypeName(current);
      if (before === after) continue;
      report({
        message: `${fieldSubject(current)} changed option "jstype" from "${before}" to "${after}".`,
        current: at(current, JSTYPE),
        previous: at(previous, JSTYPE),
        fix: addFieldInstead(restoreFieldSetting("jstype", before, ownJstype(current), "JS_NORMAL"))
      });
    }
  }
});

// rules/field-same-name.ts
var field_same_name_default = defineRule({
  id: "FIELD_SAME_NAME",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Fields may not be renamed.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      const before = previous.isExtension ? previous.fullName : previous.name;
      const after = current.isExtension ? current.fullName : current.name;
      if (before === after) continue;
      report({
        message: `${fieldSubject(current, false)} changed name from "${before}" to "${after}".`,
        current: at(current, [1]),
        previous: at(previous, [1]),
        fix: `restore the name "${before}"; to rename, add a field with the new name and a new number, and deprecate this one`
      });
    }
  }
});

// rules/field-same-oneof.ts
function renamedOneof(previous, current) {
  const before = previous.oneof;
  const after = current.oneof;
  if (before === void 0 || after === void 0) return false;
  if (previous.parent?.oneofs.some((o2) => o2.name === after.name) === true) return false;
  if (current.parent?.oneofs.some((o2) => o2.name === before.name) === true) return false;
  return before.fields.every((f3) => after.fields.some((g2) => g2.number === f3.number));
}
function labelOutsideOneof(previous, current) {
  if (current.file.syntax === "proto2") return previous.label === "required" ? "required" : "optional";
  if (current.file.syntax === "proto3" && previous.proto.proto3Optional === true) return "optional";
  return void 0;
}
function restoreOneof(previous, current) {
  const before = previous.oneof?.name;
  const after = current.oneof?.name;
  if (before !== void 0 && after !== void 0 && renamedOneof(previous, current)) {
    return `rename oneof "${after}" back to "${before}"`;
  }
  let move = moveBackToOneof(after, before);
  const label = before === void 0 ? labelOutsideOneof(previous, current) : void 0;
  if (label !== void 0) move += `, with the \`${label}\` label`;
  return addFieldInstead(move);
}
var field_same_oneof_default = defineRule({
  id: "FIELD_SAME_ONEOF",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Fields may not move into, out of, or between oneofs.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.fields) {
      const before = previous.oneof?.name;
      const after = current.oneof?.name;
      if (before === after) continue;
      let change;
      if (before !== void 0 && after !== void 0) change = `moved from oneof "${before}" to oneof "${after}"`;
      else if (after !== void 0) change = `moved into oneof "${after}"`;
      else change = `moved out of oneof "${before ?? ""}"`;
      report({
        message: `${fieldSubject(current)} ${change}.`,
        current: at(current),
        previous: at(previous),
        fix: restoreOneof(previous, current)
      });
    }
  }
});

// rules/field-same-type.ts
var field_same_type_default = defineRule({
  id: "FIELD_SAME_TYPE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Fields may not change type.",
  check(comparison, context) {
    checkFieldTypes(comparison, context, "same");
  }
});

// rules/field-same-utf8-validation.ts
function restore4(previous, current, before) {
  if (current.file.syntax !== "editions") return restoreSyntax(previous.file, current.file);
  const mapField = mapFieldOf(current);
  const holder = mapField ?? current;
  const own = holder.proto.options?.features?.utf8Validation || void 0;
  const inherited = (holder.parent ?? holder.file).features.utf8Validation;
  return addFieldInstead(
    restoreFieldSetting(
      "features.utf8_validation",
      FeatureSet_Utf8Validation[before],
      own === void 0 ? void 0 : FeatureSet_Utf8Validation[own],
      FeatureSet_Utf8Validation[inherited],
      mapField === void 0 ? "the field's" : "the map field's"
    )
  );
}
var field_same_utf8_validation_default = defineRule({
  id: "FIELD_SAME_UTF8_VALIDATION",
  categories: ["FILE", "PACKAGE"],
  summary: "String fields may not change their UTF-8 validation.",
  check(comparison, { report }) {
    for (const { previous, current } of fieldPairsWithExtensions(comparison)) {
      if (previous.typeKind !== "string" || current.typeKind !== "string") continue;
      const before = previous.features.utf8Validation;
      const after = current.features.utf8Validation;
      if (before === after) continue;
      report({
        message: `${fieldSubject(current)} changed UTF-8 validation from "${FeatureSet_Utf8Validation[before]}" to "${FeatureSet_Utf8Validation[after]}".`,
        current: atFeature(current, FEATURE.utf8Validation),
        previous: atFeature(previous, FEATURE.utf8Validation),
        fix: restore4(previous, current, before)
      });
    }
  }
});

// rules/field-wire-compatible-cardinality.ts
var field_wire_compatible_cardinality_default = defineRule({
  id: "FIELD_WIRE_COMPATIBLE_CARDINALITY",
  categories: ["WIRE"],
  summary: "Fields may only change to a cardinality with the same binary encoding.",
  check(comparison, context) {
    checkCardinality(comparison, context, "wire");
  }
});

// rules/field-wire-compatible-type.ts
var field_wire_compatible_type_default = defineRule({
  id: "FIELD_WIRE_COMPATIBLE_TYPE",
  categories: ["WIRE"],
  summary: "Fields may only change to a type with the same binary encoding.",
  check(comparison, context) {
    checkFieldTypes(comparison, context, "wire");
  }
});

// rules/field-wire-json-compatible-cardinality.ts
var field_wire_json_compatible_cardinality_default = defineRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Fields may only change to a cardinality with the same binary and JSON encodings.",
  check(comparison, context) {
    checkCardinality(comparison, context, "wire-json");
  }
});

// rules/field-wire-json-compatible-type.ts
var field_wire_json_compatible_type_default = defineRule({
  id: "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
  categories: ["WIRE_JSON", "CSR"],
  summary: "Fields may only change to a type with the same binary and JSON encodings.",
  check(comparison, context) {
    checkFieldTypes(comparison, context, "wire-json");
  }
});

// rules/file-no-delete.ts
function restore5(comparison, file) {
  if (file.isImport) return void 0;
  const current = comparison.current;
  const extensions = new Set(current.files.flatMap((f3) => f3.extensions.map((x3) => x3.fullName)));
  const names2 = [
    ...file.messages.filter((m2) => !m2.isMapEntry).map((m2) => current.messagesByName.has(m2.fullName)),
    ...file.enums.map((e) => current.enumsByName.has(e.fullName)),
    ...file.services.map((s) => current.servicesByName.has(s.fullName)),
    ...file.extensions.map((x3) => extensions.has(x3.fullName))
  ];
  if (names2.length > 0 && names2.every((found) => found)) {
    return `move what it declared back to "${file.path}": generated code follows the file each type is declared in`;
  }
  return `restore "${file.path}"; to retire what it declares, deprecate it and keep the file, even if it ends up empty`;
}
var file_no_delete_default = defineRule({
  id: "FILE_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Files may not be deleted.",
  check(comparison, { report }) {
    for (const file of comparison.deletedFiles) {
      report({
        message: file.isImport ? `Imported file "${file.path}" is no longer part of the schema: no current file imports it.` : `File "${file.path}" was deleted.`,
        current: null,
        previous: at(file),
        fix: restore5(comparison, file)
      });
    }
  }
});

// rules/util/file-option.ts
var FILE_OPTIONS = 8;
function optionValue(file, field, defaultValue) {
  const options = file.proto.options;
  if (options === void 0 || !isFieldSet(options, field)) return { text: String(defaultValue), isSet: false };
  const value = reflect(FileOptionsSchema, options).get(field);
  if (field.fieldKind === "enum" && typeof value === "number") {
    const name = field.enum.values.find((v2) => v2.number === value)?.name;
    return { text: name ?? String(value), isSet: true };
  }
  return { text: String(value), isSet: true };
}
function restore6(option, field, previous) {
  if (!previous.isSet) return `remove \`option ${option}\`: the previous version did not set it`;
  const literal2 = field.fieldKind === "scalar" && field.scalar === ScalarType.STRING ? JSON.stringify(previous.text) : previous.text;
  return `restore \`option ${option} = ${literal2};\``;
}
function show(value) {
  return value.isSet ? JSON.stringify(value.text) : `${JSON.stringify(value.text)} (unset)`;
}
function fileOptionRule(spec) {
  const field = FileOptionsSchema.fields.find((f3) => f3.number === spec.fieldNumber);
  if (field === void 0 || field.name !== spec.option) {
    throw new Error(`google.protobuf.FileOptions has no field ${spec.fieldNumber} named "${spec.option}".`);
  }
  const path = [FILE_OPTIONS, spec.fieldNumber];
  return defineRule({
    id: spec.id,
    categories: spec.categories,
    summary: `Files may not change the value of option "${spec.option}".`,
    check(comparison, { report }) {
      for (const pair of comparison.files) {
        const previous = optionValue(pair.previous, field, spec.defaultValue);
        const current = optionValue(pair.current, field, spec.defaultValue);
        if (previous.text === current.text) continue;
        report({
          message: `File "${pair.current.path}" changed option "${spec.option}" from ${show(previous)} to ${show(current)}.`,
          current: at(pair.current, path),
          previous: at(pair.previous, path),
          fix: restore6(spec.option, field, previous)
        });
      }
    }
  });
}

// rules/file-same-cc-enable-arenas.ts
var file_same_cc_enable_arenas_default = fileOptionRule({
  id: "FILE_SAME_CC_ENABLE_ARENAS",
  categories: ["FILE", "PACKAGE"],
  option: "cc_enable_arenas",
  fieldNumber: 31,
  defaultValue: true
});

// rules/file-same-cc-generic-services.ts
var file_same_cc_generic_services_default = fileOptionRule({
  id: "FILE_SAME_CC_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "cc_generic_services",
  fieldNumber: 16,
  defaultValue: false
});

// rules/file-same-csharp-namespace.ts
var file_same_csharp_namespace_default = fileOptionRule({
  id: "FILE_SAME_CSHARP_NAMESPACE",
  categories: ["FILE", "PACKAGE"],
  option: "csharp_namespace",
  fieldNumber: 37,
  defaultValue: ""
});

// rules/file-same-go-package.ts
var file_same_go_package_default = fileOptionRule({
  id: "FILE_SAME_GO_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "go_package",
  fieldNumber: 11,
  defaultValue: ""
});

// rules/file-same-java-generic-services.ts
var file_same_java_generic_services_default = fileOptionRule({
  id: "FILE_SAME_JAVA_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "java_generic_services",
  fieldNumber: 17,
  defaultValue: false
});

// rules/file-same-java-multiple-files.ts
var file_same_java_multiple_files_default = fileOptionRule({
  id: "FILE_SAME_JAVA_MULTIPLE_FILES",
  categories: ["FILE", "PACKAGE"],
  option: "java_multiple_files",
  fieldNumber: 10,
  defaultValue: false
});

// rules/file-same-java-outer-classname.ts
var file_same_java_outer_classname_default = fileOptionRule({
  id: "FILE_SAME_JAVA_OUTER_CLASSNAME",
  categories: ["FILE", "PACKAGE"],
  option: "java_outer_classname",
  fieldNumber: 8,
  defaultValue: ""
});

// rules/file-same-java-package.ts
var file_same_java_package_default = fileOptionRule({
  id: "FILE_SAME_JAVA_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "java_package",
  fieldNumber: 1,
  defaultValue: ""
});

// rules/file-same-objc-class-prefix.ts
var file_same_objc_class_prefix_default = fileOptionRule({
  id: "FILE_SAME_OBJC_CLASS_PREFIX",
  categories: ["FILE", "PACKAGE"],
  option: "objc_class_prefix",
  fieldNumber: 36,
  defaultValue: ""
});

// rules/file-same-optimize-for.ts
var file_same_optimize_for_default = fileOptionRule({
  id: "FILE_SAME_OPTIMIZE_FOR",
  categories: ["FILE", "PACKAGE"],
  option: "optimize_for",
  fieldNumber: 9,
  defaultValue: "SPEED"
});

// rules/file-same-package.ts
var PACKAGE = [2];
function show2(pkg) {
  return pkg === "" ? `"" (no package)` : JSON.stringify(pkg);
}
function restore7(previous, current) {
  if (previous === "") return `remove \`package ${current};\`: the file had no package`;
  const back = `restore \`package ${previous};\``;
  if (current === "") return back;
  return `${back}; for package ${current}, add new files and keep this one until every client has moved`;
}
var file_same_package_default = defineRule({
  id: "FILE_SAME_PACKAGE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Files may not change, add or remove their package.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      if (pair.previous.package === pair.current.package) continue;
      report({
        message: `File "${pair.current.path}" changed package from ${show2(pair.previous.package)} to ${show2(pair.current.package)}.`,
        current: at(pair.current, PACKAGE),
        previous: at(pair.previous, PACKAGE),
        fix: restore7(pair.previous.package, pair.current.package)
      });
    }
  }
});

// rules/file-same-php-class-prefix.ts
var file_same_php_class_prefix_default = fileOptionRule({
  id: "FILE_SAME_PHP_CLASS_PREFIX",
  categories: ["FILE", "PACKAGE"],
  option: "php_class_prefix",
  fieldNumber: 40,
  defaultValue: ""
});

// rules/file-same-php-metadata-namespace.ts
var file_same_php_metadata_namespace_default = fileOptionRule({
  id: "FILE_SAME_PHP_METADATA_NAMESPACE",
  categories: ["FILE", "PACKAGE"],
  option: "php_metadata_namespace",
  fieldNumber: 44,
  defaultValue: ""
});

// rules/file-same-php-namespace.ts
var file_same_php_namespace_default = fileOptionRule({
  id: "FILE_SAME_PHP_NAMESPACE",
  categories: ["FILE", "PACKAGE"],
  option: "php_namespace",
  fieldNumber: 41,
  defaultValue: ""
});

// rules/file-same-py-generic-services.ts
var file_same_py_generic_services_default = fileOptionRule({
  id: "FILE_SAME_PY_GENERIC_SERVICES",
  categories: ["FILE", "PACKAGE"],
  option: "py_generic_services",
  fieldNumber: 18,
  defaultValue: false
});

// rules/file-same-ruby-package.ts
var file_same_ruby_package_default = fileOptionRule({
  id: "FILE_SAME_RUBY_PACKAGE",
  categories: ["FILE", "PACKAGE"],
  option: "ruby_package",
  fieldNumber: 45,
  defaultValue: ""
});

// rules/file-same-swift-prefix.ts
var file_same_swift_prefix_default = fileOptionRule({
  id: "FILE_SAME_SWIFT_PREFIX",
  categories: ["FILE", "PACKAGE"],
  option: "swift_prefix",
  fieldNumber: 39,
  defaultValue: ""
});

// rules/file-same-syntax.ts
var SYNTAX = [12];
var file_same_syntax_default = defineRule({
  id: "FILE_SAME_SYNTAX",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Files may not switch between proto2, proto3 and editions.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      if (pair.previous.syntax === pair.current.syntax) continue;
      report({
        message: `File "${pair.current.path}" changed syntax from "${pair.previous.syntax}" to "${pair.current.syntax}".`,
        current: at(pair.current, SYNTAX),
        previous: at(pair.previous, SYNTAX),
        fix: `restore \`${syntaxStatement(pair.previous)}\`; write new files in the new syntax instead`
      });
    }
  }
});

// rules/message-no-delete.ts
var message_no_delete_default = defineRule({
  id: "MESSAGE_NO_DELETE",
  categories: ["FILE", "CSR"],
  summary: "Messages may not be deleted from a file.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const message2 of pair.deletedMessages) {
        const kind = message2.isMapEntry ? "Map entry message" : "Message";
        report({
          message: `${kind} "${message2.name}" was deleted from ${declaredIn(pair.previous, message2.parent)}.`,
          current: whereInFile(pair, message2.parent),
          previous: at(message2),
          fix: typeDeletionFix(comparison, message2, "message")
        });
      }
    }
  }
});

// rules/message-no-remove-standard-descriptor-accessor.ts
var NO_STANDARD_DESCRIPTOR_ACCESSOR = [7, 2];
function noAccessor(message2) {
  return message2.proto.options?.noStandardDescriptorAccessor === true;
}
function restore8(previous, current) {
  const options = previous.proto.options;
  const field = MessageOptionsSchema.field.noStandardDescriptorAccessor;
  const wroteFalse = options !== void 0 && isFieldSet(options, field);
  const where3 = `message ${current.name}`;
  return restoreOptionStatement(where3, field.name, "false", "true", wroteFalse ? void 0 : "false");
}
var message_no_remove_standard_descriptor_accessor_default = defineRule({
  id: "MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Messages may not turn on no_standard_descriptor_accessor.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      if (noAccessor(previous) || !noAccessor(current)) continue;
      report({
        message: `Message ${current.fullName} changed option "no_standard_descriptor_accessor" from "false" to "true".`,
        current: at(current, NO_STANDARD_DESCRIPTOR_ACCESSOR),
        previous: at(previous, NO_STANDARD_DESCRIPTOR_ACCESSOR),
        fix: restore8(previous, current)
      });
    }
  }
});

// rules/message-same-json-format.ts
var message_same_json_format_default = defineRule({
  id: "MESSAGE_SAME_JSON_FORMAT",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "CSR"],
  summary: "Messages may not lose full JSON support (json_format ALLOW).",
  check(comparison, context) {
    checkJsonFormat(comparison, context, "message");
  }
});

// rules/message-same-required-fields.ts
function writesRequired(message2) {
  return message2.file.syntax === "proto2";
}
function relaxFix(previous) {
  if (previous?.label === "repeated") return "restore the `repeated` label";
  const optional = previous === void 0 ? "declare it `optional`" : "restore the `optional` label";
  return `${optional} and check for presence in application code instead`;
}
var message_same_required_fields_default = defineRule({
  id: "MESSAGE_SAME_REQUIRED_FIELDS",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Messages may not gain or lose required fields.",
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      const name = pair.current.fullName;
      for (const previous of pair.previous.fields) {
        if (previous.label !== "required") continue;
        const current = pair.current.fieldsByNumber.get(previous.number);
        if (current?.label === "required") continue;
        report({
          message: current === void 0 ? `Required field ${previous.number} "${previous.name}" was deleted from message ${name}.` : `Field ${current.number} "${current.name}" on message ${name} is no longer required.`,
          current: at(pair.current),
          previous: at(previous),
          fix: !writesRequired(pair.current) ? void 0 : current === void 0 ? `restore required field ${previous.number} "${previous.name}"` : `restore the \`required\` label of field ${current.number} "${current.name}"`
        });
      }
      for (const current of pair.current.fields) {
        if (current.label !== "required") continue;
        const previous = pair.previous.fieldsByNumber.get(current.number);
        if (previous?.label === "required") continue;
        report({
          message: previous === void 0 ? `Required field ${current.number} "${current.name}" was added to message ${name}.` : `Field ${current.number} "${current.name}" on message ${name} became required.`,
          current: at(current),
          previous: at(previous ?? pair.previous),
          fix: relaxFix(previous)
        });
      }
    }
  }
});

// rules/oneof-no-delete.ts
function restore9(pair, oneof) {
  const numbers = oneof.fields.map((f3) => f3.number);
  const holders = new Set(numbers.map((n) => pair.current.fieldsByNumber.get(n)?.oneof));
  const [holder] = holders;
  if (holders.size === 1 && holder !== void 0 && !pair.previous.oneofs.some((o2) => o2.name === holder.name)) {
    return `rename oneof "${holder.name}" back to "${oneof.name}"`;
  }
  const names2 = oneof.fields.map((f3) => quotedNames([f3.name]));
  const fields = names2.length === 1 ? "field" : "fields";
  return `restore oneof "${oneof.name}" with its ${fields} ${andList(names2)}; deprecate fields instead of deleting the oneof`;
}
var oneof_no_delete_default = defineRule({
  id: "ONEOF_NO_DELETE",
  categories: ["FILE", "PACKAGE", "CSR"],
  summary: "Oneofs may not be deleted from a message.",
  check(comparison, { report }) {
    for (const pair of comparison.messages) {
      for (const oneof of pair.deletedOneofs) {
        report({
          message: `Oneof "${oneof.name}" was deleted from message ${pair.current.fullName}.`,
          current: at(pair.current),
          previous: at(oneof),
          fix: restore9(pair, oneof)
        });
      }
    }
  }
});

// rules/package-enum-no-delete.ts
var package_enum_no_delete_default = defineRule({
  id: "PACKAGE_ENUM_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Enums may not be deleted from a package.",
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "enums")) continue;
      for (const en2 of pkg.deletedEnums) {
        report({
          message: `Enum "${packageRelativeName(en2)}" was deleted from ${packagePhrase(pkg.name)} (it was in file "${en2.file.path}").`,
          current: whereInPackage(files, en2.file, (pair) => pair.survivingParent(en2.parent)),
          previous: at(en2),
          fix: packageTypeDeletionFix(en2)
        });
      }
    }
  }
});

// rules/package-extension-no-delete.ts
var package_extension_no_delete_default = defineRule({
  id: "PACKAGE_EXTENSION_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Extensions may not be deleted from a package.",
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "extensions")) continue;
      for (const extension of pkg.deletedExtensions) {
        const scope = extension.parent ? ` declared in message ${extension.parent.fullName}` : "";
        const renamedTo = extensionRenamedTo(comparison, extension);
        const note = renamedTo === void 0 ? "" : `; renamed to "${renamedTo}"`;
        report({
          message: `${describeExtension(extension)}${scope} was deleted from ${packagePhrase(pkg.name)} (it was in file "${extension.file.path}"${note}).`,
          current: whereInPackage(files, extension.file, (pair) => pair.survivingParent(extension.parent)),
          previous: at(extension),
          fix: extensionDeletionFix(comparison, extension, false)
        });
      }
    }
  }
});

// rules/package-message-no-delete.ts
var package_message_no_delete_default = defineRule({
  id: "PACKAGE_MESSAGE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Messages may not be deleted from a package.",
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      if (!packageStillHas(pkg, "messages")) continue;
      for (const message2 of pkg.deletedMessages) {
        const kind = message2.isMapEntry ? "Map entry message" : "Message";
        report({
          message: `${kind} "${packageRelativeName(message2)}" was deleted from ${packagePhrase(pkg.name)} (it was in file "${message2.file.path}").`,
          current: whereInPackage(files, message2.file, () => pkg.survivingParent(message2.parent)),
          previous: at(message2),
          fix: packageTypeDeletionFix(message2)
        });
      }
    }
  }
});

// rules/package-no-delete.ts
function pathList(paths3) {
  const quoted = paths3.map((p2) => `"${p2}"`);
  if (quoted.length <= 3) return andList(quoted);
  const rest = quoted.length - 3;
  return andList([...quoted.slice(0, 3), `${rest} other ${rest === 1 ? "file" : "files"}`]);
}
function restore10(comparison, name, files) {
  const own = files.filter((f3) => !f3.isImport);
  if (own.length === 0) return void 0;
  const kept = own.filter((f3) => comparison.current.filesByPath.has(f3.path));
  const paths3 = pathList((kept.length > 0 ? kept : own).map((f3) => f3.path).sort());
  if (name === "") return kept.length > 0 ? `remove the \`package\` statement from ${paths3}` : `restore ${paths3}`;
  const back = kept.length > 0 ? `restore \`package ${name};\` in ${paths3}` : `restore ${paths3}`;
  return `${back}; add a new version as a new package next to it, and keep this one until every client has moved`;
}
var package_no_delete_default = defineRule({
  id: "PACKAGE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Packages may not be deleted.",
  check(comparison, { report }) {
    for (const pkg of comparison.deletedPackages) {
      const first = [...pkg.previous].sort((a, b3) => a.path < b3.path ? -1 : a.path > b3.path ? 1 : 0)[0];
      if (first === void 0) continue;
      report({
        message: pkg.name === "" ? "The empty package was deleted: every current file declares a package." : `Package ${pkg.name} was deleted: no current file declares it.`,
        current: null,
        previous: atFile(first),
        fix: restore10(comparison, pkg.name, pkg.previous)
      });
    }
  }
});

// src/versioning/version.ts
var INT32_MAX2 = 2 ** 31 - 1;
function positive(s, min) {
  if (!/^[+-]?\d+$/.test(s)) return void 0;
  const n = Number(s);
  if (n > INT32_MAX2 || n < -INT32_MAX2 - 1) return void 0;
  return n >= min ? n : void 0;
}
function majorPatch(s, minMajor) {
  const p2 = s.indexOf("p");
  if (p2 < 0) {
    const major2 = positive(s, minMajor);
    return major2 === void 0 ? void 0 : [major2, 0];
  }
  const major = positive(s.slice(0, p2), minMajor);
  const patch = positive(s.slice(p2 + 1), 1);
  return major === void 0 || patch === void 0 ? void 0 : [major, patch];
}
function packageVersion(pkg, options = {}) {
  const parts = pkg.split(".");
  if (pkg === "" || parts.length < 2) return void 0;
  return parseVersion(parts[parts.length - 1], options);
}
function parseVersion(component, options = {}) {
  if (component.length < 2 || component[0] !== "v") return void 0;
  const minMajor = options.allowV0 === true ? 0 : 1;
  const rest = component.slice(1);
  const test = rest.indexOf("test");
  if (test >= 0) {
    const major = positive(rest.slice(0, test), minMajor);
    if (major === void 0) return void 0;
    return { major, stability: "test", minor: 0, patch: 0, suffix: rest.slice(test + 4) };
  }
  const alpha = rest.includes("alpha");
  const beta = rest.includes("beta");
  if (alpha && beta) return void 0;
  if (!alpha && !beta) {
    const major = positive(rest, minMajor);
    return major === void 0 ? void 0 : { major, stability: "stable", minor: 0, patch: 0, suffix: "" };
  }
  const stability = alpha ? "alpha" : "beta";
  const at3 = rest.indexOf(stability);
  const after = rest.slice(at3 + stability.length);
  let minor = 0;
  if (after !== "") {
    const n = positive(after, 1);
    if (n === void 0) return void 0;
    minor = n;
  }
  const mp = majorPatch(rest.slice(0, at3), minMajor);
  if (mp === void 0) return void 0;
  return { major: mp[0], stability, minor, patch: mp[1], suffix: "" };
}
function formatVersion(v2) {
  let s = `v${v2.major}`;
  if (v2.patch > 0) s += `p${v2.patch}`;
  if (v2.stability !== "stable") s += v2.stability;
  if (v2.minor > 0) s += String(v2.minor);
  return s + v2.suffix;
}
function isUnstable(pkg) {
  const v2 = packageVersion(pkg);
  return v2 !== void 0 && v2.stability !== "stable";
}
function hasVersionSuffix(pkg, grammar) {
  if (packageVersion(pkg, { allowV0: grammar.allowV0 }) !== void 0) return true;
  const parts = pkg.split(".");
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1];
  return grammar.versionPatterns.some((re2) => re2.test(last));
}
var RANK = { test: 0, alpha: 1, beta: 2, stable: 3 };
function compareVersions(a, b3) {
  return a.major - b3.major || RANK[a.stability] - RANK[b3.stability] || a.patch - b3.patch || a.minor - b3.minor;
}
function versionPlace(pkg, grammar) {
  if (pkg === "") return void 0;
  const parts = pkg.split(".");
  for (let i = parts.length - 1; i >= 1; i--) {
    const component = parts[i];
    const version = parseVersion(component, { allowV0: grammar.allowV0 });
    if (version !== void 0) return { index: i, component, version };
    if (grammar.versionPatterns.some((p2) => p2.test(component))) return { index: i, component, version: void 0 };
  }
  return void 0;
}
function withVersion(pkg, place2, component) {
  const parts = pkg.split(".");
  parts[place2.index] = component;
  return parts.join(".");
}
function familyName(pkg, grammar) {
  const place2 = versionPlace(pkg, grammar);
  if (place2 === void 0) return pkg;
  return pkg.split(".").filter((_3, i) => i !== place2.index).join(".");
}
function nextStableMajor(pkg, grammar) {
  const place2 = versionPlace(pkg, grammar);
  if (place2?.version === void 0 || place2.version.stability !== "stable") return void 0;
  return withVersion(pkg, place2, `v${place2.version.major + 1}`);
}
function withV1(pkg) {
  const dot = pkg.lastIndexOf(".");
  return dot > 0 && /^v\d/.test(pkg.slice(dot + 1)) ? `${pkg.slice(0, dot)}.v1` : `${pkg}.v1`;
}

// src/versioning/changes.ts
function byPath(a, b3) {
  return a.path < b3.path ? -1 : a.path > b3.path ? 1 : 0;
}
function ownFiles(files) {
  return files.filter((f3) => !f3.isImport).sort(byPath);
}
function downgrades(comparison, grammar) {
  const groups = /* @__PURE__ */ new Map();
  for (const { previous, current } of comparison.files) {
    if (current.isImport || previous.package === current.package) continue;
    if (familyName(previous.package, grammar) !== familyName(current.package, grammar)) continue;
    const before = versionPlace(previous.package, grammar)?.version;
    if (before === void 0) continue;
    const place2 = versionPlace(current.package, grammar);
    if (place2 !== void 0 && (place2.version === void 0 || compareVersions(place2.version, before) >= 0)) continue;
    const key = `${previous.package}\0${current.package}`;
    let group = groups.get(key);
    if (group === void 0) {
      group = { from: previous.package, to: current.package, before, after: place2?.version, files: [] };
      groups.set(key, group);
    }
    group.files.push({ previous, current });
  }
  return [...groups.values()].map((g2) => ({ ...g2, files: g2.files.sort((a, b3) => byPath(a.current, b3.current)) })).sort((a, b3) => byPath(a.files[0]?.current, b3.files[0]?.current));
}

// rules/package-no-new-unversioned.ts
var PACKAGE2 = [2];
var package_no_new_unversioned_default = defineRule({
  id: "PACKAGE_NO_NEW_UNVERSIONED",
  categories: ["VERSIONING"],
  origin: "protoguard",
  summary: "Packages this change introduces must carry a version such as v1, v1beta1 or v1alpha.",
  check(comparison, { report, settings }) {
    const moved = new Set(downgrades(comparison, settings).map((d2) => d2.to));
    for (const [name, files] of comparison.current.packages) {
      if (name === "" || comparison.previous.packages.has(name) || moved.has(name)) continue;
      if (versionPlace(name, settings) !== void 0) continue;
      const own = ownFiles(files);
      const first = own[0];
      if (first === void 0) continue;
      const where3 = own.length === 1 ? "its file" : `its ${own.length} files (the first shown here)`;
      report({
        message: `Package "${name}" is new in this change and has no version; ${where3} should declare "${withV1(name)}".`,
        current: at(first, PACKAGE2),
        fix: `declare \`package ${withV1(name)};\` in ${own.length === 1 ? "its file" : `its ${own.length} files`} before anything depends on ${name}`
      });
    }
  }
});

// rules/package-service-no-delete.ts
var package_service_no_delete_default = defineRule({
  id: "PACKAGE_SERVICE_NO_DELETE",
  categories: ["PACKAGE"],
  summary: "Services may not be deleted from a package.",
  check(comparison, { report }) {
    const files = filePairsByPath(comparison);
    for (const pkg of comparison.packages) {
      for (const service of pkg.deletedServices) {
        report({
          message: `Service "${service.name}" was deleted from ${packagePhrase(pkg.name)} (it was in file "${service.file.path}").`,
          current: whereInPackage(files, service.file, () => void 0),
          previous: at(service),
          fix: packageTypeDeletionFix(service)
        });
      }
    }
  }
});

// rules/package-version-no-downgrade.ts
var PACKAGE3 = [2];
var package_version_no_downgrade_default = defineRule({
  id: "PACKAGE_VERSION_NO_DOWNGRADE",
  categories: ["VERSIONING"],
  origin: "protoguard",
  summary: "Files may not move to a lower version of their package.",
  check(comparison, { report, settings }) {
    for (const d2 of downgrades(comparison, settings)) {
      const first = d2.files[0];
      if (first === void 0) continue;
      const was = formatVersion(d2.before);
      const files = d2.files.length === 1 ? `File "${first.current.path}"` : `${d2.files.length} files (the first "${first.current.path}")`;
      const how = d2.after === void 0 ? `to ${d2.to}, which has no version (${was} dropped)` : `down to ${d2.to} (${formatVersion(d2.after)} is older than ${was})`;
      const next = nextStableMajor(d2.from, settings);
      report({
        message: `${files} moved from package ${d2.from} ${how}.`,
        current: at(first.current, PACKAGE3),
        previous: at(first.previous, PACKAGE3),
        fix: `restore \`package ${d2.from};\`; ${next === void 0 ? `put what changes in a version newer than ${was}` : `put what changes in a new package ${next}`}`
      });
    }
  }
});

// rules/package-version-suffix.ts
var PACKAGE4 = [2];
var package_version_suffix_default = defineRule({
  id: "PACKAGE_VERSION_SUFFIX",
  categories: ["VERSIONING"],
  origin: "buf-lint",
  singleVersion: true,
  summary: "Packages must end in a version suffix such as v1, v1beta1 or v1alpha.",
  check(comparison, { report, settings }) {
    for (const file of comparison.current.files) {
      if (file.isImport || file.package === "" || hasVersionSuffix(file.package, settings)) continue;
      report({
        message: `Package "${file.package}" has no version suffix; use "${withV1(file.package)}".`,
        current: at(file, PACKAGE4)
      });
    }
  }
});

// rules/reserved-enum-no-delete.ts
var reserved_enum_no_delete_default = defineRule({
  id: "RESERVED_ENUM_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from an enum.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.enums) {
      const name = current.fullName;
      const where3 = `enum ${current.name}`;
      const values = current.values.map((v2) => ({ kind: "value", number: v2.number, name: v2.name }));
      for (const loss of rangeLosses(enumReservedRanges(previous), enumReservedRanges(current))) {
        const taken = values.filter((v2) => inRanges(v2.number, loss.missing));
        report({
          message: describeRangeLoss("Reserved", "enum", name, loss, ENUM_MAX_NUMBER),
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("reserved", loss.missing, ENUM_MAX_NUMBER), where3, taken, "number")
        });
      }
      for (const lost of lostNames(previous.proto.reservedName, current.proto.reservedName)) {
        const taken = values.filter((v2) => v2.name === lost);
        report({
          message: describeNameLoss("enum", name, lost),
          current: at(current),
          previous: at(previous),
          fix: addStatement(reservedStatements(current.file, [], [lost]), where3, taken, "name")
        });
      }
    }
  }
});

// rules/reserved-message-no-delete.ts
var reserved_message_no_delete_default = defineRule({
  id: "RESERVED_MESSAGE_NO_DELETE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "Reserved ranges and names may not be deleted from a message.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.messages) {
      const name = current.fullName;
      const where3 = `message ${current.name}`;
      const max = messageMaxNumber(current);
      const fields = current.fields.map((f3) => ({ kind: "field", number: f3.number, name: f3.name }));
      for (const loss of rangeLosses(messageReservedRanges(previous), messageReservedRanges(current))) {
        const taken = fields.filter((f3) => inRanges(f3.number, loss.missing));
        report({
          message: describeRangeLoss("Reserved", "message", name, loss, max),
          current: at(current),
          previous: at(previous),
          fix: addStatement(rangeStatement("reserved", loss.missing, max), where3, taken, "number")
        });
      }
      for (const lost of lostNames(previous.proto.reservedName, current.proto.reservedName)) {
        const taken = fields.filter((f3) => f3.name === lost);
        report({
          message: describeNameLoss("message", name, lost),
          current: at(current),
          previous: at(previous),
          fix: addStatement(reservedStatements(current.file, [], [lost]), where3, taken, "name")
        });
      }
    }
  }
});

// rules/rpc-no-delete.ts
var rpc_no_delete_default = defineRule({
  id: "RPC_NO_DELETE",
  categories: ["FILE", "PACKAGE"],
  summary: "RPCs may not be deleted from a service.",
  check(comparison, { report }) {
    for (const pair of comparison.services) {
      for (const method of pair.deletedMethods) {
        report({
          message: `RPC "${method.name}" was deleted from service ${pair.current.fullName}.`,
          current: at(pair.current),
          previous: at(method),
          fix: keepDeclarationDeprecated(`RPC "${method.name}"`)
        });
      }
    }
  }
});

// rules/rpc-same-client-streaming.ts
function mode(streaming) {
  return streaming ? "streaming" : "unary";
}
var rpc_same_client_streaming_default = defineRule({
  id: "RPC_SAME_CLIENT_STREAMING",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not add or remove streaming on the request.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.clientStreaming === current.clientStreaming) continue;
      report({
        message: `RPC "${current.name}" on service ${current.service.fullName} changed its request from ${mode(previous.clientStreaming)} to ${mode(current.clientStreaming)}.`,
        current: at(current),
        previous: at(previous),
        fix: ADD_RPC_INSTEAD
      });
    }
  }
});

// rules/rpc-same-idempotency-level.ts
var IDEMPOTENCY_LEVEL = [4, 34];
function level(method) {
  const options = method.proto.options;
  const isSet = options !== void 0 && isFieldSet(options, MethodOptionsSchema.field.idempotencyLevel);
  const value = isSet ? options.idempotencyLevel : MethodOptions_IdempotencyLevel.IDEMPOTENCY_UNKNOWN;
  const name = MethodOptions_IdempotencyLevel[value] ?? String(value);
  return { value, name, isSet, text: isSet ? JSON.stringify(name) : `${JSON.stringify(name)} (unset)` };
}
function atOption(method) {
  return { file: method.file, candidates: [{ file: method.file, path: [...method.path, ...IDEMPOTENCY_LEVEL] }] };
}
var rpc_same_idempotency_level_default = defineRule({
  id: "RPC_SAME_IDEMPOTENCY_LEVEL",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not change their idempotency_level option.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      const before = level(previous);
      const after = level(current);
      if (before.value === after.value) continue;
      report({
        message: `RPC "${current.name}" on service ${current.service.fullName} changed option "idempotency_level" from ${before.text} to ${after.text}.`,
        current: atOption(current),
        previous: atOption(previous),
        fix: addRpcInstead(
          restoreOptionStatement(
            `RPC "${current.name}"`,
            "idempotency_level",
            before.name,
            after.isSet ? after.name : void 0,
            before.isSet ? void 0 : MethodOptions_IdempotencyLevel[MethodOptions_IdempotencyLevel.IDEMPOTENCY_UNKNOWN]
          )
        )
      });
    }
  }
});

// rules/rpc-same-request-type.ts
var INPUT_TYPE = [2];
var rpc_same_request_type_default = defineRule({
  id: "RPC_SAME_REQUEST_TYPE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not change their request type.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.inputType === current.inputType) continue;
      report({
        message: `RPC "${current.name}" on service ${current.service.fullName} changed request type from "${previous.inputType}" to "${current.inputType}".`,
        current: at(current, INPUT_TYPE),
        previous: at(previous, INPUT_TYPE),
        fix: ADD_RPC_INSTEAD
      });
    }
  }
});

// rules/rpc-same-response-type.ts
var OUTPUT_TYPE = [3];
var rpc_same_response_type_default = defineRule({
  id: "RPC_SAME_RESPONSE_TYPE",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not change their response type.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.outputType === current.outputType) continue;
      report({
        message: `RPC "${current.name}" on service ${current.service.fullName} changed response type from "${previous.outputType}" to "${current.outputType}".`,
        current: at(current, OUTPUT_TYPE),
        previous: at(previous, OUTPUT_TYPE),
        fix: ADD_RPC_INSTEAD
      });
    }
  }
});

// rules/rpc-same-server-streaming.ts
function mode2(streaming) {
  return streaming ? "streaming" : "unary";
}
var rpc_same_server_streaming_default = defineRule({
  id: "RPC_SAME_SERVER_STREAMING",
  categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
  summary: "RPCs may not add or remove streaming on the response.",
  check(comparison, { report }) {
    for (const { previous, current } of comparison.methods) {
      if (previous.serverStreaming === current.serverStreaming) continue;
      report({
        message: `RPC "${current.name}" on service ${current.service.fullName} changed its response from ${mode2(previous.serverStreaming)} to ${mode2(current.serverStreaming)}.`,
        current: at(current),
        previous: at(previous),
        fix: ADD_RPC_INSTEAD
      });
    }
  }
});

// rules/service-no-delete.ts
var service_no_delete_default = defineRule({
  id: "SERVICE_NO_DELETE",
  categories: ["FILE"],
  summary: "Services may not be deleted from a file.",
  check(comparison, { report }) {
    for (const pair of comparison.files) {
      for (const service of pair.deletedServices) {
        report({
          message: `Service "${service.name}" was deleted from ${declaredIn(pair.previous, void 0)}.`,
          current: atFile(pair.current),
          previous: at(service),
          fix: typeDeletionFix(comparison, service, "service")
        });
      }
    }
  }
});

// rules/stable-package-no-delete.ts
var PACKAGE5 = [2];
var stable_package_no_delete_default = defineRule({
  id: "STABLE_PACKAGE_NO_DELETE",
  categories: ["VERSIONING"],
  origin: "protoguard",
  summary: "Stable packages (v1, v2, ...) may not be deleted unless a newer stable major version exists.",
  check(comparison, { report, settings }) {
    for (const deleted of comparison.deletedPackages) {
      const place2 = versionPlace(deleted.name, settings);
      const version = place2?.version;
      const own = ownFiles(deleted.previous);
      const first = own[0];
      if (place2 === void 0 || version === void 0 || version.stability !== "stable" || first === void 0) continue;
      const family = familyName(deleted.name, settings);
      const newer = [...comparison.current.packages.keys()].some((name) => {
        if (familyName(name, settings) !== family) return false;
        const v2 = versionPlace(name, settings)?.version;
        return v2 !== void 0 && v2.stability === "stable" && v2.major > version.major;
      });
      if (newer) continue;
      const next = withVersion(deleted.name, place2, `v${version.major + 1}`);
      report({
        message: `Stable package ${deleted.name} was deleted with its ${own.length === 1 ? "file" : `${own.length} files`} while no newer major version (${next} or later) exists: its clients have nothing to move to.`,
        current: null,
        previous: at(first, PACKAGE5),
        fix: `restore package ${deleted.name}, and delete it only once ${next} exists for its clients to move to`
      });
    }
  }
});

// rules/index.ts
var RULES = [
  enum_no_delete_default,
  enum_same_json_format_default,
  enum_same_type_default,
  enum_value_no_delete_default,
  enum_value_no_delete_unless_name_reserved_default,
  enum_value_no_delete_unless_number_reserved_default,
  enum_value_no_renumber_default,
  enum_value_same_name_default,
  extension_message_no_delete_default,
  extension_no_delete_default,
  field_no_delete_default,
  field_no_delete_unless_name_reserved_default,
  field_no_delete_unless_number_reserved_default,
  field_no_renumber_default,
  field_same_cardinality_default,
  field_same_cpp_string_type_default,
  field_same_default_default,
  field_same_java_utf8_validation_default,
  field_same_json_name_default,
  field_same_jstype_default,
  field_same_name_default,
  field_same_oneof_default,
  field_same_type_default,
  field_same_utf8_validation_default,
  field_wire_compatible_cardinality_default,
  field_wire_compatible_type_default,
  field_wire_json_compatible_cardinality_default,
  field_wire_json_compatible_type_default,
  file_no_delete_default,
  file_same_cc_enable_arenas_default,
  file_same_cc_generic_services_default,
  file_same_csharp_namespace_default,
  file_same_go_package_default,
  file_same_java_generic_services_default,
  file_same_java_multiple_files_default,
  file_same_java_outer_classname_default,
  file_same_java_package_default,
  file_same_objc_class_prefix_default,
  file_same_optimize_for_default,
  file_same_package_default,
  file_same_php_class_prefix_default,
  file_same_php_metadata_namespace_default,
  file_same_php_namespace_default,
  file_same_py_generic_services_default,
  file_same_ruby_package_default,
  file_same_swift_prefix_default,
  file_same_syntax_default,
  message_no_delete_default,
  message_no_remove_standard_descriptor_accessor_default,
  message_same_json_format_default,
  message_same_required_fields_default,
  oneof_no_delete_default,
  package_enum_no_delete_default,
  package_extension_no_delete_default,
  package_message_no_delete_default,
  package_no_delete_default,
  package_no_new_unversioned_default,
  package_service_no_delete_default,
  package_version_no_downgrade_default,
  package_version_suffix_default,
  reserved_enum_no_delete_default,
  reserved_message_no_delete_default,
  rpc_no_delete_default,
  rpc_same_client_streaming_default,
  rpc_same_idempotency_level_default,
  rpc_same_request_type_default,
  rpc_same_response_type_default,
  rpc_same_server_streaming_default,
  service_no_delete_default,
  stable_package_no_delete_default
].sort((a, b3) => a.id < b3.id ? -1 : a.id > b3.id ? 1 : 0);
var RULES_BY_ID = new Map(RULES.map((r2) => [r2.id, r2]));

// src/compare/pair.ts
function extensionKey(field) {
  return `${field.extendee ?? ""}#${field.number}`;
}
function nestedName(element) {
  const pkg = element.file.package;
  return pkg === "" ? element.fullName : element.fullName.slice(pkg.length + 1);
}
function pairFile(previous, current) {
  const curMessages = /* @__PURE__ */ new Map();
  for (const m2 of current.messages) curMessages.set(m2.nestedName, m2);
  const curEnums = new Set(current.enums.map((e) => e.nestedName));
  const curServices = new Set(current.services.map((s) => s.name));
  const curExtensions = new Set(current.extensions.map(nestedName));
  return {
    previous,
    current,
    deletedMessages: previous.messages.filter((m2) => !curMessages.has(m2.nestedName)),
    deletedEnums: previous.enums.filter((e) => !curEnums.has(e.nestedName)),
    deletedServices: previous.services.filter((s) => !curServices.has(s.name)),
    deletedExtensions: previous.extensions.filter((x3) => !curExtensions.has(nestedName(x3))),
    survivingParent(message2) {
      for (let m2 = message2; m2 !== void 0; m2 = m2.parent) {
        const found = curMessages.get(m2.nestedName);
        if (found) return found;
      }
      return void 0;
    }
  };
}
function pairPackage(name, previous, current) {
  const messages = /* @__PURE__ */ new Map();
  const enums = /* @__PURE__ */ new Set();
  const services = /* @__PURE__ */ new Set();
  const extensions = /* @__PURE__ */ new Set();
  for (const f3 of current) {
    for (const m2 of f3.messages) messages.set(m2.fullName, m2);
    for (const e of f3.enums) enums.add(e.fullName);
    for (const s of f3.services) services.add(s.fullName);
    for (const x3 of f3.extensions) extensions.add(x3.fullName);
  }
  const prevMessages = previous.flatMap((f3) => f3.messages);
  const prevEnums = previous.flatMap((f3) => f3.enums);
  const prevServices = previous.flatMap((f3) => f3.services);
  const prevExtensions = previous.flatMap((f3) => f3.extensions);
  return {
    name,
    previous,
    current,
    deletedMessages: prevMessages.filter((m2) => !messages.has(m2.fullName)),
    deletedEnums: prevEnums.filter((e) => !enums.has(e.fullName)),
    deletedServices: prevServices.filter((s) => !services.has(s.fullName)),
    deletedExtensions: prevExtensions.filter((x3) => !extensions.has(x3.fullName)),
    survivingParent(message2) {
      for (let m2 = message2; m2 !== void 0; m2 = m2.parent) {
        const found = messages.get(m2.fullName);
        if (found) return found;
      }
      return void 0;
    }
  };
}
function pairMessage(previous, current) {
  const fields = [];
  const deletedFields = [];
  for (const pf of previous.fields) {
    const cf = current.fieldsByNumber.get(pf.number);
    if (cf) fields.push({ previous: pf, current: cf });
    else deletedFields.push(pf);
  }
  const addedFields = current.fields.filter((cf) => !previous.fieldsByNumber.has(cf.number));
  const curOneofs = /* @__PURE__ */ new Map();
  for (const o2 of current.oneofs) curOneofs.set(o2.name, o2);
  const oneofs = [];
  const deletedOneofs = [];
  for (const po of previous.oneofs) {
    if (po.isSynthetic) continue;
    const co = curOneofs.get(po.name);
    if (!co) deletedOneofs.push(po);
    else if (!co.isSynthetic) oneofs.push({ previous: po, current: co });
  }
  return { previous, current, fields, deletedFields, addedFields, oneofs, deletedOneofs };
}
function pairEnum(previous, current) {
  const values = [];
  const deletedValues = [];
  for (const [number, prev] of previous.valuesByNumber) {
    const cur = current.valuesByNumber.get(number);
    if (cur) values.push({ number, previous: prev, current: cur });
    else deletedValues.push({ number, previous: prev });
  }
  return { previous, current, values, deletedValues };
}
function pairService(previous, current) {
  const methods = [];
  const deletedMethods = [];
  for (const pm of previous.methods) {
    const cm = current.methodsByName.get(pm.name);
    if (cm) methods.push({ previous: pm, current: cm });
    else deletedMethods.push(pm);
  }
  return { previous, current, methods, deletedMethods };
}
function compareImages(previous, current) {
  const files = [];
  const unchangedFiles = [];
  const deletedFiles = [];
  for (const pf of previous.files) {
    const cf = current.filesByPath.get(pf.path);
    if (cf === pf) unchangedFiles.push(pf);
    else if (cf) files.push(pairFile(pf, cf));
    else deletedFiles.push(pf);
  }
  const packages = [];
  const deletedPackages = [];
  for (const [name, prevFiles] of previous.packages) {
    const curFiles = current.packages.get(name);
    if (curFiles) packages.push(pairPackage(name, prevFiles, curFiles));
    else deletedPackages.push({ name, previous: prevFiles });
  }
  const messages = [];
  const fields = [];
  for (const [name, pm] of previous.messagesByName) {
    const cm = current.messagesByName.get(name);
    if (!cm || cm === pm) continue;
    const pair = pairMessage(pm, cm);
    messages.push(pair);
    for (const f3 of pair.fields) fields.push(f3);
  }
  const curExtensions = /* @__PURE__ */ new Map();
  for (const f3 of current.files) for (const x3 of f3.extensions) curExtensions.set(extensionKey(x3), x3);
  const extensions = [];
  for (const f3 of previous.files) {
    for (const px of f3.extensions) {
      const cx = curExtensions.get(extensionKey(px));
      if (cx && cx !== px) extensions.push({ previous: px, current: cx });
    }
  }
  const enums = [];
  for (const [name, pe2] of previous.enumsByName) {
    const ce2 = current.enumsByName.get(name);
    if (ce2 && ce2 !== pe2) enums.push(pairEnum(pe2, ce2));
  }
  const services = [];
  const methods = [];
  for (const [name, ps2] of previous.servicesByName) {
    const cs2 = current.servicesByName.get(name);
    if (!cs2 || cs2 === ps2) continue;
    const pair = pairService(ps2, cs2);
    services.push(pair);
    for (const m2 of pair.methods) methods.push(m2);
  }
  return {
    previous,
    current,
    files,
    unchangedFiles,
    deletedFiles,
    packages,
    deletedPackages,
    messages,
    fields,
    extensions,
    enums,
    services,
    methods
  };
}

// src/config/apply.ts
import { relative, resolve, sep } from "node:path";

// rules/sets/buf.ts
var BUF_VERSIONS = ["v1beta1", "v1", "v2"];
var BUF_BREAKING = {
  v1beta1: {
    categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    rules: {
      ENUM_NO_DELETE: ["FILE"],
      ENUM_SAME_JSON_FORMAT: ["FILE", "PACKAGE", "WIRE_JSON"],
      ENUM_SAME_TYPE: ["FILE", "PACKAGE"],
      ENUM_VALUE_NO_DELETE: ["FILE", "PACKAGE"],
      ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED: ["WIRE_JSON"],
      ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED: ["WIRE_JSON", "WIRE"],
      ENUM_VALUE_SAME_NAME: ["FILE", "PACKAGE", "WIRE_JSON"],
      EXTENSION_MESSAGE_NO_DELETE: ["FILE", "PACKAGE"],
      FIELD_NO_DELETE: ["FILE", "PACKAGE"],
      FIELD_NO_DELETE_UNLESS_NAME_RESERVED: ["WIRE_JSON"],
      FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED: ["WIRE_JSON", "WIRE"],
      FIELD_SAME_CARDINALITY: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FIELD_SAME_CPP_STRING_TYPE: ["FILE", "PACKAGE"],
      FIELD_SAME_CTYPE: [],
      FIELD_SAME_JAVA_UTF8_VALIDATION: ["FILE", "PACKAGE"],
      FIELD_SAME_JSON_NAME: ["FILE", "PACKAGE", "WIRE_JSON"],
      FIELD_SAME_JSTYPE: ["FILE", "PACKAGE"],
      FIELD_SAME_LABEL: [],
      FIELD_SAME_NAME: ["FILE", "PACKAGE", "WIRE_JSON"],
      FIELD_SAME_ONEOF: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FIELD_SAME_TYPE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FIELD_SAME_UTF8_VALIDATION: ["FILE", "PACKAGE"],
      FIELD_WIRE_COMPATIBLE_CARDINALITY: ["WIRE"],
      FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY: ["WIRE_JSON"],
      FILE_NO_DELETE: ["FILE"],
      FILE_SAME_CC_ENABLE_ARENAS: ["FILE", "PACKAGE"],
      FILE_SAME_CC_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_CSHARP_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_GO_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_MULTIPLE_FILES: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_OUTER_CLASSNAME: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_STRING_CHECK_UTF8: [],
      FILE_SAME_OBJC_CLASS_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_OPTIMIZE_FOR: ["FILE", "PACKAGE"],
      FILE_SAME_PACKAGE: ["FILE"],
      FILE_SAME_PHP_CLASS_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_PHP_GENERIC_SERVICES: [],
      FILE_SAME_PHP_METADATA_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_PHP_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_PY_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_RUBY_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_SWIFT_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_SYNTAX: ["FILE", "PACKAGE"],
      MESSAGE_NO_DELETE: ["FILE"],
      MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR: ["FILE", "PACKAGE"],
      MESSAGE_SAME_JSON_FORMAT: ["FILE", "PACKAGE", "WIRE_JSON"],
      MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: [],
      MESSAGE_SAME_REQUIRED_FIELDS: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      ONEOF_NO_DELETE: ["FILE", "PACKAGE"],
      PACKAGE_ENUM_NO_DELETE: ["PACKAGE"],
      PACKAGE_MESSAGE_NO_DELETE: ["PACKAGE"],
      PACKAGE_NO_DELETE: ["PACKAGE"],
      PACKAGE_SERVICE_NO_DELETE: ["PACKAGE"],
      RESERVED_ENUM_NO_DELETE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RESERVED_MESSAGE_NO_DELETE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_NO_DELETE: ["FILE", "PACKAGE"],
      RPC_SAME_CLIENT_STREAMING: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_IDEMPOTENCY_LEVEL: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_REQUEST_TYPE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_RESPONSE_TYPE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_SERVER_STREAMING: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      SERVICE_NO_DELETE: ["FILE"]
    },
    deprecated: {
      FIELD_SAME_CTYPE: ["FIELD_SAME_CPP_STRING_TYPE"],
      FIELD_SAME_LABEL: ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"],
      FILE_SAME_JAVA_STRING_CHECK_UTF8: ["FIELD_SAME_JAVA_UTF8_VALIDATION"],
      FILE_SAME_PHP_GENERIC_SERVICES: [],
      MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: []
    }
  },
  v1: {
    categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
    rules: {
      ENUM_NO_DELETE: ["FILE"],
      ENUM_SAME_JSON_FORMAT: ["FILE", "PACKAGE", "WIRE_JSON"],
      ENUM_SAME_TYPE: ["FILE", "PACKAGE"],
      ENUM_VALUE_NO_DELETE: ["FILE", "PACKAGE"],
      ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED: ["WIRE_JSON"],
      ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED: ["WIRE_JSON", "WIRE"],
      ENUM_VALUE_SAME_NAME: ["FILE", "PACKAGE", "WIRE_JSON"],
      EXTENSION_MESSAGE_NO_DELETE: ["FILE", "PACKAGE"],
      FIELD_NO_DELETE: ["FILE", "PACKAGE"],
      FIELD_NO_DELETE_UNLESS_NAME_RESERVED: ["WIRE_JSON"],
      FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED: ["WIRE_JSON", "WIRE"],
      FIELD_SAME_CARDINALITY: ["FILE", "PACKAGE"],
      FIELD_SAME_CPP_STRING_TYPE: ["FILE", "PACKAGE"],
      FIELD_SAME_CTYPE: [],
      FIELD_SAME_JAVA_UTF8_VALIDATION: ["FILE", "PACKAGE"],
      FIELD_SAME_JSON_NAME: ["FILE", "PACKAGE", "WIRE_JSON"],
      FIELD_SAME_JSTYPE: ["FILE", "PACKAGE"],
      FIELD_SAME_LABEL: [],
      FIELD_SAME_NAME: ["FILE", "PACKAGE", "WIRE_JSON"],
      FIELD_SAME_ONEOF: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FIELD_SAME_TYPE: ["FILE", "PACKAGE"],
      FIELD_SAME_UTF8_VALIDATION: ["FILE", "PACKAGE"],
      FIELD_WIRE_COMPATIBLE_CARDINALITY: ["WIRE"],
      FIELD_WIRE_COMPATIBLE_TYPE: ["WIRE"],
      FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY: ["WIRE_JSON"],
      FIELD_WIRE_JSON_COMPATIBLE_TYPE: ["WIRE_JSON"],
      FILE_NO_DELETE: ["FILE"],
      FILE_SAME_CC_ENABLE_ARENAS: ["FILE", "PACKAGE"],
      FILE_SAME_CC_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_CSHARP_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_GO_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_MULTIPLE_FILES: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_OUTER_CLASSNAME: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_STRING_CHECK_UTF8: [],
      FILE_SAME_OBJC_CLASS_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_OPTIMIZE_FOR: ["FILE", "PACKAGE"],
      FILE_SAME_PACKAGE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FILE_SAME_PHP_CLASS_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_PHP_GENERIC_SERVICES: [],
      FILE_SAME_PHP_METADATA_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_PHP_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_PY_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_RUBY_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_SWIFT_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_SYNTAX: ["FILE", "PACKAGE"],
      MESSAGE_NO_DELETE: ["FILE"],
      MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR: ["FILE", "PACKAGE"],
      MESSAGE_SAME_JSON_FORMAT: ["FILE", "PACKAGE", "WIRE_JSON"],
      MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: [],
      MESSAGE_SAME_REQUIRED_FIELDS: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      ONEOF_NO_DELETE: ["FILE", "PACKAGE"],
      PACKAGE_ENUM_NO_DELETE: ["PACKAGE"],
      PACKAGE_MESSAGE_NO_DELETE: ["PACKAGE"],
      PACKAGE_NO_DELETE: ["PACKAGE"],
      PACKAGE_SERVICE_NO_DELETE: ["PACKAGE"],
      RESERVED_ENUM_NO_DELETE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RESERVED_MESSAGE_NO_DELETE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_NO_DELETE: ["FILE", "PACKAGE"],
      RPC_SAME_CLIENT_STREAMING: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_IDEMPOTENCY_LEVEL: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_REQUEST_TYPE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_RESPONSE_TYPE: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_SERVER_STREAMING: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      SERVICE_NO_DELETE: ["FILE"]
    },
    deprecated: {
      FIELD_SAME_CTYPE: ["FIELD_SAME_CPP_STRING_TYPE"],
      FIELD_SAME_LABEL: ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"],
      FILE_SAME_JAVA_STRING_CHECK_UTF8: ["FIELD_SAME_JAVA_UTF8_VALIDATION"],
      FILE_SAME_PHP_GENERIC_SERVICES: [],
      MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: []
    }
  },
  v2: {
    categories: ["FILE", "PACKAGE", "WIRE_JSON", "WIRE", "CSR"],
    rules: {
      ENUM_NO_DELETE: ["CSR", "FILE"],
      ENUM_SAME_JSON_FORMAT: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"],
      ENUM_SAME_TYPE: ["FILE", "PACKAGE"],
      ENUM_VALUE_NO_DELETE: ["CSR", "FILE", "PACKAGE"],
      ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED: ["CSR", "WIRE_JSON"],
      ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED: ["CSR", "WIRE_JSON", "WIRE"],
      ENUM_VALUE_SAME_NAME: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"],
      EXTENSION_MESSAGE_NO_DELETE: ["CSR", "FILE", "PACKAGE"],
      EXTENSION_NO_DELETE: ["FILE"],
      FIELD_NO_DELETE: ["CSR", "FILE", "PACKAGE"],
      FIELD_NO_DELETE_UNLESS_NAME_RESERVED: ["CSR", "WIRE_JSON"],
      FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED: ["CSR", "WIRE_JSON", "WIRE"],
      FIELD_SAME_CARDINALITY: ["FILE", "PACKAGE"],
      FIELD_SAME_CPP_STRING_TYPE: ["FILE", "PACKAGE"],
      FIELD_SAME_DEFAULT: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FIELD_SAME_JAVA_UTF8_VALIDATION: ["FILE", "PACKAGE"],
      FIELD_SAME_JSON_NAME: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"],
      FIELD_SAME_JSTYPE: ["FILE", "PACKAGE"],
      FIELD_SAME_NAME: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"],
      FIELD_SAME_ONEOF: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FIELD_SAME_TYPE: ["CSR", "FILE", "PACKAGE"],
      FIELD_SAME_UTF8_VALIDATION: ["FILE", "PACKAGE"],
      FIELD_WIRE_COMPATIBLE_CARDINALITY: ["WIRE"],
      FIELD_WIRE_COMPATIBLE_TYPE: ["WIRE"],
      FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY: ["CSR", "WIRE_JSON"],
      FIELD_WIRE_JSON_COMPATIBLE_TYPE: ["CSR", "WIRE_JSON"],
      FILE_NO_DELETE: ["CSR", "FILE"],
      FILE_SAME_CC_ENABLE_ARENAS: ["FILE", "PACKAGE"],
      FILE_SAME_CC_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_CSHARP_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_GO_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_MULTIPLE_FILES: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_OUTER_CLASSNAME: ["FILE", "PACKAGE"],
      FILE_SAME_JAVA_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_OBJC_CLASS_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_OPTIMIZE_FOR: ["FILE", "PACKAGE"],
      FILE_SAME_PACKAGE: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      FILE_SAME_PHP_CLASS_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_PHP_METADATA_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_PHP_NAMESPACE: ["FILE", "PACKAGE"],
      FILE_SAME_PY_GENERIC_SERVICES: ["FILE", "PACKAGE"],
      FILE_SAME_RUBY_PACKAGE: ["FILE", "PACKAGE"],
      FILE_SAME_SWIFT_PREFIX: ["FILE", "PACKAGE"],
      FILE_SAME_SYNTAX: ["CSR", "FILE", "PACKAGE"],
      MESSAGE_NO_DELETE: ["CSR", "FILE"],
      MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR: ["CSR", "FILE", "PACKAGE"],
      MESSAGE_SAME_JSON_FORMAT: ["CSR", "FILE", "PACKAGE", "WIRE_JSON"],
      MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: [],
      MESSAGE_SAME_REQUIRED_FIELDS: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      ONEOF_NO_DELETE: ["CSR", "FILE", "PACKAGE"],
      PACKAGE_ENUM_NO_DELETE: ["PACKAGE"],
      PACKAGE_EXTENSION_NO_DELETE: ["PACKAGE"],
      PACKAGE_MESSAGE_NO_DELETE: ["PACKAGE"],
      PACKAGE_NO_DELETE: ["PACKAGE"],
      PACKAGE_SERVICE_NO_DELETE: ["PACKAGE"],
      RESERVED_ENUM_NO_DELETE: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RESERVED_MESSAGE_NO_DELETE: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_NO_DELETE: ["FILE", "PACKAGE"],
      RPC_SAME_CLIENT_STREAMING: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_IDEMPOTENCY_LEVEL: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_REQUEST_TYPE: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_RESPONSE_TYPE: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      RPC_SAME_SERVER_STREAMING: ["CSR", "FILE", "PACKAGE", "WIRE_JSON", "WIRE"],
      SERVICE_NO_DELETE: ["FILE"]
    },
    deprecated: {
      MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT: []
    }
  }
};
var BUF_LINT = {
  v1beta1: {
    categories: ["FILE_LAYOUT", "OTHER", "PACKAGE_AFFINITY", "SENSIBLE", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD", "MINIMAL", "BASIC", "DEFAULT", "STANDARD", "COMMENTS", "UNARY_RPC"],
    rules: {
      COMMENT_ENUM: ["COMMENTS"],
      COMMENT_ENUM_VALUE: ["COMMENTS"],
      COMMENT_FIELD: ["COMMENTS"],
      COMMENT_MESSAGE: ["COMMENTS"],
      COMMENT_ONEOF: ["COMMENTS"],
      COMMENT_RPC: ["COMMENTS"],
      COMMENT_SERVICE: ["COMMENTS"],
      DIRECTORY_SAME_PACKAGE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
      ENUM_FIRST_VALUE_ZERO: ["OTHER"],
      ENUM_NO_ALLOW_ALIAS: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
      ENUM_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      ENUM_VALUE_PREFIX: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
      ENUM_VALUE_UPPER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      ENUM_ZERO_VALUE_SUFFIX: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
      FIELD_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      FIELD_NO_DESCRIPTOR: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
      FILE_LOWER_SNAKE_CASE: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
      IMPORT_NO_PUBLIC: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
      IMPORT_NO_WEAK: [],
      MESSAGE_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      ONEOF_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      PACKAGE_DEFINED: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
      PACKAGE_DIRECTORY_MATCH: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
      PACKAGE_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      PACKAGE_SAME_CSHARP_NAMESPACE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      PACKAGE_SAME_DIRECTORY: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "FILE_LAYOUT"],
      PACKAGE_SAME_GO_PACKAGE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      PACKAGE_SAME_JAVA_MULTIPLE_FILES: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      PACKAGE_SAME_JAVA_PACKAGE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      PACKAGE_SAME_PHP_NAMESPACE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      PACKAGE_SAME_RUBY_PACKAGE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      PACKAGE_SAME_SWIFT_PREFIX: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      PACKAGE_VERSION_SUFFIX: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
      RPC_NO_CLIENT_STREAMING: ["UNARY_RPC"],
      RPC_NO_SERVER_STREAMING: ["UNARY_RPC"],
      RPC_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      RPC_REQUEST_RESPONSE_UNIQUE: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
      RPC_REQUEST_STANDARD_NAME: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
      RPC_RESPONSE_STANDARD_NAME: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"],
      SERVICE_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
      SERVICE_SUFFIX: ["DEFAULT", "STANDARD", "STYLE_DEFAULT", "STYLE_STANDARD"]
    },
    deprecated: {
      IMPORT_NO_WEAK: []
    }
  },
  v1: {
    categories: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "COMMENTS", "UNARY_RPC"],
    rules: {
      COMMENT_ENUM: ["COMMENTS"],
      COMMENT_ENUM_VALUE: ["COMMENTS"],
      COMMENT_FIELD: ["COMMENTS"],
      COMMENT_MESSAGE: ["COMMENTS"],
      COMMENT_ONEOF: ["COMMENTS"],
      COMMENT_RPC: ["COMMENTS"],
      COMMENT_SERVICE: ["COMMENTS"],
      DIRECTORY_SAME_PACKAGE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      ENUM_FIRST_VALUE_ZERO: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_NO_ALLOW_ALIAS: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_VALUE_PREFIX: ["DEFAULT", "STANDARD"],
      ENUM_VALUE_UPPER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_ZERO_VALUE_SUFFIX: ["DEFAULT", "STANDARD"],
      FIELD_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      FILE_LOWER_SNAKE_CASE: ["DEFAULT", "STANDARD"],
      IMPORT_NO_PUBLIC: ["BASIC", "DEFAULT", "STANDARD"],
      IMPORT_NO_WEAK: [],
      IMPORT_USED: ["BASIC", "DEFAULT", "STANDARD"],
      MESSAGE_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      ONEOF_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_DEFINED: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_DIRECTORY_MATCH: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_NO_IMPORT_CYCLE: [],
      PACKAGE_SAME_CSHARP_NAMESPACE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_DIRECTORY: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_GO_PACKAGE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_JAVA_MULTIPLE_FILES: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_JAVA_PACKAGE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_PHP_NAMESPACE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_RUBY_PACKAGE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_SWIFT_PREFIX: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_VERSION_SUFFIX: ["DEFAULT", "STANDARD"],
      PROTOVALIDATE: ["DEFAULT", "STANDARD"],
      RPC_NO_CLIENT_STREAMING: ["UNARY_RPC"],
      RPC_NO_SERVER_STREAMING: ["UNARY_RPC"],
      RPC_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      RPC_REQUEST_RESPONSE_UNIQUE: ["DEFAULT", "STANDARD"],
      RPC_REQUEST_STANDARD_NAME: ["DEFAULT", "STANDARD"],
      RPC_RESPONSE_STANDARD_NAME: ["DEFAULT", "STANDARD"],
      SERVICE_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      SERVICE_SUFFIX: ["DEFAULT", "STANDARD"],
      SYNTAX_SPECIFIED: ["BASIC", "DEFAULT", "STANDARD"]
    },
    deprecated: {
      IMPORT_NO_WEAK: []
    }
  },
  v2: {
    categories: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "COMMENTS", "UNARY_RPC"],
    rules: {
      COMMENT_ENUM: ["COMMENTS"],
      COMMENT_ENUM_VALUE: ["COMMENTS"],
      COMMENT_FIELD: ["COMMENTS"],
      COMMENT_MESSAGE: ["COMMENTS"],
      COMMENT_ONEOF: ["COMMENTS"],
      COMMENT_RPC: ["COMMENTS"],
      COMMENT_SERVICE: ["COMMENTS"],
      DIRECTORY_SAME_PACKAGE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      ENUM_FIRST_VALUE_ZERO: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_NO_ALLOW_ALIAS: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_VALUE_PREFIX: ["DEFAULT", "STANDARD"],
      ENUM_VALUE_UPPER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      ENUM_ZERO_VALUE_SUFFIX: ["DEFAULT", "STANDARD"],
      FIELD_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      FIELD_NOT_REQUIRED: ["BASIC", "DEFAULT", "STANDARD"],
      FILE_LOWER_SNAKE_CASE: ["DEFAULT", "STANDARD"],
      IMPORT_NO_PUBLIC: ["BASIC", "DEFAULT", "STANDARD"],
      IMPORT_NO_WEAK: [],
      IMPORT_USED: ["BASIC", "DEFAULT", "STANDARD"],
      MESSAGE_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      ONEOF_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_DEFINED: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_DIRECTORY_MATCH: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_LOWER_SNAKE_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_NO_IMPORT_CYCLE: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_CSHARP_NAMESPACE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_DIRECTORY: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_GO_PACKAGE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_JAVA_MULTIPLE_FILES: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_JAVA_PACKAGE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_PHP_NAMESPACE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_RUBY_PACKAGE: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_SAME_SWIFT_PREFIX: ["BASIC", "DEFAULT", "STANDARD"],
      PACKAGE_VERSION_SUFFIX: ["DEFAULT", "STANDARD"],
      PROTOVALIDATE: ["DEFAULT", "STANDARD"],
      RPC_NO_CLIENT_STREAMING: ["UNARY_RPC"],
      RPC_NO_SERVER_STREAMING: ["UNARY_RPC"],
      RPC_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      RPC_REQUEST_RESPONSE_UNIQUE: ["DEFAULT", "STANDARD"],
      RPC_REQUEST_STANDARD_NAME: ["DEFAULT", "STANDARD"],
      RPC_RESPONSE_STANDARD_NAME: ["DEFAULT", "STANDARD"],
      SERVICE_PASCAL_CASE: ["BASIC", "DEFAULT", "STANDARD"],
      SERVICE_SUFFIX: ["DEFAULT", "STANDARD"],
      STABLE_PACKAGE_NO_IMPORT_UNSTABLE: [],
      SYNTAX_SPECIFIED: ["BASIC", "DEFAULT", "STANDARD"]
    },
    deprecated: {
      IMPORT_NO_WEAK: []
    }
  }
};

// src/config/suggest.ts
function distance(a, b3) {
  const prev = Array.from({ length: b3.length + 1 }, (_3, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j3 = 1; j3 <= b3.length; j3++) {
      const up = prev[j3];
      prev[j3] = Math.min(up + 1, prev[j3 - 1] + 1, diag + (a[i - 1] === b3[j3 - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b3.length];
}
function closest(word, candidates) {
  let best;
  let bestScore = Infinity;
  for (const c3 of candidates) {
    const d2 = distance(word.toUpperCase(), c3.toUpperCase());
    if (d2 < bestScore) {
      best = c3;
      bestScore = d2;
    }
  }
  return best !== void 0 && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}

// src/config/select.ts
var DEPRECATED_RULES = /* @__PURE__ */ new Map([
  ["FIELD_SAME_CTYPE", ["FIELD_SAME_CPP_STRING_TYPE"]],
  [
    "FIELD_SAME_LABEL",
    ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"]
  ],
  ["FILE_SAME_JAVA_STRING_CHECK_UTF8", ["FIELD_SAME_JAVA_UTF8_VALIDATION"]],
  ["FILE_SAME_PHP_GENERIC_SERVICES", []],
  ["MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT", []]
]);
var DEFAULT_USE = ["FILE", "VERSIONING"];
var PROTOGUARD_UNIVERSE = {
  label: "protoguard",
  categories: CATEGORIES,
  has: (id) => RULES_BY_ID.has(id) || DEPRECATED_RULES.has(id),
  membersOf: (category) => RULES.filter((r2) => r2.categories.includes(category)).map((r2) => r2.id),
  membersOfAll: () => [...RULES_BY_ID.keys(), ...DEPRECATED_RULES.keys()],
  deprecated: DEPRECATED_RULES,
  defaultUse: DEFAULT_USE,
  rules: RULES
};
function bufUniverse(label, set, defaultUse) {
  const members = /* @__PURE__ */ new Map();
  for (const [id, categories] of Object.entries(set.rules)) {
    for (const c3 of categories) members.set(c3, [...members.get(c3) ?? [], id]);
  }
  return {
    label,
    categories: set.categories,
    has: (id) => Object.hasOwn(set.rules, id),
    membersOf: (category) => members.get(category) ?? [],
    membersOfAll: () => Object.keys(set.rules),
    deprecated: new Map(Object.entries(set.deprecated)),
    defaultUse,
    rules: RULES.filter((r2) => Object.hasOwn(set.rules, r2.id) && !Object.hasOwn(set.deprecated, r2.id))
  };
}
function bufBreakingUniverse(version) {
  return bufUniverse(`buf.yaml ${version} breaking`, BUF_BREAKING[version], ["FILE"]);
}
function bufLintUniverse(version) {
  return bufUniverse(`buf.yaml ${version} lint`, BUF_LINT[version], [version === "v2" ? "STANDARD" : "DEFAULT"]);
}
function expand(ref, universe, warnings) {
  const name = ref.name.trim();
  if (universe.categories.includes(name)) return universe.membersOf(name);
  const replacements = universe.deprecated.get(name);
  if (replacements !== void 0) {
    warnings.push(
      replacements.length > 0 ? `${ref.where}: rule ${name} is deprecated; using ${replacements.join(", ")} instead.` : `${ref.where}: rule ${name} is deprecated and checks nothing; ignoring it.`
    );
    return [...replacements];
  }
  if (universe.has(name)) return [name];
  throw new UsageError(unknownRule(ref, universe));
}
function unknownRule(ref, universe) {
  const hint = closest(ref.name, [...universe.categories, ...universe.membersOfAll()]);
  const inSet = universe === PROTOGUARD_UNIVERSE ? "" : ` in ${universe.label}`;
  return `${ref.where}: unknown rule or category "${ref.name}"${inSet}${hint ? ` (did you mean "${hint}"?)` : ""}`;
}
function checkName(ref, universe) {
  const name = ref.name.trim();
  if (universe.categories.includes(name) || universe.has(name)) return;
  throw new UsageError(unknownRule(ref, universe));
}
function idsOf(name, universe) {
  if (universe.categories.includes(name)) return universe.membersOf(name);
  return universe.deprecated.get(name) ?? [name];
}
function selectIds(use, except, universe) {
  const warnings = [];
  const chosen = /* @__PURE__ */ new Set();
  const uses = use !== void 0 && use.length > 0 ? use : universe.defaultUse.map((name) => ({ name, where: "default" }));
  for (const ref of uses) for (const id of expand(ref, universe, warnings)) chosen.add(id);
  for (const ref of except) for (const id of expand(ref, universe, warnings)) chosen.delete(id);
  return { ids: chosen, warnings };
}

// src/config/apply.ts
var SEVERITY_RANK = { off: 0, warning: 1, error: 2 };
function levelOf(rule, check) {
  let own;
  let byCategory;
  for (const { rule: ref, level: level2 } of check.severity) {
    if (ref.name === rule.id) own = level2;
    else if (check.universe.categories.includes(ref.name) && idsOf(ref.name, check.universe).includes(rule.id)) {
      if (byCategory === void 0 || SEVERITY_RANK[level2] > SEVERITY_RANK[byCategory]) byCategory = level2;
    }
  }
  return own ?? byCategory ?? "error";
}
function rulesOf(check, override = {}) {
  const use = override.use !== void 0 && override.use.length > 0 ? override.use : check.use;
  const except = override.except !== void 0 && override.except.length > 0 ? override.except : check.except;
  const { ids, warnings } = selectIds(use, except, check.universe);
  return { rules: check.universe.rules.filter((r2) => ids.has(r2.id) && levelOf(r2, check) !== "off"), warnings };
}
function severityOf(check) {
  return (rule) => levelOf(rule, check) === "warning" ? "warning" : "error";
}
var GLOB = /[*?[]/;
function globRegex(glob) {
  let re2 = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re2 += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (ch === "*") re2 += "[^/]*";
    else if (ch === "?") re2 += "[^/]";
    else re2 += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re2}(?:/.*)?$`);
}
function clean(path) {
  let p2 = path.replaceAll("\\", "/");
  while (p2.startsWith("./")) p2 = p2.slice(2);
  while (p2.endsWith("/") && p2.length > 1) p2 = p2.slice(0, -1);
  return p2;
}
function pathMatches(pattern2, path, globs) {
  const p2 = clean(pattern2);
  if (p2 === "." || p2 === "") return !path.startsWith("../");
  if (globs && GLOB.test(p2)) return globRegex(p2).test(path);
  return path === p2 || path.startsWith(`${p2}/`);
}
function relativePath(base, path) {
  return relative(base.ignoreBase, resolve(base.root, path)).split(sep).join("/");
}
function firstMatch(refs2, paths3, base) {
  return refs2.find((ref) => paths3.some((p2) => pathMatches(ref.path, relativePath(base, p2), base.globs)));
}
function applyIgnores(located, check, base) {
  const kept = [];
  const suppressed = [];
  const only = check.ignoreOnly.map((o2) => ({ ...o2, ids: new Set(idsOf(o2.rule.name, check.universe)) }));
  for (const l3 of located) {
    const paths3 = [l3.current?.file.path, l3.previous?.file.path].filter((p2) => p2 !== void 0);
    let suppression2;
    const all = firstMatch(check.ignore, paths3, base);
    if (all !== void 0) suppression2 = { by: "ignore", reason: all.path, at: all.where };
    if (suppression2 === void 0) {
      for (const o2 of only) {
        if (!o2.ids.has(l3.finding.rule)) continue;
        const hit = firstMatch(o2.paths, paths3, base);
        if (hit !== void 0) {
          suppression2 = { by: "ignore_only", reason: `${o2.rule.name}: ${hit.path}`, at: hit.where };
          break;
        }
      }
    }
    if (suppression2 === void 0 && check.ignoreUnstablePackages) {
      const pkg = [l3.current?.file.package, l3.previous?.file.package].find((p2) => p2 !== void 0 && isUnstable(p2));
      if (pkg !== void 0) suppression2 = { by: "ignore_unstable_packages", reason: pkg };
    }
    if (suppression2 === void 0) kept.push(l3);
    else suppressed.push({ ...l3.finding, suppression: suppression2 });
  }
  return { kept, suppressed };
}
function isExcluded(root, path, excludes, includes) {
  const abs = resolve(root, path);
  const under = (dir) => abs === dir || abs.startsWith(dir.endsWith(sep) ? dir : dir + sep);
  if (excludes.some(under)) return true;
  return includes.length > 0 && !includes.some(under);
}

// src/config/find.ts
import { existsSync as existsSync2, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname2, join as join2, relative as relative3, resolve as resolve5 } from "node:path";

// src/sources/index.ts
import { existsSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, relative as relative2, resolve as resolve2 } from "node:path";

// src/frontend/errors.ts
var CompileError = class extends InputError {
  name = "CompileError";
  file;
  line;
  column;
  detail;
  constructor(file, line, column, detail) {
    super(line > 0 ? `${file}:${line}:${column}: ${detail}` : `${file}: ${detail}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
};
var CompileErrors = class extends CompileError {
  errors;
  constructor(errors) {
    const first = errors[0];
    if (first === void 0) throw new RangeError("CompileErrors needs at least one error");
    super(first.file, first.line, first.column, first.detail);
    this.errors = errors;
    this.message = errors.map((e) => e.message).join("\n");
  }
};

// src/frontend/comments.ts
var NO_COMMENTS = Object.freeze({ trailing: void 0, detached: [], leading: void 0 });
function attributeComments(src, from, to2, atStart, nextChar) {
  let slash = from;
  while (slash < to2 && src.charCodeAt(slash) !== 47) slash++;
  if (slash >= to2) return NO_COMMENTS;
  let trailing = "";
  const detached = [];
  let pieces = [];
  const take = () => {
    const text = pieces.length === 1 ? pieces[0] : pieces.join("");
    pieces = [];
    return text;
  };
  let hasComment = false;
  let isLineComment = false;
  let canAttachToPrev = true;
  let numComments = 0;
  const flush = () => {
    if (hasComment) {
      if (canAttachToPrev) {
        trailing += take();
        canAttachToPrev = false;
      } else {
        detached.push(take());
      }
      pieces = [];
      hasComment = false;
      numComments++;
    }
  };
  const startLineComment = () => {
    if (hasComment && !isLineComment) flush();
    hasComment = true;
    isLineComment = true;
  };
  const startBlockComment = () => {
    if (hasComment) flush();
    hasComment = true;
    isLineComment = false;
  };
  let pos = from;
  let line = 0;
  let prevLine = 0;
  let trailingEndLine = -1;
  const skipSpaces = () => {
    while (pos < to2) {
      const c3 = src.charCodeAt(pos);
      if (c3 === 32 || c3 === 9 || c3 === 13 || c3 === 11 || c3 === 12) pos++;
      else break;
    }
  };
  const commentStart = () => {
    if (pos + 1 < to2 && src.charCodeAt(pos) === 47) {
      const d2 = src.charCodeAt(pos + 1);
      if (d2 === 47) {
        pos += 2;
        return 1;
      }
      if (d2 === 42) {
        pos += 2;
        return 2;
      }
    }
    return 0;
  };
  const lineComment = () => {
    const nl = src.indexOf("\n", pos);
    const end = nl < 0 || nl >= to2 ? to2 : nl + 1;
    const text = src.slice(pos, end);
    if (end > pos && src.charCodeAt(end - 1) === 10) line++;
    pos = end;
    return text;
  };
  const blockComment = () => {
    let content = "";
    let recordStart = pos;
    for (; ; ) {
      while (pos < to2) {
        const c4 = src.charCodeAt(pos);
        if (c4 === 42 || c4 === 47 || c4 === 10) break;
        pos++;
      }
      if (pos >= to2) {
        content += src.slice(recordStart, pos);
        return content;
      }
      const c3 = src.charCodeAt(pos);
      if (c3 === 10) {
        pos++;
        line++;
        content += src.slice(recordStart, pos);
        skipSpaces();
        if (src.charCodeAt(pos) === 42 && pos < to2) {
          pos++;
          if (src.charCodeAt(pos) === 47 && pos < to2) {
            pos++;
            return content;
          }
        }
        recordStart = pos;
      } else if (c3 === 42) {
        pos++;
        if (src.charCodeAt(pos) === 47 && pos < to2) {
          pos++;
          content += src.slice(recordStart, pos - 2);
          return content;
        }
      } else {
        pos++;
      }
    }
  };
  const appendComment = (text) => {
    pieces.push(text);
  };
  let sameLineTrailing = false;
  let paragraphStart = 0;
  let inlineBlock = false;
  if (atStart) {
    canAttachToPrev = false;
    prevLine = -1;
  } else {
    skipSpaces();
    const kind = commentStart();
    if (kind === 1) {
      trailingEndLine = line;
      startLineComment();
      const text = lineComment();
      appendComment(text.charCodeAt(text.length - 1) === 10 ? text.slice(0, -1) : text);
      flush();
      sameLineTrailing = true;
    } else if (kind === 2) {
      startBlockComment();
      appendComment(blockComment());
      trailingEndLine = line;
      skipSpaces();
      flush();
      sameLineTrailing = true;
      if (pos < to2 && src.charCodeAt(pos) === 10) {
        pos++;
        line++;
      }
    } else if (pos < to2 && src.charCodeAt(pos) === 10) {
      pos++;
      line++;
    } else {
      return NO_COMMENTS;
    }
  }
  for (; ; ) {
    skipSpaces();
    const kind = commentStart();
    if (kind === 1) {
      inlineBlock = false;
      startLineComment();
      appendComment(lineComment());
    } else if (kind === 2) {
      startBlockComment();
      appendComment(blockComment());
      skipSpaces();
      inlineBlock = true;
      if (pos < to2 && src.charCodeAt(pos) === 10) {
        pos++;
        line++;
        inlineBlock = false;
      }
    } else if (pos < to2 && src.charCodeAt(pos) === 10) {
      pos++;
      line++;
      if (sameLineTrailing) {
        pieces = [];
        hasComment = false;
        detached.length = paragraphStart;
        sameLineTrailing = false;
      }
      flush();
      canAttachToPrev = false;
      paragraphStart = detached.length;
    } else {
      const result2 = nextChar >= 0;
      if (result2 && hasComment && inlineBlock) {
        const paragraph = detached.splice(paragraphStart);
        if (detached.length > 0) detached.push(...paragraph, take());
        pieces = [];
        hasComment = false;
      }
      if (!result2 || nextChar === 125 || nextChar === 93 || nextChar === 41) flush();
      if (result2 && (prevLine === line || trailingEndLine === line)) {
        const count = numComments + (hasComment ? 1 : 0);
        if (count === 1) {
          trailing = "";
          pieces = [];
          hasComment = false;
        }
      }
      break;
    }
  }
  return {
    trailing: trailing !== "" ? trailing : void 0,
    detached,
    leading: hasComment ? nonEmpty(take()) : void 0
  };
}
function nonEmpty(s) {
  return s === "" ? void 0 : s;
}

// src/frontend/lexer.ts
var EOF = 0;
var IDENT = 1;
var INT = 2;
var FLOAT = 3;
var STRING = 4;
var SYMBOL = 5;
var LexError = class {
  constructor(offset, message2) {
    this.offset = offset;
    this.message = message2;
  }
  offset;
  message;
};
var C_TAB = 9;
var C_NL = 10;
var C_CR = 13;
var C_SPACE = 32;
var C_QUOTE = 34;
var C_APOS = 39;
var C_STAR = 42;
var C_DOT = 46;
var C_SLASH = 47;
var C_0 = 48;
var C_9 = 57;
var C_BACKSLASH = 92;
var identTable = new Uint8Array(128);
for (let c3 = 0; c3 < 128; c3++) {
  if (c3 >= 65 && c3 <= 90 || c3 >= 97 && c3 <= 122 || c3 === 95) identTable[c3] = 1;
  else if (c3 >= C_0 && c3 <= C_9) identTable[c3] = 2;
}
var Lexer = class {
  src;
  len;
  /** True when the text has tabs or non-ASCII characters, so columns need counting. */
  complexColumns;
  // Scanner state (start of the not yet consumed text).
  pos = 0;
  line = 0;
  lineStart = 0;
  // Current token.
  kind = EOF;
  start = 0;
  end = 0;
  tokLine = 0;
  tokCol = 0;
  tokEndCol = 0;
  /** For SYMBOL tokens: the character code. */
  sym = 0;
  // Previous token (for spans that end at it).
  prevEnd = 0;
  prevLine = 0;
  prevEndCol = 0;
  // Column cache for complex lines.
  colCacheLineStart = -1;
  colCacheOffset = 0;
  colCacheCol = 0;
  constructor(src) {
    this.src = src;
    this.len = src.length;
    this.complexColumns = /[\t\u0080-\uffff]/.test(src);
    if (src.charCodeAt(0) === 65279) this.pos = 1;
  }
  /** The text of the current token. */
  text() {
    return this.src.slice(this.start, this.end);
  }
  is(word) {
    return this.kind === IDENT && this.end - this.start === word.length && this.src.startsWith(word, this.start);
  }
  isSym(code) {
    return this.kind === SYMBOL && this.sym === code;
  }
  /** Current token as a span position. */
  here() {
    return { line: this.tokLine, col: this.tokCol, endLine: this.tokLine, endCol: this.tokEndCol, start: this.start, end: this.end };
  }
  /** Column (0-based) of an offset on the line starting at lineStart. */
  column(lineStart, offset) {
    if (!this.complexColumns) return offset - lineStart;
    let i;
    let col;
    if (this.colCacheLineStart === lineStart && this.colCacheOffset <= offset) {
      i = this.colCacheOffset;
      col = this.colCacheCol;
    } else {
      i = lineStart;
      col = 0;
    }
    const src = this.src;
    while (i < offset) {
      const c3 = src.charCodeAt(i);
      if (c3 < 128) {
        col = c3 === C_TAB ? col + 4 & ~3 : col + 1;
        i++;
      } else {
        const cp = src.codePointAt(i) ?? c3;
        col += charWidth(cp);
        i += cp > 65535 ? 2 : 1;
      }
    }
    this.colCacheLineStart = lineStart;
    this.colCacheOffset = offset;
    this.colCacheCol = col;
    return col;
  }
  /** Advances to the next token. Throws LexError on bad characters. */
  next() {
    this.prevEnd = this.end;
    this.prevLine = this.tokLine;
    this.prevEndCol = this.tokEndCol;
    const src = this.src;
    const len = this.len;
    let pos = this.pos;
    let c3 = 0;
    for (; ; ) {
      if (pos >= len) {
        this.pos = pos;
        this.kind = EOF;
        this.start = this.end = pos;
        this.tokLine = this.line;
        this.tokCol = this.tokEndCol = this.column(this.lineStart, pos);
        return;
      }
      c3 = src.charCodeAt(pos);
      if (c3 === C_SPACE) {
        pos++;
      } else if (c3 === C_NL) {
        pos++;
        this.line++;
        this.lineStart = pos;
      } else if (c3 === C_TAB || c3 === C_CR || c3 === 11 || c3 === 12) {
        pos++;
      } else if (c3 === C_SLASH) {
        const d2 = src.charCodeAt(pos + 1);
        if (d2 === C_SLASH) {
          const nl = src.indexOf("\n", pos + 2);
          pos = nl < 0 ? len : nl;
        } else if (d2 === C_STAR) {
          const close = src.indexOf("*/", pos + 2);
          if (close < 0) throw new LexError(pos, "unterminated block comment");
          let nl = src.indexOf("\n", pos + 2);
          while (nl >= 0 && nl < close) {
            this.line++;
            this.lineStart = nl + 1;
            nl = src.indexOf("\n", nl + 1);
          }
          pos = close + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    const start = pos;
    this.start = start;
    this.tokLine = this.line;
    if (c3 < 128 && identTable[c3] === 1) {
      pos++;
      while (pos < len) {
        const d2 = src.charCodeAt(pos);
        if (d2 < 128 && identTable[d2] !== 0) pos++;
        else break;
      }
      this.kind = IDENT;
    } else if (c3 >= C_0 && c3 <= C_9 || c3 === C_DOT && isDigit(src.charCodeAt(pos + 1))) {
      pos = this.scanNumber(pos, c3);
    } else if (c3 === C_QUOTE || c3 === C_APOS) {
      pos = this.scanString(pos, c3);
      this.kind = STRING;
    } else if (c3 < 128 && c3 > C_SPACE) {
      pos++;
      this.kind = SYMBOL;
      this.sym = c3;
    } else if (c3 >= 128) {
      const cp = src.codePointAt(pos) ?? c3;
      throw new LexError(pos, `unexpected character ${JSON.stringify(String.fromCodePoint(cp))}`);
    } else {
      throw new LexError(pos, `unexpected control character 0x${c3.toString(16).padStart(2, "0")}`);
    }
    this.pos = pos;
    this.end = pos;
    if (this.complexColumns) {
      this.tokCol = this.column(this.lineStart, start);
      this.tokEndCol = this.column(this.lineStart, pos);
    } else {
      this.tokCol = start - this.lineStart;
      this.tokEndCol = pos - this.lineStart;
    }
  }
  scanNumber(pos, c3) {
    const src = this.src;
    const len = this.len;
    let isFloat = false;
    if (c3 === C_0 && (src.charCodeAt(pos + 1) | 32) === 120) {
      pos += 2;
      const digitsStart = pos;
      while (pos < len && isHex(src.charCodeAt(pos))) pos++;
      if (pos === digitsStart) throw new LexError(pos, '"0x" must be followed by hex digits');
    } else {
      while (pos < len && isDigit(src.charCodeAt(pos))) pos++;
      if (src.charCodeAt(pos) === C_DOT) {
        isFloat = true;
        pos++;
        while (pos < len && isDigit(src.charCodeAt(pos))) pos++;
      }
      const e = src.charCodeAt(pos) | 32;
      if (e === 101) {
        let p2 = pos + 1;
        const s = src.charCodeAt(p2);
        if (s === 43 || s === 45) p2++;
        if (isDigit(src.charCodeAt(p2))) {
          isFloat = true;
          pos = p2;
          while (pos < len && isDigit(src.charCodeAt(pos))) pos++;
        } else {
          throw new LexError(pos, '"e" must be followed by exponent digits');
        }
      }
    }
    const d2 = src.charCodeAt(pos);
    if (d2 < 128 && (identTable[d2] === 1 || d2 === C_DOT)) {
      throw new LexError(pos, "need space between number and identifier");
    }
    this.kind = isFloat ? FLOAT : INT;
    return pos;
  }
  scanString(pos, quote) {
    const src = this.src;
    const len = this.len;
    pos++;
    for (; ; ) {
      if (pos >= len) throw new LexError(this.start, "unterminated string literal");
      const c3 = src.charCodeAt(pos);
      if (c3 === quote) return pos + 1;
      if (c3 === C_NL) throw new LexError(this.start, "unterminated string literal (strings cannot span lines)");
      if (c3 === C_BACKSLASH) {
        if (pos + 1 >= len) throw new LexError(this.start, "unterminated string literal");
        if (src.charCodeAt(pos + 1) === C_NL) throw new LexError(this.start, "unterminated string literal");
        pos += 2;
      } else if (c3 === 0) {
        throw new LexError(pos, "NUL character in string literal");
      } else {
        pos++;
      }
    }
  }
  /** Offset → 1-based line and column, for error messages. */
  lineCol(offset) {
    let line = 0;
    let lineStart = 0;
    const src = this.src;
    for (let i = src.indexOf("\n"); i >= 0 && i < offset; i = src.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line: line + 1, column: this.column(lineStart, offset) + 1 };
  }
};
function isDigit(c3) {
  return c3 >= C_0 && c3 <= C_9;
}
function isHex(c3) {
  return c3 >= C_0 && c3 <= C_9 || (c3 | 32) >= 97 && (c3 | 32) <= 102;
}
function charWidth(cp) {
  if (cp >= 768 && cp <= 879 || cp >= 1155 && cp <= 1161 || cp >= 1425 && cp <= 1469 || cp >= 1552 && cp <= 1562 || cp >= 1611 && cp <= 1631 || cp >= 6832 && cp <= 6911 || cp >= 7616 && cp <= 7679 || cp >= 8203 && cp <= 8207 || cp >= 8400 && cp <= 8447 || cp >= 65024 && cp <= 65039 || cp >= 65056 && cp <= 65071 || cp >= 917760 && cp <= 917999) {
    return 0;
  }
  if (cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 12350 || cp >= 12353 && cp <= 13311 || cp >= 13312 && cp <= 19903 || cp >= 19968 && cp <= 40959 || cp >= 40960 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 128591 || cp >= 129280 && cp <= 129535 || cp >= 131072 && cp <= 262141) {
    return 2;
  }
  return 1;
}

// src/frontend/text.ts
var LiteralError = class {
  constructor(offset, message2) {
    this.offset = offset;
    this.message = message2;
  }
  offset;
  message;
};
var encoder = new TextEncoder();
var decoder = new TextDecoder("utf-8", { fatal: false });
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
function decodeLiteralBytes(src, start, end) {
  const inner = src.slice(start + 1, end - 1);
  if (inner.indexOf("\\") < 0) return encoder.encode(inner);
  const out = [];
  const pushText = (text) => {
    for (const b3 of encoder.encode(text)) out.push(b3);
  };
  let i = 0;
  const n = inner.length;
  let runStart = 0;
  while (i < n) {
    if (inner.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    if (i > runStart) pushText(inner.slice(runStart, i));
    const escOffset = start + 1 + i;
    i++;
    const c3 = inner[i] ?? "";
    i++;
    switch (c3) {
      case "a":
        out.push(7);
        break;
      case "b":
        out.push(8);
        break;
      case "f":
        out.push(12);
        break;
      case "n":
        out.push(10);
        break;
      case "r":
        out.push(13);
        break;
      case "t":
        out.push(9);
        break;
      case "v":
        out.push(11);
        break;
      case "\\":
        out.push(92);
        break;
      case "'":
        out.push(39);
        break;
      case '"':
        out.push(34);
        break;
      case "?":
        out.push(63);
        break;
      case "x":
      case "X": {
        let v2 = 0;
        let digits = 0;
        while (digits < 2 && i < n && isHexChar(inner.charCodeAt(i))) {
          v2 = v2 * 16 + hexValue(inner.charCodeAt(i));
          i++;
          digits++;
        }
        if (digits === 0) throw new LiteralError(escOffset, "invalid hex escape: \\x must be followed by hex digits");
        out.push(v2);
        break;
      }
      case "u":
      case "U": {
        const len = c3 === "u" ? 4 : 8;
        const hex = inner.slice(i, i + len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw new LiteralError(escOffset, `invalid unicode escape: \\${c3} must be followed by ${len} hex digits`);
        }
        i += len;
        let cp = parseInt(hex, 16);
        if (cp >= 55296 && cp < 56320 && inner.startsWith("\\u", i)) {
          const trail = inner.slice(i + 2, i + 6);
          if (/^[0-9a-fA-F]{4}$/.test(trail)) {
            const t2 = parseInt(trail, 16);
            if (t2 >= 56320 && t2 < 57344) {
              cp = 65536 + (cp - 55296 << 10 | t2 - 56320);
              i += 6;
            }
          }
        }
        if (cp > 1114111) throw new LiteralError(escOffset, "invalid unicode escape: code point out of range");
        pushCodePoint(out, cp);
        break;
      }
      default:
        if (c3 >= "0" && c3 <= "7") {
          let v2 = c3.charCodeAt(0) - 48;
          let digits = 1;
          while (digits < 3 && i < n && inner.charCodeAt(i) >= 48 && inner.charCodeAt(i) <= 55) {
            v2 = v2 * 8 + inner.charCodeAt(i) - 48;
            i++;
            digits++;
          }
          if (v2 > 255) throw new LiteralError(escOffset, "octal escape out of range");
          out.push(v2);
        } else {
          throw new LiteralError(escOffset, `invalid escape sequence "\\${c3}"`);
        }
    }
    runStart = i;
  }
  if (runStart < n) pushText(inner.slice(runStart));
  return Uint8Array.from(out);
}
function decodeLiteralText(src, start, end) {
  const inner = src.slice(start + 1, end - 1);
  if (inner.indexOf("\\") < 0) return inner;
  return decoder.decode(decodeLiteralBytes(src, start, end));
}
function utf8Text(bytes) {
  return decoder.decode(bytes);
}
function pushCodePoint(out, cp) {
  if (cp < 128) out.push(cp);
  else if (cp < 2048) out.push(192 | cp >> 6, 128 | cp & 63);
  else if (cp < 65536) out.push(224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63);
  else out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
}
function isHexChar(c3) {
  return c3 >= 48 && c3 <= 57 || (c3 | 32) >= 97 && (c3 | 32) <= 102;
}
function hexValue(c3) {
  return c3 <= 57 ? c3 - 48 : (c3 | 32) - 87;
}
function cEscape(bytes) {
  let s = "";
  for (const b3 of bytes) {
    switch (b3) {
      case 10:
        s += "\\n";
        break;
      case 13:
        s += "\\r";
        break;
      case 9:
        s += "\\t";
        break;
      case 34:
        s += '\\"';
        break;
      case 39:
        s += "\\'";
        break;
      case 92:
        s += "\\\\";
        break;
      default:
        if (b3 < 32 || b3 >= 127) s += "\\" + b3.toString(8).padStart(3, "0");
        else s += String.fromCharCode(b3);
    }
  }
  return s;
}
function formatDouble(v2) {
  if (Number.isNaN(v2)) return "nan";
  if (v2 === Infinity) return "inf";
  if (v2 === -Infinity) return "-inf";
  if (v2 === 0) return Object.is(v2, -0) ? "-0" : "0";
  const neg = v2 < 0;
  const e = Math.abs(v2).toExponential();
  const ePos = e.indexOf("e");
  const digits = e.slice(0, ePos).replace(".", "");
  const exp = parseInt(e.slice(ePos + 1), 10);
  let out;
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const absExp = Math.abs(exp);
    out = `${mant}e${exp < 0 ? "-" : "+"}${absExp < 10 ? "0" : ""}${absExp}`;
  } else {
    const dp = exp + 1;
    if (dp <= 0) out = `0.${"0".repeat(-dp)}${digits}`;
    else if (dp >= digits.length) out = digits + "0".repeat(dp - digits.length);
    else out = `${digits.slice(0, dp)}.${digits.slice(dp)}`;
  }
  return neg ? `-${out}` : out;
}
function jsonName(name) {
  return name.indexOf("_") < 0 ? name : camel(name, false);
}
function mapEntryName(name) {
  return camel(name, true) + "Entry";
}
function camel(name, capFirst) {
  let out = "";
  let cap = capFirst;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "_") cap = true;
    else if (cap) {
      out += ch >= "a" && ch <= "z" ? ch.toUpperCase() : ch;
      cap = false;
    } else out += ch;
  }
  return out;
}

// src/frontend/parser.ts
function ext(path, ...more) {
  const n = path.length;
  const r2 = new Array(n + more.length);
  for (let i = 0; i < n; i++) r2[i] = path[i];
  for (let i = 0; i < more.length; i++) r2[n + i] = more[i];
  return r2;
}
var LOC_TYPE = SourceCodeInfo_LocationSchema.typeName;
var LOC_PROTO = Object.getPrototypeOf(create(SourceCodeInfo_LocationSchema));
var NO_DETACHED = Object.freeze([]);
function newLoc(path, span) {
  const l3 = LOC_PROTO !== null && LOC_PROTO !== Object.prototype ? Object.create(LOC_PROTO) : {};
  l3.$typeName = LOC_TYPE;
  l3.path = path;
  l3.span = span;
  l3.leadingDetachedComments = NO_DETACHED;
  return l3;
}
var LocTape = class {
  data;
  length = 0;
  comments = [];
  /** Paths and spans set after parsing (custom options), by handle. */
  overrides = /* @__PURE__ */ new Map();
  /** Locations added by the linker. */
  extra = [];
  /** Adds a record for `path` (followed by `suffix` when it is not negative). */
  add(path, sl, sc, el, ec, suffix = -1) {
    const pn2 = path.length;
    const n = suffix >= 0 ? pn2 + 1 : pn2;
    if (this.length + n + 6 > this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + n + 6));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    const d2 = this.data;
    const h3 = this.length;
    let o2 = h3;
    d2[o2++] = n;
    for (let i = 0; i < pn2; i++) d2[o2++] = path[i];
    if (suffix >= 0) d2[o2++] = suffix;
    d2[o2++] = sl;
    d2[o2++] = sc;
    d2[o2++] = el;
    d2[o2++] = ec;
    d2[o2++] = -1;
    this.length = o2;
    return h3;
  }
  /** @param sizeHint length of the source text: about one number per 4 characters is recorded. */
  constructor(sizeHint = 4096) {
    this.data = new Int32Array(Math.max(256, sizeHint >> 2));
  }
  /** Drops the unused capacity once recording is done (when it is worth a copy). */
  trim() {
    if (this.data.length - this.length > 4096 && this.data.length > this.length + (this.length >> 2)) this.data = this.data.slice(0, this.length);
  }
  /** Offset of the span of a record. */
  spanAt(h3) {
    return h3 + 1 + this.data[h3];
  }
  setSpan(h3, sl, sc, el, ec) {
    const o2 = this.spanAt(h3);
    const d2 = this.data;
    d2[o2] = sl;
    d2[o2 + 1] = sc;
    d2[o2 + 2] = el;
    d2[o2 + 3] = ec;
  }
  setEnd(h3, el, ec) {
    const o2 = this.spanAt(h3);
    this.data[o2 + 2] = el;
    this.data[o2 + 3] = ec;
  }
  copySpan(from, to2) {
    const a = this.spanAt(from);
    const b3 = this.spanAt(to2);
    this.data.copyWithin(b3, a, a + 4);
  }
  /** The span of a record in SourceCodeInfo form (3 or 4 numbers). */
  span(h3) {
    const o2 = this.spanAt(h3);
    const d2 = this.data;
    const sl = d2[o2];
    const el = d2[o2 + 2];
    return sl === el ? [sl, d2[o2 + 1], d2[o2 + 3]] : [sl, d2[o2 + 1], el, d2[o2 + 3]];
  }
  path(h3) {
    const n = this.data[h3];
    return Array.from(this.data.subarray(h3 + 1, h3 + 1 + n));
  }
  attach(h3, leading, trailing, detached) {
    if (leading === void 0 && trailing === void 0 && detached.length === 0) return;
    const c3 = {};
    if (leading !== void 0) c3.leading = leading;
    if (trailing !== void 0) c3.trailing = trailing;
    if (detached.length > 0) c3.detached = detached;
    this.data[this.spanAt(h3) + 4] = this.comments.length;
    this.comments.push(c3);
  }
  /** Handles of the records added since `from` (a previous `length`). */
  handlesSince(from) {
    const out = [];
    for (let h3 = from; h3 < this.length; h3 += this.data[h3] + 6) out.push(h3);
    return out;
  }
  /** The first record with this path, if any. */
  find(path) {
    const d2 = this.data;
    for (let h3 = 0; h3 < this.length; h3 += d2[h3] + 6) {
      const o2 = this.overrides.get(h3);
      const p2 = o2?.path;
      if (p2 !== void 0) {
        if (p2.length === path.length && p2.every((v2, i) => v2 === path[i])) return h3;
        continue;
      }
      if (d2[h3] !== path.length) continue;
      let same = true;
      for (let i = 0; i < path.length && same; i++) same = d2[h3 + 1 + i] === path[i];
      if (same) return h3;
    }
    return void 0;
  }
  /** All locations as messages, in recording order, then the linker's. */
  materialize() {
    const out = [];
    const d2 = this.data;
    for (let h3 = 0; h3 < this.length; h3 += d2[h3] + 6) {
      const o2 = this.overrides.get(h3);
      const loc = newLoc(o2?.path ?? this.path(h3), o2?.span ?? this.span(h3));
      const slot = d2[h3 + 1 + d2[h3] + 4];
      if (slot >= 0) {
        const c3 = this.comments[slot];
        if (c3.leading !== void 0) loc.leadingComments = c3.leading;
        if (c3.trailing !== void 0) loc.trailingComments = c3.trailing;
        if (c3.detached !== void 0) loc.leadingDetachedComments = c3.detached;
      }
      out.push(loc);
    }
    for (const l3 of this.extra) out.push(l3);
    return out;
  }
};
var SCALAR_TYPES = {
  double: FieldDescriptorProto_Type.DOUBLE,
  float: FieldDescriptorProto_Type.FLOAT,
  int64: FieldDescriptorProto_Type.INT64,
  uint64: FieldDescriptorProto_Type.UINT64,
  int32: FieldDescriptorProto_Type.INT32,
  fixed64: FieldDescriptorProto_Type.FIXED64,
  fixed32: FieldDescriptorProto_Type.FIXED32,
  bool: FieldDescriptorProto_Type.BOOL,
  string: FieldDescriptorProto_Type.STRING,
  bytes: FieldDescriptorProto_Type.BYTES,
  uint32: FieldDescriptorProto_Type.UINT32,
  sfixed32: FieldDescriptorProto_Type.SFIXED32,
  sfixed64: FieldDescriptorProto_Type.SFIXED64,
  sint32: FieldDescriptorProto_Type.SINT32,
  sint64: FieldDescriptorProto_Type.SINT64
};
var MAX_FIELD_NUMBER = 536870911;
var MAX_ENUM_NUMBER = 2147483647;
var fieldMaps = /* @__PURE__ */ new WeakMap();
function fieldByName(schema, name) {
  let m2 = fieldMaps.get(schema);
  if (m2 === void 0) {
    m2 = new Map(schema.fields.map((f3) => [f3.name, f3]));
    fieldMaps.set(schema, m2);
  }
  return m2.get(name);
}
var C_SEMI = 59;
var C_LBRACE = 123;
var C_RBRACE = 125;
var C_LBRACKET = 91;
var C_RBRACKET = 93;
var C_LPAREN = 40;
var C_RPAREN = 41;
var C_EQ = 61;
var C_DOT2 = 46;
var C_COMMA = 44;
var C_MINUS = 45;
var C_LT = 60;
var C_GT = 62;
var C_COLON = 58;
function parseFile(path, text) {
  const p2 = new Parser(path, text);
  try {
    return p2.parse();
  } catch (e) {
    if (e instanceof LexError || e instanceof LiteralError) {
      const lc = p2.lx.lineCol(e.offset);
      throw new CompileError(path, lc.line, lc.column, e.message);
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new CompileError(path, p2.lx.tokLine + 1, p2.lx.tokCol + 1, "declarations are nested too deeply");
    }
    throw e;
  }
}
var Parser = class {
  lx;
  path;
  src;
  locs;
  refs = [];
  optionRefs = [];
  imports = [];
  syntax = "proto2";
  edition = 0;
  pendingLeading = void 0;
  pendingDetached = [];
  file;
  depth = 0;
  constructor(path, text) {
    this.path = path;
    this.src = text;
    this.lx = new Lexer(text);
    this.locs = new LocTape(text.length);
    this.file = create(FileDescriptorProtoSchema, { name: path });
  }
  // ---- errors and token helpers ----
  fail(detail, line = this.lx.tokLine, col = this.lx.tokCol) {
    throw new CompileError(this.path, line + 1, col + 1, detail);
  }
  atEof() {
    return this.lx.kind === EOF;
  }
  describe() {
    const lx = this.lx;
    if (lx.kind === EOF) return "end of file";
    const t2 = lx.text();
    return JSON.stringify(t2.length > 40 ? t2.slice(0, 40) + "…" : t2);
  }
  expected(what, context) {
    this.fail(`syntax error: expected ${what}${context ? " " + context : ""}, found ${this.describe()}`);
  }
  expectSym(code, context) {
    if (!this.lx.isSym(code)) this.expected(JSON.stringify(String.fromCharCode(code)), context);
    this.lx.next();
  }
  expectIdent(context) {
    if (this.lx.kind !== IDENT) this.expected("an identifier", context);
    const t2 = this.lx.text();
    this.lx.next();
    return t2;
  }
  expectWord(word, context) {
    if (!this.lx.is(word)) this.expected(`"${word}"`, context);
    this.lx.next();
  }
  /** A location for `path` (plus `sub` when given: a child's field number). */
  addLoc(path, start, endLine, endCol, sub = -1) {
    return this.locs.add(path, start.line, start.col, endLine, endCol, sub);
  }
  /** A location spanning exactly one saved token. */
  tokenLoc(path, tok, sub = -1) {
    return this.locs.add(path, tok.line, tok.col, tok.endLine, tok.endCol, sub);
  }
  /** A location from `start` to the end of the previous token. */
  locToPrev(path, start, sub = -1) {
    return this.locs.add(path, start.line, start.col, this.lx.prevLine, this.lx.prevEndCol, sub);
  }
  /** Ends a location at the previous token. */
  endAtPrev(h3) {
    this.locs.setEnd(h3, this.lx.prevLine, this.lx.prevEndCol);
  }
  /** Ends a location at the current token (the `;` about to be consumed). */
  endAtTok(h3) {
    this.locs.setEnd(h3, this.lx.tokLine, this.lx.tokEndCol);
  }
  /**
   * Consumes the token ending a declaration (`;`, `{` or `}`) and attributes
   * comments the way protoc does: the declaration gets the comments that led
   * up to it and the trailing comment after this token.
   */
  endDecl(code, loc, context) {
    const lx = this.lx;
    if (!lx.isSym(code)) this.expected(JSON.stringify(String.fromCharCode(code)), context);
    const from = lx.end;
    lx.next();
    const a = attributeComments(this.src, from, lx.start, false, lx.kind === EOF ? -1 : this.src.charCodeAt(lx.start));
    const leading = this.pendingLeading;
    this.pendingLeading = a.leading;
    if (loc !== null) {
      const detached = this.pendingDetached;
      this.pendingDetached = a.detached;
      this.locs.attach(loc, leading, a.trailing, detached);
    } else if (code === C_RBRACE) {
      this.pendingDetached = a.detached;
    } else if (a.detached.length > 0) {
      this.pendingDetached = this.pendingDetached.concat(a.detached);
    }
  }
  tryEndDecl(code, loc) {
    if (!this.lx.isSym(code)) return false;
    this.endDecl(code, loc, "");
    return true;
  }
  // ---- numbers and strings ----
  intText() {
    if (this.lx.kind !== INT) this.expected("an integer", "");
    return this.lx.text();
  }
  /** Parses the current INT token as a BigInt (decimal, hex or octal). */
  bigIntValue() {
    const t2 = this.intText();
    try {
      if (t2.length > 1 && t2.charCodeAt(0) === 48 && (t2.charCodeAt(1) | 32) !== 120) return BigInt("0o" + t2.slice(1));
      return BigInt(t2);
    } catch {
      this.fail(`invalid integer literal ${JSON.stringify(t2)}`);
    }
  }
  /** Reads a (possibly negative) integer in [min, max]; returns its value and start position. */
  readInt(min, max, what) {
    const start = this.lx.here();
    let neg = false;
    if (this.lx.isSym(C_MINUS)) {
      neg = true;
      this.lx.next();
    }
    if (this.lx.kind !== INT) this.expected("an integer", what);
    const t2 = this.lx.text();
    let v2;
    if (t2.length < 10 && (t2.length === 1 || t2.charCodeAt(0) !== 48)) v2 = Number(t2);
    else v2 = Number(this.bigIntValue());
    if (neg) v2 = -v2;
    if (v2 < min || v2 > max) this.fail(`${what} ${neg ? "-" : ""}${t2} is out of range (${min} to ${max})`, start.line, start.col);
    this.lx.next();
    return { value: v2, start };
  }
  /** Reads one or more adjacent string literals. */
  readStringBytes() {
    const lx = this.lx;
    if (lx.kind !== STRING) this.expected("a string", "");
    let bytes = decodeLiteralBytes(this.src, lx.start, lx.end);
    lx.next();
    while (lx.kind === STRING) {
      const more = decodeLiteralBytes(this.src, lx.start, lx.end);
      const joined = new Uint8Array(bytes.length + more.length);
      joined.set(bytes);
      joined.set(more, bytes.length);
      bytes = joined;
      lx.next();
    }
    return bytes;
  }
  readString() {
    const lx = this.lx;
    if (lx.kind !== STRING) this.expected("a string", "");
    const first = decodeLiteralText(this.src, lx.start, lx.end);
    lx.next();
    if (lx.kind !== STRING) return first;
    let s = first;
    while (lx.kind === STRING) {
      s += decodeLiteralText(this.src, lx.start, lx.end);
      lx.next();
    }
    return s;
  }
  // ---- file ----
  parse() {
    const lx = this.lx;
    const file = this.file;
    lx.next();
    const first = attributeComments(this.src, 0, lx.start, true, lx.kind === EOF ? -1 : this.src.charCodeAt(lx.start));
    this.pendingLeading = first.leading;
    this.pendingDetached = first.detached;
    const rootStart = lx.here();
    const root = this.locs.add([], 0, 0, 0, 0);
    if (lx.is("syntax") || lx.is("edition")) this.parseSyntax();
    let enumIdx = 0;
    let svcIdx = 0;
    let optIdx = 0;
    const owner = {
      schema: FileOptionsSchema,
      get: () => file.options ??= create(FileOptionsSchema)
    };
    let sawPackage = false;
    while (lx.kind !== EOF) {
      if (lx.kind === IDENT) {
        const start = lx.here();
        if (lx.is("message")) {
          this.parseMessage(file.messageType, [4, file.messageType.length], [], start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if (lx.is("enum")) {
          this.parseEnum(file.enumType, [5, enumIdx++], [], start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if (lx.is("service")) {
          this.parseService([6, svcIdx++], start);
          continue;
        }
        if (lx.is("extend")) {
          this.parseExtend(file.extension, [7], file.messageType, [4], []);
          continue;
        }
        if (lx.is("import")) {
          this.parseImport(start);
          continue;
        }
        if (lx.is("package")) {
          if (sawPackage) this.fail("multiple package statements");
          sawPackage = true;
          this.parsePackage(start);
          continue;
        }
        if (lx.is("option")) {
          optIdx = this.parseOptionStatement(owner, [8], optIdx, [], "google.protobuf.FileOptions");
          continue;
        }
        if ((lx.is("export") || lx.is("local")) && this.edition >= Edition.EDITION_2024) {
          const vis = lx.is("export") ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
          lx.next();
          const kw = lx.here();
          if (lx.is("message")) this.parseMessage(file.messageType, [4, file.messageType.length], [], kw, vis);
          else if (lx.is("enum")) this.parseEnum(file.enumType, [5, enumIdx++], [], kw, vis);
          else this.expected('"message" or "enum"', "after visibility modifier");
          continue;
        }
        if (lx.is("syntax") || lx.is("edition")) this.fail(`the ${lx.text()} statement must be the first statement in the file`);
      } else if (this.tryEndDecl(C_SEMI, null)) {
        continue;
      }
      this.expected("a top-level declaration (message, enum, service, extend, import, package, option)", "");
    }
    if (lx.prevEnd > 0) this.locs.setSpan(root, rootStart.line, rootStart.col, lx.prevLine, lx.prevEndCol);
    this.locs.trim();
    if (this.syntax === "proto3") file.syntax = "proto3";
    else if (this.syntax === "editions") {
      file.syntax = "editions";
      file.edition = this.edition;
    }
    return { proto: file, locs: this.locs, refs: this.refs, optionRefs: this.optionRefs, imports: this.imports, syntax: this.syntax };
  }
  parseSyntax() {
    const lx = this.lx;
    const start = lx.here();
    const isEdition = lx.is("edition");
    lx.next();
    this.expectSym(C_EQ, isEdition ? 'after "edition"' : 'after "syntax"');
    const valueStart = lx.here();
    if (lx.kind !== STRING) this.expected("a quoted string", isEdition ? 'after "edition ="' : 'after "syntax ="');
    const value = this.readString();
    if (isEdition) {
      if (value === "2023") this.edition = Edition.EDITION_2023;
      else if (value === "2024") this.edition = Edition.EDITION_2024;
      else this.fail(`unknown edition ${JSON.stringify(value)} (supported: "2023", "2024")`, valueStart.line, valueStart.col);
      this.syntax = "editions";
    } else if (value === "proto2") {
      this.syntax = "proto2";
    } else if (value === "proto3") {
      this.syntax = "proto3";
    } else {
      this.fail(`unknown syntax ${JSON.stringify(value)} (expected "proto2" or "proto3")`, valueStart.line, valueStart.col);
    }
    this.locToPrevAfterEnd([12], start, "after the syntax statement");
  }
  /** Emits a location from start through the `;` that ends the statement, attaching comments. */
  locToPrevAfterEnd(path, start, context) {
    const lx = this.lx;
    if (!lx.isSym(C_SEMI)) this.expected('";"', context);
    const loc = this.addLoc(path, start, lx.tokLine, lx.tokEndCol);
    this.endDecl(C_SEMI, loc, context);
    return loc;
  }
  parsePackage(start) {
    const lx = this.lx;
    lx.next();
    const name = this.readDottedName('after "package"', false);
    this.file.package = name;
    this.locToPrevAfterEnd([2], start, "after package name");
  }
  parseImport(start) {
    const lx = this.lx;
    lx.next();
    let kind = "normal";
    let kwTok;
    if (lx.is("public") || lx.is("weak") || lx.is("option") && this.edition >= Edition.EDITION_2024) {
      kind = lx.is("public") ? "public" : lx.is("weak") ? "weak" : "option";
      kwTok = lx.here();
      lx.next();
    }
    if (lx.kind !== STRING) this.expected("a quoted file name", 'after "import"');
    const path = this.readString();
    const file = this.file;
    if (kind === "option") {
      file.optionDependency.push(path);
      this.locToPrevAfterEnd([15, file.optionDependency.length - 1], start, "after import");
    } else {
      const idx = file.dependency.length;
      file.dependency.push(path);
      if (kind === "public") {
        file.publicDependency.push(idx);
        this.tokenLoc([10, file.publicDependency.length - 1], kwTok);
      } else if (kind === "weak") {
        file.weakDependency.push(idx);
        this.tokenLoc([11, file.weakDependency.length - 1], kwTok);
      }
      this.locToPrevAfterEnd([3, idx], start, "after import");
    }
    this.imports.push({ path, line: start.line + 1, column: start.col + 1, kind });
  }
  /** ident ('.' ident)*, optionally with a leading dot. */
  readDottedName(context, allowLeadingDot) {
    const lx = this.lx;
    let name = "";
    if (allowLeadingDot && lx.isSym(C_DOT2)) {
      name = ".";
      lx.next();
    }
    name += this.expectIdent(context);
    while (lx.isSym(C_DOT2)) {
      lx.next();
      name += "." + this.expectIdent('after "."');
    }
    return name;
  }
  // ---- options ----
  /** `option name = value;` inside a body; returns the next uninterpreted index. */
  parseOptionStatement(owner, basePath, uninterpIdx, scope, optionsType) {
    const lx = this.lx;
    const start = lx.here();
    lx.next();
    const stmtLoc = this.addLoc(ext(basePath), start, 0, 0);
    const result2 = this.parseOption(owner, basePath, uninterpIdx, scope, optionsType, start);
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after option value");
    const endLine = lx.tokLine;
    const endCol = lx.tokEndCol;
    this.locs.setEnd(stmtLoc, endLine, endCol);
    if (!result2.inner) this.locs.copySpan(stmtLoc, result2.loc);
    this.endDecl(C_SEMI, result2.loc, "after option value");
    return result2.next;
  }
  /**
   * Parses `name = value` (the `option` keyword already consumed for
   * statements) and stores it. The returned location spans from `start` to
   * the value; statements widen it to the `;`.
   */
  parseOption(owner, basePath, uninterpIdx, scope, optionsType, start) {
    const lx = this.lx;
    const parts = [];
    for (; ; ) {
      const pos = lx.here();
      if (lx.isSym(C_LPAREN)) {
        lx.next();
        const name = this.readDottedName("in option name", true);
        this.expectSym(C_RPAREN, "after extension name");
        parts.push({ name, isExtension: true, pos });
      } else {
        const name = this.expectIdent(parts.length === 0 ? 'after "option"' : "in option name");
        parts.push({ name, isExtension: false, pos });
      }
      if (!lx.isSym(C_DOT2)) break;
      lx.next();
    }
    this.expectSym(C_EQ, "after option name");
    const value = this.readOptionValue();
    const opts = owner.get();
    const first = parts[0];
    const innerSpan = first.pos.line === value.endLine ? [first.pos.line, first.pos.col, value.endCol] : [first.pos.line, first.pos.col, value.endLine, value.endCol];
    if (!parts.some((p2) => p2.isExtension)) {
      const r2 = this.setStandardOption(owner.schema, opts, parts, value, basePath);
      const loc2 = this.addLoc(r2.path, start, value.endLine, value.endCol);
      if (r2.message !== void 0 && value.fields !== void 0) {
        this.locs.setSpan(loc2, first.pos.line, first.pos.col, value.endLine, value.endCol);
        this.standardAggregateLocs(r2.message, value.fields, r2.path);
        return { loc: loc2, next: uninterpIdx, inner: true };
      }
      return { loc: loc2, next: uninterpIdx, inner: false };
    }
    if (!first.isExtension) {
      const f3 = fieldByName(owner.schema, first.name);
      if (f3 === void 0) this.fail(`unknown option "${first.name}"`, first.pos.line, first.pos.col);
    }
    const u2 = this.uninterpreted(parts, value);
    opts.uninterpretedOption.push(u2);
    const loc = this.addLoc(ext(basePath, 999, uninterpIdx), start, value.endLine, value.endCol);
    const ref = { loc, basePath, optionsType, parts: parts.map((p2) => ({ name: p2.name, isExtension: p2.isExtension })), scope, innerSpan };
    this.optionRefs.push(value.fields === void 0 ? ref : { ...ref, aggregate: value.fields });
    return { loc, next: uninterpIdx + 1, inner: false };
  }
  /** Locations of the fields set inside a `{ ... }` value of a singular message-typed standard option. */
  standardAggregateLocs(schema, fields, base) {
    const counts = /* @__PURE__ */ new Map();
    for (const f3 of fields) {
      const fd = f3.isExtension ? void 0 : fieldByName(schema, f3.name);
      if (fd === void 0) continue;
      const p2 = ext(base, fd.number);
      if (fd.fieldKind === "list" || fd.fieldKind === "map") {
        const n = counts.get(fd.number) ?? 0;
        counts.set(fd.number, n + 1);
        p2.push(n);
      } else if (fd.fieldKind === "message" && f3.value.kind === "message") {
        this.standardAggregateLocs(fd.message, f3.value.fields, p2);
        continue;
      }
      this.locs.extra.push(newLoc(p2, f3.span));
    }
  }
  readOptionValue() {
    const lx = this.lx;
    const start = lx.here();
    let negative = false;
    if (lx.isSym(C_MINUS)) {
      negative = true;
      lx.next();
    }
    switch (lx.kind) {
      case IDENT: {
        const text = lx.text();
        if (negative && text !== "inf" && text !== "nan") this.fail(`syntax error: identifier after "-" must be inf or nan, found ${this.describe()}`);
        lx.next();
        return { kind: "ident", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case INT: {
        const text = lx.text();
        lx.next();
        return { kind: "int", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case FLOAT: {
        const text = lx.text();
        lx.next();
        return { kind: "float", negative, text, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case STRING: {
        if (negative) this.fail('syntax error: "-" before a string');
        const bytes = this.readStringBytes();
        return { kind: "string", negative, text: "", bytes, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
      }
      case SYMBOL:
        if (lx.sym === C_LBRACE && !negative) {
          const agg = this.readAggregate();
          return { kind: "aggregate", negative, text: agg.text, fields: agg.fields, start, endLine: lx.prevLine, endCol: lx.prevEndCol };
        }
        break;
    }
    this.expected("an option value", "");
  }
  /**
   * Reads a `{ ... }` option value. Returns the text as protoc keeps it (the
   * tokens between the braces joined by spaces) and the fields with positions.
   */
  readAggregate() {
    const parts = [];
    this.lx.next();
    const fields = this.aggBody(C_RBRACE, parts, true);
    return { text: parts.join(" "), fields };
  }
  aggTake(parts) {
    parts.push(this.lx.text());
    this.lx.next();
  }
  aggBody(close, parts, outer) {
    const lx = this.lx;
    const fields = [];
    for (; ; ) {
      if (this.atEof()) this.fail("syntax error: unexpected end of file in message value");
      if (lx.isSym(close)) {
        if (outer) lx.next();
        else this.aggTake(parts);
        return fields;
      }
      const start = lx.here();
      let name;
      let isExtension = false;
      if (lx.kind === IDENT) {
        name = lx.text();
        this.aggTake(parts);
      } else if (lx.isSym(C_LBRACKET)) {
        isExtension = true;
        this.aggTake(parts);
        name = "";
        while (!lx.isSym(C_RBRACKET)) {
          if (this.atEof()) this.fail("syntax error: unexpected end of file in message value");
          name += lx.text();
          this.aggTake(parts);
        }
        this.aggTake(parts);
      } else {
        this.expected("a field name", "in message value");
      }
      let colon = false;
      if (lx.isSym(C_COLON)) {
        colon = true;
        this.aggTake(parts);
      }
      const value = this.aggValue(parts, colon);
      const span = start.line === lx.prevLine ? [start.line, start.col, lx.prevEndCol] : [start.line, start.col, lx.prevLine, lx.prevEndCol];
      fields.push({ name, isExtension, span, value });
      if (lx.isSym(C_COMMA) || lx.isSym(C_SEMI)) this.aggTake(parts);
    }
  }
  aggValue(parts, colon) {
    const lx = this.lx;
    if (lx.isSym(C_LBRACE) || lx.isSym(C_LT)) {
      const close = lx.isSym(C_LBRACE) ? C_RBRACE : C_GT;
      this.aggTake(parts);
      return { kind: "message", fields: this.aggBody(close, parts, false) };
    }
    if (!colon) this.expected('":"', "after field name in message value");
    if (lx.isSym(C_LBRACKET)) {
      this.aggTake(parts);
      while (!lx.isSym(C_RBRACKET)) {
        this.aggValue(parts, true);
        if (lx.isSym(C_COMMA)) this.aggTake(parts);
        else if (!lx.isSym(C_RBRACKET)) this.expected('"," or "]"', "in list value");
      }
      this.aggTake(parts);
      return { kind: "list" };
    }
    if (lx.isSym(C_MINUS)) this.aggTake(parts);
    if (lx.kind === STRING) {
      while (lx.kind === STRING) this.aggTake(parts);
      return { kind: "scalar" };
    }
    if (lx.kind === IDENT || lx.kind === INT || lx.kind === FLOAT) {
      this.aggTake(parts);
      return { kind: "scalar" };
    }
    this.expected("a value", "in message value");
  }
  uninterpreted(parts, v2) {
    const u2 = create(UninterpretedOptionSchema, {
      name: parts.map((p2) => create(UninterpretedOption_NamePartSchema, { namePart: p2.name, isExtension: p2.isExtension }))
    });
    switch (v2.kind) {
      case "ident":
        if (v2.negative) u2.doubleValue = v2.text === "inf" ? -Infinity : NaN;
        else u2.identifierValue = v2.text;
        break;
      case "int": {
        const n = this.parseIntText(v2);
        if (v2.negative) {
          if (n > 9223372036854775808n) this.fail("integer out of range", v2.start.line, v2.start.col);
          u2.negativeIntValue = -n;
        } else {
          if (n > 18446744073709551615n) this.fail("integer out of range", v2.start.line, v2.start.col);
          u2.positiveIntValue = n;
        }
        break;
      }
      case "float":
        u2.doubleValue = v2.negative ? -Number(v2.text) : Number(v2.text);
        break;
      case "string":
        u2.stringValue = v2.bytes;
        break;
      case "aggregate":
        u2.aggregateValue = v2.text;
        break;
    }
    return u2;
  }
  parseIntText(v2) {
    const t2 = v2.text;
    try {
      if (t2.length > 1 && t2.charCodeAt(0) === 48 && (t2.charCodeAt(1) | 32) !== 120) return BigInt("0o" + t2.slice(1));
      return BigInt(t2);
    } catch {
      this.fail(`invalid integer literal ${JSON.stringify(t2)}`, v2.start.line, v2.start.col);
    }
  }
  /** Sets a standard (non-extension) option; returns its source path. */
  setStandardOption(schema, opts, parts, value, basePath) {
    const path = ext(basePath);
    let singularMessage;
    let msgSchema = schema;
    let target = opts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const f3 = fieldByName(msgSchema, part.name);
      if (f3 === void 0 || part.name === "uninterpreted_option") {
        const owner = i === 0 ? "" : ` in ${msgSchema.typeName}`;
        this.fail(`unknown option "${parts.slice(0, i + 1).map((p2) => p2.name).join(".")}"${owner}`, part.pos.line, part.pos.col);
      }
      path.push(f3.number);
      const last = i === parts.length - 1;
      if (!last) {
        if (f3.fieldKind !== "message") this.fail(`option "${part.name}" is not a message and has no field "${parts[i + 1].name}"`, part.pos.line, part.pos.col);
        let sub = target[f3.localName];
        if (sub === void 0) {
          sub = create(f3.message);
          target[f3.localName] = sub;
        }
        target = sub;
        msgSchema = f3.message;
        continue;
      }
      const name = parts.map((p2) => p2.name).join(".");
      if (f3.fieldKind === "list") {
        const list2 = target[f3.localName];
        path.push(list2.length);
        if (f3.listKind === "enum") list2.push(this.enumOptionValue(f3.enum.values, name, value));
        else if (f3.listKind === "scalar") list2.push(this.scalarOptionValue(f3.scalar, name, value));
        else if (value.kind === "aggregate") list2.push(this.aggregateMessage(f3.message, value));
        else this.optionTypeError(name, "a message value in braces", value);
      } else if (f3.fieldKind === "enum") {
        target[f3.localName] = this.enumOptionValue(f3.enum.values, name, value);
      } else if (f3.fieldKind === "scalar") {
        target[f3.localName] = this.scalarOptionValue(f3.scalar, name, value);
      } else if (f3.fieldKind === "message") {
        if (value.kind !== "aggregate") this.optionTypeError(name, "a message value in braces", value);
        target[f3.localName] = this.aggregateMessage(f3.message, value);
        singularMessage = f3.message;
      } else {
        this.fail(`option "${name}" cannot be set here`, part.pos.line, part.pos.col);
      }
    }
    return { path, message: singularMessage };
  }
  optionTypeError(name, want, value) {
    this.fail(`option "${name}": expected ${want}, found ${value.kind === "string" ? "a string" : value.kind === "aggregate" ? "a message value" : JSON.stringify((value.negative ? "-" : "") + value.text)}`, value.start.line, value.start.col);
  }
  enumOptionValue(values, name, value) {
    if (value.kind !== "ident" || value.negative) this.optionTypeError(name, "an enum value name", value);
    const ev = values.find((v2) => v2.name === value.text);
    if (ev === void 0) this.fail(`option "${name}": unknown enum value "${value.text}"`, value.start.line, value.start.col);
    return ev.number;
  }
  scalarOptionValue(scalar, name, value) {
    switch (scalar) {
      case 9:
        if (value.kind !== "string") this.optionTypeError(name, "a string", value);
        return utf8Text(value.bytes);
      case 12:
        if (value.kind !== "string") this.optionTypeError(name, "a string", value);
        return value.bytes;
      case 8:
        if (value.kind !== "ident" || value.negative || value.text !== "true" && value.text !== "false") this.optionTypeError(name, "true or false", value);
        return value.text === "true";
      case 1:
      // double
      case 2:
        if (value.kind === "int") return (value.negative ? -1 : 1) * Number(this.parseIntText(value));
        if (value.kind === "float") return (value.negative ? -1 : 1) * Number(value.text);
        if (value.kind === "ident" && (value.text === "inf" || value.text === "nan")) return value.text === "nan" ? NaN : value.negative ? -Infinity : Infinity;
        this.optionTypeError(name, "a number", value);
      // falls through (unreachable)
      default: {
        if (value.kind !== "int") this.optionTypeError(name, "an integer", value);
        let n = this.parseIntText(value);
        if (value.negative) n = -n;
        const is64 = scalar === 3 || scalar === 4 || scalar === 6 || scalar === 16 || scalar === 18;
        const unsigned = scalar === 4 || scalar === 6 || scalar === 13 || scalar === 7;
        const min = unsigned ? 0n : is64 ? -(2n ** 63n) : -(2n ** 31n);
        const max = unsigned ? is64 ? 2n ** 64n - 1n : 2n ** 32n - 1n : is64 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
        if (n < min || n > max) this.fail(`option "${name}": value out of range`, value.start.line, value.start.col);
        return is64 ? n : Number(n);
      }
    }
  }
  /** A message-typed standard option written as `{ field: value ... }` (text format subset). */
  aggregateMessage(schema, value) {
    const msg = create(schema);
    const sub = new Lexer(value.text);
    const fail2 = (what) => this.fail(`option value: ${what}`, value.start.line, value.start.col);
    const parseInto = (s, target, close) => {
      for (; ; ) {
        if (sub.kind === EOF) {
          if (close === 0) return;
          fail2("unexpected end of message value");
        }
        if (sub.kind === SYMBOL && sub.sym === close) {
          sub.next();
          return;
        }
        if (sub.kind !== IDENT) fail2(`unexpected ${JSON.stringify(sub.text())}`);
        const fname = sub.text();
        const found = fieldByName(s, fname);
        if (found === void 0) return fail2(`unknown field "${fname}" in ${s.typeName}`);
        const f3 = found;
        sub.next();
        if (sub.kind === SYMBOL && sub.sym === C_COLON) sub.next();
        const readScalar = () => {
          const st2 = value.start;
          let neg = false;
          if (sub.kind === SYMBOL && sub.sym === C_MINUS) {
            neg = true;
            sub.next();
          }
          const kind = sub.kind === IDENT ? "ident" : sub.kind === INT ? "int" : sub.kind === FLOAT ? "float" : sub.kind === STRING ? "string" : void 0;
          if (kind === void 0) return fail2(`unexpected ${JSON.stringify(sub.text())}`);
          const text = sub.text();
          const bytes = kind === "string" ? decodeLiteralBytes(sub.src, sub.start, sub.end) : void 0;
          sub.next();
          return bytes === void 0 ? { kind, negative: neg, text, start: st2, endLine: 0, endCol: 0 } : { kind, negative: neg, text, bytes, start: st2, endLine: 0, endCol: 0 };
        };
        const one = () => {
          const fm = f3.fieldKind === "message" || f3.fieldKind === "list" && f3.listKind === "message" ? f3.message : void 0;
          if (fm !== void 0) {
            const m2 = create(fm);
            if (sub.kind === SYMBOL && (sub.sym === C_LBRACE || sub.sym === C_LT)) {
              const c3 = sub.sym === C_LBRACE ? C_RBRACE : C_GT;
              sub.next();
              parseInto(fm, m2, c3);
              return m2;
            }
            return fail2(`expected a message value for "${fname}"`);
          }
          const v2 = readScalar();
          const fe2 = f3.fieldKind === "enum" || f3.fieldKind === "list" && f3.listKind === "enum" ? f3.enum : void 0;
          if (fe2 !== void 0) return this.enumOptionValue(fe2.values, fname, v2);
          return this.scalarOptionValue(f3.scalar, fname, v2);
        };
        const isSym = (code) => sub.kind === SYMBOL && sub.sym === code;
        if (f3.fieldKind === "list") {
          const list2 = target[f3.localName];
          if (isSym(C_LBRACKET)) {
            sub.next();
            while (!isSym(C_RBRACKET)) {
              list2.push(one());
              if (isSym(C_COMMA)) sub.next();
              else if (!isSym(C_RBRACKET)) fail2('expected "," or "]"');
            }
            sub.next();
          } else list2.push(one());
        } else {
          target[f3.localName] = one();
        }
        if (isSym(C_COMMA) || isSym(C_SEMI)) sub.next();
      }
    };
    try {
      sub.next();
      parseInto(schema, msg, 0);
    } catch (e) {
      if (e instanceof LexError || e instanceof LiteralError) fail2(e.message);
      throw e;
    }
    return msg;
  }
  /** `[opt = v, ...]` after a field, enum value or extension range. Returns true when any real option was set. */
  parseCompactOptions(owner, path, scope, optionsType, field, fieldPath, fieldType) {
    const lx = this.lx;
    const open = lx.here();
    lx.next();
    let any = false;
    let uninterp = 0;
    for (; ; ) {
      const start = lx.here();
      if (field !== void 0 && lx.is("default")) {
        if (this.syntax === "proto3") this.fail("default values are not allowed in proto3");
        lx.next();
        this.expectSym(C_EQ, 'after "default"');
        this.parseDefault(field, fieldType);
        this.locToPrev(fieldPath, start, 7);
      } else if (field !== void 0 && lx.is("json_name")) {
        lx.next();
        this.expectSym(C_EQ, 'after "json_name"');
        if (lx.kind !== STRING) this.expected("a string", 'after "json_name ="');
        field.jsonName = this.readString();
        this.locToPrev(fieldPath, start, 10);
      } else {
        any = true;
        const r2 = this.parseOption(owner, path, uninterp, scope, optionsType, start);
        uninterp = r2.next;
      }
      if (lx.isSym(C_COMMA)) {
        lx.next();
        continue;
      }
      if (!lx.isSym(C_RBRACKET)) this.expected('"," or "]"', "in options");
      lx.next();
      break;
    }
    if (any) this.locToPrev(path, open);
  }
  parseDefault(field, type) {
    const lx = this.lx;
    const start = lx.here();
    let neg = false;
    if (lx.isSym(C_MINUS)) {
      neg = true;
      lx.next();
    }
    const T2 = FieldDescriptorProto_Type;
    switch (type) {
      case T2.STRING:
        if (neg || lx.kind !== STRING) this.expected("a string", "for default value");
        field.defaultValue = utf8Text(this.readStringBytes());
        return;
      case T2.BYTES:
        if (neg || lx.kind !== STRING) this.expected("a string", "for default value");
        field.defaultValue = cEscape(this.readStringBytes());
        return;
      case T2.BOOL:
        if (neg || !(lx.is("true") || lx.is("false"))) this.expected("true or false", "for default value");
        field.defaultValue = lx.text();
        lx.next();
        return;
      case T2.FLOAT:
      case T2.DOUBLE: {
        let v2;
        if (lx.kind === INT) {
          const t2 = lx.text();
          if (t2.length > 1 && t2.charCodeAt(0) === 48) this.fail("unsupported base for floating-point literal");
          v2 = Number(t2);
        } else if (lx.kind === FLOAT) v2 = Number(lx.text());
        else if (lx.is("inf") || lx.is("nan")) v2 = lx.is("inf") ? Infinity : NaN;
        else this.expected("a number", "for default value");
        lx.next();
        if (neg) v2 = -v2;
        if (type === T2.FLOAT) v2 = Math.fround(v2);
        field.defaultValue = formatDouble(v2);
        return;
      }
      case T2.INT32:
      case T2.SINT32:
      case T2.SFIXED32:
      case T2.INT64:
      case T2.SINT64:
      case T2.SFIXED64:
      case T2.UINT32:
      case T2.FIXED32:
      case T2.UINT64:
      case T2.FIXED64: {
        if (lx.kind !== INT) this.expected("an integer", "for default value");
        let n = this.bigIntValue();
        if (neg) n = -n;
        const is64 = type === T2.INT64 || type === T2.SINT64 || type === T2.SFIXED64 || type === T2.UINT64 || type === T2.FIXED64;
        const unsigned = type === T2.UINT32 || type === T2.FIXED32 || type === T2.UINT64 || type === T2.FIXED64;
        const min = unsigned ? 0n : is64 ? -(2n ** 63n) : -(2n ** 31n);
        const max = unsigned ? is64 ? 2n ** 64n - 1n : 2n ** 32n - 1n : is64 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
        if (n < min || n > max) this.fail("default value out of range for the field's type", start.line, start.col);
        lx.next();
        field.defaultValue = n.toString();
        return;
      }
      case T2.GROUP:
      case T2.MESSAGE:
        this.fail("messages cannot have default values");
      // falls through (unreachable)
      default:
        if (neg || lx.kind !== IDENT) this.expected("an enum value name", "for default value");
        field.defaultValue = lx.text();
        lx.next();
    }
  }
  // ---- messages ----
  parseMessage(into, path, scope, start, visibility) {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "message"');
    const msg = create(DescriptorProtoSchema, { name });
    if (visibility !== SymbolVisibility.VISIBILITY_UNSET) msg.visibility = visibility;
    into.push(msg);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after message name");
    this.endDecl(C_LBRACE, loc, "");
    this.parseMessageBody(msg, path, [...scope, name]);
    this.endAtPrev(loc);
  }
  /** Parses declarations up to and including the closing `}`. */
  parseMessageBody(msg, path, scope) {
    const lx = this.lx;
    if (++this.depth > 100) this.fail("declarations are nested too deeply");
    const sink = { fields: msg.field, fieldPath: ext(path, 2), nested: msg.nestedType, nestedPath: ext(path, 3), scope };
    const owner = { schema: MessageOptionsSchema, get: () => msg.options ??= create(MessageOptionsSchema) };
    let optIdx = 0;
    let enumIdx = 0;
    let oneofIdx = 0;
    let resRange = 0;
    let resName = 0;
    let extRange = 0;
    const proto3Optionals = [];
    for (; ; ) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the message');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const start = lx.here();
      if (lx.kind === IDENT) {
        if (lx.is("message")) {
          this.parseMessage(msg.nestedType, ext(path, 3, msg.nestedType.length), scope, start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if (lx.is("enum")) {
          this.parseEnum(msg.enumType, ext(path, 4, enumIdx++), scope, start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if ((lx.is("export") || lx.is("local")) && this.edition >= Edition.EDITION_2024) {
          const vis = lx.is("export") ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
          lx.next();
          const kw = lx.here();
          if (lx.is("message")) this.parseMessage(msg.nestedType, ext(path, 3, msg.nestedType.length), scope, kw, vis);
          else if (lx.is("enum")) this.parseEnum(msg.enumType, ext(path, 4, enumIdx++), scope, kw, vis);
          else this.expected('"message" or "enum"', "after visibility modifier");
          continue;
        }
        if (lx.is("option")) {
          optIdx = this.parseOptionStatement(owner, ext(path, 7), optIdx, scope.slice(0, -1), "google.protobuf.MessageOptions");
          continue;
        }
        if (lx.is("extend")) {
          this.parseExtend(msg.extension, ext(path, 6), msg.nestedType, ext(path, 3), scope);
          continue;
        }
        if (lx.is("oneof")) {
          this.parseOneof(msg, path, oneofIdx++, scope, start);
          continue;
        }
        if (lx.is("reserved")) {
          const r2 = this.parseReserved(path, resRange, resName, start, false, msg);
          resRange = r2.range;
          resName = r2.name;
          continue;
        }
        if (lx.is("extensions")) {
          extRange = this.parseExtensions(msg, path, extRange, scope, start);
          continue;
        }
      }
      if (lx.kind === IDENT || lx.isSym(C_DOT2)) {
        const idx = msg.field.length;
        this.parseField(sink, start);
        const f3 = msg.field[idx];
        if (f3 !== void 0 && f3.proto3Optional) proto3Optionals.push(idx);
        continue;
      }
      this.expected("a declaration", "in message body");
    }
    this.depth--;
    const maxExt = msg.options?.messageSetWireFormat === true ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER + 1;
    for (const r2 of msg.extensionRange) if (r2.end === -1) r2.end = maxExt;
    if (proto3Optionals.length > 0) this.addSyntheticOneofs(msg, proto3Optionals);
  }
  addSyntheticOneofs(msg, indexes) {
    const taken = /* @__PURE__ */ new Set();
    for (const f3 of msg.field) taken.add(f3.name);
    for (const f3 of msg.extension) taken.add(f3.name);
    for (const o2 of msg.oneofDecl) taken.add(o2.name);
    for (const n of msg.nestedType) taken.add(n.name);
    for (const e of msg.enumType) taken.add(e.name);
    for (const i of indexes) {
      const f3 = msg.field[i];
      let name = f3.name.startsWith("_") ? f3.name : "_" + f3.name;
      while (taken.has(name)) name = "X" + name;
      taken.add(name);
      f3.oneofIndex = msg.oneofDecl.length;
      msg.oneofDecl.push(create(OneofDescriptorProtoSchema, { name }));
    }
  }
  parseOneof(msg, msgPath, index, scope, start) {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "oneof"');
    const oneof = create(OneofDescriptorProtoSchema, { name });
    msg.oneofDecl.push(oneof);
    const path = ext(msgPath, 8, index);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after oneof name");
    this.endDecl(C_LBRACE, loc, "");
    const sink = {
      fields: msg.field,
      fieldPath: ext(msgPath, 2),
      nested: msg.nestedType,
      nestedPath: ext(msgPath, 3),
      scope,
      oneofIndex: index
    };
    const owner = { schema: OneofOptionsSchema, get: () => oneof.options ??= create(OneofOptionsSchema) };
    let optIdx = 0;
    let count = 0;
    for (; ; ) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the oneof');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const fstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, 2), optIdx, scope, "google.protobuf.OneofOptions");
        continue;
      }
      if (lx.is("optional") || lx.is("required") || lx.is("repeated")) this.fail(`fields in a oneof must not have labels ("${lx.text()}")`);
      if (lx.kind !== IDENT && !lx.isSym(C_DOT2)) this.expected("a field", "in oneof");
      this.parseField(sink, fstart);
      count++;
    }
    if (count === 0) this.fail(`oneof "${name}" must have at least one field`, nameTok.line, nameTok.col);
    this.endAtPrev(loc);
  }
  /** `extend Type { fields }`: extensions go to `into`, group messages to `nested`. */
  parseExtend(into, extPath, nested, nestedPath, scope) {
    const lx = this.lx;
    const start = lx.here();
    lx.next();
    const nameStart = lx.here();
    const extendee = this.readDottedName('after "extend"', true);
    const nameEnd = { line: lx.prevLine, col: lx.prevEndCol, endLine: lx.prevLine, endCol: lx.prevEndCol, start: lx.prevEnd, end: lx.prevEnd };
    const loc = this.addLoc(extPath, start, 0, 0);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after extendee name");
    this.endDecl(C_LBRACE, loc, "");
    const sink = {
      fields: into,
      fieldPath: extPath,
      nested,
      nestedPath,
      scope,
      extendee: { name: extendee, start: nameStart, end: nameEnd }
    };
    let count = 0;
    for (; ; ) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the extend block');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      if (lx.kind !== IDENT && !lx.isSym(C_DOT2)) this.expected("a field", "in extend block");
      this.parseField(sink, lx.here());
      count++;
    }
    if (count === 0) this.fail("extend blocks must declare at least one field", start.line, start.col);
    this.endAtPrev(loc);
  }
  parseField(sink, start) {
    const lx = this.lx;
    const field = create(FieldDescriptorProtoSchema);
    const index = sink.fields.length;
    const path = ext(sink.fieldPath, index);
    sink.fields.push(field);
    const fieldLoc = this.addLoc(path, start, 0, 0);
    const syntax = this.syntax;
    const L3 = FieldDescriptorProto_Label;
    let label;
    let labelTok;
    if (lx.is("optional") || lx.is("required") || lx.is("repeated")) {
      const word = lx.text();
      labelTok = lx.here();
      lx.next();
      if (word === "repeated") label = L3.REPEATED;
      else if (word === "required") {
        if (syntax === "proto3") this.fail("required fields are not allowed in proto3", labelTok.line, labelTok.col);
        if (syntax === "editions") this.fail('label "required" is not allowed in editions; use features.field_presence = LEGACY_REQUIRED', labelTok.line, labelTok.col);
        label = L3.REQUIRED;
      } else {
        if (syntax === "editions") this.fail('label "optional" is not allowed in editions; use features.field_presence', labelTok.line, labelTok.col);
        label = L3.OPTIONAL;
        if (syntax === "proto3") field.proto3Optional = true;
      }
      this.tokenLoc(path, labelTok, 4);
    }
    if (sink.extendee !== void 0 && label === L3.REQUIRED) this.fail("extensions cannot be required", start.line, start.col);
    const typeStart = lx.here();
    let scalar;
    let typeName;
    let isGroup = false;
    let isMap2 = false;
    let mapKey;
    let mapValue;
    if (lx.is("group") && syntax !== "editions") {
      lx.next();
      if (lx.kind === IDENT) {
        isGroup = true;
        if (syntax === "proto3") this.fail("groups are not allowed in proto3", typeStart.line, typeStart.col);
      } else {
        typeName = "group";
      }
    } else if (lx.is("map")) {
      lx.next();
      if (lx.isSym(C_LT)) {
        isMap2 = true;
        if (label !== void 0) this.fail("map fields cannot have labels", labelTok.line, labelTok.col);
        if (sink.oneofIndex !== void 0) this.fail("map fields are not allowed in oneofs", typeStart.line, typeStart.col);
        if (sink.extendee !== void 0) this.fail("map fields are not allowed in extensions", typeStart.line, typeStart.col);
        lx.next();
        mapKey = this.readTypeRef("map key type");
        this.expectSym(C_COMMA, "after map key type");
        mapValue = this.readTypeRef("map value type");
        this.expectSym(C_GT, "after map value type");
      } else if (lx.isSym(C_DOT2)) {
        lx.next();
        typeName = "map." + this.readDottedName("in type name", false);
      } else {
        typeName = "map";
      }
    } else {
      const t2 = this.readTypeRef("field type");
      if (t2.scalar !== void 0) scalar = t2.scalar;
      else typeName = t2.name;
    }
    const typeEndLine = lx.prevLine;
    const typeEndCol = lx.prevEndCol;
    if (!isGroup && label === void 0 && !isMap2 && syntax === "proto2" && sink.oneofIndex === void 0) {
      this.fail("proto2 fields must have a label (optional, required or repeated)", typeStart.line, typeStart.col);
    }
    const nameTok = lx.here();
    const name = this.expectIdent(isGroup ? 'after "group"' : "after field type");
    if (isGroup) {
      const c3 = name.charCodeAt(0);
      if (c3 < 65 || c3 > 90) this.fail("group names must start with a capital letter", nameTok.line, nameTok.col);
    }
    this.expectSym(C_EQ, "after field name");
    const numberTok = lx.here();
    const num = this.readInt(1, MAX_FIELD_NUMBER, "field number");
    field.name = isGroup ? name.toLowerCase() : name;
    field.number = num.value;
    if (num.value >= 19e3 && num.value <= 19999) {
      this.fail(`field number ${num.value} is in the range 19000 to 19999, reserved for the protobuf implementation`, numberTok.line, numberTok.col);
    }
    field.label = isMap2 ? L3.REPEATED : label ?? L3.OPTIONAL;
    if (sink.oneofIndex !== void 0) field.oneofIndex = sink.oneofIndex;
    if (sink.extendee !== void 0) {
      field.extendee = sink.extendee.name;
      const e = sink.extendee;
      this.addLoc(path, e.start, e.end.line, e.end.col, 2);
      this.refs.push({ kind: "extendee", target: field, name: e.name, scope: sink.scope, line: e.start.line + 1, column: e.start.col + 1 });
    }
    if (scalar !== void 0) {
      field.type = scalar;
      this.addLoc(path, typeStart, typeEndLine, typeEndCol, 5);
    } else {
      this.addLoc(path, typeStart, typeEndLine, typeEndCol, 6);
    }
    this.tokenLoc(path, nameTok, 1);
    this.tokenLoc(path, numberTok, 3);
    if (lx.isSym(C_LBRACKET)) {
      const owner = { schema: FieldOptionsSchema, get: () => field.options ??= create(FieldOptionsSchema) };
      this.parseCompactOptions(owner, ext(path, 8), sink.scope, "google.protobuf.FieldOptions", field, path, isGroup ? FieldDescriptorProto_Type.GROUP : scalar);
    }
    if (!Object.hasOwn(field, "jsonName")) field.jsonName = jsonName(field.name);
    else if (sink.extendee !== void 0) this.fail("json_name cannot be set on extension fields", start.line, start.col);
    if (isGroup) {
      field.type = FieldDescriptorProto_Type.GROUP;
      field.typeName = name;
      const group = create(DescriptorProtoSchema, { name });
      const gIndex = sink.nested.length;
      sink.nested.push(group);
      const gPath = ext(sink.nestedPath, gIndex);
      const gLoc = this.addLoc(gPath, start, 0, 0);
      this.tokenLoc(gPath, nameTok, 1);
      this.refs.push({ kind: "type", target: field, name, scope: sink.scope, line: nameTok.line + 1, column: nameTok.col + 1 });
      if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after group field number");
      this.endDecl(C_LBRACE, gLoc, "");
      this.parseMessageBody(group, gPath, [...sink.scope, name]);
      this.endAtPrev(gLoc);
      this.endAtPrev(fieldLoc);
      return;
    }
    if (isMap2) {
      const entryName = mapEntryName(name);
      const entry = create(DescriptorProtoSchema, { name: entryName, options: { mapEntry: true } });
      const k2 = this.mapEntryField("key", 1, mapKey, [...sink.scope, entryName]);
      const v2 = this.mapEntryField("value", 2, mapValue, [...sink.scope, entryName]);
      if (k2.type === FieldDescriptorProto_Type.FLOAT || k2.type === FieldDescriptorProto_Type.DOUBLE || k2.type === FieldDescriptorProto_Type.BYTES || Object.hasOwn(k2, "typeName")) {
        const kp = mapKey.pos;
        this.fail("map keys must be integral, bool or string types", kp.line, kp.col);
      }
      const features = field.options?.features;
      const customFeatures = field.options?.uninterpretedOption.filter((u2) => u2.name[0]?.namePart === "features" && !u2.name[0].isExtension) ?? [];
      if (features !== void 0 || customFeatures.length > 0) {
        for (const f3 of [k2, v2]) {
          const o2 = create(FieldOptionsSchema);
          if (features !== void 0) o2.features = features;
          o2.uninterpretedOption = customFeatures;
          f3.options = o2;
        }
      }
      entry.field.push(k2, v2);
      sink.nested.push(entry);
      field.typeName = entryName;
      this.refs.push({ kind: "type", target: field, name: entryName, scope: sink.scope, line: typeStart.line + 1, column: typeStart.col + 1 });
    } else if (typeName !== void 0) {
      field.typeName = typeName;
      this.refs.push({ kind: "type", target: field, name: typeName, scope: sink.scope, line: typeStart.line + 1, column: typeStart.col + 1 });
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after field declaration");
    this.endAtTok(fieldLoc);
    this.endDecl(C_SEMI, fieldLoc, "after field declaration");
  }
  mapEntryField(name, number, t2, scope) {
    const f3 = create(FieldDescriptorProtoSchema, { name, number, label: FieldDescriptorProto_Label.OPTIONAL, jsonName: name });
    if (t2.scalar !== void 0) f3.type = t2.scalar;
    else {
      f3.typeName = t2.name;
      this.refs.push({ kind: "type", target: f3, name: t2.name, scope, line: t2.pos.line + 1, column: t2.pos.col + 1 });
    }
    return f3;
  }
  /** A scalar type keyword or a (possibly qualified) message or enum name. */
  readTypeRef(context) {
    const lx = this.lx;
    const pos = lx.here();
    if (lx.kind === IDENT) {
      const t2 = lx.text();
      const s = SCALAR_TYPES[t2];
      if (s !== void 0) {
        lx.next();
        if (!lx.isSym(C_DOT2)) return { scalar: s, pos };
        lx.next();
        return { name: t2 + "." + this.readDottedName("in type name", false), pos };
      }
    } else if (!lx.isSym(C_DOT2)) {
      this.expected("a type name", `for ${context}`);
    }
    return { name: this.readDottedName(`for ${context}`, true), pos };
  }
  parseReserved(ownerPath, rangeIdx, nameIdx, start, isEnum, target) {
    const lx = this.lx;
    lx.next();
    const rangeTag = isEnum ? 4 : 9;
    const nameTag = isEnum ? 5 : 10;
    if (lx.kind === STRING || lx.kind === IDENT && this.syntax === "editions") {
      const stmt2 = this.addLoc(ext(ownerPath, nameTag), start, 0, 0);
      const useIdent = lx.kind === IDENT;
      for (; ; ) {
        const tok = lx.here();
        let name;
        if (useIdent) {
          if (lx.kind !== IDENT) this.expected("an identifier", "in reserved names");
          name = lx.text();
          lx.next();
        } else {
          if (lx.kind !== STRING) {
            if (lx.kind === IDENT && this.syntax !== "editions") this.fail(`reserved names must be quoted strings before editions (use "${lx.text()}")`);
            this.expected("a quoted name", "in reserved names");
          }
          name = this.readString();
        }
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) this.fail(`reserved name ${JSON.stringify(name)} is not a valid identifier`, tok.line, tok.col);
        target.reservedName.push(name);
        this.locToPrev(ext(ownerPath, nameTag, nameIdx++), tok);
        if (!lx.isSym(C_COMMA)) break;
        lx.next();
      }
      if (!lx.isSym(C_SEMI)) this.expected('";"', "after reserved names");
      this.endAtTok(stmt2);
      this.endDecl(C_SEMI, stmt2, "");
      return { range: rangeIdx, name: nameIdx };
    }
    if (lx.kind === IDENT) this.fail(`reserved names must be quoted strings before editions (use "${lx.text()}")`);
    const stmt = this.addLoc(ext(ownerPath, rangeTag), start, 0, 0);
    const min = isEnum ? -2147483648 : 1;
    const max = isEnum ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER;
    for (; ; ) {
      const rstart = lx.here();
      const lo = this.readInt(min, max, isEnum ? "reserved enum value" : "reserved field number");
      const loEndLine = lx.prevLine;
      const loEndCol = lx.prevEndCol;
      let hi = lo.value;
      const rPath = ext(ownerPath, rangeTag, rangeIdx++);
      const rLoc = this.addLoc(rPath, rstart, 0, 0);
      this.addLoc(rPath, rstart, loEndLine, loEndCol, 1);
      if (lx.is("to")) {
        lx.next();
        const hiStart = lx.here();
        if (lx.is("max")) {
          hi = max;
          lx.next();
        } else {
          hi = this.readInt(min, max, isEnum ? "reserved enum value" : "reserved field number").value;
        }
        this.locToPrev(rPath, hiStart, 2);
        if (hi < lo.value) this.fail(`reserved range ${lo.value} to ${hi}: end is before start`, rstart.line, rstart.col);
      } else {
        this.addLoc(rPath, rstart, loEndLine, loEndCol, 2);
      }
      this.endAtPrev(rLoc);
      if (isEnum) {
        target.reservedRange.push(create(EnumDescriptorProto_EnumReservedRangeSchema, { start: lo.value, end: hi }));
      } else {
        target.reservedRange.push(create(DescriptorProto_ReservedRangeSchema, { start: lo.value, end: hi + 1 }));
      }
      if (!lx.isSym(C_COMMA)) break;
      lx.next();
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after reserved range");
    this.endAtTok(stmt);
    this.endDecl(C_SEMI, stmt, "");
    return { range: rangeIdx, name: nameIdx };
  }
  parseExtensions(msg, msgPath, rangeIdx, scope, start) {
    const lx = this.lx;
    lx.next();
    if (this.syntax === "proto3") this.fail("extension ranges are not allowed in proto3", start.line, start.col);
    const firstIdx = rangeIdx;
    const stmtLocs = [];
    const ranges = [];
    for (; ; ) {
      const rstart = lx.here();
      stmtLocs.push(this.addLoc(msgPath, start, 0, 0, 5));
      const lo = this.readInt(1, MAX_FIELD_NUMBER, "extension number");
      const loEndLine = lx.prevLine;
      const loEndCol = lx.prevEndCol;
      let hi = lo.value;
      let isMax = false;
      const rPath = ext(msgPath, 5, rangeIdx++);
      const rLoc = this.addLoc(rPath, rstart, 0, 0);
      this.addLoc(rPath, rstart, loEndLine, loEndCol, 1);
      if (lx.is("to")) {
        lx.next();
        const hiStart = lx.here();
        if (lx.is("max")) {
          isMax = true;
          hi = MAX_FIELD_NUMBER;
          lx.next();
        } else {
          hi = this.readInt(1, MAX_FIELD_NUMBER, "extension number").value;
        }
        this.locToPrev(rPath, hiStart, 2);
        if (hi < lo.value) this.fail(`extension range ${lo.value} to ${hi}: end is before start`, rstart.line, rstart.col);
      } else {
        this.addLoc(rPath, rstart, loEndLine, loEndCol, 2);
      }
      this.endAtPrev(rLoc);
      ranges.push({ lo: lo.value, hi: isMax ? -2 : hi });
      if (!lx.isSym(C_COMMA)) break;
      lx.next();
    }
    const created = ranges.map((r2) => {
      const er2 = create(DescriptorProto_ExtensionRangeSchema, { start: r2.lo, end: r2.hi === -2 ? -1 : r2.hi + 1 });
      msg.extensionRange.push(er2);
      return er2;
    });
    if (lx.isSym(C_LBRACKET)) {
      const optsStart = this.locs.length;
      const extraStart = this.locs.extra.length;
      const first = created[0];
      const owner = { schema: ExtensionRangeOptionsSchema, get: () => first.options ??= create(ExtensionRangeOptionsSchema) };
      const optRefStart = this.optionRefs.length;
      this.parseCompactOptions(owner, ext(msgPath, 5, firstIdx, 3), scope, "google.protobuf.ExtensionRangeOptions");
      const optLocs = this.locs.handlesSince(optsStart);
      const newRefs = this.optionRefs.slice(optRefStart);
      const extraLocs = this.locs.extra.slice(extraStart);
      for (let i = 1; i < created.length; i++) {
        const er2 = created[i];
        if (first.options !== void 0) er2.options = first.options;
        const idx = firstIdx + i;
        const basePrefixLen = msgPath.length + 2;
        const remap = (p2) => {
          const q3 = ext(p2);
          q3[basePrefixLen - 1] = idx;
          return q3;
        };
        const copies = /* @__PURE__ */ new Map();
        for (const h3 of optLocs) {
          const sp = this.locs.span(h3);
          const c3 = this.locs.add(remap(this.locs.path(h3)), sp[0], sp[1], sp.length === 4 ? sp[2] : sp[0], sp[sp.length - 1]);
          copies.set(h3, c3);
        }
        for (const l3 of extraLocs) this.locs.extra.push(newLoc(remap(l3.path), l3.span));
        for (const r2 of newRefs) {
          const c3 = copies.get(r2.loc);
          this.optionRefs.push({ ...r2, loc: c3, basePath: remap(r2.basePath) });
        }
      }
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after extension range");
    for (const l3 of stmtLocs) this.endAtTok(l3);
    this.endDecl(C_SEMI, stmtLocs[0], "");
    return rangeIdx;
  }
  // ---- enums ----
  parseEnum(into, path, scope, start, visibility) {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "enum"');
    const en2 = create(EnumDescriptorProtoSchema, { name });
    if (visibility !== SymbolVisibility.VISIBILITY_UNSET) en2.visibility = visibility;
    into.push(en2);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after enum name");
    this.endDecl(C_LBRACE, loc, "");
    const owner = { schema: EnumOptionsSchema, get: () => en2.options ??= create(EnumOptionsSchema) };
    let optIdx = 0;
    let resRange = 0;
    let resName = 0;
    for (; ; ) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the enum');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const vstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, 3), optIdx, scope, "google.protobuf.EnumOptions");
        continue;
      }
      if (lx.is("reserved")) {
        const r2 = this.parseReserved(path, resRange, resName, vstart, true, en2);
        resRange = r2.range;
        resName = r2.name;
        continue;
      }
      if (lx.kind !== IDENT) this.expected("an enum value", "in enum body");
      const vname = lx.text();
      lx.next();
      const vpath = ext(path, 2, en2.value.length);
      const vloc = this.addLoc(vpath, vstart, 0, 0);
      this.tokenLoc(vpath, vstart, 1);
      this.expectSym(C_EQ, "after enum value name");
      const num = this.readInt(-2147483648, MAX_ENUM_NUMBER, "enum value");
      this.locToPrev(vpath, num.start, 2);
      const value = create(EnumValueDescriptorProtoSchema, { name: vname, number: num.value });
      en2.value.push(value);
      if (lx.isSym(C_LBRACKET)) {
        const vowner = { schema: EnumValueOptionsSchema, get: () => value.options ??= create(EnumValueOptionsSchema) };
        this.parseCompactOptions(vowner, ext(vpath, 3), scope, "google.protobuf.EnumValueOptions");
      }
      if (!lx.isSym(C_SEMI)) this.expected('";"', "after enum value");
      this.endAtTok(vloc);
      this.endDecl(C_SEMI, vloc, "");
    }
    if (en2.value.length === 0) this.fail(`enum "${name}" must have at least one value`, nameTok.line, nameTok.col);
    if (this.syntax === "proto3" && en2.value[0].number !== 0) {
      this.fail(`the first value of proto3 enum "${name}" must be zero`, nameTok.line, nameTok.col);
    }
    this.endAtPrev(loc);
  }
  // ---- services ----
  parseService(path, start) {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "service"');
    const svc = create(ServiceDescriptorProtoSchema, { name });
    this.file.service.push(svc);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, 1);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after service name");
    this.endDecl(C_LBRACE, loc, "");
    const owner = { schema: ServiceOptionsSchema, get: () => svc.options ??= create(ServiceOptionsSchema) };
    let optIdx = 0;
    for (; ; ) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the service');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const mstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, 3), optIdx, [], "google.protobuf.ServiceOptions");
        continue;
      }
      if (!lx.is("rpc")) this.expected('"rpc" or "option"', "in service body");
      lx.next();
      const mpath = ext(path, 2, svc.method.length);
      const mloc = this.addLoc(mpath, mstart, 0, 0);
      const mnameTok = lx.here();
      const mname = this.expectIdent('after "rpc"');
      this.tokenLoc(mpath, mnameTok, 1);
      const method = create(MethodDescriptorProtoSchema, { name: mname });
      svc.method.push(method);
      this.expectSym(C_LPAREN, "after method name");
      this.methodParam(method, "input", mpath);
      this.expectSym(C_RPAREN, "after input type");
      this.expectWord("returns", "after input type");
      this.expectSym(C_LPAREN, 'after "returns"');
      this.methodParam(method, "output", mpath);
      this.expectSym(C_RPAREN, "after output type");
      if (lx.isSym(C_LBRACE)) {
        this.endDecl(C_LBRACE, mloc, "");
        const mowner = { schema: MethodOptionsSchema, get: () => method.options ??= create(MethodOptionsSchema) };
        let mopt = 0;
        for (; ; ) {
          if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the method');
          if (this.tryEndDecl(C_RBRACE, null)) break;
          if (this.tryEndDecl(C_SEMI, null)) continue;
          if (!lx.is("option")) this.expected('"option"', "in method body");
          mopt = this.parseOptionStatement(mowner, ext(mpath, 4), mopt, [], "google.protobuf.MethodOptions");
        }
        this.endAtPrev(mloc);
      } else {
        if (!lx.isSym(C_SEMI)) this.expected('";" or "{"', "after method declaration");
        this.endAtTok(mloc);
        this.endDecl(C_SEMI, mloc, "");
      }
    }
    this.endAtPrev(loc);
  }
  /**
   * Reads `[stream] Type` between the parentheses of an rpc. A lone `stream`
   * is the name of a type, not the keyword.
   */
  methodParam(method, kind, mpath) {
    const lx = this.lx;
    const typeTag = kind === "input" ? 2 : 3;
    if (!lx.is("stream")) {
      this.methodType(method, kind, mpath, typeTag);
      return;
    }
    const st2 = lx.here();
    lx.next();
    if (lx.isSym(C_RPAREN)) {
      this.typeRefNamed(method, kind, "stream", st2, mpath, typeTag);
      return;
    }
    if (kind === "input") method.clientStreaming = true;
    else method.serverStreaming = true;
    this.tokenLoc(mpath, st2, kind === "input" ? 5 : 6);
    this.methodType(method, kind, mpath, typeTag);
  }
  methodType(method, kind, mpath, tag) {
    const lx = this.lx;
    const st2 = lx.here();
    const name = this.readDottedName(`for the ${kind} type`, true);
    if (kind === "input") method.inputType = name;
    else method.outputType = name;
    this.locToPrev(ext(mpath, tag), st2);
    this.refs.push({ kind, target: method, name, scope: [], line: st2.line + 1, column: st2.col + 1 });
  }
  typeRefNamed(method, kind, name, st2, mpath, tag) {
    if (kind === "input") method.inputType = name;
    else method.outputType = name;
    this.tokenLoc(ext(mpath, tag), st2);
    this.refs.push({ kind, target: method, name, scope: [], line: st2.line + 1, column: st2.col + 1 });
  }
};

// src/frontend/linker.ts
function fileSymbols(proto, dup) {
  const t2 = /* @__PURE__ */ new Map();
  const file = proto.name;
  const others = dup === void 0 ? void 0 : /* @__PURE__ */ new Map();
  const add = (name, sym) => {
    const kind = sym.kind;
    const minor = kind === "field" || kind === "oneof" || kind === "enumvalue" || kind === "method";
    const prev = t2.get(name) ?? others?.get(name);
    if (prev !== void 0) {
      if (prev.kind === "package" && kind === "package") return;
      if (dup !== void 0) dup(name, sym.path, prev);
      return;
    }
    if (!minor) t2.set(name, sym);
    else if (others !== void 0) others.set(name, sym);
  };
  const pkg = proto.package;
  if (pkg !== "") {
    let i = pkg.indexOf(".");
    while (i >= 0) {
      add(pkg.slice(0, i), { kind: "package", file });
      i = pkg.indexOf(".", i + 1);
    }
    add(pkg, { kind: "package", file });
  }
  const prefix = pkg === "" ? "" : pkg + ".";
  const fieldSym = { kind: "field", file };
  const oneofSym = { kind: "oneof", file };
  const valueSym = { kind: "enumvalue", file };
  const methodSym = { kind: "method", file };
  const addEnum2 = (scope, e, path) => {
    add(scope + e.name, { kind: "enum", file, enum: e, path });
    for (let i = 0; i < e.value.length; i++) add(scope + e.value[i].name, valueSym);
  };
  const addMessage2 = (scope, m2, path) => {
    const full = scope + m2.name;
    add(full, { kind: "message", file, message: m2, path });
    const inner = full + ".";
    for (let i = 0; i < m2.field.length; i++) add(inner + m2.field[i].name, fieldSym);
    for (let i = 0; i < m2.oneofDecl.length; i++) add(inner + m2.oneofDecl[i].name, oneofSym);
    for (let i = 0; i < m2.extension.length; i++) {
      const f3 = m2.extension[i];
      add(inner + f3.name, { kind: "extension", file, field: f3, path: ext(path, 6, i) });
    }
    for (let i = 0; i < m2.nestedType.length; i++) addMessage2(inner, m2.nestedType[i], ext(path, 3, i));
    for (let i = 0; i < m2.enumType.length; i++) addEnum2(inner, m2.enumType[i], ext(path, 4, i));
  };
  for (let i = 0; i < proto.messageType.length; i++) addMessage2(prefix, proto.messageType[i], [4, i]);
  for (let i = 0; i < proto.enumType.length; i++) addEnum2(prefix, proto.enumType[i], [5, i]);
  for (let i = 0; i < proto.extension.length; i++) {
    const f3 = proto.extension[i];
    add(prefix + f3.name, { kind: "extension", file, field: f3, path: [7, i] });
  }
  for (let i = 0; i < proto.service.length; i++) {
    const s = proto.service[i];
    const full = prefix + s.name;
    add(full, { kind: "service", file, path: [6, i] });
    for (let j3 = 0; j3 < s.method.length; j3++) add(full + "." + s.method[j3].name, methodSym);
  }
  return t2;
}
function pathOfName(proto, fullName) {
  const pre = proto.package === "" ? "" : proto.package + ".";
  let found;
  const visitEnum = (scope, e, p2) => {
    if (scope + e.name === fullName) found = p2;
    e.value.forEach((v2, i) => {
      if (scope + v2.name === fullName) found = ext(p2, 2, i);
    });
  };
  const visitMessage = (scope, m2, p2) => {
    const full = scope + m2.name;
    if (full === fullName) found = p2;
    const inner = full + ".";
    m2.field.forEach((f3, i) => {
      if (inner + f3.name === fullName) found = ext(p2, 2, i);
    });
    m2.oneofDecl.forEach((o2, i) => {
      if (inner + o2.name === fullName) found = ext(p2, 8, i);
    });
    m2.extension.forEach((f3, i) => {
      if (inner + f3.name === fullName) found = ext(p2, 6, i);
    });
    m2.nestedType.forEach((n, i) => visitMessage(inner, n, ext(p2, 3, i)));
    m2.enumType.forEach((e, i) => visitEnum(inner, e, ext(p2, 4, i)));
  };
  proto.messageType.forEach((m2, i) => visitMessage(pre, m2, [4, i]));
  proto.enumType.forEach((e, i) => visitEnum(pre, e, [5, i]));
  proto.extension.forEach((f3, i) => {
    if (pre + f3.name === fullName) found = [7, i];
  });
  proto.service.forEach((x3, i) => {
    if (pre + x3.name === fullName) found = [6, i];
    x3.method.forEach((m2, j3) => {
      if (pre + x3.name + "." + m2.name === fullName) found = [6, i, 2, j3];
    });
  });
  return found;
}
var typeNames = /* @__PURE__ */ new Map();
function internTypeName(name) {
  let t2 = typeNames.get(name);
  if (t2 === void 0) {
    if (typeNames.size >= 5e5) typeNames.clear();
    t2 = "." + name;
    typeNames.set(name, t2);
  }
  return t2;
}
var simpleNameIndex = /* @__PURE__ */ new WeakMap();
function simpleNames(t2) {
  let m2 = simpleNameIndex.get(t2);
  if (m2 === void 0) {
    m2 = /* @__PURE__ */ new Map();
    for (const full of t2.keys()) {
      const simple = full.slice(full.lastIndexOf(".") + 1);
      const l3 = m2.get(simple);
      if (l3 === void 0) m2.set(simple, [full]);
      else l3.push(full);
    }
    simpleNameIndex.set(t2, m2);
  }
  return m2;
}
function hasCandidate(names2, prefix, simple) {
  const len = prefix.length + 1 + simple.length;
  for (const n of names2) {
    if (n.length === len && n.charCodeAt(prefix.length) === 46 && n.startsWith(prefix)) return true;
  }
  return false;
}
function isAggregate(k2) {
  return k2 === "message" || k2 === "enum" || k2 === "package" || k2 === "service";
}
function isType(k2) {
  return k2 === "message" || k2 === "enum";
}
function linkFile(parsed, deps, fallback) {
  const proto = parsed.proto;
  const path = proto.name;
  const locOf = (p2) => {
    if (p2 !== void 0) {
      const h3 = parsed.locs.find(ext(p2, 1)) ?? parsed.locs.find(p2);
      if (h3 !== void 0) {
        const sp = parsed.locs.span(h3);
        return { line: sp[0] + 1, column: sp[1] + 1 };
      }
    }
    return { line: 1, column: 1 };
  };
  const fail2 = (p2, detail) => {
    const lc = locOf(p2);
    throw new CompileError(path, lc.line, lc.column, detail);
  };
  const own = fileSymbols(proto, (name, p2, prev) => {
    fail2(p2 ?? pathOfName(proto, name), prev.file === path ? `duplicate name "${name}": already defined in this file` : `duplicate name "${name}": already defined in ${prev.file}`);
  });
  const visible = [own];
  const seen = /* @__PURE__ */ new Set([own]);
  for (const d2 of deps) {
    for (const t2 of d2.exported) {
      if (!seen.has(t2)) {
        seen.add(t2);
        visible.push(t2);
      }
    }
  }
  if (visible.length > 1) {
    const top = [];
    const pre = proto.package === "" ? "" : proto.package + ".";
    for (const m2 of proto.messageType) top.push([pre + m2.name, own.get(pre + m2.name)]);
    for (const e of proto.enumType) top.push([pre + e.name, own.get(pre + e.name)]);
    for (const x3 of proto.extension) top.push([pre + x3.name, own.get(pre + x3.name)]);
    for (const x3 of proto.service) top.push([pre + x3.name, own.get(pre + x3.name)]);
    for (const [name, sym] of top) {
      for (let i = 1; i < visible.length; i++) {
        const other = visible[i].get(name);
        if (other !== void 0) {
          fail2(sym.path ?? pathOfName(proto, name), other.kind === "package" ? `duplicate name "${name}": already defined as a package in ${other.file}` : `duplicate name "${name}": already defined in ${other.file}`);
        }
      }
    }
  }
  const find = (name) => {
    for (let i = 0; i < visible.length; i++) {
      const s = visible[i].get(name);
      if (s !== void 0) return s;
    }
    return void 0;
  };
  const candidateCache = /* @__PURE__ */ new Map();
  const candidates = (simple) => {
    if (candidateCache.has(simple)) return candidateCache.get(simple);
    let out;
    for (const t2 of visible) {
      const l3 = simpleNames(t2).get(simple);
      if (l3 !== void 0) out = out === void 0 ? l3 : out.concat(l3);
    }
    candidateCache.set(simple, out);
    return out;
  };
  const pkgComps = proto.package === "" ? [] : proto.package.split(".");
  const prefixCache = /* @__PURE__ */ new Map();
  const scopePrefixes = (scope) => {
    let r2 = prefixCache.get(scope);
    if (r2 === void 0) {
      r2 = [];
      let acc = "";
      for (const c3 of pkgComps.concat(scope)) {
        acc = acc === "" ? c3 : acc + "." + c3;
        r2.push(acc);
      }
      prefixCache.set(scope, r2);
    }
    return r2;
  };
  const lookup = (name, scope, typesOnly) => {
    if (name.charCodeAt(0) === 46) {
      const n = name.slice(1);
      const s = find(n);
      return s === void 0 ? void 0 : { name: n, sym: s };
    }
    const dot = name.indexOf(".");
    const first = dot < 0 ? name : name.slice(0, dot);
    const named = candidates(first);
    if (named === void 0) return void 0;
    const prefixes = scopePrefixes(scope);
    for (let i = prefixes.length; i >= 0; i--) {
      if (i === 0) {
        const s2 = find(name);
        return s2 === void 0 ? void 0 : { name, sym: s2 };
      }
      const prefix2 = prefixes[i - 1];
      if (!hasCandidate(named, prefix2, first)) continue;
      const cand = prefix2 + "." + first;
      const s = find(cand);
      if (s === void 0) continue;
      if (dot >= 0) {
        if (isAggregate(s.kind)) {
          const full = prefix2 + "." + name;
          const r2 = find(full);
          return r2 === void 0 ? void 0 : { name: full, sym: r2 };
        }
        continue;
      }
      if (typesOnly && !isType(s.kind)) continue;
      return { name: cand, sym: s };
    }
    return void 0;
  };
  for (const ref of parsed.refs) resolveRef(ref);
  function resolveRef(ref) {
    const r2 = lookup(ref.name, ref.scope, true);
    if (r2 === void 0) {
      throw new CompileError(path, ref.line, ref.column, `unknown type "${ref.name}"`);
    }
    const full = internTypeName(r2.name);
    const kind = r2.sym.kind;
    if (ref.kind === "type") {
      const f3 = ref.target;
      if (kind === "message") {
        if (f3.type !== FieldDescriptorProto_Type.GROUP) f3.type = FieldDescriptorProto_Type.MESSAGE;
      } else if (kind === "enum") {
        f3.type = FieldDescriptorProto_Type.ENUM;
        if (Object.hasOwn(f3, "defaultValue")) {
          const e = r2.sym.enum;
          if (!e.value.some((v2) => v2.name === f3.defaultValue)) {
            throw new CompileError(path, ref.line, ref.column, `default value "${f3.defaultValue}" is not a value of enum "${r2.name}"`);
          }
        }
      } else {
        throw new CompileError(path, ref.line, ref.column, `"${ref.name}" is not a message or enum type`);
      }
      if (kind === "message" && Object.hasOwn(f3, "defaultValue")) {
        throw new CompileError(path, ref.line, ref.column, "message fields cannot have default values");
      }
      f3.typeName = full;
    } else if (ref.kind === "extendee") {
      if (kind !== "message") throw new CompileError(path, ref.line, ref.column, `extendee "${ref.name}" is not a message type`);
      ref.target.extendee = full;
    } else {
      if (kind !== "message") throw new CompileError(path, ref.line, ref.column, `${ref.kind} type "${ref.name}" is not a message type`);
      const m2 = ref.target;
      if (ref.kind === "input") m2.inputType = full;
      else m2.outputType = full;
    }
  }
  const checkMessage = (m2, mpath, full) => {
    const byNumber = /* @__PURE__ */ new Map();
    for (let i = 0; i < m2.field.length; i++) {
      const f3 = m2.field[i];
      const fpath = ext(mpath, 2, i);
      const prev = byNumber.get(f3.number);
      if (prev !== void 0) fail2(ext(fpath, 3), `duplicate field number ${f3.number} in message "${full}": already used by field "${prev}"`);
      byNumber.set(f3.number, f3.name);
      for (const r2 of m2.reservedRange) {
        if (f3.number >= r2.start && f3.number < r2.end) fail2(ext(fpath, 3), `field "${f3.name}" uses reserved number ${f3.number}`);
      }
      for (const r2 of m2.extensionRange) {
        if (f3.number >= r2.start && f3.number < r2.end) fail2(ext(fpath, 3), `field "${f3.name}" uses number ${f3.number}, which is in an extension range`);
      }
      if (m2.reservedName.includes(f3.name)) fail2(fpath, `field "${f3.name}" uses a reserved name`);
    }
    for (let i = 0; i < m2.nestedType.length; i++) {
      const n = m2.nestedType[i];
      checkMessage(n, ext(mpath, 3, i), full + "." + n.name);
    }
    for (let i = 0; i < m2.enumType.length; i++) {
      const e = m2.enumType[i];
      checkEnum(e, ext(mpath, 4, i), full + "." + e.name);
    }
  };
  const checkEnum = (e, epath, full) => {
    if (e.options?.allowAlias !== true) {
      const byNumber = /* @__PURE__ */ new Map();
      for (let i = 0; i < e.value.length; i++) {
        const v2 = e.value[i];
        const prev = byNumber.get(v2.number);
        if (prev !== void 0) {
          fail2(ext(epath, 2, i, 2), `duplicate enum value number ${v2.number} in enum "${full}": already used by "${prev}" (set option allow_alias = true to allow aliases)`);
        }
        byNumber.set(v2.number, v2.name);
      }
    }
    for (let i = 0; i < e.value.length; i++) {
      const v2 = e.value[i];
      for (const r2 of e.reservedRange) {
        if (v2.number >= r2.start && v2.number <= r2.end) fail2(ext(epath, 2, i, 2), `enum value "${v2.name}" uses reserved number ${v2.number}`);
      }
      if (e.reservedName.includes(v2.name)) fail2(ext(epath, 2, i), `enum value "${v2.name}" uses a reserved name`);
    }
  };
  const prefix = proto.package === "" ? "" : proto.package + ".";
  for (let i = 0; i < proto.messageType.length; i++) {
    const m2 = proto.messageType[i];
    checkMessage(m2, [4, i], prefix + m2.name);
  }
  for (let i = 0; i < proto.enumType.length; i++) {
    const e = proto.enumType[i];
    checkEnum(e, [5, i], prefix + e.name);
  }
  const findMessage = (full) => {
    const s = find(full) ?? findInClosure(deps, full) ?? fallback.get(full);
    return s?.kind === "message" ? s.message : void 0;
  };
  const repeatedCounts = /* @__PURE__ */ new Map();
  const optionLookups = /* @__PURE__ */ new Map();
  const lookupOption = (name, scope) => {
    let byName = optionLookups.get(scope);
    if (byName === void 0) {
      byName = /* @__PURE__ */ new Map();
      optionLookups.set(scope, byName);
    }
    if (byName.has(name)) return byName.get(name);
    const r2 = lookup(name, scope, false);
    byName.set(name, r2);
    return r2;
  };
  for (const ref of parsed.optionRefs) resolveOption(ref);
  function resolveOption(ref) {
    const p2 = ext(ref.basePath);
    let typeName = ref.optionsType;
    let field;
    const bad = (detail) => {
      throw new CompileError(path, ref.innerSpan[0] + 1, ref.innerSpan[1] + 1, detail);
    };
    const shown = () => ref.parts.map((x3) => x3.isExtension ? `(${x3.name})` : x3.name).join(".");
    for (let i = 0; i < ref.parts.length; i++) {
      const part = ref.parts[i];
      if (i > 0) {
        if (field === void 0 || field.type !== FieldDescriptorProto_Type.MESSAGE && field.type !== FieldDescriptorProto_Type.GROUP) {
          bad(`option "${shown()}": "${ref.parts[i - 1]?.name}" is not a message`);
        }
        typeName = field.typeName.slice(1);
      }
      if (part.isExtension) {
        const r2 = lookupOption(part.name, ref.scope);
        if (r2 === void 0 || r2.sym.kind !== "extension") bad(`unknown option "(${part.name})": no such extension is visible (is its file imported?)`);
        const ext2 = r2.sym.field;
        if (ext2.extendee !== "." + typeName) bad(`option "(${part.name})" extends ${ext2.extendee.slice(1)}, not ${typeName}`);
        field = ext2;
      } else {
        const m2 = findMessage(typeName);
        const f3 = m2?.field.find((x3) => x3.name === part.name);
        if (f3 === void 0) bad(`unknown option "${shown()}": ${typeName} has no field "${part.name}"`);
        field = f3;
      }
      p2.push(field.number);
    }
    if (field !== void 0 && field.label === FieldDescriptorProto_Label.REPEATED) {
      const key = p2.join(",");
      const n = repeatedCounts.get(key) ?? 0;
      repeatedCounts.set(key, n + 1);
      p2.push(n);
    } else if (field !== void 0 && ref.aggregate !== void 0 && (field.type === FieldDescriptorProto_Type.MESSAGE || field.type === FieldDescriptorProto_Type.GROUP)) {
      parsed.locs.overrides.set(ref.loc, { path: p2, span: ref.innerSpan });
      aggregateLocs(ref.aggregate, field.typeName.slice(1), p2, ref.scope, bad);
      return;
    }
    parsed.locs.overrides.set(ref.loc, { path: p2 });
  }
  function aggregateLocs(fields, typeName, base, scope, bad) {
    const msg = findMessage(typeName);
    if (msg === void 0) return;
    for (const f3 of fields) {
      let fd;
      if (f3.isExtension) {
        const r2 = lookup(f3.name, scope, false);
        if (r2 !== void 0 && r2.sym.kind === "extension") fd = r2.sym.field;
      } else {
        fd = msg.field.find((x3) => x3.name === f3.name || x3.type === FieldDescriptorProto_Type.GROUP && x3.typeName.endsWith("." + f3.name));
      }
      if (fd === void 0) bad(`unknown field "${f3.name}" in message value of type ${typeName}`);
      const p2 = ext(base, fd.number);
      if (fd.label === FieldDescriptorProto_Label.REPEATED) {
        const key = p2.join(",");
        const n = repeatedCounts.get(key) ?? 0;
        repeatedCounts.set(key, n + 1);
        p2.push(n);
      } else if ((fd.type === FieldDescriptorProto_Type.MESSAGE || fd.type === FieldDescriptorProto_Type.GROUP) && f3.value.kind === "message") {
        aggregateLocs(f3.value.fields, fd.typeName.slice(1), p2, scope, bad);
        continue;
      }
      parsed.locs.extra.push(newLoc(p2, f3.span));
    }
  }
  defineLazySourceCodeInfo(proto, parsed.locs);
  const exported = [own];
  const exportedSeen = /* @__PURE__ */ new Set([own]);
  for (const idx of proto.publicDependency) {
    const dep = deps[idx];
    if (dep === void 0) continue;
    for (const t2 of dep.exported) {
      if (!exportedSeen.has(t2)) {
        exportedSeen.add(t2);
        exported.push(t2);
      }
    }
  }
  return { path, proto, symbols: own, exported, deps };
}
function defineLazySourceCodeInfo(proto, tape) {
  let sci;
  let built = false;
  Object.defineProperty(proto, "sourceCodeInfo", {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!built) {
        sci = buildSourceCodeInfo(tape.materialize());
        built = true;
      }
      return sci;
    },
    set: (v2) => {
      sci = v2;
      built = true;
    }
  });
}
function linkedFromDescriptor(proto, deps) {
  const own = fileSymbols(proto);
  const exported = [own];
  for (const idx of proto.publicDependency) {
    const dep = deps[idx];
    if (dep !== void 0) exported.push(...dep.exported);
  }
  return { path: proto.name, proto, symbols: own, exported, deps };
}
function findInClosure(deps, full) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...deps];
  while (stack.length > 0) {
    const f3 = stack.pop();
    if (seen.has(f3)) continue;
    seen.add(f3);
    const s = f3.symbols.get(full);
    if (s !== void 0) return s;
    stack.push(...f3.deps);
  }
  return void 0;
}
function compareLocs(a, b3) {
  const as2 = a.span;
  const bs2 = b3.span;
  const n = Math.min(as2.length, bs2.length);
  for (let i = 0; i < n; i++) {
    const d2 = as2[i] - bs2[i];
    if (d2 !== 0) return d2;
  }
  if (as2.length !== bs2.length) return as2.length - bs2.length;
  return comparePaths(a.path, b3.path);
}
var FILE_ORDER = { 4: 0, 5: 0, 6: 1, 7: 2 };
var MESSAGE_ORDER = { 2: 0, 6: 1, 3: 2, 4: 2 };
function comparePaths(ap, bp) {
  const m2 = Math.min(ap.length, bp.length);
  let ctx = 0;
  for (let i = 0; i < m2; i++) {
    const x3 = ap[i];
    const y2 = bp[i];
    if (x3 !== y2) {
      if (i % 2 === 0 && (ctx === 0 || ctx === 1)) {
        const order = ctx === 0 ? FILE_ORDER : MESSAGE_ORDER;
        const rx = order[x3];
        const ry = order[y2];
        if (rx !== void 0 && ry !== void 0 && rx !== ry) return rx - ry;
      }
      return x3 - y2;
    }
    if (i % 2 === 0) {
      if (ctx === 0) ctx = x3 === 4 ? 1 : 2;
      else if (ctx === 1) ctx = x3 === 3 ? 1 : 2;
    }
  }
  return ap.length - bp.length;
}
function buildSourceCodeInfo(locs) {
  const root = locs[0];
  const rest = locs.slice(1).sort(compareLocs);
  if (root !== void 0) rest.unshift(root);
  const sci = create(SourceCodeInfoSchema);
  sci.location = rest;
  return sci;
}

// src/frontend/wkt.ts
var WELL_KNOWN_FILES = [
  file_google_protobuf_descriptor,
  file_google_protobuf_any,
  file_google_protobuf_api,
  file_google_protobuf_compiler_plugin,
  file_google_protobuf_cpp_features,
  file_google_protobuf_duration,
  file_google_protobuf_empty,
  file_google_protobuf_field_mask,
  file_google_protobuf_go_features,
  file_google_protobuf_java_features,
  file_google_protobuf_source_context,
  file_google_protobuf_struct,
  file_google_protobuf_timestamp,
  file_google_protobuf_type,
  file_google_protobuf_wrappers
];
var table;
var allSymbols;
function load() {
  if (table !== void 0) return table;
  const byName = new Map(WELL_KNOWN_FILES.map((f3) => [f3.proto.name, f3]));
  const out = /* @__PURE__ */ new Map();
  const visit = (f3) => {
    const done = out.get(f3.proto.name);
    if (done !== void 0) return done;
    const deps = f3.proto.dependency.map((d2) => visit(byName.get(d2)));
    const proto = clone(FileDescriptorProtoSchema, f3.proto);
    proto.sourceCodeInfo = create(SourceCodeInfoSchema);
    const linked = linkedFromDescriptor(proto, deps);
    out.set(proto.name, linked);
    return linked;
  };
  for (const f3 of WELL_KNOWN_FILES) visit(f3);
  table = out;
  return out;
}
function wellKnownFile(path) {
  if (!path.startsWith("google/protobuf/")) return void 0;
  return load().get(path);
}
function wellKnownSymbols() {
  if (allSymbols !== void 0) return allSymbols;
  const t2 = /* @__PURE__ */ new Map();
  for (const f3 of load().values()) for (const [k2, v2] of fileSymbols(f3.proto)) if (!t2.has(k2)) t2.set(k2, v2);
  allSymbols = t2;
  return t2;
}

// src/sources/descriptor-set.ts
var BUF_IMAGE_EXTENSION = 8042;
var BUF_IS_IMPORT = 1;
function isBufImport(file) {
  for (const field of file.$unknown ?? []) {
    if (field.no !== BUF_IMAGE_EXTENSION || field.wireType !== WireType.LengthDelimited) continue;
    const reader = new BinaryReader(new BinaryReader(field.data).bytes());
    while (reader.pos < reader.len) {
      const [no2, wireType] = reader.tag();
      if (no2 === BUF_IS_IMPORT && wireType === WireType.Varint) return reader.bool();
      reader.skip(wireType);
    }
  }
  return false;
}
function descriptorRegistry(files) {
  const names2 = new Set(files.map((f3) => f3.name));
  const missing = WELL_KNOWN_FILES.filter((f3) => !names2.has(f3.proto.name)).map((f3) => f3.proto);
  try {
    return createFileRegistry(create(FileDescriptorSetSchema, { file: [...missing, ...files] }));
  } catch {
    return createRegistry(...WELL_KNOWN_FILES);
  }
}
function fromJsonSet(text) {
  const plain2 = fromJsonString(FileDescriptorSetSchema, text, { ignoreUnknownFields: true }).file;
  const files = text.includes('"[') ? fromJsonString(FileDescriptorSetSchema, text, { ignoreUnknownFields: true, registry: descriptorRegistry(plain2) }).file : plain2;
  const raw = JSON.parse(text);
  return files.map((proto, i) => ({ proto, isImport: raw.file?.[i]?.bufExtension?.isImport === true }));
}
function readDescriptorSet(bytes, format, name) {
  let files;
  try {
    if (format === "json") return fromJsonSet(new TextDecoder().decode(bytes));
    files = fromBinary(FileDescriptorSetSchema, bytes, { readUnknownFields: true }).file;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid ${format === "json" ? "JSON" : "binary"} FileDescriptorSet: ${why}`);
  }
  try {
    return files.map((proto) => ({ proto, isImport: isBufImport(proto) }));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`${name}:1:1: not a valid buf image: ${why}`);
  }
}

// src/sources/dir.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function isSkippedPath(path) {
  const parts = path.split("/");
  return parts.slice(0, -1).some((p2) => SKIPPED_DIRS.has(p2));
}
function readProtoDir(root) {
  const out = [];
  const walk = (dir, prefix) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    for (const entry of entries) {
      const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name), rel);
      } else if (entry.isFile() && entry.name.endsWith(".proto")) {
        out.push({ path: rel, bytes: readFileSync(join(dir, entry.name)) });
      }
    }
  };
  walk(root, "");
  return out.sort((a, b3) => a.path < b3.path ? -1 : a.path > b3.path ? 1 : 0);
}
function includeReader(includes) {
  return (path) => {
    for (const dir of includes) {
      try {
        return readFileSync(join(dir, path));
      } catch {
        continue;
      }
    }
    return void 0;
  };
}

// src/sources/git.ts
import { spawn } from "node:child_process";

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at2 = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te2 = "òòòòòò ";
var ee2 = " òò";
var ne2 = " ò ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te2
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te2}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at2(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at2(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at2(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/sources/git.ts
var GIT_LOCATION_ENV = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM",
  "GIT_CONFIG_NOSYSTEM",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM"
];
function literal(path) {
  return `:(literal)${path}`;
}
function gitEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toUpperCase().startsWith("GIT_") || GIT_LOCATION_ENV.includes(key)) env[key] = value;
  }
  return env;
}
function message(err) {
  return (err instanceof Error ? err.message : String(err)).trim();
}
var BLOB_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
var GitRepo = class _GitRepo {
  constructor(top, shallow, bare, git2) {
    this.top = top;
    this.shallow = shallow;
    this.bare = bare;
    this.git = git2;
  }
  top;
  shallow;
  bare;
  git;
  stats = { catFileProcesses: 0, blobsRead: 0 };
  blobs = /* @__PURE__ */ new Map();
  /** The repository that contains `dir`, or undefined when there is none. */
  static async open(dir) {
    const probe = client(dir);
    let lines;
    try {
      lines = (await probe.raw(["rev-parse", "--is-bare-repository", "--is-shallow-repository"])).split("\n");
    } catch (err) {
      if (/not a git repository/i.test(message(err))) return void 0;
      throw new InputError(`cannot run git in ${dir}: ${message(err)}`);
    }
    const bare = lines[0] === "true";
    const shallow = lines[1] === "true";
    if (bare) return new _GitRepo(dir, shallow, true, probe);
    let top;
    try {
      top = (await probe.raw(["rev-parse", "--show-toplevel"])).trim();
    } catch {
      return void 0;
    }
    return new _GitRepo(top, shallow, false, client(top));
  }
  /** Where `dir` is inside the work tree: "" at the top, else "a/b" (without a trailing slash). */
  async prefixOf(dir) {
    if (this.bare) return "";
    const prefix = (await client(dir).raw(["rev-parse", "--show-prefix"])).trim();
    return prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  }
  /**
   * The commit a revision names, or undefined. The revision is only ever
   * given after `--end-of-options`; callers also refuse a leading "-".
   */
  async resolve(revision) {
    try {
      const out = await this.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
      const sha = out.trim();
      return /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
    } catch {
      return void 0;
    }
  }
  /** The best common ancestor of two commits, or undefined when they have none (or it was not fetched). */
  async mergeBase(a, b3) {
    try {
      const sha = (await this.git.raw(["merge-base", "--end-of-options", a, b3])).trim();
      return /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
    } catch {
      return void 0;
    }
  }
  /** Whether HEAD points at a commit (false in a repository with no commit yet). */
  async hasHead() {
    return await this.resolve("HEAD") !== void 0;
  }
  /** Short names of the branches, remote branches and tags, for "did you mean" hints. */
  async refNames() {
    try {
      const out = await this.git.raw([
        "for-each-ref",
        "--format=%(refname:short)",
        "refs/heads",
        "refs/remotes",
        "refs/tags"
      ]);
      return out.split("\n").filter((s) => s !== "");
    } catch {
      return [];
    }
  }
  /** A commit's abbreviated name, as git prints it. */
  async short(commit) {
    try {
      return (await this.git.raw(["rev-parse", "--short", commit])).trim();
    } catch {
      return commit.slice(0, 7);
    }
  }
  /** Whether a path (a directory) exists in a commit. */
  async hasPath(commit, path) {
    try {
      const out = await this.git.raw(["ls-tree", "-z", "--full-tree", commit, "--", literal(path)]);
      return out !== "";
    } catch {
      return false;
    }
  }
  /** The `.proto` files of a commit below `prefix` ("" for all). */
  async listTree(commit, prefix) {
    const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
    if (prefix !== "") args.push("--", literal(prefix));
    return treeEntries(await this.git.raw(args), (path) => path.endsWith(".proto"));
  }
  /** The regular files of a commit at exactly these paths (those that are there). */
  async treeFiles(commit, paths3) {
    if (paths3.length === 0) return [];
    const wanted = new Set(paths3);
    const out = await this.git.raw(["ls-tree", "-z", "--full-tree", commit, "--", ...paths3.map(literal)]);
    return treeEntries(out, (path) => wanted.has(path));
  }
  /**
   * The `.proto` files of the index below `prefix`: what `git commit` would
   * record. Unstaged edits and untracked files are not in it.
   */
  async listIndex(prefix) {
    const args = ["ls-files", "-z", "--stage", "--full-name"];
    if (prefix !== "") args.push("--", literal(prefix));
    return indexEntries(await this.git.raw(args), (path) => path.endsWith(".proto"));
  }
  /** The regular files staged in the index at exactly these paths (those that are there). */
  async indexFiles(paths3) {
    if (paths3.length === 0) return [];
    const wanted = new Set(paths3);
    const out = await this.git.raw(["ls-files", "-z", "--stage", "--full-name", "--", ...paths3.map(literal)]);
    return indexEntries(out, (path) => wanted.has(path));
  }
  /**
   * The contents of blobs, read in one `git cat-file --batch` process for all
   * of them (none when every blob was read before).
   */
  async readBlobs(oids) {
    const wanted = [...new Set(oids)].filter((oid) => !this.blobs.has(oid));
    if (wanted.length > 0) {
      const read = await catFileBatch(this.top, wanted);
      this.stats.catFileProcesses += 1;
      this.stats.blobsRead += read.size;
      for (const [oid, bytes] of read) this.blobs.set(oid, bytes);
    }
    const out = /* @__PURE__ */ new Map();
    for (const oid of oids) {
      const bytes = this.blobs.get(oid);
      if (bytes === void 0) throw new InputError(`git object ${oid} is missing from the repository`);
      out.set(oid, bytes);
    }
    return out;
  }
};
function treeEntries(out, keep) {
  const entries = [];
  for (const record of out.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    const [mode3, type, oid] = record.slice(0, tab).split(" ");
    const path = record.slice(tab + 1);
    if (type === "blob" && BLOB_MODES.has(mode3 ?? "") && keep(path) && oid !== void 0) entries.push({ path, oid });
  }
  return entries;
}
function indexEntries(out, keep) {
  const entries = [];
  const conflicts = /* @__PURE__ */ new Set();
  for (const record of out.split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    const [mode3, oid, stage] = record.slice(0, tab).split(" ");
    const path = record.slice(tab + 1);
    if (!keep(path) || !BLOB_MODES.has(mode3 ?? "") || oid === void 0) continue;
    if (stage !== "0") conflicts.add(path);
    else entries.push({ path, oid });
  }
  if (conflicts.size > 0) {
    throw new InputError(
      `--staged: ${[...conflicts].sort().join(", ")}: unresolved merge conflict; resolve it and stage the result first`
    );
  }
  return entries;
}
function client(dir) {
  return wo({ baseDir: dir, allowEnvironment: GIT_LOCATION_ENV, trimmed: false });
}
function catFileBatch(cwd, oids) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", ["cat-file", "--batch", "--buffer"], {
      cwd,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"]
    });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    child.stdin.on("error", () => {
    });
    child.on("error", (err) => reject(new InputError(`cannot run git cat-file: ${err.message}`)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new InputError(`git cat-file failed (exit ${String(code)}): ${stderr.trim()}`));
        return;
      }
      try {
        resolvePromise(parseBatch(Buffer.concat(chunks), oids));
      } catch (err) {
        reject(err);
      }
    });
    child.stdin.end(`${oids.join("\n")}
`);
  });
}
function parseBatch(out, oids) {
  const blobs = /* @__PURE__ */ new Map();
  let pos = 0;
  for (const oid of oids) {
    const eol = out.indexOf(10, pos);
    if (eol < 0) throw new InputError(`git cat-file: output ended before ${oid}`);
    const header = out.toString("utf8", pos, eol);
    pos = eol + 1;
    const [name, type, size] = header.split(" ");
    if (type === "missing" || type === "ambiguous" || size === void 0) {
      throw new InputError(`git object ${name ?? oid} is missing from the repository (a partial or shallow clone?)`);
    }
    const length = Number(size);
    blobs.set(oid, new Uint8Array(out.subarray(pos, pos + length)));
    pos += length + 1;
  }
  return blobs;
}

// src/sources/revision.ts
function fail(what, spec, why) {
  throw new InputError(`${what} "${spec}": ${why}`);
}
function checkRevision(revision, what, spec) {
  if (revision.startsWith("-")) {
    fail(what, spec, 'no directory or file by that name, and a git revision cannot start with "-"');
  }
  if (/[\u0000-\u001f\u007f]/.test(revision)) {
    fail(what, spec, "a git revision cannot contain control characters");
  }
  if (revision.includes("..")) {
    fail(
      what,
      spec,
      'no directory, file or git revision by that name (".." names a range of commits; give one revision, or A...B for the merge base of A and B)'
    );
  }
}
function parseRevision(text, what, spec = text) {
  if (text === "") fail(what, spec, "an empty git revision");
  const parts = text.split("...");
  if (parts.length === 2) {
    const from = parts[0] === "" ? "HEAD" : parts[0];
    const to2 = parts[1] === "" ? "HEAD" : parts[1];
    checkRevision(from, what, spec);
    checkRevision(to2, what, spec);
    return { kind: "merge-base", from, to: to2 };
  }
  checkRevision(text, what, spec);
  return { kind: "revision", revision: text, label: text };
}
var BUF_GIT_KEYS = /* @__PURE__ */ new Set(["branch", "tag", "ref", "commit", "subdir", "depth", "recurse_submodules", "format"]);
function parseBufGitInput(spec, what) {
  const hash = spec.indexOf("#");
  if (hash < 0) return void 0;
  const path = spec.slice(0, hash);
  const parts = spec.slice(hash + 1).split(",");
  if (!path.endsWith(".git") && !parts.some((p2) => p2.trim() === "format=git")) return void 0;
  const options = /* @__PURE__ */ new Map();
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq < 0) fail(what, spec, `"${part}" is not a key=value option`);
    const key2 = part.slice(0, eq).trim();
    if (!BUF_GIT_KEYS.has(key2)) {
      fail(what, spec, `unknown option "${key2}" (git inputs take branch, tag, ref, commit and subdir)`);
    }
    options.set(key2, part.slice(eq + 1).trim());
  }
  const format = options.get("format");
  if (format !== void 0 && format !== "git") fail(what, spec, `unsupported format "${format}"`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^[^/]+@[^/]+:/.test(path)) {
    fail(
      what,
      spec,
      "remote git repositories are not read; clone it, or fetch the revision into this repository and name it here"
    );
  }
  const named = ["branch", "tag", "ref", "commit"].filter((k2) => options.has(k2));
  if (named.length !== 1) fail(what, spec, "name exactly one of branch=, tag=, ref= or commit=");
  const key = named[0];
  const value = options.get(key);
  if (value === "") fail(what, spec, `${key}= is empty`);
  let revision;
  switch (key) {
    case "branch":
      checkRevision(value, what, spec);
      revision = { kind: "revision", revision: `refs/heads/${value}`, label: value };
      break;
    case "tag":
      checkRevision(value, what, spec);
      revision = { kind: "revision", revision: `refs/tags/${value}`, label: value };
      break;
    case "commit":
      if (!/^[0-9a-f]{4,64}$/i.test(value)) fail(what, spec, `commit=${value} is not a commit hash`);
      revision = { kind: "revision", revision: value, label: value };
      break;
    case "ref":
      revision = parseRevision(value, what, spec);
      break;
    default:
      return key;
  }
  return { repository: path === "" ? "." : path, revision, subdir: checkSubdir(options.get("subdir") ?? "", what, spec) };
}
function checkSubdir(subdir, what, spec) {
  const parts = subdir.split("/").filter((p2) => p2 !== "" && p2 !== ".");
  if (subdir.startsWith("/") || parts.includes("..")) {
    fail(what, spec, `subdir=${subdir} must be a path inside the repository`);
  }
  if (/[\u0000-\u001f\u007f]/.test(subdir)) fail(what, spec, "subdir= cannot contain control characters");
  return parts.join("/");
}

// src/sources/index.ts
var BINARY_SETS = [".binpb", ".pb", ".bin"];
function setFormat(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  return BINARY_SETS.some((ext2) => lower.endsWith(ext2)) ? "binary" : void 0;
}
var RevisionNotFound = class extends InputError {
};
function above(dir, path) {
  return path === "" ? dir : resolve2(dir, ...path.split("/").map(() => ".."));
}
function upward(prefix) {
  const dirs = [prefix];
  for (let dir = prefix; dir !== ""; ) {
    const slash = dir.lastIndexOf("/");
    dir = slash < 0 ? "" : dir.slice(0, slash);
    dirs.push(dir);
  }
  return dirs;
}
var SourceReader = class _SourceReader {
  cwd;
  include;
  state;
  constructor(options, state) {
    this.cwd = options.cwd;
    this.include = options.include ?? [];
    this.state = state ?? { repos: /* @__PURE__ */ new Map(), byTop: /* @__PURE__ */ new Map(), anchors: /* @__PURE__ */ new WeakMap(), places: /* @__PURE__ */ new Map() };
  }
  /** A reader with other import paths that shares this one's repositories, blobs and sources. */
  withInclude(include) {
    return new _SourceReader({ cwd: this.cwd, include }, this.state);
  }
  /** Git processes started and blobs read so far, over every repository. */
  async gitStats() {
    const total = { catFileProcesses: 0, blobsRead: 0 };
    await Promise.all(this.state.repos.values());
    for (const repo of this.state.byTop.values()) {
      total.catFileProcesses += repo.stats.catFileProcesses;
      total.blobsRead += repo.stats.blobsRead;
    }
    return total;
  }
  /**
   * Reads an input spec: a directory of `.proto` files, a descriptor set
   * (`.binpb`, `.pb`, `.bin`, `.json`), buf's `.git#branch=…,subdir=…`, or a
   * git revision (`main`, `HEAD~1`, `v1.2.0`, `main...HEAD`). A name that
   * exists on disk is a directory or file; otherwise it is a revision.
   * Revisions are read at the subdirectory of `relativeTo` (the other
   * side), so `proto --against main` compares proto/ with main's proto/.
   * `what` names the input in messages.
   */
  async read(spec, what, relativeTo) {
    const place2 = await this.placeOf(spec, what, false, relativeTo);
    return place2.kind === "path" ? this.readPath(spec, place2.path, what) : this.readGit(spec, place2);
  }
  /**
   * Reads the git index below a directory of the work tree: the content
   * `git commit` would record, without unstaged edits or untracked files.
   */
  async readStaged(spec, what = "--staged") {
    return this.readGit(spec, await this.placeOf(spec, what, true));
  }
  /**
   * The files with these names in the directory an input's schema is read
   * at and in each directory above it, up to the top of the repository, as
   * of the input's revision or, with `staged`, of the index: what the input's
   * own configuration is read from. Undefined for an input read from the
   * file system (a directory, a descriptor set). The files are read in one
   * `git cat-file --batch`, with the same errors as reading the input.
   */
  async filesAbove(spec, what, staged, names2) {
    const place2 = await this.placeOf(spec, what, staged);
    if (place2.kind === "path") return void 0;
    const paths3 = upward(place2.prefix).flatMap((dir) => names2.map((n) => dir === "" ? n : `${dir}/${n}`));
    const entries = place2.kind === "staged" ? await place2.repo.indexFiles(paths3) : place2.commit === void 0 ? [] : await place2.repo.treeFiles(place2.commit, paths3);
    const blobs = await place2.repo.readBlobs(entries.map((e) => e.oid));
    return {
      prefix: place2.prefix,
      place: (path) => path === "" ? place2.top : resolve2(place2.top, path),
      name: place2.name,
      files: new Map(entries.map((e) => [e.path, blobs.get(e.oid)]))
    };
  }
  /** Where an input is; found once for the side read first (which names no other side). */
  placeOf(spec, what, staged, relativeTo) {
    if (relativeTo !== void 0) return this.locate(spec, what, relativeTo);
    const key = `${staged ? "staged" : "read"}\0${what}\0${spec}`;
    let place2 = this.state.places.get(key);
    if (place2 === void 0) {
      place2 = staged ? this.locateStaged(spec, what) : this.locate(spec, what, void 0);
      this.state.places.set(key, place2);
    }
    return place2;
  }
  async locate(spec, what, relativeTo) {
    if (spec === "") throw new InputError(`${what}: an empty input`);
    const path = resolve2(this.cwd, spec);
    const onDisk = existsSync(path);
    if (onDisk && (statSync(path).isDirectory() || setFormat(spec) !== void 0)) return { kind: "path", path };
    if (onDisk) {
      const notASet = new InputError(`${what} "${spec}": not a directory or a descriptor set (.binpb, .pb, .bin or .json)`);
      let revision;
      try {
        revision = parseRevision(spec, what);
      } catch {
        throw notASet;
      }
      try {
        return await this.locateNamedRevision(spec, what, revision, relativeTo);
      } catch (err) {
        throw err instanceof RevisionNotFound ? notASet : err;
      }
    }
    const buf = parseBufGitInput(spec, what);
    if (buf !== void 0) {
      const at3 = resolve2(this.cwd, buf.repository);
      if (!existsSync(at3)) throw new InputError(`${what} "${spec}": no git repository at ${buf.repository}`);
      const dir = basename(at3) === ".git" ? dirname(at3) : at3;
      const repo = await this.repo(dir);
      if (repo === void 0) throw new InputError(`${what} "${spec}": ${buf.repository} is not a git repository`);
      return this.locateRevision(spec, what, repo, buf.revision, buf.subdir, dir, true);
    }
    return this.locateNamedRevision(spec, what, parseRevision(spec, what), relativeTo);
  }
  /** A revision of the repository of `relativeTo` (or of cwd), at the same subdirectory. */
  async locateNamedRevision(spec, what, revision, relativeTo) {
    const anchor = (relativeTo && this.state.anchors.get(relativeTo)) ?? { dir: this.cwd };
    let repo = anchor.repo ?? await this.repo(anchor.dir);
    let prefixDir = anchor.dir;
    if (repo === void 0 && anchor.dir !== this.cwd) {
      repo = await this.repo(this.cwd);
      prefixDir = this.cwd;
    }
    if (repo === void 0) {
      throw new RevisionNotFound(`${what} "${spec}": no directory, file or git revision by that name (not in a git repository)`);
    }
    if (anchor.repo === repo && anchor.prefix !== void 0) {
      return this.locateRevision(spec, what, repo, revision, anchor.prefix, anchor.top ?? repo.top, false);
    }
    const prefix = await repo.prefixOf(prefixDir);
    return this.locateRevision(spec, what, repo, revision, prefix, repo.bare ? repo.top : above(prefixDir, prefix), false);
  }
  /** The index below a directory of the work tree. */
  async locateStaged(spec, what) {
    const dir = resolve2(this.cwd, spec);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(`${what}: "${spec}" is not a directory (with --staged, INPUT is the schema's directory in the work tree)`);
    }
    const repo = await this.repo(dir);
    if (repo === void 0 || repo.bare) throw new InputError(`${what}: ${spec} is not in a git work tree`);
    const prefix = await repo.prefixOf(dir);
    return {
      kind: "staged",
      repo,
      commit: void 0,
      description: `${spec} (staged: the git index)`,
      display: spec === "." ? "" : spec,
      prefix,
      top: above(dir, prefix),
      name: (path) => `:${path}`
    };
  }
  /** The repository that contains a directory; one GitRepo per repository, whichever directory finds it. */
  repo(dir) {
    let pending = this.state.repos.get(dir);
    if (pending === void 0) {
      pending = GitRepo.open(dir).then((repo) => {
        if (repo === void 0) return void 0;
        const same = this.state.byTop.get(repo.top);
        if (same !== void 0) return same;
        this.state.byTop.set(repo.top, repo);
        return repo;
      });
      this.state.repos.set(dir, pending);
    }
    return pending;
  }
  readPath(spec, path, what) {
    if (statSync(path).isDirectory()) {
      const source2 = {
        kind: "dir",
        spec,
        description: `${spec} (directory)`,
        display: spec,
        files: readProtoDir(path),
        readImport: includeReader(this.include.map((dir) => resolve2(this.cwd, dir)))
      };
      this.state.anchors.set(source2, { dir: path });
      return source2;
    }
    const format = setFormat(spec);
    if (format === void 0) {
      throw new InputError(`${what} "${spec}": not a directory or a descriptor set (.binpb, .pb, .bin or .json)`);
    }
    const inputs = readDescriptorSet(readFileSync2(path), format, spec);
    const positionsKnown = inputs.some((i) => !i.isImport && (i.proto.sourceCodeInfo?.location.length ?? 0) > 0);
    const source = {
      kind: "descriptor-set",
      spec,
      description: positionsKnown ? `${spec} (descriptor set)` : `${spec} (descriptor set without source info: positions unknown)`,
      display: "",
      inputs,
      positionsKnown
    };
    this.state.anchors.set(source, { dir: this.cwd });
    return source;
  }
  /** The commit a revision names in a repository, and how its files are named. */
  async locateRevision(spec, what, repo, revision, prefix, top, explicitSubdir) {
    const at3 = prefix === "" ? "" : ` at ${prefix}/`;
    const place2 = (commit2, label2, description2) => ({
      kind: "git",
      repo,
      commit: commit2,
      description: description2,
      display: `${label2}:${prefix}`,
      prefix,
      top,
      name: (path) => `${label2}:${path}`
    });
    let commit;
    let label;
    let description;
    if (revision.kind === "revision") {
      const found = await repo.resolve(revision.revision);
      if (found === void 0) {
        if (revision.revision === "HEAD" && !repo.shallow) return place2(void 0, "HEAD", `${spec} (no commits yet: an empty schema)`);
        throw await this.notFound(repo, spec, what, revision.label);
      }
      commit = found;
      label = revision.label;
      description = `${spec} (git revision ${await repo.short(commit)}${at3})`;
    } else {
      const from = await repo.resolve(revision.from);
      if (from === void 0) throw await this.notFound(repo, spec, what, revision.from);
      const to2 = await repo.resolve(revision.to);
      if (to2 === void 0) throw await this.notFound(repo, spec, what, revision.to);
      const base = await repo.mergeBase(from, to2);
      if (base === void 0) {
        throw new InputError(
          repo.shallow ? `${what} "${spec}": the merge base of ${revision.from} and ${revision.to} is not in this shallow clone. ${SHALLOW_FIX}` : `${what} "${spec}": ${revision.from} and ${revision.to} have no common ancestor`
        );
      }
      commit = base;
      label = await repo.short(base);
      description = `${spec} (merge base ${label}${at3})`;
    }
    if (explicitSubdir && prefix !== "" && !await repo.hasPath(commit, prefix)) {
      throw new InputError(`${what} "${spec}": ${label} has no directory ${prefix}`);
    }
    return place2(commit, label, description);
  }
  /** Reads the `.proto` files of a place in git, and the include paths as of the same version. */
  async readGit(spec, place2) {
    const { repo, prefix, commit } = place2;
    let files = [];
    let readImport = () => void 0;
    if (place2.kind === "staged" || commit !== void 0) {
      const list2 = (p2) => commit === void 0 ? repo.listIndex(p2) : repo.listTree(commit, p2);
      const entries = await list2(prefix);
      const imports = await this.gitImports(repo, list2);
      const blobs = await repo.readBlobs([...entries, ...imports.entries].map((e) => e.oid));
      files = moduleFiles(entries, prefix, blobs);
      readImport = imports.reader(blobs);
    }
    const source = { kind: place2.kind, spec, description: place2.description, display: place2.display, files, readImport };
    const dir = place2.kind === "staged" ? resolve2(this.cwd, spec) : repo.top;
    this.state.anchors.set(source, { dir, repo, prefix, top: place2.top });
    return source;
  }
  /** The error for a revision that names nothing: a hint for a typo, or the fix for a shallow clone. */
  async notFound(repo, spec, what, name) {
    if (repo.shallow) {
      return new InputError(`${what} "${spec}": no directory, file or git revision by that name in this shallow clone. ${SHALLOW_FIX}`);
    }
    const hint = closest(name, await repo.refNames());
    return new RevisionNotFound(
      `${what} "${spec}": no directory, file or git revision by that name${hint ? ` (did you mean "${hint}"?)` : ""}`
    );
  }
  /**
   * The include paths as of a revision (or the index): those inside the
   * repository are listed there and read with the schema's files; those
   * outside it are read from disk.
   */
  async gitImports(repo, list2) {
    const entries = [];
    const parts = [];
    for (const include of this.include) {
      const abs = resolve2(this.cwd, include);
      const rel = repo.bare ? ".." : relative2(real(repo.top), real(abs)).split("\\").join("/");
      if (rel.startsWith("..") || isAbsolute(rel)) {
        parts.push({ disk: includeReader([abs]) });
        continue;
      }
      const found = await list2(rel);
      entries.push(...found);
      parts.push({ prefix: rel, entries: found });
    }
    const reader = (blobs) => {
      const lookups = parts.map((part) => {
        if ("disk" in part) return part.disk;
        const byPath2 = new Map(moduleFiles(part.entries, part.prefix, blobs).map((f3) => [f3.path, f3.bytes]));
        return (path) => byPath2.get(path);
      });
      return (path) => {
        for (const lookup of lookups) {
          const bytes = lookup(path);
          if (bytes !== void 0) return bytes;
        }
        return void 0;
      };
    };
    return { entries, reader };
  }
};
var SHALLOW_FIX = "Fetch the history before comparing: set fetch-depth: 0 on actions/checkout, or run git fetch --unshallow.";
function real(path) {
  try {
    return realpathSync(path);
  } catch {
    const up = dirname(path);
    return up === path ? path : resolve2(real(up), basename(path));
  }
}
function moduleFiles(entries, prefix, blobs) {
  const files = [];
  for (const e of entries) {
    const path = prefix === "" ? e.path : e.path.slice(prefix.length + 1);
    if (isSkippedPath(path)) continue;
    files.push({ path, bytes: blobs.get(e.oid) });
  }
  return files.sort((a, b3) => a.path < b3.path ? -1 : a.path > b3.path ? 1 : 0);
}

// src/config/buf-file.ts
var import_yaml = __toESM(require_dist3(), 1);
import { resolve as resolve3 } from "node:path";
var TOP_KEYS = {
  v1beta1: ["version", "name", "deps", "build", "lint", "breaking"],
  v1: ["version", "name", "deps", "build", "lint", "breaking"],
  v2: ["version", "modules", "deps", "lint", "breaking", "plugins", "policies"]
};
var BREAKING_KEYS = {
  v1beta1: ["use", "except", "ignore", "ignore_only", "ignore_unstable_packages"],
  v1: ["use", "except", "ignore", "ignore_only", "ignore_unstable_packages"],
  v2: ["use", "except", "ignore", "ignore_only", "ignore_unstable_packages", "disable_builtin"]
};
var LINT_OPTIONS = [
  "enum_zero_value_suffix",
  "rpc_allow_same_request_response",
  "rpc_allow_google_protobuf_empty_requests",
  "rpc_allow_google_protobuf_empty_responses",
  "service_suffix"
];
var LINT_KEYS = {
  v1beta1: ["use", "except", "ignore", "ignore_only", "allow_comment_ignores", ...LINT_OPTIONS],
  v1: ["use", "except", "ignore", "ignore_only", "allow_comment_ignores", ...LINT_OPTIONS],
  v2: ["use", "except", "ignore", "ignore_only", "disallow_comment_ignores", "disable_builtin", ...LINT_OPTIONS]
};
var BUILD_KEYS = {
  v1beta1: ["roots", "excludes"],
  v1: ["excludes"],
  v2: []
};
var MODULE_KEYS = ["path", "name", "includes", "excludes", "lint", "breaking"];
function bufVersionOf(doc) {
  const node = doc.child(doc.root, "version");
  if (node === void 0) return void 0;
  const version = doc.string(node, "version").value;
  if (!BUF_VERSIONS.includes(version)) {
    doc.fail(node, `version "${version}" is not one of ${BUF_VERSIONS.join(", ")}`);
  }
  return version;
}
function get(entries, key) {
  return entries.find((e) => e.key === key)?.node ?? null;
}
function section(doc, version, node, what, universe, keys) {
  const entries = doc.entries(node, what);
  doc.checkKeys(entries, keys, what);
  const names2 = (key) => doc.strings(get(entries, key), `${what}.${key}`).map((s) => {
    const ref = { name: s.value, where: s.where };
    checkName(ref, universe);
    return ref;
  });
  const paths3 = (n, label) => doc.strings(n, label).map((s) => ({ path: s.value, where: s.where }));
  const use = names2("use");
  const isLint = what.endsWith("lint");
  const disallow = doc.bool(get(entries, "disallow_comment_ignores"), `${what}.disallow_comment_ignores`);
  const allow = doc.bool(get(entries, "allow_comment_ignores"), `${what}.allow_comment_ignores`);
  return {
    universe,
    use: use.length > 0 ? use : void 0,
    except: names2("except"),
    ignore: paths3(get(entries, "ignore"), `${what}.ignore`),
    ignoreOnly: doc.entries(get(entries, "ignore_only"), `${what}.ignore_only`).map((e) => {
      const rule = { name: e.key, where: e.where };
      checkName(rule, universe);
      return { rule, paths: paths3(e.node, `${what}.ignore_only.${e.key}`) };
    }),
    ignoreUnstablePackages: doc.bool(get(entries, "ignore_unstable_packages"), `${what}.ignore_unstable_packages`),
    severity: [],
    // buf v2 reads comment ignores unless disallowed; v1 and v1beta1 only when allowed.
    commentIgnores: isLint && (version === "v2" ? !disallow : allow)
  };
}
function readBufConfig(doc, version, file, dir) {
  const top = doc.entries(doc.root, "buf.yaml");
  doc.checkKeys(top, TOP_KEYS[version], "");
  const breakingUniverse = bufBreakingUniverse(version);
  const lintUniverse = bufLintUniverse(version);
  const breakingOf = (node, what) => section(doc, version, node, what, breakingUniverse, BREAKING_KEYS[version]);
  const lintOf = (node, what) => section(doc, version, node, what, lintUniverse, LINT_KEYS[version]);
  const breaking2 = breakingOf(get(top, "breaking"), "breaking");
  const lint = lintOf(get(top, "lint"), "lint");
  const modules = [];
  if (version === "v2") {
    const modulesNode = get(top, "modules");
    const items = modulesNode === null ? [] : moduleItems(doc, modulesNode);
    for (const [i, item] of items.entries()) {
      const entries = doc.entries(item, `modules[${i}]`);
      doc.checkKeys(entries, MODULE_KEYS, "a module");
      const pathNode = get(entries, "path");
      const path = pathNode === null ? "." : doc.string(pathNode, `modules[${i}].path`).value;
      const breakingNode = entries.find((e) => e.key === "breaking");
      const lintNode = entries.find((e) => e.key === "lint");
      modules.push({
        root: resolve3(dir, path),
        excludes: doc.strings(get(entries, "excludes"), `modules[${i}].excludes`).map((e) => resolve3(dir, e.value)),
        includes: doc.strings(get(entries, "includes"), `modules[${i}].includes`).map((e) => resolve3(dir, e.value)),
        ignoreBase: dir,
        breaking: breakingNode === void 0 ? breaking2 : breakingOf(breakingNode.node, `modules[${i}].breaking`),
        lint: lintNode === void 0 ? lint : lintOf(lintNode.node, `modules[${i}].lint`)
      });
    }
    if (modules.length === 0) modules.push({ root: dir, excludes: [], includes: [], ignoreBase: dir, breaking: breaking2, lint });
  } else {
    const build = doc.entries(get(top, "build"), "build");
    doc.checkKeys(build, BUILD_KEYS[version], "build");
    const excludes = doc.strings(get(build, "excludes"), "build.excludes").map((e) => resolve3(dir, e.value));
    if (version === "v1beta1") {
      const roots = doc.strings(get(build, "roots"), "build.roots").map((r2) => resolve3(dir, r2.value));
      for (const root of roots.length > 0 ? roots : [dir]) {
        modules.push({ root, excludes, includes: [], ignoreBase: root, breaking: breaking2, lint });
      }
    } else {
      modules.push({ root: dir, excludes, includes: [], ignoreBase: dir, breaking: breaking2, lint });
    }
  }
  return {
    format: "buf",
    file,
    display: doc.display,
    bufVersion: version,
    dir,
    modules,
    fallback: { breaking: breaking2, lint, ignoreBase: dir },
    include: [],
    versions: { allowV0: false, versionPatterns: [] },
    unversioned: "new",
    warnings: []
  };
}
function moduleItems(doc, node) {
  if (!(0, import_yaml.isSeq)(node)) doc.fail(node, "modules must be a list");
  return node.items;
}

// src/config/protoguard-file.ts
import { resolve as resolve4 } from "node:path";

// src/versioning/pattern.ts
var PatternError = class extends Error {
};
var MAX_SOURCE = 200;
var MAX_REPEAT = 100;
var MAX_STATES = 5e3;
var DIGIT = (c3) => c3 >= "0" && c3 <= "9";
var WORD = (c3) => DIGIT(c3) || c3 >= "a" && c3 <= "z" || c3 >= "A" && c3 <= "Z" || c3 === "_";
var SPACE = (c3) => /^\s$/u.test(c3);
var CLASS_ESCAPES = {
  d: DIGIT,
  D: (c3) => !DIGIT(c3),
  w: WORD,
  W: (c3) => !WORD(c3),
  s: SPACE,
  S: (c3) => !SPACE(c3)
};
var Parser2 = class {
  constructor(src) {
    this.src = src;
  }
  src;
  pos = 0;
  parse() {
    let end = this.src.length;
    if (this.src.startsWith("^")) this.pos = 1;
    if (this.src.endsWith("$") && !this.src.endsWith("\\$") && end > this.pos) end -= 1;
    const node = this.alternation(end);
    if (this.pos < end) throw new PatternError(`unexpected "${this.src[this.pos]}" at ${this.pos + 1}`);
    return node;
  }
  alternation(end) {
    const options = [this.sequence(end)];
    while (this.pos < end && this.src[this.pos] === "|") {
      this.pos++;
      options.push(this.sequence(end));
    }
    return options.length === 1 ? options[0] : { t: "alt", options };
  }
  sequence(end) {
    const items = [];
    while (this.pos < end && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      items.push(this.quantified(end));
    }
    return { t: "seq", items };
  }
  quantified(end) {
    let node = this.atom(end);
    for (; ; ) {
      const ch = this.src[this.pos];
      let min;
      let max;
      if (this.pos >= end) return node;
      if (ch === "*") [min, max] = [0, Infinity];
      else if (ch === "+") [min, max] = [1, Infinity];
      else if (ch === "?") [min, max] = [0, 1];
      else if (ch === "{" && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos))) {
        const m2 = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
        min = Number(m2[1]);
        max = m2[2] === void 0 ? min : m2[3] === "" ? Infinity : Number(m2[3]);
        if (max < min) throw new PatternError(`numbers out of order in ${m2[0]}`);
        if (min > MAX_REPEAT || max !== Infinity && max > MAX_REPEAT) {
          throw new PatternError(`${m2[0]} repeats more than ${MAX_REPEAT} times`);
        }
        this.pos += m2[0].length - 1;
      } else return node;
      this.pos++;
      if (this.src[this.pos] === "?" && this.pos < end) this.pos++;
      node = { t: "rep", node, min, max };
    }
  }
  atom(end) {
    const ch = this.src[this.pos];
    this.pos++;
    switch (ch) {
      case "(":
        return this.group(end);
      case "[":
        return { t: "char", test: this.charClass(end) };
      case ".":
        return { t: "char", test: (c3) => c3 !== "\n" && c3 !== "\r" };
      case "\\":
        return { t: "char", test: this.escape(end) };
      case "^":
      case "$":
        throw new PatternError(`anchor "${ch}" inside the pattern (the whole component is matched already)`);
      case "*":
      case "+":
      case "?":
        throw new PatternError(`nothing to repeat before "${ch}"`);
      case "{":
      case "}":
      case "]":
        throw new PatternError(`lone "${ch}" (escape it as "\\${ch}")`);
      default:
        return { t: "char", test: (c3) => c3 === ch };
    }
  }
  group(end) {
    if (this.src.startsWith("?", this.pos)) {
      if (this.src.startsWith("?:", this.pos)) this.pos += 2;
      else if (/^\?<[A-Za-z_$][\w$]*>/.test(this.src.slice(this.pos))) this.pos = this.src.indexOf(">", this.pos) + 1;
      else throw new PatternError("lookahead and lookbehind are not supported");
    }
    const node = this.alternation(end);
    if (this.src[this.pos] !== ")" || this.pos >= end) throw new PatternError("unterminated group");
    this.pos++;
    return node;
  }
  escape(end) {
    if (this.pos >= end) throw new PatternError("\\ at end of pattern");
    const ch = this.src[this.pos];
    this.pos++;
    const cls = CLASS_ESCAPES[ch];
    if (cls !== void 0) return cls;
    if (/[1-9k]/.test(ch)) throw new PatternError("backreferences are not supported");
    if (/[bB]/.test(ch)) throw new PatternError("word boundaries are not supported");
    if (/[A-Za-z0]/.test(ch)) throw new PatternError(`escape "\\${ch}" is not supported`);
    return (c3) => c3 === ch;
  }
  charClass(end) {
    const negate2 = this.src[this.pos] === "^";
    if (negate2) this.pos++;
    const tests = [];
    let first = true;
    while (this.pos < end && (this.src[this.pos] !== "]" || first)) {
      first = false;
      let lo;
      if (this.src[this.pos] === "\\") {
        this.pos++;
        const e = this.src[this.pos];
        this.pos++;
        const cls = CLASS_ESCAPES[e];
        if (cls !== void 0) {
          tests.push(cls);
          continue;
        }
        if (/[A-Za-z0-9]/.test(e)) throw new PatternError(`escape "\\${e}" is not supported in a class`);
        lo = e;
      } else {
        lo = this.src[this.pos];
        this.pos++;
      }
      if (this.src[this.pos] === "-" && this.pos + 1 < end && this.src[this.pos + 1] !== "]") {
        let hi = this.src[this.pos + 1];
        this.pos += 2;
        if (hi === "\\") {
          hi = this.src[this.pos];
          this.pos++;
        }
        if (hi < lo) throw new PatternError(`range out of order in class: ${lo}-${hi}`);
        tests.push((c3) => c3 >= lo && c3 <= hi);
      } else {
        const one = lo;
        tests.push((c3) => c3 === one);
      }
    }
    if (this.src[this.pos] !== "]" || this.pos >= end) throw new PatternError("unterminated character class");
    this.pos++;
    return negate2 ? (c3) => !tests.some((t2) => t2(c3)) : (c3) => tests.some((t2) => t2(c3));
  }
};
function compile(root) {
  const states = [{ kind: "match" }];
  const add = (s) => {
    if (states.length >= MAX_STATES) throw new PatternError("the pattern is too large");
    states.push(s);
    return states.length - 1;
  };
  const build = (node, next) => {
    switch (node.t) {
      case "char":
        return add({ kind: "char", test: node.test, out: next });
      case "seq":
        return node.items.reduceRight((to2, item) => build(item, to2), next);
      case "alt":
        return add({ kind: "split", outs: node.options.map((o2) => build(o2, next)) });
      case "rep": {
        let tail;
        if (node.max === Infinity) {
          const loop = add({ kind: "split", outs: [] });
          states[loop].outs.push(build(node.node, loop), next);
          tail = loop;
        } else {
          tail = next;
          for (let i = node.min; i < node.max; i++) tail = add({ kind: "split", outs: [build(node.node, tail), next] });
        }
        for (let i = 0; i < node.min; i++) tail = build(node.node, tail);
        return tail;
      }
      default:
        return node;
    }
  };
  const start = build(root, 0);
  states.push({ kind: "split", outs: [start] });
  return states;
}
function simulate(states, input) {
  const start = states.length - 1;
  let current = /* @__PURE__ */ new Set();
  const close = (set, from) => {
    const stack = [from];
    while (stack.length > 0) {
      const s = stack.pop();
      if (set.has(s)) continue;
      set.add(s);
      const state = states[s];
      if (state.kind === "split") for (const o2 of state.outs) stack.push(o2);
    }
  };
  close(current, start);
  for (const ch of input) {
    const next = /* @__PURE__ */ new Set();
    for (const s of current) {
      const state = states[s];
      if (state.kind === "char" && state.test(ch)) close(next, state.out);
    }
    if (next.size === 0) return false;
    current = next;
  }
  return current.has(0);
}
function compilePattern(source) {
  if (source.length > MAX_SOURCE) throw new PatternError(`longer than ${MAX_SOURCE} characters`);
  const states = compile(new Parser2(source).parse());
  return { source, test: (component) => simulate(states, component) };
}

// src/config/yaml.ts
var import_yaml2 = __toESM(require_dist3(), 1);
var ConfigError = class extends InputError {
  name = "ConfigError";
};
var ConfigDoc = class {
  constructor(display, text) {
    this.display = display;
    this.doc = (0, import_yaml2.parseDocument)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    const first = this.doc.errors[0];
    if (first !== void 0) {
      const detail = first.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? first.message;
      throw new ConfigError(`${this.where(first.pos[0])}: ${lowerFirst(detail)}`);
    }
  }
  display;
  lines = new import_yaml2.LineCounter();
  doc;
  /** The top node, or null for an empty document. */
  get root() {
    return this.doc.contents ?? null;
  }
  /** `file:line:col` of an offset. */
  where(offset) {
    const { line, col } = this.lines.linePos(offset);
    return `${this.display}:${line}:${col}`;
  }
  /** `file:line:col` of a node (the file's first line for a missing one). */
  at(node) {
    return node?.range ? this.where(node.range[0]) : `${this.display}:1:1`;
  }
  fail(node, message2) {
    throw new ConfigError(`${this.at(node)}: ${message2}`);
  }
  /** The entries of a mapping (null: none); `what` names it in the error for another kind of value. */
  entries(node, what) {
    if (node === null || (0, import_yaml2.isScalar)(node) && node.value === null) return [];
    if (!(0, import_yaml2.isMap)(node)) this.fail(node, `${what} must be a mapping of keys to values`);
    return node.items.map((pair) => {
      const key = pair.key;
      if (!(0, import_yaml2.isScalar)(key) || typeof key.value !== "string") this.fail(key, `${what}: keys must be names`);
      return { key: key.value, where: this.at(key), node: pair.value ?? null };
    });
  }
  /** Fails on a key that is not allowed, suggesting the nearest allowed one. */
  checkKeys(entries, allowed, what) {
    for (const e of entries) {
      if (allowed.includes(e.key)) continue;
      const hint = closest(e.key, allowed);
      throw new ConfigError(
        `${e.where}: unknown key "${e.key}"${what === "" ? "" : ` in ${what}`}${hint ? ` (did you mean "${hint}"?)` : ""}`
      );
    }
  }
  /** A list of strings (null: empty). */
  strings(node, what) {
    if (node === null || (0, import_yaml2.isScalar)(node) && node.value === null) return [];
    if (!(0, import_yaml2.isSeq)(node)) this.fail(node, `${what} must be a list`);
    return node.items.map((item) => {
      const n = item;
      if (!(0, import_yaml2.isScalar)(n) || typeof n.value !== "string" && typeof n.value !== "number") {
        this.fail(n, `${what}: each item must be a string`);
      }
      return { value: String(n.value), where: this.at(n) };
    });
  }
  /** A string. */
  string(node, what) {
    if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "string" && typeof node.value !== "number") {
      this.fail(node, `${what} must be a string`);
    }
    return { value: String(node.value), where: this.at(node) };
  }
  /** A boolean (null: false). */
  bool(node, what) {
    if (node === null || (0, import_yaml2.isScalar)(node) && node.value === null) return false;
    if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "boolean") this.fail(node, `${what} must be true or false`);
    return node.value;
  }
  /** The node of a key of the top mapping, if present. */
  child(node, key) {
    if (!(0, import_yaml2.isMap)(node)) return void 0;
    const pair = node.items.find((p2) => (0, import_yaml2.isScalar)(p2.key) && p2.key.value === key);
    return pair === void 0 ? void 0 : pair.value ?? null;
  }
};
function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// src/config/protoguard-file.ts
var PROTOGUARD_KEYS = [
  "use",
  "except",
  "ignore",
  "ignore_only",
  "ignore_unstable_packages",
  "severity",
  "include",
  "roots",
  "package_versions"
];
var LEVELS = ["error", "warning", "off"];
function names(doc, node, what) {
  return doc.strings(node, what).map((s) => {
    const ref = { name: s.value, where: s.where };
    checkName(ref, PROTOGUARD_UNIVERSE);
    return ref;
  });
}
function paths(doc, node, what) {
  return doc.strings(node, what).map((s) => ({ path: s.value, where: s.where }));
}
function pattern(item) {
  try {
    return compilePattern(item.value);
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    throw new ConfigError(`${item.where}: package_versions.patterns: ${JSON.stringify(item.value)} is not a supported pattern: ${err.message}`);
  }
}
function readProtoguardConfig(doc, node, file, dir) {
  const entries = doc.entries(node, "the configuration");
  doc.checkKeys(entries, PROTOGUARD_KEYS, "");
  const get2 = (key) => entries.find((e) => e.key === key);
  const valueOf = (key) => get2(key)?.node ?? null;
  const ignoreOnly = doc.entries(valueOf("ignore_only"), "ignore_only").map((e) => {
    const rule = { name: e.key, where: e.where };
    checkName(rule, PROTOGUARD_UNIVERSE);
    return { rule, paths: paths(doc, e.node, `ignore_only.${e.key}`) };
  });
  const severity = doc.entries(valueOf("severity"), "severity").map((e) => {
    const rule = { name: e.key, where: e.where };
    checkName(rule, PROTOGUARD_UNIVERSE);
    const level2 = doc.string(e.node, `severity.${e.key}`);
    if (!LEVELS.includes(level2.value)) {
      doc.fail(e.node, `severity.${e.key}: "${level2.value}" is not one of ${LEVELS.join(", ")}`);
    }
    return { rule, level: level2.value };
  });
  const versionEntries = doc.entries(valueOf("package_versions"), "package_versions");
  doc.checkKeys(versionEntries, ["allow_v0", "patterns", "unversioned"], "package_versions");
  const unversionedNode = versionEntries.find((e) => e.key === "unversioned")?.node ?? null;
  const unversioned = unversionedNode === null ? "new" : doc.string(unversionedNode, "package_versions.unversioned").value;
  if (unversioned !== "new" && unversioned !== "all") {
    doc.fail(unversionedNode, `package_versions.unversioned: ${JSON.stringify(unversioned)} is not one of new, all`);
  }
  const patternsNode = versionEntries.find((e) => e.key === "patterns")?.node ?? null;
  const patterns = doc.strings(patternsNode, "package_versions.patterns").map(pattern);
  const allowV0 = doc.bool(versionEntries.find((e) => e.key === "allow_v0")?.node ?? null, "package_versions.allow_v0");
  const use = names(doc, valueOf("use"), "use");
  const breaking2 = {
    universe: PROTOGUARD_UNIVERSE,
    use: use.length > 0 ? use : void 0,
    except: names(doc, valueOf("except"), "except"),
    ignore: paths(doc, valueOf("ignore"), "ignore"),
    ignoreOnly,
    ignoreUnstablePackages: doc.bool(valueOf("ignore_unstable_packages"), "ignore_unstable_packages"),
    severity,
    commentIgnores: false
  };
  const settings = { breaking: breaking2, lint: breaking2, ignoreBase: dir };
  const roots = doc.strings(valueOf("roots"), "roots");
  const modules = roots.map((r2) => ({
    root: resolve4(dir, r2.value),
    excludes: [],
    includes: [],
    ...settings
  }));
  return {
    format: "protoguard",
    file,
    display: doc.display,
    bufVersion: void 0,
    dir,
    modules,
    fallback: settings,
    include: doc.strings(valueOf("include"), "include").map((i) => resolve4(dir, i.value)),
    versions: { allowV0, versionPatterns: patterns },
    unversioned,
    warnings: []
  };
}

// src/config/find.ts
var CONFIG_FILES = ["protoguard.yaml", "protoguard.yml", "package.json", "buf.yaml"];
var NOTHING = {
  universe: PROTOGUARD_UNIVERSE,
  use: void 0,
  except: [],
  ignore: [],
  ignoreOnly: [],
  ignoreUnstablePackages: false,
  severity: [],
  commentIgnores: false
};
function defaultConfig(dir) {
  return {
    format: "default",
    file: void 0,
    display: "defaults",
    bufVersion: void 0,
    dir,
    modules: [],
    fallback: { breaking: NOTHING, lint: NOTHING, ignoreBase: dir },
    include: [],
    versions: { allowV0: false, versionPatterns: [] },
    unversioned: "new",
    warnings: []
  };
}
function isDir(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function hasProtoguardKey(text) {
  try {
    const pkg = JSON.parse(text);
    return typeof pkg === "object" && pkg !== null && Object.hasOwn(pkg, "protoguard");
  } catch {
    return false;
  }
}
function readText(file) {
  try {
    return readFileSync3(file, "utf8");
  } catch {
    return "";
  }
}
function findConfigFile(start) {
  let dir = resolve5(start);
  for (; ; ) {
    for (const name of CONFIG_FILES) {
      const file = join2(dir, name);
      if (!existsSync2(file) || isDir(file)) continue;
      if (name === "package.json" && !hasProtoguardKey(readText(file))) continue;
      return file;
    }
    if (existsSync2(join2(dir, ".git"))) return void 0;
    const up = dirname2(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function displayName(file, cwd) {
  const rel = relative3(cwd, file);
  return rel === "" || rel.length > file.length ? file : rel;
}
function loadConfigFile(file, cwd, bufDir) {
  let text;
  try {
    text = readFileSync3(file, "utf8");
  } catch (err) {
    const reason = err.code === "ENOENT" ? "no such file" : String(err);
    throw new InputError(`--config ${displayName(file, cwd)}: ${reason}`);
  }
  return parseConfig(text, file, displayName(file, cwd), bufDir);
}
function parseConfig(text, file, display, bufDir) {
  const dir = dirname2(file);
  try {
    const doc = new ConfigDoc(display, text);
    if (basename2(file) === "package.json") {
      const node = doc.child(doc.root, "protoguard");
      if (node === void 0) throw new ConfigError(`${display}:1:1: package.json has no "protoguard" key`);
      return readProtoguardConfig(doc, node, file, dir);
    }
    const version = bufVersionOf(doc);
    if (version === void 0) return readProtoguardConfig(doc, doc.root, file, dir);
    return readBufConfig(doc, version, file, bufDir === void 0 ? dir : bufDir(version));
  } catch (err) {
    if (err instanceof UsageError) throw new ConfigError(err.message);
    throw err;
  }
}
function findConfigInGit(tree) {
  for (const dir of upward(tree.prefix)) {
    for (const name of CONFIG_FILES) {
      const path = dir === "" ? name : `${dir}/${name}`;
      const bytes = tree.files.get(path);
      if (bytes === void 0) continue;
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
      if (name === "package.json" && !hasProtoguardKey(text)) continue;
      return parseConfig(text, tree.place(path), tree.name(path));
    }
  }
  return void 0;
}
function resolveConfig(options) {
  if (options.config !== void 0) {
    const inputDir = resolve5(options.start);
    return loadConfigFile(resolve5(options.cwd, options.config), options.cwd, (version) => version === "v2" ? resolve5(options.cwd) : inputDir);
  }
  if (options.tree !== void 0) return findConfigInGit(options.tree) ?? defaultConfig(options.tree.place(options.tree.prefix));
  const file = findConfigFile(options.start);
  return file === void 0 ? defaultConfig(resolve5(options.start)) : loadConfigFile(file, options.cwd);
}

// src/config/plan.ts
import { existsSync as existsSync3, statSync as statSync3 } from "node:fs";
import { relative as relative4, resolve as resolve6, sep as sep2 } from "node:path";
function isDirectory(path) {
  try {
    return statSync3(path).isDirectory();
  } catch {
    return false;
  }
}
function contains(dir, path) {
  return path === dir || path.startsWith(dir.endsWith(sep2) ? dir : dir + sep2);
}
function inputDirectory(cwd, input) {
  const path = resolve6(cwd, input);
  return existsSync3(path) && isDirectory(path) ? path : void 0;
}
function planModules(config, inputDir, splittable) {
  const containing = config.modules.filter((m2) => contains(m2.root, inputDir)).sort((a, b3) => b3.root.length - a.root.length)[0];
  if (containing !== void 0) return [{ ...containing, root: inputDir }];
  const inside2 = splittable ? config.modules.filter((m2) => contains(inputDir, m2.root)) : [];
  if (inside2.length > 0) return inside2.map((m2) => ({ ...m2 }));
  return [{ root: inputDir, excludes: [], includes: [], ...config.fallback }];
}
function moduleSpec(cwd, root) {
  const rel = relative4(cwd, root);
  return rel === "" ? "." : rel;
}
function withoutExcluded(source, run) {
  if (source.kind === "descriptor-set" || run.excludes.length === 0 && run.includes.length === 0) return source;
  return { ...source, files: source.files.filter((f3) => !isExcluded(run.root, f3.path, run.excludes, run.includes)) };
}

// src/config/suppress.ts
var DIRECTIVE = "protoguard:ignore";
var SUPPRESSION_UNUSED = "SUPPRESSION_UNUSED";
var SUPPRESSION_NO_REASON = "SUPPRESSION_NO_REASON";
var SUPPRESSION_WARNINGS = [
  { id: SUPPRESSION_UNUSED, summary: "A protoguard:ignore comment suppresses nothing." },
  { id: SUPPRESSION_NO_REASON, summary: "A protoguard:ignore comment gives no reason." }
];
var FILE_STATEMENTS = [[2], [12], [14]];
function parseDirectives(comment) {
  const out = [];
  for (const raw of comment.split("\n")) {
    const line = raw.replace(/^\s*\*?\s*/, "");
    if (!line.startsWith(DIRECTIVE)) continue;
    const rest = line.slice(DIRECTIVE.length);
    if (rest !== "" && !/^\s/.test(rest)) continue;
    const dashes = rest.indexOf("--");
    const list2 = dashes < 0 ? rest : rest.slice(0, dashes);
    const reason = dashes < 0 ? "" : rest.slice(dashes + 2).trim();
    const rules = list2.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s !== "");
    out.push({ rules, reason });
  }
  return out;
}
function paths2(subject) {
  return subject.element === void 0 ? FILE_STATEMENTS : [subject.element.path];
}
function findComment(text, line) {
  if (text === void 0) return void 0;
  const lines = text.split("\n");
  for (let i = Math.min(line, lines.length) - 1; i >= 0 && i >= line - 50; i--) {
    const at3 = lines[i].indexOf(DIRECTIVE);
    if (at3 >= 0) {
      const text2 = lines[i];
      const start = Math.max(text2.lastIndexOf("//", at3), text2.lastIndexOf("/*", at3));
      const column = (start >= 0 ? start : at3) + 1;
      return { line: i + 1, column, endColumn: lines[i].trimEnd().length + 1 };
    }
  }
  return void 0;
}
var Suppressions = class {
  constructor(mayHold, text) {
    this.mayHold = mayHold;
    this.text = text;
  }
  mayHold;
  text;
  bySubject = /* @__PURE__ */ new Map();
  scanned = /* @__PURE__ */ new Set();
  key(file, path) {
    return `${file.path}\0${path === void 0 ? "file" : path.join(",")}`;
  }
  scan(file) {
    if (this.scanned.has(file)) return;
    this.scanned.add(file);
    if (file.isImport || !this.mayHold(file)) return;
    const subjects = [{ file, element: void 0 }];
    for (const m2 of file.messages) {
      if (m2.isMapEntry) continue;
      subjects.push({ file, element: m2 });
      for (const f3 of m2.fields) subjects.push({ file, element: f3 });
      for (const o2 of m2.oneofs) if (!o2.isSynthetic) subjects.push({ file, element: o2 });
    }
    for (const e of file.enums) {
      subjects.push({ file, element: e });
      for (const v2 of e.values) subjects.push({ file, element: v2 });
    }
    for (const s of file.services) {
      subjects.push({ file, element: s });
      for (const m2 of s.methods) subjects.push({ file, element: m2 });
    }
    for (const x3 of file.extensions) subjects.push({ file, element: x3 });
    for (const subject of subjects) {
      const found = [];
      for (const path of paths2(subject)) {
        const comment = file.leadingComments(path);
        if (comment === void 0 || !comment.includes(DIRECTIVE)) continue;
        const span = file.span(path) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
        const place2 = findComment(this.text(file), span.line);
        for (const d2 of parseDirectives(comment)) {
          found.push({
            ...d2,
            subject,
            ...place2 === void 0 ? span : { line: place2.line, column: place2.column, endLine: place2.line, endColumn: place2.endColumn }
          });
        }
      }
      if (found.length > 0) this.bySubject.set(this.key(file, subject.element?.path), found);
    }
  }
  /** The directives on a subject of the current version. */
  on(subject) {
    this.scan(subject.file);
    return this.bySubject.get(this.key(subject.file, subject.element?.path)) ?? [];
  }
  /** Every directive in the given files. */
  all(files) {
    for (const f3 of files) this.scan(f3);
    return [...this.bySubject.values()].flat();
  }
};
function elementName(d2) {
  const el = d2.subject.element;
  if (el === void 0) return `file ${d2.subject.file.path}`;
  switch (el.kind) {
    case "message":
      return `message ${el.fullName}`;
    case "field":
      return el.isExtension ? `extension ${el.fullName}` : `field ${el.fullName}`;
    case "oneof":
      return `oneof ${el.message.fullName}.${el.name}`;
    case "enum":
      return `enum ${el.fullName}`;
    case "enum_value":
      return `enum value ${el.enum.fullName}.${el.name}`;
    case "service":
      return `service ${el.fullName}`;
    case "method":
      return `RPC ${el.service.fullName}.${el.name}`;
    default:
      return el;
  }
}
function applySuppressions(located, suppressions, files, ran, known, display) {
  const kept = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Map();
  for (const l3 of located) {
    const directive = l3.current === void 0 ? void 0 : suppressions.on(l3.current).find((d2) => d2.rules.includes(l3.finding.rule));
    if (directive === void 0) {
      kept.push(l3);
      continue;
    }
    suppressed.push({ located: l3, directive });
    const set = used.get(directive) ?? /* @__PURE__ */ new Set();
    set.add(l3.finding.rule);
    used.set(directive, set);
  }
  const warnings = [];
  for (const d2 of suppressions.all(files)) {
    const at3 = {
      file: display(d2.subject.file),
      path: d2.subject.file.path,
      line: d2.line,
      column: d2.column,
      endLine: d2.endLine,
      endColumn: d2.endColumn
    };
    const where3 = elementName(d2);
    if (d2.rules.length === 0) {
      warnings.push({ rule: SUPPRESSION_UNUSED, severity: "warning", ...at3, message: `Suppression on ${where3} names no rule: write "// ${DIRECTIVE} RULE_ID -- reason".` });
    }
    for (const rule of d2.rules) {
      if (!known.includes(rule)) {
        const hint = closest(rule, known);
        warnings.push({
          rule: SUPPRESSION_UNUSED,
          severity: "warning",
          ...at3,
          message: `Suppression on ${where3} names an unknown rule "${rule}"${hint ? ` (did you mean "${hint}"?)` : ""}.`
        });
      } else if (ran.has(rule) && !(used.get(d2)?.has(rule) ?? false)) {
        warnings.push({
          rule: SUPPRESSION_UNUSED,
          severity: "warning",
          ...at3,
          message: `Suppression of ${rule} on ${where3} suppresses nothing: remove it.`
        });
      }
    }
    if (d2.reason === "" && d2.rules.length > 0) {
      warnings.push({
        rule: SUPPRESSION_NO_REASON,
        severity: "warning",
        ...at3,
        message: `Suppression of ${d2.rules.join(", ")} on ${where3} gives no reason: add "-- why this change is safe".`
      });
    }
  }
  return { suppressed, kept, warnings };
}

// src/model/finding.ts
function messageWithFix(f3) {
  return f3.fix === void 0 ? f3.message : `${f3.message}
Fix: ${f3.fix}.`;
}
function sortFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f3 of findings) {
    const key = `${f3.path}\0${f3.line}\0${f3.column}\0${f3.endLine}\0${f3.endColumn}\0${f3.rule}\0${f3.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f3);
  }
  const cmp2 = (a, b3) => a < b3 ? -1 : a > b3 ? 1 : 0;
  return out.sort(
    (a, b3) => cmp2(a.deleted ? "" : a.path, b3.deleted ? "" : b3.path) || a.line - b3.line || a.column - b3.column || cmp2(a.rule, b3.rule) || cmp2(a.message, b3.message) || a.endLine - b3.endLine || a.endColumn - b3.endColumn
  );
}

// src/run/engine.ts
var FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function locate(where3) {
  for (const loc of where3.candidates) {
    const span = where3.file.span(loc.path);
    if (span) return span;
  }
  return FILE_START;
}
function displayPath(root, path) {
  if (root === "" || root === ".") return path;
  return root.endsWith("/") || root.endsWith(":") ? `${root}${path}` : `${root}/${path}`;
}
function elementIndex(file) {
  const index = /* @__PURE__ */ new Map();
  const add = (el) => {
    index.set(el.path.join(","), el);
  };
  for (const m2 of file.messages) {
    add(m2);
    for (const f3 of m2.fields) add(f3);
    for (const o2 of m2.oneofs) add(o2);
  }
  for (const e of file.enums) {
    add(e);
    for (const v2 of e.values) add(v2);
  }
  for (const s of file.services) {
    add(s);
    for (const m2 of s.methods) add(m2);
  }
  for (const x3 of file.extensions) add(x3);
  return index;
}
function inMapEntry2(el) {
  if (el.kind === "message") return el.isMapEntry;
  return el.kind === "field" && !el.isExtension && el.parent?.isMapEntry === true;
}
function subjectOf(where3, indexes) {
  let index = indexes.get(where3.file);
  if (index === void 0) {
    index = elementIndex(where3.file);
    indexes.set(where3.file, index);
  }
  for (const loc of where3.candidates) {
    if (loc.file !== where3.file) continue;
    for (let n = loc.path.length; n > 0; n--) {
      const el = index.get(loc.path.slice(0, n).join(","));
      if (el === void 0) continue;
      if (inMapEntry2(el)) break;
      return { file: where3.file, element: el };
    }
  }
  return { file: where3.file, element: void 0 };
}
function runRulesLocated(comparison, rules, roots = { current: "", previous: "" }, severity = () => "error", settings = DEFAULT_SETTINGS) {
  const findings = [];
  const located = /* @__PURE__ */ new Map();
  const indexes = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const level2 = severity(rule);
    const report = (r2) => {
      if (r2.current === null) {
        const prevSpan2 = locate(r2.previous);
        const file = displayPath(roots.previous, r2.previous.file.path);
        const finding2 = {
          rule: rule.id,
          severity: level2,
          file,
          path: r2.previous.file.path,
          deleted: true,
          ...FILE_START,
          message: r2.message,
          previous: { file, line: prevSpan2.line, column: prevSpan2.column },
          ...r2.fix === void 0 ? {} : { fix: r2.fix }
        };
        findings.push(finding2);
        located.set(finding2, { finding: finding2, current: void 0, previous: subjectOf(r2.previous, indexes) });
        return;
      }
      const span = locate(r2.current);
      const prevSpan = r2.previous === void 0 ? void 0 : locate(r2.previous);
      const finding = {
        rule: rule.id,
        severity: level2,
        file: displayPath(roots.current, r2.current.file.path),
        path: r2.current.file.path,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        message: r2.message,
        ...r2.previous === void 0 || prevSpan === void 0 ? {} : {
          previous: {
            file: displayPath(roots.previous, r2.previous.file.path),
            line: prevSpan.line,
            column: prevSpan.column
          }
        },
        ...r2.fix === void 0 ? {} : { fix: r2.fix }
      };
      findings.push(finding);
      located.set(finding, {
        finding,
        current: subjectOf(r2.current, indexes),
        previous: r2.previous === void 0 ? void 0 : subjectOf(r2.previous, indexes)
      });
    };
    rule.check(comparison, { report, settings });
  }
  return sortFindings(findings).map((f3) => located.get(f3));
}

// src/frontend/index.ts
import { createHash } from "node:crypto";
var cacheBrand = /* @__PURE__ */ Symbol("ParseCache");
function createParseCache() {
  const c3 = { [cacheBrand]: true, parsed: /* @__PURE__ */ new Map(), linked: /* @__PURE__ */ new Map() };
  return c3;
}
function hashBytes(bytes) {
  return createHash("sha1").update(bytes).digest("base64");
}
var utf82 = new TextDecoder("utf-8", { fatal: true });
function decodeText(path, bytes) {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CompileError(path, 0, 0, "binary data, not a .proto text file (contains NUL bytes)");
  try {
    return utf82.decode(bytes);
  } catch {
    throw new CompileError(path, 0, 0, `not UTF-8 text (invalid byte sequence at byte ${firstInvalidUtf8(bytes)}); .proto files must be UTF-8`);
  }
}
function firstInvalidUtf8(b3) {
  let i = 0;
  while (i < b3.length) {
    const c3 = b3[i];
    const n = c3 < 128 ? 0 : c3 >= 194 && c3 < 224 ? 1 : c3 >= 224 && c3 < 240 ? 2 : c3 >= 240 && c3 < 245 ? 3 : -1;
    if (n < 0) return i;
    for (let k2 = 1; k2 <= n; k2++) if (((b3[i + k2] ?? 0) & 192) !== 128) return i;
    i += n + 1;
  }
  return i;
}
function compile2(files, options = {}) {
  const cache = options.cache ?? createParseCache();
  const inputs = /* @__PURE__ */ new Map();
  for (const f3 of files) {
    if (inputs.has(f3.path)) throw new CompileError(f3.path, 0, 0, "the same file is given twice as input");
    inputs.set(f3.path, f3);
  }
  const lookedIn = options.importPathsDescription ?? ["the input files"];
  const nodes = /* @__PURE__ */ new Map();
  const errors = [];
  const errorFiles = /* @__PURE__ */ new Set();
  const record = (e) => {
    if (!errorFiles.has(e.file)) {
      errorFiles.add(e.file);
      errors.push(e);
    }
  };
  const makeNode = (path, bytes, isImport) => {
    const key = path + "\0" + hashBytes(bytes);
    let entry = cache.parsed.get(key);
    if (entry === void 0) {
      const text = decodeText(path, bytes);
      const parsed = parseFile(path, text);
      entry = { text, imports: parsed.imports, fresh: parsed };
      cache.parsed.set(key, entry);
    }
    return { path, isImport, entryKey: key, entry, deps: entry.imports.map((i) => i.path) };
  };
  const addBuiltin = (p2) => {
    if (nodes.has(p2)) return true;
    const builtin = wellKnownFile(p2);
    if (builtin === void 0) return false;
    nodes.set(p2, { path: p2, isImport: true, builtin, deps: builtin.proto.dependency.slice(), linked: builtin, linkKey: "wkt:" + p2 });
    for (const d2 of builtin.proto.dependency) addBuiltin(d2);
    return true;
  };
  const node = (path, bytes, isImport) => {
    const have = nodes.get(path);
    if (have !== void 0) return have;
    try {
      const n = makeNode(path, bytes, isImport);
      nodes.set(path, n);
      return n;
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      record(e);
      const failed = { path, isImport, deps: [], failed: true };
      nodes.set(path, failed);
      return void 0;
    }
  };
  const fallback = wellKnownSymbols();
  const visiting = [];
  const link = (n) => {
    if (n.linked !== void 0) return n.linked;
    if (n.failed === true) return void 0;
    visiting.push(n.path);
    const deps = [];
    const depKeys = [];
    const entry = n.entry;
    let ok = true;
    for (const imp of entry.imports) {
      const p2 = imp.path;
      let dn2 = nodes.get(p2);
      if (dn2 === void 0 && !addBuiltin(p2)) {
        const input = inputs.get(p2);
        const b3 = input !== void 0 ? input.bytes : options.readImport?.(p2);
        if (b3 === void 0) {
          record(new CompileError(n.path, imp.line, imp.column, `import "${p2}" not found (looked in: ${lookedIn.join(", ")})`));
          ok = false;
          break;
        }
        node(p2, b3, input === void 0);
      }
      dn2 = nodes.get(p2);
      if (dn2.linked === void 0 && visiting.includes(p2)) {
        const cycle = [...visiting.slice(visiting.indexOf(p2)), p2].join(" -> ");
        record(new CompileError(n.path, imp.line, imp.column, `import cycle: ${cycle}`));
        ok = false;
        break;
      }
      const ld = link(dn2);
      if (ld === void 0) {
        ok = false;
        break;
      }
      deps.push(ld);
      depKeys.push(dn2.linkKey);
    }
    visiting.pop();
    if (!ok) {
      n.failed = true;
      return void 0;
    }
    const key = hashBytes(new TextEncoder().encode(`${n.entryKey}\0${depKeys.join("\0")}`));
    let linked = cache.linked.get(key);
    if (linked === void 0) {
      try {
        const parsed = entry.fresh ?? parseFile(n.path, entry.text);
        entry.fresh = void 0;
        linked = linkFile(parsed, deps, fallback);
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        record(e);
        n.failed = true;
        return void 0;
      }
      cache.linked.set(key, linked);
    }
    n.linked = linked;
    n.linkKey = key;
    return linked;
  };
  for (const f3 of files) {
    const n = node(f3.path, f3.bytes, false);
    if (n !== void 0) link(n);
  }
  if (errors.length === 0) checkExtensionNumbers(nodes, record);
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new CompileErrors(errors);
  const out = [];
  for (const f3 of files) out.push({ proto: (nodes.get(f3.path)?.linked).proto, isImport: false });
  const added = /* @__PURE__ */ new Set();
  const addImports = (n) => {
    for (const d2 of n.deps) {
      const dn2 = nodes.get(d2);
      if (added.has(d2)) continue;
      added.add(d2);
      addImports(dn2);
      if (dn2.isImport) out.push({ proto: dn2.linked.proto, isImport: true });
    }
  };
  for (const f3 of files) addImports(nodes.get(f3.path));
  return { files: out };
}
function checkExtensionNumbers(nodes, record) {
  const seen = /* @__PURE__ */ new Map();
  for (const n of nodes.values()) {
    const linked = n.linked;
    if (linked === void 0 || n.builtin !== void 0) continue;
    const proto = linked.proto;
    const visit = (exts, scope, path) => {
      exts.forEach((x3, i) => {
        const key = `${x3.extendee}:${x3.number}`;
        const prev = seen.get(key);
        const name = scope + x3.name;
        if (prev === void 0) {
          seen.set(key, { file: proto.name, name });
          return;
        }
        const numberPath = [...path, i, 3].join(",");
        const loc = proto.sourceCodeInfo?.location.find((l3) => l3.path.join(",") === numberPath);
        record(
          new CompileError(
            proto.name,
            (loc?.span[0] ?? 0) + 1,
            (loc?.span[1] ?? 0) + 1,
            `extension number ${x3.number} of ${x3.extendee.slice(1)} is already used by ${prev.name} (${prev.file})`
          )
        );
      });
    };
    const pre = proto.package === "" ? "" : proto.package + ".";
    visit(proto.extension, pre, [7]);
    const walk = (msgs, scope, path) => {
      msgs.forEach((m2, i) => {
        const inner = `${scope}${m2.name}.`;
        visit(m2.extension, inner, [...path, i, 6]);
        walk(m2.nestedType, inner, [...path, i, 3]);
      });
    };
    walk(proto.messageType, pre, [4]);
  }
}

// src/image/build.ts
var FILE_MESSAGE = 4;
var FILE_ENUM = 5;
var FILE_SERVICE = 6;
var FILE_EXTENSION = 7;
var MESSAGE_FIELD = 2;
var MESSAGE_NESTED = 3;
var MESSAGE_ENUM = 4;
var MESSAGE_EXTENSION = 6;
var MESSAGE_ONEOF = 8;
var ENUM_VALUE = 2;
var SERVICE_METHOD = 2;
var TYPE_KINDS = {
  [FieldDescriptorProto_Type.DOUBLE]: "double",
  [FieldDescriptorProto_Type.FLOAT]: "float",
  [FieldDescriptorProto_Type.INT64]: "int64",
  [FieldDescriptorProto_Type.UINT64]: "uint64",
  [FieldDescriptorProto_Type.INT32]: "int32",
  [FieldDescriptorProto_Type.FIXED64]: "fixed64",
  [FieldDescriptorProto_Type.FIXED32]: "fixed32",
  [FieldDescriptorProto_Type.BOOL]: "bool",
  [FieldDescriptorProto_Type.STRING]: "string",
  [FieldDescriptorProto_Type.GROUP]: "group",
  [FieldDescriptorProto_Type.MESSAGE]: "message",
  [FieldDescriptorProto_Type.BYTES]: "bytes",
  [FieldDescriptorProto_Type.UINT32]: "uint32",
  [FieldDescriptorProto_Type.ENUM]: "enum",
  [FieldDescriptorProto_Type.SFIXED32]: "sfixed32",
  [FieldDescriptorProto_Type.SFIXED64]: "sfixed64",
  [FieldDescriptorProto_Type.SINT32]: "sint32",
  [FieldDescriptorProto_Type.SINT64]: "sint64"
};
function defaultJsonName(name) {
  let out = "";
  let upper = false;
  for (const ch of name) {
    if (ch === "_") {
      upper = true;
    } else if (upper) {
      out += ch.toUpperCase();
      upper = false;
    } else {
      out += ch;
    }
  }
  return out;
}
function oneofIndexOf(fp) {
  return isFieldSet(fp, FieldDescriptorProtoSchema.field.oneofIndex) ? fp.oneofIndex : void 0;
}
function syntaxOf(proto) {
  if (proto.syntax === "proto3") return "proto3";
  if (proto.syntax === "editions") return "editions";
  return "proto2";
}
function stripDot(name) {
  return name.startsWith(".") ? name.slice(1) : name;
}
function pathKey(path) {
  return path.join(",");
}
function buildFile(input) {
  const proto = input.proto;
  const syntax = syntaxOf(proto);
  const pkg = proto.package;
  const features = mergeFeatures(editionDefaults(syntax, proto.edition), proto.options?.features);
  const messages = [];
  const enums = [];
  const services = [];
  const extensions = [];
  const allFields = [];
  let spans;
  let comments;
  const indexSourceInfo = () => {
    spans = /* @__PURE__ */ new Map();
    comments = /* @__PURE__ */ new Map();
    for (const loc of proto.sourceCodeInfo?.location ?? []) {
      const s = loc.span;
      if (s.length !== 3 && s.length !== 4) continue;
      const key = pathKey(loc.path);
      if (spans.has(key)) continue;
      const [line = 0, col = 0] = s;
      const endLine = s.length === 4 ? s[2] ?? 0 : line;
      const endCol = s.length === 4 ? s[3] ?? 0 : s[2] ?? 0;
      spans.set(key, { line: line + 1, column: col + 1, endLine: endLine + 1, endColumn: endCol + 1 });
      if (loc.leadingComments !== void 0 && loc.leadingComments !== "") {
        comments.set(key, loc.leadingComments);
      }
    }
  };
  const file = {
    kind: "file",
    path: proto.name,
    proto,
    syntax,
    package: pkg,
    isImport: input.isImport,
    features,
    messages,
    enums,
    services,
    extensions,
    span(path) {
      if (spans === void 0) indexSourceInfo();
      return spans?.get(pathKey(path));
    },
    leadingComments(path) {
      if (comments === void 0) indexSourceInfo();
      return comments?.get(pathKey(path));
    }
  };
  const qualify = (scope, name) => scope === "" ? name : `${scope}.${name}`;
  const makeField = (fp, path, parent, scopeName, inherited, isExtension) => {
    const fieldFeatures = mergeFeatures(inherited, fp.options?.features);
    const field = {
      kind: "field",
      file,
      path,
      proto: fp,
      fullName: qualify(scopeName, fp.name),
      name: fp.name,
      number: fp.number,
      parent,
      isExtension,
      extendee: isExtension ? stripDot(fp.extendee) : void 0,
      oneof: void 0,
      typeKind: TYPE_KINDS[fp.type] ?? "message",
      typeName: stripDot(fp.typeName),
      enumType: void 0,
      label: fp.label === FieldDescriptorProto_Label.REPEATED ? "repeated" : fp.label === FieldDescriptorProto_Label.REQUIRED ? "required" : "optional",
      isMap: false,
      hasPresence: false,
      jsonName: fp.jsonName !== "" ? fp.jsonName : defaultJsonName(fp.name),
      features: fieldFeatures
    };
    allFields.push(field);
    return field;
  };
  const makeEnum = (ep, path, parent, scopeName, inherited) => {
    const values = [];
    const valuesByNumber = /* @__PURE__ */ new Map();
    const fullName = qualify(scopeName, ep.name);
    const en2 = {
      kind: "enum",
      file,
      path,
      proto: ep,
      fullName,
      name: ep.name,
      nestedName: parent ? `${parent.nestedName}.${ep.name}` : ep.name,
      parent,
      values,
      valuesByNumber,
      features: mergeFeatures(inherited, ep.options?.features)
    };
    ep.value.forEach((vp, i) => {
      const value = {
        kind: "enum_value",
        file,
        path: [...path, ENUM_VALUE, i],
        proto: vp,
        enum: en2,
        name: vp.name,
        number: vp.number
      };
      values.push(value);
      const same = valuesByNumber.get(vp.number);
      if (same) same.push(value);
      else valuesByNumber.set(vp.number, [value]);
    });
    enums.push(en2);
    return en2;
  };
  const makeMessage = (mp, path, parent, scopeName, inherited) => {
    const fullName = qualify(scopeName, mp.name);
    const features2 = mergeFeatures(inherited, mp.options?.features);
    const fields = [];
    const fieldsByNumber = /* @__PURE__ */ new Map();
    const oneofs = [];
    const nestedMessages = [];
    const nestedEnums = [];
    const message2 = {
      kind: "message",
      file,
      path,
      proto: mp,
      fullName,
      name: mp.name,
      nestedName: parent ? `${parent.nestedName}.${mp.name}` : mp.name,
      parent,
      fields,
      fieldsByNumber,
      oneofs,
      nestedMessages,
      nestedEnums,
      isMapEntry: mp.options?.mapEntry === true,
      features: features2
    };
    messages.push(message2);
    const oneofFeatures = mp.oneofDecl.map((od) => mergeFeatures(features2, od.options?.features));
    mp.oneofDecl.forEach((od, i) => {
      const isSynthetic = mp.field.some(
        (f3) => f3.proto3Optional && f3.oneofIndex === i
      );
      oneofs.push({
        kind: "oneof",
        file,
        path: [...path, MESSAGE_ONEOF, i],
        proto: od,
        message: message2,
        name: od.name,
        index: i,
        isSynthetic,
        fields: []
      });
    });
    mp.field.forEach((fp, i) => {
      const oneofIndex = oneofIndexOf(fp);
      const oneof = oneofIndex !== void 0 ? oneofs[oneofIndex] : void 0;
      const inheritedFeatures = oneofIndex !== void 0 ? oneofFeatures[oneofIndex] ?? features2 : features2;
      const field = makeField(fp, [...path, MESSAGE_FIELD, i], message2, fullName, inheritedFeatures, false);
      if (oneof) {
        oneof.fields.push(field);
        if (!oneof.isSynthetic) field.oneof = oneof;
      }
      fields.push(field);
      fieldsByNumber.set(field.number, field);
    });
    mp.nestedType.forEach((np, i) => {
      nestedMessages.push(makeMessage(np, [...path, MESSAGE_NESTED, i], message2, fullName, features2));
    });
    mp.enumType.forEach((ep, i) => {
      nestedEnums.push(makeEnum(ep, [...path, MESSAGE_ENUM, i], message2, fullName, features2));
    });
    mp.extension.forEach((xp, i) => {
      extensions.push(makeField(xp, [...path, MESSAGE_EXTENSION, i], message2, fullName, features2, true));
    });
    return message2;
  };
  proto.messageType.forEach((mp, i) => makeMessage(mp, [FILE_MESSAGE, i], void 0, pkg, features));
  proto.enumType.forEach((ep, i) => makeEnum(ep, [FILE_ENUM, i], void 0, pkg, features));
  proto.service.forEach((sp, i) => {
    const path = [FILE_SERVICE, i];
    const methods = [];
    const methodsByName = /* @__PURE__ */ new Map();
    const service = {
      kind: "service",
      file,
      path,
      proto: sp,
      fullName: qualify(pkg, sp.name),
      name: sp.name,
      methods,
      methodsByName
    };
    sp.method.forEach((mp, j3) => {
      const method = {
        kind: "method",
        file,
        path: [...path, SERVICE_METHOD, j3],
        proto: mp,
        service,
        name: mp.name,
        inputType: stripDot(mp.inputType),
        outputType: stripDot(mp.outputType),
        clientStreaming: mp.clientStreaming === true,
        serverStreaming: mp.serverStreaming === true
      };
      methods.push(method);
      methodsByName.set(method.name, method);
    });
    services.push(service);
  });
  proto.extension.forEach((xp, i) => {
    extensions.push(makeField(xp, [FILE_EXTENSION, i], void 0, pkg, features, true));
  });
  return { file, fields: allFields };
}
function createImageCache() {
  return { built: /* @__PURE__ */ new WeakMap() };
}
function buildImage(inputs, cache) {
  const files = [];
  const filesByPath = /* @__PURE__ */ new Map();
  const messagesByName = /* @__PURE__ */ new Map();
  const enumsByName = /* @__PURE__ */ new Map();
  const servicesByName = /* @__PURE__ */ new Map();
  const packages = /* @__PURE__ */ new Map();
  const allFields = [];
  for (const input of inputs) {
    if (filesByPath.has(input.proto.name)) continue;
    const known = cache?.built.get(input.proto);
    let file;
    if (known !== void 0 && known.isImport === input.isImport) {
      file = known.file;
    } else {
      const built = buildFile(input);
      file = built.file;
      for (const f3 of built.fields) allFields.push(f3);
      cache?.built.set(input.proto, { file, isImport: input.isImport });
    }
    files.push(file);
    filesByPath.set(file.path, file);
    for (const m2 of file.messages) messagesByName.set(m2.fullName, m2);
    for (const e of file.enums) enumsByName.set(e.fullName, e);
    for (const s of file.services) servicesByName.set(s.fullName, s);
    const same = packages.get(file.package);
    if (same) same.push(file);
    else packages.set(file.package, [file]);
  }
  for (const field of allFields) {
    const mutable = field;
    const target = field.typeKind === "message" ? messagesByName.get(field.typeName) : void 0;
    if (field.typeKind === "enum") mutable.enumType = enumsByName.get(field.typeName);
    if (field.typeKind === "message" && field.label === "repeated" && target?.isMapEntry === true) {
      mutable.isMap = true;
    }
    if (field.typeKind === "message" && field.file.syntax === "editions" && field.features.messageEncoding === FeatureSet_MessageEncoding.DELIMITED && !field.isMap && target?.isMapEntry !== true && (field.isExtension || field.parent?.isMapEntry !== true)) {
      mutable.typeKind = "group";
    }
    mutable.hasPresence = computePresence(field);
  }
  return { files, filesByPath, messagesByName, enumsByName, servicesByName, packages };
}
function computePresence(field) {
  if (field.label === "repeated") return false;
  if (field.isExtension) return true;
  if (field.typeKind === "message" || field.typeKind === "group") return true;
  if (oneofIndexOf(field.proto) !== void 0) return true;
  if (field.file.syntax === "proto3") return field.proto.proto3Optional === true;
  if (field.file.syntax === "proto2") return true;
  return field.features.fieldPresence !== FeatureSet_FieldPresence.IMPLICIT;
}

// src/run/load.ts
var SchemaError = class extends InputError {
  constructor(message2, side) {
    super(message2);
    this.side = side;
  }
  side;
};
function loadInputs(source, options) {
  if (source.kind === "descriptor-set") return withWellKnownImports(source.inputs);
  try {
    return compile2(source.files, {
      readImport: source.readImport,
      importPathsDescription: [source.display === "" ? "." : source.display, ...options.include],
      cache: options.cache
    }).files;
  } catch (err) {
    if (err instanceof CompileError) {
      const errors = err instanceof CompileErrors ? err.errors : [err];
      const lines = errors.map(
        (e) => `${displayPath(source.display, e.file)}:${Math.max(e.line, 1)}:${Math.max(e.column, 1)}: ${e.detail}`
      );
      throw new SchemaError(lines.join("\n"), options.side);
    }
    throw err;
  }
}
function loadImage(source, options) {
  return buildImage(loadInputs(source, options), options.images);
}
function withWellKnownImports(inputs) {
  const present = new Set(inputs.map((i) => i.proto.name));
  const added = [];
  const add = (name) => {
    if (present.has(name)) return;
    const wkt = wellKnownFile(name);
    if (wkt === void 0) return;
    present.add(name);
    for (const dep of wkt.proto.dependency) add(dep);
    added.push({ proto: wkt.proto, isImport: true });
  };
  for (const input of inputs) for (const dep of input.proto.dependency) add(dep);
  return added.length === 0 ? inputs : [...inputs, ...added];
}

// src/versioning/breaking-rules.ts
function breakingRules(selected, named, unversioned) {
  const lintRuns = (r2) => unversioned === "all" || named.has(r2.id);
  const suffixRuns = selected.some((r2) => r2.singleVersion === true && lintRuns(r2));
  return selected.filter((r2) => {
    if (r2.singleVersion === true) return lintRuns(r2);
    return !(r2.id === "PACKAGE_NO_NEW_UNVERSIONED" && unversioned === "all" && suffixRuns && !named.has(r2.id));
  });
}

// src/run/check.ts
function rebase(f3, prefix) {
  return prefix === "" || f3.deleted ? f3 : { ...f3, path: `${prefix}/${f3.path}` };
}
function modulePrefix(inputDir, run) {
  return inputDir === void 0 ? "" : relative5(inputDir, run.root).split(sep3).join("/");
}
function refs(names2, where3) {
  return names2 === void 0 || names2.length === 0 ? void 0 : names2.map((name) => ({ name, where: where3 }));
}
async function prepare(options) {
  const inputDir = inputDirectory(options.cwd, options.input);
  const reader = new SourceReader({ cwd: options.cwd });
  const names2 = options.config === void 0 ? CONFIG_FILES : [];
  const tree = options.staged || inputDir === void 0 ? await reader.filesAbove(options.input, options.staged ? "--staged" : "input", options.staged, names2) : void 0;
  const config = resolveConfig({
    cwd: options.cwd,
    start: inputDir ?? options.cwd,
    ...options.config === void 0 ? {} : { config: options.config },
    ...tree === void 0 ? {} : { tree }
  });
  const start = inputDir ?? tree?.place(tree.prefix) ?? options.cwd;
  const runs = planModules(config, start, inputDir !== void 0);
  const include = [
    ...options.include ?? [],
    ...config.include.map((p2) => moduleSpec(options.cwd, p2)),
    ...runs.length > 1 ? runs.map((r2) => moduleSpec(options.cwd, r2.root)) : []
  ];
  return { config, runs, inputDir, reader: reader.withInclude(include), include };
}
function runSpec(options, inputDir, run) {
  return inputDir === void 0 || run.root === inputDir ? options.input : moduleSpec(options.cwd, run.root);
}
function textOf(source) {
  if (source.kind === "descriptor-set") return () => void 0;
  const bytes = new Map(source.files.map((f3) => [f3.path, f3.bytes]));
  const decoder2 = new TextDecoder("utf-8");
  return (file) => {
    const b3 = bytes.get(file.path);
    return b3 === void 0 ? void 0 : decoder2.decode(b3);
  };
}
function mayHoldDirectives(source) {
  if (source.kind === "descriptor-set") return () => true;
  const needle = Buffer.from(DIRECTIVE);
  const view = (b3) => Buffer.from(b3.buffer, b3.byteOffset, b3.byteLength);
  const has = new Set(source.files.filter((f3) => view(f3.bytes).includes(needle)).map((f3) => f3.path));
  return (file) => has.has(file.path);
}
function filterFindings(located, check, run, config, current, image, rules) {
  const ignored = applyIgnores(located, check, { root: run.root, ignoreBase: run.ignoreBase, globs: config.format === "protoguard" });
  const suppressions = new Suppressions(mayHoldDirectives(current), textOf(current));
  const own = image.files.filter((f3) => !f3.isImport);
  const outcome = applySuppressions(
    ignored.kept,
    suppressions,
    own,
    new Set(rules.map((r2) => r2.id)),
    RULES.map((r2) => r2.id),
    (file) => displayPath(current.display, file.path)
  );
  const suppressed = [
    ...ignored.suppressed,
    ...outcome.suppressed.map(({ located: l3, directive: d2 }) => ({
      ...l3.finding,
      suppression: {
        by: "comment",
        ...d2.reason === "" ? {} : { reason: d2.reason },
        at: `${displayPath(current.display, d2.subject.file.path)}:${d2.line}:${d2.column}`
      }
    }))
  ];
  const warnings = applyIgnores(
    outcome.warnings.map((finding) => ({ finding, current: { file: image.filesByPath.get(finding.path), element: void 0 }, previous: void 0 })),
    { ...check, ignoreOnly: [], ignoreUnstablePackages: false },
    { root: run.root, ignoreBase: run.ignoreBase, globs: config.format === "protoguard" }
  ).kept.map((l3) => l3.finding);
  return { findings: [...outcome.kept.map((l3) => l3.finding), ...warnings], suppressed };
}
async function compareModule(options, against, prepared, run, caches) {
  const { config, inputDir, reader, include } = prepared;
  const stage = options.onProgress ?? (() => {
  });
  const selected = rulesOf(run.breaking, { use: refs(options.use, "--use"), except: refs(options.except, "--except") });
  const named = new Set((options.use !== void 0 && options.use.length > 0 ? options.use : (run.breaking.use ?? []).map((r2) => r2.name)).map((n) => n.trim()));
  const rules = breakingRules(selected.rules, named, config.unversioned);
  const warnings = selected.warnings;
  const spec = runSpec(options, inputDir, run);
  stage(`reading ${spec}`);
  const current = withoutExcluded(options.staged ? await reader.readStaged(spec) : await reader.read(spec, "input"), run);
  const sub = inputDir === void 0 ? "" : relative5(inputDir, run.root);
  const againstDir = sub !== "" ? inputDirectory(options.cwd, against) : void 0;
  const againstSpec = againstDir === void 0 ? against : moduleSpec(options.cwd, `${againstDir}/${sub}`);
  stage(`reading ${againstSpec}`);
  const previous = withoutExcluded(await reader.read(againstSpec, "--against", current), run);
  stage("parsing the current schema");
  const currentImage = loadImage(current, { include, cache: caches.parse, images: caches.images, side: "current" });
  stage("parsing the previous schema");
  const previousImage = loadImage(previous, { include, cache: caches.parse, images: caches.images, side: "previous" });
  stage("comparing");
  const comparison = compareImages(previousImage, currentImage);
  const located = runRulesLocated(
    comparison,
    rules,
    { current: current.display, previous: previous.display },
    severityOf(run.breaking),
    config.versions
  );
  const filtered = filterFindings(located, run.breaking, run, config, current, currentImage, rules);
  const prefix = modulePrefix(inputDir, run);
  return {
    findings: filtered.findings.map((f3) => rebase(f3, prefix)),
    suppressed: filtered.suppressed.map((f3) => rebase(f3, prefix)),
    rules,
    warnings,
    current,
    previous,
    image: currentImage,
    previousImage,
    prefix
  };
}
async function checkBreaking(options, against) {
  const prepared = await prepare(options);
  const caches = { parse: createParseCache(), images: createImageCache() };
  const outcomes = [];
  for (const run of prepared.runs) outcomes.push(await compareModule(options, against, prepared, run, caches));
  return { config: prepared.config, runs: prepared.runs, outcomes };
}
function ruleNames(options, config, runs, section2) {
  if (options.use !== void 0 && options.use.length > 0) return [...options.use];
  const check = runs[0]?.[section2] ?? config.fallback[section2];
  return (check.use ?? check.universe.defaultUse.map((name) => ({ name }))).map((r2) => r2.name);
}
function joinOutcomes(outcomes) {
  const rules = /* @__PURE__ */ new Map();
  for (const o2 of outcomes) for (const r2 of o2.rules) rules.set(r2.id, r2);
  const suppressed = outcomes.flatMap((o2) => o2.suppressed);
  return {
    findings: sortFindings(outcomes.flatMap((o2) => o2.findings)),
    suppressed: sortFindings(suppressed),
    rules: RULES.filter((r2) => rules.has(r2.id)),
    warnings: [...new Set(outcomes.flatMap((o2) => o2.warnings))]
  };
}

// src/report/color.ts
var plain = (s) => s;
var NO_COLOR = {
  path: plain,
  location: plain,
  error: plain,
  warning: plain,
  rule: plain,
  dim: plain,
  bold: plain
};

// src/report/links.ts
import { createHash as createHash2 } from "node:crypto";
var HOMEPAGE = "https://github.com/protoguard/protoguard";
function ruleDocUrl(id) {
  const dir = id.startsWith("SUPPRESSION_") ? "docs" : "rules";
  return `${HOMEPAGE}/blob/main/${dir}/${id.toLowerCase().replaceAll("_", "-")}.md`;
}
function fingerprint(f3) {
  return createHash2("sha256").update(`${f3.rule}\0${f3.path}\0${f3.message}`).digest("hex").slice(0, 32);
}
function workspacePath(f3) {
  const colon = f3.file.indexOf(":");
  return colon >= 0 ? f3.file.slice(colon + 1) : f3.file;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/github.ts
var ANNOTATION_LIMIT = 10;
function escapeData(s) {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function workflowCommand(command, properties, message2) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0 && entry[1] !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(message2)}`;
}
function annotation(f3) {
  const command = f3.severity === "error" ? "error" : "warning";
  if (f3.deleted) return workflowCommand(command, { title: f3.rule }, messageWithFix(f3));
  const oneLine = f3.line === f3.endLine;
  return workflowCommand(
    command,
    {
      title: f3.rule,
      file: f3.file,
      line: f3.line,
      endLine: f3.endLine,
      // GitHub takes columns only on a one-line span.
      col: oneLine ? f3.column : void 0,
      endColumn: oneLine ? f3.endColumn : void 0
    },
    messageWithFix(f3)
  );
}
function formatGithub(findings, context) {
  if (findings.length === 0) {
    return `No breaking changes: ${plural(context.filesCompared, "file")} compared against ${context.against}.
`;
  }
  const lines = [];
  const rest = [];
  const shown = { error: 0, warning: 0 };
  for (const f3 of findings) {
    if (shown[f3.severity] < ANNOTATION_LIMIT) {
      shown[f3.severity]++;
      lines.push(annotation(f3));
    } else {
      rest.push(f3);
    }
  }
  if (rest.length > 0) {
    lines.push(
      workflowCommand(
        "notice",
        { title: "protoguard" },
        `${plural(rest.length, "more finding")} not annotated (GitHub shows ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings per step): see the job summary or the log.`
      )
    );
    for (const f3 of rest) {
      const where3 = f3.deleted ? f3.file : `${f3.file}:${f3.line}:${f3.column}`;
      lines.push(`${where3}: ${f3.rule}: ${f3.message}`);
    }
  }
  return `${lines.join("\n")}
`;
}

// src/report/json.ts
function formatJson(findings, context) {
  const errors = findings.filter((f3) => f3.severity === "error").length;
  return `${JSON.stringify(
    {
      version: 1,
      findings,
      suppressed: context.suppressed ?? [],
      summary: {
        errors,
        warnings: findings.length - errors,
        suppressed: context.suppressed?.length ?? 0,
        filesCompared: context.filesCompared,
        ...context.positionsUnknown?.length ? { positionsUnknown: context.positionsUnknown } : {}
      }
    },
    null,
    2
  )}
`;
}

// src/report/codeframe.ts
function width(ch) {
  const cp = ch.codePointAt(0);
  return cp < 128 ? 1 : charWidth(cp);
}
function expand2(line) {
  let text = "";
  let col = 0;
  for (const ch of line.endsWith("\r") ? line.slice(0, -1) : line) {
    if (ch === "	") {
      const next = col + 4 & ~3;
      text += " ".repeat(next - col);
      col = next;
    } else {
      text += ch;
      col += width(ch);
    }
  }
  return { text: text.trimEnd(), width: col - (text.length - text.trimEnd().length) };
}
function codeFrame(f3, text) {
  if (text === void 0 || f3.deleted) return void 0;
  if (f3.line === f3.endLine && f3.column >= f3.endColumn) return void 0;
  const lines = text.split("\n");
  const raw = lines[f3.line - 1];
  if (raw === void 0) return void 0;
  const { text: shown, width: lineWidth } = expand2(raw);
  const start = f3.column - 1;
  const end = f3.endLine === f3.line ? f3.endColumn - 1 : lineWidth;
  if (start >= lineWidth) return void 0;
  const length = Math.max(1, Math.min(end, lineWidth) - start);
  return { line: f3.line, text: shown, marker: `${" ".repeat(start)}${"^".repeat(length)}` };
}

// src/report/summary.ts
var BUF_GRAMMAR = { allowV0: false, versionPatterns: [] };
function cmp(a, b3) {
  return a < b3 ? -1 : a > b3 ? 1 : 0;
}
function replaced(pkg, previous, current, grammar) {
  const version = versionPlace(pkg, grammar)?.version;
  if (previous.includes(pkg) || version === void 0) return void 0;
  const family = familyName(pkg, grammar);
  const older = previous.filter((p2) => p2 !== pkg && familyName(p2, grammar) === family).map((p2) => ({ p: p2, v: versionPlace(p2, grammar) })).filter(({ v: v2 }) => v2 === void 0 || v2.version !== void 0 && compareVersions(v2.version, version) < 0).sort((a, b3) => Number(current.has(a.p)) - Number(current.has(b3.p)) || (a.v?.version && b3.v?.version ? compareVersions(b3.v.version, a.v.version) : a.v ? -1 : 1));
  return older[0]?.p;
}
function packageAdvice(findings, facts) {
  if (facts.packages === void 0) return [];
  const grammar = facts.versions ?? BUF_GRAMMAR;
  const current = new Set(facts.packages.values());
  const previous = [...new Set(facts.previousPackages?.values() ?? [])];
  const successor = /* @__PURE__ */ new Map();
  for (const pkg of current) {
    const from = replaced(pkg, previous, current, grammar);
    if (from !== void 0 && !current.has(from)) successor.set(from, pkg);
  }
  const counts = /* @__PURE__ */ new Map();
  for (const f3 of findings) {
    if (f3.severity !== "error") continue;
    let pkg = f3.deleted ? facts.previousPackages?.get(f3.path) : facts.packages.get(f3.path);
    if (pkg === void 0 || pkg === "") continue;
    if (f3.deleted && !current.has(pkg)) pkg = successor.get(pkg);
    if (pkg === void 0) continue;
    counts.set(pkg, (counts.get(pkg) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b3]) => cmp(a, b3)).map(([pkg, count]) => adviceFor(pkg, count, previous, current, grammar));
}
function adviceFor(pkg, count, previous, current, grammar) {
  const from = replaced(pkg, previous, current, grammar);
  if (from !== void 0) return { package: pkg, count, kind: "moved", from };
  const place2 = versionPlace(pkg, grammar);
  if (place2 === void 0) return { package: pkg, count, kind: "unversioned", next: withV1(pkg) };
  const v2 = place2.version;
  if (v2 === void 0 || v2.stability !== "stable") {
    return { package: pkg, count, kind: "unstable", stability: v2 === void 0 ? "pre-release" : v2.stability, bufSkips: isUnstable(pkg) };
  }
  const parts = pkg.split(".");
  parts[place2.index] = `v${v2.major + 1}`;
  return { package: pkg, count, kind: "stable", next: parts.join(".") };
}
function countLine(findings, noun = "breaking change") {
  const errors = findings.filter((f3) => f3.severity === "error").length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f3) => f3.file)).size;
  let line = `${plural(errors, noun)} in ${plural(files, "file")}`;
  if (warnings > 0) line += `, ${plural(warnings, "warning")}`;
  return line;
}
function adviceLine(a) {
  const changes = a.count === 1 ? "its breaking change" : `its ${a.count} breaking changes`;
  switch (a.kind) {
    case "stable":
      return `${a.package} is a stable package: ${changes} ${a.count === 1 ? "belongs" : "belong"} in a new package ${a.next}.`;
    case "unstable": {
      const skip = a.bufSkips ? "buf skips every finding in it with ignore_unstable_packages: true" : "buf's ignore_unstable_packages does not skip it: buf reads only a last component in its own grammar as a version";
      const an2 = /^[aeiou]/.test(a.stability) ? "an" : "a";
      return `${a.package} is ${an2} ${a.stability} package: its clients were told it may break (${skip}).`;
    }
    case "unversioned":
      return `${a.package} has no version: ${changes} ${a.count === 1 ? "lands" : "land"} on every client; introduce ${a.next} for what changes.`;
    case "moved":
      return `${a.package} is new in this change, replacing ${a.from}: keep ${a.from} until its clients have moved.`;
    default:
      return a;
  }
}

// src/report/markdown.ts
var MARKDOWN_ROWS = 100;
var MARKDOWN_FRAMES = 50;
var MARKDOWN_MAX = 6e4;
function escapeMarkdown(s) {
  return s.replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/\r?\n/g, " ");
}
function fenced(lang, content) {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${content}
${fence}`;
}
function place(f3) {
  return f3.deleted ? `${f3.file} (deleted)` : `${f3.file}:${f3.line}:${f3.column}`;
}
function formatMarkdown(findings, context) {
  let rows = MARKDOWN_ROWS;
  let frames = MARKDOWN_FRAMES;
  let out = render(findings, context, rows, frames);
  while (out.length > MARKDOWN_MAX && (rows > 1 || frames > 0)) {
    if (frames > 0) frames = 0;
    else rows = Math.floor(rows / 2);
    out = render(findings, context, rows, frames);
  }
  return out;
}
function render(findings, context, maxRows, maxFrames) {
  const against = escapeMarkdown(context.against);
  if (findings.length === 0) {
    return `### ✅ protoguard: no breaking changes

${plural(context.filesCompared, "file")} compared against ${against}.
`;
  }
  const out = [];
  out.push(`### ❌ protoguard: ${countLine(findings)}`, "");
  const input = context.input === void 0 ? "" : `${escapeMarkdown(context.input)} `;
  out.push(`Compared ${input}against ${against} (${plural(context.filesCompared, "file")}).`, "");
  out.push("| | Where | Rule | Change |", "|---|---|---|---|");
  for (const f3 of findings.slice(0, maxRows)) {
    const icon = f3.severity === "error" ? "❌" : "⚠️";
    out.push(`| ${icon} | ${escapeMarkdown(place(f3))} | [${escapeMarkdown(f3.rule)}](${ruleDocUrl(f3.rule)}) | ${escapeMarkdown(f3.message)}${f3.fix === void 0 ? "" : `<br>Fix: ${escapeMarkdown(f3.fix)}.`} |`);
  }
  if (findings.length > maxRows) {
    out.push("", `…and ${plural(findings.length - maxRows, "more finding")}, listed in the log.`);
  }
  const bumps = packageAdvice(findings, context);
  if (bumps.length > 0) {
    out.push("");
    for (const b3 of bumps) out.push(`- ${escapeMarkdown(adviceLine(b3))}`);
  }
  const frames = [];
  for (const f3 of findings) {
    if (frames.length >= maxFrames) break;
    const frame = codeFrame(f3, context.sources?.get(f3.path));
    if (!frame) continue;
    const gutter = String(frame.line);
    const body = `${gutter} | ${frame.text}
${" ".repeat(gutter.length)} | ${frame.marker}`;
    frames.push(`${escapeMarkdown(place(f3))} ${escapeMarkdown(f3.rule)}

${fenced("text", body)}`);
  }
  if (frames.length > 0) {
    out.push("", "<details>", `<summary>The source of each change (${frames.length})</summary>`, "");
    out.push(frames.join("\n\n"), "", "</details>");
  }
  return `${out.join("\n")}
`;
}

// src/report/sarif.ts
function uri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function describe(rule) {
  const url = ruleDocUrl(rule.id);
  const origin = rule.origin === "protoguard" ? "protoguard's own rule (buf has none like it)" : rule.origin === "buf-lint" ? "buf lint rule" : "buf breaking rule";
  return {
    id: rule.id,
    name: rule.id.toLowerCase().split("_").map((w2) => w2.charAt(0).toUpperCase() + w2.slice(1)).join(""),
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} A ${origin}; categories: ${rule.categories.join(", ")}.` },
    helpUri: url,
    help: {
      text: `${rule.summary} Why it breaks, and the safe way to make the change: ${url}`,
      markdown: `${rule.summary}

Why it breaks, and the safe way to make the change: [${rule.id}](${url}).`
    },
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["protobuf", "breaking-change", ...rule.categories.map((c3) => c3.toLowerCase())],
      precision: "very-high",
      "problem.severity": "error"
    }
  };
}
function result(f3, ruleIndex) {
  const hash = fingerprint(f3);
  return {
    ruleId: f3.rule,
    ruleIndex,
    level: f3.severity === "error" ? "error" : "warning",
    message: { text: messageWithFix(f3) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(workspacePath(f3)) },
          region: { startLine: f3.line, startColumn: f3.column, endLine: f3.endLine, endColumn: f3.endColumn }
        }
      }
    ],
    partialFingerprints: { primaryLocationLineHash: hash, "protoguard/v1": hash },
    ...f3.previous || f3.deleted ? {
      properties: {
        ...f3.deleted ? { deleted: true } : {},
        ...f3.previous ? { previous: `${f3.previous.file}:${f3.previous.line}:${f3.previous.column}` } : {}
      }
    } : {}
  };
}
function suppression(s) {
  const justification = s.by === "comment" ? s.reason : [s.by, s.reason].filter(Boolean).join(": ");
  return {
    kind: s.by === "comment" ? "inSource" : "external",
    ...justification ? { justification } : {},
    ...s.at ? { properties: { at: s.at } } : {}
  };
}
function formatSarif(findings, context) {
  const suppressed = context.showSuppressed ? context.suppressed ?? [] : [];
  const rules = /* @__PURE__ */ new Map();
  for (const r2 of context.rules ?? []) rules.set(r2.id, r2);
  for (const f3 of [...findings, ...suppressed]) {
    if (rules.has(f3.rule)) continue;
    const warning = SUPPRESSION_WARNINGS.find((w2) => w2.id === f3.rule);
    rules.set(f3.rule, { id: f3.rule, categories: [], summary: warning?.summary ?? `Rule ${f3.rule}.`, origin: "protoguard" });
  }
  const ids = [...rules.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = [
    ...findings.map((f3) => result(f3, index.get(f3.rule))),
    ...suppressed.map((f3) => ({ ...result(f3, index.get(f3.rule)), suppressions: [suppression(f3.suppression)] }))
  ];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "protoguard",
            informationUri: HOMEPAGE,
            ...context.version ? { semanticVersion: context.version } : {},
            rules: ids.map((id) => describe(rules.get(id)))
          }
        },
        automationDetails: { id: "protoguard/breaking/" },
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/related.ts
var ROOT_CAUSES = /* @__PURE__ */ new Set(["FIELD_NO_RENUMBER", "ENUM_VALUE_NO_RENUMBER"]);
function onPreviousElement(f3, root) {
  return f3 !== void 0 && root !== void 0 && f3.file === root.file && f3.line === root.line && f3.column >= root.column;
}
function inside(f3, span) {
  if (f3.deleted || span.deleted || f3.file !== span.file) return false;
  const after = f3.line > span.line || f3.line === span.line && f3.column >= span.column;
  const before = f3.line < span.endLine || f3.line === span.endLine && f3.column < span.endColumn;
  return after && before;
}
function groupRelated(findings) {
  const roots = findings.filter((f3) => ROOT_CAUSES.has(f3.rule));
  const followers = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  for (const root of roots) {
    const mine = findings.filter(
      (f3) => !ROOT_CAUSES.has(f3.rule) && !claimed.has(f3) && (onPreviousElement(f3.previous, root.previous) || inside(f3, root))
    );
    for (const f3 of mine) claimed.add(f3);
    if (mine.length > 0) followers.set(root, mine);
  }
  return { top: findings.filter((f3) => !claimed.has(f3)), followers };
}

// src/report/text.ts
function wasAt(f3) {
  const p2 = f3.previous;
  if (p2 === void 0 || p2.line === f3.line && p2.column === f3.column) return void 0;
  return `${p2.file}:${p2.line}:${p2.column}`;
}
function formatText(findings, context, c3) {
  if (findings.length === 0) {
    const clean2 = `No breaking changes: ${plural(context.filesCompared, "file")} compared against ${context.against}.`;
    return `${[clean2, ...suppressedLines(context, c3)].join("\n")}
`;
  }
  const { top, followers } = groupRelated(findings);
  const groups = /* @__PURE__ */ new Map();
  for (const f3 of top) {
    const key = f3.deleted ? `${f3.file} (deleted)` : f3.file;
    const group = groups.get(key);
    if (group) group.push(f3);
    else groups.set(key, [f3]);
  }
  const lines = [];
  const finding = (f3, indent, showFix = true) => {
    const where3 = f3.deleted ? f3.file : `${f3.file}:${f3.line}:${f3.column}`;
    const severity = f3.severity === "error" ? "" : `${c3.warning("warning")}  `;
    lines.push(`${indent}${c3.location(where3)}  ${severity}${c3.rule(f3.rule)}  ${f3.message}`);
    const detail = `${indent}    `;
    const frame = codeFrame(f3, context.sources?.get(f3.path));
    if (frame) {
      const gutter = String(frame.line);
      const mark = f3.severity === "error" ? c3.error : c3.warning;
      lines.push(`${detail}${c3.dim(`${gutter} |`)} ${frame.text}`);
      lines.push(`${detail}${c3.dim(`${" ".repeat(gutter.length)} |`)} ${mark(frame.marker)}`);
    }
    const was = wasAt(f3);
    if (was !== void 0) lines.push(`${detail}${c3.dim(`(was at ${was})`)}`);
    if (showFix && f3.fix !== void 0) lines.push(`${detail}${c3.dim("fix:")} ${f3.fix}`);
  };
  for (const [name, group] of groups) {
    lines.push(c3.bold(name));
    for (const f3 of group) {
      finding(f3, "  ");
      const related = followers.get(f3);
      if (related) {
        lines.push(`    ${c3.dim("as buf reports the same change:")}`);
        for (const r2 of related) finding(r2, "    ", false);
      }
    }
    lines.push("");
  }
  const errors = findings.some((f3) => f3.severity === "error");
  const summary = `${countLine(findings, context.lint === true ? "problem" : "breaking change")}.`;
  lines.push(errors ? c3.error(summary) : summary);
  for (const advice of packageAdvice(findings, context)) lines.push(adviceLine(advice));
  lines.push(...suppressedLines(context, c3));
  return `${lines.join("\n")}
`;
}
function suppressedLines(context, c3) {
  const suppressed = context.suppressed ?? [];
  if (suppressed.length === 0) return [];
  const byComment = suppressed.filter((s) => s.suppression.by === "comment").length;
  const byConfig = suppressed.length - byComment;
  const how = [
    ...byComment > 0 ? [`${byComment} by a protoguard:ignore comment`] : [],
    ...byConfig > 0 ? [`${byConfig} by the configuration's ignores`] : []
  ].join(", ");
  const noun = suppressed.length === 1 ? "finding" : "findings";
  if (context.showSuppressed !== true) {
    return [c3.dim(`${suppressed.length} ${noun} suppressed (${how}; --show-suppressed to list).`)];
  }
  const lines = [c3.dim(`${suppressed.length} ${noun} suppressed (${how}):`)];
  for (const f3 of suppressed) {
    const where3 = f3.deleted ? f3.file : `${f3.file}:${f3.line}:${f3.column}`;
    const s = f3.suppression;
    const why = s.by === "comment" ? `comment${s.reason === void 0 ? "" : `: ${s.reason}`}` : `${s.by}${s.reason === void 0 ? "" : `: ${s.reason}`}`;
    lines.push(`  ${c3.dim(where3)}  ${c3.rule(f3.rule)}  ${f3.message}`);
    lines.push(`      ${c3.dim(`(suppressed by ${why}${s.at === void 0 ? "" : ` at ${s.at}`})`)}`);
  }
  return lines;
}

// src/index.ts
function info(source) {
  return {
    kind: source.kind,
    spec: source.spec,
    description: source.description,
    positionsKnown: source.kind !== "descriptor-set" || source.positionsKnown
  };
}
async function breaking(options) {
  const staged = options.staged === true;
  const againstSpec = options.against ?? (staged ? "HEAD" : void 0);
  if (againstSpec === void 0) throw new UsageError("Missing required argument: against");
  const check = {
    input: options.input ?? ".",
    cwd: options.cwd ?? process.cwd(),
    staged,
    ...options.config === void 0 ? {} : { config: options.config },
    ...options.use === void 0 ? {} : { use: options.use },
    ...options.except === void 0 ? {} : { except: options.except },
    ...options.include === void 0 ? {} : { include: options.include },
    ...options.onProgress === void 0 ? {} : { onProgress: options.onProgress }
  };
  const { config, runs, outcomes } = await checkBreaking(check, againstSpec);
  const joined = joinOutcomes(outcomes);
  const first = outcomes[0];
  const currentSource = first.current;
  const previousSource = first.previous;
  const own = outcomes.flatMap((o2) => o2.image.files.filter((f3) => !f3.isImport));
  return {
    findings: joined.findings,
    suppressed: joined.suppressed,
    rules: joined.rules,
    filesCompared: own.length,
    warnings: [...config.warnings, ...joined.warnings],
    input: currentSource.kind,
    against: previousSource.kind,
    inputs: { current: info(currentSource), against: info(previousSource) },
    sources: new Map(outcomes.flatMap((o2) => [...sourceTexts(o2, [...o2.findings, ...o2.suppressed])])),
    packages: new Map(outcomes.flatMap((o2) => o2.image.files.filter((f3) => !f3.isImport).map((f3) => [prefixed(o2.prefix, f3.path), f3.package]))),
    previousPackages: new Map(
      outcomes.flatMap((o2) => (o2.previousImage?.files ?? []).filter((f3) => !f3.isImport).map((f3) => [prefixed(o2.prefix, f3.path), f3.package]))
    ),
    versions: config.versions,
    config: configInfo(config),
    use: ruleNames(check, config, runs, "breaking")
  };
}
function configInfo(config) {
  return {
    format: config.format,
    ...config.file === void 0 ? {} : { file: config.display },
    ...config.bufVersion === void 0 ? {} : { bufVersion: config.bufVersion }
  };
}
function prefixed(prefix, path) {
  return prefix === "" ? path : `${prefix}/${path}`;
}
function sourceTexts(outcome, findings) {
  const texts = /* @__PURE__ */ new Map();
  const source = outcome.current;
  if (source.kind === "descriptor-set") return texts;
  const wanted = new Set(findings.filter((f3) => !f3.deleted).map((f3) => f3.path));
  const decoder2 = new TextDecoder("utf-8");
  for (const file of source.files) {
    const path = prefixed(outcome.prefix, file.path);
    if (wanted.has(path)) texts.set(path, decoder2.decode(file.bytes));
  }
  return texts;
}

// src/action/against.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync4 } from "node:fs";

// src/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
var Runner = class {
  constructor(env) {
    this.env = env;
  }
  env;
  /**
   * An input as the runner passes it: `INPUT_` and the name upper-cased with
   * spaces as `_` (hyphens kept: `fail-on` is `INPUT_FAIL-ON`), trimmed.
   */
  input(name) {
    return (this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  }
  /** A boolean input: only true/True/TRUE and false/False/FALSE are accepted, as in @actions/core. */
  booleanInput(name, fallback) {
    const value = this.input(name);
    if (value === "") return fallback;
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw new ActionError(`input ${name}: "${value}" is not a boolean (true or false)`);
  }
  /** Sets an output through $GITHUB_OUTPUT, with a delimiter the value cannot contain. */
  setOutput(name, value) {
    const file = this.env["GITHUB_OUTPUT"];
    if (file === void 0 || file === "") return;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
  }
  /** Appends Markdown to this step's job summary ($GITHUB_STEP_SUMMARY). */
  appendSummary(markdown) {
    const file = this.env["GITHUB_STEP_SUMMARY"];
    if (file === void 0 || file === "") return;
    appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}
`);
  }
};
var ActionError = class extends Error {
  name = "ActionError";
};

// src/action/against.ts
var ZEROS = /^0+$/;
function readEvent(env) {
  const path = env["GITHUB_EVENT_PATH"];
  if (path === void 0 || path === "") return {};
  try {
    return JSON.parse(readFileSync4(path, "utf8"));
  } catch (err) {
    throw new ActionError(`cannot read the event payload ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
function defaultAgainst(eventName, event) {
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr2 = event.pull_request;
    if (pr2 === void 0) throw new ActionError(`the ${eventName} event payload has no pull_request`);
    return { spec: `${pr2.base.sha}...${pr2.head.sha}`, commits: [pr2.base.sha, pr2.head.sha], head: pr2.head.sha };
  }
  if (eventName === "push") {
    if (event.before === void 0 || ZEROS.test(event.before)) {
      return { skip: "this push created the branch: there is no previous commit to compare with" };
    }
    return { spec: event.before, commits: [event.before] };
  }
  throw new ActionError(
    `no default "against" for a ${eventName === "" ? "run outside GitHub Actions" : `${eventName} event`}: set the against input (a branch, tag or commit)`
  );
}
function git(cwd, args) {
  try {
    return execFileSync("git", [...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return void 0;
  }
}
function testMergeBase(cwd, head) {
  const second = git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^2"]);
  if (second === void 0 || second !== head) return void 0;
  return git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^1"]);
}
function requireHistory(cwd, commits) {
  if (git(cwd, ["rev-parse", "--is-shallow-repository"]) !== "true") return;
  const missing = commits.filter((sha) => git(cwd, ["cat-file", "-e", `${sha}^{commit}`]) === void 0);
  if (missing.length === 0) return;
  throw new ActionError(
    `${missing.length === 1 ? "commit" : "commits"} ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not in this checkout: it is a shallow clone. Set fetch-depth: 0 on actions/checkout so the history to compare with is there.`
  );
}

// src/action/comment.ts
function commentMarker(workflow, job) {
  return `<!-- protoguard-comment ${workflow.replace(/-->/g, "")}/${job.replace(/-->/g, "")} -->`;
}
async function call(target, method, path, body) {
  const response = await fetch(`${target.apiUrl.replace(/\/+$/, "")}${path}`, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${target.token}`,
      "content-type": "application/json",
      "user-agent": "protoguard-action",
      "x-github-api-version": "2022-11-28"
    },
    ...body === void 0 ? {} : { body: JSON.stringify(body) }
  });
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 300);
    throw new ActionError(`GitHub API ${method} ${path}: ${response.status} ${response.statusText}${detail ? `: ${detail}` : ""}`);
  }
  return response.json();
}
async function upsertComment(target, marker, body, createIfMissing) {
  const [owner, repo] = target.repository.split("/");
  if (!owner || !repo) throw new ActionError(`GITHUB_REPOSITORY "${target.repository}" is not owner/name`);
  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  let existing;
  for (let page = 1; existing === void 0; page++) {
    const comments = await call(target, "GET", `${base}/issues/${target.pullNumber}/comments?per_page=100&page=${page}`);
    existing = comments.find((c3) => c3.body?.includes(marker));
    if (comments.length < 100) break;
  }
  const text = `${marker}
${body}`;
  if (existing !== void 0) {
    await call(target, "PATCH", `${base}/issues/comments/${existing.id}`, { body: text });
    return "updated";
  }
  if (!createIfMissing) return "none";
  await call(target, "POST", `${base}/issues/${target.pullNumber}/comments`, { body: text });
  return "created";
}

// src/action/main.ts
function failOn(value) {
  if (value === "" || value === "error") return "error";
  if (value === "warning" || value === "never") return value;
  throw new ActionError(`input fail-on: "${value}" is not one of error, warning, never`);
}
function list(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
function fails(findings, threshold) {
  if (threshold === "never") return false;
  return findings.some((f3) => threshold === "warning" || f3.severity === "error");
}
function writeVerbatim(io2, text) {
  const token = randomUUID2();
  io2.stdout.write(`::stop-commands::${token}
${text}${text.endsWith("\n") ? "" : "\n"}::${token}::
`);
}
function errorAnnotation(message2) {
  const first = message2.split("\n")[0] ?? message2;
  const located = /^(.+?):(\d+):(\d+): (.*)$/.exec(first);
  if (located) {
    const [, file, line, col, what] = located;
    return workflowCommand("error", { title: "protoguard", file, line, col }, message2.includes("\n") ? `${what}
${message2}` : what);
  }
  return workflowCommand("error", { title: "protoguard" }, message2);
}
async function runAction(env, io2) {
  const runner = new Runner(env);
  const cwd = env["GITHUB_WORKSPACE"] || process.cwd();
  try {
    const input = runner.input("input") || ".";
    const threshold = failOn(runner.input("fail-on"));
    const config = runner.input("config");
    const wantComment = runner.booleanInput("comment", true);
    const eventName = env["GITHUB_EVENT_NAME"] ?? "";
    const event = readEvent(env);
    let against = runner.input("against");
    if (against === "") {
      const found = defaultAgainst(eventName, event);
      if ("skip" in found) {
        io2.stdout.write(`${workflowCommand("notice", { title: "protoguard" }, `Skipped: ${found.skip}.`)}
`);
        runner.setOutput("breaking-count", "0");
        runner.appendSummary(`### ⏩ protoguard: skipped

Skipped: ${found.skip}.
`);
        return 0;
      }
      const mergedOn = found.head === void 0 ? void 0 : testMergeBase(cwd, found.head);
      if (mergedOn !== void 0) {
        against = mergedOn;
      } else {
        requireHistory(cwd, found.commits);
        against = found.spec;
      }
    }
    const use = list(runner.input("use"));
    const except = list(runner.input("except"));
    const result2 = await breaking({ input, against, use, except, cwd, ...config === "" ? {} : { config } });
    const { current, against: previous } = result2.inputs;
    const context = {
      filesCompared: result2.filesCompared,
      against: previous.description,
      input: current.description,
      sources: result2.sources,
      packages: result2.packages,
      previousPackages: result2.previousPackages,
      versions: result2.versions,
      rules: result2.rules,
      suppressed: result2.suppressed
    };
    const findings = result2.findings;
    for (const w2 of result2.warnings) io2.stdout.write(`${workflowCommand("warning", { title: "protoguard" }, w2)}
`);
    io2.stdout.write(`protoguard breaking: ${current.description} against ${previous.description}
`);
    writeVerbatim(io2, formatText(findings, context, NO_COLOR));
    if (findings.length > 0) io2.stdout.write(formatGithub(findings, context));
    const markdown = formatMarkdown(findings, context);
    runner.appendSummary(markdown);
    const errors = findings.filter((f3) => f3.severity === "error").length;
    const reportFile = join3(env["RUNNER_TEMP"] || tmpdir(), "protoguard-report.json");
    writeFileSync(reportFile, formatJson(findings, context));
    runner.setOutput("breaking-count", String(errors));
    runner.setOutput("report-file", reportFile);
    const sarifFile = runner.input("sarif-file");
    if (sarifFile !== "") {
      writeFileSync(resolve7(cwd, sarifFile), formatSarif(findings, context));
      io2.stdout.write(`Wrote SARIF to ${sarifFile}.
`);
    }
    const pr2 = event.pull_request;
    const token = runner.input("github-token");
    if (wantComment && pr2 !== void 0 && token !== "") {
      const fork = pr2.head.repo?.full_name !== void 0 && pr2.head.repo.full_name !== pr2.base.repo?.full_name;
      if (fork) {
        io2.stdout.write("No pull request comment: the pull request comes from a fork, whose token cannot comment.\n");
      } else {
        try {
          const done = await upsertComment(
            {
              apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
              repository: env["GITHUB_REPOSITORY"] ?? "",
              pullNumber: pr2.number,
              token
            },
            commentMarker(env["GITHUB_WORKFLOW"] ?? "", env["GITHUB_JOB"] ?? ""),
            markdown,
            findings.length > 0
          );
          if (done !== "none") io2.stdout.write(`Pull request comment ${done}.
`);
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          io2.stdout.write(`${workflowCommand("warning", { title: "protoguard" }, `Could not post the pull request comment (does the job have pull-requests: write?): ${why}`)}
`);
        }
      }
    }
    if (fails(findings, threshold)) {
      io2.stdout.write(`protoguard: ${plural(errors, "breaking change")} (fail-on: ${threshold}).
`);
      return 1;
    }
    return 0;
  } catch (err) {
    if (err instanceof ActionError || err instanceof InputError || err instanceof UsageError) {
      io2.stdout.write(`${errorAnnotation(err.message)}
`);
      return 2;
    }
    const detail = err instanceof Error ? err.stack ?? err.message : String(err);
    io2.stdout.write(`${workflowCommand("error", { title: "protoguard" }, "internal error, please report it with the input that caused it")}
`);
    writeVerbatim(io2, detail);
    return 2;
  }
}

// src/action/index.ts
process.exitCode = await runAction(process.env, { stdout: process.stdout });
