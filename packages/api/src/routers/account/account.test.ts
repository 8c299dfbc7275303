import { TRPCError } from '@trpc/server';
import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { type AppName, adminCaller, webCaller } from '../../testing/caller.ts';
import { WORLD_PASSWORD } from '../../testing/world.ts';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { type Context, createContext } from '../../context.ts';

describe.each(testDatabases())('accounts through the routers on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  function context(app: AppName, opts: { token?: string; address?: string } = {}) {
    const cookies: string[] = [];
    const ctx = createContext({
      db: setup.handle!.db,
      app,
      sessionToken: opts.token ?? null,
      requestedLocale: 'nb',
      address: opts.address ?? '127.0.0.1',
      setCookie: (value) => cookies.push(value),
      secureCookies: false,
      urls: TEST_URLS,
    });
    return { ctx, cookies };
  }
  const web = async (opts?: { token?: string; address?: string }) => {
    const { ctx, cookies } = context('web', opts);
    return { call: webCaller(await ctx), cookies };
  };
  const admin = async (opts?: { token?: string; address?: string }) => {
    const { ctx, cookies } = context('admin', opts);
    return { call: adminCaller(await ctx), ctx: (await ctx) satisfies Context, cookies };
  };
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
    );

  test("a web session's token sent to the admin router is treated as signed out", async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const token = setup.world.tokens.admin.web;
    const asAdmin = await admin({ token });
    expect(asAdmin.ctx.user).toBeNull();
    expect(await asAdmin.call.account.me()).toBeNull();
    expect(await code(asAdmin.call.people.list({}))).toBe('UNAUTHORIZED');
    // The admin session works there, and the web token on the web.
    expect((await admin({ token: setup.world.tokens.admin.admin })).ctx.user?.id).toBe(setup.world.userIds.admin);
    expect((await (await web({ token })).call.account.me())?.id).toBe(setup.world.userIds.admin);
  });

  test('registering answers the same for a new and a taken address; the owner is told', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const before = await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.member } });
    const usersBefore = await db.user.count();

    const fresh = await web();
    const freshAnswer = await fresh.call.account.register({
      name: 'Ny Person',
      email: 'ny.person@test.knutepunkt.no',
      password: 'et langt godt passord',
      locale: 'nn',
    });
    const taken = await web();
    const takenAnswer = await taken.call.account.register({
      name: 'Noen Andre',
      email: 'MEMBER@test.knutepunkt.no',
      password: 'et annet langt passord',
      locale: 'en',
    });
    expect(takenAnswer).toEqual(freshAnswer);
    // Nobody is signed in by registering, in either case.
    expect(fresh.cookies).toEqual([]);
    expect(taken.cookies).toEqual([]);

    // The new address got an account; the taken one is untouched.
    expect(await db.user.count()).toBe(usersBefore + 1);
    const after = await db.user.findUniqueOrThrow({ where: { id: setup.world.userIds.member } });
    expect(after).toEqual(before);

    // The owner, and only the owner, gets a message in their own language with the sign-in and reset links.
    const mail = await db.outboxMessage.findMany({ where: { kind: 'account.registerTaken' } });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ userId: setup.world.userIds.member, toEmail: 'member@test.knutepunkt.no' });
    expect(mail[0]!.subject).toBe('Noen prøvde å opprette en konto med e-postadressen din');
    expect(mail[0]!.body).toContain('https://knutepunkt.example/logg-inn');
    expect(mail[0]!.body).toContain('https://knutepunkt.example/glemt-passord');

    // The new person signs in next, as anyone does.
    const signIn = await web();
    await signIn.call.account.signIn({ email: 'ny.person@test.knutepunkt.no', password: 'et langt godt passord' });
    expect(signIn.cookies[0]).toMatch(/^kp_session=/);
  });

  test('two registrations of one new address at once: one account, the same answer to both', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const input = { name: 'Dobbel', email: 'dobbel@test.knutepunkt.no', password: 'et langt godt passord' };
    const answers = await Promise.all(
      (['nb', 'en'] as const).map(async (locale) => (await web()).call.account.register({ ...input, locale })),
    );
    expect(answers[0]).toEqual(answers[1]);
    expect(await setup.handle.db.user.count({ where: { email: input.email } })).toBe(1);
  });

  test('admin sign-in: 40 failures for others from one address do not refuse the admin; 6 lock one account', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const address = '198.51.100.40';
    for (let i = 0; i < 40; i++) {
      const { call } = await admin({ address });
      expect(await code(call.account.signIn({ email: `gjett${i}@test.knutepunkt.no`, password: 'feil' }))).toBe(
        'BAD_REQUEST',
      );
    }
    const signIn = await admin({ address });
    expect((await signIn.call.account.signIn({ email: 'admin@test.knutepunkt.no', password: WORLD_PASSWORD })).id).toBe(
      setup.world.userIds.admin,
    );
    expect(signIn.cookies[0]).toMatch(/^kp_admin_session=/);

    // Past the address's threshold, an account that fails from it is refused there after one failure.
    const first = await web({ address });
    expect(await code(first.call.account.signIn({ email: 'member@test.knutepunkt.no', password: 'feil' }))).toBe(
      'BAD_REQUEST',
    );
    const second = await web({ address });
    expect(
      await code(second.call.account.signIn({ email: 'member@test.knutepunkt.no', password: WORLD_PASSWORD })),
    ).toBe('TOO_MANY_REQUESTS');

    // 6 wrong passwords lock that account, from any address, and no other account.
    const office = '203.0.113.50';
    for (let i = 0; i < 6; i++) {
      const { call } = await web({ address: office });
      expect(await code(call.account.signIn({ email: 'editor@test.knutepunkt.no', password: `feil-${i}` }))).toBe(
        'BAD_REQUEST',
      );
    }
    const locked = await web({ address: '203.0.113.1' });
    expect(
      await code(locked.call.account.signIn({ email: 'editor@test.knutepunkt.no', password: WORLD_PASSWORD })),
    ).toBe('TOO_MANY_REQUESTS');
    const other = await web({ address: office });
    expect(
      (await other.call.account.signIn({ email: 'coordinator@test.knutepunkt.no', password: WORLD_PASSWORD })).id,
    ).toBe(setup.world.userIds.coordinator);
  });
});
