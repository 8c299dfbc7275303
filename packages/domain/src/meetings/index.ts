export * from './workflow.ts';
export * from './registration.ts';
export * from './schemas.ts';
export * from './minutes.ts';
export * from './action-points.ts';
