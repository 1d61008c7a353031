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
import type { Ledger } from "../model/ledger.js";

/** The same element in both versions. */
export interface Pair<T> {
  readonly previous: T;
  readonly current: T;
}

/** A file present at the same path on both sides, with what was deleted from it. */
export interface FilePair extends Pair<FileEl> {
  /** Messages of the previous file (nested ones too) whose nested name is not in the current file. */
  readonly deletedMessages: readonly MessageEl[];
  readonly deletedEnums: readonly EnumEl[];
  readonly deletedServices: readonly ServiceEl[];
  /**
   * Extensions of the previous file whose nested name (declaring scope and name,
   * without the package) is not declared in the current file, as buf matches them:
   * a renamed extension counts as deleted, a renumbered one does not.
   */
  readonly deletedExtensions: readonly FieldEl[];
  /**
   * The innermost message of the current file that has the nested name of one of
   * `message`'s ancestors (the parent that survives a deletion), if any.
   */
  survivingParent(message: MessageEl | undefined): MessageEl | undefined;
}

/** A package with files on both sides. */
export interface PackagePair {
  readonly name: string;
  readonly previous: readonly FileEl[];
  readonly current: readonly FileEl[];
  /** Messages whose fully-qualified name is in no current file of the package. */
  readonly deletedMessages: readonly MessageEl[];
  readonly deletedEnums: readonly EnumEl[];
  readonly deletedServices: readonly ServiceEl[];
  /** Extensions whose fully-qualified name (declaring scope and name) is in no current file of the package. */
  readonly deletedExtensions: readonly FieldEl[];
  /**
   * The innermost message of the current package that has the fully-qualified
   * name of one of `message`'s ancestors (in whichever file it now is), if any.
   */
  survivingParent(message: MessageEl | undefined): MessageEl | undefined;
}

export interface MessagePair extends Pair<MessageEl> {
  /** Fields paired by number. */
  readonly fields: readonly Pair<FieldEl>[];
  /** Fields of the previous message whose number is gone. */
  readonly deletedFields: readonly FieldEl[];
  /** Fields of the current message with a number the previous one lacked. */
  readonly addedFields: readonly FieldEl[];
  /** Real (non-synthetic) oneofs paired by name. */
  readonly oneofs: readonly Pair<OneofEl>[];
  /**
   * Real oneofs of the previous message whose name is gone (a synthetic oneof
   * of the current message keeps a name, as in buf).
   */
  readonly deletedOneofs: readonly OneofEl[];
}

/** The values of one number of a paired enum (several with `allow_alias`). */
export interface EnumNumberPair {
  readonly number: number;
  readonly previous: readonly EnumValueEl[];
  readonly current: readonly EnumValueEl[];
}

export interface EnumPair extends Pair<EnumEl> {
  readonly values: readonly EnumNumberPair[];
  /** Numbers of the previous enum that the current one lacks, with their previous values. */
  readonly deletedValues: readonly { readonly number: number; readonly previous: readonly EnumValueEl[] }[];
}

export interface ServicePair extends Pair<ServiceEl> {
  /** Methods paired by name. */
  readonly methods: readonly Pair<MethodEl>[];
  readonly deletedMethods: readonly MethodEl[];
}

/** Everything the rules look at: the two Images and their elements paired. */
export interface Comparison {
  readonly previous: Image;
  readonly current: Image;
  /** Files present at the same path on both sides whose content or imports changed. */
  readonly files: readonly FilePair[];
  /** Files that are the same element on both sides (same content, same imports): never paired. */
  readonly unchangedFiles: readonly FileEl[];
  /** Files of the previous side whose path is gone. */
  readonly deletedFiles: readonly FileEl[];
  readonly packages: readonly PackagePair[];
  /** Packages of the previous side that no current file declares. */
  readonly deletedPackages: readonly { readonly name: string; readonly previous: readonly FileEl[] }[];
  /** Messages paired by fully-qualified name. */
  readonly messages: readonly MessagePair[];
  /** Fields of all paired messages, paired by number (extensions not included). */
  readonly fields: readonly Pair<FieldEl>[];
  /** Extensions paired by (extendee, number) over all files. */
  readonly extensions: readonly Pair<FieldEl>[];
  readonly enums: readonly EnumPair[];
  readonly services: readonly ServicePair[];
  /** Methods of all paired services, paired by name. */
  readonly methods: readonly Pair<MethodEl>[];
  /**
   * Every number and name the schema has released (see src/run/ledger.ts),
   * when the runner has a ledger: the previous version is a git revision, or
   * a ledger file sits beside the schema. Undefined otherwise.
   */
  readonly ledger?: Ledger | undefined;
}

