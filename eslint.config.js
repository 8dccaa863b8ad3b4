import js from '@eslint/js'
import vue from 'eslint-plugin-vue'
import { builtinModules } from 'node:module'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// What a query is made of, on a drizzle database or a better-sqlite3 connection.
const DB_METHODS = '/^(select|selectDistinct|insert|update|delete|prepare|exec|run|all|get|pragma)$/'

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
    // One rule for the store (src/main/store/repos/README.md): every query lives in a repo; a
    // service calls repos, engines and the shared reads/writes, never another service.
    files: ['src/main/services/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', '**/store/schema', '**/store/schema/*'], message: 'Un service ne fait pas de requête : mettez-la dans src/main/store/repos/ (voir son README).' },
          { group: ['./*', '../services/*'], message: "Un service n'importe pas un autre service : ce qu'ils partagent va dans src/main/reads/ ou src/main/writes/." },
        ],
      }],
      'no-restricted-syntax': ['error', {
        selector: `MemberExpression[property.name=${DB_METHODS}]:matches([object.name=/^(db|sqlite)$/], [object.property.name=/^(db|sqlite)$/])`,
        message: 'Un service ne fait pas de requête : mettez-la dans src/main/store/repos/ (voir son README).',
      }],
    },
  },
  {
    // The shared reads and writes follow the same rule: they call repos, never a query or a service.
    files: ['src/main/reads/**/*.ts', 'src/main/writes/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*', '**/store/schema', '**/store/schema/*', '../services/*'], message: 'Les lectures et écritures partagées passent par src/main/store/repos/ et n\'importent aucun service.' }] }],
      'no-restricted-syntax': ['error', {
        selector: `MemberExpression[property.name=${DB_METHODS}]:matches([object.name=/^(db|sqlite)$/], [object.property.name=/^(db|sqlite)$/])`,
        message: 'Une lecture partagée ne fait pas de requête : mettez-la dans src/main/store/repos/ (voir son README).',
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
