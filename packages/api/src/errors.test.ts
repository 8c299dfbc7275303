import { describe, expect, test } from 'vitest';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import { ERROR_KINDS, UserError } from '@knutepunkt/domain';
import { describeError, httpStatusOf, toTRPCError } from './errors.ts';

describe('mapping a UserError to HTTP', () => {
  test.each(ERROR_KINDS)('%s: the server routes answer with the status tRPC gives its code', (kind) => {
    const error = new UserError(kind, 'error.badRequest');
    expect(httpStatusOf(kind)).toBe(getHTTPStatusCodeFromError(toTRPCError(error)));
    expect(toTRPCError(error).cause).toBe(error);
  });

  test('translated with its parameters, thrown as it is or as the cause of tRPC error', () => {
    const error = new UserError('conflict', 'files.error.tooMany', {
      params: { max: 20 },
      fieldErrors: { file: 'files.error.tooMany' },
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
