import { useState, useSyncExternalStore } from 'react';
import { Button, Details, Fieldset, Heading } from '@digdir/designsystemet-react';
import { CHIME_CATEGORIES, LEVELS, ORGANISATION_TYPES, TARGET_GROUPS, THEMES } from '@knutepunkt/domain';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';
import { RadioField, useI18n } from '@knutepunkt/ui';
import { countyOptions } from '../../components/format.ts';
import { CheckboxGroup, type CheckboxOption } from './CheckboxGroup.tsx';
import { LIST_PARAMS, SORT_VALUES, type PracticeFilters } from './search-params.ts';

/** The filters being chosen, before they are applied. `sort: null` is the default order. */
export type FilterDraft = Omit<PracticeFilters, 'sort' | 'page' | 'organisation'> & {
  sort: PracticeFilters['sort'] | null;
};

type ListKey = 'chime' | 'levels' | 'themes' | 'targetGroups' | 'organisationTypes' | 'counties';

interface Group {
  key: ListKey;
  legend: WebMessageKey;
  options: (t: (key: WebMessageKey) => string) => CheckboxOption[];
  /** Long lists fold away until opened, so the short, central ones stay in view. */
  folded: boolean;
}

const GROUPS: Group[] = [
  {
    key: 'chime',
    legend: 'practice.web.search.chime',
    folded: false,
    options: (t) => CHIME_CATEGORIES.map((c) => ({ value: c, label: t(`practice.chime.${c}`) })),
  },
  {
    key: 'levels',
    legend: 'practice.web.search.level',
    folded: false,
    options: (t) => LEVELS.map((l) => ({ value: l, label: t(`practice.level.${l}`) })),
  },
  {
    key: 'themes',
    legend: 'practice.web.search.theme',
    folded: true,
    options: (t) => THEMES.map((v) => ({ value: v, label: t(`practice.theme.${v}`) })),
  },
  {
    key: 'targetGroups',
    legend: 'practice.web.search.target',
    folded: true,
    options: (t) => TARGET_GROUPS.map((v) => ({ value: v, label: t(`practice.target.${v}`) })),
  },
  {
    key: 'organisationTypes',
    legend: 'practice.web.search.orgType',
    folded: true,
    options: (t) => ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.type.${v}`) })),
  },
  { key: 'counties', legend: 'practice.web.search.county', folded: true, options: () => countyOptions() },
];

export interface SearchFiltersProps {
  draft: FilterDraft;
  onChange: (draft: FilterDraft) => void;
  /** The id of the search form: the panel stands apart from it in the layout, its fields belong to it. */
  form: string;
  /** How many filters the shown results use, for the toggle on small screens. */
  appliedCount: number;
}

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while it is hydrated, true once the script runs: what only the
 * script can work (the fold-away toggle) waits for it, so a page read without JavaScript keeps
 * the panel open.
 */
function useScriptRunning(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * The filter panel: checkbox groups (any value within a group, all groups together) and the order.
 * Nothing applies until "Vis eksempler", so choosing never changes the page under the person
 * (WCAG 3.2.2). Every field belongs to the search form (the `form` attribute) under the name it has
 * in the address, so without JavaScript the browser's GET submit is the same search. On narrow
 * screens, with the script running, the panel folds behind a button, so the results come first.
 */
export function SearchFilters({ draft, onChange, form, appliedCount }: SearchFiltersProps) {
  const { t } = useI18n();
  const scriptRunning = useScriptRunning();
  const [open, setOpen] = useState(false);
  // With no order chosen the form shows (and, without the script, submits) the one in effect.
  const effectiveSort = draft.sort ?? (draft.q ? 'relevance' : 'date');

  return (
    <div className="kp-practice-filters">
      {scriptRunning ? (
        <Button
          type="button"
          variant="secondary"
          className="kp-filter-toggle"
          aria-expanded={open}
          aria-controls="practice-filters"
          onClick={() => setOpen(!open)}
        >
          {appliedCount > 0
            ? t('practice.web.search.filtersToggleCount', { count: appliedCount })
            : t('practice.web.search.filtersToggle')}
        </Button>
      ) : null}
      {/* Its fields belong to the search form, but the panel stays the form landmark "Avgrens søket"
          it always was, so screen reader users find it among the landmarks as before. */}
      <section
        id="practice-filters"
        role="form"
        aria-labelledby="practice-filters-heading"
        className={open || !scriptRunning ? 'kp-filter-panel' : 'kp-filter-panel kp-filter-panel--closed'}
      >
        <Heading level={2} data-size="xs" id="practice-filters-heading">
          {t('practice.web.search.filtersHeading')}
        </Heading>
        {GROUPS.map((group) => {
          const fieldset = (
            <CheckboxGroup
              name={`filter-${group.key}`}
              fieldName={LIST_PARAMS[group.key].names[0]}
              form={form}
              legend={t(group.legend)}
              options={group.options(t)}
              selected={draft[group.key]}
              onChange={(selected) => onChange({ ...draft, [group.key]: selected })}
            />
          );
          if (!group.folded) return <div key={group.key}>{fieldset}</div>;
          const chosen = draft[group.key].length;
          return (
            // Open from the start when something in it is chosen, so no choice is hidden.
            <Details key={group.key} defaultOpen={chosen > 0} className="kp-filter-fold">
              <Details.Summary>
                {t(group.legend)}
                {chosen > 0 ? ` (${chosen})` : ''}
              </Details.Summary>
              <Details.Content>{fieldset}</Details.Content>
            </Details>
          );
        })}
        <Fieldset className="kp-checkbox-group">
          <Fieldset.Legend>{t('practice.web.search.sort')}</Fieldset.Legend>
          <Fieldset.Description>{t('practice.web.search.sortHint')}</Fieldset.Description>
          <RadioField
            id={`sortering-${SORT_VALUES.relevance}`}
            name="sortering"
            form={form}
            value={SORT_VALUES.relevance}
            label={t('practice.web.search.sortRelevance')}
            checked={effectiveSort === 'relevance'}
            onChange={() => onChange({ ...draft, sort: 'relevance' })}
          />
          <RadioField
            id={`sortering-${SORT_VALUES.date}`}
            name="sortering"
            form={form}
            value={SORT_VALUES.date}
            label={t('practice.web.search.sortDate')}
            checked={effectiveSort === 'date'}
            onChange={() => onChange({ ...draft, sort: 'date' })}
          />
        </Fieldset>
        <div>
          <Button type="submit" form={form}>
            {t('practice.web.search.apply')}
          </Button>
        </div>
      </section>
    </div>
  );
}
