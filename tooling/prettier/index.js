// The one formatter for the whole tree (`pnpm format` fixes, `pnpm lint` checks).
// Wide lines suit the long, descriptive names and one-line procedures in routers.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  endOfLine: 'lf',
};
