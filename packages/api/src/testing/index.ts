export * from './world.ts';
export * from './caller.ts';
export * from './snapshot.ts';
export * from './http.ts';
export * from './fingerprint.ts';
export * from './world-per-database.ts';
export { createPublishedConferenceWorld } from '../routers/conference/browse-test-world.ts';
export * from './raw-data-keyring.ts';
