import { Chalk, type ChalkInstance } from "chalk";
import type { Palette } from "./color.js";

/** The reporters' styles in 16 colours (chalk level 1), whatever the terminal reports. */
export function chalkPalette(): Palette {
  const c: ChalkInstance = new Chalk({ level: 1 });
  return {
    path: (s) => c.underline(s),
    location: (s) => c.dim(s),
    error: (s) => c.red(s),
    warning: (s) => c.yellow(s),
    rule: (s) => c.cyan(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
  };
}
