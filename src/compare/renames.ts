import type {
  EnumEl,
  EnumValueEl,
  FieldEl,
  FileEl,
  Image,
  MessageEl,
  MethodEl,
  OneofEl,
  ServiceEl,
} from "../image/model.js";
import { packageVersion } from "../versioning/version.js";
import { features, matchUnique, type Features } from "./match.js";
import type { Comparison, Pair } from "./pair.js";

/**
 * An element found under another name or path in the current version.
 * `implied` is true when it only followed its container (a nested message of
 * a renamed message, a message of a moved file): the container's rename
 * explains it, so rules report the container alone.
 */
export interface Renamed<T> extends Pair<T> {
  readonly score: number;
  readonly implied: boolean;
}

/** What the pairing by name left unpaired and the pairing by structure matched. */
export interface Renames {
  /** Files under another path with (mostly) the same declarations. */
  readonly files: readonly Renamed<FileEl>[];
  /** Messages under another fully-qualified name (renamed, or moved to another package). */
  readonly messages: readonly Renamed<MessageEl>[];
  readonly enums: readonly Renamed<EnumEl>[];
  readonly services: readonly Renamed<ServiceEl>[];
  /** Fields that kept their number and type but not their name, in messages paired by name or structure. */
  readonly fields: readonly Pair<FieldEl>[];
  /** Enum values that kept their number but not their name (one value per number on both sides). */
  readonly values: readonly Pair<EnumValueEl>[];
  /** Methods of a paired service under another name with the same signature. */
  readonly methods: readonly Pair<MethodEl>[];
  /** Real oneofs of a paired message under another name with (mostly) the same fields, by number and name. */
  readonly oneofs: readonly Pair<OneofEl>[];
  /**
   * Extensions under another name or scope (renamed, or moved to another
   * message or package) that extend the same message, or its renamed self,
   * at the same number with the same type and label.
   */
  readonly extensions: readonly Pair<FieldEl>[];
}

/** The name of an element relative to its file's package. */
function localName(fullName: string, pkg: string): string {
  return pkg === "" ? fullName : fullName.slice(pkg.length + 1);
}

function depth(el: { readonly parent: MessageEl | undefined }): number {
  let d = 0;
  for (let m = el.parent; m !== undefined; m = m.parent) d++;
  return d;
}

/** How a field's type is described: a named type only when the other side has that name too. */
function typeToken(field: FieldEl, other: Image): string {
  if (field.typeName === "") return field.typeKind;
  const known = other.messagesByName.has(field.typeName) || other.enumsByName.has(field.typeName);
  return known ? `${field.typeKind}:${field.typeName}` : field.typeKind;
}

/** Where each message or enum is used: fields and extensions by their holder and number, methods by name. */
function usesOf(image: Image): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const add = (type: string, use: string): void => {
    const list = uses.get(type);
    if (list) list.push(use);
    else uses.set(type, [use]);
  };
  for (const file of image.files) {
    for (const m of file.messages) {
      for (const f of m.fields) if (f.typeName !== "") add(f.typeName, `u:${m.fullName}#${f.number}`);
    }
    for (const x of file.extensions) if (x.typeName !== "") add(x.typeName, `u:${x.extendee ?? ""}#${x.number}`);
    for (const s of file.services) {
      for (const m of s.methods) {
        add(m.inputType, `i:${s.fullName}.${m.name}`);
        add(m.outputType, `o:${s.fullName}.${m.name}`);
      }
    }
  }
  return uses;
}

function messageFeatures(m: MessageEl, other: Image, uses: Map<string, string[]>): Features {
  const items: string[] = [];
  for (const f of m.fields) {
    items.push(`t:${f.number}:${typeToken(f, other)}:${f.label}`, `n:${f.name}`);
  }
  for (const r of m.proto.reservedRange) items.push(`r:${r.start}-${r.end}`);
  for (const n of m.proto.reservedName) items.push(`rn:${n}`);
  for (const n of m.nestedMessages) if (!n.isMapEntry) items.push(`c:${n.name}`);
  for (const e of m.nestedEnums) items.push(`c:${e.name}`);
  items.push(...(uses.get(m.fullName) ?? []));
  return features(items);
}

