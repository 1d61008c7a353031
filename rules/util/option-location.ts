import type { EnumEl, FieldEl, FileEl, MessageEl } from "../../src/image/model.js";
import { at, type Where } from "../../src/model/rule.js";
import { ENUM, ENUM_OPTIONS, FIELD, FIELD_OPTIONS, MESSAGE, MESSAGE_OPTIONS } from "../../src/model/source-path.js";

/** An element whose options can carry features. */
type WithFeatures = MessageEl | FieldEl | EnumEl;

/** Field number of `options` in each descriptor, and of `features` in each options message. */
const OPTIONS = { message: MESSAGE.options, field: FIELD.options, enum: ENUM.options } as const;
const FEATURES = { message: MESSAGE_OPTIONS.features, field: FIELD_OPTIONS.features, enum: ENUM_OPTIONS.features } as const;


function startsWith(path: readonly number[], prefix: readonly number[]): boolean {
  return path.length >= prefix.length && prefix.every((n, i) => path[i] === n);
}

/**
 * The recorded SourceCodeInfo path of an option value, found the way buf finds
 * it: the exact path; else the deepest recorded path that contains it, as long
 * as it goes at least as deep as the option field itself (so an option written
 * as a message literal, `features = { ... }`, still counts); else the first
 * recorded path inside it.
 */
function optionPath(
  file: FileEl,
  optionsPath: readonly number[],
  option: number,
  subPath: readonly number[],
): readonly number[] | undefined {
  const path = [...optionsPath, option, ...subPath];
  if (file.span(path) !== undefined) return path;
  const minLength = optionsPath.length + 1;
  let best: readonly number[] | undefined;
  for (const loc of file.proto.sourceCodeInfo?.location ?? []) {
    if (loc.path.length >= minLength && startsWith(path, loc.path) && loc.path.length > (best?.length ?? 0)) {
      best = loc.path;
    } else if (startsWith(loc.path, path)) {
      return loc.path;
    }
  }
  return best;
}

/**
 * The SourceCodeInfo sub-path (relative to the element) of a feature written in
 * the element's own options, if it is there. `featurePath` is the feature's
 * number in FeatureSet, or for a custom feature the extension's number and the
 * feature's number in the extension's message.
 */
export function featureSubPath(element: WithFeatures, ...featurePath: number[]): readonly number[] | undefined {
  const optionsPath = [...element.path, OPTIONS[element.kind]];
  return optionPath(element.file, optionsPath, FEATURES[element.kind], featurePath)?.slice(element.path.length);
}

/** Points at a feature written in the element's own options, else at the element. */
export function atFeature(element: WithFeatures, ...featurePath: number[]): Where {
  const sub = featureSubPath(element, ...featurePath);
  return sub === undefined ? at(element) : at(element, sub);
}

/** Joins places to try in order: the first one with a recorded span wins. */
export function firstOf(first: Where, ...rest: Where[]): Where {
  return { file: first.file, candidates: [first, ...rest].flatMap((w) => w.candidates) };
}
