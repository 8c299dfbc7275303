import { useState, type FormEvent } from 'react';
import { Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { practicePaths } from '@knutepunkt/domain';
import { EmptyState, TextField, useI18n } from '@knutepunkt/ui';
import { ResultsSection } from '../../components/ResultsSection.tsx';
import { useTRPC } from '../../trpc.ts';
import { PracticePage } from './PracticePage.tsx';
import { ResultList } from './ResultList.tsx';
import { SearchFilters, type FilterDraft } from './SearchFilters.tsx';
import {
  PAGE_SIZE,
  chosenCount,
  hasAnything,
  parsePracticeParams,
  practiceSearch,
  practiceSearchHref,
  searchInput,
  type PracticeFilters,
} from './search-params.ts';
import './practice.css';

function draftOf(filters: PracticeFilters, params: URLSearchParams): FilterDraft {
  const { q, chime, levels, themes, targetGroups, organisationTypes, counties } = filters;
  return {
    q,
    chime,
    levels,
    themes,
    targetGroups,
    organisationTypes,
    counties,
    sort: params.has('sortering') ? filters.sort : null,
  };
}

const SEARCH_FORM_ID = 'practice-search';

/** "Viser bare eksempler fra Trondheim kommune", with the way back to everyone's. */
function OrganisationFilter({ name, failed, clearHref }: { name: string | null; failed: boolean; clearHref: string }) {
  const { t } = useI18n();
  return (
    <Paragraph className="kp-org-filter">
      {failed
        ? t('practice.web.search.organisationNotFound')
        : name
          ? t('practice.web.search.fromOrganisation', { name })
          : null}{' '}
      <DsLink asChild>
        <Link to={clearHref}>{t('practice.web.search.allOrganisations')}</Link>
      </DsLink>
    </Paragraph>
  );
}

/**
 * The practice bank's search: words, filters and order live in the address, so a search can be
 * shared, and back/forward (with the scroll position, restored by the layout) bring it back.
 */
export function SearchPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = parsePracticeParams(params);

  // `?organisasjon=<slug>` from an organisation's page: its id for the search, its name for the note.
  const organisation = useQuery({
    ...trpc.organisations.bySlug.queryOptions({ slug: filters.organisation ?? '' }),
    enabled: !!filters.organisation,
  });
  const organisationReady = !filters.organisation || organisation.isSuccess;
  const results = useQuery({
    ...trpc.practice.search.queryOptions(searchInput(filters, organisation.data?.id)),
    enabled: organisationReady,
    // Keep the old results on screen while the next page or filter loads: no flash of emptiness.
    placeholderData: keepPreviousData,
  });

  // The fields are controlled; when the address changes from outside the form (back/forward,
  // a link), they show that address's search ("adjust state when a prop changes").
  const urlKey = params.toString();
  const [shownKey, setShownKey] = useState(urlKey);
  const [draft, setDraft] = useState<FilterDraft>(() => draftOf(filters, params));
  if (urlKey !== shownKey) {
    setShownKey(urlKey);
    setDraft(draftOf(filters, params));
  }

  // With the script running the search stays in the app: the same address, without a page load.
  const apply = () => {
    const sort = draft.sort ?? (draft.q.trim() ? 'relevance' : 'date');
    const next: PracticeFilters = { ...draft, q: draft.q.trim(), sort, organisation: filters.organisation, page: 1 };
    // A new history entry, so the back button returns to the previous search.
    setParams(practiceSearch(next), { preventScrollReset: true });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply();
  };

  const total = results.data?.total ?? 0;
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const hrefFor = (page: number) => practiceSearchHref({ ...filters, page });
  const count = !results.data
    ? ''
    : results.data.totalCapped
      ? t('practice.web.search.countMore', { count: total })
      : total === 0
        ? t('practice.web.search.countNone')
        : total === 1
          ? t('practice.web.search.countOne')
          : t('practice.web.search.count', { count: total });
  const withoutOrganisation = practiceSearchHref({ ...filters, organisation: undefined, page: 1 });

  return (
    <PracticePage title={t('practice.web.search.title')} meta={{ description: t('practice.web.search.intro') }}>
      <Paragraph>{t('practice.web.search.intro')}</Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to={practicePaths.web.grid}>{t('practice.web.search.overviewLink')}</Link>
        </DsLink>
      </Paragraph>

      {/* A plain GET form to this page's address: without JavaScript the browser submits the same
          search the script would (the filter panel's fields join it through their `form` attribute). */}
      <form
        id={SEARCH_FORM_ID}
        method="get"
        action={practicePaths.web.search}
        role="search"
        aria-label={t('practice.web.search.formLabel')}
        onSubmit={onSubmit}
        className="kp-practice-query"
      >
        {filters.organisation ? <input type="hidden" name="organisasjon" value={filters.organisation} /> : null}
        <TextField
          name="q"
          type="search"
          label={t('practice.web.search.q')}
          description={t('practice.web.search.qHint')}
          value={draft.q}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          maxLength={200}
          autoComplete="off"
        />
        <div className="kp-actions">
          <Button type="submit">{t('practice.web.search.submit')}</Button>
          {hasAnything(filters) ? (
            <DsLink asChild>
              <Link to={practicePaths.web.search}>{t('practice.web.search.clear')}</Link>
            </DsLink>
          ) : null}
        </div>
      </form>

      {filters.organisation ? (
        <OrganisationFilter
          name={organisation.data?.name ?? null}
          failed={organisation.isError}
          clearHref={withoutOrganisation}
        />
      ) : null}

      <div className="kp-practice-layout">
        <SearchFilters draft={draft} onChange={setDraft} form={SEARCH_FORM_ID} appliedCount={chosenCount(filters)} />

        <ResultsSection
          heading={t('practice.web.search.results')}
          className="kp-stack kp-practice-results"
          query={results}
          total={total}
          count={count}
          loading={!results.data && !results.isError && !organisation.isError ? t('practice.web.search.loading') : null}
          empty={
            hasAnything(filters) ? (
              <EmptyState
                headingLevel={3}
                title={t('practice.web.search.emptyTitle')}
                message={t('practice.web.search.emptyText')}
              />
            ) : (
              <EmptyState headingLevel={3} message={t('practice.web.search.emptyBank')} />
            )
          }
          page={Math.min(filters.page, totalPages)}
          totalPages={totalPages}
          hrefFor={hrefFor}
        >
          {results.data ? <ResultList items={results.data.items} /> : null}
        </ResultsSection>
      </div>
    </PracticePage>
  );
}
