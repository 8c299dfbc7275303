export { seedDemo } from './demo.ts';
export type { DemoSummary, SeedDemoOptions } from './demo.ts';
export type { PublishRelease } from './conference.ts';
export type { PublishEvaluationReport, SealRawText } from './evaluations-context.ts';
