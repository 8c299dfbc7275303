import { describe, expect, test } from 'vitest';
import { UserError, fieldError, notFound } from './errors.ts';

describe('UserError', () => {
  test('is a plain error with a kind, a message key and its parameters', () => {
    const error = new UserError('conflict', 'files.error.tooMany', { params: { max: 20 } });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'UserError',
      kind: 'conflict',
      key: 'files.error.tooMany',
      params: { max: 20 },
    });
    expect(error.message).toBe('files.error.tooMany');
  });

  test('keeps a cause (a zod error whose issues become field messages)', () => {
    const cause = new Error('the form');
    expect(new UserError('badRequest', 'error.badRequest', { cause }).cause).toBe(cause);
    expect(notFound().cause).toBeUndefined();
  });

  test('a field error names its field with the same key; a conflict unless told otherwise', () => {
    expect(fieldError('email', 'error.email.taken')).toMatchObject({
      kind: 'conflict',
      key: 'error.email.taken',
      fieldErrors: { email: 'error.email.taken' },
    });
    expect(fieldError('slug', 'error.slug.taken', 'badRequest').kind).toBe('badRequest');
  });
});
