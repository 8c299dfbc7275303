import { useRef, useState } from 'react';
import { useMutation, type UseQueryResult } from '@tanstack/react-query';
import { useI18n } from '@knutepunkt/ui';
import { SectionError } from './PageStates.tsx';
import { PickList, type PickListProps } from './PickList.tsx';
import { SearchForm } from './SearchForm.tsx';
import { Section } from './Section.tsx';

type Named = { id: string; name: string };

export interface AddFromSearchProps<T extends Named> extends Pick<
  PickListProps<T>,
  'label' | 'describe' | 'isChosen' | 'chosenText' | 'addLabel' | 'empty'
> {
  title: string;
  /** The search input's id; unique on the page. */
  searchId: string;
  searchLabel: string;
  searchDescription?: string;
  /** The term searched for; '' before the first search (then no results show). */
  term: string;
  onSearch: (term: string) => void;
  results: UseQueryResult<{ items: readonly T[]; total: number }, unknown>;
  /** Adds one result; a rejection is shown above the results. */
  add: (item: T) => Promise<unknown>;
  /** After a successful add: refresh what shows the list, announce it. */
  onAdded: (item: T) => Promise<unknown>;
}

/**
 * A sub-section to find something (an organisation, a person) and add it to
 * a list, one add at a time, with the search's states around the results.
 */
export function AddFromSearch<T extends Named>({
  title,
  searchId,
  searchLabel,
  searchDescription,
  term,
  onSearch,
  results,
  add,
  onAdded,
  ...pick
}: AddFromSearchProps<T>) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [addingId, setAddingId] = useState<string | null>(null);
  const adding = useMutation({
    mutationFn: add,
    onSuccess: async (_data, item) => {
      await onAdded(item);
      // The button just pressed becomes "already added": put focus somewhere useful.
      inputRef.current?.focus();
    },
    onSettled: () => setAddingId(null),
  });

  return (
    <Section title={title} level={3}>
      <SearchForm
        id={searchId}
        label={searchLabel}
        description={searchDescription}
        onSearch={onSearch}
        pending={results.isFetching}
        inputRef={inputRef}
      />
      {adding.error ? <SectionError error={adding.error} /> : null}
      <PickList
        {...pick}
        query={term !== '' ? results : undefined}
        items={results.data?.items}
        status={results.data ? t('admin.common.results', { count: results.data.total }) : null}
        statusSize="sm"
        loadingLabel={t('admin.common.searching')}
        addingId={addingId}
        onAdd={(item) => {
          if (adding.isPending) return;
          setAddingId(item.id);
          adding.mutate(item);
        }}
      />
    </Section>
  );
}
