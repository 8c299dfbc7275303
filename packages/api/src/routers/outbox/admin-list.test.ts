import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { adminCaller, webCaller } from '../../testing/caller.ts';
import { type SignedInRole, type World, createWorld } from '../../testing/world.ts';
import { createContext } from '../../context.ts';
import { RESET_KIND } from '../password-reset/service.ts';
import { notify } from './service.ts';

const URLS = { web: 'https://knutepunkt.example', admin: 'https://admin.knutepunkt.example' };
const RESET_LINK = /https:\/\/knutepunkt\.example\/nytt-passord\?token=[A-Za-z0-9_-]+/;

/**
 * The admin outbox never sends the text of someone else's security message (a password reset
 * link works for whoever holds it); everything else, and the admin's own, it shows in full.
 */
describe.each(testDatabases())('hidden security messages in the admin outbox on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    world = await createWorld(handle.db);
    // Real messages: the member and the admin ask for reset links, the coordinator gets a practice notification.
    const web = webCaller(await context('anonymous'));
    await web.passwordReset.request({ email: 'member@test.knutepunkt.no' });
    await web.passwordReset.request({ email: 'admin@test.knutepunkt.no' });
    const coordinator = await handle.db.user.findUniqueOrThrow({ where: { id: world.userIds.coordinator } });
    await notify(handle.db, [{ id: coordinator.id, email: coordinator.email, locale: 'nb' }], {
      kind: 'practice.submitted',
      subject: 'practice.mail.submitted.subject',
      body: 'practice.mail.submitted.body',
      params: { title: 'Recoveryverksted', organisation: 'Kommune én', link: 'https://knutepunkt.example/x' },
    });
  }, 60_000);
  afterAll(async () => handle?.close());

  async function context(role: SignedInRole | 'anonymous', app: 'web' | 'admin' = 'web') {
    return createContext({
      db: handle!.db,
      app,
      sessionToken: role === 'anonymous' ? null : world.tokens[role][app],
      requestedLocale: 'nb',
      address: '127.0.0.1',
      setCookie: () => {},
      secureCookies: false,
      urls: URLS,
    });
  }
  const adminList = async (role: SignedInRole) => adminCaller(await context(role, 'admin')).outbox.list({});

  test('an admin gets someone else’s reset message without its text, a practice message with it', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const list = await adminList('admin');
    const others = list.find((m) => m.kind === RESET_KIND && m.toEmail === 'member@test.knutepunkt.no');
    expect(others).toMatchObject({ subject: expect.any(String), status: 'no_smtp', body: null, bodyHidden: true });
    // Not in the answer at all, in any field: the link never reaches the admin's browser.
    expect(JSON.stringify(others)).not.toMatch(/nytt-passord|token=/);
    const practice = list.find((m) => m.kind === 'practice.submitted');
    expect(practice).toMatchObject({ bodyHidden: false, body: expect.stringContaining('Recoveryverksted') });
  });

  test('an admin reads their own security message', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const own = (await adminList('admin')).find(
      (m) => m.kind === RESET_KIND && m.toEmail === 'admin@test.knutepunkt.no',
    );
    expect(own).toMatchObject({ bodyHidden: false, body: expect.stringMatching(RESET_LINK) });
  });

  test('the person reads their own link on Min side; a coordinator sees only their own messages', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const mine = await webCaller(await context('member')).account.notifications();
    expect(mine.find((m) => m.kind === RESET_KIND)?.body).toMatch(RESET_LINK);
    const coordinators = await adminList('coordinator');
    expect(coordinators.map((m) => m.kind)).toEqual(['practice.submitted']);
    expect(coordinators[0]!.body).toContain('Recoveryverksted');
  });
});
