export * from './workflow.ts';
export * from './registration.ts';
export * from './schemas.ts';
export * from './check-in.ts';
