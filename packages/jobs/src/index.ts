export * from './jobs.ts';
export { cleanUp, CLEAN_UP_RULES, type CleanUpRule } from './clean-up.ts';
