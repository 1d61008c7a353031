/**
 * Comment attribution, following protoc's `Tokenizer::NextWithComments`.
 *
 * The parser calls `attributeComments` at the end of a declaration (after `;`,
 * `{` or `}`) with the gap between that token and the next one. The gap holds
 * only whitespace and comments; it is re-read here and split into the
 * trailing comment of the previous token, the detached comments, and the
 * leading comment of the next token, exactly as protoc splits them.
 */

export interface Attribution {
  trailing: string | undefined;
  detached: string[];
  leading: string | undefined;
}

const NO_COMMENTS: Attribution = Object.freeze({ trailing: undefined, detached: [], leading: undefined });

/**
 * @param src the file text
 * @param from offset just after the previous token (0 at the start of the file)
 * @param to offset of the next token (the text length at the end of the file)
 * @param atStart true when there is no previous token
 * @param nextChar char code of the next token's first character, -1 at the end
 */
export function attributeComments(src: string, from: number, to: number, atStart: boolean, nextChar: number): Attribution {
  // Fast path: no comment in the gap.
  let slash = from;
  while (slash < to && src.charCodeAt(slash) !== 47) slash++;
  if (slash >= to) return NO_COMMENTS;

  let trailing = "";
  const detached: string[] = [];
  // The comment being read, as pieces joined once (a flat string, not a chain of concatenations).
  let pieces: string[] = [];
  const take = (): string => {
    const text = pieces.length === 1 ? (pieces[0] as string) : pieces.join("");
    pieces = [];
    return text;
  };
  // Whether a comment is open. Set inside the closures below, so it is a property: TypeScript would keep a
  // local `let` narrowed across the calls that change it.
  const open = { hasComment: false };
  let isLineComment = false;
  let canAttachToPrev = true;
  let numComments = 0;

  const flush = (): void => {
    if (open.hasComment) {
      if (canAttachToPrev) {
        trailing += take();
        canAttachToPrev = false;
      } else {
        detached.push(take());
      }
      pieces = [];
      open.hasComment = false;
      numComments++;
    }
  };
  const startLineComment = (): void => {
    if (open.hasComment && !isLineComment) flush();
    open.hasComment = true;
    isLineComment = true;
  };
  const startBlockComment = (): void => {
    if (open.hasComment) flush();
    open.hasComment = true;
    isLineComment = false;
  };

  let pos = from;
  let line = 0;
  let prevLine = 0;
  let trailingEndLine = -1;

  const skipSpaces = (): void => {
    while (pos < to) {
      const c = src.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) pos++;
      else break;
    }
  };
  /** 1 line comment, 2 block comment, 0 none. */
  const commentStart = (): number => {
    if (pos + 1 < to && src.charCodeAt(pos) === 47) {
      const d = src.charCodeAt(pos + 1);
      if (d === 47) {
        pos += 2;
        return 1;
      }
      if (d === 42) {
        pos += 2;
        return 2;
      }
    }
    return 0;
  };
  const lineComment = (): string => {
    const nl = src.indexOf("\n", pos);
    const end = nl < 0 || nl >= to ? to : nl + 1;
    const text = src.slice(pos, end);
    if (end > pos && src.charCodeAt(end - 1) === 10) line++;
    pos = end;
    return text;
  };
  const blockComment = (): string => {
    let content = "";
    let recordStart = pos;
    for (;;) {
      while (pos < to) {
        const c = src.charCodeAt(pos);
        if (c === 42 || c === 47 || c === 10) break;
        pos++;
      }
      if (pos >= to) {
        content += src.slice(recordStart, pos);
        return content;
      }
      const c = src.charCodeAt(pos);
      if (c === 10) {
        pos++;
        line++;
        content += src.slice(recordStart, pos);
        skipSpaces();
        if (src.charCodeAt(pos) === 42 && pos < to) {
          pos++;
          if (src.charCodeAt(pos) === 47 && pos < to) {
            pos++;
            return content;
          }
        }
        recordStart = pos;
      } else if (c === 42) {
        pos++;
        if (src.charCodeAt(pos) === 47 && pos < to) {
          pos++;
          content += src.slice(recordStart, pos - 2);
          return content;
        }
      } else {
        pos++;
      }
    }
  };
  const appendComment = (text: string): void => {
    pieces.push(text);
  };

  // buf departs from protoc in three places, all about comments that share a
  // line with code: (1) comments that continue the paragraph of a trailing
  // comment written on the same line as the previous token are dropped when a
  // blank line follows them; (2) a paragraph ending in a block comment on the
  // line of the next token is not a leading comment: it is dropped, or
  // detached when other detached paragraphs precede it; (3) where protoc
  // detaches a lone comment between two tokens on one line, buf drops it.
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
      // buf drops the newline of a line comment that trails on the same line.
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
      if (pos < to && src.charCodeAt(pos) === 10) {
        pos++;
        line++;
      }
    } else if (pos < to && src.charCodeAt(pos) === 10) {
      pos++;
      line++;
    } else {
      return NO_COMMENTS;
    }
  }

  for (;;) {
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
      if (pos < to && src.charCodeAt(pos) === 10) {
        pos++;
        line++;
        inlineBlock = false;
      }
    } else if (pos < to && src.charCodeAt(pos) === 10) {
      pos++;
      line++;
      if (sameLineTrailing) {
        pieces = [];
        open.hasComment = false;
        detached.length = paragraphStart;
        sameLineTrailing = false;
      }
      flush();
      canAttachToPrev = false;
      paragraphStart = detached.length;
    } else {
      // The next token (or the end of the file).
      const result = nextChar >= 0;
      if (result && open.hasComment && inlineBlock) {
        const paragraph = detached.splice(paragraphStart);
        if (detached.length > 0) detached.push(...paragraph, take());
        pieces = [];
        open.hasComment = false;
      }
      if (!result || nextChar === 125 || nextChar === 93 || nextChar === 41) flush();
      if (result && (prevLine === line || trailingEndLine === line)) {
        const count = numComments + (open.hasComment ? 1 : 0);
        if (count === 1) {
          trailing = "";
          pieces = [];
          open.hasComment = false;
        }
      }
      break;
    }
  }
  return {
    trailing: trailing !== "" ? trailing : undefined,
    detached,
    leading: open.hasComment ? nonEmpty(take()) : undefined,
  };
}

function nonEmpty(s: string): string | undefined {
  return s === "" ? undefined : s;
}
