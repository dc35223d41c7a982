// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The dependency rule: core ← grid ← {xlsx, docx, excel, functions} ← {cli, taskpane, web}. */
const LAYERS = ['core', 'grid', 'xlsx', 'docx', 'excel', 'functions', 'cli', 'taskpane', 'web'];
const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'crypto', 'zlib', 'stream', 'util'];
const forbidLayers = (...layers) => layers.map((l) => `**/${l}/**`);

/** @param {string} layer @param {string[]} layers @param {string[]} packages */
function zone(layer, layers, packages, message) {
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...forbidLayers(...layers), ...packages], message }] },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Node programs: the CLI's launcher, build scripts, benchmarks and tests.
    files: ['bin/**', 'scripts/**', 'bench/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['*.config.{js,ts}', 'vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  zone('core', LAYERS.filter((l) => l !== 'core'), [...NODE, 'exceljs', 'docx', 'react', 'react-dom', '@fluentui/*', 'office-*'],
    'src/core is the pure engine: it imports nothing outside core (no Office, DOM, Node, exceljs).'),
  zone('grid', LAYERS.filter((l) => !['core', 'grid'].includes(l)), [...NODE, 'exceljs', 'docx', 'react', 'react-dom', '@fluentui/*'],
    'src/grid is pure: it imports core only.'),
  zone('xlsx', ['docx', 'excel', 'functions', 'cli', 'taskpane', 'web'], [...NODE, 'exceljs', 'jszip', 'react', 'react-dom', '@fluentui/*'],
    'src/xlsx is the package reader/writer (bytes in, bytes out; it runs in the browser too): core, grid, fflate only; disk I/O stays in src/cli.'),
  zone('docx', ['grid', 'xlsx', 'excel', 'functions', 'cli', 'taskpane', 'web'], [...NODE, 'exceljs', 'react', '@fluentui/*'],
    'src/docx renders core models with the docx package; it runs in Node and in the browser.'),
  zone('excel', ['xlsx', 'functions', 'cli', 'taskpane', 'web'], [...NODE, 'exceljs', 'react', '@fluentui/*'],
    'src/excel is the Office.js adapter: it imports core and grid only.'),
  zone('functions', ['xlsx', 'docx', 'excel', 'cli', 'taskpane', 'web'], [...NODE, 'exceljs', 'react', '@fluentui/*'],
    'Custom functions wrap core and grid; they never call Excel APIs.'),
  zone('cli', ['excel', 'functions', 'taskpane', 'web'], ['react', 'react-dom', '@fluentui/*'],
    'The CLI uses core, grid, xlsx and docx.'),
  zone('taskpane', ['xlsx', 'cli', 'functions', 'web'], [...NODE, 'exceljs'],
    'The task pane uses core, grid, docx and the excel adapter (passed to components as props).'),
  zone('web', ['cli', 'functions'], [...NODE, 'exceljs', 'jszip'],
    'src/web is the web page\'s workbook host over a file (an adapter like src/excel: core, grid, xlsx, docx and the excel adapter\'s pure helpers) and the page\'s entry, which renders the task pane\'s components.'),
);
