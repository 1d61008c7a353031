import type { Finding } from "../model/finding.js";
import { charWidth } from "../model/text-width.js";

/** The source line a finding points at, as shown, with the marker under its span. */
export interface Frame {
  readonly line: number;
  /** The source line, tabs expanded (columns count a tab to the next multiple of 4, as positions do). */
  readonly text: string;
  /** Spaces up to the span's start, then `^` under it. */
  readonly marker: string;
}

function width(ch: string): number {
  const cp = ch.codePointAt(0) as number;
  return cp < 0x80 ? 1 : charWidth(cp);
}

/** Expands tabs to stops of 4 and drops a trailing CR, keeping display widths as positions count them. */
function expand(line: string): { text: string; width: number } {
  let text = "";
  let col = 0;
  for (const ch of line.endsWith("\r") ? line.slice(0, -1) : line) {
    if (ch === "\t") {
      const next = (col + 4) & ~3;
      text += " ".repeat(next - col);
      col = next;
    } else {
      text += ch;
      col += width(ch);
    }
  }
  return { text: text.trimEnd(), width: col - (text.length - text.trimEnd().length) };
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
  const { text: shown, width: lineWidth } = expand(raw);
  const start = f.column - 1;
  const end = f.endLine === f.line ? f.endColumn - 1 : lineWidth;
  if (start >= lineWidth) return undefined;
  const length = Math.max(1, Math.min(end, lineWidth) - start);
  return { line: f.line, text: shown, marker: `${" ".repeat(start)}${"^".repeat(length)}` };
}
