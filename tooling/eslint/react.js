// Lint rules for the React packages: the shared rules plus hooks and the
// jsx-a11y accessibility checks (universal design is the law for our users).
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import base from './index.js';

export default tseslint.config(...base, jsxA11y.flatConfigs.recommended, {
  plugins: { 'react-hooks': reactHooks },
  languageOptions: { globals: { ...globals.browser } },
  rules: {
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'warn',
    // The whole catalogue of interface strings is the server's. An app ships its own
    // (docs/adr/0009): `t` from useI18n, keys typed by @knutepunkt/domain/i18n/web or /admin.
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: '@knutepunkt/domain',
            importNames: ['messages', 'translate', 'translator', 'isMessageKey', 'MessageKey', 'Translator'],
            message: 'Use t and isMessageKey from useI18n(), and WebMessageKey / AdminMessageKey for key types.',
          },
        ],
      },
    ],
  },
});
