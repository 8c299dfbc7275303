import { TRPCError, initTRPC } from '@trpc/server';
import { Prisma } from '@knutepunkt/db';
import type { Context } from './context.ts';
import { UserError, describeError } from './errors.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const described = describeError(ctx?.locale ?? 'nb', error);
    return {
      ...shape,
      message: described.message,
      // The stack and internal paths never leave the server.
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: described.fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/**
 * Database errors a user can cause by what they send (a duplicate, an id that
 * is gone) become clear 4xx answers instead of 500s.
 */
const databaseErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof Prisma.PrismaClientKnownRequestError) {
    const code = result.error.cause.code;
    if (code === 'P2002') throw new UserError('CONFLICT', 'error.conflict');
    if (code === 'P2025' || code === 'P2003') throw new UserError('NOT_FOUND', 'error.notFound');
  }
  return result;
});

export const baseProcedure = t.procedure.use(databaseErrors);
export { TRPCError };
