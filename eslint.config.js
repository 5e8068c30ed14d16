import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import rooms from './scripts/eslint-rooms.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'examples/**', '__tests__/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The layers of ARCHITECTURE.md: src/ imports only downwards (scripts/rooms.mjs).
    files: ['src/**/*.ts'],
    plugins: { rooms },
    rules: { 'rooms/layers': 'error' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', process: 'readonly' } },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**', 'bench/**', '__tests__/**'],
    rules: { 'no-console': 'off' },
  },
);
