import type { Finding } from "../model/finding.js";
import { findingFingerprint } from "../model/fingerprint.js";
import type { ReportContext } from "./context.js";
import { escapeTerminal, UNSAFE_CHARS } from "./escape.js";
import { releaseList } from "./links.js";

/**
 * Escapes text for an XML attribute or element. Characters XML 1.0 cannot
 * hold are shown escaped as in text (`\x1b`); markup characters become
 * entities; line ends, tabs and the other characters a terminal must not get
 * raw (DEL, C1 controls, bidirectional marks) become character references,
 * which a reader turns back into the same text and which keep every element
 * on its line.
 */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, (ch) =>
      ch.length === 1 && ch < "\u0100" ? escapeTerminal(ch) : `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, "0")}`,
    )
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;")
    .replace(UNSAFE_CHARS, (ch) => `&#x${(ch.codePointAt(0) as number).toString(16)};`);
}

/**
 * `--format junit`: JUnit XML as buf writes it: one test suite per file
 * (named by its path without `.proto`), one failing test case per finding
 * named `RULE_line_col`, with the message and the rule as the failure type.
 * A clean run is one suite with one passing case, so CI shows "1 passed"
 * rather than "no tests".
 */
export function formatJunit(findings: readonly Finding[], context: ReportContext): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (findings.length === 0) {
    out.push('<testsuites name="protoguard" tests="1" failures="0">');
    out.push('  <testsuite name="protoguard" tests="1" failures="0" errors="0">');
    out.push(`    <testcase name="${xml(`no breaking changes against ${context.against}`)}" classname="protoguard"></testcase>`);
    out.push("  </testsuite>");
    out.push("</testsuites>");
    return `${out.join("\n")}\n`;
  }
  const suites = new Map<string, Finding[]>();
  for (const f of findings) {
    const suite = suites.get(f.file);
    if (suite) suite.push(f);
    else suites.set(f.file, [f]);
  }
  out.push(`<testsuites name="protoguard" tests="${findings.length}" failures="${findings.length}">`);
  for (const [file, group] of suites) {
    const name = file.endsWith(".proto") ? file.slice(0, -".proto".length) : file;
    out.push(`  <testsuite name="${xml(name)}" tests="${group.length}" failures="${group.length}" errors="0">`);
    for (const f of group) {
      const where = f.deleted ? "" : ` file="${xml(f.file)}" line="${f.line}"`;
      out.push(`    <testcase name="${xml(`${f.rule}_${f.line}_${f.column}`)}" classname="${xml(name)}"${where}>`);
      const place = f.deleted ? f.file : `${f.file}:${f.line}:${f.column}`;
      const releases = releaseList(f);
      const notes = `${releases === undefined ? "" : `breaks ${releases}; `}fingerprint ${findingFingerprint(f)}`;
      out.push(`      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`${place}: ${f.message} (${notes})`)}</failure>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}
