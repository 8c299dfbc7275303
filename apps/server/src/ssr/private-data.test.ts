import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSession, sessionCookieName } from '@knutepunkt/auth';
import { networkPaths, organisationPaths, pathTo, practicePaths, shellPaths } from '@knutepunkt/domain';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';

/**
 * No server-rendered page ever holds what is not public: every public page (and the pages for
 * signed-in people, which render as loading) is fetched as an anonymous visitor and with the
 * session of every kind of account in the demo (admin, coordinators, editors, a member), and
 * no account's e-mail address, no draft or example under review, and no unpublished revision
 * of a published example may appear in the HTML or in the data handed to the browser.
 */
let server: RunningServer;
let web: string;
const sessions: Array<{ who: string; cookie: string | undefined }> = [{ who: 'anonymous', cookie: undefined }];
let forbidden: string[] = [];
let pages: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ renderPages: true });
  web = server.listeners.web!.url;
  const db = server.handle.db;

  // A revision under way on a published example: its new title must stay inside the organisation.
  const published = await db.practiceVersion.findFirstOrThrow({
    where: { state: 'PUBLISHED', example: { archivedAt: null } },
    orderBy: { createdAt: 'asc' },
  });
  const {
    id: _id,
    number,
    state: _state,
    createdAt: _c,
    updatedAt: _u,
    submittedAt: _s,
    reviewedAt: _r,
    reviewedById: _by,
    ...content
  } = published as typeof published & { updatedAt?: Date };
  const revision = await db.practiceVersion.create({
    data: { ...content, number: number + 1, state: 'DRAFT', title: 'Revisjon som ikke er publisert ennå' },
  });
  const unpublished = await db.practiceVersion.findMany({
    where: { state: { in: ['DRAFT', 'IN_REVIEW', 'RETURNED'] } },
    select: { title: true, summary: true },
  });
  expect(unpublished.map((v) => v.title)).toContain(revision.title);
  const publishedTexts = (
    await db.practiceVersion.findMany({ where: { state: 'PUBLISHED' }, select: { title: true, summary: true } })
  ).flatMap((v) => [v.title, v.summary]);
  // Drafts not yet published (a revision may keep the published text, which is public already).
  forbidden = unpublished.flatMap((v) => [v.title, v.summary]).filter((text) => text && !publishedTexts.includes(text));

  const users = await db.user.findMany({ select: { id: true, email: true } });
  forbidden.push(...users.map((u) => u.email));
  expect(users.length).toBeGreaterThan(4);
  for (const user of users) {
    const { token } = await createSession(db, user.id, 'web');
    sessions.push({ who: user.email, cookie: `${sessionCookieName('web')}=${token}` });
  }

  const examples = await db.practiceExample.findMany({
    where: { publishedVersionId: { not: null } },
    select: { slug: true },
  });
  const organisations = await db.organisation.findMany({ select: { slug: true } });
  const networks = await db.network.findMany({ select: { slug: true } });
  pages = [
    shellPaths.web.home,
    shellPaths.web.accessibility,
    practicePaths.web.search,
    `${practicePaths.web.search}?q=recovery&side=2`,
    practicePaths.web.grid,
    organisationPaths.web.directory,
    networkPaths.web.list,
    shellPaths.web.myPage,
    ...examples.map((e) => pathTo(practicePaths.web.example, { slug: e.slug })),
    ...organisations.map((o) => pathTo(organisationPaths.web.organisation, { slug: o.slug })),
    ...networks.map((n) => pathTo(networkPaths.web.network, { slug: n.slug })),
  ];
}, 120_000);
afterAll(async () => server?.close());

describe('server-rendered HTML', () => {
  test('holds no e-mail address of an account and nothing unpublished, whoever asks', async () => {
    expect(forbidden.length).toBeGreaterThan(6);
    let checked = 0;
    for (const { who, cookie } of sessions) {
      for (const page of pages) {
        const res = await fetch(`${web}${page}`, { headers: cookie ? { cookie } : {} });
        // As a browser reads it: the entities our escaping and React's write, back to text.
        const html = (await res.text())
          .replace(/&quot;/g, '"')
          .replace(/&(apos|#x27|#39);/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        expect(res.status, `${page} as ${who}`).toBeLessThan(500);
        // Rendered on the server, not the bare shell a failed render falls back to.
        expect(html, `${page} as ${who}`).toContain('<div id="root"><div class="kp-layout">');
        for (const text of forbidden) expect(html.includes(text), `${page} as ${who} shows "${text}"`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBe(sessions.length * pages.length);
  }, 300_000);
});
