export * from './paths.ts';
export * from './phases.ts';
export * from './schemas.ts';
export * from './guide.ts';
export * from './suppression.ts';
export * from './reidentification.ts';
export * from './report-snapshot.ts';
export * from './retention.ts';
