/** The styles reporters use; plain identity functions when colour is off. */
export interface Palette {
  readonly path: (s: string) => string;
  readonly location: (s: string) => string;
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly rule: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

/**
 * Whether to colour a stream: FORCE_COLOR (non-empty, not 0/false) forces it,
 * NO_COLOR (non-empty) turns it off, otherwise only on a TTY.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  const no = env["NO_COLOR"];
  if (no !== undefined && no !== "") return false;
  return stream.isTTY === true && env["TERM"] !== "dumb";
}

const plain = (s: string): string => s;

export const NO_COLOR: Palette = {
  path: plain,
  location: plain,
  error: plain,
  warning: plain,
  rule: plain,
  dim: plain,
  bold: plain,
};

/**
 * The styles for a stream: NO_COLOR when colour is off, chalk's otherwise;
 * chalk is loaded only for a run that colours its output.
 */
export async function loadPalette(enabled: boolean): Promise<Palette> {
  if (!enabled) return NO_COLOR;
  const { chalkPalette } = await import("./chalk-palette.js");
  return chalkPalette();
}
