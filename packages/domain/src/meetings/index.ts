export * from './workflow.ts';
export * from './registration.ts';
export * from './schemas.ts';
export * from './reminders.ts';
