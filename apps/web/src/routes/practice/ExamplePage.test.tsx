import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';

const owner = {
  id: 'o1',
  slug: 'trondheim-kommune',
  name: 'Trondheim kommune',
  type: 'MUNICIPALITY',
  county: '50',
  municipality: 'Trondheim',
};
const malvik = { id: 'o2', slug: 'malvik-kommune', name: 'Malvik kommune' };

function example(adoptions: unknown[] = []) {
  return {
    id: 'e1',
    slug: 'turgruppe-i-marka',
    featured: false,
    archivedAt: null,
    firstPublishedAt: '2026-03-03T10:00:00.000Z',
    lastPublishedAt: '2026-05-12T10:00:00.000Z',
    organisation: owner,
    attachments: [
      { id: 'a1', fileName: 'tur.jpg', mimeType: 'image/jpeg', size: 200_000, altText: 'Fem personer på en skogsti' },
      { id: 'a2', fileName: 'rapport.pdf', mimeType: 'application/pdf', size: 1_300_000, altText: '' },
    ],
    adoptions,
    content: {
      number: 2,
      title: 'Turgruppe i marka',
      summary: 'Vi går tur sammen.',
      background: 'Mange var **ensomme**.\n\n<script>alert(1)</script>',
      approach: '- tirsdager\n- torsdager',
      experiences: '',
      results: '',
      contactName: 'Kari Nordmann',
      contactRole: 'Erfaringskonsulent',
      contactEmail: 'kari@trondheim.kommune.no',
      language: 'nn',
      chime: ['CONNECTEDNESS'],
      chimeSubthemes: ['PEER_SUPPORT'],
      levels: ['SERVICE'],
      targetGroups: ['ADULTS'],
      themes: ['PHYSICAL_ACTIVITY'],
      ongoing: true,
    },
    related: [
      { slug: 'kafe', title: 'Recoverykafé', summary: 'Et møtested.', language: 'nb', organisation: 'Malvik kommune' },
    ],
  };
}

describe('an example page', () => {
  it('shows the sections as safe Markdown, in the language they were written in, with tags, contact and attachments', async () => {
    renderApp(
      '/praksis/turgruppe-i-marka',
      fakeServer({ 'account.me': () => null, 'practice.bySlug': () => example() }),
    );
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Turgruppe i marka' });
    expect(h1.querySelector('[lang="nn"]')).toBeTruthy();
    const background = screen.getByRole('heading', { level: 2, name: 'Bakgrunn' }).closest('section')!;
    expect(within(background).getByText('ensomme').tagName).toBe('STRONG');
    expect(background.querySelector('script')).toBeNull();
    expect(background.querySelector('.kp-markdown')?.getAttribute('lang')).toBe('nn');
    expect(screen.getByRole('link', { name: 'Tilhørighet' }).getAttribute('href')).toBe('/praksis?chime=CONNECTEDNESS');
    expect(screen.getByText('Likepersonsstøtte og støttegrupper')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'kari@trondheim.kommune.no' }).getAttribute('href')).toBe(
      'mailto:kari@trondheim.kommune.no',
    );
    expect(screen.getByRole('img', { name: 'Fem personer på en skogsti' }).getAttribute('src')).toBe(
      '/vedlegg/a1/tur.jpg',
    );
    expect(screen.getByRole('link', { name: 'rapport.pdf' }).getAttribute('href')).toBe('/vedlegg/a2/rapport.pdf');
    expect(screen.getByText('(PDF, 1,2 MB)', { exact: false })).toBeTruthy();
    expect(document.title).toBe('Turgruppe i marka – Knutepunkt');
    // Nobody signed in: no editor links, no "Vi gjør dette også".
    expect(screen.queryByRole('link', { name: 'Rediger / lag ny versjon' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Vi gjør dette også/ })).toBeNull();
  });

  it('lets an editor of another organisation say they do this too', async () => {
    let adoptions: unknown[] = [];
    const fake = fakeServer({
      'account.me': () =>
        account({
          memberships: [
            {
              id: 'm1',
              role: 'EDITOR',
              status: 'APPROVED',
              requestedAt: '2026-01-01T00:00:00.000Z',
              organisation: malvik,
            },
          ],
        }),
      'practice.bySlug': () => example(adoptions),
      'practice.adopt': (input) => {
        const { note } = input as { note: string };
        adoptions = [{ id: 'ad1', note, createdAt: '2026-05-14T10:00:00.000Z', organisation: malvik }];
        return adoptions[0];
      },
    });
    renderApp('/praksis/turgruppe-i-marka', fake);
    fireEvent.change(await screen.findByLabelText('Kort om hvordan dere gjør det (valgfritt)'), {
      target: { value: 'Vi går på onsdager.' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Vi gjør dette også ?: Malvik kommune$/ }));

    await waitFor(() =>
      expect(fake.callsTo('practice.adopt').map((c) => c.input)).toEqual([
        { exampleId: 'e1', organisationId: 'o2', note: 'Vi går på onsdager.' },
      ]),
    );
    expect(await screen.findByText('Malvik kommune er lagt til.')).toBeTruthy();
    const spread = screen.getByRole('heading', { level: 2, name: 'Hvor det er tatt i bruk' }).closest('section')!;
    expect(within(spread).getByRole('link', { name: 'Malvik kommune' })).toBeTruthy();
    expect(within(spread).getByText('Vi går på onsdager.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Fjern fra listen ?: Malvik kommune$/ })).toBeTruthy();
  });

  it("gives the owner's editors the way to the editor", async () => {
    renderApp(
      '/praksis/turgruppe-i-marka',
      fakeServer({
        'account.me': () =>
          account({
            memberships: [
              {
                id: 'm1',
                role: 'EDITOR',
                status: 'APPROVED',
                requestedAt: '2026-01-01T00:00:00.000Z',
                organisation: owner,
              },
            ],
          }),
        'practice.bySlug': () => example(),
      }),
    );
    expect((await screen.findByRole('link', { name: 'Rediger / lag ny versjon' })).getAttribute('href')).toBe(
      '/praksis/rediger/e1',
    );
    expect(screen.queryByRole('button', { name: /Vi gjør dette også/ })).toBeNull();
  });

  it('says an archived example (410) has been archived, not that it was never there, with the way to the others', async () => {
    renderApp(
      '/praksis/turgruppe-i-marka',
      fakeServer({
        'account.me': () => null,
        'practice.bySlug': () => {
          throw new FakeError(
            410,
            'Dette eksemplet er arkivert av organisasjonen som delte det, og vises ikke lenger.',
          );
        },
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Eksemplet er arkivert' })).toBeTruthy();
    expect(
      screen.getByText('Dette eksemplet er arkivert av organisasjonen som delte det, og vises ikke lenger.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Søk blant de andre praksiseksemplene' }).getAttribute('href')).toBe(
      '/praksis',
    );
    expect(screen.queryByText(/fant ikke/i)).toBeNull();
    expect(document.title).toBe('Eksemplet er arkivert – Knutepunkt');
  });
});
