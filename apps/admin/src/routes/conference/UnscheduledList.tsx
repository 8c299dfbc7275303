import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { Section } from '../../components/Section.tsx';
import { SessionCard } from './SessionCard.tsx';
import type { Grid, GridSession } from './grid-model.ts';

export interface UnscheduledListProps {
  grid: Grid;
  onOpen: (session: GridSession) => void;
}

/** The sessions not in the programme yet, beside the grid: drag one onto a cell, or «Plasser». */
export function UnscheduledList({ grid, onOpen }: UnscheduledListProps) {
  const { t } = useI18n();
  const unscheduled = grid.sessions.filter((s) => !s.placement);
  return (
    <Section title={t('conference.admin.grid.unscheduled')} className="kp-grid-unscheduled">
      {unscheduled.length === 0 ? (
        <Paragraph>{t('conference.admin.grid.unscheduledEmpty')}</Paragraph>
      ) : (
        <ul className="kp-grid-unscheduled__list">
          {unscheduled.map((session) => (
            <li key={session.id}>
              <SessionCard session={session} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
