import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '@knutepunkt/ui';
import { dayLabel } from './grid-model.ts';

export interface DayTabsProps {
  days: string[];
  selected: string;
  onSelect: (day: string) => void;
  /** The id of the panel the tabs control. */
  panelId: string;
}

/** The edition's days as tabs (WAI-ARIA tabs): one tab stop, arrow keys, Home and End move and select. */
export function DayTabs({ days, selected, onSelect, panelId }: DayTabsProps) {
  const { t, locale } = useI18n();
  const refs = useRef(new Map<string, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % days.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + days.length) % days.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? days.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const day = days[next]!;
    onSelect(day);
    refs.current.get(day)?.focus();
  }

  return (
    <div role="tablist" aria-label={t('conference.admin.grid.days')} className="kp-grid-tabs">
      {days.map((day, index) => (
        <button
          key={day}
          ref={(el) => {
            if (el) refs.current.set(day, el);
            else refs.current.delete(day);
          }}
          type="button"
          role="tab"
          id={`programme-day-${day}`}
          aria-selected={day === selected}
          aria-controls={panelId}
          tabIndex={day === selected ? 0 : -1}
          className="kp-grid-tab"
          onClick={() => onSelect(day)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {dayLabel(locale, day)}
        </button>
      ))}
    </div>
  );
}
