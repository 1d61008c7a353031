/**
 * Findings on a protobufjs bundle's side placed in the `.proto` files found
 * beside it (sources/pbjs-beside.ts). The bundle's descriptors, for the
 * packages those files hold exactly, get the SourceCodeInfo of the same
 * elements compiled from the files, so rules locate their findings as they
 * do in `.proto` input; each finding then names the file its element is
 * declared in. What the rules compare is still the bundle: only places change.
 */
import { create } from "@bufbuild/protobuf";
import {
  FileDescriptorProtoSchema,
  SourceCodeInfo_LocationSchema,
  SourceCodeInfoSchema,
  type FileDescriptorProto,
  type SourceCodeInfo,
  type SourceCodeInfo_Location,
} from "@bufbuild/protobuf/wkt";
import type { Located, Subject } from "../config/filter.js";
import { compile, CompileError, type ParseCache } from "../frontend/index.js";
import { buildImage } from "../image/build.js";
import type { AnyEl, FileEl } from "../image/model.js";
import type { Finding } from "../model/finding.js";
import type { BesideProtos } from "../sources/pbjs-beside.js";
import type { Source } from "../sources/index.js";
import { displayPath } from "./engine.js";

/** Where each top-level element of a bundle's files is declared: file path → top-level path (`4,0`) → `.proto` as shown. */
export type BesidePlaces = ReadonlyMap<string, ReadonlyMap<string, string>>;

type El = Exclude<AnyEl, FileEl>;

/** What an element is, alike in the bundle and in the `.proto` files, whether pbjs kept field names as written (keepCase) or not. */
function keyOf(el: El): string {
  switch (el.kind) {
    case "message":
    case "enum":
    case "service":
      return `${el.kind} ${el.fullName}`;
    case "field":
      return el.isExtension ? `extension ${el.extendee ?? ""} ${el.number}` : `field ${el.parent?.fullName ?? ""} ${el.number}`;
    case "oneof":
      return `oneof ${el.message.fullName}.${el.name}`;
    case "enum_value":
      return `enum_value ${el.enum.fullName}.${el.name}`;
    case "method":
      return `method ${el.service.fullName}.${el.name}`;
    default:
      return el satisfies never;
  }
}

/** Every element of a file, nested ones included. */
function elementsOf(file: FileEl): El[] {
  return [
    ...file.messages.flatMap((m): El[] => [m, ...m.fields, ...m.oneofs]),
    ...file.enums.flatMap((e): El[] => [e, ...e.values]),
    ...file.services.flatMap((s): El[] => [s, ...s.methods]),
    ...file.extensions,
  ];
}

/** Field numbers of the children of a message (fields, nested messages, enums, extensions, oneofs); of an enum or service, 2. */
const MESSAGE_CHILDREN = new Set([2, 3, 4, 6, 8]);

/** The path of the element a SourceCodeInfo path belongs to (the element itself, or the one whose token it names). */
function ownerOf(path: readonly number[]): string | undefined {
  const top = path[0];
  if (path.length < 2 || (top !== 4 && top !== 5 && top !== 6 && top !== 7)) return undefined;
  let n = 2;
  let kind = top === 4 ? "message" : top === 5 ? "enum" : top === 6 ? "service" : "field";
  for (;;) {
    const next = path[n];
    if (next === undefined || path.length < n + 2) break;
    if (kind === "message" && MESSAGE_CHILDREN.has(next)) kind = next === 3 ? "message" : next === 4 ? "enum" : next === 8 ? "oneof" : "field";
    else if ((kind === "enum" || kind === "service") && next === 2) kind = "leaf";
    else break;
    n += 2;
  }
  return path.slice(0, n).join(",");
}

/** The SourceCodeInfo locations of a file by the element they belong to. */
function locationsByOwner(file: FileEl): Map<string, SourceCodeInfo_Location[]> {
  const out = new Map<string, SourceCodeInfo_Location[]>();
  for (const loc of file.proto.sourceCodeInfo?.location ?? []) {
    const owner = ownerOf(loc.path);
    if (owner === undefined) continue;
    const list = out.get(owner);
    if (list === undefined) out.set(owner, [loc]);
    else list.push(loc);
  }
  return out;
}

