// Lint runs with zero warnings allowed (`npm run check`). Import boundaries
// (root entries only, no app-to-app imports) are enforced twice: here for deep
// lib paths, and by tools/boundaries, which also resolves relative paths.
const tseslint = require('typescript-eslint');
// eslint-plugin-regexp 3 is ESM-only; Node >= 20.19 loads it through require().
const regexp = require('eslint-plugin-regexp');

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
    // As tsconfig.json: with both set, consistent-type-imports leaves alone every file that has a
    // decorator, where Nest's injection reads constructor parameter types at run time.
    languageOptions: { parserOptions: { experimentalDecorators: true, emitDecoratorMetadata: true } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
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
  {
    // Text from users and captured pages reaches many patterns: none may take
    // super-linear time, whether matching at one position or scanning along.
    files: ['{apps,libs,tools,bench,deploy,test}/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
