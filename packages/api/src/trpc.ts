import { initTRPC } from '@trpc/server';
import { Prisma } from '@knutepunkt/db';
import { UserError } from '@knutepunkt/domain';
import type { Context } from './context.ts';
import { describeError, httpStatusForError, toTRPCError } from './errors.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const described = describeError(ctx?.locale ?? 'nb', error);
    return {
      ...shape,
      message: described.message,
      // The stack and internal paths never leave the server.
      data: {
        code: shape.data.code,
        // tRPC's HTTP handlers answer with this status (410 for 'gone', which has no tRPC code).
        httpStatus: httpStatusForError(error, shape.data.httpStatus),
        path: shape.data.path,
        fieldErrors: described.fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Database errors a user can cause by what they send (a duplicate, an id that is gone). */
function fromDatabase(error: unknown): UserError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === 'P2002') return new UserError('conflict', 'error.conflict');
  if (error.code === 'P2025' || error.code === 'P2003') return new UserError('notFound', 'error.notFound');
  return null;
}

/**
 * Services and procedure builders throw UserError, which knows nothing of
 * tRPC; here it becomes the TRPCError with the mapped code (so clients get the
 * same codes and HTTP statuses), as do the database errors a user can cause.
 * It wraps every procedure, so whatever a builder's middleware or a resolver
 * throws passes through it.
 */
const userErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const userError = cause instanceof UserError ? cause : fromDatabase(cause);
  if (userError) throw toTRPCError(userError);
  return result;
});

export const baseProcedure = t.procedure.use(userErrors);
