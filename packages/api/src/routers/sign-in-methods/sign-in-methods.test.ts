import { TRPCError } from '@trpc/server';
import { describe, expect, test } from 'vitest';
import { NO_PASSWORD } from '@knutepunkt/auth';
import { testDatabases } from '@knutepunkt/db/testing';
import { createContext } from '../../context.ts';
import { webCaller } from '../../testing/caller.ts';
import { createEmailLink, deleteExpiredSignInEmailLinks, findEmailLink } from './email-link.ts';
import { createSignInFlow, deleteExpiredSignInFlows, loadSignInFlow } from './flow.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';

const PROVIDERS = [
  { id: 'idporten', name: 'ID-porten' },
  { id: 'trondheim', name: 'Trondheim kommune' },
];

describe.each(testDatabases())('linked sign-in methods on Min side, on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  const web = async (token: string) =>
    webCaller(
      await createContext({
        db: setup.handle!.db,
        app: 'web',
        sessionToken: token,
        requestedLocale: 'nb',
        address: '127.0.0.1',
        setCookie: () => {},
        secureCookies: false,
        signInProviders: PROVIDERS,
      }),
    );
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (error: unknown) => (error instanceof TRPCError ? `${error.code} ${error.message}` : String(error)),
    );
  const link = (userId: string, providerId: string, subject: string) =>
    setup.handle!.db.externalIdentity.create({
      data: { userId, providerId, issuer: `https://${providerId}.example`, subject },
    });

  test('a person sees their own methods and removes one; nobody else’s', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const mine = await link(setup.world.userIds.member, 'idporten', 'sub-member');
    const theirs = await link(setup.world.userIds.editor, 'trondheim', 'sub-editor');
    const member = await web(setup.world.tokens.member.web);

    const listed = await member.signInMethods.list();
    expect(listed.hasPassword).toBe(true);
    expect(listed.methods).toEqual([
      expect.objectContaining({ id: mine.id, providerId: 'idporten', providerName: 'ID-porten', lastUsedAt: null }),
    ]);
    expect(await code(member.signInMethods.remove({ identityId: theirs.id }))).toMatch(/^NOT_FOUND/);
    expect(await setup.handle.db.externalIdentity.count({ where: { id: theirs.id } })).toBe(1);
    expect(await code(member.signInMethods.remove({ identityId: mine.id }))).toBe('ok');
    expect((await member.signInMethods.list()).methods).toEqual([]);
  });

  test('an account without a password keeps its last way to sign in', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    await db.user.update({ where: { id: setup.world.userIds.otherEditor }, data: { passwordHash: NO_PASSWORD } });
    const first = await link(setup.world.userIds.otherEditor, 'idporten', 'sub-other-1');
    const second = await link(setup.world.userIds.otherEditor, 'trondheim', 'sub-other-2');
    const person = await web(setup.world.tokens.otherEditor.web);
    expect((await person.signInMethods.list()).hasPassword).toBe(false);

    expect(await code(person.signInMethods.remove({ identityId: first.id }))).toBe('ok');
    const last = await code(person.signInMethods.remove({ identityId: second.id }));
    expect(last).toBe('CONFLICT sign-in-methods.error.lastMethod');
    expect(await db.externalIdentity.count({ where: { userId: setup.world.userIds.otherEditor } })).toBe(1);
  });

  test('changing the password of an account without one is refused (it is set through a reset)', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    await setup.handle.db.user.update({
      where: { id: setup.world.userIds.coordinator },
      data: { passwordHash: NO_PASSWORD },
    });
    const person = await web(setup.world.tokens.coordinator.web);
    const result = await code(
      person.account.changePassword({ currentPassword: NO_PASSWORD, newPassword: 'et helt nytt passord' }),
    );
    expect(result).toMatch(/^BAD_REQUEST/);
  });

  test('the clean-up removes expired flows and e-mail links, and leaves the live ones', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const start = { providerId: 'idporten', state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/' };
    const past = new Date(Date.now() - 3 * 60 * 60_000);
    // (A new flow clears expired ones as it begins: the live one first.)
    const liveFlow = await loadSignInFlow(db, await createSignInFlow(db, start));
    const oldFlow = await loadSignInFlow(db, await createSignInFlow(db, start, past), past);
    const oldLink = await createEmailLink(db, liveFlow!.id, 'gammel@example.org', past);
    const liveLink = await createEmailLink(db, liveFlow!.id, 'ny@example.org');
    expect(await findEmailLink(db, oldLink)).toBeNull();

    expect(await deleteExpiredSignInEmailLinks(db)).toBe(1);
    expect(await deleteExpiredSignInFlows(db)).toBeGreaterThanOrEqual(1);
    expect(await db.signInFlow.count({ where: { id: oldFlow!.id } })).toBe(0);
    expect(await db.signInFlow.count({ where: { id: liveFlow!.id } })).toBe(1);
    expect(await findEmailLink(db, liveLink)).toMatchObject({ email: 'ny@example.org' });
    expect(await db.signInEmailLink.count({ where: { tokenHash: liveLink } })).toBe(0); // only the hash is kept
  });
});
