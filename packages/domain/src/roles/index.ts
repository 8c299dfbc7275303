export * from './actor.ts';
export * from './decisions.ts';
