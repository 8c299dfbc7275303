import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { QueryStatesProvider, type QueryLike, type QueryStateViews } from './query-states.tsx';
import { QueryView } from './QueryView.tsx';

const query = <T,>(state: Partial<QueryLike<T>>): QueryLike<T> => ({
  data: undefined,
  error: null,
  isPending: false,
  isError: false,
  refetch: () => undefined,
  ...state,
});

class NotFoundError extends Error {}

/** An app's views, as the apps set them once. */
const appViews: Partial<QueryStateViews> = {
  PageLoading: () => <p>Siden lastes</p>,
  PageNotFound: () => <h1>Fant ikke siden</h1>,
  PageError: ({ error, onRetry }) => (
    <div>
      <h1>Noe gikk galt</h1>
      <p>{(error as Error).message}</p>
      <button type="button" onClick={onRetry}>
        Prøv igjen
      </button>
    </div>
  ),
  SectionError: ({ headingLevel = 3 }) => <p>Delen feilet (h{headingLevel})</p>,
  isNotFound: (error) => error instanceof NotFoundError,
};

const renderInApp = (ui: React.ReactElement) =>
  renderWithI18n(<QueryStatesProvider views={appViews}>{ui}</QueryStatesProvider>);

describe('QueryView (a page)', () => {
  it('shows the error page, not stale data, when a refresh fails', () => {
    renderInApp(
      <QueryView query={query({ data: 'Gammelt navn', isError: true, error: new Error('Borte') })}>
        {(name) => <p>{name}</p>}
      </QueryView>,
    );
    expect(screen.getByText('Borte')).toBeTruthy();
    expect(screen.queryByText('Gammelt navn')).toBeNull();
  });

  it('shows the data once loaded', () => {
    renderInApp(<QueryView query={query({ data: 'Recovery-kafeen' })}>{(name) => <h1>{name}</h1>}</QueryView>);
    expect(screen.getByRole('heading', { level: 1, name: 'Recovery-kafeen' })).toBeTruthy();
  });

  it("shows the app's loading page while loading", () => {
    renderInApp(<QueryView query={query<string>({ isPending: true })}>{(name) => name}</QueryView>);
    expect(screen.getByText('Siden lastes')).toBeTruthy();
  });

  it("shows the app's 404 page when the subject is not found", () => {
    renderInApp(
      <QueryView query={query<string>({ isError: true, error: new NotFoundError('borte') })}>{(n) => n}</QueryView>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeTruthy();
  });

  it("shows the app's error page for other failures, with a retry that fetches again", async () => {
    const refetch = vi.fn();
    renderInApp(
      <QueryView query={query<string>({ isError: true, error: new Error('Tjenesten svarer ikke.'), refetch })}>
        {(n) => n}
      </QueryView>,
    );
    expect(screen.getByText('Tjenesten svarer ikke.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('shows the empty message when the data holds nothing', () => {
    renderInApp(
      <QueryView query={query({ data: [] as string[] })} isEmpty={(list) => list.length === 0} empty="Ingen treff.">
        {(list) => list.join(', ')}
      </QueryView>,
    );
    expect(screen.getByText('Ingen treff.')).toBeTruthy();
  });

  it('works without a provider, with the plain ui states', async () => {
    const refetch = vi.fn();
    const { rerender } = renderWithI18n(<QueryView query={query<string>({ isPending: true })}>{(n) => n}</QueryView>);
    expect(screen.getByRole('status').textContent).toBe('Laster inn …');
    rerender(
      <QueryView query={query<string>({ isError: true, error: new Error('Tjenesten svarer ikke.'), refetch })}>
        {(n) => n}
      </QueryView>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Tjenesten svarer ikke.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});

describe('QueryView (a section)', () => {
  it('shows a spinner with its own label in place of the section, not the loading page', () => {
    renderInApp(
      <QueryView scope="section" query={query<string>({ isPending: true })} loadingLabel="Søker …">
        {(n) => n}
      </QueryView>,
    );
    expect(screen.getByRole('status').textContent).toBe('Søker …');
    expect(screen.queryByText('Siden lastes')).toBeNull();
  });

  it("shows the app's section error at the heading level asked for, even for not found", () => {
    renderInApp(
      <QueryView scope="section" headingLevel={2} query={query<string>({ isError: true, error: new NotFoundError() })}>
        {(n) => n}
      </QueryView>,
    );
    expect(screen.getByText('Delen feilet (h2)')).toBeTruthy();
  });

  it('keeps what it shows under the error when a refresh fails', () => {
    renderInApp(
      <QueryView scope="section" query={query({ data: 'Trondheim kommune', isError: true, error: new Error('Borte') })}>
        {(name) => <p>{name}</p>}
      </QueryView>,
    );
    expect(screen.getByText('Delen feilet (h3)')).toBeTruthy();
    expect(screen.getByText('Trondheim kommune')).toBeTruthy();
  });
});
