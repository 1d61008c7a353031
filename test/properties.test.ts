import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES } from "../rules/index.js";
import { compareImages } from "../src/compare/pair.js";
import { runRules } from "../src/run/engine.js";
import { compile, createParseCache } from "../src/frontend/index.js";
import { buildImage } from "../src/image/build.js";

// A small schema model rendered to .proto text in any declaration order.
interface FieldModel {
  name: string;
  number: number;
  type: string;
  label: "" | "repeated " | "optional ";
}
interface MessageModel {
  name: string;
  fields: FieldModel[];
  oneof: FieldModel[];
  nested: MessageModel[];
}
interface EnumModel {
  name: string;
  values: string[];
}
interface SchemaModel {
  pkg: string;
  messages: MessageModel[];
  enums: EnumModel[];
  rpcs: { name: string; stream: boolean }[];
}

const SCALARS = ["int32", "int64", "uint32", "sint64", "fixed32", "sfixed64", "bool", "string", "bytes", "double", "float"];
const ident = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);

function fieldsArb(count: number) {
  return fc.uniqueArray(ident, { minLength: count, maxLength: count }).chain((names) =>
    fc.tuple(...names.map(() => fc.constantFrom(...SCALARS)), ...names.map(() => fc.constantFrom<FieldModel["label"]>("", "repeated ", "optional "))).map((picks) =>
      names.map((name, i) => ({
        name,
        number: i + 1,
        type: picks[i] as string,
        label: picks[names.length + i] as FieldModel["label"],
      })),
    ),
  );
}

const messageArb: fc.Arbitrary<MessageModel> = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 2 }), fc.boolean())
  .chain(([n, o, nested]) =>
    fieldsArb(n + o).map((fields) => ({
      name: "",
      fields: fields.slice(0, n),
      oneof: fields.slice(n).map((f) => ({ ...f, label: "" as const })),
      nested: nested ? [{ name: "Inner", fields: [{ name: "x", number: 1, type: "string", label: "" as const }], oneof: [], nested: [] }] : [],
    })),
  );

const schemaArb: fc.Arbitrary<SchemaModel> = fc
  .tuple(
    fc.array(messageArb, { minLength: 1, maxLength: 5 }),
    fc.integer({ min: 0, max: 3 }),
    fc.array(fc.boolean(), { maxLength: 3 }),
  )
  .map(([messages, enums, rpcs]) => ({
    pkg: "prop.v1",
    messages: messages.map((m, i) => ({ ...m, name: `M${i}` })),
    enums: Array.from({ length: enums }, (_, i) => ({ name: `E${i}`, values: [`E${i}_UNSPECIFIED`, `E${i}_A`, `E${i}_B`] })),
    rpcs: rpcs.map((stream, i) => ({ name: `Call${i}`, stream })),
  }));

function permute<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function renderMessage(m: MessageModel, seed: number, indent: string): string {
  const parts: string[] = [];
  for (const f of m.fields) parts.push(`${indent}  ${f.label}${f.type} ${f.name} = ${f.number};`);
  if (m.oneof.length > 0) {
    parts.push(`${indent}  oneof choice {\n${permute(m.oneof, seed + 7).map((f) => `${indent}    ${f.type} ${f.name} = ${f.number};`).join("\n")}\n${indent}  }`);
  }
  for (const n of m.nested) parts.push(renderMessage(n, seed + 3, `${indent}  `));
  return `${indent}message ${m.name} {\n${permute(parts, seed).join("\n")}\n${indent}}`;
}

function render(s: SchemaModel, seed: number, extra = ""): string {
  const decls: string[] = s.messages.map((m, i) => renderMessage(m, seed + i, ""));
  for (const e of s.enums) {
    decls.push(`enum ${e.name} {\n${e.values.map((v, i) => `  ${v} = ${i};`).join("\n")}\n}`);
  }
  if (s.rpcs.length > 0) {
    const first = s.messages[0]?.name ?? "M0";
    decls.push(
      `service Svc {\n${permute(s.rpcs, seed).map((r) => `  rpc ${r.name}(${first}) returns (${r.stream ? "stream " : ""}${first});`).join("\n")}\n}`,
    );
  }
  if (extra !== "") decls.push(extra);
  return `syntax = "proto3";\n\npackage ${s.pkg};\n\n${permute(decls, seed).join("\n\n")}\n`;
}

function findings(previous: string, current: string) {
  const cache = createParseCache();
  const load = (text: string) =>
    buildImage(compile([{ path: "prop/v1/schema.proto", bytes: new TextEncoder().encode(text) }], { cache }).files);
  return runRules(compareImages(load(previous), load(current)), RULES);
}

describe("properties over generated schemas, every rule enabled", () => {
  it("a schema compared with itself finds nothing", () => {
    fc.assert(
      fc.property(schemaArb, (s) => {
        expect(findings(render(s, 1), render(s, 1))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("reordering declarations changes nothing", () => {
    fc.assert(
      fc.property(schemaArb, fc.integer({ min: 1, max: 1_000_000 }), (s, seed) => {
        expect(findings(render(s, 1), render(s, seed))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("adding a new top-level message finds nothing", () => {
    fc.assert(
      fc.property(schemaArb, fc.integer({ min: 1, max: 1_000_000 }), (s, seed) => {
        const added = "message BrandNew {\n  string id = 1;\n  repeated int64 values = 2;\n}";
        expect(findings(render(s, seed), render(s, seed, added))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("deleting a field is always found", () => {
    fc.assert(
      fc.property(
        schemaArb.filter((s) => s.messages.some((m) => m.fields.length > 0)),
        (s) => {
          const index = s.messages.findIndex((m) => m.fields.length > 0);
          const target = s.messages[index] as MessageModel;
          const smaller = {
            ...s,
            messages: s.messages.map((m, i) => (i === index ? { ...m, fields: m.fields.slice(1) } : m)),
          };
          const found = findings(render(s, 1), render(smaller, 1)).filter((f) => f.rule === "FIELD_NO_DELETE");
          expect(found.map((f) => f.message)).toEqual([
            `Field 1 "${(target.fields[0] as FieldModel).name}" was deleted from message prop.v1.${target.name}.`,
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
