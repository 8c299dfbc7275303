// `@knutepunkt/domain/i18n`: languages, how strings are declared and translated, and the common
// strings. It holds no module's strings: each app takes its catalogue from
// `@knutepunkt/domain/i18n/web` or `/admin`, the server the whole one from `@knutepunkt/domain`.
export * from './locale.ts';
export * from './define.ts';
export * from './format.ts';
export { commonMessages, type CommonMessageKey } from './catalogues/common.ts';
