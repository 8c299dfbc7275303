export * from './password.ts';
export * from './session.ts';
export * from './cookie.ts';
export * from './throttle.ts';
export * from './sign-in.ts';
export * from './reset-token.ts';
export * from './link-token.ts';
export * from './reset-throttle.ts';
