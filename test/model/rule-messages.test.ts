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
    withBuf: { text: "Field {number} on message {parent} changed.", buf: "Field \"{number}\" on message \"{short}\" changed." },
  },
  check(_comparison, { report }) {
    report({ messageId: "deleted", data: { number: 4, name: "coupon_code", parent: "acme.Order" }, current: atFile(FILE) });
    report({ messageId: "plain", current: atFile(FILE), fix: "undo it" });
    report({ messageId: "withBuf", data: { number: 2, parent: "acme.Order", short: "Order" }, current: atFile(FILE) });
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
      ["Field 2 on message acme.Order changed.", undefined],
    ]);
    expect(reportsOf()[0]).not.toHaveProperty("messageId");
    expect(reportsOf()[0]).not.toHaveProperty("data");
    expect(rule.messages).toHaveProperty("deleted");
  });

  it("fills buf's template from the same data, and only for messages that have one", () => {
    expect(reportsOf().map((r) => r.bufMessage)).toEqual([undefined, undefined, 'Field "2" on message "Order" changed.']);
  });

  it("fills each placeholder once and leaves placeholders inside data alone", () => {
    expect(formatMessage("{a} and {b}, {a}.", { a: "{b}", b: 2 })).toBe("{b} and 2, {b}.");
  });
});

/**
 * Never run: checked by the type check (`npm test` runs tsc first), where an
 * unused @ts-expect-error is an error. An unknown message ID, a missing data
 * key (of the text or of buf's template), an extra one, absent data and a
 * finished message each fail to compile.
 */
export const typeChecksOnly = defineRule({
  id: "TEST_TYPES",
  categories: ["FILE"],
  summary: "Type checks only.",
  messages: { deleted: "Field {number} was deleted.", moved: { text: "Field {number} moved.", buf: "Field {number} in {short} moved." } },
  check(_comparison, { report }) {
    // @ts-expect-error: no message "removed"
    report({ messageId: "removed", data: { number: 1 }, current: atFile(FILE) });
    // @ts-expect-error: data lacks "number"
    report({ messageId: "deleted", data: {}, current: atFile(FILE) });
    // @ts-expect-error: "name" is no placeholder of "deleted"
    report({ messageId: "deleted", data: { number: 1, name: "x" }, current: atFile(FILE) });
    // @ts-expect-error: a template with placeholders needs data
    report({ messageId: "deleted", current: atFile(FILE) });
    // @ts-expect-error: data lacks "short", which buf's template needs
    report({ messageId: "moved", data: { number: 1 }, current: atFile(FILE) });
    // @ts-expect-error: a rule reports by message ID, never a finished text
    report({ message: "Field 1 was deleted.", current: atFile(FILE) });
  },
});
