// Pathological corpora: shapes that ordinary trees do not have, to check that
// the cost per MB stays near that of ordinary input (see bench/README.md).
//
//   nested   chains of messages nested 24 deep, every level named alike
//            (Node, Value, Item), with fields that resolve at every depth:
//            the innermost scope, the parent, the file's top level, and a
//            fully qualified name
//   fanout   one shared file of 2,000 messages imported by 1,000 files
//   giant    one 20 MB file: 10,000 messages and 2,000 enums
//
// Each shape is a previous/current pair built without randomness, so every
// machine gets the same bytes. current/ deletes one field in a fixed set of
// places (FIELD_NO_DELETE for buf's FILE rules), and leaves everything else
// byte for byte identical.

const HEADER = 'syntax = "proto3";\n\n';

/**
 * A leading comment like googleapis' (which is about 60% comments), so that a
 * shape's cost per MB is compared at an ordinary density of elements per MB.
 */
function doc(indent, what) {
  const pre = `${indent}// `;
  return [
    `${pre}${what}: the value a client sends and a server keeps, documented as`,
    `${pre}a public API documents each element, with what it means, which values`,
    `${pre}are allowed, and what happens when it is left unset.`,
  ].join('\n');
}

/** `n` as a zero-padded decimal of `width` digits. */
function pad(n, width) {
  return String(n).padStart(width, '0');
}

const DEPTH = 24;

/**
 * One chain: `Node` inside `Node` ... DEPTH levels, each level with its own
 * `Value` and `Item`. `drop` removes the `note` field of the level it names.
 */
function nestedChain(name, pkg, drop) {
  const lines = [];
  const open = (depth, text) => lines.push(`${'  '.repeat(depth)}${text}`);
  for (let d = 0; d < DEPTH; d++) {
    const msg = d === 0 ? name : 'Node';
    lines.push(doc('  '.repeat(d), `Level ${d} of ${name}`));
    open(d, `message ${msg} {`);
    open(d + 1, 'message Value {');
    open(d + 2, 'string text = 1;');
    open(d + 2, 'int64 count = 2;');
    open(d + 1, '}');
    open(d + 1, 'message Item {');
    open(d + 2, 'Value value = 1;');
    open(d + 2, `${name}.Value top = 2;`);
    open(d + 1, '}');
    lines.push(doc('  '.repeat(d + 1), 'The value of this level'));
    open(d + 1, 'Value value = 1;');
    lines.push(doc('  '.repeat(d + 1), 'The items of this level'));
    open(d + 1, 'repeated Item items = 2;');
    open(d + 1, `Leaf leaf = 3;`);
    open(d + 1, `.${pkg}.${name}.Item root_item = 4;`);
    if (drop !== d) open(d + 1, 'string note = 5;');
  }
  for (let d = DEPTH - 1; d >= 0; d--) {
    if (d < DEPTH - 1) open(d + 1, 'Node child = 6;');
    open(d, '}');
  }
  return lines.join('\n');
}

function nestedFile(i, current) {
  const pkg = `patho.nested.f${pad(i, 3)}.v1`;
  const chains = [];
  for (let c = 0; c < 4; c++) {
    // current/ drops a field at the deepest level of one chain in every tenth file.
    const drop = current && i % 10 === 0 && c === 0 ? DEPTH - 1 : -1;
    chains.push(nestedChain(`Tree${c}`, pkg, drop));
  }
  return `${HEADER}package ${pkg};\n\nmessage Leaf {\n  string id = 1;\n}\n\n${chains.join('\n\n')}\n`;
}

function nested(files = 64) {
  const previous = new Map();
  const current = new Map();
  const edits = [];
  for (let i = 0; i < files; i++) {
    const path = `patho/nested/f${pad(i, 3)}/v1/tree.proto`;
    previous.set(path, nestedFile(i, false));
    current.set(path, nestedFile(i, true));
    if (i % 10 === 0) edits.push({ file: path, element: `Tree0${'.Node'.repeat(DEPTH - 1)}.note`, kind: 'delete field', breaking: true });
  }
  return { previous, current, edits };
}

const SHARED = 'patho/fanout/shared/v1/shared.proto';
const SHARED_MESSAGES = 2000;

