import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError } from './errors.ts';
import { safeNext } from './account.ts';
import { shouldRetry } from './trpc.ts';

const serverError = (code: string, httpStatus: number, fieldErrors: Record<string, string> = {}) =>
  TRPCClientError.from({
    error: { message: 'Oversatt melding.', code: -32600, data: { code, httpStatus, fieldErrors } },
  });

describe('requests', () => {
  it('are not retried when the server refused them (4xx), but are after a network failure', () => {
    expect(shouldRetry(0, serverError('FORBIDDEN', 403))).toBe(false);
    expect(shouldRetry(0, serverError('NOT_FOUND', 404))).toBe(false);
    const offline = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(shouldRetry(0, offline)).toBe(true);
    expect(shouldRetry(2, offline)).toBe(false);
  });

  it('turn server errors into the translated message and field errors, and a lost connection into our own words', () => {
    const t = (key: string) => `[${key}]`;
    expect(describeError(serverError('BAD_REQUEST', 400, { slug: 'Opptatt.' }), t)).toEqual({
      code: 'BAD_REQUEST',
      message: 'Oversatt melding.',
      fieldErrors: { slug: 'Opptatt.' },
    });
    expect(describeError(TRPCClientError.from(new TypeError('Failed to fetch')), t).message).toBe('[error.network]');
  });

  it('go back after sign-in only to a path inside the app', () => {
    expect(safeNext('/nettverk/abc?x=1')).toBe('/nettverk/abc?x=1');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
