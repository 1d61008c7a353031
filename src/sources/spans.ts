import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";

/**
 * The largest line and column a span of a descriptor set may name (0-based).
 * A file is never that long: a span beyond it was not written by a compiler.
 */
export const MAX_SPAN_POSITION = 1 << 24;

/**
 * Whether a SourceCodeInfo span is well formed: `[line, col, endCol]` or
 * `[line, col, endLine, endCol]`, 0-based integers that are not negative nor
 * past MAX_SPAN_POSITION, ending at or after where it starts.
 */
export function isValidSpan(span: readonly number[]): boolean {
  if (span.length !== 3 && span.length !== 4) return false;
  if (!span.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_SPAN_POSITION)) return false;
  const [line, col] = span as [number, number];
  const endLine = span.length === 4 ? (span[2] as number) : line;
  const endCol = span[span.length - 1] as number;
  return endLine > line || (endLine === line && endCol >= col);
}

/**
 * Drops the SourceCodeInfo locations of a file read from a descriptor set
 * whose span is not well formed (see isValidSpan), so that no impossible
 * position reaches a report: an element that loses its location is placed
 * as an element of a set without source info is. The text of the file is
 * not in a set, so a span past its end cannot be told from a valid one;
 * reporters that show code frames bound spans by the text they have.
 * Returns how many locations were dropped.
 */
export function dropInvalidSpans(file: FileDescriptorProto): number {
  const info = file.sourceCodeInfo;
  if (info === undefined) return 0;
  const kept = info.location.filter((loc) => isValidSpan(loc.span));
  const dropped = info.location.length - kept.length;
  if (dropped > 0) info.location = kept;
  return dropped;
}
