export { seedDemo } from './demo.ts';
export type { DemoSummary, SeedDemoOptions } from './demo.ts';
export type { PublishRelease } from './conference.ts';
