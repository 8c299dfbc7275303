export * from './define.ts';
export * from './shell.ts';
export * from '../organisations/paths.ts';
export * from '../networks/paths.ts';
export * from '../people/paths.ts';
export * from '../audit/paths.ts';
export * from '../outbox/paths.ts';
export * from '../practice/paths.ts';
