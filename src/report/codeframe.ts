import type { Finding } from "../model/finding.js";
import { charWidth } from "../model/text-width.js";
import { escapeTerminal } from "./escape.js";

/** The source line a finding points at, as shown, with the marker under its span. */
export interface Frame {
  readonly line: number;
  /** The source line, tabs expanded (columns count a tab to the next multiple of 4, as positions do), unsafe characters escaped. */
  readonly text: string;
  /** Spaces up to the span's start, then `^` under it. */
  readonly marker: string;
}

function width(ch: string): number {
  const cp = ch.codePointAt(0) as number;
  return cp < 0x80 ? 1 : charWidth(cp);
}

/**
 * A source line as shown: tabs expanded to stops of 4, a trailing CR and
 * trailing blanks dropped, control and bidirectional characters escaped
 * (escapeTerminal); with `at[c]`, the display column where position column
 * `c` (from 0) starts, so the marker lines up under what is shown.
 */
function expand(line: string): { text: string; width: number; at: number[] } {
  let text = "";
  let col = 0;
  let shown = 0;
  const at: number[] = [];
  for (const ch of line.replace(/\r$/, "").replace(/[ \t]+$/, "")) {
    const w = ch === "\t" ? ((col + 4) & ~3) - col : width(ch);
    const escaped = ch === "\t" ? " ".repeat(w) : escapeTerminal(ch);
    // An escape is as wide as its text; any other character as wide as it counts in positions.
    const asIs = ch === "\t" || escaped === ch;
    for (let k = 0; k < w; k++) at.push(shown + (asIs ? k : 0));
    text += escaped;
    col += w;
    shown += asIs ? w : escaped.length;
  }
  at.push(shown);
  return { text, width: col, at };
}

/**
 * The frame of a finding in its file's text, or undefined when there is none
 * to show: a deleted file, a file-level finding at 1:1 with no span, or a
 * line the text does not have. A span over several lines is marked to the end
 * of its first line.
 */
export function codeFrame(f: Finding, text: string | undefined): Frame | undefined {
  if (text === undefined || f.deleted) return undefined;
  if (f.line === f.endLine && f.column >= f.endColumn) return undefined;
  const lines = text.split("\n");
  const raw = lines[f.line - 1];
  if (raw === undefined) return undefined;
  const { text: shown, width: lineWidth, at } = expand(raw);
  const start = f.column - 1;
  const end = f.endLine === f.line ? f.endColumn - 1 : lineWidth;
  if (start >= lineWidth) return undefined;
  const from = at[start] as number;
  const length = Math.max(1, (at[Math.min(end, lineWidth)] as number) - from);
  return { line: f.line, text: shown, marker: `${" ".repeat(from)}${"^".repeat(length)}` };
}
