/**
 * @bufbuild/protobuf registries built from an image's FileDescriptorProtos,
 * so examples are written and read by a real protobuf runtime.
 */
import { clone, create, createFileRegistry, type DescEnum, type DescExtension, type DescFile, type DescMessage, type FileRegistry } from "@bufbuild/protobuf";
import {
  Edition,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldDescriptorProtoSchema,
  FileDescriptorProtoSchema,
  FileDescriptorSetSchema,
  type FieldDescriptorProto,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { wellKnownProtos } from "../model/well-known.js";
import type { Image } from "../image/model.js";

const built = new WeakMap<Image, FileRegistry>();

/** Files in dependency order (a file after the files it imports), as a descriptor set lists them. */
function ordered(files: readonly FileDescriptorProto[]): FileDescriptorProto[] {
  const byName = new Map(files.map((f) => [f.name, f]));
  const out: FileDescriptorProto[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (file: FileDescriptorProto): void => {
    if (state.has(file.name)) return;
    state.set(file.name, "visiting");
    for (const dep of file.dependency) {
      const d = byName.get(dep);
      if (d !== undefined) visit(d);
    }
    state.set(file.name, "done");
    out.push(file);
  };
  for (const f of files) visit(f);
  return out;
}

/** The registry of an image's files (imports included), with the well-known files it does not hold. */
export function registryOf(image: Image): FileRegistry {
  const cached = built.get(image);
  if (cached !== undefined) return cached;
  const own = new Set(image.files.map((f) => f.path));
  const wkt = wellKnownProtos().filter((f) => !own.has(f.name));
  const set = create(FileDescriptorSetSchema, { file: ordered([...wkt, ...image.files.map((f) => f.proto)]) });
  const registry = createFileRegistry(set);
  built.set(image, registry);
  return registry;
}

/** A message type by full name (no leading dot), if the registry has it. */
export function messageOf(registry: FileRegistry, fullName: string): DescMessage | undefined {
  return registry.getMessage(fullName);
}

const PROBE_FILE = "protoguard/evidence/probe.proto";

/** A message `Probe` in its own file with one field, in the registry's world. */
function probeOf(
  registry: FileRegistry,
  dependency: string,
  syntax: { syntax: string; edition: Edition },
  field: FieldDescriptorProto,
): DescMessage {
  const proto = create(FileDescriptorProtoSchema, {
    name: PROBE_FILE,
    package: "protoguard.evidence",
    dependency: [dependency],
    ...syntax,
    messageType: [{ name: "Probe", field: [field] }],
  });
  const resolve = (name: string): DescFile | undefined => registry.getFile(name);
  const probe = createFileRegistry(proto, resolve).getMessage("protoguard.evidence.Probe");
  if (probe === undefined) throw new Error("the probe message did not build");
  return probe;
}

/**
 * A message `Probe { E value = 1; }` (edition 2023, explicit presence) for
 * an enum, so an enum value can be written and read on its own.
 */
export function enumProbe(registry: FileRegistry, en: DescEnum): DescMessage {
  const field = create(FieldDescriptorProtoSchema, {
    name: "value",
    jsonName: "value",
    number: 1,
    label: FieldDescriptorProto_Label.OPTIONAL,
    type: FieldDescriptorProto_Type.ENUM,
    typeName: `.${en.typeName}`,
  });
  return probeOf(registry, en.file.proto.name, { syntax: "editions", edition: Edition.EDITION_2023 }, field);
}

/**
 * A message with one field that is an extension as its extendee carries it:
 * same number, type, label and options, in a file of the extension's syntax,
 * so it writes the bytes the extension writes.
 */
export function extensionProbe(registry: FileRegistry, ext: DescExtension): DescMessage {
  const field = clone(FieldDescriptorProtoSchema, ext.proto);
  field.extendee = "";
  field.name = ext.name;
  // In JSON an extension is written under its full name in brackets.
  field.jsonName = `[${ext.typeName}]`;
  const file = ext.file.proto;
  return probeOf(registry, file.name, { syntax: file.syntax, edition: file.edition }, field);
}
