// Lint: typescript-eslint, React hooks, TanStack Query, and the import rules of STYLE.md —
// features never import each other, pages never import pages, the contract imports only zod,
// the server imports only the contract from the app.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import importPlugin from 'eslint-plugin-import'
import { readdirSync } from 'node:fs'
import globals from 'globals'

// Every folder under src/features, so that a new feature is bounded from its first file.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test-results/**', '.swc/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/jest/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery, import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@tanstack/query/exhaustive-deps': 'error',
      '@tanstack/query/no-rest-destructuring': 'warn',
      '@tanstack/query/stable-query-client': 'error',
      'import/no-cycle': 'error',
      // NutUI's Button has no button role in H5: ActionButton (shared/ui) gives it one.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@nutui/nutui-react-taro', importNames: ['Button'], message: 'Use ActionButton from @/shared/ui.' }] },
      ],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // The contract is public and shared with the server: zod only.
            { target: './src/shared/contracts', from: './src', except: ['./shared/contracts'] },
            // Shared code knows nothing of features, pages or subpackages.
            { target: './src/shared', from: ['./src/features', './src/pages', './src/subpackages'] },
            // Features never import each other; pages compose them.
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
            })),
            { target: './src/features', from: ['./src/pages', './src/subpackages'] },
            // Pages and subpackages never import each other.
            { target: './src/pages', from: './src/subpackages' },
            { target: './src/subpackages', from: './src/pages' },
            // The app never imports the server.
            { target: './src', from: './server' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/ui/action-button.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: './server/tsconfig.json' } } },
    rules: {
      'import/no-restricted-paths': [
        'error',
        { zones: [{ target: './server', from: './src', except: ['./shared/contracts', './shared/screening', './shared/eligibility', './shared/lib/id-number.ts'] }] },
      ],
    },
  },
)
