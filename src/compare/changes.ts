import { create, equals, toJson } from "@bufbuild/protobuf";
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import {
  EnumOptionsSchema,
  EnumValueOptionsSchema,
  FieldOptionsSchema,
  FileOptionsSchema,
  MessageOptionsSchema,
  MethodOptionsSchema,
  ServiceOptionsSchema,
} from "@bufbuild/protobuf/wkt";
import type {
  AnyEl,
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
import type { ChangeElement, ChangeKind, ChangeReach, Place } from "../model/change.js";
import type { Comparison, Pair } from "./pair.js";
import { findRenames, type Renames } from "./renames.js";

export type { ChangeElement, ChangeKind, ChangeReach, Place };

/** One change between the two versions of a schema, breaking or not, as the pairing finds it. */
export interface Change {
  readonly kind: ChangeKind;
  readonly element: ChangeElement;
  /** The full name (a path for files) on the previous side, or null for an addition. */
  readonly previous: string | null;
  /** The full name (a path for files) on the current side, or null for a removal. */
  readonly current: string | null;
  /** What changed, for `changed`: `type string → int64`, `number 2 → 5`, `option java_package`. */
  readonly detail?: string;
  readonly reach: ChangeReach;
  readonly previousAt?: Place;
  readonly currentAt?: Place;
  /** The elements themselves, for linking findings to the change. */
  readonly previousElement?: AnyEl;
  readonly currentElement?: AnyEl;
  /**
   * For a message, enum or service added or removed as a whole: its fields
   * and oneofs, values or RPCs, added or removed with it, in declaration order.
   */
  readonly children?: readonly Change[];
}

type Named = Exclude<AnyEl, FileEl | { readonly kind: "oneof" } | { readonly kind: "enum_value" } | { readonly kind: "method" }>;

function place(el: AnyEl): Place {
  if (el.kind === "file") return { path: el.path, line: 1, column: 1 };
  const span = el.file.span(el.path);
  return { path: el.file.path, line: span?.line ?? 1, column: span?.column ?? 1 };
}

function nameOf(el: AnyEl): string {
  switch (el.kind) {
    case "file":
      return el.path;
    case "oneof":
      return `${el.message.fullName}.${el.name}`;
    case "enum_value":
      return `${el.enum.fullName}.${el.name}`;
    case "method":
      return `${el.service.fullName}.${el.name}`;
    default:
      return (el satisfies Named).fullName;
  }
}

function elementOf(el: AnyEl): ChangeElement {
  switch (el.kind) {
    case "method":
      return "rpc";
    case "field":
      return el.isExtension ? "extension" : "field";
    default:
      return el.kind;
  }
}

function typeOf(f: FieldEl): string {
  return f.typeName === "" ? f.typeKind : f.typeName;
}

/** A map field's type as written, `map<string, int64>`, from its entry message. */
function mapType(f: FieldEl): string | undefined {
  if (!f.isMap) return undefined;
  const entry = f.parent?.nestedMessages.find((m) => m.fullName === f.typeName);
  const key = entry?.fieldsByNumber.get(1);
  const value = entry?.fieldsByNumber.get(2);
  return key === undefined || value === undefined ? undefined : `map<${typeOf(key)}, ${typeOf(value)}>`;
}

/** What an element added or removed with its parent is: `number 2, type string`, `request A, response B`. */
function summary(el: AnyEl): string | undefined {
  switch (el.kind) {
    case "field": {
      const map = mapType(el);
      if (map !== undefined) return `number ${el.number}, type ${map}`;
      return `number ${el.number}, type ${typeOf(el)}${el.label === "optional" ? "" : `, label ${el.label}`}`;
    }
    case "enum_value":
      return `number ${el.number}`;
    case "method":
      return `request ${el.inputType}, response ${el.outputType}`;
    default:
      return undefined;
  }
}

/** The members that come and go with an element added or removed as a whole. */
function membersOf(el: AnyEl): readonly AnyEl[] {
  switch (el.kind) {
    case "message":
      return [...el.fields, ...el.oneofs.filter((o) => !o.isSynthetic)];
    case "enum":
      return el.values;
    case "service":
      return el.methods;
    default:
      return [];
  }
}

function change(kind: ChangeKind, previous: AnyEl | undefined, current: AnyEl | undefined, el: AnyEl, reach: ChangeReach, detail: string | undefined): Change {
  return {
    kind,
    element: elementOf(el),
    previous: previous === undefined ? null : nameOf(previous),
    current: current === undefined ? null : nameOf(current),
    ...(detail === undefined ? {} : { detail }),
    reach,
    ...(previous === undefined ? {} : { previousAt: place(previous), previousElement: previous }),
    ...(current === undefined ? {} : { currentAt: place(current), currentElement: current }),
  };
}

/** Collects changes; every change names both sides' elements where they exist. */
class ChangeList {
  readonly changes: Change[] = [];

  add(kind: ChangeKind, previous: AnyEl | undefined, current: AnyEl | undefined, reach: ChangeReach = "api", detail?: string): void {
    const el = current ?? previous;
    if (el === undefined) return;
    const whole = (kind === "added" && previous === undefined) || (kind === "removed" && current === undefined);
    const members = whole ? membersOf(el) : [];
    const children = members.map((m) =>
      kind === "added" ? change(kind, undefined, m, m, reach, summary(m)) : change(kind, m, undefined, m, reach, summary(m)),
    );
    this.changes.push({ ...change(kind, previous, current, el, reach, detail), ...(children.length === 0 ? {} : { children }) });
  }

  /** An option change on an element: `option`, with the element's names. */
  option(previous: AnyEl, current: AnyEl, detail: string): void {
    this.changes.push({
      kind: "changed",
      element: "option",
      previous: nameOf(previous),
      current: nameOf(current),
      detail,
      reach: "option",
      previousAt: place(previous),
      currentAt: place(current),
      previousElement: previous,
      currentElement: current,
    });
  }
}

/**
 * The options of an element that changed, by name (`go_package`), with
 * `deprecated` left out (it is a change of its own); absent options are empty
 * ones. Custom options (extensions) are told apart only as a whole.
 */
function changedOptions<D extends DescMessage>(schema: D, a: MessageShape<D> | undefined, b: MessageShape<D> | undefined): string[] {
  if (a === undefined && b === undefined) return [];
  const strip = (o: MessageShape<D> | undefined): MessageShape<D> => {
    const copy = { ...(o ?? create(schema)) } as Record<string, unknown>;
    delete copy["deprecated"];
    return copy as MessageShape<D>;
  };
  const before = strip(a);
  const after = strip(b);
  if (equals(schema, before, after)) return [];
  const jsonA = toJson(schema, before) as Record<string, unknown>;
  const jsonB = toJson(schema, after) as Record<string, unknown>;
  const names = schema.fields
    .filter((f) => JSON.stringify(jsonA[f.jsonName]) !== JSON.stringify(jsonB[f.jsonName]))
    .map((f) => f.name);
  return names.length > 0 ? names : ["custom options"];
}

function options<D extends DescMessage>(list: ChangeList, schema: D, previous: AnyEl, current: AnyEl, a: MessageShape<D> | undefined, b: MessageShape<D> | undefined): void {
  const names = changedOptions(schema, a, b);
  if (names.length > 0) list.option(previous, current, `${names.length === 1 ? "option" : "options"} ${names.join(", ")}`);
}

function deprecation(list: ChangeList, previous: AnyEl, current: AnyEl, was: boolean, is: boolean): void {
  if (!was && is) list.add("deprecated", previous, current);
  if (was && !is) list.add("undeprecated", previous, current);
}

function comments(list: ChangeList, previous: Exclude<AnyEl, FileEl>, current: Exclude<AnyEl, FileEl>): void {
  const before = previous.file.leadingComments(previous.path) ?? "";
  const after = current.file.leadingComments(current.path) ?? "";
  if (before !== after) list.add("changed", previous, current, "comment", "comment");
}

function renamedOrMoved(previous: { readonly name: string }, current: { readonly name: string }): ChangeKind {
  return previous.name === current.name ? "moved" : "renamed";
}

/** The JSON name protoc derives from a field name: underscores dropped, the letter after each upper-cased. */
function derivedJsonName(name: string): string {
  return name.replace(/_+([a-z0-9]?)/g, (_m, ch: string) => ch.toUpperCase());
}

function diffField(
  list: ChangeList,
  previous: FieldEl,
  current: FieldEl,
  typeRenames: ReadonlyMap<string, string>,
  named = true,
): void {
  if (named && previous.name !== current.name) list.add("renamed", previous, current);
  if (previous.number !== current.number) list.add("changed", previous, current, "api", `number ${previous.number} → ${current.number}`);
  const was = previous.extendee ?? "";
  const is = current.extendee ?? "";
  if (was !== is && typeRenames.get(was) !== is) list.add("changed", previous, current, "api", `extendee ${was} → ${is}`);
  const sameType =
    previous.typeKind === current.typeKind &&
    (previous.typeName === current.typeName || typeRenames.get(previous.typeName) === current.typeName);
  if (!sameType) list.add("changed", previous, current, "api", `type ${typeOf(previous)} → ${typeOf(current)}`);
  if (previous.label !== current.label) list.add("changed", previous, current, "api", `label ${previous.label} → ${current.label}`);
  // A JSON name that only follows a rename is part of the rename.
  const followsRename =
    named &&
    previous.name !== current.name &&
    previous.jsonName === derivedJsonName(previous.name) &&
    current.jsonName === derivedJsonName(current.name);
  // Extensions are written in JSON by their full name in brackets, not by a JSON name.
  if (previous.jsonName !== current.jsonName && !followsRename && !previous.isExtension) {
    list.add("changed", previous, current, "api", `JSON name ${previous.jsonName} → ${current.jsonName}`);
  }
  const before = previous.proto.defaultValue;
  const after = current.proto.defaultValue;
  if (before !== after) {
    list.add("changed", previous, current, "api", `default ${before === "" ? "(none)" : before} → ${after === "" ? "(none)" : after}`);
  }
  if ((previous.oneof?.name ?? "") !== (current.oneof?.name ?? "")) {
    list.add("changed", previous, current, "api", `oneof ${previous.oneof?.name ?? "(none)"} → ${current.oneof?.name ?? "(none)"}`);
  }
  deprecation(list, previous, current, previous.proto.options?.deprecated === true, current.proto.options?.deprecated === true);
  options(list, FieldOptionsSchema, previous, current, previous.proto.options, current.proto.options);
  comments(list, previous, current);
}

function diffMessage(
  list: ChangeList,
  pair: Pair<MessageEl>,
  typeRenames: ReadonlyMap<string, string>,
  renamedOneofs: ReadonlyMap<OneofEl, OneofEl>,
): void {
  const { previous, current } = pair;
  deprecation(list, previous, current, previous.proto.options?.deprecated === true, current.proto.options?.deprecated === true);
  options(list, MessageOptionsSchema, previous, current, previous.proto.options, current.proto.options);
  comments(list, previous, current);
  // The same field: by name first (so a renumbering is one change), then by number, as buf pairs them.
  const byName = new Map(current.fields.map((f) => [f.name, f]));
  const matched = new Map<FieldEl, FieldEl>();
  const paired = new Set<FieldEl>();
  for (const pf of previous.fields) {
    const cf = byName.get(pf.name);
    if (cf !== undefined) {
      matched.set(pf, cf);
      paired.add(cf);
    }
  }
  for (const pf of previous.fields) {
    if (matched.has(pf)) continue;
    const cf = current.fieldsByNumber.get(pf.number);
    if (cf !== undefined && !paired.has(cf)) {
      matched.set(pf, cf);
      paired.add(cf);
    }
  }
  for (const pf of previous.fields) {
    const cf = matched.get(pf);
    if (cf === undefined) list.add("removed", pf, undefined);
    else diffField(list, pf, cf, typeRenames);
  }
  for (const cf of current.fields) if (!paired.has(cf)) list.add("added", undefined, cf);
  diffOneofs(list, previous, current, renamedOneofs);
}

/**
 * Oneofs by name, then as findRenames pairs them: a oneof gone under one name
 * whose fields (by number and name) are mostly those of a new oneof under
 * another name was renamed. Each field's move between the two names is a
 * change of that field as well.
 */
function diffOneofs(list: ChangeList, previous: MessageEl, current: MessageEl, renamedOneofs: ReadonlyMap<OneofEl, OneofEl>): void {
  const real = (m: MessageEl): OneofEl[] => m.oneofs.filter((o) => !o.isSynthetic);
  const curNames = new Set(real(current).map((o) => o.name));
  const prevNames = new Set(real(previous).map((o) => o.name));
  const renamed = new Set<OneofEl>();
  for (const po of real(previous)) {
    if (curNames.has(po.name)) continue;
    const co = renamedOneofs.get(po);
    if (co === undefined) {
      list.add("removed", po, undefined);
      continue;
    }
    renamed.add(co);
    list.add("renamed", po, co);
  }
  for (const co of real(current)) if (!prevNames.has(co.name) && !renamed.has(co)) list.add("added", undefined, co);
}

function diffEnum(list: ChangeList, pair: Pair<EnumEl>, renames: Renames): void {
  const { previous, current } = pair;
  deprecation(list, previous, current, previous.proto.options?.deprecated === true, current.proto.options?.deprecated === true);
  options(list, EnumOptionsSchema, previous, current, previous.proto.options, current.proto.options);
  comments(list, previous, current);
  const curByName = new Map(current.values.map((v) => [v.name, v]));
  const renamed = new Map(renames.values.map((r) => [r.previous, r.current]));
  const paired = new Set<EnumValueEl>();
  for (const pv of previous.values) {
    const cv = curByName.get(pv.name) ?? renamed.get(pv);
    if (cv === undefined) {
      list.add("removed", pv, undefined);
      continue;
    }
    paired.add(cv);
    if (cv.name !== pv.name) list.add("renamed", pv, cv);
    if (cv.number !== pv.number) list.add("changed", pv, cv, "api", `number ${pv.number} → ${cv.number}`);
    deprecation(list, pv, cv, pv.proto.options?.deprecated === true, cv.proto.options?.deprecated === true);
    options(list, EnumValueOptionsSchema, pv, cv, pv.proto.options, cv.proto.options);
    comments(list, pv, cv);
  }
  for (const cv of current.values) if (!paired.has(cv)) list.add("added", undefined, cv);
}

function diffMethod(list: ChangeList, pm: MethodEl, cm: MethodEl, typeRenames: ReadonlyMap<string, string>): void {
  if (pm.name !== cm.name) list.add("renamed", pm, cm);
  const same = (a: string, b: string): boolean => a === b || typeRenames.get(a) === b;
  if (!same(pm.inputType, cm.inputType)) list.add("changed", pm, cm, "api", `request ${pm.inputType} → ${cm.inputType}`);
  if (!same(pm.outputType, cm.outputType)) list.add("changed", pm, cm, "api", `response ${pm.outputType} → ${cm.outputType}`);
  const streaming = (s: boolean): string => (s ? "streaming" : "unary");
  if (pm.clientStreaming !== cm.clientStreaming) {
    list.add("changed", pm, cm, "api", `client ${streaming(pm.clientStreaming)} → ${streaming(cm.clientStreaming)}`);
  }
  if (pm.serverStreaming !== cm.serverStreaming) {
    list.add("changed", pm, cm, "api", `server ${streaming(pm.serverStreaming)} → ${streaming(cm.serverStreaming)}`);
  }
  deprecation(list, pm, cm, pm.proto.options?.deprecated === true, cm.proto.options?.deprecated === true);
  options(list, MethodOptionsSchema, pm, cm, pm.proto.options, cm.proto.options);
  comments(list, pm, cm);
}

function diffService(list: ChangeList, pair: Pair<ServiceEl>, typeRenames: ReadonlyMap<string, string>, renames: Renames): void {
  const { previous, current } = pair;
  deprecation(list, previous, current, previous.proto.options?.deprecated === true, current.proto.options?.deprecated === true);
  options(list, ServiceOptionsSchema, previous, current, previous.proto.options, current.proto.options);
  comments(list, previous, current);
  const renamed = new Map(renames.methods.map((r) => [r.previous, r.current]));
  const paired = new Set<MethodEl>();
  for (const pm of previous.methods) {
    const cm = current.methodsByName.get(pm.name) ?? renamed.get(pm);
    if (cm === undefined) list.add("removed", pm, undefined);
    else {
      paired.add(cm);
      diffMethod(list, pm, cm, typeRenames);
    }
  }
  for (const cm of current.methods) if (!paired.has(cm)) list.add("added", undefined, cm);
}

function diffFile(list: ChangeList, previous: FileEl, current: FileEl): void {
  if (previous.package !== current.package) {
    list.add("changed", previous, current, "api", `package ${previous.package || "(none)"} → ${current.package || "(none)"}`);
  }
  if (previous.syntax !== current.syntax) list.add("changed", previous, current, "api", `syntax ${previous.syntax} → ${current.syntax}`);
  const was = previous.proto.options?.deprecated === true;
  const is = current.proto.options?.deprecated === true;
  deprecation(list, previous, current, was, is);
  options(list, FileOptionsSchema, previous, current, previous.proto.options, current.proto.options);
}

function ownFiles(image: Image): FileEl[] {
  return image.files.filter((f) => !f.isImport);
}

/**
 * Every change between the two versions of a comparison, breaking or not:
 * elements added, removed, renamed or moved (paired by name first, then by
 * structure as findRenames does), and what changed on the elements present
 * in both. Elements of a file that did not change are not looked at.
 */
export function listChanges(comparison: Comparison): Change[] {
  const { previous, current } = comparison;
  const renames = findRenames(comparison);
  const list = new ChangeList();
  const typeRenames = new Map<string, string>();
  for (const r of [...renames.messages, ...renames.enums]) typeRenames.set(r.previous.fullName, r.current.fullName);

  const movedFiles = new Map(renames.files.map((r) => [r.previous, r.current]));
  const movedTo = new Set(renames.files.map((r) => r.current));
  for (const f of ownFiles(previous)) {
    const cur = current.filesByPath.get(f.path) ?? movedFiles.get(f);
    if (cur === undefined) list.add("removed", f, undefined);
    else if (cur.path !== f.path) list.add("moved", f, cur);
    if (cur !== undefined && cur !== f) diffFile(list, f, cur);
  }
  for (const f of ownFiles(current)) if (!previous.filesByPath.has(f.path) && !movedTo.has(f)) list.add("added", undefined, f);

  const renamedMessages = new Map(renames.messages.map((r) => [r.previous, r]));
  const messagePairs: Pair<MessageEl>[] = [...comparison.messages];
  for (const m of previous.messagesByName.values()) {
    if (m.isMapEntry || m.file.isImport || current.messagesByName.has(m.fullName)) continue;
    const r = renamedMessages.get(m);
    if (r === undefined) list.add("removed", m, undefined);
    else {
      if (!r.implied) list.add(renamedOrMoved(m, r.current), m, r.current);
      messagePairs.push(r);
    }
  }
  const renamedTo = new Set(renames.messages.map((r) => r.current));
  for (const m of current.messagesByName.values()) {
    if (m.isMapEntry || m.file.isImport || previous.messagesByName.has(m.fullName) || renamedTo.has(m)) continue;
    list.add("added", undefined, m);
  }
  // A top-level element that kept its name but not its file moved (unless its whole file did).
  const movedAlone = (p: { readonly file: FileEl; readonly parent?: MessageEl | undefined }, c: { readonly file: FileEl }): boolean =>
    p.parent === undefined && p.file.path !== c.file.path && movedFiles.get(p.file) !== c.file;
  for (const pair of comparison.messages) if (movedAlone(pair.previous, pair.current)) list.add("moved", pair.previous, pair.current);
  for (const pair of comparison.enums) if (movedAlone(pair.previous, pair.current)) list.add("moved", pair.previous, pair.current);
  for (const pair of comparison.services) if (movedAlone(pair.previous, pair.current)) list.add("moved", pair.previous, pair.current);
  const renamedOneofs = new Map(renames.oneofs.map((r) => [r.previous, r.current]));
  for (const pair of messagePairs) {
    if (!pair.previous.isMapEntry) diffMessage(list, pair, typeRenames, renamedOneofs);
  }

  const renamedEnums = new Map(renames.enums.map((r) => [r.previous, r]));
  const enumPairs: Pair<EnumEl>[] = [...comparison.enums];
  for (const e of previous.enumsByName.values()) {
    if (e.file.isImport || current.enumsByName.has(e.fullName)) continue;
    const r = renamedEnums.get(e);
    if (r === undefined) list.add("removed", e, undefined);
    else {
      if (!r.implied) list.add(renamedOrMoved(e, r.current), e, r.current);
      enumPairs.push(r);
    }
  }
  const enumsTo = new Set(renames.enums.map((r) => r.current));
  for (const e of current.enumsByName.values()) {
    if (!e.file.isImport && !previous.enumsByName.has(e.fullName) && !enumsTo.has(e)) list.add("added", undefined, e);
  }
  for (const pair of enumPairs) diffEnum(list, pair, renames);

  const renamedServices = new Map(renames.services.map((r) => [r.previous, r]));
  const servicePairs: Pair<ServiceEl>[] = [...comparison.services];
  for (const s of previous.servicesByName.values()) {
    if (s.file.isImport || current.servicesByName.has(s.fullName)) continue;
    const r = renamedServices.get(s);
    if (r === undefined) list.add("removed", s, undefined);
    else {
      if (!r.implied) list.add(renamedOrMoved(s, r.current), s, r.current);
      servicePairs.push(r);
    }
  }
  const servicesTo = new Set(renames.services.map((r) => r.current));
  for (const s of current.servicesByName.values()) {
    if (!s.file.isImport && !previous.servicesByName.has(s.fullName) && !servicesTo.has(s)) list.add("added", undefined, s);
  }
  for (const pair of servicePairs) diffService(list, pair, typeRenames, renames);

  // Extensions by full name, then as findRenames pairs them (same extended message and number).
  const renamedExtensions = new Map(renames.extensions.map((r) => [r.previous, r.current]));
  const extensionsTo = new Set(renames.extensions.map((r) => r.current));
  const curExtensions = new Map(ownFiles(current).flatMap((f) => f.extensions.map((x) => [x.fullName, x] as const)));
  const prevNames = new Set<string>();
  for (const f of ownFiles(previous)) {
    for (const px of f.extensions) {
      prevNames.add(px.fullName);
      const renamedTo = renamedExtensions.get(px);
      const cx = renamedTo ?? curExtensions.get(px.fullName);
      if (cx === undefined || (renamedTo === undefined && extensionsTo.has(cx))) list.add("removed", px, undefined);
      else if (cx !== px) {
        if (cx.fullName !== px.fullName) list.add(renamedOrMoved(px, cx), px, cx);
        diffField(list, px, cx, typeRenames, false);
      }
    }
  }
  for (const [name, cx] of curExtensions) if (!prevNames.has(name) && !extensionsTo.has(cx)) list.add("added", undefined, cx);
  return list.changes;
}
