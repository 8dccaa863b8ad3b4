import js from '@eslint/js'
import vue from 'eslint-plugin-vue'
import { builtinModules } from 'node:module'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser }, globals: globals.browser },
  },
  {
    files: ['scripts/**', 'bin/**', 'src/main/**', 'e2e/**', 'tests/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The window never loads main-process code (it would drag Node and the database into the
    // bundle, or fail there): what both sides need lives in src/shared.
    files: ['src/renderer/**/*.{ts,vue}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '**/main'], message: 'Le rendu ne charge pas le code du processus principal : passez par src/shared ou par un appel du contrat.' }] }],
    },
  },
  {
    // src/shared runs in the window too: no Node built-in.
    files: ['src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinModules.filter((m) => !m.startsWith('_')).flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'src/shared est aussi chargé dans la fenêtre : pas de module de Node ici.' })),
        patterns: [{ group: ['**/main/**', '**/main'], message: 'src/shared ne dépend pas du processus principal.' }],
      }],
    },
  },
  {
    // A CLI command parses its arguments, makes dispatcher calls and prints: one path for each call
    // (issue 14). Two named exceptions: `serve` is the host itself (it starts the database service
    // and the HTTP server, as the desktop app does), and `restore` must work on a base that does not
    // open, where no dispatcher can run (see restore.ts).
    files: ['src/main/hosts/cli/commands/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/main/hosts/cli/commands/serve.ts', 'src/main/hosts/cli/commands/restore.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/store/**', '../../../store/**', '../../../services/**', '../../../bilan/**', '../../../years/**', '../../../backup/**', '../../../api/checks'], message: 'Une commande passe par le dispatcher (un appel du contrat), pas par le stockage, les services ou les moteurs.' }] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': 'off',
    },
  },
)
