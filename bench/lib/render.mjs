// Renders the generator's file model as .proto text, in the layout googleapis
// uses (two-space indent, comments wrapped at 80 columns, long option lists
// split one per line).
//
// Model (plain data, so that structuredClone copies a file for mutation):
//   file     {path, syntax: 'proto2'|'proto3'|'editions', pkgName, license,
//             imports: Set<path>, options: string[], items: item[]}
//   message  {k:'message', name, comment, opts: string[], members: member[]}
//   field    {k:'field', label, type, map: [key, value]|null, name, number,
//             json, opts: string[], comment, trailing}
//   oneof    {k:'oneof', name, comment, fields: field[]}
//   reserved {k:'reserved', ranges: [[lo, hi]], names: string[]}
//   ext      {k:'extensions', ranges: [[lo, hi|'max']]}
//   enum     {k:'enum', name, comment, opts: string[], values: value[], reserved}
//   value    {name, number, opts: string[], comment}
//   service  {k:'service', name, comment, opts: string[], methods: method[]}
//   method   {name, req, res, cs, ss, comment, opts: string[], braces}
//   extend   {k:'extend', extendee, comment, fields: field[]}
// A comment is a string whose paragraphs are separated by a blank line and
// whose lines starting with '  ' or '* ' are kept as they are.

const WIDTH = 80;

function wrap(line, width) {
  if (line.length <= width) return [line];
  const out = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) out.push(current);
  return out;
}

function commentLines(text, indent) {
  const width = Math.max(30, WIDTH - indent.length - 3);
  const lines = [];
  const paragraphs = text.split('\n\n');
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) lines.push('');
    for (const raw of paragraph.split('\n')) {
      if (raw.startsWith('  ') || raw.startsWith('* ')) lines.push(raw);
      else lines.push(...wrap(raw, width));
    }
  });
  return lines;
}

function renderComment(out, text, indent, style) {
  if (!text) return;
  const lines = commentLines(text, indent);
  if (style === 'block') {
    out.push(`${indent}/**`);
    for (const l of lines) out.push(l ? `${indent} * ${l}` : `${indent} *`);
    out.push(`${indent} */`);
    return;
  }
  for (const l of lines) out.push(l ? `${indent}// ${l}` : `${indent}//`);
}

function renderStatementOptions(out, opts, indent) {
  for (const opt of opts) {
    for (const line of `option ${opt};`.split('\n')) out.push(line ? indent + line : '');
  }
}

function fieldOptions(f) {
  return f.json ? [`json_name = "${f.json}"`, ...f.opts] : f.opts;
}

function renderField(out, f, indent, inOneof) {
  renderComment(out, f.comment, indent, f.commentStyle);
  const label = inOneof || !f.label ? '' : `${f.label} `;
  const type = f.map ? `map<${f.map[0]}, ${f.map[1]}>` : f.type;
  const head = `${indent}${label}${type} ${f.name} = ${f.number}`;
  const opts = fieldOptions(f);
  let text;
  if (opts.length === 0) {
    text = `${head};`;
  } else {
    const one = `${head} [${opts.join(', ')}];`;
    text = one.length <= WIDTH
      ? one
      : `${head} [\n${opts.map((o) => `${indent}  ${o}`).join(',\n')}\n${indent}];`;
  }
  if (f.trailing) text += ` // ${f.trailing}`;
  out.push(text);
}

function rangeText([lo, hi]) {
  return lo === hi ? String(lo) : `${lo} to ${hi}`;
}

function renderReserved(out, r, indent, syntax) {
  if (r.ranges.length) out.push(`${indent}reserved ${r.ranges.map(rangeText).join(', ')};`);
  if (r.names.length) {
    const names = syntax === 'editions' ? r.names : r.names.map((n) => `"${n}"`);
    out.push(`${indent}reserved ${names.join(', ')};`);
  }
}

function hasComment(member) {
  return Boolean(member.comment);
}

function isBlock(member) {
  return member.k === 'message' || member.k === 'enum' || member.k === 'oneof';
}

function renderMessage(out, m, indent, syntax) {
  renderComment(out, m.comment, indent, m.commentStyle);
  if (m.opts.length === 0 && m.members.length === 0) {
    out.push(`${indent}message ${m.name} {}`);
    return;
  }
  out.push(`${indent}message ${m.name} {`);
  const inner = `${indent}  `;
  renderStatementOptions(out, m.opts, inner);
  let prev = null;
  for (const member of m.members) {
    const afterOptions = prev === null && m.opts.length > 0;
    const spaced = prev !== null && (hasComment(member) || isBlock(member) || isBlock(prev));
    if (afterOptions || spaced) out.push('');
    renderMember(out, member, inner, syntax);
    prev = member;
  }
  out.push(`${indent}}`);
}

