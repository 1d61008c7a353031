/**
 * Recursive-descent parser: `.proto` text to an unlinked FileDescriptorProto
 * plus its source locations.
 *
 * Type names stay as written (the linker resolves them through `refs`);
 * custom options stay uninterpreted (the linker only computes their source
 * paths through `optionRefs`). Everything else protoc's parser fills is filled
 * here, in protoc's canonical form.
 *
 * This file holds the grammar of files, messages, oneofs, extend blocks,
 * enums and services; it builds on field-parser.ts (fields and ranges),
 * option-parser.ts and option-values.ts (options), and parser-base.ts
 * (tokens, locations, literals).
 */
import { create } from "@bufbuild/protobuf";
import {
  DescriptorProtoSchema,
  Edition,
  EnumDescriptorProtoSchema,
  EnumOptionsSchema,
  EnumValueOptionsSchema,
  FileOptionsSchema,
  MessageOptionsSchema,
  MethodOptionsSchema,
  OneofOptionsSchema,
  ServiceOptionsSchema,
  SymbolVisibility,
} from "@bufbuild/protobuf/wkt";
import type { DescriptorProto, EnumDescriptorProto, FieldDescriptorProto, MethodDescriptorProto } from "@bufbuild/protobuf/wkt";
import { attributeComments } from "./comments.js";
import { CompileError } from "./errors.js";
import { EOF, IDENT, LexError, STRING } from "./lexer.js";
import type { Pos } from "./lexer.js";
import { LiteralError } from "./text.js";
import {
  MAX_FIELD_NUMBER,
  MAX_NESTING,
  MAX_ENUM_NUMBER,
  C_SEMI,
  C_LBRACE,
  C_RBRACE,
  C_LBRACKET,
  C_LPAREN,
  C_RPAREN,
  C_EQ,
  C_DOT,
} from "./parser-base.js";
import { FieldParser } from "./field-parser.js";
import {
  newEnum,
  newEnumOptions,
  newEnumValue,
  newEnumValueOptions,
  newFileOptions,
  newMessage,
  newMessageOptions,
  newMethod,
  newMethodOptions,
  newOneof,
  newOneofOptions,
  newService,
  newServiceOptions,
} from "./made.js";
import type { ImportDecl, ParseAgain, ParsedFile, OptionsOwner, FieldSink } from "./parsed-file.js";
import { ext } from "./source-locations.js";
import { ENUM, ENUM_VALUE, FILE, MESSAGE, METHOD, ONEOF, SERVICE } from "../model/source-path.js";

/** What a parse for the tape only leaves in place of a top-level message or enum (see ParseAgain). */
const DROPPED_MESSAGE: DescriptorProto = create(DescriptorProtoSchema);
const DROPPED_ENUM: EnumDescriptorProto = create(EnumDescriptorProtoSchema);

/**
 * Parses one file. Throws CompileError. Without `locations`, the file's
 * source locations and comments are not recorded (its errors are the same).
 * `ascii`, the bytes of the text when it is ASCII, lets the descriptors keep
 * names of their own instead of slices of the text. `again`, what a first
 * parse of the same text found, sizes the tape and may ask for the tape only
 * (then the descriptors returned are incomplete).
 */
export function parseFile(path: string, text: string, plainColumns = false, locations = true, ascii?: Uint8Array, again?: ParseAgain): ParsedFile {
  const p = new Parser(path, text, plainColumns, locations, ascii, again);
  try {
    return p.parse();
  } catch (e) {
    if (e instanceof LexError || e instanceof LiteralError) {
      const lc = p.lx.lineCol(e.offset);
      throw new CompileError(path, lc.line, lc.column, e.message);
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new CompileError(path, p.lx.tokLine + 1, p.lx.tokCol + 1, "declarations are nested too deeply");
    }
    throw e;
  }
}

