/**
 * Evidence for wire and JSON findings: an example message written with one
 * version's schema and read with the other's, through @bufbuild/protobuf's
 * reflection, with what the reader gets where it differs from what the
 * writer meant. Bounded: a few small examples per finding, nesting limited
 * (example.ts), a time budget over the run; it never throws.
 */
import { create, fromBinary, fromJson, toBinary, toJson, type DescMessage, type FileRegistry, type JsonValue } from "@bufbuild/protobuf";
import { reflect, type ReflectMessage } from "@bufbuild/protobuf/reflect";
import type { AnyEl, FileEl, Image } from "../image/model.js";
import type { Evidence } from "../model/evidence.js";
import type { Category } from "../model/rule.js";
import { differences, type Difference } from "./diverge.js";
import { fill, type Flavour } from "./example.js";
import { enumProbe, extensionProbe, registryOf } from "./registry.js";
import { bounded, showBytes, showMessage } from "./show.js";

/** What a finding is about on each side: the rule and its subject elements (see run/engine.ts, Located). */
export interface EvidenceSubject {
  readonly rule: { readonly id: string; readonly categories: readonly Category[] };
  readonly previous: Exclude<AnyEl, FileEl> | undefined;
  readonly current: Exclude<AnyEl, FileEl> | undefined;
}

/** The two versions' images, and when the examples must stop (a `Date.now()` deadline). */
export interface EvidenceContext {
  readonly previous: Image;
  readonly current: Image;
  readonly deadline: number;
}

export type Encoding = "binary" | "json";

/**
 * The encodings a rule's verdict is about, its own first: the binary wire
 * for a rule in WIRE; JSON for a rule in WIRE_JSON only, then binary (such a
 * rule is also the stricter twin of a WIRE rule, as for field types).
 */
export function encodingsOf(categories: readonly Category[]): Encoding[] {
  if (categories.includes("WIRE")) return ["binary"];
  if (categories.includes("WIRE_JSON")) return ["json", "binary"];
  return [];
}

/** A message type on each side, and the field numbers the finding is about (all when undefined). */
export interface MessagePair {
  readonly previous: DescMessage;
  readonly current: DescMessage;
  readonly focus: ReadonlySet<number> | undefined;
  /** For an enum probe (registry.ts): the enum numbers to write, one example each. */
  readonly values?: readonly number[];
}

type Side = { readonly desc: DescMessage; readonly registry: FileRegistry };

const FLAVOURS: readonly Flavour[] = ["plain", "edge"];

/** How many one-field examples a message without a focus field gets. */
const MAX_SINGLE = 32;

function roundTrip(
  encoding: Encoding,
  writer: Side,
  reader: Side,
  example: ReflectMessage,
  unknownCounts: boolean,
  written?: JsonValue,
): { wrote: string; encoded: string; read: string; found: Difference[] } {
  let writerView: ReflectMessage;
  let encoded: string;
  let decode: () => { view: ReflectMessage; extra: string[] };
  if (encoding === "binary") {
    const bytes = toBinary(writer.desc, example.message);
    encoded = showBytes(bytes);
    writerView = reflect(writer.desc, fromBinary(writer.desc, bytes));
    decode = () => {
      const view = reflect(reader.desc, fromBinary(reader.desc, bytes));
      const unknown = [...new Set((view.getUnknown() ?? []).map((u) => u.no))];
      return { view, extra: unknown.map((n) => `unknown field ${n}`) };
    };
  } else {
    const json = written ?? toJson(writer.desc, example.message, { registry: writer.registry });
    encoded = JSON.stringify(json);
    writerView = reflect(writer.desc, fromJson(writer.desc, json, { registry: writer.registry }));
    decode = () => {
      const view = reflect(reader.desc, fromJson(reader.desc, json, { registry: reader.registry, ignoreUnknownFields: true }));
      return { view, extra: lostKeys(json, writer.desc, reader.desc).map((k) => `lost key ${JSON.stringify(k)}`) };
    };
  }
  const wrote = bounded(showMessage(writerView));
  let decoded: { view: ReflectMessage; extra: string[] };
  try {
    decoded = decode();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { wrote, encoded, read: bounded(`decode error: ${why}`), found: [{ number: 0, text: "the reader cannot decode it" }] };
  }
  const read = bounded([showMessage(decoded.view), ...decoded.extra].join(" + "));
  const found = differences(writerView, decoded.view, unknownCounts, encoding === "json");
  if (encoding === "json" && found.length === 0) {
    const again = toJson(reader.desc, decoded.view.message, { registry: reader.registry });
    const own = toJson(writer.desc, writerView.message, { registry: writer.registry });
    const d = rewritten(own, again, writer.desc);
    if (d !== undefined) found.push(d);
  }
  if (encoding === "json") {
    for (const k of lostKeys(JSON.parse(encoded) as JsonValue, writer.desc, reader.desc)) {
      const field = writer.desc.fields.find((f) => f.jsonName === k || f.name === k);
      found.push({ number: field?.number ?? 0, text: `key ${JSON.stringify(k)} is unknown to the reader` });
    }
  }
  return { wrote, encoded: bounded(encoded), read, found: found.map((d) => ({ ...d, text: bounded(d.text) })) };
}

