import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { Section } from '../../components/Section.tsx';
import { type Grid, warningText } from './grid-model.ts';

export interface WarningsPanelProps {
  grid: Grid;
  /** Show a session: its day's tab is chosen and focus goes to its button. */
  onShow: (sessionId: string) => void;
}

/**
 * The conflict rules' warnings in words (docs/adr/0023), each with a button to every session
 * it names. A polite live region: after a move, a new or solved conflict is read out.
 */
export function WarningsPanel({ grid, onShow }: WarningsPanelProps) {
  const { t } = useI18n();
  const title = (id: string) => grid.sessions.find((s) => s.id === id)?.title ?? '';
  return (
    <Section title={t('conference.admin.grid.warnings')} className="kp-grid-warnings">
      <Paragraph data-size="sm" className="kp-muted">
        {t('conference.admin.grid.warnings.lead')}
      </Paragraph>
      <div aria-live="polite">
        {grid.warnings.length === 0 ? (
          <Paragraph>{t('conference.admin.grid.warnings.none')}</Paragraph>
        ) : (
          <ul className="kp-grid-warnings__list">
            {grid.warnings.map((warning) => {
              const ids = 'sessionIds' in warning ? [...warning.sessionIds] : [warning.sessionId];
              return (
                <li key={`${warning.kind}-${ids.join('-')}-${'speakerId' in warning ? warning.speakerId : ''}`}>
                  <span>{warningText(grid, warning, t)}</span>{' '}
                  {ids.map((id) => (
                    <Button key={id} type="button" variant="tertiary" data-size="sm" onClick={() => onShow(id)}>
                      {t('conference.admin.grid.warning.show', { title: title(id) })}
                    </Button>
                  ))}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Section>
  );
}
