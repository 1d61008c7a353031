import type { Comparison, FilePair, PackagePair } from "../../src/compare/pair.js";
import type { EnumEl, FieldEl, FileEl, MessageEl, ServiceEl } from "../../src/image/model.js";
import { at, atFile, type Where } from "../../src/model/rule.js";
import { keepDeclarationDeprecated, keepExtensionDeprecated } from "./fix.js";

/** Where a deletion from a paired file points: the innermost surviving ancestor message, else the file at 1:1. */
export function whereInFile(pair: FilePair, parent: MessageEl | undefined): Where {
  const survivor = pair.survivingParent(parent);
  return survivor ? at(survivor) : atFile(pair.current);
}

/** `message acme.v1.Order in file "order.proto"`, or `file "order.proto" of package acme.v1` for top-level elements. */
export function declaredIn(file: FileEl, parent: MessageEl | undefined): string {
  if (parent) return `message ${parent.fullName} in file "${file.path}"`;
  return file.package === "" ? `file "${file.path}"` : `file "${file.path}" of package ${file.package}`;
}

/** `Extension 100 "ext" of message acme.v1.Base`: extensions are named by number, name and extended message. */
export function describeExtension(extension: FieldEl): string {
  return `Extension ${extension.number} "${extension.name}" of message ${extension.extendee ?? ""}`;
}

/**
 * The current name of a deleted extension whose (extended message, number) is
 * still declared under another name, else undefined.
 */
export function extensionRenamedTo(comparison: Comparison, extension: FieldEl): string | undefined {
  const pair = comparison.extensions.find((p) => p.previous === extension);
  return pair && pair.current.name !== extension.name ? pair.current.name : undefined;
}

/** The name of an element relative to its package (`Order.Item`), as the package-level rules name it. */
export function packageRelativeName(element: { readonly fullName: string; readonly file: FileEl }): string {
  const pkg = element.file.package;
  return pkg === "" ? element.fullName : element.fullName.slice(pkg.length + 1);
}

/** `package acme.v1`, or `the empty package` for files without a package statement. */
export function packagePhrase(name: string): string {
  return name === "" ? "the empty package" : `package ${name}`;
}

/** The paired files of a comparison by path. */
export function filePairsByPath(comparison: Comparison): ReadonlyMap<string, FilePair> {
  return new Map(comparison.files.map((pair) => [pair.current.path, pair]));
}

/**
 * Whether buf's package-level deletion rules look at a package for one kind of
 * element: buf indexes the current side by package only through the elements
 * it finds, so a package whose current files declare no element of that kind
 * is skipped, as if it had been deleted.
 */
export function packageStillHas(pkg: PackagePair, kind: "messages" | "enums" | "extensions"): boolean {
  return pkg.current.some((file) => file[kind].length > 0);
}

/**
 * Where a deletion from a package points. If the file that declared the
 * element still exists: the surviving ancestor message that `parentIn`
 * finds, else that file at 1:1. If the file is gone: nowhere (null).
 */
export function whereInPackage(
  files: ReadonlyMap<string, FilePair>,
  previousFile: FileEl,
  parentIn: (pair: FilePair) => MessageEl | undefined,
): Where | null {
  const pair = files.get(previousFile.path);
  if (!pair) return null;
  const survivor = parentIn(pair);
  return survivor ? at(survivor) : atFile(pair.current);
}

const DELETED_IN_PACKAGE = { message: "deletedMessages", enum: "deletedEnums", service: "deletedServices" } as const;

/**
 * The fix for a message, enum or service deleted from a file: move it back
 * when it only moved to another file of its package, else keep it, deprecated.
 * None for a map entry, which goes with its map field.
 */
export function typeDeletionFix(
  comparison: Comparison,
  element: MessageEl | EnumEl | ServiceEl,
  kind: keyof typeof DELETED_IN_PACKAGE,
): string | undefined {
  if (element.kind === "message" && element.isMapEntry) return undefined;
  const pkg = comparison.packages.find((p) => p.name === element.file.package);
  const deleted: readonly (MessageEl | EnumEl | ServiceEl)[] | undefined = pkg?.[DELETED_IN_PACKAGE[kind]];
  if (deleted !== undefined && !deleted.includes(element)) {
    return `move ${kind} "${element.name}" back to "${element.file.path}": generated code follows the file it is declared in (C++ headers, Python modules, Java outer classes)`;
  }
  return keepDeclarationDeprecated(`${kind} "${element.name}"`);
}

/**
 * The fix for a message, enum or service deleted from its package: keep it
 * (nested types by their name in the package), deprecated. None for a map
 * entry, which goes with its map field.
 */
export function packageTypeDeletionFix(element: MessageEl | EnumEl | ServiceEl): string | undefined {
  if (element.kind === "message" && element.isMapEntry) return undefined;
  return keepDeclarationDeprecated(`${element.kind} "${packageRelativeName(element)}"`);
}

/**
 * The fix for a deleted extension. When its extended message and number are
 * still declared: give it its name back, or move it back where it was
 * declared. When it moved to another file of its package (`fromFile`), move
 * it back to its file. Else keep it, deprecated.
 */
export function extensionDeletionFix(comparison: Comparison, extension: FieldEl, fromFile: boolean): string {
  const pair = comparison.extensions.find((p) => p.previous === extension);
  if (pair !== undefined && pair.current.name !== extension.name) {
    return `rename extension ${extension.number} "${pair.current.name}" back to "${extension.name}"`;
  }
  const pkg = comparison.packages.find((p) => p.name === extension.file.package);
  const movedInPackage = fromFile && pkg !== undefined && !pkg.deletedExtensions.includes(extension);
  if (pair !== undefined || movedInPackage) {
    const file = `"${extension.file.path}"`;
    const home = extension.parent ? `message ${extension.parent.name} in ${file}` : file;
    return `move extension "${extension.name}" back to ${home}: generated code follows the scope and file it is declared in`;
  }
  return keepExtensionDeprecated(`extension ${extension.number} "${extension.name}"`);
}
