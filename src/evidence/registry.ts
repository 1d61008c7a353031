/**
 * @bufbuild/protobuf registries built from an image's FileDescriptorProtos,
 * so examples are written and read by a real protobuf runtime.
 */
import { create, createFileRegistry, type DescEnum, type DescFile, type DescMessage, type FileRegistry } from "@bufbuild/protobuf";
import {
  Edition,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FileDescriptorProtoSchema,
  FileDescriptorSetSchema,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { WELL_KNOWN_FILES } from "../frontend/wkt.js";
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
  const wkt = WELL_KNOWN_FILES.filter((f) => !own.has(f.proto.name)).map((f) => f.proto);
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

/**
 * A message `Probe { E value = 1; }` (edition 2023, explicit presence) for
 * an enum, so an enum value can be written and read on its own.
 */
export function enumProbe(registry: FileRegistry, en: DescEnum): DescMessage {
  const proto = create(FileDescriptorProtoSchema, {
    name: PROBE_FILE,
    package: "protoguard.evidence",
    dependency: [en.file.proto.name],
    syntax: "editions",
    edition: Edition.EDITION_2023,
    messageType: [
      {
        name: "Probe",
        field: [{ name: "value", jsonName: "value", number: 1, label: FieldDescriptorProto_Label.OPTIONAL, type: FieldDescriptorProto_Type.ENUM, typeName: `.${en.typeName}` }],
      },
    ],
  });
  const resolve = (name: string): DescFile | undefined => registry.getFile(name);
  const probe = createFileRegistry(proto, resolve).getMessage("protoguard.evidence.Probe");
  if (probe === undefined) throw new Error("the enum probe did not build");
  return probe;
}
