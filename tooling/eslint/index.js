// Shared lint rules for every package. typescript-eslint needs the classic
// TypeScript API, which TypeScript 7 (the native compiler we type-check with)
// no longer ships, so this package alone depends on TypeScript 6.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export const ignores = {
  ignores: [
    '**/dist/**',
    '**/dist-ssr/**',
    '**/generated/**',
    '**/storybook-static/**',
    '**/node_modules/**',
    '**/.data/**',
  ],
};

export default tseslint.config(ignores, js.configs.recommended, ...tseslint.configs.recommended, {
  languageOptions: { globals: { ...globals.node } },
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    '@typescript-eslint/consistent-type-imports': 'error',
    'no-console': ['error', { allow: ['warn', 'error'] }],
  },
});
