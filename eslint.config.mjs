// Lint: typescript-eslint everywhere, Office add-in rules where Office.js is called, and the layering
// rule of ARCHITECTURE.md: src/core is pure (no host, DOM, Node I/O or other layer), so a wrong import fails CI.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const coreForbidden = {
  paths: [
    ...["fs", "path", "os", "child_process", "http", "https", "url", "crypto", "worker_threads", "stream", "util"].map(
      (name) => ({ name, message: "src/core is pure: no Node I/O (ARCHITECTURE.md)." })
    ),
    { name: "exceljs", message: "src/core is pure: file formats belong to src/xlsx." },
    { name: "react", message: "src/core is pure: UI belongs to src/taskpane." },
    { name: "papaparse", message: "src/core takes already-parsed rows; parse in an adapter." },
  ],
  patterns: [
    { group: ["node:*"], message: "src/core is pure: no Node APIs." },
    { group: ["@fluentui/*", "react-dom", "react-dom/*", "@microsoft/office-js"], message: "src/core is pure: no UI or Office." },
    {
      group: ["**/workbook/**", "**/xlsx/**", "**/excel/**", "**/app/**", "**/cli/**", "**/taskpane/**", "**/functions/**", "**/commands/**"],
      message: "src/core imports nothing outside src/core.",
    },
  ],
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "templates/**", "bench/.out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", coreForbidden],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core is pure: no Office." },
        { name: "Excel", message: "src/core is pure: no Excel." },
        { name: "document", message: "src/core is pure: no DOM." },
        { name: "window", message: "src/core is pure: no DOM." },
        { name: "process", message: "src/core is pure: no process state." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/core never reads the clock: take 'today' as a parameter." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/core never reads the clock." },
        { selector: "MemberExpression[property.name=/^(getDate|getDay|getMonth|getFullYear|getHours|getMinutes|getTimezoneOffset|setDate|setHours)$/]", message: "Local-time Date methods depend on the machine's zone; use calendar-day serials (src/core/dates)." },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["**/*.cjs", "**/*.js", "bin/**"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
);