function sharedFile(current) {
  const out = [`${HEADER}package patho.fanout.shared.v1;\n`];
  for (let m = 0; m < SHARED_MESSAGES; m++) {
    out.push(doc('', `Shared${pad(m, 4)}`));
    out.push(`message Shared${pad(m, 4)} {`);
    out.push(doc('  ', 'The identifier'));
    out.push('  string id = 1;');
    out.push('  int64 revision = 2;');
    out.push(`  repeated string tags = 3;`);
    if (!(current && m % 100 === 0)) out.push('  bool archived = 4;');
    out.push('}\n');
  }
  return out.join('\n');
}

/** An importer of the shared file: six messages and a service that use its types. */
function fanoutFile(i, current) {
  const pkg = `patho.fanout.p${pad(i, 4)}.v1`;
  const shared = (k) => `patho.fanout.shared.v1.Shared${pad((i * 7 + k * 13) % SHARED_MESSAGES, 4)}`;
  const out = [`${HEADER}package ${pkg};\n\nimport "${SHARED}";\n`];
  for (let k = 0; k < 6; k++) {
    out.push(doc('', `Local${k}`));
    out.push(`message Local${k} {`);
    out.push(doc('  ', 'The first shared record'));
    out.push(`  ${shared(k)} first = 1;`);
    out.push(doc('  ', 'The other shared records'));
    out.push(`  repeated ${shared(k + 1)} others = 2;`);
    out.push(doc('  ', 'The name'));
    out.push('  string name = 3;');
    if (!(current && i % 50 === 0 && k === 0)) out.push(doc('  ', 'A comment'), '  string comment = 4;');
    out.push('}\n');
  }
  out.push(`service LocalService {`);
  for (let k = 0; k < 6; k++) out.push(doc('  ', `Get${k}`), `  rpc Get${k}(${shared(k)}) returns (Local${k});`);
  out.push('}\n');
  return out.join('\n');
}

function fanout(importers = 1000) {
  const previous = new Map([[SHARED, sharedFile(false)]]);
  const current = new Map([[SHARED, sharedFile(true)]]);
  const edits = [];
  for (let m = 0; m < SHARED_MESSAGES; m += 100) edits.push({ file: SHARED, element: `Shared${pad(m, 4)}.archived`, kind: 'delete field', breaking: true });
  for (let i = 0; i < importers; i++) {
    const path = `patho/fanout/p${pad(i, 4)}/v1/local.proto`;
    previous.set(path, fanoutFile(i, false));
    current.set(path, fanoutFile(i, true));
    if (i % 50 === 0) edits.push({ file: path, element: 'Local0.comment', kind: 'delete field', breaking: true });
  }
  return { previous, current, edits };
}

const GIANT = 'patho/giant/v1/giant.proto';

function giantFile(messages, current, edits) {
  const out = [`${HEADER}package patho.giant.v1;\n`];
  for (let e = 0; e < 2000; e++) {
    out.push(`enum Kind${pad(e, 4)} {`);
    out.push(`  KIND${pad(e, 4)}_UNSPECIFIED = 0;`);
    for (let v = 1; v < 8; v++) out.push(`  KIND${pad(e, 4)}_VALUE_${v} = ${v};`);
    out.push('}\n');
  }
  for (let m = 0; m < messages; m++) {
    const name = `Message${pad(m, 6)}`;
    out.push(doc('', name));
    out.push(`message ${name} {`);
    out.push(doc('  ', 'The identifier'));
    out.push('  string id = 1;');
    out.push(doc('  ', 'When the record was made'));
    out.push('  int64 created_at = 2;');
    out.push(doc('  ', 'The kind of record'));
    out.push(`  Kind${pad(m % 2000, 4)} kind = 3;`);
    if (m > 0) out.push(doc('  ', 'The record before this one'), `  Message${pad(m - 1, 6)} previous = 4;`);
    out.push(doc('  ', 'The labels'));
    out.push('  repeated string labels = 5;');
    out.push(doc('  ', 'The counters by name'));
    out.push('  map<string, int64> counters = 6;');
    if (current && m % 1000 === 0) edits?.push({ file: GIANT, element: `${name}.description`, kind: 'delete field', breaking: true });
    else out.push(doc('  ', 'What the record is about'), '  string description = 7;');
    out.push('}\n');
  }
  return out.join('\n');
}

function giant(messages = 10_000) {
  const edits = [];
  return { previous: new Map([[GIANT, giantFile(messages, false)]]), current: new Map([[GIANT, giantFile(messages, true, edits)]]), edits };
}

/** Each shape's builder: () => {previous, current, edits}, maps from path to text. */
export const PATHOLOGICAL = { nested, fanout, giant };
