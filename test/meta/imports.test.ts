import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The pipeline's stages in the order data flows (DESIGN.md): a file may
 * import its own stage and the stages before it, never a later one. The
 * shared model (with the package-version grammar it names) comes first;
 * evidence (example messages for wire findings) reads the images only;
 * rules/ at the top of the repository is the rules stage; the entry points
 * (CLI, Action, the library API and the docs generator) come last.
 */
const STAGES: readonly (readonly [stage: string, folders: readonly string[]])[] = [
  ["model", ["src/model", "src/versioning"]],
  ["sources", ["src/sources"]],
  ["frontend", ["src/frontend"]],
  ["image", ["src/image"]],
  ["compare", ["src/compare"]],
  ["evidence", ["src/evidence"]],
  ["rules", ["rules"]],
  ["config", ["src/config"]],
  ["report", ["src/report"]],
  ["run", ["src/run"]],
  ["entry", ["src/cli", "src/action", "src/index.ts", "src/docs.ts"]],
];

/**
 * Arrows the order allows but the design does not: the configuration is read
 * through what the runner hands it (the rule catalogue, the git file tree),
 * so config/ imports no rule and no source reader; reporters work from
 * findings and the report context, never from the schema's parser or model.
 */
const FORBIDDEN: readonly (readonly [from: string, to: string, why: string])[] = [
  ["config", "rules", "configuration names are resolved against the RuleCatalogue the runner hands it"],
  ["config", "sources", "the configuration is read through the GitFiles tree the runner hands it"],
  ...["sources", "frontend", "image", "compare"].map(
    (stage) => ["report", stage, "a reporter reads findings and the report context only"] as const,
  ),
];

/**
 * Arrows against the order that are justified, each with its reason; an entry
 * that no longer occurs fails the test, so the list only shrinks. Only
 * type imports: nothing later in the pipeline runs earlier.
 */
const ALLOWED: readonly (readonly [from: string, to: string, why: string])[] = [
  [
    "src/model/rule.ts",
    "src/compare/pair.ts",
    "types only: the rule contract names the Comparison a rule checks; pairing is the stage that builds it, and the contract is shared by rules, config and report",
  ],
  [
    "src/model/rule.ts",
    "src/image/model.ts",
    "types only: the rule contract names the elements a finding points at; the image model is the image stage's own and too large to live in the shared model",
  ],
];

function stageOf(file: string): number {
  const index = STAGES.findIndex(([, folders]) => folders.some((f) => file === f || file.startsWith(`${f}/`)));
  if (index < 0) throw new Error(`${file} is in no stage: add its folder to STAGES`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith(".ts") && !d.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The relative modules a file imports or re-exports: static, side-effect and dynamic imports. */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) specs.push(m[1] as string);
  return specs.filter((s) => s.startsWith("."));
}

interface Arrow {
  readonly from: string;
  readonly to: string;
}

/** A `.js` specifier resolved to the `.ts` file it names, relative to the repository. */
function target(from: string, spec: string): string {
  return relative(ROOT, resolve(ROOT, dirname(from), spec)).replace(/\.js$/, ".ts").split("\\").join("/");
}

function arrows(files: readonly string[], read: (file: string) => string): Arrow[] {
  return files.flatMap((from) => importsOf(read(from)).map((spec) => ({ from, to: target(from, spec) })));
}

/** The arrows that break the order or the forbidden pairs. */
function violations(all: readonly Arrow[]): Arrow[] {
  return all.filter(({ from, to }) => {
    const a = stageOf(from);
    const b = stageOf(to);
    const [sa, sb] = [STAGES[a]?.[0], STAGES[b]?.[0]];
    return b > a || FORBIDDEN.some(([f, t]) => f === sa && t === sb);
  });
}

const FILES = [...sourceFiles("src"), ...sourceFiles("rules")];
const ALL = arrows(FILES, (f) => readFileSync(join(ROOT, f), "utf8"));

describe("the import direction of the pipeline", () => {
  it("finds the imports of the sources", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(ALL).toContainEqual({ from: "src/run/check.ts", to: "src/config/filter.ts" });
    expect(ALL).toContainEqual({ from: "rules/field-no-delete.ts", to: "src/model/rule.ts" });
  });

  it("flags a stage that imports a later one, and a forbidden pair", () => {
    const text = 'import type { CheckRun } from "../run/check.js";\nexport { RULES } from "../../rules/index.js";\nconst later = await import("../report/json.js");\n';
    expect(violations(arrows(["src/config/x.ts"], () => text))).toEqual([
      { from: "src/config/x.ts", to: "src/run/check.ts" },
      { from: "src/config/x.ts", to: "rules/index.ts" },
      { from: "src/config/x.ts", to: "src/report/json.ts" },
    ]);
    expect(violations([{ from: "src/run/check.ts", to: "src/config/filter.ts" }])).toEqual([]);
  });

  it("has every stage import only itself and the stages before it", () => {
    const found = violations(ALL).map(({ from, to }) => `${from} -> ${to}`);
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from} -> ${to}`));
    expect(found.filter((v) => !allowed.has(v))).toEqual([]);
  });

  it("allows only violations that still occur, so the allow-list empties as they are fixed", () => {
    const found = new Set(violations(ALL).map(({ from, to }) => `${from} -> ${to}`));
    expect(ALLOWED.map(([from, to]) => `${from} -> ${to}`).filter((v) => !found.has(v))).toEqual([]);
  });
});
