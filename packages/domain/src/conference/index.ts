export * from './paths.ts';
export * from './snapshot.ts';
export * from './schemas.ts';
export * from './signup-schemas.ts';
export * from './signups.ts';
export * from './colours.ts';
export * from './editing-schemas.ts';
export * from './stars.ts';