function renderMember(out, member, indent, syntax) {
  switch (member.k) {
    case 'field':
      renderField(out, member, indent, false);
      break;
    case 'oneof':
      renderComment(out, member.comment, indent);
      out.push(`${indent}oneof ${member.name} {`);
      member.fields.forEach((f, i) => {
        if (i > 0 && f.comment) out.push('');
        renderField(out, f, `${indent}  `, true);
      });
      out.push(`${indent}}`);
      break;
    case 'message':
      renderMessage(out, member, indent, syntax);
      break;
    case 'enum':
      renderEnum(out, member, indent, syntax);
      break;
    case 'reserved':
      renderReserved(out, member, indent, syntax);
      break;
    case 'extensions':
      out.push(`${indent}extensions ${member.ranges.map(rangeText).join(', ')};`);
      break;
    default:
      throw new Error(`unknown member kind ${member.k}`);
  }
}

function renderEnum(out, e, indent, syntax) {
  renderComment(out, e.comment, indent, e.commentStyle);
  out.push(`${indent}enum ${e.name} {`);
  const inner = `${indent}  `;
  renderStatementOptions(out, e.opts, inner);
  if (e.opts.length) out.push('');
  e.values.forEach((v, i) => {
    if (i > 0 && v.comment) out.push('');
    renderComment(out, v.comment, inner);
    const opts = v.opts.length ? ` [${v.opts.join(', ')}]` : '';
    out.push(`${inner}${v.name} = ${v.number}${opts};`);
  });
  if (e.reserved) {
    out.push('');
    renderReserved(out, e.reserved, inner, syntax);
  }
  out.push(`${indent}}`);
}

function renderService(out, s, indent) {
  renderComment(out, s.comment, indent, s.commentStyle);
  out.push(`${indent}service ${s.name} {`);
  const inner = `${indent}  `;
  renderStatementOptions(out, s.opts, inner);
  s.methods.forEach((m, i) => {
    if (i > 0 || s.opts.length) out.push('');
    renderComment(out, m.comment, inner);
    const req = `${m.cs ? 'stream ' : ''}${m.req}`;
    const res = `${m.ss ? 'stream ' : ''}${m.res}`;
    const tail = m.opts.length ? ' {' : m.braces ? ' {}' : ';';
    const one = `${inner}rpc ${m.name}(${req}) returns (${res})${tail}`;
    if (one.length <= WIDTH) out.push(one);
    else out.push(`${inner}rpc ${m.name}(${req})`, `${inner}    returns (${res})${tail}`);
    if (m.opts.length) {
      renderStatementOptions(out, m.opts, `${inner}  `);
      out.push(`${inner}}`);
    }
  });
  out.push(`${indent}}`);
}

function renderExtend(out, x, indent) {
  renderComment(out, x.comment, indent);
  out.push(`${indent}extend ${x.extendee} {`);
  x.fields.forEach((f, i) => {
    if (i > 0 && f.comment) out.push('');
    renderField(out, f, `${indent}  `, false);
  });
  out.push(`${indent}}`);
}

/** The text of one top-level item, with a trailing newline. */
export function renderItem(item, syntax) {
  const out = [];
  switch (item.k) {
    case 'message': renderMessage(out, item, '', syntax); break;
    case 'enum': renderEnum(out, item, '', syntax); break;
    case 'service': renderService(out, item, ''); break;
    case 'extend': renderExtend(out, item, ''); break;
    default: throw new Error(`unknown item kind ${item.k}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderHeader(file) {
  const out = [file.license];
  out.push(file.syntax === 'editions' ? 'edition = "2023";' : `syntax = "${file.syntax}";`, '');
  out.push(`package ${file.pkgName};`, '');
  const imports = [...file.imports].sort();
  if (imports.length) {
    for (const path of imports) out.push(`import "${path}";`);
    out.push('');
  }
  if (file.options.length) {
    for (const opt of file.options) out.push(`option ${opt};`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/**
 * The whole file. `cache` maps items to their rendered text; items missing
 * from it are rendered (and added to it).
 */
export function renderFile(file, cache) {
  const parts = [renderHeader(file)];
  file.items.forEach((item, i) => {
    if (i > 0) parts.push('\n');
    let text = cache?.get(item);
    if (text === undefined) {
      text = renderItem(item, file.syntax);
      cache?.set(item, text);
    }
    parts.push(text);
  });
  return parts.join('').replace(/\n+$/, '\n');
}
