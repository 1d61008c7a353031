/**
 * Options: `option name = value;` statements and `[name = value, ...]` lists
 * after fields, enum values and ranges. Standard options are set in their
 * typed fields; custom ones stay uninterpreted, with an OptionRef for the
 * linker. Field defaults are parsed here too.
 */
import { create } from "@bufbuild/protobuf";
import type { DescMessage } from "@bufbuild/protobuf";
import { FieldDescriptorProto_Type } from "@bufbuild/protobuf/wkt";
import type { FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import { FLOAT, IDENT, INT, STRING } from "./lexer.js";
import type { Pos } from "./lexer.js";
import { cEscape, formatDouble, utf8Text } from "./text.js";
import { C_SEMI, C_RBRACKET, C_LPAREN, C_RPAREN, C_EQ, C_DOT, C_COMMA, C_MINUS } from "./parser-base.js";
import { OptionValueParser, fieldByName } from "./option-values.js";
import type { OptionRef, AggField, OptionsOwner, OptionValue } from "./parsed-file.js";
import { ext } from "./source-locations.js";
import type { LocHandle } from "./source-locations.js";
import { FIELD, UNINTERPRETED_OPTION } from "../model/source-path.js";

export abstract class OptionParser extends OptionValueParser {
  /** `option name = value;` inside a body; returns the next uninterpreted index. */
  protected parseOptionStatement(owner: OptionsOwner, basePath: number[], uninterpIdx: number, scope: readonly string[], optionsType: string): number {
    const lx = this.lx;
    const start = lx.here();
    lx.next();
    const stmtLoc = this.addLoc(ext(basePath), start, 0, 0);
    const result = this.parseOption(owner, basePath, uninterpIdx, scope, optionsType, start);
    if (!lx.isSym(C_SEMI)) this.expected('";"', "after option value");
    const endLine = lx.tokLine;
    const endCol = lx.tokEndCol;
    this.locs.setEnd(stmtLoc, endLine, endCol);
    if (!result.inner) this.locs.copySpan(stmtLoc, result.loc);
    this.endDecl(C_SEMI, result.loc, "after option value");
    return result.next;
  }

  /**
   * Parses `name = value` (the `option` keyword already consumed for
   * statements) and stores it. The returned location spans from `start` to
   * the value; statements widen it to the `;`.
   */
  protected parseOption(
    owner: OptionsOwner,
    basePath: readonly number[],
    uninterpIdx: number,
    scope: readonly string[],
    optionsType: string,
    start: Pos,
  ): { loc: LocHandle; next: number; inner: boolean } {
    const lx = this.lx;
    const parts: { name: string; isExtension: boolean; pos: Pos }[] = [];
    for (;;) {
      const pos = lx.here();
      if (lx.isSym(C_LPAREN)) {
        lx.next();
        const name = this.readDottedName("in option name", true);
        this.expectSym(C_RPAREN, "after extension name");
        parts.push({ name, isExtension: true, pos });
      } else {
        const name = this.expectIdent(parts.length === 0 ? 'after "option"' : "in option name");
        parts.push({ name, isExtension: false, pos });
      }
      if (!lx.isSym(C_DOT)) break;
      lx.next();
    }
    this.expectSym(C_EQ, "after option name");
    const value = this.readOptionValue();
    const opts = owner.get();
    const first = parts[0] as (typeof parts)[number];
    const innerSpan = first.pos.line === value.endLine ? [first.pos.line, first.pos.col, value.endCol] : [first.pos.line, first.pos.col, value.endLine, value.endCol];
    if (!parts.some((p) => p.isExtension)) {
      const r = this.setStandardOption(owner.schema, opts, parts, value, basePath);
      const loc = this.addLoc(r.path, start, value.endLine, value.endCol);
      if (r.message !== undefined && value.fields !== undefined) {
        this.locs.setSpan(loc, first.pos.line, first.pos.col, value.endLine, value.endCol);
        this.standardAggregateLocs(r.message, value.fields, r.path);
        return { loc, next: uninterpIdx, inner: true };
      }
      return { loc, next: uninterpIdx, inner: false };
    }
    if (!first.isExtension) {
      const f = fieldByName(owner.schema, first.name);
      if (f === undefined) this.fail(`unknown option "${first.name}"`, first.pos.line, first.pos.col);
    }
    const u = this.uninterpreted(parts, value);
    // Most elements have one custom option: a first push would reserve room for 16.
    if (opts.uninterpretedOption.length === 0) opts.uninterpretedOption = [u];
    else opts.uninterpretedOption.push(u);
    const loc = this.addLoc(ext(basePath, UNINTERPRETED_OPTION, uninterpIdx), start, value.endLine, value.endCol);
    const ref: OptionRef = { loc, basePath, optionsType, parts: parts.map((p) => ({ name: p.name, isExtension: p.isExtension })), scope, innerSpan };
    this.optionRefs.push(value.fields === undefined ? ref : { ...ref, aggregate: value.fields });
    return { loc, next: uninterpIdx + 1, inner: false };
  }

  /** Locations of the fields set inside a `{ ... }` value of a singular message-typed standard option. */
  protected standardAggregateLocs(schema: DescMessage, fields: readonly AggField[], base: readonly number[]): void {
    const counts = new Map<number, number>();
    for (const f of fields) {
      const fd = f.isExtension ? undefined : fieldByName(schema, f.name);
      if (fd === undefined) continue;
      const p = ext(base, fd.number);
      if (fd.fieldKind === "list" || fd.fieldKind === "map") {
        const n = counts.get(fd.number) ?? 0;
        counts.set(fd.number, n + 1);
        p.push(n);
      } else if (fd.fieldKind === "message" && f.value.kind === "message") {
        this.standardAggregateLocs(fd.message, f.value.fields, p);
        continue;
      }
      this.locs.addExtra(p, f.span);
    }
  }

  /** Sets a standard (non-extension) option; returns its source path. */
  protected setStandardOption(
    schema: DescMessage,
    opts: Record<string, unknown>,
    parts: readonly { name: string; pos: Pos }[],
    value: OptionValue,
    basePath: readonly number[],
  ): { path: number[]; message: DescMessage | undefined } {
    const path = ext(basePath);
    let singularMessage: DescMessage | undefined;
    let msgSchema = schema;
    let target = opts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as (typeof parts)[number];
      const f = fieldByName(msgSchema, part.name);
      if (f === undefined || part.name === "uninterpreted_option") {
        const owner = i === 0 ? "" : ` in ${msgSchema.typeName}`;
        this.fail(`unknown option "${parts.slice(0, i + 1).map((p) => p.name).join(".")}"${owner}`, part.pos.line, part.pos.col);
      }
      path.push(f.number);
      const last = i === parts.length - 1;
      if (!last) {
        if (f.fieldKind !== "message") this.fail(`option "${part.name}" is not a message and has no field "${(parts[i + 1] as { name: string }).name}"`, part.pos.line, part.pos.col);
        let sub = target[f.localName] as Record<string, unknown> | undefined;
        if (sub === undefined) {
          sub = create(f.message);
          target[f.localName] = sub;
        }
        target = sub;
        msgSchema = f.message;
        continue;
      }
      const name = parts.map((p) => p.name).join(".");
      if (f.fieldKind === "list") {
        const list = target[f.localName] as unknown[];
        path.push(list.length);
        if (f.listKind === "enum") list.push(this.enumOptionValue(f.enum.values, name, value));
        else if (f.listKind === "scalar") list.push(this.scalarOptionValue(f.scalar, name, value));
        else if (value.kind === "aggregate") list.push(this.aggregateMessage(f.message, value));
        else this.optionTypeError(name, "a message value in braces", value);
      } else if (f.fieldKind === "enum") {
        target[f.localName] = this.enumOptionValue(f.enum.values, name, value);
      } else if (f.fieldKind === "scalar") {
        target[f.localName] = this.scalarOptionValue(f.scalar, name, value);
      } else if (f.fieldKind === "message") {
        if (value.kind !== "aggregate") this.optionTypeError(name, "a message value in braces", value);
        target[f.localName] = this.aggregateMessage(f.message, value);
        singularMessage = f.message;
      } else {
        this.fail(`option "${name}" cannot be set here`, part.pos.line, part.pos.col);
      }
    }
    return { path, message: singularMessage };
  }

  /** `[opt = v, ...]` after a field, enum value or extension range. Returns true when any real option was set. */
  protected parseCompactOptions(owner: OptionsOwner, path: readonly number[], scope: readonly string[], optionsType: string, field?: FieldDescriptorProto, fieldPath?: readonly number[], fieldType?: FieldDescriptorProto_Type  ): void {
    const lx = this.lx;
    const open = lx.here();
    lx.next();

    let any = false;
    let uninterp = 0;
    for (;;) {
      const start = lx.here();
      if (field !== undefined && lx.is("default")) {
        if (this.syntax === "proto3") this.fail("default values are not allowed in proto3");
        lx.next();
        this.expectSym(C_EQ, 'after "default"');
        this.parseDefault(field, fieldType);
        this.locToPrev((fieldPath as number[]), start, FIELD.defaultValue);
      } else if (field !== undefined && lx.is("json_name")) {
        lx.next();
        this.expectSym(C_EQ, 'after "json_name"');
        if (lx.kind !== STRING) this.expected("a string", 'after "json_name ="');
        field.jsonName = this.readString();
        this.locToPrev((fieldPath as number[]), start, FIELD.jsonName);
      } else {
        any = true;
        const r = this.parseOption(owner, path, uninterp, scope, optionsType, start);
        uninterp = r.next;
      }
      if (lx.isSym(C_COMMA)) {
        lx.next();
        continue;
      }
      if (!lx.isSym(C_RBRACKET)) this.expected('"," or "]"', "in options");
      lx.next();
      break;
    }
    if (any) this.locToPrev(path, open);
  }

  protected parseDefault(field: FieldDescriptorProto, type: FieldDescriptorProto_Type | undefined): void {
    const lx = this.lx;
    const start = lx.here();
    let neg = false;
    if (lx.isSym(C_MINUS)) {
      neg = true;
      lx.next();
    }
    const T = FieldDescriptorProto_Type;
    switch (type) {
      case T.STRING:
        if (neg || lx.kind !== STRING) this.expected("a string", "for default value");
        field.defaultValue = utf8Text(this.readStringBytes());
        return;
      case T.BYTES:
        if (neg || lx.kind !== STRING) this.expected("a string", "for default value");
        field.defaultValue = cEscape(this.readStringBytes());
        return;
      case T.BOOL:
        if (neg || !(lx.is("true") || lx.is("false"))) this.expected("true or false", "for default value");
        field.defaultValue = lx.text();
        lx.next();
        return;
      case T.FLOAT:
      case T.DOUBLE: {
        let v: number;
        if (lx.kind === INT) {
          const t = lx.text();
          if (t.length > 1 && t.charCodeAt(0) === 48) this.fail("unsupported base for floating-point literal");
          v = Number(t);
        } else if (lx.kind === FLOAT) v = Number(lx.text());
        else if (lx.is("inf") || lx.is("nan")) v = lx.is("inf") ? Infinity : NaN;
        else this.expected("a number", "for default value");
        lx.next();
        if (neg) v = -v;
        if (type === T.FLOAT) v = Math.fround(v);
        field.defaultValue = formatDouble(v);
        return;
      }
      case T.INT32:
      case T.SINT32:
      case T.SFIXED32:
      case T.INT64:
      case T.SINT64:
      case T.SFIXED64:
      case T.UINT32:
      case T.FIXED32:
      case T.UINT64:
      case T.FIXED64: {
        if (lx.kind !== INT) this.expected("an integer", "for default value");
        let n = this.bigIntValue();
        if (neg) n = -n;
        const is64 = type === T.INT64 || type === T.SINT64 || type === T.SFIXED64 || type === T.UINT64 || type === T.FIXED64;
        const unsigned = type === T.UINT32 || type === T.FIXED32 || type === T.UINT64 || type === T.FIXED64;
        const min = unsigned ? 0n : is64 ? -(2n ** 63n) : -(2n ** 31n);
        const max = unsigned ? (is64 ? 2n ** 64n - 1n : 2n ** 32n - 1n) : is64 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
        if (n < min || n > max) this.fail("default value out of range for the field's type", start.line, start.col);
        lx.next();
        field.defaultValue = n.toString();
        return;
      }
      case T.GROUP:
      case T.MESSAGE:
        this.fail("messages cannot have default values");
      // falls through (unreachable)
      default:
        // Named type, resolved later: an enum value name.
        if (neg || lx.kind !== IDENT) this.expected("an enum value name", "for default value");
        field.defaultValue = lx.text();
        lx.next();
    }
  }
}
