import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AdminRouter } from './admin-router.ts';
import type { WebRouter } from './web-router.ts';

export { webRouter, type WebRouter } from './web-router.ts';
export { adminRouter, type AdminRouter } from './admin-router.ts';
export { createContext, loadActor, type Context, type RequestInfo } from './context.ts';
export { createCallerFactory } from './trpc.ts';

export type WebRouterOutputs = inferRouterOutputs<WebRouter>;
export type WebRouterInputs = inferRouterInputs<WebRouter>;
export type AdminRouterOutputs = inferRouterOutputs<AdminRouter>;
export type AdminRouterInputs = inferRouterInputs<AdminRouter>;
