import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { DayTabs } from './DayTabs.tsx';
import { type PlaceValues, PlaceSessionForm } from './PlaceSessionForm.tsx';
import { ProgrammeGrid } from './ProgrammeGrid.tsx';
import { UnscheduledList } from './UnscheduledList.tsx';
import { WarningsPanel } from './WarningsPanel.tsx';
import { type Grid, type GridSession, dayLabel, sessionButtonId, timeRows } from './grid-model.ts';
import './grid.css';

/** /konferanse/:editionId/programeditor: the programme editor (docs/adr/0023). */
export function ProgrammeGridPage() {
  const { editionId = '' } = useParams();
  const trpc = useTRPC();
  const grid = useQuery(trpc.conference.scheduling.grid.queryOptions({ editionId }));
  return <QueryView query={grid}>{(data) => <Editor grid={data} />}</QueryView>;
}

interface Editing {
  session: GridSession;
  initial: PlaceValues;
  /** A drop the server refused (a repeated hour, a gap): shown in the form that opens for it. */
  error: unknown;
}

function Editor({ grid }: { grid: Grid }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(grid.days[0] ?? '');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // Where focus goes next; `placed` waits for the grid to show the session placed (or not) first.
  const [focusOn, setFocusOn] = useState<{ id: string; placed?: boolean } | null>(null);
  const place = useMutation(trpc.conference.scheduling.placeSession.mutationOptions());
  const unschedule = useMutation(trpc.conference.scheduling.unscheduleSession.mutationOptions());
  const refresh = () =>
    queryClient.invalidateQueries(trpc.conference.scheduling.grid.queryFilter({ editionId: grid.edition.id }));

  // Focus goes back to the session's button once the grid shows it where it now is.
  useEffect(() => {
    if (!focusOn) return;
    const session = grid.sessions.find((s) => s.id === focusOn.id);
    if (focusOn.placed !== undefined && Boolean(session?.placement) !== focusOn.placed) return;
    const button = document.getElementById(sessionButtonId(focusOn.id));
    if (button) {
      button.focus();
      setFocusOn(null);
    }
  }, [focusOn, grid, day]);

  const defaults = (session: GridSession): PlaceValues => ({
    day: session.placement?.day ?? day,
    roomId: session.roomId ?? grid.rooms[0]?.id ?? '',
    time: session.placement?.time ?? timeRows(grid.edition.dayStartsAt, grid.edition.dayEndsAt)[0] ?? '09:00',
    durationMinutes: session.durationMinutes,
    overlap: session.placement?.overlap ?? undefined,
  });
  const open = (session: GridSession) => {
    place.reset();
    unschedule.reset();
    setEditing({ session, initial: defaults(session), error: null });
  };

  async function save(session: GridSession, values: PlaceValues, fromDrop = false) {
    setStatus(null);
    try {
      const placed = await place.mutateAsync({ sessionId: session.id, ...values });
      await refresh();
      setEditing(null);
      setDay(placed.placement.day);
      setStatus(
        t('conference.admin.grid.placed', {
          title: session.title,
          room: placed.room.name,
          day: dayLabel(locale, placed.placement.day),
          time: placed.placement.time,
        }),
      );
      setFocusOn({ id: session.id, placed: true });
    } catch (error) {
      // A drop the server refused opens the form at that place, with the reason and any question.
      if (fromDrop) setEditing({ session, initial: values, error });
    }
  }

  async function remove(session: GridSession) {
    setStatus(null);
    await unschedule.mutateAsync({ sessionId: session.id });
    await refresh();
    setEditing(null);
    setStatus(t('conference.admin.grid.removed', { title: session.title }));
    setFocusOn({ id: session.id, placed: false });
  }

  const onDrop = (sessionId: string, roomId: string, time: string) => {
    const session = grid.sessions.find((s) => s.id === sessionId);
    if (session) void save(session, { day, roomId, time, durationMinutes: session.durationMinutes }, true);
  };
  const show = (sessionId: string) => {
    const session = grid.sessions.find((s) => s.id === sessionId);
    if (session?.placement) setDay(session.placement.day);
    setFocusOn({ id: sessionId });
  };

  return (
    <Page
      title={t('conference.admin.grid.title', { edition: grid.edition.title })}
      lead={t('conference.admin.grid.lead')}
    >
      <StatusMessage message={status} />
      {editing ? (
        <PlaceSessionForm
          key={editing.session.id}
          grid={grid}
          session={editing.session}
          initial={editing.initial}
          error={place.error ?? unschedule.error ?? editing.error}
          pending={place.isPending || unschedule.isPending}
          onSave={(values) => void save(editing.session, values)}
          onRemove={() => void remove(editing.session).catch(() => undefined)}
          onCancel={() => {
            setEditing(null);
            setFocusOn({ id: editing.session.id });
          }}
        />
      ) : null}
      <WarningsPanel grid={grid} onShow={show} />
      <div className="kp-grid-layout">
        <div className="kp-grid-main">
          {grid.rooms.length === 0 ? (
            <Paragraph>{t('conference.admin.grid.noRooms')}</Paragraph>
          ) : (
            <>
              <DayTabs days={grid.days} selected={day} onSelect={setDay} panelId="programme-day-panel" />
              <div role="tabpanel" id="programme-day-panel" aria-labelledby={`programme-day-${day}`}>
                <ProgrammeGrid
                  grid={grid}
                  day={day}
                  label={t('conference.admin.grid.gridLabel', { day: dayLabel(locale, day) })}
                  onOpen={open}
                  onDrop={onDrop}
                />
              </div>
            </>
          )}
        </div>
        <UnscheduledList grid={grid} onOpen={open} />
      </div>
    </Page>
  );
}