/**
 * A top-level value the reader's version writes back differently (int64 as
 * a string where int32 was a number): JSON clients see another type.
 */
function rewritten(written: JsonValue, again: JsonValue, writer: DescMessage): Difference | undefined {
  if (written === null || typeof written !== "object" || Array.isArray(written)) return undefined;
  if (again === null || typeof again !== "object" || Array.isArray(again)) return undefined;
  for (const [k, v] of Object.entries(written)) {
    const back = again[k];
    if (back === undefined || JSON.stringify(back) === JSON.stringify(v)) continue;
    const field = writer.fields.find((f) => f.jsonName === k || f.name === k);
    return { number: field?.number ?? 0, text: `the reader's version writes ${JSON.stringify(k)} back as ${JSON.stringify(back)}, not ${JSON.stringify(v)}` };
  }
  return undefined;
}

/** Top-level keys of a JSON object the reader neither knows nor has reserved (by the writer's field name). */
function lostKeys(json: JsonValue, writer: DescMessage, reader: DescMessage): string[] {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return [];
  const reserved = (k: string): boolean => {
    const field = writer.fields.find((f) => f.jsonName === k || f.name === k);
    return reader.proto.reservedName.includes(field?.name ?? k);
  };
  return Object.keys(json).filter((k) => !reader.fields.some((f) => f.jsonName === k || f.name === k) && !reserved(k));
}

/** Field numbers that share a oneof with a focus field on either side: writing them too can drop a focus field. */
function peersOf(pair: MessagePair): ReadonlySet<number> | undefined {
  if (pair.focus === undefined) return undefined;
  const out = new Set(pair.focus);
  for (const desc of [pair.previous, pair.current]) {
    for (const n of pair.focus) {
      const oneof = desc.fields.find((f) => f.number === n)?.oneof;
      for (const f of oneof?.fields ?? []) out.add(f.number);
    }
  }
  return out;
}

/**
 * The first divergence between the versions for a message pair: each
 * encoding, previous writer then current writer, an example with only the
 * focus fields set (plain, then edge values), every field set, none set.
 * Undefined when none diverges or the deadline passed.
 */
export function divergenceOf(
  pair: MessagePair,
  registries: { previous: FileRegistry; current: FileRegistry },
  encodings: readonly Encoding[],
  deadline: number,
): Evidence | undefined {
  const peers = peersOf(pair);
  const sides = {
    previous: { desc: pair.previous, registry: registries.previous },
    current: { desc: pair.current, registry: registries.current },
  };
  for (const encoding of encodings) {
    for (const writer of ["previous", "current"] as const) {
      const [w, r] = writer === "previous" ? [sides.previous, sides.current] : [sides.current, sides.previous];
      const examples: { example: () => ReflectMessage; keep: ReadonlySet<number> | undefined; json?: JsonValue }[] = pair.values
        ? pair.values.filter((n) => hasValue(w.desc, n)).flatMap((n) => probeExamples(w.desc, n, encoding))
        : [
            // Without a focus, each field alone first: the smallest example that diverges.
            ...(pair.focus === undefined
              ? w.desc.fields.slice(0, MAX_SINGLE).map((f) => ({ example: () => fill(w.desc, "plain", 0, new Set([f.number])), keep: undefined }))
              : []),
            ...FLAVOURS.map((f) => ({ example: () => fill(w.desc, f, 0, pair.focus ?? undefined), keep: pair.focus })),
        ...FLAVOURS.map((f) => ({ example: () => fill(w.desc, f, 0, undefined, pair.focus), keep: peers })),
        { example: () => fill(w.desc, "plain", 0, new Set()), keep: pair.focus },
        ];
      for (const { example, keep, json } of examples) {
        if (Date.now() > deadline) return undefined;
        const trip = roundTrip(encoding, w, r, example(), writer === "previous" && encoding === "binary", json);
        const hit = trip.found.find((d) => keep === undefined || d.number === 0 || keep.has(d.number));
        if (hit !== undefined) {
          return { kind: "divergence", encoding, writer, wrote: trip.wrote, encoded: trip.encoded, read: trip.read, differs: hit.text };
        }
      }
    }
  }
  return undefined;
}

/** True when an enum probe's enum has a value with the number: a writer writes only what its schema has. */
function hasValue(desc: DescMessage, n: number): boolean {
  return desc.fields[0]?.enum?.values.some((v) => v.number === n) === true;
}

/** An enum probe holding one number. */
function probeWith(desc: DescMessage, n: number): ReflectMessage {
  return reflect(desc, create(desc, { value: n }));
}

/**
 * The examples of an enum probe for one number: the value itself, and in
 * JSON each of its names (an alias is a name a JSON writer may use).
 */