class Parser extends FieldParser {
  parse(): ParsedFile {
    const lx = this.lx;
    const file = this.file;
    lx.next();
    if (this.locs.recording) {
      const next = lx.kind === EOF ? -1 : this.src.charCodeAt(lx.start);
      const first = attributeComments(this.src, 0, lx.start, true, next);
      const g = this.locs.gap(0, lx.start, true, next, first);
      this.pendingLeading = first.leading === undefined ? -1 : g;
      this.pendingDetached = first.detached.length > 0 ? [g] : [];
    }
    const rootStart = lx.here();
    const root = this.locs.add([], 0, 0, 0, 0);

    if (lx.is("syntax") || lx.is("edition")) this.parseSyntax();

    let enumIdx = 0;
    let svcIdx = 0;
    let optIdx = 0;
    const owner: OptionsOwner = {
      schema: FileOptionsSchema,
      get: () => (file.options ??= newFileOptions()) };
    let sawPackage = false;
    while (lx.kind !== EOF) {
      if (lx.kind === IDENT) {
        const start = lx.here();
        if (lx.is("message")) {
          this.parseMessage(file.messageType, [FILE.messageType, file.messageType.length], [], start, SymbolVisibility.VISIBILITY_UNSET);
          this.dropParsed();
          continue;
        }
        if (lx.is("enum")) {
          this.parseEnum(file.enumType, [FILE.enumType, enumIdx++], [], start, SymbolVisibility.VISIBILITY_UNSET);
          this.dropParsed();
          continue;
        }
        if (lx.is("service")) {
          this.parseService([FILE.service, svcIdx++], start);
          continue;
        }
        if (lx.is("extend")) {
          this.parseExtend(file.extension, [FILE.extension], file.messageType, [FILE.messageType], []);
          continue;
        }
        if (lx.is("import")) {
          this.parseImport(start);
          continue;
        }
        if (lx.is("package")) {
          if (sawPackage) this.fail("multiple package statements");
          sawPackage = true;
          this.parsePackage(start);
          continue;
        }
        if (lx.is("option")) {
          optIdx = this.parseOptionStatement(owner, [FILE.options], optIdx, [], "google.protobuf.FileOptions");
          continue;
        }
        if ((lx.is("export") || lx.is("local")) && this.edition >= Edition.EDITION_2024) {
          const vis = lx.is("export") ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
          lx.next();
          // buf's span starts at the keyword after the modifier.
          const kw = lx.here();
          if (lx.is("message")) this.parseMessage(file.messageType, [FILE.messageType, file.messageType.length], [], kw, vis);
          else if (lx.is("enum")) this.parseEnum(file.enumType, [FILE.enumType, enumIdx++], [], kw, vis);
          else this.expected('"message" or "enum"', "after visibility modifier");
          this.dropParsed();
          continue;
        }
        if (lx.is("syntax") || lx.is("edition")) this.fail(`the ${lx.text()} statement must be the first statement in the file`);
      } else if (this.tryEndDecl(C_SEMI, null)) {
        continue;
      }
      this.expected("a top-level declaration (message, enum, service, extend, import, package, option)", "");
    }
    if (lx.prevEnd > 0) this.locs.setSpan(root, rootStart.line, rootStart.col, lx.prevLine, lx.prevEndCol);
    this.locs.trim();
    if (this.syntax === "proto3") file.syntax = "proto3";
    else if (this.syntax === "editions") {
      file.syntax = "editions";
      file.edition = this.edition;
    }
    return { proto: file, locs: this.locs, refs: this.refs, optionRefs: this.optionRefs, imports: this.imports, syntax: this.syntax };
  }

  /**
   * In a parse for the tape only, drops the top-level message or enum just
   * parsed (its slot stays, for the paths of the next ones) and the type
   * names it asked to resolve.
   */
  private dropParsed(): void {
    if (!this.tapeOnly) return;
    const file = this.file;
    const m = file.messageType.length - 1;
    if (m >= 0 && file.messageType[m] !== DROPPED_MESSAGE) file.messageType[m] = DROPPED_MESSAGE;
    const e = file.enumType.length - 1;
    if (e >= 0 && file.enumType[e] !== DROPPED_ENUM) file.enumType[e] = DROPPED_ENUM;
    this.refs.length = 0;
  }