function extensionKey(field: FieldEl): string {
  return `${field.extendee ?? ""}#${field.number}`;
}

/** The name of an element relative to its file's package (`Holder.ext`, `ext`). */
function nestedName(element: { readonly fullName: string; readonly file: FileEl }): string {
  const pkg = element.file.package;
  return pkg === "" ? element.fullName : element.fullName.slice(pkg.length + 1);
}

function pairFile(previous: FileEl, current: FileEl): FilePair {
  const curMessages = new Map<string, MessageEl>();
  for (const m of current.messages) curMessages.set(m.nestedName, m);
  const curEnums = new Set(current.enums.map((e) => e.nestedName));
  const curServices = new Set(current.services.map((s) => s.name));
  const curExtensions = new Set(current.extensions.map(nestedName));
  return {
    previous,
    current,
    deletedMessages: previous.messages.filter((m) => !curMessages.has(m.nestedName)),
    deletedEnums: previous.enums.filter((e) => !curEnums.has(e.nestedName)),
    deletedServices: previous.services.filter((s) => !curServices.has(s.name)),
    deletedExtensions: previous.extensions.filter((x) => !curExtensions.has(nestedName(x))),
    survivingParent(message) {
      for (let m = message; m !== undefined; m = m.parent) {
        const found = curMessages.get(m.nestedName);
        if (found) return found;
      }
      return undefined;
    },
  };
}

function pairPackage(name: string, previous: readonly FileEl[], current: readonly FileEl[]): PackagePair {
  const messages = new Map<string, MessageEl>();
  const enums = new Set<string>();
  const services = new Set<string>();
  const extensions = new Set<string>();
  for (const f of current) {
    for (const m of f.messages) messages.set(m.fullName, m);
    for (const e of f.enums) enums.add(e.fullName);
    for (const s of f.services) services.add(s.fullName);
    for (const x of f.extensions) extensions.add(x.fullName);
  }
  const prevMessages = previous.flatMap((f) => f.messages);
  const prevEnums = previous.flatMap((f) => f.enums);
  const prevServices = previous.flatMap((f) => f.services);
  const prevExtensions = previous.flatMap((f) => f.extensions);
  return {
    name,
    previous,
    current,
    deletedMessages: prevMessages.filter((m) => !messages.has(m.fullName)),
    deletedEnums: prevEnums.filter((e) => !enums.has(e.fullName)),
    deletedServices: prevServices.filter((s) => !services.has(s.fullName)),
    deletedExtensions: prevExtensions.filter((x) => !extensions.has(x.fullName)),
    survivingParent(message) {
      for (let m = message; m !== undefined; m = m.parent) {
        const found = messages.get(m.fullName);
        if (found) return found;
      }
      return undefined;
    },
  };
}

function pairMessage(previous: MessageEl, current: MessageEl): MessagePair {
  const fields: Pair<FieldEl>[] = [];
  const deletedFields: FieldEl[] = [];
  for (const pf of previous.fields) {
    const cf = current.fieldsByNumber.get(pf.number);
    if (cf) fields.push({ previous: pf, current: cf });
    else deletedFields.push(pf);
  }
  const addedFields = current.fields.filter((cf) => !previous.fieldsByNumber.has(cf.number));
  const curOneofs = new Map<string, OneofEl>();
  for (const o of current.oneofs) curOneofs.set(o.name, o);
  const oneofs: Pair<OneofEl>[] = [];
  const deletedOneofs: OneofEl[] = [];
  for (const po of previous.oneofs) {
    if (po.isSynthetic) continue;
    const co = curOneofs.get(po.name);
    if (!co) deletedOneofs.push(po);
    else if (!co.isSynthetic) oneofs.push({ previous: po, current: co });
  }
  return { previous, current, fields, deletedFields, addedFields, oneofs, deletedOneofs };
}

