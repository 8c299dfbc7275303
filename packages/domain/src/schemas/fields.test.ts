import { describe, expect, test } from 'vitest';
import { organisationCreateInput } from '../organisations/schemas.ts';
import { registerInput } from '../people/schemas.ts';
import { isSlug, slugField, slugify } from './fields.ts';

describe('field schemas', () => {
  test('slugify makes Norwegian names into web addresses', () => {
    expect(slugify('Mestringsenheten i Sandnes kommune')).toBe('mestringsenheten-i-sandnes-kommune');
    expect(slugify('Pårørende på Ørland – Æ og Å')).toBe('parorende-pa-orland-ae-og-a');
  });

  test('isSlug (no zod, for pages) accepts exactly what slugField accepts', () => {
    const samples = ['trondheim-kommune', 'ab', ' ab ', 'a', 'a'.repeat(80), 'a'.repeat(81), 'Trondheim', 'a--b'];
    for (const sample of [...samples, '-ab', 'ab-', 'æøå', 'a_b', '', '  ', 'a b', '12-34']) {
      expect(isSlug(sample), sample).toBe(slugField.safeParse(sample).success);
    }
    expect(isSlug('trondheim-kommune')).toBe(true);
    expect(isSlug('Trondheim')).toBe(false);
  });

  test('registration refuses a short or common password with the right message key', () => {
    const short = registerInput.safeParse({ name: 'Ola', email: 'ola@example.org', password: 'kort', locale: 'nb' });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe('validation.password.length');
    const common = registerInput.safeParse({
      name: 'Ola',
      email: 'ola@example.org',
      password: 'Passord123',
      locale: 'nb',
    });
    expect(common.error?.issues[0]?.message).toBe('validation.password.common');
  });

  test('e-mail addresses are trimmed and lower-cased', () => {
    const ok = registerInput.parse({
      name: ' Ola ',
      email: ' Ola@Example.ORG ',
      password: 'et-langt-passord',
      locale: 'nn',
    });
    expect(ok.email).toBe('ola@example.org');
    expect(ok.name).toBe('Ola');
  });

  test('organisation input: web address must be http(s), county must be a real county, empty text becomes null', () => {
    const base = { name: 'Test', slug: 'test', type: 'MUNICIPALITY' as const };
    expect(
      organisationCreateInput.safeParse({ ...base, website: 'javascript:alert(1)' }).error?.issues[0]?.message,
    ).toBe('validation.url');
    expect(organisationCreateInput.safeParse({ ...base, county: '99' }).error?.issues[0]?.message).toBe(
      'validation.choice',
    );
    expect(organisationCreateInput.parse({ ...base, description: '   ' }).description).toBeNull();
  });
});
