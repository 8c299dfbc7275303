export * from './compose.ts';
export * from './transport.ts';
