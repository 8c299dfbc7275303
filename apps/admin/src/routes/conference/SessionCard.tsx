import type { CSSProperties, DragEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { type GridSession, sessionButtonId, timeSpan } from './grid-model.ts';

export const DRAG_TYPE = 'application/x-knutepunkt-session';

export interface SessionCardProps {
  session: GridSession;
  /** The room's name when placed: read out with the time, since the grid's columns are not a table. */
  roomName?: string;
  style?: CSSProperties;
  onOpen: (session: GridSession) => void;
}

/**
 * A session in the grid or the unscheduled list: title, number, type, speakers, its track's
 * colour as a stripe, and the button that opens the keyboard form. It can be dragged onto a
 * cell of the grid; the button is the way for everyone who does not drag.
 */
export function SessionCard({ session, roomName, style, onOpen }: SessionCardProps) {
  const { t } = useI18n();
  const span = timeSpan(session);
  const onDragStart = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData(DRAG_TYPE, session.id);
    event.dataTransfer.setData('text/plain', session.id);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <article
      className="kp-grid-session"
      draggable
      onDragStart={onDragStart}
      aria-labelledby={`${sessionButtonId(session.id)}-title`}
      style={{ ...style, ['--kp-track' as string]: session.track?.colour ?? 'var(--ds-color-neutral-border-default)' }}
    >
      <p className="kp-grid-session__title" id={`${sessionButtonId(session.id)}-title`}>
        {session.title}
      </p>
      <p className="kp-grid-session__meta">
        {[
          span ? t('conference.admin.grid.block.time', span) : null,
          roomName ?? null,
          t('conference.admin.grid.number', { number: session.number }),
          session.typeName,
          t('conference.admin.grid.minutes', { minutes: session.durationMinutes }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {session.speakers.length > 0 ? (
        <p className="kp-grid-session__meta">
          {t('conference.admin.grid.block.speakers', { names: session.speakers.join(', ') })}
        </p>
      ) : null}
      {session.track ? <p className="kp-grid-session__meta">{session.track.name}</p> : null}
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        id={sessionButtonId(session.id)}
        aria-label={t(session.placement ? 'conference.admin.grid.moveNamed' : 'conference.admin.grid.placeNamed', {
          title: session.title,
        })}
        onClick={() => onOpen(session)}
      >
        {t(session.placement ? 'conference.admin.grid.move' : 'conference.admin.grid.place')}
      </Button>
    </article>
  );
}
