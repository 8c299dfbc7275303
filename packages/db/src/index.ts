export * from './client.ts';
export * from './migrate.ts';
export { Prisma } from './generated/prisma/client.ts';
export type * from './generated/prisma/models.ts';
export * from './generated/prisma/enums.ts';
export * from './practice-search.ts';
export * from './public-content-version.ts';
