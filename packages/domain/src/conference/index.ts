export * from './paths.ts';
export * from './snapshot.ts';
export * from './schemas.ts';
export * from './colours.ts';
export * from './editing-schemas.ts';
export * from './stars.ts';
export * from './session-schemas.ts';
