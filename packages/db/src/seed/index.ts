export { seedDemo } from './demo.ts';
export type { DemoSummary, SeedDemoOptions } from './demo.ts';
