// Lint runs with zero warnings allowed (`npm run check`). Import boundaries
// (root entries only, no app-to-app imports) are enforced twice: here for deep
// lib paths, and by tools/boundaries, which also resolves relative paths.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'coverage/**',
      '.kafka/**',
      '.artifacts/**',
      'bin/**',
      '*.js',
      'libs/*/index.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@palimpsest/*/*'], message: 'Import a lib through its root entry: @palimpsest/<lib>.' },
            { group: ['**/libs/*/src/**', '**/libs/*/src'], message: 'Import a lib as @palimpsest/<lib>.' },
          ],
        },
      ],
    },
  },
);