/** The elements of the `.proto` files, of the packages they hold exactly, by key; undefined when the files do not compile. */
function besideElements(beside: BesideProtos, cache: ParseCache): Map<string, El> | undefined {
  let image;
  try {
    image = buildImage(compile(beside.files, { cache }).files);
  } catch (err) {
    if (err instanceof CompileError) return undefined;
    throw err;
  }
  const out = new Map<string, El>();
  for (const file of image.files) {
    if (file.isImport || !beside.packages.has(file.package)) continue;
    for (const el of elementsOf(file)) out.set(keyOf(el), el);
  }
  return out;
}

/**
 * Makes a file's `sourceCodeInfo` a property built when first read, as the
 * frontend does: only the files a finding is placed in pay for their
 * positions (and for those of the `.proto` files they come from).
 */
function lazySourceCodeInfo(proto: FileDescriptorProto, build: () => SourceCodeInfo): FileDescriptorProto {
  let sci: SourceCodeInfo | undefined;
  Object.defineProperty(proto, "sourceCodeInfo", {
    enumerable: true,
    configurable: true,
    get: () => (sci ??= build()),
    set: (v: SourceCodeInfo) => {
      sci = v;
    },
  });
  return proto;
}

/**
 * A bundle's source with the positions of the `.proto` files beside it, and
 * where its top-level elements are declared; any other source as it is.
 */
export function placeBeside(source: Source, cache: ParseCache): { source: Source; places: BesidePlaces | undefined } {
  if (source.kind !== "descriptor-set" || source.beside === undefined) return { source, places: undefined };
  const beside = source.beside;
  const found = besideElements(beside, cache);
  if (found === undefined) return { source, places: undefined };
  const owners = new Map<FileEl, Map<string, SourceCodeInfo_Location[]>>();
  const locationsOf = (twin: El): readonly SourceCodeInfo_Location[] => {
    let byOwner = owners.get(twin.file);
    if (byOwner === undefined) {
      byOwner = locationsByOwner(twin.file);
      owners.set(twin.file, byOwner);
    }
    return byOwner.get(twin.path.join(",")) ?? [];
  };
  const bundle = buildImage(source.inputs);
  const places = new Map<string, Map<string, string>>();
  const inputs = source.inputs.map((input) => {
    const file = bundle.filesByPath.get(input.proto.name);
    if (file === undefined || input.isImport || !beside.packages.has(file.package)) return input;
    const pairs: { el: El; twin: El }[] = [];
    const tops = new Map<string, string>();
    for (const el of elementsOf(file)) {
      const twin = found.get(keyOf(el));
      if (twin === undefined) continue;
      pairs.push({ el, twin });
      if (el.path.length === 2) tops.set(el.path.join(","), displayPath(beside.display, twin.file.path));
    }
    places.set(file.path, tops);
    const translate = (): SourceCodeInfo => {
      const location: SourceCodeInfo_Location[] = [];
      for (const { el, twin } of pairs) {
        const from = twin.path.length;
        for (const loc of locationsOf(twin)) {
          // Spans only: comments (and the protoguard:ignore directives in them) are the .proto's, not the bundle's.
          location.push(create(SourceCodeInfo_LocationSchema, { path: [...el.path, ...loc.path.slice(from)], span: loc.span }));
        }
      }
      return create(SourceCodeInfoSchema, { location });
    };
    return { ...input, proto: lazySourceCodeInfo(create(FileDescriptorProtoSchema, { ...input.proto }), translate) };
  });
  return { source: { ...source, inputs }, places };
}

/** The `.proto` a subject's element is declared in, as shown, when it is one of a placed bundle's. */
function placeOf(places: BesidePlaces | undefined, subject: Subject | undefined): string | undefined {
  if (places === undefined || subject?.element === undefined) return undefined;
  return places.get(subject.file.path)?.get(subject.element.path.slice(0, 2).join(","));
}

/** Findings with the file of each side that is a placed bundle named as the `.proto` its element is declared in. */
export function placeFindings(located: readonly Located[], current: BesidePlaces | undefined, previous: BesidePlaces | undefined): Located[] {
  if (current === undefined && previous === undefined) return [...located];
  return located.map((l) => {
    let f: Finding = l.finding;
    const now = placeOf(current, l.current);
    if (now !== undefined && f.deleted !== true) f = { ...f, file: now };
    const was = placeOf(previous, l.previous);
    if (was !== undefined && f.previous !== undefined) {
      f = { ...f, ...(f.deleted === true ? { file: was } : {}), previous: { ...f.previous, file: was } };
    }
    return f === l.finding ? l : { ...l, finding: f };
  });
}
