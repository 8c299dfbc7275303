import { useEffect, useRef, useState } from 'react';

/**
 * A list edited with buttons (the agenda, the contribution prompts): items
 * changed in place, moved up and down, removed and added, with focus kept
 * where a keyboard user expects it. Each item has a `key` that stays with it
 * when it moves, for React and for the buttons' ids (`<idPrefix>-<key>-up`).
 */
export function useOrderedList<T extends { key: number }>(
  initial: () => T[],
  { idPrefix, onMoved }: { idPrefix: string; onMoved: (position: number) => void },
) {
  const [items, setItems] = useState<T[]>(initial);
  const [focusId, setFocusId] = useState<string | null>(null);
  /** The section's heading: focus goes there when an item is removed. */
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusId) return;
    if (focusId === 'heading') headingRef.current?.focus();
    else document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const change = (key: number, patch: Partial<T>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const item = items[index]!;
    const next = [...items];
    next.splice(index, 1);
    next.splice(to, 0, item);
    setItems(next);
    onMoved(to + 1);
    // Focus stays on the moved item; at the top or bottom its button is gone, so the other one.
    const edge = to === 0 ? 'down' : to === next.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
    setFocusId(`${idPrefix}-${item.key}-${next.length === 1 ? 'remove' : edge}`);
  };
  const remove = (index: number) => {
    setItems((list) => list.filter((_, i) => i !== index));
    setFocusId('heading');
  };
  /** Adds `item` at the end and moves focus to the element with id `focus` (its first field). */
  const add = (item: T, focus: string) => {
    setItems((list) => [...list, item]);
    setFocusId(focus);
  };

  return { items, idPrefix, headingRef, change, move, remove, add };
}

export type OrderedList<T extends { key: number }> = ReturnType<typeof useOrderedList<T>>;
