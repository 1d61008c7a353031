import { describe, expect, it } from "vitest";
import type { Comparison } from "../../src/compare/pair.js";
import type { FileEl } from "../../src/image/model.js";
import { atFile, defineRule, DEFAULT_SETTINGS, formatMessage, type Report } from "../../src/model/rule.js";

/** A file element stand-in: atFile only carries it through. */
const FILE = { kind: "file", path: "a.proto" } as unknown as FileEl;
const COMPARISON = {} as Comparison;

const rule = defineRule({
  id: "TEST_RULE",
  categories: ["FILE"],
  summary: "A rule for the message-template contract.",
  messages: {
    deleted: 'Field {number} "{name}" was deleted from message {parent}.',
    plain: "Something changed.",
  },
  check(_comparison, { report }) {
    report({ messageId: "deleted", data: { number: 4, name: "coupon_code", parent: "acme.Order" }, current: atFile(FILE) });
    report({ messageId: "plain", current: atFile(FILE), fix: "undo it" });
    report({ message: "A finished message.", current: atFile(FILE) });
  },
});

function reportsOf(): Report[] {
  const out: Report[] = [];
  rule.check(COMPARISON, { report: (r) => out.push(r), settings: DEFAULT_SETTINGS });
  return out;
}

describe("defineRule message templates", () => {
  it("turns a report by message ID into the template filled with its data", () => {
    expect(reportsOf().map((r) => [r.message, r.fix])).toEqual([
      ['Field 4 "coupon_code" was deleted from message acme.Order.', undefined],
      ["Something changed.", "undo it"],
      ["A finished message.", undefined],
    ]);
    expect(reportsOf()[0]).not.toHaveProperty("messageId");
    expect(rule.messages).toHaveProperty("deleted");
  });

  it("fills each placeholder once and leaves placeholders inside data alone", () => {
    expect(formatMessage("{a} and {b}, {a}.", { a: "{b}", b: 2 })).toBe("{b} and 2, {b}.");
  });
});

/**
 * Never run: checked by the type check (`npm test` runs tsc first), where an
 * unused @ts-expect-error is an error. An unknown message ID, a missing data
 * key, an extra one and absent data each fail to compile.
 */
export const typeChecksOnly = defineRule({
  id: "TEST_TYPES",
  categories: ["FILE"],
  summary: "Type checks only.",
  messages: { deleted: "Field {number} was deleted." },
  check(_comparison, { report }) {
    // @ts-expect-error: no message "removed"
    report({ messageId: "removed", data: { number: 1 }, current: atFile(FILE) });
    // @ts-expect-error: data lacks "number"
    report({ messageId: "deleted", data: {}, current: atFile(FILE) });
    // @ts-expect-error: "name" is no placeholder of "deleted"
    report({ messageId: "deleted", data: { number: 1, name: "x" }, current: atFile(FILE) });
    // @ts-expect-error: a template with placeholders needs data
    report({ messageId: "deleted", current: atFile(FILE) });
  },
});
