// ESLint flat config: typescript-eslint's strict and stylistic rule sets with type information.
// Formatting is Prettier's job (npm run format:check); no rule here overlaps with it.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', '.tmp/', 'bench/out/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The library never writes to the console: output goes through the logger or the caller.
      'no-console': 'error',
      // Numbers and booleans in messages read fine; objects and nullish values still fail.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // `_`-prefixed names mark arguments a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `T[]` for simple types, `Array<[number, number]>` where brackets would pile up.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // Table-driven tests read `test(why, () => assert.equal(got, want))`; the arrow returns
      // void on purpose and nothing consumes it.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Interfaces and type aliases are both used on purpose (unions need `type`).
      '@typescript-eslint/consistent-type-definitions': 'off',
      // Scanners index into strings and arrays in hot loops; `a[i]!` after a bounds check is the
      // honest spelling under noUncheckedIndexedAccess.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Offsets are UTF-16 code units everywhere; `for...of` over a string walks code points, so
      // an index loop is often the correct one even when the index looks unused.
      '@typescript-eslint/prefer-for-of': 'off',
      // Undoing evasion means matching control and zero-width characters on purpose.
      'no-control-regex': 'off',
      // Spreading a string into code points is deliberate here (digits, zero-width insertion);
      // offsets are defined on code units and code points, never on grapheme clusters.
      '@typescript-eslint/no-misused-spread': 'off',
      // node:test's test(), it() and describe() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    // Command-line entry points, benchmarks and scripts talk to a person on the terminal.
    files: ['src/cli/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Plain JavaScript files have no types to check.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.js', '*.mjs', 'bin/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
)