/** The longest prefix up to an underscore shared by all value names (`STATUS_`). */
function valuePrefix(e: EnumEl): string {
  const names = e.values.map((v) => v.name);
  const first = names[0] ?? "";
  let end = first.lastIndexOf("_") + 1;
  for (const n of names) {
    while (end > 0 && !n.startsWith(first.slice(0, end))) end = first.lastIndexOf("_", end - 2) + 1;
  }
  return first.slice(0, end);
}

function enumFeatures(e: EnumEl, uses: Map<string, string[]>): Features {
  const prefix = valuePrefix(e);
  const items: string[] = [];
  for (const v of e.values) {
    items.push(`v:${v.number}`, `vs:${v.number}:${v.name.slice(prefix.length)}`);
  }
  items.push(...(uses.get(e.fullName) ?? []));
  return features(items);
}

function signature(m: MethodEl, other: Image): string {
  const type = (name: string): string => (other.messagesByName.has(name) ? name : "?");
  return `${type(m.inputType)}:${type(m.outputType)}:${m.clientStreaming}:${m.serverStreaming}`;
}

function serviceFeatures(s: ServiceEl, other: Image): Features {
  const items: string[] = [];
  for (const m of s.methods) items.push(`m:${m.name}:${signature(m, other)}`, `s:${signature(m, other)}`, `mn:${m.name}`);
  return features(items);
}

function fileFeatures(f: FileEl): Features {
  const items: string[] = [];
  for (const m of f.messages) {
    if (m.isMapEntry) continue;
    items.push(`d:${m.nestedName}`);
    for (const x of m.fields) items.push(`f:${m.nestedName}#${x.number}:${x.typeKind}`);
  }
  for (const e of f.enums) items.push(`d:${e.nestedName}`);
  for (const s of f.services) items.push(`d:${s.name}`);
  for (const x of f.extensions) items.push(`d:${localName(x.fullName, f.package)}`);
  return features(items);
}

function movedFiles(previous: Image, current: Image): Renamed<FileEl>[] {
  const gone = previous.files.filter((f) => !f.isImport && !current.filesByPath.has(f.path));
  const added = current.files.filter((f) => !f.isImport && !previous.filesByPath.has(f.path));
  return matchUnique(gone, added, fileFeatures, fileFeatures).map((m) => ({ ...m, implied: false }));
}

/** Something nested in a message or a file, with a name: messages and enums. */
interface Nestable {
  readonly fullName: string;
  readonly name: string;
  readonly nestedName: string;
  readonly parent: MessageEl | undefined;
  readonly file: FileEl;
}

/**
 * Matches the unpaired elements of one kind, shallowest first: an element
 * whose container was renamed (or whose file moved) and that kept its own
 * name there is implied; the rest are matched by structure.
 */
function matchNested<T extends Nestable>(
  gone: readonly T[],
  added: readonly T[],
  messages: ReadonlyMap<MessageEl, MessageEl>,
  files: ReadonlyMap<FileEl, FileEl>,
  describePrevious: (el: T) => Features,
  describeCurrent: (el: T) => Features,
  onMatch: (previous: T, current: T) => void,
): Renamed<T>[] {
  const out: Renamed<T>[] = [];
  const taken = new Set<T>();
  const byName = new Map<string, T>();
  for (const c of added) byName.set(c.fullName, c);
  const unmatched: T[] = [];
  const maxDepth = Math.max(0, ...gone.map(depth), ...added.map(depth));
  for (let d = 0; d <= maxDepth; d++) {
    const rest: T[] = [];
    for (const p of gone.filter((g) => depth(g) === d)) {
      const parent = p.parent === undefined ? undefined : messages.get(p.parent);
      const file = files.get(p.file);
      let implied: T | undefined;
      if (parent !== undefined) implied = byName.get(`${parent.fullName}.${p.name}`);
      else if (file !== undefined) implied = byName.get(file.package === "" ? p.nestedName : `${file.package}.${p.nestedName}`);
      if (implied !== undefined && !taken.has(implied)) {
        taken.add(implied);
        out.push({ previous: p, current: implied, score: 1, implied: true });
        onMatch(p, implied);
      } else rest.push(p);
    }
    const candidates = added.filter((c) => depth(c) === d && !taken.has(c));
    const matched = new Set<T>();
    for (const m of matchUnique(rest, candidates, describePrevious, describeCurrent)) {
      taken.add(m.current);
      matched.add(m.previous);
      out.push({ ...m, implied: false });
      onMatch(m.previous, m.current);
    }
    unmatched.push(...rest.filter((p) => !matched.has(p)));
  }
  // Last, across depths: an element moved into a message, or out of one.
  for (const m of matchUnique(unmatched, added.filter((c) => !taken.has(c)), describePrevious, describeCurrent)) {
    if (depth(m.previous) === depth(m.current)) continue;
    out.push({ ...m, implied: false });
    onMatch(m.previous, m.current);
  }
  return out;
}

