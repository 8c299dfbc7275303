import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@knutepunkt/ui';
import { loadMessages } from 'virtual:knutepunkt-messages';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';

function Broken(): never {
  throw new Error('a bug');
}

describe('RouteErrorBoundary', () => {
  it('shows a page with a heading and a reload button instead of a blank screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nProvider locale="nn" loadMessages={loadMessages}>
        <RouteErrorBoundary>
          <Broken />
        </RouteErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Last inn sida på nytt' })).toBeTruthy();
  });
});