function pairEnum(previous: EnumEl, current: EnumEl): EnumPair {
  const values: EnumNumberPair[] = [];
  const deletedValues: { number: number; previous: readonly EnumValueEl[] }[] = [];
  for (const [number, prev] of previous.valuesByNumber) {
    const cur = current.valuesByNumber.get(number);
    if (cur) values.push({ number, previous: prev, current: cur });
    else deletedValues.push({ number, previous: prev });
  }
  return { previous, current, values, deletedValues };
}

function pairService(previous: ServiceEl, current: ServiceEl): ServicePair {
  const methods: Pair<MethodEl>[] = [];
  const deletedMethods: MethodEl[] = [];
  for (const pm of previous.methods) {
    const cm = current.methodsByName.get(pm.name);
    if (cm) methods.push({ previous: pm, current: cm });
    else deletedMethods.push(pm);
  }
  return { previous, current, methods, deletedMethods };
}

/**
 * Pairs the elements of two Images. Pure: reads the Images, builds new pair objects.
 *
 * A file whose content and imports are the same on both sides is one element
 * in both Images (see ImageCache): nothing in it can have changed, so it is
 * listed in `unchangedFiles` and neither it nor its elements are paired. Its
 * elements still count for package-level deletions.
 */
export interface CompareOptions {
  /**
   * Leaves unpaired, as it does an element that is the same object on both
   * sides, a message, enum, service or extension whose descriptor is the same
   * object on both sides: what rules compare. The frontend shares a
   * descriptor between the sides only where the file declares the same and
   * its imports declare the same (see frontend/index.ts), and then only its
   * comments and locations may differ. `diff`, which lists changed comments,
   * pairs them.
   */
  readonly sharedDescriptorsUnchanged?: boolean;
}

export function compareImages(previous: Image, current: Image, options: CompareOptions = {}): Comparison {
  const shared = options.sharedDescriptorsUnchanged === true;
  const same = (a: { readonly proto: object }, b: { readonly proto: object }): boolean => a === b || (shared && a.proto === b.proto);
  const files: FilePair[] = [];
  const unchangedFiles: FileEl[] = [];
  const deletedFiles: FileEl[] = [];
  for (const pf of previous.files) {
    const cf = current.filesByPath.get(pf.path);
    if (cf === pf) unchangedFiles.push(pf);
    else if (cf) files.push(pairFile(pf, cf));
    else deletedFiles.push(pf);
  }

  const packages: PackagePair[] = [];
  const deletedPackages: { name: string; previous: readonly FileEl[] }[] = [];
  for (const [name, prevFiles] of previous.packages) {
    const curFiles = current.packages.get(name);
    if (curFiles) packages.push(pairPackage(name, prevFiles, curFiles));
    else deletedPackages.push({ name, previous: prevFiles });
  }

  const messages: MessagePair[] = [];
  const fields: Pair<FieldEl>[] = [];
  for (const [name, pm] of previous.messagesByName) {
    const cm = current.messagesByName.get(name);
    if (!cm || same(pm, cm)) continue;
    const pair = pairMessage(pm, cm);
    messages.push(pair);
    for (const f of pair.fields) fields.push(f);
  }

  const curExtensions = new Map<string, FieldEl>();
  for (const f of current.files) for (const x of f.extensions) curExtensions.set(extensionKey(x), x);
  const extensions: Pair<FieldEl>[] = [];
  for (const f of previous.files) {
    for (const px of f.extensions) {
      const cx = curExtensions.get(extensionKey(px));
      if (cx && !same(px, cx)) extensions.push({ previous: px, current: cx });
    }
  }

  const enums: EnumPair[] = [];
  for (const [name, pe] of previous.enumsByName) {
    const ce = current.enumsByName.get(name);
    if (ce && !same(pe, ce)) enums.push(pairEnum(pe, ce));
  }

  const services: ServicePair[] = [];
  const methods: Pair<MethodEl>[] = [];
  for (const [name, ps] of previous.servicesByName) {
    const cs = current.servicesByName.get(name);
    if (!cs || same(ps, cs)) continue;
    const pair = pairService(ps, cs);
    services.push(pair);
    for (const m of pair.methods) methods.push(m);
  }

  return {
    previous,
    current,
    files,
    unchangedFiles,
    deletedFiles,
    packages,
    deletedPackages,
    messages,
    fields,
    extensions,
    enums,
    services,
    methods,
  };
}
