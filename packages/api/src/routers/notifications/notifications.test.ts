import { TRPCError } from '@trpc/server';
import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { contextFor, webCaller } from '../../testing/caller.ts';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { notify } from '../outbox/service.ts';
import { buildDigest, markDigested, sendDailyDigests } from './digest.ts';
import { createPreferencePolicy } from './policy.ts';
import { unsubscribeWithToken } from './unsubscribe.ts';
import { siteSecret, unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const ALL_IMMEDIATE = {
  practice: 'immediate',
  meetings: 'immediate',
  conference: 'immediate',
  evaluations: 'immediate',
};

describe.each(testDatabases())('notification choices on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const db = () => setup.handle!.db;
  const web = async (role: 'member' | 'editor' | 'anonymous') =>
    webCaller(await contextFor(db(), 'web', setup.world, role));

  test('a person reads and sets their own choices; another person is untouched', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const member = await web('member');
    expect(await member.notifications.choices()).toEqual(ALL_IMMEDIATE);
    const chosen = { practice: 'digest', meetings: 'off', conference: 'immediate', evaluations: 'digest' } as const;
    expect(await member.notifications.setChoices(chosen)).toEqual(chosen);
    expect(await member.notifications.choices()).toEqual(chosen);
    // Another person's are their own: the procedures take no person, so there is nothing to reach.
    expect(await (await web('editor')).notifications.choices()).toEqual(ALL_IMMEDIATE);
    // Security cannot be sent in (it is not part of the input) and is not stored.
    await member.notifications.setChoices({ ...chosen, security: 'off' } as typeof chosen);
    expect(await db().notificationChoice.count({ where: { category: 'security' } })).toBe(0);
    await expect((await web('anonymous')).notifications.choices()).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'UNAUTHORIZED',
    );
    // A wrong choice is a translated refusal and changes nothing.
    await expect(member.notifications.setChoices({ ...chosen, practice: 'weekly' as 'off' })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'BAD_REQUEST',
    );
    expect(await member.notifications.choices()).toEqual(chosen);
    await member.notifications.setChoices(ALL_IMMEDIATE as typeof chosen);
  });

  test('the policy: security always now, the rest as chosen, links only where there is something to switch off', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const policy = createPreferencePolicy(db(), TEST_URLS);
    const userId = setup.world.userIds.editor;
    const member = await web('editor');
    await member.notifications.setChoices({
      practice: 'digest',
      meetings: 'off',
      conference: 'immediate',
      evaluations: 'off',
    });
    expect(await policy.plan({ userId, kind: 'practice.returned' })).toBe('digest');
    expect(await policy.plan({ userId, kind: 'meeting.reminder' })).toBe('none');
    expect(await policy.plan({ userId, kind: 'conference.changed' })).toBe('now');
    expect(await policy.plan({ userId, kind: 'evaluation.followUp' })).toBe('none');
    expect(await policy.plan({ userId, kind: 'account.registerTaken' })).toBe('now');
    expect(await policy.plan({ userId, kind: 'security.passwordReset' })).toBe('now');
    expect(await policy.plan({ userId, kind: 'unknown.kind' })).toBe('now');
    expect(await policy.plan({ userId: null, kind: 'practice.returned' })).toBe('now');
    // Someone who chose nothing gets each at once.
    expect(await policy.plan({ userId: setup.world.userIds.member, kind: 'practice.returned' })).toBe('now');

    expect(await policy.unsubscribe({ userId, kind: 'security.passwordReset' })).toBeNull();
    expect(await policy.unsubscribe({ userId, kind: 'account.disabled' })).toBeNull();
    expect(await policy.unsubscribe({ userId: null, kind: 'practice.returned' })).toBeNull();
    const links = await policy.unsubscribe({ userId, kind: 'practice.published' });
    expect(links?.url).toMatch(/^https:\/\/knutepunkt\.example\/varsler\/avmeld\?t=/);
    expect(links?.oneClickUrl).toBe(links?.url);
    const token = new URL(links!.url).searchParams.get('t');
    expect(verifyUnsubscribeToken(await siteSecret(db()), token)).toEqual({ userId, category: 'practice' });
  });

  test('a token works for its person and category only; a tampered one changes nothing', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const secret = await siteSecret(db());
    expect(await siteSecret(db())).toBe(secret); // one secret, kept in the database
    const userId = setup.world.userIds.member;
    const token = unsubscribeToken(secret, userId, 'meetings');
    const [id, category, mac] = token.split('.') as [string, string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const bad of [
      `${id}.practice.${mac}`, // another category with this token's mac
      `${setup.world.userIds.editor}.${category}.${mac}`, // another person
      `${id}.${category}.${flip(mac, 0)}`,
      `${id}.${category}.${flip(mac, mac.length - 1)}`,
      `${id}.security.${mac}`,
      `${id}.${category}`,
      '',
      token + 'x',
      unsubscribeToken('another-secret-another-secret-123', userId, 'meetings'),
    ]) {
      expect(verifyUnsubscribeToken(secret, bad), bad).toBeNull();
      expect(await unsubscribeWithToken(db(), secret, bad)).toBeNull();
    }
    expect(await db().notificationChoice.count({ where: { userId, choice: 'off' } })).toBe(0);
    expect(await unsubscribeWithToken(db(), secret, token)).toEqual({ userId, category: 'meetings', locale: 'nb' });
    expect((await (await web('member')).notifications.choices()).meetings).toBe('off');
    // A security token cannot even be made through the policy (no such choosable category).
    expect(() => unsubscribeToken(secret, userId, 'security' as 'practice')).not.toThrow();
    expect(verifyUnsubscribeToken(secret, unsubscribeToken(secret, userId, 'security' as 'practice'))).toBeNull();
    await (await web('member')).notifications.setChoices(ALL_IMMEDIATE as never);
  });

  test.for([
    ['nb', 'Knutepunkt: 2 nye varsler', 'Praksiseksempler', 'Her er varslene dine', 'Min side'],
    ['nn', 'Knutepunkt: 2 nye varsel', 'Praksiseksempel', 'Her er varsla dine', 'Mi side'],
    ['en', 'Knutepunkt: 2 new notifications', 'Practice examples', 'Here are your notifications', 'My page'],
  ] as const)('the daily digest in %s', async ([locale, subject, heading, intro, myPage], ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const user = await db().user.create({
      data: { email: `digest-${locale}@test.knutepunkt.no`, name: `Digest ${locale}`, passwordHash: 'x', locale },
    });
    const recipient = { id: user.id, email: user.email, locale };
    await db().notificationChoice.createMany({
      data: [
        { userId: user.id, category: 'practice', choice: 'digest' },
        { userId: user.id, category: 'meetings', choice: 'off' },
      ],
    });
    expect(await buildDigest(db(), user.id, null, TEST_URLS)).toBeNull();
    const params = { title: `Eksempel ${locale}`, url: 'https://knutepunkt.example/praksis/x', comment: 'Fint' };
    await notify(db(), [recipient], {
      kind: 'practice.published',
      subject: 'practice.mail.published.subject',
      body: 'practice.mail.published.body',
      params,
    });
    await notify(db(), [recipient], {
      kind: 'practice.returned',
      subject: 'practice.mail.returned.subject',
      body: 'practice.mail.returned.body',
      params,
    });
    // Not in the digest: a category switched off, and security (always sent on its own).
    await db().outboxMessage.createMany({
      data: [
        { userId: user.id, toEmail: user.email, kind: 'meeting.reminder', subject: 'Møte', body: 'm' },
        { userId: user.id, toEmail: user.email, kind: 'account.registerTaken', subject: 'Konto', body: 'k' },
      ],
    });
    const digest = await buildDigest(db(), user.id, null, TEST_URLS);
    expect(digest).not.toBeNull();
    expect(digest!.to).toBe(user.email);
    expect(digest!.subject).toBe(subject);
    expect(digest!.outboxMessageIds).toHaveLength(2);
    expect(digest!.text).toContain(heading);
    expect(digest!.text).toContain(intro);
    expect(digest!.text).toContain(myPage);
    expect(digest!.text).toContain('https://knutepunkt.example/min-side#varsler');
    const stored = await db().outboxMessage.findMany({ where: { id: { in: digest!.outboxMessageIds } } });
    for (const m of stored) expect(digest!.text).toContain(m.subject);
    expect(digest!.text).not.toContain('Møte');
    expect(digest!.text).not.toContain('Konto');

    // Once sent, they are not sent again.
    await markDigested(db(), digest!);
    expect(await buildDigest(db(), user.id, null, TEST_URLS)).toBeNull();
  });

  test('the daily job sends each waiting digest once, and again after a failed send', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const user = await db().user.create({
      data: { email: 'digest-job@test.knutepunkt.no', name: 'Jobb', passwordHash: 'x', locale: 'nn' },
    });
    await db().notificationChoice.create({ data: { userId: user.id, category: 'practice', choice: 'digest' } });
    await db().outboxMessage.create({
      data: { userId: user.id, toEmail: user.email, kind: 'practice.published', subject: 'Publisert', body: 'b' },
    });
    const failing = async () => {
      throw new Error('SMTP down');
    };
    await expect(sendDailyDigests(db(), failing, TEST_URLS)).rejects.toThrow('SMTP down');
    const sent: Array<{ to: string; subject: string }> = [];
    const send = async (to: string, subject: string) => void sent.push({ to, subject });
    await sendDailyDigests(db(), send, TEST_URLS);
    expect(sent.filter((s) => s.to === user.email)).toEqual([{ to: user.email, subject: 'Knutepunkt: 1 nytt varsel' }]);
    await sendDailyDigests(db(), send, TEST_URLS);
    expect(sent.filter((s) => s.to === user.email)).toHaveLength(1);
  });
});
