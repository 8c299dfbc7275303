import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPreferencePolicy } from '@knutepunkt/api';
import { CSRF_HEADER } from '../security.ts';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';

/** The one-click unsubscribe through the real server over HTTP, as a mail client sends it (RFC 8058). */
let server: RunningServer;
let web: string;
let userId: string;
let link: string;

beforeAll(async () => {
  server = await startTestServer();
  web = server.listeners.web!.url;
  const db = server.handle.db;
  const user = await db.user.findUniqueOrThrow({ where: { email: 'nynorsk@demo.knutepunkt.no' } });
  userId = user.id;
  const links = await createPreferencePolicy(db, { web, admin: 'http://admin.invalid' }).unsubscribe({
    userId,
    kind: 'practice.returned',
  });
  link = links!.oneClickUrl;
}, 60_000);
afterAll(async () => server?.close());

const choice = async () =>
  (
    await server.handle.db.notificationChoice.findUnique({
      where: { userId_category: { userId, category: 'practice' } },
    })
  )?.choice ?? 'immediate';

const oneClick = (url: string, body = 'List-Unsubscribe=One-Click', type = 'application/x-www-form-urlencoded') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

describe('one-click unsubscribe', () => {
  test('GET shows which kind the link switches off, in the person’s language, and changes nothing', async () => {
    expect(link.startsWith(`${web}/varsler/avmeld?t=`)).toBe(true);
    const res = await fetch(link);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="nn"');
    expect(html).toContain('Slå av e-post om Praksiseksempel');
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(html).toContain('href="/min-side#varsler"');
    expect(await choice()).toBe('immediate');
  });

  test('a tampered token is refused, translated, whether or not the CSRF header is sent; nothing changes', async () => {
    const tampered = link.replace(/\.practice\./, '.meetings.');
    const other = link.slice(0, -2) + (link.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [tampered, other, `${web}/varsler/avmeld`, `${web}/varsler/avmeld?t=junk`]) {
      const noHeader = await oneClick(bad);
      expect(noHeader.status, bad).toBe(403);
      const withHeader = await fetch(bad, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', [CSRF_HEADER]: '1', 'accept-language': 'en' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(withHeader.status).toBe(400);
      expect(await withHeader.text()).toContain('This unsubscribe link is not valid');
      const page = await fetch(bad, { headers: { 'accept-language': 'nb' } });
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('Lenken virker ikke');
    }
    expect(await choice()).toBe('immediate');
  });

  test('a POST as mail clients send it, without cookie or CSRF header, switches the category off with 200', async () => {
    // Without the RFC 8058 body it is not a one-click request.
    expect((await oneClick(link, 'noe=annet')).status).toBe(400);
    expect(await choice()).toBe('immediate');
    const res = await oneClick(link, 'List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Du får ikkje lenger e-post om «Praksiseksempel»');
    expect(await choice()).toBe('off');
    // Other categories stay as they were; a multipart body works too (and again is harmless).
    const boundary = 'xyz';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`;
    expect((await oneClick(link, multipart, `multipart/form-data; boundary=${boundary}`)).status).toBe(200);
    expect(await server.handle.db.notificationChoice.count({ where: { userId, choice: 'off' } })).toBe(1);
  });

  test('other POSTs still need the CSRF header', async () => {
    const res = await fetch(`${web}/trpc/account.signOut`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
  });
});
