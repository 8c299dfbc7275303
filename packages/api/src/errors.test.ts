import { describe, expect, test } from 'vitest';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { TRPCError } from '@trpc/server';
import { ERROR_KINDS, UserError } from '@knutepunkt/domain';
import type { Context } from './context.ts';
import { describeError, httpStatusOf, toTRPCError } from './errors.ts';
import { baseProcedure, router } from './trpc.ts';

/** A router with one query that refuses with the kind it is asked for, answered over HTTP. */
const refusing = router({
  refuse: baseProcedure
    .input((v) => v as { kind: (typeof ERROR_KINDS)[number] })
    .query(({ input }) => {
      throw new UserError(input.kind, 'error.badRequest');
    }),
});
async function refuseOverHttp(kind: (typeof ERROR_KINDS)[number]): Promise<number> {
  const input = encodeURIComponent(JSON.stringify({ kind }));
  const res = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(`http://test/trpc/refuse?input=${input}`),
    router: refusing,
    createContext: () => ({ locale: 'nb' }) as Context,
  });
  return res.status;
}

describe('mapping a UserError to HTTP', () => {
  test.each(ERROR_KINDS)('%s: tRPC answers with the status the server routes use', async (kind) => {
    const error = new UserError(kind, 'error.badRequest');
    expect(await refuseOverHttp(kind)).toBe(httpStatusOf(kind));
    expect(toTRPCError(error).cause).toBe(error);
  });

  test('gone is 410, though tRPC has no code for it', async () => {
    expect(httpStatusOf('gone')).toBe(410);
    expect(await refuseOverHttp('gone')).toBe(410);
  });

  test('translated with its parameters, thrown as it is or as the cause of tRPC error', () => {
    const error = new UserError('conflict', 'practice.attachments.error.tooMany', {
      params: { max: 20 },
      fieldErrors: { file: 'practice.attachments.error.tooMany' },
    });
    const described = describeError('en', error);
    expect(described.message).toMatch(/20/);
    expect(described.fieldErrors).toEqual({ file: described.message });
    expect(describeError('en', toTRPCError(error))).toEqual(described);
  });

  test('anything else is our fault, and says so without details', () => {
    expect(describeError('nb', new Error('secret path /srv/x'))).toEqual({
      message: 'Noe gikk galt hos oss. Prøv igjen om litt.',
      fieldErrors: {},
    });
    expect(describeError('nb', new TRPCError({ code: 'NOT_FOUND' })).message).toBe('Vi fant ikke det du lette etter.');
  });
});