  private parseSyntax(): void {
    const lx = this.lx;
    const start = lx.here();
    const isEdition = lx.is("edition");
    lx.next();
    this.expectSym(C_EQ, isEdition ? 'after "edition"' : 'after "syntax"');
    const valueStart = lx.here();
    if (lx.kind !== STRING) this.expected("a quoted string", isEdition ? 'after "edition ="' : 'after "syntax ="');
    const value = this.readString();
    if (isEdition) {
      if (value === "2023") this.edition = Edition.EDITION_2023;
      else if (value === "2024") this.edition = Edition.EDITION_2024;
      else this.fail(`unknown edition ${JSON.stringify(value)} (supported: "2023", "2024")`, valueStart.line, valueStart.col);
      this.syntax = "editions";
    } else if (value === "proto2") {
      this.syntax = "proto2";
    } else if (value === "proto3") {
      this.syntax = "proto3";
    } else {
      this.fail(`unknown syntax ${JSON.stringify(value)} (expected "proto2" or "proto3")`, valueStart.line, valueStart.col);
    }
    this.locToPrevAfterEnd([FILE.syntax], start, "after the syntax statement");
  }

  private parsePackage(start: Pos): void {
    const lx = this.lx;
    lx.next();
    const name = this.readDottedName('after "package"', false);
    this.file.package = name;
    this.locToPrevAfterEnd([FILE.package], start, "after package name");
  }

  private parseImport(start: Pos): void {
    const lx = this.lx;
    lx.next();
    let kind: ImportDecl["kind"] = "normal";
    let kwTok: Pos | undefined;
    if (lx.is("public") || lx.is("weak") || (lx.is("option") && this.edition >= Edition.EDITION_2024)) {
      kind = lx.is("public") ? "public" : lx.is("weak") ? "weak" : "option";
      kwTok = lx.here();
      lx.next();
    }
    if (lx.kind !== STRING) this.expected("a quoted file name", 'after "import"');
    const path = this.readString();
    const file = this.file;
    if (kind === "option") {
      file.optionDependency.push(path);
      this.locToPrevAfterEnd([FILE.optionDependency, file.optionDependency.length - 1], start, "after import");
    } else {
      const idx = file.dependency.length;
      file.dependency.push(path);
      if (kind === "public") {
        file.publicDependency.push(idx);
        this.tokenLoc([FILE.publicDependency, file.publicDependency.length - 1], kwTok as Pos);
      } else if (kind === "weak") {
        file.weakDependency.push(idx);
        this.tokenLoc([FILE.weakDependency, file.weakDependency.length - 1], kwTok as Pos);
      }
      this.locToPrevAfterEnd([FILE.dependency, idx], start, "after import");
    }
    this.imports.push({ path, line: start.line + 1, column: start.col + 1, kind });
  }

