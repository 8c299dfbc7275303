export * from './workflow.ts';
export * from './registration.ts';
export * from './schemas.ts';
export * from './reminders.ts';
export * from './evaluation.ts';
export * from './evaluation-schemas.ts';
export * from './check-in.ts';
