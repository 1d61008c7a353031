// ESLint: typescript-eslint's strictTypeChecked rules over the TypeScript sources (`npm run lint`).
import Module from "node:module";

// typescript-eslint reads types through TypeScript's JavaScript API, which the
// typescript 7 package this project compiles with does not have (its package
// exports only the version; typescript-eslint's own tsgo backend needs a 7.1
// build). typescript 5.9 is installed alongside as `typescript-5`, and this
// process sends every request for `typescript` (and its subpaths) there. Only
// ESLint runs in this process, so nothing else sees the redirect.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected =
    request === "typescript" || request.startsWith("typescript/") ? `typescript-5${request.slice("typescript".length)}` : request;
  return resolveFilename.call(this, redirected, ...rest);
};
const { default: tseslint } = await import("typescript-eslint");

export default tseslint.config(
  {
    ignores: ["dist/", "action/", "node_modules/", "fixtures/", "bench/corpus/", "**/*.js", "**/*.mjs", "**/*.cjs"],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["vitest.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Messages and fixes name field numbers, line numbers and counts: numbers in templates are the point.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // The lexer and the literal decoder throw plain LexError / LiteralError objects (offset and message, no
      // stack) on purpose, for speed; the parser turns them into a located CompileError before anything leaves
      // the frontend.
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            { from: "file", name: "LexError", path: "src/frontend/lexer.ts" },
            { from: "file", name: "LiteralError", path: "src/frontend/text.ts" },
          ],
        },
      ],
      // `(x) => set.add(x)` and `() => resolve()` callbacks are the house style; a void value is never used.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
    },
  },
);
