import os from 'node:os';
import { Writable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type World, createWorld } from '@knutepunkt/api/testing';
import type { Db } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { loadConfig } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});

interface Entry {
  '@xml:lang': string;
  id: string;
  title: { '#text': string };
  link: Array<{ '@href': string }>;
  published: string;
  updated: string;
  author: { name: string };
  summary: { '#text': string };
}

describe('the Atom feeds of new meetings', () => {
  let server: RunningServer;
  let db: Db;
  let world: World;
  let web: string;

  beforeAll(async () => {
    const handle = await createTestDb();
    db = handle.db;
    world = await createWorld(db);
    const config = {
      ...loadConfig({}, []),
      listeners: ['web' as const],
      ports: { web: 0, admin: 0 },
      logStream: quiet(),
    };
    server = await startServer({ ...config, staticDirs: { web: os.tmpdir(), admin: os.tmpdir() } }, handle);
    web = server.listeners.web!.url;
    // A title and place that need escaping, in nynorsk, published last.
    await db.meeting.create({
      data: {
        networkId: world.network1,
        slug: 'samling-med-teikn',
        title: 'Møte <b>&</b> "sitat" ]]> 🎉',
        language: 'nn',
        startsAt: new Date('2031-05-20T07:00:00Z'),
        endsAt: new Date('2031-05-20T13:00:00Z'),
        venueName: 'Salen <3',
        openTo: 'anyone',
        status: 'published',
        publishedAt: new Date(Date.now() + 1000),
      },
    });
  });
  afterAll(async () => server?.close());

  const feed = async (path: string) => {
    const res = await fetch(`${web}${path}`);
    const text = await res.text();
    return { res, text };
  };

  test('/moter.atom: valid Atom, newest first, escaped, in the language written, no drafts', async () => {
    const { res, text } = await feed('/moter.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(text)).toBe(true);
    const atom = parser.parse(text) as { feed: { title: string; entry: Entry[]; link: Array<{ '@href': string }> } };
    expect(atom.feed.title).toBe('Nye nettverksmøter');
    expect(atom.feed.link.map((l) => l['@href'])).toEqual([`${web}/moter.atom`, `${web}/moter`]);
    const [first, ...rest] = atom.feed.entry;
    expect(first!.title['#text']).toBe('Møte <b>&</b> "sitat" ]]> 🎉');
    expect(first!['@xml:lang']).toBe('nn');
    expect(first!.id).toBe(`${web}/moter/samling-med-teikn`);
    expect(first!.summary['#text']).toContain('Salen <3');
    expect(first!.summary['#text']).toContain('Nettverk én');
    expect(first!.author.name).toBe('Nettverk én');
    expect(text).not.toContain('<b>');
    const slugs = [first, ...rest].map((e) => e!.id.split('/').pop());
    expect(slugs).toContain(world.meetings.upcoming.slug);
    expect(slugs).not.toContain(world.meetings.draft.slug);
    expect(text).not.toContain('video.example.no');
  });

  test("a network's feed holds its own meetings; an unknown network is 404", async () => {
    const { res, text } = await feed('/nettverk/nettverk-en/moter.atom');
    expect(res.status).toBe(200);
    const atom = parser.parse(text) as { feed: { title: string; entry: Entry[] } };
    expect(atom.feed.title).toBe('Nye møter i Nettverk én');
    expect(atom.feed.entry.length).toBeGreaterThan(0);
    expect((await feed('/nettverk/finnes-ikke/moter.atom')).res.status).toBe(404);
    expect((await feed('/nettverk/IKKE%20slug/moter.atom')).res.status).toBe(404);
  });

  test('a cancelled meeting says so in its entry', async () => {
    await db.meeting.update({ where: { id: world.meetings.upcoming.meetingId }, data: { status: 'cancelled' } });
    const atom = parser.parse((await feed('/moter.atom')).text) as { feed: { entry: Entry[] } };
    const entry = atom.feed.entry.find((e) => e.id.endsWith(`/moter/${world.meetings.upcoming.slug}`))!;
    expect(entry.title['#text']).toMatch(/^Avlyst: /);
  });
});
