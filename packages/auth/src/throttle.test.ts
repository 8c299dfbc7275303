import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { hashPassword } from './password.ts';
import { checkCredentials } from './sign-in.ts';
import { THROTTLE_RULES, throttleKey } from './throttle.ts';

const MINUTE = 60_000;
const RIGHT = 'riktig-passord-1';

describe.each(testDatabases())('sign-in throttling on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  const signIn = (email: string, password: string, address: string, now: Date) =>
    checkCredentials(handle!.db, { email, password, address }, now);

  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    const passwordHash = await hashPassword(RIGHT);
    for (const name of ['kari', 'ola', 'per', 'lise', 'siri']) {
      await handle.db.user.create({ data: { email: `${name}@test.knutepunkt.no`, name, passwordHash } });
    }
  });
  afterAll(async () => handle?.close());

  test('40 failures for other accounts from one address do not refuse a person who has not failed', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const now = new Date('2026-06-01T12:00:00Z');
    const address = '192.0.2.7';
    for (let i = 0; i < 40; i++) {
      expect(await signIn(`person${i}@test.knutepunkt.no`, 'feil', address, now)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(await signIn('kari@test.knutepunkt.no', RIGHT, address, now)).toMatchObject({ ok: true });

    // Past the threshold, an account that has failed from this address is refused, right password or not...
    expect(await signIn('ola@test.knutepunkt.no', 'feil', address, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn('ola@test.knutepunkt.no', RIGHT, address, now)).toEqual({
      ok: false,
      reason: 'throttled',
      minutes: 15,
    });
    // ...from this address only, and only until the address's window ends.
    expect(await signIn('ola@test.knutepunkt.no', RIGHT, '198.51.100.1', now)).toMatchObject({ ok: true });
    const later = new Date(now.getTime() + 16 * MINUTE);
    expect(await signIn('ola@test.knutepunkt.no', RIGHT, address, later)).toMatchObject({ ok: true });

    const rows = await handle.db.signInThrottle.findMany();
    expect(rows.every((r) => !r.key.includes('192.0.2.7') && !r.key.includes('@'))).toBe(true);
  });

  test('6 wrong passwords lock that account only, from any address, for 15 minutes', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const now = new Date('2026-07-01T12:00:00Z');
    const email = 'per@test.knutepunkt.no';
    expect(THROTTLE_RULES.account.maxFailures).toBe(6);
    for (let i = 0; i < 6; i++) {
      expect(await signIn(email, `feil-${i}`, '10.1.0.1', now)).toEqual({ ok: false, reason: 'invalid' });
    }
    // Locked from any address, even with the right password.
    expect(await signIn(email, RIGHT, '10.9.9.9', now)).toEqual({ ok: false, reason: 'throttled', minutes: 15 });
    expect(await signIn(email, RIGHT, '10.1.0.1', new Date(now.getTime() + 10 * MINUTE))).toEqual({
      ok: false,
      reason: 'throttled',
      minutes: 5,
    });
    // Another account from the same address still signs in.
    expect(await signIn('lise@test.knutepunkt.no', RIGHT, '10.1.0.1', now)).toMatchObject({ ok: true });
    // The lock ends after 15 minutes.
    expect(await signIn(email, RIGHT, '10.1.0.1', new Date(now.getTime() + 15 * MINUTE))).toMatchObject({ ok: true });
  });

  test('5 wrong passwords do not lock; a success starts the count again', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const now = new Date('2026-08-01T12:00:00Z');
    const email = 'siri@test.knutepunkt.no';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 5; i++) await signIn(email, `feil-${i}`, '10.3.0.1', now);
      expect(await signIn(email, RIGHT, '10.3.0.1', now)).toMatchObject({ ok: true });
    }
  });

  test('parallel guesses at one account: exactly 6 are checked, the rest refused', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const now = new Date('2026-09-01T12:00:00Z');
    const email = 'ukjent@test.knutepunkt.no';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(email, `feil-${i}`, `10.4.0.${i}`, now)),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(6);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(14);
    expect(await signIn(email, 'x', '10.4.1.1', now)).toEqual({ ok: false, reason: 'throttled', minutes: 15 });
  });

  test('parallel failures from one address are all counted', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const now = new Date('2026-10-01T12:00:00Z');
    const address = '203.0.113.9';
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(`parallell${i}@test.knutepunkt.no`, 'feil', address, now)),
    );
    const row = await handle.db.signInThrottle.findUnique({ where: { key: throttleKey('address', address) } });
    expect(row?.failures).toBe(40);
    expect(row?.lockedUntil?.getTime()).toBe(now.getTime() + 15 * MINUTE);
    // And a person who has not failed still signs in from there.
    expect(await signIn('kari@test.knutepunkt.no', RIGHT, address, now)).toMatchObject({ ok: true });
  });
});