/** The package without its version (`acme.orders` for `acme.orders.v1beta1`), or undefined when it has no version. */
function unversioned(pkg: string): string | undefined {
  return packageVersion(pkg) === undefined ? undefined : pkg.slice(0, pkg.lastIndexOf("."));
}

/**
 * Drops two kinds of structural matches into another package. Out of a
 * package that is gone as a whole, one that no other element (nor file)
 * made: a lone look-alike in an unrelated package is no evidence that an
 * element moved, while an API version replaced by another moves many. Out of
 * a package that is still there, one into another version of the same API:
 * an element deleted from v1alpha is not the look-alike in a new v1, which
 * copies v1alpha rather than taking its elements. What only followed a
 * dropped match (its nested elements) goes with it.
 */
function supported<T extends { readonly fullName: string; readonly file: FileEl; readonly parent?: MessageEl | undefined }>(matches: readonly Renamed<T>[], files: readonly Renamed<FileEl>[], current: Image): Renamed<T>[] {
  const route = (p: FileEl, c: FileEl): string => `${p.package}\0${c.package}`;
  const moves = new Map<string, number>();
  const count = (key: string): void => {
    moves.set(key, (moves.get(key) ?? 0) + 1);
  };
  for (const f of files) count(route(f.previous, f.current));
  for (const m of matches) if (!m.implied) count(route(m.previous.file, m.current.file));
  const unsupported = (m: Renamed<T>): boolean => {
    const from = m.previous.file.package;
    const to = m.current.file.package;
    if (m.implied || from === to) return false;
    if (!current.packages.has(from)) return (moves.get(route(m.previous.file, m.current.file)) ?? 0) < 2;
    const api = unversioned(from);
    return api !== undefined && api === unversioned(to);
  };
  const dropped = new Set<string>(matches.filter(unsupported).map((m) => m.previous.fullName));
  if (dropped.size === 0) return [...matches];
  const follows = (m: Renamed<T>): boolean => {
    for (let p = m.previous.parent; p !== undefined; p = p.parent) if (dropped.has(p.fullName)) return true;
    return false;
  };
  return matches.filter((m) => !dropped.has(m.previous.fullName) && !(m.implied && follows(m)));
}

function renamedFields(pair: Pair<MessageEl>, typeRenames: ReadonlyMap<string, string>): Pair<FieldEl>[] {
  const prevNames = new Set(pair.previous.fields.map((f) => f.name));
  const curNames = new Set(pair.current.fields.map((f) => f.name));
  const out: Pair<FieldEl>[] = [];
  for (const previous of pair.previous.fields) {
    const current = pair.current.fieldsByNumber.get(previous.number);
    if (current === undefined || current.name === previous.name) continue;
    if (curNames.has(previous.name) || prevNames.has(current.name)) continue;
    const sameType =
      current.typeKind === previous.typeKind &&
      (current.typeName === previous.typeName || typeRenames.get(previous.typeName) === current.typeName);
    if (sameType && current.label === previous.label) out.push({ previous, current });
  }
  return out;
}

function renamedValues(pair: Pair<EnumEl>): Pair<EnumValueEl>[] {
  const prevNames = new Set(pair.previous.values.map((v) => v.name));
  const curNames = new Set(pair.current.values.map((v) => v.name));
  const out: Pair<EnumValueEl>[] = [];
  for (const [number, prev] of pair.previous.valuesByNumber) {
    const cur = pair.current.valuesByNumber.get(number);
    const [previous] = prev;
    const [current] = cur ?? [];
    if (prev.length !== 1 || cur?.length !== 1 || previous === undefined || current === undefined) continue;
    if (previous.name === current.name || curNames.has(previous.name) || prevNames.has(current.name)) continue;
    out.push({ previous, current });
  }
  return out;
}