function probeExamples(
  desc: DescMessage,
  n: number,
  encoding: Encoding,
): { example: () => ReflectMessage; keep: undefined; json?: JsonValue }[] {
  const example = (): ReflectMessage => probeWith(desc, n);
  if (encoding === "binary") return [{ example, keep: undefined }];
  const names = desc.fields[0]?.enum?.values.filter((v) => v.number === n).map((v) => v.name) ?? [];
  return [{ example, keep: undefined }, ...names.slice(1).map((name) => ({ example, keep: undefined, json: { value: name } }))];
}

function messageName(el: Exclude<AnyEl, FileEl> | undefined): { name: string; focus: number | undefined } | undefined {
  if (el === undefined) return undefined;
  switch (el.kind) {
    case "message":
      return { name: el.fullName, focus: undefined };
    case "field":
      return el.isExtension || el.parent === undefined ? undefined : { name: el.parent.fullName, focus: el.number };
    case "oneof":
      return { name: el.message.fullName, focus: undefined };
    default:
      return undefined;
  }
}

function enumName(el: Exclude<AnyEl, FileEl> | undefined): string | undefined {
  if (el?.kind === "enum") return el.fullName;
  if (el?.kind === "enum_value") return el.enum.fullName;
  return undefined;
}

/** The extensions a finding is about on each side, as one-field probe messages (registry.ts). */
function extensionPair(
  previous: Exclude<AnyEl, FileEl> | undefined,
  current: Exclude<AnyEl, FileEl> | undefined,
  regs: { previous: FileRegistry; current: FileRegistry },
): MessagePair | string {
  const prev = previous?.kind === "field" && previous.isExtension ? previous : undefined;
  if (prev === undefined) return "the extension is missing from the previous version";
  const cur =
    current?.kind === "field" && current.isExtension
      ? current
      : undefined;
  const [pe, ce] = [regs.previous.getExtension(prev.fullName), cur === undefined ? undefined : regs.current.getExtension(cur.fullName)];
  if (pe === undefined) return "the extension is missing from the previous version";
  if (ce === undefined) return "the extension is missing from the current version";
  return { previous: extensionProbe(regs.previous, pe), current: extensionProbe(regs.current, ce), focus: new Set([pe.number, ce.number]) };
}

/** Why a finding's element has no example message, or the message pair that shows it. */
function pairOf(subject: EvidenceSubject, regs: { previous: FileRegistry; current: FileRegistry }): MessagePair | string {
  const { previous, current } = subject;
  if (previous?.kind === "method" && current?.kind === "method") {
    const response = subject.rule.id === "RPC_SAME_RESPONSE_TYPE";
    if (subject.rule.id !== "RPC_SAME_REQUEST_TYPE" && !response) {
      return "the RPC's framing or options changed, not the bytes of its messages";
    }
    const [p, c] = response ? [previous.outputType, current.outputType] : [previous.inputType, current.inputType];
    const [pd, cd] = [regs.previous.getMessage(p), regs.current.getMessage(c)];
    return pd === undefined || cd === undefined ? "a message type was not found" : { previous: pd, current: cd, focus: undefined };
  }
  const en = enumName(previous) ?? enumName(current);
  if (en !== undefined) {
    const [pe, ce] = [regs.previous.getEnum(en), regs.current.getEnum(enumName(current) ?? en)];
    if (pe === undefined || ce === undefined) return "the enum is missing from one version";
    const value = previous?.kind === "enum_value" ? previous : current?.kind === "enum_value" ? current : undefined;
    const values = value === undefined ? pe.values.map((v) => v.number) : [value.number];
    return { previous: enumProbe(regs.previous, pe), current: enumProbe(regs.current, ce), focus: undefined, values };
  }
  if ((previous?.kind === "field" && previous.isExtension) || (current?.kind === "field" && current.isExtension)) {
    return extensionPair(previous, current, regs);
  }
  const m = messageName(previous) ?? messageName(current);
  if (m === undefined) return `there is no message to write for a change to ${previous?.kind ?? current?.kind ?? "a file"}`;
  const cm = messageName(current);
  const [pd, cd] = [regs.previous.getMessage(m.name), regs.current.getMessage(cm?.name ?? m.name)];
  if (pd === undefined || cd === undefined) return "the message is missing from one version";
  const focus = m.focus ?? cm?.focus;
  return { previous: pd, current: cd, focus: focus === undefined ? undefined : new Set([focus]) };
}

/** Evidence for one finding: a divergence, or one line saying why there is none. Never throws. */
export function evidenceFor(subject: EvidenceSubject, context: EvidenceContext): Evidence | undefined {
  const encodings = encodingsOf(subject.rule.categories);
  if (encodings.length === 0) return undefined;
  try {
    const regs = { previous: registryOf(context.previous), current: registryOf(context.current) };
    const pair = pairOf(subject, regs);
    if (typeof pair === "string") return { kind: "none", reason: pair };
    const found = divergenceOf(pair, regs, encodings, context.deadline);
    if (found !== undefined) return found;
    if (Date.now() > context.deadline) return { kind: "none", reason: "the time budget for examples ran out" };
    return { kind: "none", reason: `the examples read back the same with both versions (${encodings.join(" and ")})` };
  } catch (e) {
    return { kind: "none", reason: `an example could not be built (${e instanceof Error ? e.message : String(e)})` };
  }
}
