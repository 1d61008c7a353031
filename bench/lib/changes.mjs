// Turns the previous/ side into the current/ side: a few percent of the files
// get one edit each, mostly compatible ones and some breaking ones spread over
// every kind below; a few files are added and one or more deleted. Every edit
// keeps the tree compilable: a message is deleted only when nothing else refers
// to it, a file only when nothing imports it, and new fields use scalar or
// well-known types only.

import { Rng } from './rng.mjs';
import * as W from './vocabulary.mjs';
import { jsonName, pascal, upperSnake } from './names.mjs';
import { renderFile } from './render.mjs';
import { IMPORT_HTTP } from './static-protos.mjs';

export const BREAKING_KINDS = [
  'delete_field', 'change_type', 'rename_field', 'renumber_field', 'delete_message',
  'delete_rpc', 'flip_streaming', 'change_go_package', 'delete_enum_value',
  'change_json_name', 'move_into_oneof', 'delete_file',
];
const COMPATIBLE_KINDS = [
  ['add_field', 30], ['comment_change', 25], ['add_message', 15], ['add_rpc', 12], ['add_enum_value', 8],
];
const TYPE_CHANGES = {
  int32: 'int64', int64: 'int32', uint32: 'uint64', uint64: 'uint32', sint32: 'sint64',
  sint64: 'sint32', fixed32: 'fixed64', fixed64: 'fixed32', sfixed32: 'sfixed64',
  sfixed64: 'sfixed32', float: 'double', double: 'float', string: 'bytes', bytes: 'string',
  bool: 'int32',
};

function* walkMessages(msg) {
  yield msg;
  for (const m of msg.members) if (m.k === 'message') yield* walkMessages(m);
}

function messagesOf(file) {
  const out = [];
  for (const item of file.items) if (item.k === 'message') out.push(...walkMessages(item));
  return out;
}

/** Every enum of the file, with the set of value names of its scope and its value prefix. */
function enumsOf(file) {
  const out = [];
  for (const item of file.items) {
    if (item.k === 'enum') out.push({ e: item, scope: file.pkg.valueNames, prefix: `${upperSnake(item.name)}_` });
    if (item.k === 'message') {
      for (const msg of walkMessages(item)) {
        for (const m of msg.members) if (m.k === 'enum') out.push({ e: m, scope: msg.values, prefix: '' });
      }
    }
  }
  return out;
}

/** Fields declared in msg, directly or in one of its oneofs. */
function fieldsOf(msg) {
  const out = [];
  for (const m of msg.members) {
    if (m.k === 'field') out.push({ f: m, oneof: null });
    if (m.k === 'oneof') for (const f of m.fields) out.push({ f, oneof: m });
  }
  return out;
}

function servicesOf(file) {
  return file.items.filter((i) => i.k === 'service');
}

function cloneFile(file) {
  return {
    ...file,
    imports: new Set(file.imports),
    options: [...file.options],
    items: structuredClone(file.items),
    types: [...file.types],
    localTypes: [...file.localTypes],
    siblings: [],
    depFiles: [],
    cache: null,
  };
}

function pickField(rng, file, accept) {
  const found = [];
  for (const msg of messagesOf(file)) for (const x of fieldsOf(msg)) if (accept(x, msg)) found.push({ ...x, msg });
  return found.length ? rng.pick(found) : null;
}

function commentables(file) {
  const out = [];
  for (const item of file.items) {
    if (item.k === 'message') {
      for (const msg of walkMessages(item)) {
        out.push(msg);
        for (const { f } of fieldsOf(msg)) out.push(f);
        for (const m of msg.members) if (m.k === 'enum') out.push(m, ...m.values);
      }
    } else if (item.k === 'enum') {
      out.push(item, ...item.values);
    } else if (item.k === 'service') {
      out.push(item, ...item.methods);
    }
  }
  return out;
}

