import { useEffect, useState } from 'react';

/**
 * Focus for the edition's lists, saved item by item on the server (rooms, tracks, session types):
 * the element to focus is often only there once the refetched list has rendered (a moved item's
 * other button, an edit form's first field), so the id waits until an element has it.
 */
export function useListFocus() {
  const [focusId, setFocusId] = useState<string | null>(null);
  // No dependency list on purpose: it runs after every render until the element has appeared.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!focusId) return;
    const target = document.getElementById(focusId);
    if (!target) return;
    target.focus();
    setFocusId(null);
  });
  return setFocusId;
}

/**
 * The ids after moving item `index` by one place, where it lands (1-based, for the message) and
 * the button that keeps the focus: the same direction, or the other at the top or bottom, where
 * MoveButtons leaves that one out (as the meetings' agenda does).
 */
export function planMove(idPrefix: string, ids: string[], index: number, by: -1 | 1) {
  const next = [...ids];
  [next[index], next[index + by]] = [next[index + by]!, next[index]!];
  const to = index + by;
  const edge = to === 0 ? 'down' : to === next.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
  return { ids: next, place: to + 1, focus: `${idPrefix}-${ids[index]}-${edge}` };
}