  private parseMessage(into: DescriptorProto[], path: number[], scope: readonly string[], start: Pos, visibility: SymbolVisibility): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "message"');
    const msg = newMessage(name);
    if (visibility !== SymbolVisibility.VISIBILITY_UNSET) msg.visibility = visibility;
    into.push(msg);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, MESSAGE.name);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after message name");
    this.endDecl(C_LBRACE, loc, "");
    this.parseMessageBody(msg, path, [...scope, name]);
    this.endAtPrev(loc);
  }

  /** Parses declarations up to and including the closing `}`. */
  protected parseMessageBody(msg: DescriptorProto, path: number[], scope: readonly string[]): void {
    const lx = this.lx;
    if (++this.depth > MAX_NESTING) this.fail("declarations are nested too deeply");
    const sink: FieldSink = { fields: msg.field, fieldPath: ext(path, MESSAGE.field), nested: msg.nestedType, nestedPath: ext(path, MESSAGE.nestedType), scope };
    const owner: OptionsOwner = { schema: MessageOptionsSchema, get: () => (msg.options ??= newMessageOptions()) };
    let optIdx = 0;
    let enumIdx = 0;
    let oneofIdx = 0;
    let resRange = 0;
    let resName = 0;
    let extRange = 0;
    const proto3Optionals: number[] = [];
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the message');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const start = lx.here();
      if (lx.kind === IDENT) {
        if (lx.is("message")) {
          this.parseMessage(msg.nestedType, ext(path, MESSAGE.nestedType, msg.nestedType.length), scope, start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if (lx.is("enum")) {
          this.parseEnum(msg.enumType, ext(path, MESSAGE.enumType, enumIdx++), scope, start, SymbolVisibility.VISIBILITY_UNSET);
          continue;
        }
        if ((lx.is("export") || lx.is("local")) && this.edition >= Edition.EDITION_2024) {
          const vis = lx.is("export") ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
          lx.next();
          const kw = lx.here();
          if (lx.is("message")) this.parseMessage(msg.nestedType, ext(path, MESSAGE.nestedType, msg.nestedType.length), scope, kw, vis);
          else if (lx.is("enum")) this.parseEnum(msg.enumType, ext(path, MESSAGE.enumType, enumIdx++), scope, kw, vis);
          else this.expected('"message" or "enum"', "after visibility modifier");
          continue;
        }
        if (lx.is("option")) {
          optIdx = this.parseOptionStatement(owner, ext(path, MESSAGE.options), optIdx, scope.slice(0, -1), "google.protobuf.MessageOptions");
          continue;
        }
        if (lx.is("extend")) {
          this.parseExtend(msg.extension, ext(path, MESSAGE.extension), msg.nestedType, ext(path, MESSAGE.nestedType), scope);
          continue;
        }
        if (lx.is("oneof")) {
          this.parseOneof(msg, path, oneofIdx++, scope, start);
          continue;
        }
        if (lx.is("reserved")) {
          const r = this.parseReserved(path, resRange, resName, start, false, msg);
          resRange = r.range;
          resName = r.name;
          continue;
        }
        if (lx.is("extensions")) {
          extRange = this.parseExtensions(msg, path, extRange, scope, start);
          continue;
        }
      }
      if (lx.kind === IDENT || lx.isSym(C_DOT)) {
        const idx = msg.field.length;
        this.parseField(sink, start);
        const f = msg.field[idx];
        if (f !== undefined && f.proto3Optional) proto3Optionals.push(idx);
        continue;
      }
      this.expected("a declaration", "in message body");
    }
    this.depth--;
    const maxExt = msg.options?.messageSetWireFormat === true ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER + 1;
    for (const r of msg.extensionRange) if (r.end === -1) r.end = maxExt;
    if (proto3Optionals.length > 0) this.addSyntheticOneofs(msg, proto3Optionals);
  }

  private addSyntheticOneofs(msg: DescriptorProto, indexes: readonly number[]): void {
    const taken = new Set<string>();
    for (const f of msg.field) taken.add(f.name);
    for (const f of msg.extension) taken.add(f.name);
    for (const o of msg.oneofDecl) taken.add(o.name);
    for (const n of msg.nestedType) taken.add(n.name);
    for (const e of msg.enumType) taken.add(e.name);
    for (const i of indexes) {
      const f = msg.field[i] as FieldDescriptorProto;
      let name = f.name.startsWith("_") ? f.name : "_" + f.name;
      while (taken.has(name)) name = "X" + name;
      taken.add(name);
      f.oneofIndex = msg.oneofDecl.length;
      msg.oneofDecl.push(newOneof(name));
    }
  }

  private parseOneof(msg: DescriptorProto, msgPath: number[], index: number, scope: readonly string[], start: Pos): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "oneof"');
    const oneof = newOneof(name);
    msg.oneofDecl.push(oneof);
    const path = ext(msgPath, MESSAGE.oneofDecl, index);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, ONEOF.name);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after oneof name");
    this.endDecl(C_LBRACE, loc, "");
    const sink: FieldSink = {
      fields: msg.field,
      fieldPath: ext(msgPath, MESSAGE.field),
      nested: msg.nestedType,
      nestedPath: ext(msgPath, MESSAGE.nestedType),
      scope,
      oneofIndex: index,
    };
    const owner: OptionsOwner = { schema: OneofOptionsSchema, get: () => (oneof.options ??= newOneofOptions()) };
    let optIdx = 0;
    let count = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the oneof');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const fstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, ONEOF.options), optIdx, scope, "google.protobuf.OneofOptions");
        continue;
      }
      if (lx.is("optional") || lx.is("required") || lx.is("repeated")) this.fail(`fields in a oneof must not have labels ("${lx.text()}")`);
      if (lx.kind !== IDENT && !lx.isSym(C_DOT)) this.expected("a field", "in oneof");
      this.parseField(sink, fstart);
      count++;
    }
    if (count === 0) this.fail(`oneof "${name}" must have at least one field`, nameTok.line, nameTok.col);
    this.endAtPrev(loc);
  }

  /** `extend Type { fields }`: extensions go to `into`, group messages to `nested`. */
  private parseExtend(into: FieldDescriptorProto[], extPath: number[], nested: DescriptorProto[], nestedPath: number[], scope: readonly string[]): void {
    const lx = this.lx;
    const start = lx.here();
    lx.next();
    const nameStart = lx.here();
    const extendee = this.readDottedName('after "extend"', true);
    const nameEnd: Pos = { line: lx.prevLine, col: lx.prevEndCol, endLine: lx.prevLine, endCol: lx.prevEndCol, start: lx.prevEnd, end: lx.prevEnd };
    const loc = this.addLoc(extPath, start, 0, 0);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after extendee name");
    this.endDecl(C_LBRACE, loc, "");
    const sink: FieldSink = {
      fields: into,
      fieldPath: extPath,
      nested,
      nestedPath,
      scope,
      extendee: { name: extendee, start: nameStart, end: nameEnd },
    };
    let count = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the extend block');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      if (lx.kind !== IDENT && !lx.isSym(C_DOT)) this.expected("a field", "in extend block");
      this.parseField(sink, lx.here());
      count++;
    }
    if (count === 0) this.fail("extend blocks must declare at least one field", start.line, start.col);
    this.endAtPrev(loc);
  }

  private parseEnum(into: EnumDescriptorProto[], path: number[], scope: readonly string[], start: Pos, visibility: SymbolVisibility): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "enum"');
    const en = newEnum(name);
    if (visibility !== SymbolVisibility.VISIBILITY_UNSET) en.visibility = visibility;
    into.push(en);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, ENUM.name);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after enum name");
    this.endDecl(C_LBRACE, loc, "");
    const owner: OptionsOwner = { schema: EnumOptionsSchema, get: () => (en.options ??= newEnumOptions()) };
    let optIdx = 0;
    let resRange = 0;
    let resName = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the enum');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const vstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, ENUM.options), optIdx, scope, "google.protobuf.EnumOptions");
        continue;
      }
      if (lx.is("reserved")) {
        const r = this.parseReserved(path, resRange, resName, vstart, true, en);
        resRange = r.range;
        resName = r.name;
        continue;
      }
      if (lx.kind !== IDENT) this.expected("an enum value", "in enum body");
      const vname = lx.text();
      lx.next();
      const vpath = ext(path, ENUM.value, en.value.length);
      const vloc = this.addLoc(vpath, vstart, 0, 0);
      this.tokenLoc(vpath, vstart, ENUM_VALUE.name);
      this.expectSym(C_EQ, "after enum value name");
      const num = this.readInt(-2147483648, MAX_ENUM_NUMBER, "enum value");
      this.locToPrev(vpath, num.start, ENUM_VALUE.number);
      const value = newEnumValue(vname, num.value);
      en.value.push(value);
      if (lx.isSym(C_LBRACKET)) {
        const vowner: OptionsOwner = { schema: EnumValueOptionsSchema, get: () => (value.options ??= newEnumValueOptions()) };
        this.parseCompactOptions(vowner, ext(vpath, ENUM_VALUE.options), scope, "google.protobuf.EnumValueOptions");
      }
      if (!lx.isSym(C_SEMI)) this.expected('";"', "after enum value");
      this.endAtTok(vloc);
      this.endDecl(C_SEMI, vloc, "");
    }
    if (en.value.length === 0) this.fail(`enum "${name}" must have at least one value`, nameTok.line, nameTok.col);
    if (this.syntax === "proto3" && (en.value[0] as { number: number }).number !== 0) {
      this.fail(`the first value of proto3 enum "${name}" must be zero`, nameTok.line, nameTok.col);
    }
    this.endAtPrev(loc);
  }

  private parseService(path: number[], start: Pos): void {
    const lx = this.lx;
    lx.next();
    const nameTok = lx.here();
    const name = this.expectIdent('after "service"');
    const svc = newService(name);
    this.file.service.push(svc);
    const loc = this.addLoc(path, start, 0, 0);
    this.tokenLoc(path, nameTok, SERVICE.name);
    if (!lx.isSym(C_LBRACE)) this.expected('"{"', "after service name");
    this.endDecl(C_LBRACE, loc, "");
    const owner: OptionsOwner = { schema: ServiceOptionsSchema, get: () => (svc.options ??= newServiceOptions()) };
    let optIdx = 0;
    for (;;) {
      if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the service');
      if (this.tryEndDecl(C_RBRACE, null)) break;
      if (this.tryEndDecl(C_SEMI, null)) continue;
      const mstart = lx.here();
      if (lx.is("option")) {
        optIdx = this.parseOptionStatement(owner, ext(path, SERVICE.options), optIdx, [], "google.protobuf.ServiceOptions");
        continue;
      }
      if (!lx.is("rpc")) this.expected('"rpc" or "option"', "in service body");
      lx.next();
      const mpath = ext(path, SERVICE.method, svc.method.length);
      const mloc = this.addLoc(mpath, mstart, 0, 0);
      const mnameTok = lx.here();
      const mname = this.expectIdent('after "rpc"');
      this.tokenLoc(mpath, mnameTok, METHOD.name);
      const method = newMethod(mname);
      svc.method.push(method);
      this.expectSym(C_LPAREN, "after method name");
      this.methodParam(method, "input", mpath);
      this.expectSym(C_RPAREN, "after input type");
      this.expectWord("returns", "after input type");
      this.expectSym(C_LPAREN, 'after "returns"');
      this.methodParam(method, "output", mpath);
      this.expectSym(C_RPAREN, "after output type");
      if (lx.isSym(C_LBRACE)) {
        this.endDecl(C_LBRACE, mloc, "");
        const mowner: OptionsOwner = { schema: MethodOptionsSchema, get: () => (method.options ??= newMethodOptions()) };
        let mopt = 0;
        for (;;) {
          if (this.atEof()) this.fail('syntax error: unexpected end of file, expected "}" to close the method');
          if (this.tryEndDecl(C_RBRACE, null)) break;
          if (this.tryEndDecl(C_SEMI, null)) continue;
          if (!lx.is("option")) this.expected('"option"', "in method body");
          mopt = this.parseOptionStatement(mowner, ext(mpath, METHOD.options), mopt, [], "google.protobuf.MethodOptions");
        }
        this.endAtPrev(mloc);
      } else {
        if (!lx.isSym(C_SEMI)) this.expected('";" or "{"', "after method declaration");
        this.endAtTok(mloc);
        this.endDecl(C_SEMI, mloc, "");
      }
    }
    this.endAtPrev(loc);
  }

  /**
   * Reads `[stream] Type` between the parentheses of an rpc. A lone `stream`
   * is the name of a type, not the keyword.
   */
  private methodParam(method: MethodDescriptorProto, kind: "input" | "output", mpath: number[]): void {
    const lx = this.lx;
    const typeTag = kind === "input" ? METHOD.inputType : METHOD.outputType;
    if (!lx.is("stream")) {
      this.methodType(method, kind, mpath, typeTag);
      return;
    }
    const st = lx.here();
    lx.next();
    if (lx.isSym(C_RPAREN)) {
      this.typeRefNamed(method, kind, "stream", st, mpath, typeTag);
      return;
    }
    if (kind === "input") method.clientStreaming = true;
    else method.serverStreaming = true;
    this.tokenLoc(mpath, st, kind === "input" ? METHOD.clientStreaming : METHOD.serverStreaming);
    this.methodType(method, kind, mpath, typeTag);
  }

  private methodType(method: MethodDescriptorProto, kind: "input" | "output", mpath: number[], tag: number): void {
    const lx = this.lx;
    const st = lx.here();
    const name = this.readDottedName(`for the ${kind} type`, true);
    if (kind === "input") method.inputType = name;
    else method.outputType = name;
    this.locToPrev(ext(mpath, tag), st);
    this.refs.push({ kind, target: method, name, scope: [], line: st.line + 1, column: st.col + 1 });
  }

  private typeRefNamed(method: MethodDescriptorProto, kind: "input" | "output", name: string, st: Pos, mpath: number[], tag: number): void {
    if (kind === "input") method.inputType = name;
    else method.outputType = name;
    this.tokenLoc(ext(mpath, tag), st);
    this.refs.push({ kind, target: method, name, scope: [], line: st.line + 1, column: st.col + 1 });
  }
}