function renamedMethods(pair: Pair<ServiceEl>, previous: Image, current: Image): Pair<MethodEl>[] {
  const gone = pair.previous.methods.filter((m) => !pair.current.methodsByName.has(m.name));
  const added = pair.current.methods.filter((m) => !pair.previous.methodsByName.has(m.name));
  const bySignature = (list: readonly MethodEl[], other: Image): Map<string, MethodEl[]> => {
    const out = new Map<string, MethodEl[]>();
    for (const m of list) {
      const key = signature(m, other);
      out.set(key, [...(out.get(key) ?? []), m]);
    }
    return out;
  };
  const addedBy = bySignature(added, previous);
  const out: Pair<MethodEl>[] = [];
  for (const [key, prev] of bySignature(gone, current)) {
    const cur = addedBy.get(key) ?? [];
    const [p] = prev;
    const [c] = cur;
    if (prev.length === 1 && cur.length === 1 && p !== undefined && c !== undefined) out.push({ previous: p, current: c });
  }
  return out;
}

/** A oneof by its fields: each field's number, and its number with its name. */
function oneofFeatures(o: OneofEl): Features {
  return features(o.fields.flatMap((f) => [`#${f.number}`, `#${f.number}:${f.name}`]));
}

function renamedOneofs(pair: Pair<MessageEl>): Pair<OneofEl>[] {
  const real = (m: MessageEl): OneofEl[] => m.oneofs.filter((o) => !o.isSynthetic);
  const prevNames = new Set(pair.previous.oneofs.map((o) => o.name));
  const curNames = new Set(pair.current.oneofs.map((o) => o.name));
  const gone = real(pair.previous).filter((o) => !curNames.has(o.name));
  const added = real(pair.current).filter((o) => !prevNames.has(o.name));
  return matchUnique(gone, added, oneofFeatures, oneofFeatures).map(({ previous, current }) => ({ previous, current }));
}

function sameType(previous: FieldEl, current: FieldEl, typeRenames: ReadonlyMap<string, string>): boolean {
  return (
    current.typeKind === previous.typeKind &&
    (current.typeName === previous.typeName || typeRenames.get(previous.typeName) === current.typeName) &&
    current.label === previous.label
  );
}

/**
 * Extensions of the same extended message and number under another full
 * name: paired as buf pairs them (extendee and number), or through the
 * extended message's own rename.
 */
function renamedExtensions(comparison: Comparison, typeRenames: ReadonlyMap<string, string>): Pair<FieldEl>[] {
  const key = (extendee: string, number: number): string => `${extendee}#${number}`;
  const own = (image: Image): FieldEl[] => image.files.filter((f) => !f.isImport).flatMap((f) => f.extensions);
  const out: Pair<FieldEl>[] = [];
  const paired = new Set<FieldEl>();
  for (const { previous, current } of comparison.extensions) {
    paired.add(previous);
    if (previous.file.isImport || current.file.isImport || previous.fullName === current.fullName) continue;
    if (sameType(previous, current, typeRenames)) out.push({ previous, current });
  }
  const previousKeys = new Set(own(comparison.previous).map((x) => key(x.extendee ?? "", x.number)));
  const byKey = new Map<string, FieldEl>();
  for (const x of own(comparison.current)) byKey.set(key(x.extendee ?? "", x.number), x);
  for (const previous of own(comparison.previous)) {
    if (paired.has(previous)) continue;
    const extendee = typeRenames.get(previous.extendee ?? "");
    if (extendee === undefined) continue;
    const current = byKey.get(key(extendee, previous.number));
    if (current === undefined || previousKeys.has(key(extendee, previous.number))) continue;
    if (current.fullName !== previous.fullName && sameType(previous, current, typeRenames)) out.push({ previous, current });
  }
  return out;
}

const cache = new WeakMap<Comparison, Renames>();

