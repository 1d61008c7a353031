import type { DefaultValue } from "../../src/image/field-default.js";
import type { FieldEl } from "../../src/image/model.js";
import { goQuote } from "./buf-words.js";

/** The shortest decimal that reads back as `value` at the given width, as `toExponential` writes it. */
function shortestExponential(value: number, bits: 32 | 64): string {
  for (let digits = 0; digits < 17; digits++) {
    const text = value.toExponential(digits);
    const back = Number(text);
    if ((bits === 32 ? Math.fround(back) : back) === value) return text;
  }
  return value.toExponential(16);
}

/**
 * A float as Go's `%v` prints it (the shortest `%g`): `0.1`, `5`, `1e+06`,
 * `1.5e-07`, `NaN`, `+Inf`, `-Inf`.
 */
export function goFloat(value: number, bits: 32 | 64): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const sign = value < 0 ? "-" : "";
  const [mantissa = "0", exponent = "0"] = shortestExponential(Math.abs(value), bits).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6) {
    const rest = digits.length > 1 ? `.${digits.slice(1)}` : "";
    return `${sign}${digits[0] ?? "0"}${rest}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const point = exp + 1;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A default value as buf prints it: strings quoted, bytes as `[0x1 0x2]`,
 * enums as `Status.STATUS_ACTIVE` (the enum's own name and the value's),
 * floats as Go prints them, integers and bools as they are.
 */
export function bufDefault(field: FieldEl, value: DefaultValue): string {
  switch (value.kind) {
    case "bytes":
      if (field.typeKind === "string") return goQuote(new TextDecoder().decode(Uint8Array.from(value.bytes, (c) => c.charCodeAt(0))));
      return `[${Array.from(value.bytes, (c) => `0x${c.charCodeAt(0).toString(16)}`).join(" ")}]`;
    case "float":
      return goFloat(value.value, value.bits);
    case "integer":
      return field.typeKind === "enum" && field.enumType !== undefined ? `${field.enumType.name}.${value.shown}` : value.shown;
  }
}
