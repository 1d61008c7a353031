/**
 * The name of a value of a generated protobuf enum, or its number when the
 * enum has no such value (an open enum may carry numbers it does not name).
 */
export function enumName(values: Readonly<Record<number, string>>, value: number): string {
  return values[value] ?? String(value);
}