/** Each returns a description of what it changed, or null when the file has no element it fits. */
const EDITS = {
  add_field(b, file) {
    const msgs = messagesOf(file);
    if (!msgs.length) return null;
    const msg = b.rng.pick(msgs);
    const type = b.rng.chance(0.8) ? b.scalar() : b.wkt(file, 'google.protobuf.Timestamp');
    const f = b.addField(file, msg, { type, shape: b.rng.chance(0.2) ? 'repeated' : 'single', behavior: null, noOptions: true, noRequired: true });
    return `added field ${msg.full}.${f.name} = ${f.number}`;
  },

  add_message(b, file) {
    const name = b.randomTopName(file.pkg);
    const msg = b.newMessage(file, name, null);
    msg.comment = b.doc(null, b.rng.count(2, 0.7, 1, 8));
    b.fillMessage(file, msg, b.rng.count(5, 0.6, 1, 20));
    file.items.splice(b.rng.int(0, file.items.length), 0, msg);
    return `added message ${msg.full}`;
  },

  add_rpc(b, file) {
    const services = servicesOf(file);
    if (!services.length) return null;
    const svc = b.rng.pick(services);
    for (let i = 0; i < 10; i++) {
      const name = `${b.rng.pick(W.VERBS)}${pascal(b.rng.pick(W.NOUNS))}`;
      if (svc.methods.some((m) => m.name === name)) continue;
      const names = [`${name}Request`, `${name}Response`];
      if (names.some((n) => file.pkg.topNames.has(n) || file.pkg.nestedNames.has(n))) continue;
      for (const n of names) file.pkg.topNames.add(n);
      const [req, res] = names.map((n) => {
        const m = b.newMessage(file, n, null);
        m.comment = `${n.endsWith('Request') ? 'Request' : 'Response'} message for [${svc.name}.${name}][${svc.full}.${name}].`;
        b.fillMessage(file, m, b.rng.count(3, 0.6, 1, 10));
        file.items.push(m);
        return m;
      });
      const opts = [];
      if (b.rng.chance(0.7)) {
        opts.push(b.httpOption('post', `/${file.pkg.version}/{name=**}:${name[0].toLowerCase()}${name.slice(1)}`, '*'));
        file.imports.add(IMPORT_HTTP);
      }
      svc.methods.splice(b.rng.int(0, svc.methods.length), 0, {
        name, req: req.name, res: res.name, cs: false, ss: false, braces: false, opts,
        comment: b.doc(`${name.replace(/([a-z])([A-Z])/g, '$1 $2')}.`, b.rng.count(1, 0.7, 0, 4)),
      });
      return `added rpc ${svc.full}.${name}`;
    }
    return null;
  },

  comment_change(b, file) {
    const all = commentables(file);
    if (!all.length) return null;
    const el = b.rng.pick(all);
    const before = el.comment;
    if (!before) el.comment = b.doc(null, b.rng.count(1, 0.5, 1, 3));
    else if (b.rng.chance(0.5)) el.comment = `${before} ${b.sentence()}`;
    else el.comment = `${b.sentence()}\n\n${before}`;
    return `${before ? 'edited' : 'added'} the comment of ${el.full ?? el.name}`;
  },

  add_enum_value(b, file) {
    const enums = enumsOf(file).filter(({ e }) => !e.alias);
    if (!enums.length) return null;
    const { e, scope, prefix } = b.rng.pick(enums);
    const keys = new Set(e.values.map((v) => v.name.replace(prefix, '').replaceAll('_', '').toLowerCase()));
    for (let i = 0; i < 20; i++) {
      const name = `${prefix}${b.rng.pick(W.VALUE_WORDS)}`;
      const key = name.replace(prefix, '').replaceAll('_', '').toLowerCase();
      if (scope.has(name) || keys.has(key) || e.reserved?.names.includes(name)) continue;
      scope.add(name);
      let number = Math.max(...e.values.map((v) => v.number)) + 1;
      while (e.reserved?.ranges.some(([lo, hi]) => number >= lo && number <= hi)) number++;
      e.values.push({ name, number, opts: [], comment: b.doc(null, 0) });
      return `added enum value ${e.name}.${name} = ${number}`;
    }
    return null;
  },

  delete_field(b, file) {
    const x = pickField(b.rng, file, ({ oneof }, msg) => !oneof && fieldsOf(msg).length >= 2);
    if (!x) return null;
    x.msg.members.splice(x.msg.members.indexOf(x.f), 1);
    return `deleted field ${x.msg.full}.${x.f.name} (${x.f.number})`;
  },

  change_type(b, file) {
    const x = pickField(b.rng, file, ({ f }) => f.kind === 'scalar' && !f.map && !f.hasDefault && !f.pinned && TYPE_CHANGES[f.type]);
    if (!x) return null;
    const before = x.f.type;
    x.f.type = TYPE_CHANGES[before];
    return `changed the type of ${x.msg.full}.${x.f.name} from ${before} to ${x.f.type}`;
  },

  rename_field(b, file) {
    const x = pickField(b.rng, file, () => true);
    if (!x) return null;
    const before = x.f.name;
    x.f.name = b.fieldName(x.msg, x.f.label === 'repeated');
    b.claimName(x.msg, x.f.name);
    return `renamed field ${x.msg.full}.${before} to ${x.f.name}`;
  },

  renumber_field(b, file) {
    const x = pickField(b.rng, file, () => true);
    if (!x) return null;
    const before = x.f.number;
    x.f.number = b.allocNumber(x.msg);
    return `renumbered field ${x.msg.full}.${x.f.name} from ${before} to ${x.f.number}`;
  },

  delete_message(b, file) {
    const free = file.items.filter((i) => i.k === 'message' && !b.refs.get(i.full));
    if (!free.length) return null;
    const msg = b.rng.pick(free);
    file.items.splice(file.items.indexOf(msg), 1);
    return `deleted message ${msg.full}`;
  },

  delete_rpc(b, file) {
    const services = servicesOf(file).filter((s) => s.methods.length >= 2);
    if (!services.length) return null;
    const svc = b.rng.pick(services);
    const [m] = svc.methods.splice(b.rng.int(0, svc.methods.length - 1), 1);
    return `deleted rpc ${svc.full}.${m.name}`;
  },

  flip_streaming(b, file) {
    const services = servicesOf(file);
    if (!services.length) return null;
    const svc = b.rng.pick(services);
    const m = b.rng.pick(svc.methods);
    if (b.rng.chance(0.7)) {
      m.ss = !m.ss;
      return `${m.ss ? 'made' : 'made not'} server streaming: ${svc.full}.${m.name}`;
    }
    m.cs = !m.cs;
    return `${m.cs ? 'made' : 'made not'} client streaming: ${svc.full}.${m.name}`;
  },

  change_go_package(b, file) {
    const i = file.options.findIndex((o) => o.startsWith('go_package = '));
    if (i < 0) return null;
    const before = file.options[i];
    file.options[i] = before.replace(/pb;(\w+)pb"$/, `${file.pkg.version}pb;$1${file.pkg.version}pb"`);
    if (file.options[i] === before) return null;
    return `changed ${before} to ${file.options[i]}`;
  },

  delete_enum_value(b, file) {
    const enums = enumsOf(file).filter(({ e }) => !e.alias && e.values.length >= 3);
    if (!enums.length) return null;
    const { e } = b.rng.pick(enums);
    const [v] = e.values.splice(b.rng.int(1, e.values.length - 1), 1);
    return `deleted enum value ${e.name}.${v.name} (${v.number})`;
  },

  change_json_name(b, file) {
    const x = pickField(b.rng, file, ({ f }, msg) => {
      const json = `${jsonName(f.name)[0].toUpperCase()}${jsonName(f.name).slice(1)}`;
      return json !== jsonName(f.name) && !msg.used.json.has(json);
    });
    if (!x) return null;
    const json = `${jsonName(x.f.name)[0].toUpperCase()}${jsonName(x.f.name).slice(1)}`;
    x.msg.used.json.add(json);
    const before = x.f.json ?? jsonName(x.f.name);
    x.f.json = json;
    return `changed the JSON name of ${x.msg.full}.${x.f.name} from ${before} to ${json}`;
  },

  move_into_oneof(b, file) {
    if (file.syntax === 'proto2') return null;
    const x = pickField(b.rng, file, ({ f, oneof }, msg) => !oneof && !f.label && !f.map && !f.pinned && b.nameFree(msg, `${f.name}_choice`));
    if (!x) return null;
    const name = `${x.f.name}_choice`;
    b.claimName(x.msg, name);
    const oneof = { k: 'oneof', name, comment: null, fields: [x.f] };
    x.msg.members.splice(x.msg.members.indexOf(x.f), 1, oneof);
    return `moved field ${x.msg.full}.${x.f.name} into the new oneof ${name}`;
  },
};

function addFile(b, rng, changed, deleted) {
  const pkgs = b.packages.filter((p) => p.kind === 'standard' && p.files.length);
  for (let attempt = 0; attempt < 50; attempt++) {
    const pkg = rng.pick(pkgs);
    const noun = rng.pick(W.NOUNS);
    const name = b.uniqueFileName(pkg, [`${noun}_${rng.pick(['settings', 'reports', 'extensions', 'insights', 'history'])}.proto`]);
    const role = pkg.resources.length && rng.chance(0.5) ? 'service' : 'common';
    const file = b.newFile(pkg, name, role);
    file.noun = noun;
    file.siblings = file.siblings.filter((f) => !changed.has(f.path) && !deleted.has(f.path));
    file.depFiles = [];
    file.budget = rng.lognormal(6000, 0.6);
    b.genFile(file);
    file.options = b.fileOptions(file);
    return file;
  }
  return null;
}

/**
 * Applies the edits to the builder's files. Returns the current side as a
 * Map(path -> text) and the list of edits.
 */
export function applyChanges(b) {
  const rng = new Rng(`${b.spec.seed}/changes`);
  b.rng = rng;
  const candidates = b.files.filter((f) => !f.static);
  const nChanged = Math.round(candidates.length * b.spec.changeRate);
  const nAdded = Math.max(2, Math.round(candidates.length * 0.002));
  const nBreaking = Math.max(BREAKING_KINDS.length, Math.round(nChanged * 0.3));
  const plan = [];
  for (let i = 0; i < nBreaking; i++) plan.push(BREAKING_KINDS[i % BREAKING_KINDS.length]);
  while (plan.length < nChanged - nAdded) plan.push(rng.weighted(COMPATIBLE_KINDS));
  for (let i = 0; i < nAdded; i++) plan.push('add_file');

  const changed = new Map();
  const deleted = new Set();
  const added = [];
  const edits = [];
  for (const kind of plan) {
    const breaking = BREAKING_KINDS.includes(kind);
    if (kind === 'add_file') {
      const file = addFile(b, rng, changed, deleted);
      if (file) {
        added.push(file);
        edits.push({ kind, breaking, file: file.path, detail: `added file with ${file.items.length} top-level declarations` });
      }
      continue;
    }
    let done = false;
    for (let attempt = 0; attempt < 400 && !done; attempt++) {
      const file = rng.pick(candidates);
      if (changed.has(file.path) || deleted.has(file.path)) continue;
      if (kind === 'delete_file') {
        if (file.importers.size || file.pkg.files.length < 2) continue;
        deleted.add(file.path);
        edits.push({ kind, breaking, file: file.path, detail: `deleted file (${file.items.length} top-level declarations)` });
        done = true;
        continue;
      }
      const clone = cloneFile(file);
      const detail = EDITS[kind](b, clone);
      if (!detail) continue;
      changed.set(file.path, clone);
      edits.push({ kind, breaking, file: file.path, detail });
      done = true;
    }
    if (!done) throw new Error(`no file fits the edit ${kind}`);
  }

  const current = new Map();
  for (const file of b.files) {
    if (deleted.has(file.path)) continue;
    const clone = changed.get(file.path);
    current.set(file.path, clone ? renderFile(clone, null) : file.text);
  }
  for (const file of added) current.set(file.path, renderFile(file, null));
  edits.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  return { current, edits };
}

