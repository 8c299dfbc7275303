import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { render, screen } from '@testing-library/react';
import { messagesFor } from '@knutepunkt/domain/i18n';
import { webMessages } from '@knutepunkt/domain/i18n/web';
import { I18nProvider } from '@knutepunkt/ui';
import { SearchFilters, type FilterDraft } from './SearchFilters.tsx';

const draft: FilterDraft = {
  q: '',
  chime: ['HOPE'],
  levels: [],
  themes: ['HOUSING'],
  targetGroups: [],
  organisationTypes: [],
  counties: [],
  sort: null,
};

const panel = (
  <I18nProvider locale="nb" loadMessages={(locale) => messagesFor(webMessages, locale)}>
    <SearchFilters draft={draft} onChange={() => {}} form="practice-search" appliedCount={2} />
  </I18nProvider>
);

describe('the filter panel', () => {
  it('in the server’s HTML (no script yet, or none at all): open, without the toggle only a script can work', () => {
    const html = document.createElement('div');
    html.innerHTML = renderToString(panel);
    expect(html.querySelector('.kp-filter-toggle')).toBeNull();
    expect(html.querySelector('#practice-filters')?.className).toBe('kp-filter-panel');
    // Every field joins the search form under its name in the address.
    const hope = html.querySelector<HTMLInputElement>('input[value="HOPE"]')!;
    expect([hope.name, hope.getAttribute('form'), hope.hasAttribute('checked')]).toEqual([
      'chime',
      'practice-search',
      true,
    ]);
    expect(html.querySelector('input[value="HOUSING"]')?.getAttribute('name')).toBe('tema');
    expect(html.querySelector('input[value="dato"]')?.hasAttribute('checked')).toBe(true);
    expect(html.querySelector('button[type="submit"]')?.getAttribute('form')).toBe('practice-search');
    // The folded group with a choice in it is open, so no choice is hidden.
    expect(html.querySelector('details:has(input[value="HOUSING"])')?.hasAttribute('open')).toBe(true);
  });

  it('with the script running: folded behind its toggle on narrow screens', () => {
    render(panel);
    const toggle = screen.getByRole('button', { name: 'Vis filtre (2 valgt)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('practice-filters')?.className).toContain('kp-filter-panel--closed');
  });
});
