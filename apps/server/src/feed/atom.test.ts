import path from 'node:path';
import os from 'node:os';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PRACTICE_CONTENT, createWorld } from '@knutepunkt/api/testing';
import { type Db, refreshPracticeSearch } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { loadConfig } from '../config.ts';
import { buildListener } from '../listener.ts';
import { type RunningServer, startServer } from '../server.ts';
import { xmlEscape } from '@knutepunkt/domain';
import { type FeedEntry, renderPracticeFeed } from './practice.ts';

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
});

interface AtomEntry {
  '@xml:lang': string;
  id: string;
  title: { '#text': string };
  link: Array<{ '@href': string; '@rel': string }>;
  published: string;
  updated: string;
  author: { name: string };
  summary?: { '#text': string; '@xml:lang': string };
}
interface Atom {
  feed: {
    '@xmlns': string;
    title: string;
    subtitle: string;
    id: string;
    updated: string;
    link: Array<{ '@href': string; '@rel': string }>;
    entry?: AtomEntry[];
  };
}

function parse(xml: string): Atom {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Atom;
}

const EVIL = `<script>alert("x")</script> & 'sitat' \u0007slutt`;

describe('the Atom document', () => {
  const entry: FeedEntry = {
    slug: 'stressmestring',
    title: EVIL,
    summary: `Oppsummering ${EVIL}`,
    language: 'nn',
    organisation: 'Kommune <én> & "to"',
    published_at: new Date('2026-03-01T10:00:00Z'),
    first_published_at: new Date('2025-11-01T09:00:00Z'),
  };

  test('is well-formed XML with everything escaped, and reads back as written (less characters XML cannot carry)', () => {
    const xml = renderPracticeFeed('https://knutepunkt.example.no', [entry]);
    expect(xml).not.toContain('<script>');
    const feed = parse(xml).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('Knutepunkt – nye praksiseksempler');
    const [e] = feed.entry!;
    expect(e!.title['#text']).toBe(EVIL.replace('\u0007', ''));
    expect(e!.author.name).toBe('Kommune <én> & "to"');
    expect(e!.summary).toEqual({
      '#text': `Oppsummering ${EVIL.replace('\u0007', '')}`,
      '@xml:lang': 'nn',
      '@type': 'text',
    });
    expect(e!['@xml:lang']).toBe('nn');
    expect(e!.id).toBe('https://knutepunkt.example.no/praksis/stressmestring');
    expect(e!.published).toBe('2025-11-01T09:00:00.000Z');
    expect(e!.updated).toBe('2026-03-01T10:00:00.000Z');
    expect(feed.updated).toBe('2026-03-01T10:00:00.000Z');
  });

  test('an empty bank is still a valid feed', () => {
    const feed = parse(renderPracticeFeed('http://localhost:3000', [], new Date('2026-01-01T00:00:00Z'))).feed;
    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe('2026-01-01T00:00:00.000Z');
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe('http://localhost:3000/praksis.atom');
  });

  test('escaping covers the five XML specials and drops forbidden characters, keeping emoji', () => {
    expect(xmlEscape(`<a href="x">'&'</a>\u0000😀`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;😀');
  });
});

describe('GET /praksis.atom on the web listener', () => {
  let server: RunningServer;
  let db: Db;
  let web: string;

  beforeAll(async () => {
    const handle = await createTestDb();
    db = handle.db;
    const world = await createWorld(db);
    // A second published example, in nynorsk, whose title needs escaping.
    const example = await db.practiceExample.create({
      data: {
        slug: 'farleg-tittel',
        organisationId: world.org2,
        versions: {
          create: {
            number: 1,
            state: 'PUBLISHED',
            publishedAt: new Date(),
            ...PRACTICE_CONTENT,
            language: 'nn',
            title: EVIL,
          },
        },
      },
      include: { versions: true },
    });
    await db.practiceExample.update({
      where: { id: example.id },
      data: { publishedVersionId: example.versions[0]!.id, firstPublishedAt: new Date(), lastPublishedAt: new Date() },
    });
    await refreshPracticeSearch(db, example.id);
    const config = {
      ...loadConfig({}, []),
      listeners: ['web' as const],
      ports: { web: 0, admin: 0 },
      logStream: quiet(),
    };
    server = await startServer({ ...config, staticDirs: { web: os.tmpdir(), admin: os.tmpdir() } }, handle);
    web = server.listeners.web!.url;
  });
  afterAll(async () => server?.close());

  test("the published examples as entries, drafts and examples in review left out, links on the listener's own address", async () => {
    const res = await fetch(`${web}/praksis.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parse(await res.text()).feed;
    const titles = feed.entry!.map((e) => e.title['#text']);
    expect(titles).toContain('Stressmestring i gruppe');
    expect(titles).toContain(EVIL.replace('\u0007', ''));
    expect(titles).not.toContain('Recoverykurs for alle');
    expect(titles).not.toContain('Matlaging i bofellesskapet');
    const stress = feed.entry!.find((e) => e.title['#text'] === 'Stressmestring i gruppe')!;
    expect(stress.link[0]!['@href']).toBe(`${web}/praksis/stressmestring-i-gruppe`);
    expect(stress.author.name).toBe('Kommune én');
    expect(stress.summary?.['@xml:lang']).toBe('nb');
    expect(feed.entry!.find((e) => e.title['#text'] !== 'Stressmestring i gruppe')!['@xml:lang']).toBe('nn');
  });

  test('with PUBLIC_URL, links use the public address whatever host the request named', async () => {
    const app = await buildListener({
      name: 'web',
      db,
      staticDir: path.join(os.tmpdir(), 'no-build'),
      secureCookies: true,
      trustProxy: false,
      files: { kind: 'local', root: path.join(os.tmpdir(), 'knutepunkt-unused-uploads') },
      publicUrl: 'https://knutepunkt.example.no',
      logStream: quiet(),
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/praksis.atom', headers: { host: 'evil.example' } });
      const feed = parse(res.body).feed;
      expect(feed.id).toBe('https://knutepunkt.example.no/praksis.atom');
      expect(res.body).not.toContain('evil.example');
    } finally {
      await app.close();
    }
  });
});
