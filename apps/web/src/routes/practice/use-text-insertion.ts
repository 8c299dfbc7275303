import { useRef, type FocusEvent } from 'react';
import { flushSync } from 'react-dom';
import { fieldId } from '@knutepunkt/ui';

/**
 * Inserting text (a Markdown image or link) where the cursor last was in one of a form's text
 * areas. The form reports focus (`onFocus` on the form: focus events bubble in React); the text
 * area keeps its cursor position while another control (the "insert" button) has focus, so
 * that is where the text goes. Focus stays on the button that was pressed; the cursor in the
 * text area is put after the inserted text, so a second insert follows the first.
 */
export function useTextInsertion<F extends string>(
  fields: readonly F[],
  read: (field: F) => string,
  write: (field: F, value: string) => void,
) {
  const last = useRef<F | null>(null);

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && (fields as readonly string[]).includes(target.name))
      last.current = target.name as F;
  };

  /** Insert at the cursor of the last focused text area; null when none has had focus yet. */
  const insert = (text: string): F | null => {
    const field = last.current;
    if (!field) return null;
    const element = document.getElementById(fieldId(field));
    const value = read(field);
    const area = element instanceof HTMLTextAreaElement && element.value === value ? element : null;
    const start = Math.min(area?.selectionStart ?? value.length, value.length);
    const end = Math.max(start, Math.min(area?.selectionEnd ?? start, value.length));
    const before = value.slice(0, start);
    const after = value.slice(end);
    // Kept apart from the words around it by a space, so "ved![kart](…)" does not happen.
    const inserted = `${before && !/\s$/.test(before) ? ' ' : ''}${text}${after && !/^\s/.test(after) ? ' ' : ''}`;
    // Rendered at once, so the cursor can be placed in the new text right after.
    flushSync(() => write(field, before + inserted + after));
    area?.setSelectionRange(start + inserted.length, start + inserted.length);
    return field;
  };

  return { onFocus, insert };
}
