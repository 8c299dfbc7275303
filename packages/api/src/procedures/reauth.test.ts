import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { createContext } from '../context.ts';
import { adminCaller, outcomeOf } from '../testing/caller.ts';
import { WORLD_PASSWORD } from '../testing/world.ts';
import { TEST_URLS, worldPerDatabase } from '../testing/world-per-database.ts';

const MINUTE = 60_000;

/** confirmedAdminProcedure (reauth.ts, docs/adr/0015): sensitive admin actions need the password given lately. */
describe.each(testDatabases())('asking for the password again in the admin app on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  async function asAdmin(address = '127.0.0.1') {
    const ctx = await createContext({
      db: setup.handle!.db,
      app: 'admin',
      sessionToken: setup.world.tokens.admin.admin,
      requestedLocale: 'nb',
      address,
      setCookie: () => undefined,
      secureCookies: false,
      urls: TEST_URLS,
    });
    return adminCaller(ctx);
  }
  async function ageSession(minutes: number) {
    await setup.handle!.db.session.updateMany({
      where: { userId: setup.world.userIds.admin, app: 'admin' },
      data: { reauthenticatedAt: new Date(Date.now() - minutes * MINUTE) },
    });
  }

  test('after 16 minutes every sensitive action is refused; after confirmPassword it passes', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const sensitive: Array<[string, (call: Awaited<ReturnType<typeof asAdmin>>) => Promise<unknown>]> = [
      ['people.setDisabled', (c) => c.people.setDisabled({ userId: setup.world.userIds.pending, disabled: true })],
      ['people.setAdmin', (c) => c.people.setAdmin({ userId: setup.world.userIds.pending, isAdmin: true })],
      [
        'networks.addCoordinator',
        (c) => c.networks.addCoordinator({ networkId: setup.world.network1, userId: setup.world.userIds.member }),
      ],
      [
        'networks.removeCoordinator',
        (c) => c.networks.removeCoordinator({ networkId: setup.world.network1, userId: setup.world.userIds.member }),
      ],
      ['passwordReset.send', (c) => c.passwordReset.send({ userId: setup.world.userIds.member })],
    ];
    await ageSession(14);
    expect(
      await outcomeOf((await asAdmin()).people.setAdmin({ userId: setup.world.userIds.pending, isAdmin: false })),
    ).toBe('ok');

    await ageSession(16);
    const pendingBefore = await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.pending } });
    for (const [name, call] of sensitive) {
      expect(await outcomeOf(call(await asAdmin())), name).toBe(
        'PRECONDITION_FAILED: Bekreft passordet ditt for å gjøre dette. Det er mer enn 15 minutter siden du sist oppga det.',
      );
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.pending } })).toEqual(pendingBefore);
    // Reads are not sensitive.
    expect(await outcomeOf((await asAdmin()).people.list({}))).toBe('ok');

    // A wrong password does not confirm.
    expect(await outcomeOf((await asAdmin()).account.confirmPassword({ password: 'feil passord' }))).toBe(
      'BAD_REQUEST: Passordet stemmer ikke.',
    );
    expect(await outcomeOf(sensitive[0]![1](await asAdmin()))).toMatch(/^PRECONDITION_FAILED/);

    expect(await (await asAdmin()).account.confirmPassword({ password: WORLD_PASSWORD })).toEqual({ ok: true });
    for (const [name, call] of sensitive) expect(await outcomeOf(call(await asAdmin())), name).toBe('ok');
  });

  test('confirming is throttled like sign-in: 6 wrong passwords lock it', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    await ageSession(20);
    for (let i = 0; i < 6; i++) {
      expect(await outcomeOf((await asAdmin('198.18.0.1')).account.confirmPassword({ password: `feil-${i}` }))).toMatch(
        /^BAD_REQUEST/,
      );
    }
    expect(
      await outcomeOf((await asAdmin('198.18.0.1')).account.confirmPassword({ password: WORLD_PASSWORD })),
    ).toMatch(/^TOO_MANY_REQUESTS/);
    await setup.handle.db.signInThrottle.deleteMany({});
  });
});
