import { useEffect, useState, type DragEvent } from 'react';
import { useI18n } from '@knutepunkt/ui';
import { DRAG_TYPE, SessionCard } from './SessionCard.tsx';
import { type Grid, type GridSession, blocksOfDay, timeRows } from './grid-model.ts';

export interface ProgrammeGridProps {
  grid: Grid;
  day: string;
  /** The region's name («Program mandag 20. oktober, rom og tider (norsk tid)»). */
  label: string;
  onOpen: (session: GridSession) => void;
  /** A session dropped on a cell: place it in that room at that time. */
  onDrop: (sessionId: string, roomId: string, time: string) => void;
}

const HEADER_ROWS = 1;
const TIME_COLUMNS = 1;

/**
 * One day of the programme: rooms as columns, a row for every 15 minutes of the day window,
 * sessions as blocks as long as they last. The drop cells are for the mouse only (hidden from
 * screen readers); the blocks come in the order they start, each with its time and room in
 * words and its «Flytt» button, so the grid reads as a list without the picture.
 */
export function ProgrammeGrid({ grid, day, label, onOpen, onDrop }: ProgrammeGridProps) {
  const { t } = useI18n();
  const rows = timeRows(grid.edition.dayStartsAt, grid.edition.dayEndsAt);
  const blocks = blocksOfDay(grid, day);
  const [over, setOver] = useState<string | null>(null);
  // While anything is dragged the blocks let the pointer through, so a session can be dropped
  // on a cell another session covers (a deliberate double booking is warned about, not refused).
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // After the drag has begun: changing the dragged element inside dragstart can cancel it.
    const start = () => setTimeout(() => setDragging(true), 0);
    const end = () => {
      setDragging(false);
      setOver(null);
    };
    document.addEventListener('dragstart', start);
    document.addEventListener('dragend', end);
    document.addEventListener('drop', end);
    return () => {
      document.removeEventListener('dragstart', start);
      document.removeEventListener('dragend', end);
      document.removeEventListener('drop', end);
    };
  }, []);

  const drop = (roomId: string, time: string) => (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(null);
    const sessionId = event.dataTransfer.getData(DRAG_TYPE) || event.dataTransfer.getData('text/plain');
    if (sessionId) onDrop(sessionId, roomId, time);
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (320 px)
    <div role="region" aria-label={label} tabIndex={0} className="kp-grid-scroll ds-focus">
      <div
        className={dragging ? 'kp-grid kp-grid--dragging' : 'kp-grid'}
        style={{
          gridTemplateColumns: `4.5rem repeat(${grid.rooms.length}, minmax(11rem, 1fr))`,
          gridTemplateRows: `auto repeat(${rows.length}, minmax(1.75rem, auto))`,
        }}
      >
        <div className="kp-grid__corner" aria-hidden="true">
          {t('conference.admin.grid.timeColumn')}
        </div>
        {grid.rooms.map((room, i) => (
          <div key={room.id} className="kp-grid__room" style={{ gridColumn: i + 1 + TIME_COLUMNS, gridRow: 1 }}>
            <strong>{room.name}</strong>
            {room.capacity ? (
              <span className="kp-muted"> {t('conference.admin.grid.roomCapacity', { count: room.capacity })}</span>
            ) : null}
          </div>
        ))}
        {rows.map((time, r) => (
          <div
            key={time}
            className="kp-grid__time"
            aria-hidden="true"
            style={{ gridColumn: 1, gridRow: r + 1 + HEADER_ROWS }}
          >
            {time.endsWith(':00') || time.endsWith(':30') ? time : ''}
          </div>
        ))}
        {rows.flatMap((time, r) =>
          grid.rooms.map((room, i) => {
            const key = `${room.id}-${time}`;
            return (
              <div
                key={key}
                aria-hidden="true"
                title={t('conference.admin.grid.dropHere', { room: room.name, time })}
                data-cell={key}
                className={over === key ? 'kp-grid__cell kp-grid__cell--over' : 'kp-grid__cell'}
                style={{ gridColumn: i + 1 + TIME_COLUMNS, gridRow: r + 1 + HEADER_ROWS }}
                onDragOver={(event) => {
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  if (over !== key) setOver(key);
                }}
                onDragLeave={() => setOver((current) => (current === key ? null : current))}
                onDrop={drop(room.id, time)}
              />
            );
          }),
        )}
        {blocks.map((block) => (
          <SessionCard
            key={block.session.id}
            session={block.session}
            roomName={grid.rooms[block.roomIndex]!.name}
            onOpen={onOpen}
            style={{
              gridColumn: block.roomIndex + 1 + TIME_COLUMNS,
              gridRow: `${block.row + 1 + HEADER_ROWS} / span ${block.rows}`,
              marginInlineStart: block.lane ? `${block.lane * 1.5}rem` : undefined,
              zIndex: 1 + block.lane,
            }}
          />
        ))}
      </div>
    </div>
  );
}
