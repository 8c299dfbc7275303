import { describe, expect, it } from 'vitest';
import { renderPage, type ProcedureCall } from '../../entry-server.tsx';
import { testAnswer } from './test-report.ts';

/**
 * The public report pages as the server renders them (docs/adr/0012, 0025): the whole page in
 * the HTML, as a visitor without JavaScript or a search engine gets it.
 */

const SLUG = 'bsb-dagsenteret-2025';

const call: ProcedureCall = async (path, input) => {
  if (path === 'evaluations.report' && (input as { slug: string }).slug === SLUG) return { ok: true, data: testAnswer };
  if (path === 'evaluations.reports')
    return {
      ok: true,
      data: [
        {
          slug: SLUG,
          title: testAnswer.report.title,
          language: 'nb',
          publishedAt: testAnswer.report.publishedAt,
          service: 'Tjenesten fire',
        },
      ],
    };
  return { ok: false, error: { message: 'Ikke funnet', code: -32004, data: { code: 'NOT_FOUND', httpStatus: 404 } } };
};

async function serverHtml(url: string, locale: 'nb' | 'nn' = 'nb') {
  const page = await renderPage({ url, locale, origin: 'http://127.0.0.1:3000', call });
  const root = document.createElement('div');
  root.innerHTML = page.body;
  return { page, root };
}

const text = (root: HTMLElement) => root.textContent!.replace(/\s+/g, ' ');

describe('a published report rendered on the server', () => {
  it('the report, its facts, the easy-read and print links, then the follow-up with the history', async () => {
    const { page, root } = await serverHtml(`/evalueringer/${SLUG}`);
    expect(page.status).toBe(200);
    expect(page.errors).toEqual([]);
    expect([...root.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Brukerevaluering av dagsenteret']);
    expect(root.querySelector('a[href="#report-easy-read"]')?.textContent).toBe('Les et lettlest sammendrag');
    expect(root.querySelector(`a[href="/evalueringer/${SLUG}/utskrift"]`)).not.toBeNull();
    expect(root.querySelector('#report-easy-read')?.textContent).toBe('Lettlest sammendrag');
    const followUp = root.querySelector('section[aria-labelledby="oppfolging"]') as HTMLElement;
    expect(followUp.querySelector('h2')?.textContent).toBe('Oppfølging av anbefalingene');
    const shown = text(followUp);
    expect(shown).toContain('Tjenestens svar');
    expect(shown).toContain('Enig');
    expect(shown).toContain('Leder for dagsenteret');
    expect(shown).toContain('I gang (Etter 6 måneder), 3. november 2026');
    expect(shown).toContain('Åpent tirsdager fra september.');
    // The older status is the history, below the current one.
    expect(shown).toContain('Historikk');
    expect(shown).toContain('1. juli 2026: Ikke startet');
    // Search engines: a schema.org Report built from the frozen report, and a description.
    expect(page.head).toContain('"@type":"Report"');
    expect(page.head).toContain('"headline":"Brukerevaluering av dagsenteret"');
    expect(page.meta.description).toBe('Bruker spør bruker-evaluering av Tjenesten fire, publisert 1. mai 2026.');
  });

  it('in nynorsk, the interface is nynorsk and the report keeps its language', async () => {
    const { root } = await serverHtml(`/evalueringer/${SLUG}`, 'nn');
    expect(text(root)).toContain('Oppfølging av tilrådingane');
    expect(text(root)).toContain('I gang (Etter 6 månader)');
    expect(root.querySelector('h1')?.closest('[lang]')?.getAttribute('lang') ?? 'nb').toBe('nb');
  });

  it('an unknown or unpublished report is a 404 page', async () => {
    const { page } = await serverHtml('/evalueringer/finnes-ikke');
    expect(page.status).toBe(404);
  });

  it('the printable copy: every section and the follow-up as a table, not for search engines', async () => {
    const { page, root } = await serverHtml(`/evalueringer/${SLUG}/utskrift`);
    expect(page.status).toBe(200);
    expect(page.meta.noindex).toBe(true);
    const table = root.querySelector('table.kp-eval-print-table') as HTMLTableElement;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Anbefaling',
      'Tjenestens svar',
      'Status nå',
    ]);
    const row = table.querySelector('tbody tr')!;
    expect(row.querySelector('th[scope="row"]')?.textContent).toBe('1. Lengre åpningstid på kveldstid');
    expect(text(row as HTMLElement)).toContain('I gang (Etter 6 måneder), 3. november 2026');
    expect(text(root)).toContain('Lettlest sammendrag');
    expect(text(root)).toContain('Status for oppfølgingen per 3. november 2026.');
  });

  it('the list links each published report', async () => {
    const { page, root } = await serverHtml('/evalueringer');
    expect(page.status).toBe(200);
    expect(root.querySelector('h1')?.textContent).toBe('Evalueringsrapporter');
    expect(root.querySelector(`a[href="/evalueringer/${SLUG}"]`)?.textContent).toBe('Brukerevaluering av dagsenteret');
    expect(text(root)).toContain('Tjenesten fire · publisert 1. mai 2026');
  });
});
