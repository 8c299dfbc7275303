import { useRef, useState } from 'react';
import { type UseMutationResult, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '@knutepunkt/ui';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { planMove, useListFocus } from './use-list-focus.ts';

/** What an edition's ordered list (rooms, tracks, session types) is made of. */
export interface ListItem {
  id: string;
  name: string;
}

/**
 * The state and steps the edition's ordered lists share: which item is being edited or deleted,
 * moving one place up or down (saved as the whole order, with a message saying where it landed
 * and the focus following it), returning focus to the «Rediger» button when the form closes, and
 * refreshing the edition after a change. Each list keeps its own markup and mutations.
 */
export function useEditionList<T extends ListItem, Order>(options: {
  editionId: string;
  /** The prefix of the list's element ids: `${prefix}-${id}-edit`, `-name`, `-up`, `-down`. */
  prefix: string;
  items: readonly T[];
  reorder: UseMutationResult<unknown, unknown, Order>;
  /** The reorder procedure's input for this order of ids. */
  orderInput: (ids: string[]) => Order;
  onStatus: (message: string | null) => void;
}) {
  const { editionId, prefix, items, reorder, orderInput, onStatus } = options;
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const focus = useListFocus();
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = items.map((item) => item.id);
  const refresh = () => queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId }));

  const move = (item: T, index: number, by: -1 | 1) => {
    const plan = planMove(prefix, ids, index, by);
    onStatus(null);
    reorder.mutate(orderInput(plan.ids), {
      onSuccess: async () => {
        await refresh();
        onStatus(t('conference.admin.movedTo', { name: item.name, n: formatNumber(locale, plan.place) }));
        focus(plan.focus);
      },
    });
  };
  const startEditing = (item: T) => {
    setEditing(item.id);
    focus(`${prefix}-${item.id}-name`);
  };
  // Leaving the edit form, saved or not: back to the button that opened it.
  const closeEditor = (item: T) => {
    setEditing(null);
    focus(`${prefix}-${item.id}-edit`);
  };
  return { ids, editing, startEditing, closeEditor, deleting, setDeleting, heading, refresh, move };
}
