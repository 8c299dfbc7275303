import { describe, expect, it } from 'vitest';
import { renderPage, type ProcedureCall } from '../../entry-server.tsx';
import { parseDirectoryParams } from '../organisations/directory-params.ts';
import { searchItem } from './search-fixture.ts';
import { parsePracticeParams } from './search-params.ts';

/**
 * The public pages as the server sends them, read as a browser without JavaScript would: the
 * HTML alone must search (a GET form), page (links) and say what became of an archived example.
 */

const example = searchItem({ themes: [], targetGroups: [] });

function answering(answers: Record<string, (input: unknown) => Awaited<ReturnType<ProcedureCall>>>): ProcedureCall {
  return async (path, input) =>
    answers[path]?.(input) ?? {
      ok: false,
      error: { message: 'Ikke funnet', code: -32004, data: { code: 'NOT_FOUND', httpStatus: 404 } },
    };
}

async function serverHtml(url: string, call: ProcedureCall) {
  const page = await renderPage({ url, locale: 'nb', origin: 'http://127.0.0.1:3000', call });
  const root = document.createElement('div');
  root.innerHTML = page.body;
  return { page, root };
}

const pageHrefs = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLAnchorElement>('nav.kp-pagination a')].map((a) => ({
    url: new URL(a.getAttribute('href')!, 'http://x'),
    current: a.getAttribute('aria-current'),
  }));

describe('read without JavaScript', () => {
  it('the practice search is a GET form with every field named as the address, and its pages are links', async () => {
    const query = 'q=tur&chime=HOPE&tema=HOUSING&fylke=50&sortering=dato&side=3';
    const call = answering({
      'practice.search': (input) => ({
        ok: true,
        data: { total: 45, page: (input as { page: number }).page, pageSize: 10, items: [example] },
      }),
    });
    const { page, root } = await serverHtml(`/praksis?${query}`, call);
    expect(page.status).toBe(200);

    const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['get', '/praksis']);
    // The fields the browser submits with it: its own and those that name it in their form attribute.
    const fields = [
      ...form.querySelectorAll<HTMLInputElement>('input'),
      ...root.querySelectorAll<HTMLInputElement>(`input[form="${form.id}"]`),
    ];
    const sent = new URLSearchParams();
    for (const field of fields) {
      if ((field.type === 'checkbox' || field.type === 'radio') && !field.hasAttribute('checked')) continue;
      sent.append(field.name, field.getAttribute('value') ?? '');
    }
    const shown = parsePracticeParams(new URLSearchParams(query));
    expect(parsePracticeParams(sent)).toEqual({ ...shown, page: 1 });
    expect(root.querySelector(`button[type="submit"][form="${form.id}"]`)?.textContent).toBe('Vis eksempler');
    expect(form.querySelector('button[type="submit"]')?.textContent).toBe('Søk');
    // Open, with no toggle that only a script could work.
    expect(root.querySelector('.kp-filter-toggle')).toBeNull();
    expect(root.querySelector('#practice-filters')?.className).toBe('kp-filter-panel');

    const pages = pageHrefs(root);
    expect(pages.find((p) => p.current === 'page')?.url.search).toBe(`?${query}`);
    expect(pages.map((p) => parsePracticeParams(p.url.searchParams).page)).toEqual([2, 1, 2, 3, 4, 5, 4]);
    expect(root.querySelector('a[href="/praksis/turgruppe-i-marka"]')?.textContent).toBe('Turgruppe i marka');
  });

  it('the organisation directory is a GET form, and its pages are links', async () => {
    const call = answering({
      'organisations.list': (input) => ({
        ok: true,
        data: {
          items: [
            { id: 'o1', slug: 'trondheim-kommune', name: 'Trondheim kommune', type: 'MUNICIPALITY', county: '50' },
          ],
          total: 45,
          page: (input as { page: number }).page,
          pageSize: 20,
        },
      }),
    });
    const { root } = await serverHtml('/organisasjoner?q=kommune&type=MUNICIPALITY&side=2', call);
    const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['get', '/organisasjoner']);
    expect([...form.querySelectorAll('input, select')].map((f) => f.getAttribute('name'))).toEqual([
      'q',
      'type',
      'fylke',
    ]);
    const pages = pageHrefs(root);
    expect(pages.map((p) => [parseDirectoryParams(p.url.searchParams), p.current])).toEqual([
      [{ q: 'kommune', type: 'MUNICIPALITY', county: undefined, page: 1 }, null],
      [{ q: 'kommune', type: 'MUNICIPALITY', county: undefined, page: 1 }, null],
      [{ q: 'kommune', type: 'MUNICIPALITY', county: undefined, page: 2 }, 'page'],
      [{ q: 'kommune', type: 'MUNICIPALITY', county: undefined, page: 3 }, null],
      [{ q: 'kommune', type: 'MUNICIPALITY', county: undefined, page: 3 }, null],
    ]);
  });

  it('an archived example is answered 410 Gone, with the archived message and the way to the search', async () => {
    const message = 'Dette eksemplet er arkivert av organisasjonen som delte det, og vises ikke lenger.';
    const call = answering({
      'practice.bySlug': () => ({
        ok: false,
        error: { message, code: -32004, data: { code: 'NOT_FOUND', httpStatus: 410 } },
      }),
    });
    const { page, root } = await serverHtml('/praksis/turgruppe-i-marka', call);
    expect(page.status).toBe(410);
    expect(root.querySelector('h1')?.textContent).toBe('Eksemplet er arkivert');
    expect(root.textContent).toContain(message);
    expect(root.querySelector('main a[href="/praksis"]')?.textContent).toBe('Søk blant de andre praksiseksemplene');
  });
});
