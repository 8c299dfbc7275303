export * from './taxonomy.ts';
export * from './workflow.ts';
export * from './schemas.ts';
export * from './markdown.ts';
export * from './diff.ts';
export * from './attachments.ts';
export * from './content.ts';
