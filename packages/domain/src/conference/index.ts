export * from './paths.ts';
export * from './snapshot.ts';
export * from './schemas.ts';
export * from './release-changes.ts';
export * from './release-schemas.ts';
export * from './release-format.ts';
