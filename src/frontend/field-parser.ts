/**
 * Fields (plain, map and group), reserved ranges and names, and extension
 * ranges.
 */
import { create } from "@bufbuild/protobuf";
import {
  DescriptorProto_ExtensionRangeSchema,
  DescriptorProto_ReservedRangeSchema,
  DescriptorProtoSchema,
  EnumDescriptorProto_EnumReservedRangeSchema,
  ExtensionRangeOptionsSchema,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldDescriptorProtoSchema,
  FieldOptionsSchema,
} from "@bufbuild/protobuf/wkt";
import type { DescriptorProto, EnumDescriptorProto, FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import { IDENT, STRING } from "./lexer.js";
import type { Pos } from "./lexer.js";
import { jsonName, mapEntryName } from "./text.js";
import { SCALAR_TYPES, MAX_FIELD_NUMBER, MAX_ENUM_NUMBER, C_SEMI, C_LBRACE, C_LBRACKET, C_EQ, C_DOT, C_COMMA, C_LT, C_GT } from "./parser-base.js";
import { newField, newFieldOptions } from "./made.js";
import { OptionParser } from "./option-parser.js";
import type { OptionsOwner, FieldSink } from "./parsed-file.js";
import { ext } from "./source-locations.js";
import type { LocHandle } from "./source-locations.js";
import { ENUM, FIELD, MESSAGE, RANGE } from "../model/source-path.js";

export abstract class FieldParser extends OptionParser {
  /** A message body up to its closing brace (a group's body is one). */
  protected abstract parseMessageBody(msg: DescriptorProto, path: number[], scope: readonly string[]): void;

  protected parseField(sink: FieldSink, start: Pos): void {
    const lx = this.lx;
    const field = newField();
    const index = sink.fields.length;
    const path = ext(sink.fieldPath, index);
    sink.fields.push(field);
    const fieldLoc = this.addLoc(path, start, 0, 0);
    const syntax = this.syntax;
    const L = FieldDescriptorProto_Label;

    // Label.
    let label: FieldDescriptorProto_Label | undefined;
    let labelTok: Pos | undefined;
    if (lx.is("optional") || lx.is("required") || lx.is("repeated")) {
      const word = lx.text();
      labelTok = lx.here();
      lx.next();
      if (word === "repeated") label = L.REPEATED;
      else if (word === "required") {
        if (syntax === "proto3") this.fail("required fields are not allowed in proto3", labelTok.line, labelTok.col);
        if (syntax === "editions") this.fail('label "required" is not allowed in editions; use features.field_presence = LEGACY_REQUIRED', labelTok.line, labelTok.col);
        label = L.REQUIRED;
      } else {
        if (syntax === "editions") this.fail('label "optional" is not allowed in editions; use features.field_presence', labelTok.line, labelTok.col);
        label = L.OPTIONAL;
        if (syntax === "proto3") field.proto3Optional = true;
      }
      this.tokenLoc(path, labelTok, FIELD.label);
    }
    if (sink.extendee !== undefined && label === L.REQUIRED) this.fail("extensions cannot be required", start.line, start.col);

    // Type.
    const typeStart = lx.here();
    let scalar: FieldDescriptorProto_Type | undefined;
    let typeName: string | undefined;
    let isGroup = false;
    let isMap = false;
    let mapKey: { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos } | undefined;
    let mapValue: { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos } | undefined;
    if (lx.is("group") && syntax !== "editions") {
      lx.next();
      if (lx.kind === IDENT) {
        isGroup = true;
        if (syntax === "proto3") this.fail("groups are not allowed in proto3", typeStart.line, typeStart.col);
      } else {
        typeName = "group";
      }
    } else if (lx.is("map")) {
      lx.next();
      if (lx.isSym(C_LT)) {
        isMap = true;
        if (label !== undefined) this.fail("map fields cannot have labels", (labelTok as Pos).line, (labelTok as Pos).col);
        if (sink.oneofIndex !== undefined) this.fail("map fields are not allowed in oneofs", typeStart.line, typeStart.col);
        if (sink.extendee !== undefined) this.fail("map fields are not allowed in extensions", typeStart.line, typeStart.col);
        lx.next();
        mapKey = this.readTypeRef("map key type");
        this.expectSym(C_COMMA, "after map key type");
        mapValue = this.readTypeRef("map value type");
        this.expectSym(C_GT, "after map value type");
      } else if (lx.isSym(C_DOT)) {
        lx.next();
        typeName = "map." + this.readDottedName("in type name", false);
      } else {
        typeName = "map";
      }
    } else {
      const t = this.readTypeRef("field type");
      if (t.scalar !== undefined) scalar = t.scalar;
      else typeName = t.name;
    }
    const typeEndLine = lx.prevLine;
    const typeEndCol = lx.prevEndCol;
    if (!isGroup && label === undefined && !isMap && syntax === "proto2" && sink.oneofIndex === undefined) {
      this.fail("proto2 fields must have a label (optional, required or repeated)", typeStart.line, typeStart.col);
    }

    // Name and number.
    const nameTok = lx.here();
    const name = this.expectIdent(isGroup ? 'after "group"' : "after field type");
    if (isGroup) {
      const c = name.charCodeAt(0);
      if (c < 65 || c > 90) this.fail("group names must start with a capital letter", nameTok.line, nameTok.col);
    }
    this.expectSym(C_EQ, "after field name");
    const numberTok = lx.here();
    const num = this.readInt(1, MAX_FIELD_NUMBER, "field number");
    field.name = isGroup ? name.toLowerCase() : name;
    field.number = num.value;
    if (num.value >= 19000 && num.value <= 19999) {
      this.fail(`field number ${num.value} is in the range 19000 to 19999, reserved for the protobuf implementation`, numberTok.line, numberTok.col);
    }

    field.label = isMap ? L.REPEATED : (label ?? L.OPTIONAL);
    if (sink.oneofIndex !== undefined) field.oneofIndex = sink.oneofIndex;
    if (sink.extendee !== undefined) {
      field.extendee = sink.extendee.name;
      const e = sink.extendee;
      this.addLoc(path, e.start, e.end.line, e.end.col, FIELD.extendee);
      this.refs.push({ kind: "extendee", target: field, name: e.name, scope: sink.scope, line: e.start.line + 1, column: e.start.col + 1 });
    }
    if (scalar !== undefined) {
      field.type = scalar;
      this.addLoc(path, typeStart, typeEndLine, typeEndCol, FIELD.type);
    } else {
      this.addLoc(path, typeStart, typeEndLine, typeEndCol, FIELD.typeName);
    }
    this.tokenLoc(path, nameTok, FIELD.name);
    this.tokenLoc(path, numberTok, FIELD.number);

    // Options.
    if (lx.isSym(C_LBRACKET)) {
      const owner: OptionsOwner = { schema: FieldOptionsSchema, get: () => (field.options ??= newFieldOptions()) };
      this.parseCompactOptions(owner, ext(path, FIELD.options), sink.scope, "google.protobuf.FieldOptions", field, path, isGroup ? FieldDescriptorProto_Type.GROUP : scalar);
    }
    if (!Object.hasOwn(field, "jsonName")) field.jsonName = jsonName(field.name);
    else if (sink.extendee !== undefined) this.fail("json_name cannot be set on extension fields", start.line, start.col);

    if (isGroup) {
      field.type = FieldDescriptorProto_Type.GROUP;
      field.typeName = name;
      const group = create(DescriptorProtoSchema, { name });
      const gIndex = sink.nested.length;
      sink.nested.push(group);
      const gPath = ext(sink.nestedPath, gIndex);
      const gLoc = this.addLoc(gPath, start, 0, 0);
      this.tokenLoc(gPath, nameTok, MESSAGE.name);
      this.refs.push({ kind: "type", target: field, name, scope: sink.scope, line: nameTok.line + 1, column: nameTok.col + 1 });
      if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after group field number");
      this.endDecl(C_LBRACE, gLoc, "");
      this.parseMessageBody(group, gPath, [...sink.scope, name]);
      this.endAtPrev(gLoc);
      this.endAtPrev(fieldLoc);
      return;
    }
    if (isMap) {
      const entryName = mapEntryName(name);
      const entry = create(DescriptorProtoSchema, { name: entryName, options: { mapEntry: true } });
      const k = this.mapEntryField("key", 1, mapKey as NonNullable<typeof mapKey>, [...sink.scope, entryName]);
      const v = this.mapEntryField("value", 2, mapValue as NonNullable<typeof mapValue>, [...sink.scope, entryName]);
      if (k.type === FieldDescriptorProto_Type.FLOAT || k.type === FieldDescriptorProto_Type.DOUBLE || k.type === FieldDescriptorProto_Type.BYTES || Object.hasOwn(k, "typeName")) {
        const kp = (mapKey as NonNullable<typeof mapKey>).pos;
        this.fail("map keys must be integral, bool or string types", kp.line, kp.col);
      }
      // Like buf, the map field's features apply to the entry's key and value.
      const features = field.options?.features;
      const customFeatures = field.options?.uninterpretedOption.filter((u) => u.name[0]?.namePart === "features" && !u.name[0].isExtension) ?? [];
      if (features !== undefined || customFeatures.length > 0) {
        for (const f of [k, v]) {
          const o = create(FieldOptionsSchema);
          if (features !== undefined) o.features = features;
          o.uninterpretedOption = customFeatures;
          f.options = o;
        }
      }
      entry.field.push(k, v);
      sink.nested.push(entry);
      field.typeName = entryName;
      this.refs.push({ kind: "type", target: field, name: entryName, scope: sink.scope, line: typeStart.line + 1, column: typeStart.col + 1 });
    } else if (typeName !== undefined) {
      field.typeName = typeName;
      this.refs.push({ kind: "type", target: field, name: typeName, scope: sink.scope, line: typeStart.line + 1, column: typeStart.col + 1 });
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after field declaration");
    this.endAtTok(fieldLoc);
    this.endDecl(C_SEMI, fieldLoc, "after field declaration");
  }

  protected mapEntryField(name: string, number: number, t: { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos }, scope: readonly string[]): FieldDescriptorProto {
    const f = create(FieldDescriptorProtoSchema, { name, number, label: FieldDescriptorProto_Label.OPTIONAL, jsonName: name });
    if (t.scalar !== undefined) f.type = t.scalar;
    else {
      f.typeName = t.name as string;
      this.refs.push({ kind: "type", target: f, name: t.name as string, scope, line: t.pos.line + 1, column: t.pos.col + 1 });
    }
    return f;
  }

  /** A scalar type keyword or a (possibly qualified) message or enum name. */
  protected readTypeRef(context: string): { scalar?: FieldDescriptorProto_Type; name?: string; pos: Pos } {
    const lx = this.lx;
    const pos = lx.here();
    if (lx.kind === IDENT) {
      const t = lx.text();
      const s = SCALAR_TYPES[t];
      if (s !== undefined) {
        lx.next();
        if (!lx.isSym(C_DOT)) return { scalar: s, pos };
        lx.next();
        return { name: t + "." + this.readDottedName("in type name", false), pos };
      }
    } else if (!lx.isSym(C_DOT)) {
      this.expected("a type name", `for ${context}`);
    }
    return { name: this.readDottedName(`for ${context}`, true), pos };
  }

  protected parseReserved(ownerPath: number[], rangeIdx: number, nameIdx: number, start: Pos, isEnum: boolean, target: DescriptorProto | EnumDescriptorProto): { range: number; name: number } {
    const lx = this.lx;
    lx.next();
    const rangeTag = isEnum ? ENUM.reservedRange : MESSAGE.reservedRange;
    const nameTag = isEnum ? ENUM.reservedName : MESSAGE.reservedName;
    if (lx.kind === STRING || (lx.kind === IDENT && this.syntax === "editions")) {
      const stmt = this.addLoc(ext(ownerPath, nameTag), start, 0, 0);
      const useIdent = lx.kind === IDENT;
      for (;;) {
        const tok = lx.here();
        let name: string;
        if (useIdent) {
          if (lx.kind !== IDENT) this.expected("an identifier", "in reserved names");
          name = lx.text();
          lx.next();
        } else {
          if (lx.kind !== STRING) {
            if (lx.isKind(IDENT) && this.syntax !== "editions") this.fail(`reserved names must be quoted strings before editions (use "${lx.text()}")`);
            this.expected("a quoted name", "in reserved names");
          }
          name = this.readString();
        }
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) this.fail(`reserved name ${JSON.stringify(name)} is not a valid identifier`, tok.line, tok.col);
        target.reservedName.push(name);
        this.locToPrev(ext(ownerPath, nameTag, nameIdx++), tok);
        if (!lx.isSym(C_COMMA)) break;
        lx.next();
      }
      if (!lx.isSym(C_SEMI)) this.expected('";"', "after reserved names");
      this.endAtTok(stmt);
      this.endDecl(C_SEMI, stmt, "");
      return { range: rangeIdx, name: nameIdx };
    }
    if (lx.kind === IDENT) this.fail(`reserved names must be quoted strings before editions (use "${lx.text()}")`);
    const stmt = this.addLoc(ext(ownerPath, rangeTag), start, 0, 0);
    const min = isEnum ? -2147483648 : 1;
    const max = isEnum ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER;
    for (;;) {
      const rstart = lx.here();
      const lo = this.readInt(min, max, isEnum ? "reserved enum value" : "reserved field number");
      const loEndLine = lx.prevLine;
      const loEndCol = lx.prevEndCol;
      let hi = lo.value;
      const rPath = ext(ownerPath, rangeTag, rangeIdx++);
      const rLoc = this.addLoc(rPath, rstart, 0, 0);
      this.addLoc(rPath, rstart, loEndLine, loEndCol, RANGE.start);
      if (lx.is("to")) {
        lx.next();
        const hiStart = lx.here();
        if (lx.is("max")) {
          hi = max;
          lx.next();
        } else {
          hi = this.readInt(min, max, isEnum ? "reserved enum value" : "reserved field number").value;
        }
        this.locToPrev(rPath, hiStart, RANGE.end);
        if (hi < lo.value) this.fail(`reserved range ${lo.value} to ${hi}: end is before start`, rstart.line, rstart.col);
      } else {
        this.addLoc(rPath, rstart, loEndLine, loEndCol, RANGE.end);
      }
      this.endAtPrev(rLoc);
      if (isEnum) {
        (target as EnumDescriptorProto).reservedRange.push(create(EnumDescriptorProto_EnumReservedRangeSchema, { start: lo.value, end: hi }));
      } else {
        (target as DescriptorProto).reservedRange.push(create(DescriptorProto_ReservedRangeSchema, { start: lo.value, end: hi + 1 }));
      }
      if (!lx.isSym(C_COMMA)) break;
      lx.next();
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after reserved range");
    this.endAtTok(stmt);
    this.endDecl(C_SEMI, stmt, "");
    return { range: rangeIdx, name: nameIdx };
  }

  protected parseExtensions(msg: DescriptorProto, msgPath: number[], rangeIdx: number, scope: readonly string[], start: Pos): number {
    const lx = this.lx;
    lx.next();
    if (this.syntax === "proto3") this.fail("extension ranges are not allowed in proto3", start.line, start.col);
    const firstIdx = rangeIdx;
    const stmtLocs: LocHandle[] = [];
    const ranges: { lo: number; hi: number }[] = [];
    for (;;) {
      const rstart = lx.here();
      stmtLocs.push(this.addLoc(msgPath, start, 0, 0, MESSAGE.extensionRange));
      const lo = this.readInt(1, MAX_FIELD_NUMBER, "extension number");
      const loEndLine = lx.prevLine;
      const loEndCol = lx.prevEndCol;
      let hi = lo.value;
      let isMax = false;
      const rPath = ext(msgPath, MESSAGE.extensionRange, rangeIdx++);
      const rLoc = this.addLoc(rPath, rstart, 0, 0);
      this.addLoc(rPath, rstart, loEndLine, loEndCol, RANGE.start);
      if (lx.is("to")) {
        lx.next();
        const hiStart = lx.here();
        if (lx.is("max")) {
          isMax = true;
          hi = MAX_FIELD_NUMBER;
          lx.next();
        } else {
          hi = this.readInt(1, MAX_FIELD_NUMBER, "extension number").value;
        }
        this.locToPrev(rPath, hiStart, RANGE.end);
        if (hi < lo.value) this.fail(`extension range ${lo.value} to ${hi}: end is before start`, rstart.line, rstart.col);
      } else {
        this.addLoc(rPath, rstart, loEndLine, loEndCol, RANGE.end);
      }
      this.endAtPrev(rLoc);
      ranges.push({ lo: lo.value, hi: isMax ? -2 : hi });
      if (!lx.isSym(C_COMMA)) break;
      lx.next();
    }
    const created = ranges.map((r) => {
      const er = create(DescriptorProto_ExtensionRangeSchema, { start: r.lo, end: r.hi === -2 ? -1 : r.hi + 1 });
      msg.extensionRange.push(er);
      return er;
    });
    if (lx.isSym(C_LBRACKET)) {
      // Parse once into the first range, then copy to the others with their own paths.
      const optsStart = this.locs.length;
      const extraStart = this.locs.extra.length;
      const first = created[0] as (typeof created)[number];
      const owner: OptionsOwner = { schema: ExtensionRangeOptionsSchema, get: () => (first.options ??= create(ExtensionRangeOptionsSchema)) };
      const optRefStart = this.optionRefs.length;
      this.parseCompactOptions(owner, ext(msgPath, MESSAGE.extensionRange, firstIdx, RANGE.options), scope, "google.protobuf.ExtensionRangeOptions");
      const optLocs = this.locs.handlesSince(optsStart);
      const newRefs = this.optionRefs.slice(optRefStart);
      const extraLocs = this.locs.extra.slice(extraStart);
      for (let i = 1; i < created.length; i++) {
        const er = created[i] as (typeof created)[number];
        if (first.options !== undefined) er.options = first.options;
        const idx = firstIdx + i;
        // The index after MESSAGE.extensionRange in the copied paths.
        const basePrefixLen = msgPath.length + 2;
        const remap = (p: readonly number[]): number[] => {
          const q = ext(p);
          q[basePrefixLen - 1] = idx;
          return q;
        };
        const copies = new Map<LocHandle, LocHandle>();
        for (const h of optLocs) {
          const sp = this.locs.span(h);
          const c = this.locs.add(remap(this.locs.path(h)), sp[0] as number, sp[1] as number, sp.length === 4 ? (sp[2] as number) : (sp[0] as number), sp[sp.length - 1] as number);
          copies.set(h, c);
        }
        for (const l of extraLocs) this.locs.addExtra(remap(l.path), l.span);
        for (const r of newRefs) {
          const c = copies.get(r.loc) as LocHandle;
          this.optionRefs.push({ ...r, loc: c, basePath: remap(r.basePath) });
        }
      }
    }
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after extension range");
    for (const l of stmtLocs) this.endAtTok(l);
    this.endDecl(C_SEMI, stmtLocs[0] as LocHandle, "");
    return rangeIdx;
  }
}