/**
 * Renames and moves between the two versions of a comparison. Pure and
 * deterministic; computed once per comparison (several rules read it).
 */
export function findRenames(comparison: Comparison): Renames {
  const known = cache.get(comparison);
  if (known) return known;
  const { previous, current } = comparison;
  // Where types are used is read only when some message or enum lost its name.
  let uses: { previous: Map<string, string[]>; current: Map<string, string[]> } | undefined;
  const usesFor = (side: "previous" | "current"): Map<string, string[]> => {
    uses ??= { previous: usesOf(previous), current: usesOf(current) };
    return uses[side];
  };

  const files = movedFiles(previous, current);
  const fileMap = new Map<FileEl, FileEl>(files.map((f) => [f.previous, f.current]));

  const messageMap = new Map<MessageEl, MessageEl>();
  const typeRenames = new Map<string, string>();
  const goneMessages = [...previous.messagesByName.values()].filter(
    (m) => !m.isMapEntry && !m.file.isImport && !current.messagesByName.has(m.fullName),
  );
  const addedMessages = [...current.messagesByName.values()].filter(
    (m) => !m.isMapEntry && !m.file.isImport && !previous.messagesByName.has(m.fullName),
  );
  const messages = supported(
    matchNested(
      goneMessages,
      addedMessages,
      messageMap,
      fileMap,
      (m) => messageFeatures(m, current, usesFor("previous")),
      (m) => messageFeatures(m, previous, usesFor("current")),
      (p, c) => messageMap.set(p, c),
    ),
    files,
    current,
  );
  messageMap.clear();
  for (const m of messages) {
    messageMap.set(m.previous, m.current);
    typeRenames.set(m.previous.fullName, m.current.fullName);
  }

  const goneEnums = [...previous.enumsByName.values()].filter((e) => !e.file.isImport && !current.enumsByName.has(e.fullName));
  const addedEnums = [...current.enumsByName.values()].filter((e) => !e.file.isImport && !previous.enumsByName.has(e.fullName));
  const enums = supported(
    matchNested(
      goneEnums,
      addedEnums,
      messageMap,
      fileMap,
      (e) => enumFeatures(e, usesFor("previous")),
      (e) => enumFeatures(e, usesFor("current")),
      () => undefined,
    ),
    files,
    current,
  );
  for (const e of enums) typeRenames.set(e.previous.fullName, e.current.fullName);

  const goneServices = [...previous.servicesByName.values()].filter(
    (s) => !s.file.isImport && !current.servicesByName.has(s.fullName),
  );
  const addedServices = [...current.servicesByName.values()].filter(
    (s) => !s.file.isImport && !previous.servicesByName.has(s.fullName),
  );
  const services: Renamed<ServiceEl>[] = [];
  const restServices: ServiceEl[] = [];
  for (const s of goneServices) {
    const file = fileMap.get(s.file);
    const moved = file?.services.find((c) => c.name === s.name);
    if (moved && addedServices.includes(moved)) services.push({ previous: s, current: moved, score: 1, implied: true });
    else restServices.push(s);
  }
  const claimed = new Set(services.map((s) => s.current));
  const structural = matchUnique(
    restServices,
    addedServices.filter((s) => !claimed.has(s)),
    (s) => serviceFeatures(s, current),
    (s) => serviceFeatures(s, previous),
  ).map((m) => ({ ...m, implied: false }));
  services.push(...supported(structural, files, current));

  const messagePairs: Pair<MessageEl>[] = [...comparison.messages, ...messages];
  const enumPairs: Pair<EnumEl>[] = [...comparison.enums, ...enums];
  const servicePairs: Pair<ServiceEl>[] = [...comparison.services, ...services];
  const renames: Renames = {
    files,
    messages,
    enums,
    services,
    fields: messagePairs.flatMap((p) => renamedFields(p, typeRenames)),
    values: enumPairs.flatMap(renamedValues),
    methods: servicePairs.flatMap((p) => renamedMethods(p, previous, current)),
    oneofs: messagePairs.flatMap(renamedOneofs),
    extensions: renamedExtensions(comparison, typeRenames),
  };
  cache.set(comparison, renames);
  return renames;
}
