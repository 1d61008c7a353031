/**
 * What a wire or JSON finding means for real data: an example message written
 * with one version's schema and read back with the other's (src/evidence/).
 */
export type Evidence =
  | {
      readonly kind: "divergence";
      /** How the example was written: protobuf binary, or proto3 JSON. */
      readonly encoding: "binary" | "json";
      /** Which version wrote the example and which one read it. */
      readonly writer: "previous" | "current";
      /** The example as its writer meant it: `{total: 5}`. */
      readonly wrote: string;
      /** The encoded example: spaced hex bytes, or the JSON text. */
      readonly encoded: string;
      /** What the reader got: `{currency: ""} + unknown field 2`, or `decode error: …`. */
      readonly read: string;
      /** The first difference, in one sentence. */
      readonly differs: string;
    }
  | {
      readonly kind: "none";
      /** Why no example shows the break, in one sentence. */
      readonly reason: string;
    };

/** The evidence as one line of text: `binary: old writer: {total: 5} → 10 05 → new reader: {…}; …`. */
export function evidenceLine(e: Evidence): string {
  if (e.kind === "none") return `no example: ${e.reason}`;
  const [w, r] = e.writer === "previous" ? ["old writer", "new reader"] : ["new writer", "old reader"];
  return `${e.encoding}: ${w}: ${e.wrote} → ${e.encoded} → ${r}: ${e.read}; ${e.differs}`;
}
