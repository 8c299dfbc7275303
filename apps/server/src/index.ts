export * from './server.ts';
export * from './config.ts';
