import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'artifacts/**', 'problems/**', 'media/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // CommonJS fixtures run as extensions.
    files: ['test/fixtures/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode'], message: 'src/core never imports vscode.' },
        { group: ['**/protocol', '**/extension', '**/host', '**/ui/**', '../ui/*'], message: 'src/core is below the UI and the protocol.' },
      ] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The activation entry stays a few KB: everything else is loaded on first use (dist/host.js).
    files: ['src/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\./(?!ui/(commandIds|contributionIds|deferred|logger|commands/walkthroughCommands)$)', allowTypeImports: true, message: 'the activation entry imports only the small modules it registers with; the services load from dist/host.js on first use.' },
      ] }],
    },
  },
  {
    files: ['webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(\\.\\./)+src/(?!protocol$|core/format$)', message: 'webview code imports only the protocol types and the pure formatters of src/core/format.' },
      ] }],
    },
  },
  {
    files: ['src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', './ui/*', './ui/**'], message: 'the CLI never imports UI code.' }] }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' } },
  },
);
