import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Budgets for production code: a file reads in one sitting, a function fits on a screen. */
const budgets = {
  'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
  'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'examples/**', 'coverage/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'preserve-caught-error': ['error', { requireCatchParameter: false }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'actions/*/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...budgets,
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['**/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message: 'Domain code is pure: the runner and GitHub are reached through adapters.',
            },
            {
              regex: '^node:(fs|fs/.*|child_process|net|http|https)$',
              message: 'Domain code does no I/O: take what it needs as parameters.',
            },
            {
              regex: '(^|/)adapters(/|$)',
              message: 'Domain code takes I/O as parameters; it never imports an adapter.',
            },
          ],
        },
      ],
    },
  },
)
